//! Pairing quotation marks in one linear pass.
//!
//! Each mark is classified by its shape and its neighbours (opening, closing, either, or
//! an apostrophe), then paired on a stack per paragraph. A quote left open at the end of a
//! paragraph continues when the next paragraph reopens it (the news convention for a
//! quote over several paragraphs) or when the next paragraph's first mark of the same
//! family closes; otherwise it is closed at the paragraph end and reported. A closing
//! mark with no opener is reported and, when the text before it in the paragraph looks
//! like a statement, recovered as a quote from the paragraph start.

use crate::text::is_word;

/// The family a mark belongs to; a closer only closes an opener of its family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// “ ” „
    Double,
    /// "
    Straight,
    /// ‘ ’
    Single,
    /// '
    StraightSingle,
    /// « »
    Guillemet,
    /// ‹ ›
    SingleGuillemet,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

/// A paired (or recovered) quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawQuote {
    /// Byte offset of the opening mark (or of the recovered start).
    pub start: usize,
    /// Byte offset just after the closing mark (or of the recovered end).
    pub end: usize,
    /// Nesting depth: 0 for a top-level quote.
    pub depth: u32,
    pub family: Family,
    /// Runs over more than one paragraph.
    pub multi_para: bool,
    /// Recovered from an unbalanced mark (`unclosed` or `unopened`).
    pub recovered: Option<&'static str>,
    /// Inner content (without the marks), byte offsets.
    pub inner: (usize, usize),
}

/// A problem found while pairing, reported as a diagnostic by the plugin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkIssue {
    pub code: &'static str,
    pub pos: usize,
    pub len: usize,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    _pos: usize,
    len: usize,
    family: Family,
    role: Role,
}

fn prev_char(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

fn next_char(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

fn spaceish_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace() || matches!(c, '(' | '[' | '{' | '–' | '—' | '-' | '/' | ':' | '«')
        }
    }
}

fn spaceish_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '…' | '–' | '—' | '-'
                )
        }
    }
}

/// Classifies the mark at `pos` (char `c`), or None for an apostrophe / not a mark.
fn classify(text: &str, pos: usize, c: char) -> Option<Mark> {
    let len = c.len_utf8();
    let before = prev_char(text, pos);
    let after = next_char(text, pos + len);
    let (family, role) = match c {
        '“' => {
            // „…“ closes with “: after a word, before space or punctuation
            if !spaceish_before(before) && spaceish_after(after) {
                (Family::Double, Role::Either)
            } else {
                (Family::Double, Role::Open)
            }
        }
        '”' => {
            // a ” used as an opener: after space, before a letter
            if spaceish_before(before) && after.is_some_and(char::is_alphanumeric) {
                (Family::Double, Role::Either)
            } else {
                (Family::Double, Role::Close)
            }
        }
        '„' | '‟' => (Family::Double, Role::Open),
        '«' => (Family::Guillemet, Role::Open),
        '»' => (Family::Guillemet, Role::Close),
        '‹' => (Family::SingleGuillemet, Role::Open),
        '›' => (Family::SingleGuillemet, Role::Close),
        '"' => (Family::Straight, straight_role(text, pos, before, after)),
        '‘' | '\'' | '’' => {
            let fam = if c == '\'' {
                Family::StraightSingle
            } else {
                Family::Single
            };
            let bl = before.is_some_and(char::is_alphanumeric);
            let al = after.is_some_and(char::is_alphanumeric);
            if bl && al {
                return None; // don't, Azerbaijan’s
            }
            if after.is_some_and(|a| a.is_ascii_digit()) && !bl {
                return None; // ’90s
            }
            if c != '‘' && clitic_after(text, pos + len) {
                return None; // text split into tokens: `China 's`, `they 're`
            }
            let sb = spaceish_before(before) || before.is_some_and(|b| "\"“”«„".contains(b));
            let sa = spaceish_after(after) || after.is_some_and(|a| "\"”“»".contains(a));
            match (c, sb, sa) {
                ('‘', _, false) => (fam, Role::Open),
                ('‘', _, true) => return None,
                (_, true, false) => (fam, Role::Open),
                (_, false, true) => (fam, Role::Close), // closes only if one is open
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(Mark {
        _pos: pos,
        len,
        family,
        role,
    })
}

/// The role of a straight double mark (`"`, or two apostrophes written for one) from its
/// neighbours.
fn straight_role(text: &str, pos: usize, before: Option<char>, after: Option<char>) -> Role {
    let sb = spaceish_before(before);
    let sa = spaceish_after(after);
    match (sb, sa) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        // spaces on both sides after a closing single mark or a comma or period:
        // `injustice,' " Page told`
        (true, true)
            if after.is_none_or(char::is_whitespace)
                && text[..pos]
                    .trim_end()
                    .ends_with([',', '.', '!', '?', '\'', '’', '…']) =>
        {
            Role::Close
        }
        _ => Role::Either,
    }
}

/// Two apostrophes (or two curly single marks) written for one double quotation mark, as
/// in text typed where double marks were missing (`''We will see,'' he said.`): one mark
/// of a double family, two characters long. Three marks in a row are left to the usual
/// reading.
fn doubled_single(text: &str, pos: usize, c: char) -> Option<Mark> {
    let len = c.len_utf8();
    let rest = &text[pos + len..];
    // `‘’` is the same opening mark typed with one key twice (`‘’Where are they?’’`)
    let mixed = c == '‘' && rest.starts_with('’');
    if !(rest.starts_with(c) || mixed) || rest[len..].starts_with(['\'', '’', '‘']) {
        return None;
    }
    if pos > 0 && text[..pos].ends_with(['\'', '’', '‘']) {
        return None;
    }
    let before = prev_char(text, pos);
    let after = next_char(text, pos + 2 * len);
    let (family, role) = match c {
        '\'' => (Family::Straight, straight_role(text, pos, before, after)),
        '‘' if !mixed => (Family::Double, Role::Open),
        '‘' if !spaceish_after(after) => (Family::Double, Role::Open),
        // after a letter, `’’` may be an apostrophe and a closing single mark (`boys’’`),
        // unless the words before it were opened by a doubled mark (`keep it’’, says`)
        '’' if !before.is_some_and(char::is_alphanumeric) => (Family::Double, Role::Close),
        '’' if spaceish_after(after) && doubled_open_before(text, pos) => {
            (Family::Double, Role::Close)
        }
        _ => return None,
    };
    Some(Mark {
        _pos: pos,
        len: 2 * len,
        family,
        role,
    })
}

/// A grave accent typed as an opening mark, as in text from typewriter or TeX habits:
/// two of them open a double quotation closed by two apostrophes (` ``so'' `), one opens
/// a single quotation closed by an apostrophe (` `so' `). Only before a word and not
/// after one (a grave inside a word is a typo for an apostrophe).
fn grave_opener(text: &str, pos: usize) -> Option<Mark> {
    if prev_char(text, pos).is_some_and(char::is_alphanumeric) {
        return None;
    }
    let doubled = text.as_bytes().get(pos + 1) == Some(&b'`');
    let len = if doubled { 2 } else { 1 };
    if spaceish_after(next_char(text, pos + len)) || text[pos + len..].starts_with('`') {
        return None;
    }
    let family = if doubled {
        Family::Straight
    } else {
        Family::StraightSingle
    };
    Some(Mark {
        _pos: pos,
        len,
        family,
        role: Role::Open,
    })
}

/// How far back [`doubled_open_before`] looks for a doubled opening mark.
const DOUBLED_LOOKBACK: usize = 600;

/// True when a doubled opening mark (`‘‘` or `‘’`) occurs in the few hundred bytes before
/// `pos`: the text types its double marks as two single ones.
fn doubled_open_before(text: &str, pos: usize) -> bool {
    let mut from = pos.saturating_sub(DOUBLED_LOOKBACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..pos];
    window.contains("‘’") || window.contains("‘‘")
}

/// True when `text[at..]` starts with an English clitic (`s`, `t`, `re`, `ve`, `ll`, `d`,
/// `m`) that ends its word: the mark before it is an apostrophe even with a space before
/// it, as in text split into tokens and joined by spaces (`China 's`, `they 're`), where
/// it would otherwise open a quotation that never closes.
fn clitic_after(text: &str, at: usize) -> bool {
    // a clitic has at most two letters: read three bytes at most
    let rest = text.as_bytes().get(at..).unwrap_or_default();
    let rest = &rest[..rest.len().min(3)];
    let word = rest
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    // the word must end there: not a letter of another script either
    if rest.get(word).is_some_and(|&b| b >= 0x80) {
        return false;
    }
    let word = &rest[..word];
    [&b"s"[..], b"t", b"re", b"ve", b"ll", b"d", b"m"]
        .iter()
        .any(|c| word.eq_ignore_ascii_case(c))
}

/// Unclosed single-mark quotations longer than this are not recovered to the end of their
/// paragraph: a lone single mark is far more often an apostrophe than a quotation left
/// open, and a long false quote would hide the real ones inside it.
const MAX_RECOVERED_SINGLE: usize = 300;

/// Longest stack search for a matching opener; deeper openers count as unmatched, so a
/// pathological input stays linear.
const MAX_SEARCH: usize = 8;

#[derive(Clone, Copy, Debug)]
struct Open {
    pos: usize,
    len: usize,
    family: Family,
    multi_para: bool,
}

/// Pairs the marks of `text`, paragraph by paragraph. Returns quotes sorted by start and
/// the issues met on the way.
pub fn pair(text: &str, paras: &[(usize, usize)]) -> (Vec<RawQuote>, Vec<MarkIssue>) {
    let mut quotes = Vec::new();
    let mut issues = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut pi = 0;
    while pi < paras.len() {
        let (ps, pe) = paras[pi];
        let mut seg_start = ps; // where an unopened quote would start
        // the last single closer met with nothing open (an apostrophe, or a quotation
        // begun before the text: `both.'"`)
        let mut lone_single: Option<(usize, usize, Family)> = None;
        let bytes = text.as_bytes();
        let mut scan = ps;
        // « » start with C2; without one in the paragraph, the other marks are found by a
        // vectorised three-byte search
        // so do grave accents typed as opening marks (`` ``so'' ``, `` `so' ``)
        let slow = memchr::memchr2(0xC2, b'`', &bytes[ps..pe]).is_some();
        while scan < pe {
            if !slow {
                match memchr::memchr3(b'"', b'\'', 0xE2, &bytes[scan..pe]) {
                    Some(k) => scan += k,
                    None => {
                        scan = pe;
                        continue;
                    }
                }
            }
            let b = bytes[scan];
            if !matches!(b, b'"' | b'\'' | b'`' | 0xC2 | 0xE2) {
                scan += 1;
                continue;
            }
            let pos = scan;
            let Some(c) = text[pos..].chars().next() else {
                break;
            };
            scan += c.len_utf8();
            if !matches!(
                c,
                '“' | '”'
                    | '„'
                    | '‟'
                    | '«'
                    | '»'
                    | '‹'
                    | '›'
                    | '"'
                    | '‘'
                    | '’'
                    | '\''
                    | '`'
            ) {
                continue;
            }
            let m = if c == '`' {
                grave_opener(text, pos)
            } else {
                doubled_single(text, pos, c).or_else(|| classify(text, pos, c))
            };
            if let Some(m) = m {
                scan = pos + m.len;
            }
            let Some(m) = m else {
                continue;
            };
            // a reopening mark at the very start of a continued paragraph
            if pos == ps
                && stack
                    .last()
                    .is_some_and(|o| o.multi_para && o.family == m.family)
                && m.role != Role::Close
            {
                continue;
            }
            let mut top_match = stack
                .iter()
                .rev()
                .take(MAX_SEARCH)
                .position(|o| o.family == m.family);
            // a straight closer after punctuation closes a curly opener on top of the
            // stack (‘Let’s go,' — marks mixed by an editor or a converter)
            let sibling = |a: Family, b: Family| {
                matches!(
                    (a, b),
                    (Family::Single, Family::StraightSingle)
                        | (Family::StraightSingle, Family::Single)
                        | (Family::Double, Family::Straight)
                        | (Family::Straight, Family::Double)
                )
            };
            let mut m = m;
            if top_match.is_none()
                && m.role != Role::Open
                && stack.last().is_some_and(|o| sibling(o.family, m.family))
                && prev_char(text, pos).is_some_and(|c| matches!(c, ',' | '.' | '!' | '?'))
                && next_char(text, pos + m.len).is_none_or(|c| !c.is_alphanumeric())
            {
                top_match = Some(0);
                m.role = Role::Close;
                m.family = stack.last().map(|o| o.family).unwrap_or(m.family);
            }
            let role = match m.role {
                Role::Either => {
                    if top_match == Some(0) {
                        Role::Close
                    } else {
                        Role::Open
                    }
                }
                r => r,
            };
            match role {
                Role::Open | Role::Either => {
                    // a double opener that starts a sentence while one of its family is
                    // still open: the open one was never closed (`"… Treaty. A spokesman
                    // agreed. "It is …`); it ends where the new one begins
                    if role == Role::Open
                        && matches!(m.family, Family::Straight | Family::Double)
                        && let Some(&top) = stack.last()
                        && top.family == m.family
                        && !top.multi_para
                        && sentence_initial(text, pos)
                        && let Some(q) = recover_unclosed(text, top, pos, quotes.last())
                    {
                        stack.pop();
                        issues.push(MarkIssue {
                            code: "unclosed-quote",
                            pos: top.pos,
                            len: top.len,
                        });
                        quotes.push(RawQuote {
                            depth: stack.len() as u32,
                            ..q
                        });
                    }
                    stack.push(Open {
                        pos,
                        len: m.len,
                        family: m.family,
                        multi_para: false,
                    });
                }
                Role::Close => match top_match {
                    Some(k) => {
                        // unclosed inner openers above the match
                        for _ in 0..k {
                            if let Some(o) = stack.pop() {
                                issues.push(MarkIssue {
                                    code: "unclosed-quote",
                                    pos: o.pos,
                                    len: o.len,
                                });
                            }
                        }
                        if let Some(o) = stack.pop() {
                            let end = pos + m.len;
                            quotes.push(RawQuote {
                                start: o.pos,
                                end,
                                depth: stack.len() as u32,
                                family: o.family,
                                multi_para: o.multi_para,
                                recovered: None,
                                inner: (o.pos + o.len, pos),
                            });
                            seg_start = end;
                        }
                    }
                    None => {
                        // single closers without an opener are apostrophes (plural possessive)
                        if matches!(m.family, Family::Single | Family::StraightSingle) {
                            lone_single = Some((pos, m.len, m.family));
                            continue;
                        }
                        issues.push(MarkIssue {
                            code: "unopened-quote",
                            pos,
                            len: m.len,
                        });
                        if stack.is_empty() {
                            let inner = text[seg_start..pos].trim();
                            let n_words = inner.split_whitespace().filter(|w| is_word(w)).count();
                            if n_words >= 3 {
                                let lead = text[seg_start..pos].len()
                                    - text[seg_start..pos].trim_start().len();
                                let s = seg_start + lead;
                                quotes.push(RawQuote {
                                    start: s,
                                    end: pos + m.len,
                                    depth: 0,
                                    family: m.family,
                                    multi_para: false,
                                    recovered: Some("unopened-quote"),
                                    inner: (s, pos),
                                });
                                // `… injustice,' "`: two quotations begun before the text,
                                // the single one inside the double one
                                if let Some((sp, sl, fam)) = lone_single
                                    && sp > s
                                    && text[sp + sl..pos].trim().is_empty()
                                {
                                    quotes.push(RawQuote {
                                        start: s,
                                        end: sp + sl,
                                        depth: 1,
                                        family: fam,
                                        multi_para: false,
                                        recovered: Some("unopened-quote"),
                                        inner: (s, sp),
                                    });
                                }
                            }
                        }
                        seg_start = pos + m.len;
                    }
                },
            }
        }
        // end of paragraph: continue, or close what is open
        if !stack.is_empty() {
            let bottom = stack[0];
            let cont = paras.get(pi + 1).is_some_and(|&(ns, ne)| {
                let nt = &text[ns..ne];
                let first = nt.chars().next();
                let reopens = first
                    .and_then(|c| classify(text, ns, c))
                    .is_some_and(|m| m.family == bottom.family && m.role != Role::Close);
                reopens || first_mark_closes(text, ns, ne, bottom.family)
            });
            // inner openers never span paragraphs
            while stack.len() > 1 {
                if let Some(o) = stack.pop() {
                    issues.push(MarkIssue {
                        code: "unclosed-quote",
                        pos: o.pos,
                        len: o.len,
                    });
                }
            }
            if cont {
                stack[0].multi_para = true;
            } else if let Some(o) = stack.pop() {
                issues.push(MarkIssue {
                    code: "unclosed-quote",
                    pos: o.pos,
                    len: o.len,
                });
                let inner_words = text[o.pos + o.len..pe]
                    .split_whitespace()
                    .filter(|w| is_word(w))
                    .count();
                let single = matches!(o.family, Family::Single | Family::StraightSingle);
                if inner_words >= 3 && !(single && pe - o.pos > MAX_RECOVERED_SINGLE) {
                    quotes.push(RawQuote {
                        start: o.pos,
                        end: pe,
                        depth: 0,
                        family: o.family,
                        multi_para: o.multi_para,
                        recovered: Some("unclosed-quote"),
                        inner: (o.pos + o.len, pe),
                    });
                }
            }
        }
        pi += 1;
    }
    quotes.sort_by_key(|q| (q.start, std::cmp::Reverse(q.end)));
    (quotes, issues)
}

/// True when the mark at `pos` opens a sentence: after a sentence end and a space
/// (`… Treaty. "It`), not after an abbreviation's period alone (`Mr. "`), since the word
/// before the period must be longer than three letters or end a number.
fn sentence_initial(text: &str, pos: usize) -> bool {
    let before = &text[..pos];
    let t = before.trim_end();
    if t.len() == before.len() {
        return false;
    }
    let Some(p) = t.strip_suffix(['.', '!', '?']) else {
        return false;
    };
    let word = p
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.chars().count() > 3 || word.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// The quote of an opener never closed, up to `end` (the next sentence's opener), when it
/// holds at least three words. When a quote nested in it closed with punctuation inside
/// its mark and words follow (`"I find it odd to call that "good news," Gore said.`), the
/// one mark closed both: the quote ends there.
fn recover_unclosed(text: &str, o: Open, end: usize, last: Option<&RawQuote>) -> Option<RawQuote> {
    let end = match last {
        Some(l)
            if l.start > o.pos
                && l.end < end
                && text[..l.inner.1].ends_with([',', '.', '!', '?'])
                && !text[l.end..end].trim().is_empty() =>
        {
            l.end
        }
        _ => end,
    };
    let inner = text[o.pos + o.len..end].trim_end();
    let n_words = inner
        .split_whitespace()
        .filter(|w| is_word(w))
        .take(3)
        .count();
    (n_words >= 3).then(|| {
        let e = o.pos + o.len + inner.len();
        RawQuote {
            start: o.pos,
            end: e,
            depth: 0,
            family: o.family,
            multi_para: false,
            recovered: Some("unclosed-quote"),
            inner: (o.pos + o.len, e),
        }
    })
}

/// True when the first mark of `family` in the paragraph is a closer (the previous
/// paragraph's quote ends here although this paragraph did not reopen it). Only the
/// first mark is read, so a paragraph is looked at a bounded number of times.
fn first_mark_closes(text: &str, ps: usize, pe: usize, family: Family) -> bool {
    for (off, c) in text[ps..pe].char_indices() {
        if !matches!(c, '“' | '”' | '„' | '«' | '»' | '"' | '‘' | '’' | '\'') {
            continue;
        }
        if let Some(m) = classify(text, ps + off, c)
            && m.family == family
        {
            return m.role == Role::Close;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::paragraphs;

    fn spans(t: &str) -> Vec<String> {
        let (q, _) = pair(t, &paragraphs(t));
        q.iter().map(|q| t[q.start..q.end].to_string()).collect()
    }

    #[test]
    fn pairs_curly_straight_single_and_nested() {
        assert_eq!(spans("He said “yes.”"), vec!["“yes.”"]);
        assert_eq!(
            spans("\"It is \"odd\" now,\" she said."),
            vec!["\"It is \"odd\" now,\"", "\"odd\""]
        );
        assert_eq!(
            spans("the countries’ ‘Group of Friends’ and Azerbaijan’s"),
            vec!["‘Group of Friends’"]
        );
        assert_eq!(spans("« Oui », dit-il."), vec!["« Oui »"]);
        assert_eq!(spans("Er sagte „Ja“ dazu."), vec!["„Ja“"]);
    }

    #[test]
    fn multi_paragraph_quotes() {
        let t = "“One two three.\n\n“Four five six,” he said.";
        assert_eq!(spans(t), vec![t[..t.find(" he").unwrap()].to_string()]);
        let t = "\"One two three.\n\nFour five six,\" he said.";
        assert_eq!(spans(t), vec![t[..t.find(" he").unwrap()].to_string()]);
    }

    #[test]
    fn doubled_and_grave_openers() {
        // double marks typed as two single curly marks, the opener as `‘’`
        let t = "He said: ‘’We will stay.’’ Then: ‘’They know it’’, says Ali.";
        assert_eq!(spans(t), vec!["‘’We will stay.’’", "‘’They know it’’"]);
        // typewriter quotes opened by grave accents
        let t = "It ruled the ``evidence was false'' and `honesty comes hard.' Then ` and x`y.";
        assert_eq!(
            spans(t),
            vec!["``evidence was false''", "`honesty comes hard.'"]
        );
    }

    #[test]
    fn spaced_clitics_are_apostrophes() {
        // text split into tokens and joined by spaces
        let t = "China 's demand rose . \"We 're not happy ,\" he said . \"It 's odd .\"";
        assert_eq!(spans(t), vec!["\"We 're not happy ,\"", "\"It 's odd .\""]);
        assert_eq!(spans("they ’ll see ’em"), Vec::<String>::new());
        // a real quotation that starts with such a letter still opens
        assert_eq!(spans("He wrote 'so what' twice."), vec!["'so what'"]);
        assert_eq!(spans("the letter ‘s’ again"), vec!["‘s’"]);
    }

    #[test]
    fn a_long_unclosed_single_mark_is_not_a_quotation() {
        let tail = " word".repeat(80);
        let t = format!("The 'Tigers{tail}. \"Yes,\" she said.");
        let (q, issues) = pair(&t, &paragraphs(&t));
        let got: Vec<&str> = q.iter().map(|q| &t[q.start..q.end]).collect();
        assert_eq!(got, ["\"Yes,\""]);
        assert_eq!(issues[0].code, "unclosed-quote");
        // a short one is still recovered
        let t = "‘We will win this, he said.";
        assert_eq!(pair(t, &paragraphs(t)).0.len(), 1);
    }

    #[test]
    fn unbalanced_marks_are_recovered() {
        let (q, issues) = pair(
            "“We will win, he said.",
            &paragraphs("“We will win, he said."),
        );
        assert_eq!(q.len(), 1);
        assert_eq!(issues[0].code, "unclosed-quote");
        let t = "We will win this one,” he said.";
        let (q, issues) = pair(t, &paragraphs(t));
        assert_eq!(&t[q[0].start..q[0].end], "We will win this one,”");
        assert_eq!(issues[0].code, "unopened-quote");
    }
}
