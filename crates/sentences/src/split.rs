//! The splitting algorithm: one forward pass over the bytes of the text.
//!
//! The pass keeps a current segment `[seg_start, i)` and *cuts* it at boundaries. A cut
//! pushes the segment trimmed of whitespace (when anything is left) and starts a new one
//! at the cut, so the segments always tile the text and every non-space character lands
//! in exactly one sentence. Boundaries come from line breaks, terminal punctuation
//! (`.`, `?`, `!`, `…` and runs of them), bullets, and list items.
//!
//! Every look-around is bounded (a word before a period is at most [`MAX_WORD`] bytes) or
//! consumes a run that the pass would otherwise walk once anyway (whitespace and quotes
//! after a stop), so the pass is linear in the length of the text whatever it holds.

use crate::words::{self, Abbrev};

/// How line breaks inside the text are treated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineBreaks {
    /// Every line break ends a sentence: headlines, datelines, menu lines and bullets on
    /// their own lines become sentences of their own (news pages, the seeds guidelines).
    #[default]
    Always,
    /// Only a blank line (a paragraph break) ends a sentence; a single line break is a
    /// space (hard-wrapped text).
    Paragraph,
    /// Line breaks are spaces; only U+2029 PARAGRAPH SEPARATOR still ends a sentence.
    Never,
}

/// What ended a sentence, as reported by [`Splitter::split_with_rules`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// Terminal punctuation: `.`, `?`, `!`, an ellipsis, with closing quotes and brackets.
    Stop,
    /// A line break (per [`LineBreaks`]) or a paragraph break.
    LineBreak,
    /// A bullet in the middle of a line opens the next sentence.
    Bullet,
    /// The next item of a numbered or lettered list ("1. ... 2. ...").
    ListItem,
    /// A dateline that runs into the first sentence ("Friday, May 8, 2015 On Tuesday").
    Dateline,
    /// A caption credit, a dateline or an opener that follows a headline or caption with
    /// no punctuation between ("... demo Image: Nick Moreau.").
    Unpunctuated,
    /// The end of the text.
    End,
}

impl Rule {
    /// A short lowercase name: `"stop"`, `"line-break"`, ...
    pub fn name(self) -> &'static str {
        match self {
            Rule::Stop => "stop",
            Rule::LineBreak => "line-break",
            Rule::Bullet => "bullet",
            Rule::ListItem => "list-item",
            Rule::Dateline => "dateline",
            Rule::Unpunctuated => "unpunctuated",
            Rule::End => "end",
        }
    }
}

/// A configured sentence splitter. Cheap to build; [`Splitter::default`] is what
/// [`crate::split`] uses.
#[derive(Clone, Debug, Default)]
pub struct Splitter {
    line_breaks: LineBreaks,
    /// Extra weak abbreviations, lowercased, sorted.
    abbreviations: Vec<String>,
    /// Extra titles, lowercased, sorted.
    titles: Vec<String>,
}

/// Longest word (in bytes) looked at before a period; longer words are never abbreviations.
pub(crate) const MAX_WORD: usize = 32;

impl Splitter {
    /// The default splitter: every line break ends a sentence, built-in abbreviations.
    pub fn new() -> Splitter {
        Splitter::default()
    }

    /// Sets how line breaks are treated.
    pub fn with_line_breaks(mut self, line_breaks: LineBreaks) -> Splitter {
        self.line_breaks = line_breaks;
        self
    }

    /// Adds abbreviations (without their final period, any case: `"Dept"`, `"approx"`,
    /// `"U.N"`). Their period ends a sentence only before a typical sentence opener
    /// ("The", "It", "But", ...), as for "Co." and "U.S.".
    pub fn with_abbreviations<S: AsRef<str>>(mut self, words: &[S]) -> Splitter {
        add_lower(&mut self.abbreviations, words);
        self
    }

    /// Adds titles (without their final period: `"Gov"`, `"Insp"`): their period never
    /// ends a sentence inside a line.
    pub fn with_titles<S: AsRef<str>>(mut self, words: &[S]) -> Splitter {
        add_lower(&mut self.titles, words);
        self
    }

    /// The line-break mode.
    pub fn line_breaks(&self) -> LineBreaks {
        self.line_breaks
    }

    /// Sentence spans as byte ranges `(start, end)`, sorted, non-overlapping, trimmed of
    /// whitespace, on char boundaries, and together covering every non-whitespace char.
    pub fn split(&self, text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::with_capacity(text.len() / 100 + 1);
        self.split_into(text, &mut out);
        out
    }

    /// Like [`Splitter::split`], appending to `out` (reuse one buffer over many texts).
    pub fn split_into(&self, text: &str, out: &mut Vec<(usize, usize)>) {
        self.run(text, out, None);
    }

    /// Like [`Splitter::split`], with the rule that ended each sentence: what a user
    /// reads to see why a boundary is where it is.
    pub fn split_with_rules(&self, text: &str) -> Vec<(usize, usize, Rule)> {
        let mut spans = Vec::new();
        let mut rules = Vec::new();
        self.run(text, &mut spans, Some(&mut rules));
        spans
            .into_iter()
            .zip(rules)
            .map(|((s, e), r)| (s, e, r))
            .collect()
    }

    fn run(&self, text: &str, out: &mut Vec<(usize, usize)>, rules: Option<&mut Vec<Rule>>) {
        let mut scan = Scan {
            text,
            out,
            rules,
            seg_start: 0,
        };
        let b = text.as_bytes();
        let n = b.len();
        let mut i = 0;
        let mut at_start = true;
        let mut list: Option<Marker> = None;
        // Spaces matter only inside a list (for the next item); elsewhere they are
        // skipped with the other boring bytes.
        let mut table = &CLASS;
        while i < n {
            if at_start {
                // Only when the cut left nothing behind it (the four-dot ellipsis cut
                // leaves ". . ." to the new sentence).
                let fresh = i <= scan.seg_start;
                while i < n {
                    let l = ws_len(text, i);
                    if l == 0 {
                        break;
                    }
                    i += l;
                }
                if i >= n {
                    break;
                }
                // Leading whitespace belongs to no sentence; look-backs stop here.
                if fresh {
                    scan.seg_start = i;
                }
                at_start = false;
                if let Some(end) = dateline_end(b, i) {
                    scan.cut(end, Rule::Dateline);
                    at_start = true;
                    i = end;
                    continue;
                }
                let (marker, resume) = sentence_start(text, i);
                list = marker;
                table = if list.is_some() { &CLASS_LIST } else { &CLASS };
                i = resume;
                continue;
            }
            let c = b[i];
            // Tested in order of frequency.
            let class = table[c as usize];
            if class == BORING {
                i += 1;
                // Eight bytes at a time while none of them is of interest.
                while let Some(chunk) = b.get(i..i + 8) {
                    let any = chunk.iter().fold(0u8, |acc, &x| acc | table[x as usize]);
                    if any != 0 {
                        break;
                    }
                    i += 8;
                }
                while i < n && table[b[i] as usize] == BORING {
                    i += 1;
                }
            } else if class & CAP != 0 {
                if i > scan.seg_start + 1 && b[i - 1] == b' ' && starts_unpunctuated(b, i) {
                    scan.cut(i, Rule::Unpunctuated);
                    at_start = true;
                } else {
                    i += 1;
                }
            } else if class & LEAD != 0 {
                // A non-ASCII lead byte that may start a character of interest.
                if c == 0xE2
                    && b.get(i + 1) == Some(&0x80)
                    && matches!(b.get(i + 2), Some(0x93..=0x9F))
                {
                    // Dashes and curly quotes, by far the most common.
                    i += 3;
                    continue;
                }
                let Some(ch) = text.get(i..).and_then(|s| s.chars().next()) else {
                    i += 1;
                    continue;
                };
                let len = ch.len_utf8();
                match ch {
                    '…' => {
                        let (next, cut) = self.terminal(&mut scan, i);
                        at_start = cut;
                        i = next;
                    }
                    '\u{2029}' => {
                        scan.cut_trailing_date(i);
                        scan.cut(i, Rule::LineBreak);
                        at_start = true;
                        i += len;
                    }
                    '\u{85}' | '\u{2028}' => {
                        if self.breaks_at(text, i, len) {
                            scan.cut_trailing_date(i);
                            scan.cut(i, Rule::LineBreak);
                            at_start = true;
                        }
                        i += len;
                    }
                    c if is_bullet(c) => {
                        if i > scan.seg_start && prev_is_space(text, i) {
                            // The new sentence starts with the bullet; the start
                            // analysis steps over it, so this cannot repeat.
                            scan.cut(i, Rule::Bullet);
                            at_start = true;
                        } else {
                            i += len;
                        }
                    }
                    c if c.is_whitespace() => {
                        if list_continues(b, i + len, list) {
                            scan.cut(i + len, Rule::ListItem);
                            at_start = true;
                        }
                        i += len;
                    }
                    _ => i += len,
                }
            } else if class & TERMINAL != 0 {
                let (next, cut) = self.terminal(&mut scan, i);
                at_start = cut;
                i = next;
            } else if class & NEWLINE != 0 {
                let len = if c == b'\r' && b.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                if self.breaks_at(text, i, len) {
                    scan.cut_trailing_date(i);
                    scan.cut(i, Rule::LineBreak);
                    at_start = true;
                } else if list_continues(b, i + len, list) {
                    scan.cut(i + len, Rule::ListItem);
                    at_start = true;
                }
                i += len;
            } else if class & SPACE != 0 {
                if list_continues(b, i + 1, list) {
                    scan.cut(i + 1, Rule::ListItem);
                    at_start = true;
                }
                i += 1;
            } else {
                debug_assert_eq!(class, COLON);
                if let Some(start) = label_before(b, i)
                    && start > scan.seg_start + 1
                {
                    scan.cut(start, Rule::Unpunctuated);
                    list = None;
                    table = &CLASS;
                }
                i += 1;
            }
        }
        scan.cut_trailing_date(n);
        scan.cut(n, Rule::End);
    }

    /// Whether the line break of `len` bytes at `i` ends a sentence.
    fn breaks_at(&self, text: &str, i: usize, len: usize) -> bool {
        match self.line_breaks {
            LineBreaks::Always => true,
            LineBreaks::Never => false,
            LineBreaks::Paragraph => {
                // A blank line follows: only non-breaking whitespace, then another break.
                let mut j = i + len;
                loop {
                    if line_break_len(text, j) > 0 {
                        return true;
                    }
                    let l = ws_len(text, j);
                    if l == 0 {
                        return false;
                    }
                    j += l;
                }
            }
        }
    }

    /// Handles a run of terminal punctuation starting at `i`. Returns where to go on and
    /// whether a sentence was cut.
    fn terminal(&self, scan: &mut Scan<'_, '_>, i: usize) -> (usize, bool) {
        let text = scan.text;
        let b = text.as_bytes();
        let n = b.len();

        // The run: `.?!…` and spaced ellipses (". . .").
        let mut j = i;
        let mut dots = 0usize;
        let mut qe = false;
        let mut spaced = false;
        loop {
            match b.get(j) {
                Some(b'.') => {
                    dots += 1;
                    j += 1;
                }
                Some(b'?' | b'!') => {
                    qe = true;
                    j += 1;
                }
                Some(0xE2) if b[j..].starts_with("…".as_bytes()) => {
                    dots += 3;
                    j += 3;
                }
                Some(b' ')
                    if b[j - 1] == b'.'
                        && b.get(j + 1) == Some(&b'.')
                        && !b.get(j + 2).is_some_and(|c| c.is_ascii_alphanumeric()) =>
                {
                    spaced = true;
                    j += 1;
                }
                _ => break,
            }
        }
        // Closing quotes and brackets belong to the sentence they close.
        let mut k = j;
        let mut quote_closed = false;
        loop {
            let l = closer_len(b, k);
            if l == 0 {
                break;
            }
            quote_closed |= !matches!(b[k], b')' | b']' | b'}');
            k += l;
        }
        // Reference and omission marks after the stop stay with it: "in 1805. [6] [7] He".
        loop {
            let mut c = k;
            while b.get(c) == Some(&b' ') {
                c += 1;
            }
            match citation_end(b, c) {
                Some(end) => k = end,
                None => break,
            }
        }
        if k >= n || ws_len(text, k) == 0 {
            // End of text (the final cut handles it), or glued to what follows:
            // "U.S.-led", "3.5", "example.com", "Jr.'s".
            return (k.max(i + 1), false);
        }
        // What follows: skip whitespace, then opening quotes and brackets.
        let mut m = k;
        loop {
            let l = ws_len(text, m);
            if l == 0 {
                break;
            }
            m += l;
        }
        let mut p = m;
        let mut quoted = false;
        loop {
            let (l, quote) = opener_len(b, p);
            if l == 0 {
                break;
            }
            quoted |= quote;
            p += l;
        }
        let Some(next) = text.get(p..).and_then(|s| s.chars().next()) else {
            return (k, false);
        };
        let word_end = p + b[p..]
            .iter()
            .take(16)
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let next_word = &text[p..word_end];
        let next_lower = next.is_lowercase() || matches!(next, ',' | ';' | ':' | '%');
        // A typical opener, a quotation opening with a capital, or a label ("Image:").
        let starter = words::is_starter(next_word)
            || (next.is_uppercase() && (quoted || b.get(word_end) == Some(&b':')));

        let cut = if qe {
            !next_lower
        } else if dots >= 3 {
            let prev = if i > 0 { b[i - 1] } else { b' ' };
            if matches!(prev, b'[' | b'(') {
                // An omission mark "[...]" ends a sentence only before a capitalised
                // word: not before "(Smith 55)" or "the".
                p == m && next.is_uppercase() && next_word != "I"
            } else if scan.only_space_before(i) {
                // An ellipsis opening a sentence.
                false
            } else if dots >= 4
                && spaced
                && !prev.is_ascii_whitespace()
                && b.get(i + 1) == Some(&b' ')
            {
                // "word. . . . Next": the period ends the sentence, and the ellipsis
                // opens the next one.
                if next.is_uppercase() || next.is_ascii_digit() {
                    scan.cut(i + 1, Rule::Stop);
                    return (k, true);
                }
                false
            } else if dots >= 4 {
                !next_lower
            } else {
                next.is_uppercase() && next_word != "I"
            }
        } else {
            match self.abbrev_before(text, i) {
                Some(Abbrev::Never | Abbrev::Title) => false,
                Some(Abbrev::Number) => !next_lower && !next.is_ascii_digit(),
                Some(Abbrev::WeakNumber) => starter && !next.is_ascii_digit(),
                Some(Abbrev::Weak) => starter,
                Some(Abbrev::Time) => {
                    (starter || is_title(next_word, b.get(word_end)))
                        && !scan.opening_time_phrase(i)
                }
                None => !next_lower,
            }
        };
        // “Why not?” Smith asked. The attribution belongs to the quotation.
        let cut = cut
            && !(quote_closed && p == m && attribution_at(b, p))
            && !(p == m && dash_signature_at(b, p));
        if cut {
            scan.cut(k, Rule::Stop);
        }
        (k, cut)
    }

    /// The abbreviation class of the word ending at the period at `i`, if it is one.
    fn abbrev_before(&self, text: &str, i: usize) -> Option<Abbrev> {
        let word = word_before(text, i)?;
        let bytes = word.as_bytes();
        let len = bytes.len();
        if len == 0 || len > MAX_WORD {
            return None;
        }
        let extra = !self.titles.is_empty() || !self.abbreviations.is_empty();
        if len <= words::LONGEST || extra {
            let mut buf = [0u8; MAX_WORD];
            let lower = &mut buf[..len];
            for (d, s) in lower.iter_mut().zip(bytes) {
                *d = s.to_ascii_lowercase();
            }
            let lower = &*lower;
            if extra {
                if self
                    .titles
                    .binary_search_by(|w| w.as_bytes().cmp(lower))
                    .is_ok()
                {
                    return Some(Abbrev::Title);
                }
                if self
                    .abbreviations
                    .binary_search_by(|w| w.as_bytes().cmp(lower))
                    .is_ok()
                {
                    return Some(Abbrev::Weak);
                }
            }
            if let Some(kind) = words::classify(lower) {
                return Some(kind);
            }
        }
        if len <= 4 {
            let mut chars = word.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                // A single letter: an initial ("J. R. R. Tolkien"), or "I", "Plan B".
                if c.is_alphabetic() {
                    return Some(Abbrev::Weak);
                }
            }
        }
        if is_dotted(word) {
            // "U.S", "a.m", "Ph.D", "D.C".
            return Some(Abbrev::Weak);
        }
        None
    }
}

/// True when `word` followed by `after` is a title with its period ("Mr.", "Dr.").
fn is_title(word: &str, after: Option<&u8>) -> bool {
    if after != Some(&b'.') || word.is_empty() || word.len() > 8 {
        return false;
    }
    let mut buf = [0u8; 8];
    buf[..word.len()].copy_from_slice(word.as_bytes());
    buf[..word.len()].make_ascii_lowercase();
    words::classify(&buf[..word.len()]) == Some(Abbrev::Title)
}

fn add_lower<S: AsRef<str>>(list: &mut Vec<String>, words: &[S]) {
    for w in words {
        let w = w.as_ref().trim().trim_end_matches('.');
        if !w.is_empty() {
            list.push(w.to_ascii_lowercase());
        }
    }
    list.sort();
    list.dedup();
}

/// The output side of the pass: the current segment and the spans cut so far.
struct Scan<'t, 'o> {
    text: &'t str,
    out: &'o mut Vec<(usize, usize)>,
    rules: Option<&'o mut Vec<Rule>>,
    seg_start: usize,
}

impl Scan<'_, '_> {
    /// Ends the current segment at `pos` and pushes it trimmed, unless it is blank.
    fn cut(&mut self, pos: usize, rule: Rule) {
        if pos <= self.seg_start {
            return;
        }
        // Trimmed byte by byte while the whitespace is ASCII, by chars beyond that.
        let b = self.text.as_bytes();
        let mut start = self.seg_start;
        while start < pos && is_ascii_ws(b[start]) {
            start += 1;
        }
        let mut end = pos;
        while end > start && is_ascii_ws(b[end - 1]) {
            end -= 1;
        }
        if start < end && (b[start] >= 0x80 || b[end - 1] >= 0x80) {
            let seg = &self.text[start..end];
            let head = seg.trim_start();
            start += seg.len() - head.len();
            end = start + head.trim_end().len();
        }
        if start < end {
            self.out.push((start, end));
            if let Some(rules) = self.rules.as_mut() {
                rules.push(rule);
            }
        }
        self.seg_start = pos;
    }

    /// True when the sentence so far is a short opening time phrase: "At 5 a.m", "By 9 p.m".
    fn opening_time_phrase(&self, i: usize) -> bool {
        if i.saturating_sub(self.seg_start) > 40 {
            return false;
        }
        let so_far = self.text.get(self.seg_start..i).unwrap_or("");
        let mut words = so_far.split_whitespace();
        let first = words.next().unwrap_or("");
        matches!(
            first,
            "At" | "By"
                | "Until"
                | "Till"
                | "Before"
                | "After"
                | "From"
                | "Around"
                | "Since"
                | "About"
                | "Shortly"
        ) && words.count() <= 3
    }

    /// Cuts before a dateline that ends the line at `end` after a headline on the same line:
    /// "Wikinews interviews Hugh McGuire Sunday, May 28, 2006".
    fn cut_trailing_date(&mut self, end: usize) {
        let b = self.text.as_bytes();
        // Quick test for ", 2015" before the end.
        if end < 19
            || b.get(end - 6..end - 4) != Some(b", ")
            || !b[end - 4..end].iter().all(u8::is_ascii_digit)
        {
            return;
        }
        // "Friday, May 1, 2015" is 19 bytes, "Wednesday, September 30, 2015" 29.
        let lo = end.saturating_sub(29).max(self.seg_start + 2);
        let hi = end.saturating_sub(19);
        for s in lo..=hi {
            if date_len(b, s) == Some(end - s) && b[s - 1] == b' ' && b[s - 2].is_ascii_alphabetic()
            {
                self.cut(s, Rule::Unpunctuated);
                return;
            }
        }
    }

    /// True when only whitespace and opening quotes lie between the segment start and `i`.
    fn only_space_before(&self, i: usize) -> bool {
        self.text
            .get(self.seg_start..i)
            .unwrap_or("")
            .chars()
            .rev()
            .all(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '“' | '‘' | '(' | '['))
    }
}

// One bit per class, tested with `&`: compared with `==`, the compiler turns the tests
// into a jump table, whose indirect branch mispredicts far more often.
const BORING: u8 = 0;
const SPACE: u8 = 1;
const NEWLINE: u8 = 2;
const TERMINAL: u8 = 4;
const LEAD: u8 = 8;
const CAP: u8 = 16;
const COLON: u8 = 32;

/// Byte classes for the fast path: most bytes are [`BORING`] and skipped in a tight loop.
static CLASS: [u8; 256] = {
    let mut t = [BORING; 256];
    t[b'\n' as usize] = NEWLINE;
    t[b'\r' as usize] = NEWLINE;
    t[0x0b] = NEWLINE;
    t[0x0c] = NEWLINE;
    t[b'.' as usize] = TERMINAL;
    t[b'?' as usize] = TERMINAL;
    t[b'!' as usize] = TERMINAL;
    // Lead bytes of: NBSP and NEL (C2), U+1680 (E1), U+2000..U+206F (E2: spaces, …,
    // bullets, line and paragraph separators), U+3000 (E3), and ■ □ ▪ ● ◦ ► (E2 too).
    t[0xC2] = LEAD;
    t[0xE1] = LEAD;
    t[0xE2] = LEAD;
    t[0xE3] = LEAD;
    t[b':' as usize] = COLON;
    // First letters of the openers in `starts_unpunctuated`.
    let caps = b"AIO";
    let mut k = 0;
    while k < caps.len() {
        t[caps[k] as usize] = CAP;
        k += 1;
    }
    t
};

/// [`CLASS`] inside a list, where a space may precede the next item.
static CLASS_LIST: [u8; 256] = {
    let mut t = CLASS;
    t[b' ' as usize] = SPACE;
    t[b'\t' as usize] = SPACE;
    t
};

/// ASCII whitespace as `char::is_whitespace` sees it.
#[inline]
fn is_ascii_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Length of the whitespace char at `k`, or 0.
#[inline]
fn ws_len(text: &str, k: usize) -> usize {
    let b = text.as_bytes();
    match b.get(k) {
        None => 0,
        Some(&c) if c < 0x80 => {
            usize::from(matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c))
        }
        Some(_) => match text.get(k..).and_then(|s| s.chars().next()) {
            Some(ch) if ch.is_whitespace() => ch.len_utf8(),
            _ => 0,
        },
    }
}

/// Length of the line break at `k`, or 0.
fn line_break_len(text: &str, k: usize) -> usize {
    let b = text.as_bytes();
    match b.get(k) {
        Some(b'\r') if b.get(k + 1) == Some(&b'\n') => 2,
        Some(b'\n' | b'\r' | 0x0b | 0x0c) => 1,
        Some(&c) if c >= 0x80 => match text.get(k..).and_then(|s| s.chars().next()) {
            Some(ch @ ('\u{85}' | '\u{2028}' | '\u{2029}')) => ch.len_utf8(),
            _ => 0,
        },
        _ => 0,
    }
}

fn prev_is_space(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_whitespace)
}

fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '‣'
            | '⁃'
            | '◦'
            | '▪'
            | '▫'
            | '●'
            | '○'
            | '■'
            | '□'
            | '►'
            | '▶'
            | '➢'
            | '➤'
    )
}

/// Length of a closing quote or bracket at `k`, or 0.
#[inline]
fn closer_len(b: &[u8], k: usize) -> usize {
    match b.get(k) {
        Some(b'"' | b'\'' | b')' | b']' | b'}') => 1,
        // ” ’ › (E2 80 9D / 99 / BA) and » (C2 BB)
        Some(0xE2) if matches!(b.get(k + 1..k + 3), Some([0x80, 0x9D | 0x99 | 0xBA])) => 3,
        Some(0xC2) if b.get(k + 1) == Some(&0xBB) => 2,
        _ => 0,
    }
}

/// Length of an opening quote or bracket at `k` (0 if none), and whether it is a quote.
#[inline]
fn opener_len(b: &[u8], k: usize) -> (usize, bool) {
    match b.get(k) {
        Some(b'"' | b'\'') => (1, true),
        Some(b'(' | b'[' | b'{') => (1, false),
        // “ ‘ ‹ (E2 80 9C / 98 / B9) and « (C2 AB)
        Some(0xE2) if matches!(b.get(k + 1..k + 3), Some([0x80, 0x9C | 0x98 | 0xB9])) => (3, true),
        Some(0xC2) if b.get(k + 1) == Some(&0xAB) => (2, true),
        _ => (0, false),
    }
}

/// True when a short speech attribution starts at `p`: up to two capitalised words (a
/// name or a pronoun) and a speech verb: "Smith asked", "I said", "Jenna Lee replied".
fn attribution_at(b: &[u8], p: usize) -> bool {
    let mut q = p;
    for n in 0..3 {
        let len = b[q.min(b.len())..]
            .iter()
            .take(17)
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        if len == 0 || len > 16 {
            return false;
        }
        let word = &b[q..q + len];
        if word[0].is_ascii_uppercase() {
            if n == 2 || b.get(q + len) != Some(&b' ') {
                return false;
            }
            q += len + 1;
            continue;
        }
        return n > 0 && words::is_speech_verb(word);
    }
    false
}

/// True when a dash and a short name end the line at `p`: the signature under a quotation
/// ("... a long game." - Matthew Ingram), which stays with it.
fn dash_signature_at(b: &[u8], p: usize) -> bool {
    let dash = match b.get(p..) {
        Some([b'-', b' ', ..]) => 1,
        Some([0xE2, 0x80, 0x93 | 0x94, b' ', ..]) => 3,
        _ => return false,
    };
    let mut q = p + dash + 1;
    for _ in 0..4 {
        let len = b[q..]
            .iter()
            .take(25)
            .take_while(|c| c.is_ascii_alphabetic() || matches!(c, b'.' | b'\'' | b'-'))
            .count();
        if len == 0 || len > 24 || !b[q].is_ascii_uppercase() {
            return false;
        }
        q += len;
        match b.get(q) {
            None | Some(b'\n' | b'\r') => return true,
            Some(b' ') => q += 1,
            _ => return false,
        }
    }
    false
}

/// The end of a reference mark at `p`: "[6]", "[1 - 3]", "[2, 5]", or of an omission mark
/// after a stop: "[...]", "[…]".
fn citation_end(b: &[u8], p: usize) -> Option<usize> {
    if b.get(p) != Some(&b'[') {
        return None;
    }
    for mark in ["[...]", "[…]"] {
        if b[p..].starts_with(mark.as_bytes()) {
            return Some(p + mark.len());
        }
    }
    let inner = b[p + 1..]
        .iter()
        .take(13)
        .take_while(|c| c.is_ascii_digit() || matches!(c, b' ' | b',' | b'-'))
        .count();
    let close = p + 1 + inner;
    let has_digit = b[p + 1..close].iter().any(u8::is_ascii_digit);
    (inner <= 12 && has_digit && b.get(close) == Some(&b']')).then_some(close + 1)
}

/// The word ending at `i` (exclusive), after any opening quotes or brackets; `None` when
/// it is longer than [`MAX_WORD`] bytes.
fn word_before(text: &str, i: usize) -> Option<&str> {
    let b = text.as_bytes();
    let lo = i.saturating_sub(MAX_WORD + 4);
    let mut s = i;
    while s > lo && !is_word_stop(b[s - 1]) {
        s -= 1;
    }
    if s > 0 && !is_word_stop(b[s - 1]) {
        return None;
    }
    // `s` follows an ASCII byte or is 0, so it is a char boundary.
    let mut word = text.get(s..i)?;
    // Step over opening quotes, brackets and dashes: " ' ( [ { - “ ‘ – — «
    loop {
        let b = word.as_bytes();
        let l = match b.first() {
            Some(b'"' | b'\'' | b'(' | b'[' | b'{' | b'-') => 1,
            Some(0xE2) if matches!(b.get(1..3), Some([0x80, 0x9C | 0x98 | 0x93 | 0x94])) => 3,
            Some(0xC2) if b.get(1) == Some(&0xAB) => 2,
            _ => 0,
        };
        if l == 0 {
            return Some(word);
        }
        word = &word[l..];
    }
}

#[inline]
fn is_word_stop(c: u8) -> bool {
    WORD_STOP[c as usize]
}

/// Bytes that end the word before a period, looking back: whitespace and openers.
static WORD_STOP: [bool; 256] = {
    let mut t = [false; 256];
    let stops = b" \t\n\r\x0b\x0c([{\"";
    let mut k = 0;
    while k < stops.len() {
        t[stops[k] as usize] = true;
        k += 1;
    }
    t
};

/// "U.S", "a.m", "Ph.D": letters in groups of at most three, joined by periods.
fn is_dotted(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|g| (1..=3).contains(&g.len()) && g.bytes().all(|c| c.is_ascii_alphabetic()))
}

/// A list marker: "1.", "2)", "3.)", "a.", "b)".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Marker {
    letter: bool,
    value: u8,
    style: u8,
}

/// The marker at `p` (followed by a space or tab), with the position after it.
fn marker_at(b: &[u8], p: usize) -> Option<(Marker, usize)> {
    let first = *b.get(p)?;
    let (letter, value, mut q) = if first.is_ascii_digit() {
        match b.get(p + 1) {
            Some(d) if d.is_ascii_digit() => {
                if b.get(p + 2).is_some_and(u8::is_ascii_digit) {
                    return None;
                }
                (false, (first - b'0') * 10 + (d - b'0'), p + 2)
            }
            _ => (false, first - b'0', p + 1),
        }
    } else if first.is_ascii_lowercase() {
        (true, first - b'a', p + 1)
    } else {
        return None;
    };
    let style = match (b.get(q), b.get(q + 1)) {
        (Some(b'.'), Some(b')')) => {
            q += 2;
            2
        }
        (Some(b'.'), _) => {
            q += 1;
            1
        }
        (Some(b')'), _) => {
            q += 1;
            3
        }
        _ => return None,
    };
    if !matches!(b.get(q), Some(b' ' | b'\t')) {
        return None;
    }
    Some((
        Marker {
            letter,
            value,
            style,
        },
        q,
    ))
}

/// True when the text at `p` is the next item of the list `list`.
#[inline]
fn list_continues(b: &[u8], p: usize, list: Option<Marker>) -> bool {
    let Some(cur) = list else { return false };
    match marker_at(b, p) {
        Some((m, _)) => {
            m.letter == cur.letter
                && m.style == cur.style
                && Some(m.value) == cur.value.checked_add(1)
        }
        None => false,
    }
}

/// At the first non-space char of a sentence: steps over a bullet and a list marker, and
/// returns the marker (if any) with where to resume scanning.
fn sentence_start(text: &str, i: usize) -> (Option<Marker>, usize) {
    let b = text.as_bytes();
    let mut p = i;
    if let Some(c) = text.get(i..).and_then(|s| s.chars().next())
        && is_bullet(c)
    {
        p += c.len_utf8();
        while matches!(b.get(p), Some(b' ' | b'\t')) {
            p += 1;
        }
    }
    match marker_at(b, p) {
        Some((m, end)) => (Some(m), end),
        None => (None, p),
    }
}

/// A capitalised opener such as "In the" right after a word, at `p` (just after a space;
/// the caller checks it), where a caption or headline ran into the text ("... vote in
/// any constituency In the New Territories ...").
#[inline]
fn starts_unpunctuated(b: &[u8], p: usize) -> bool {
    let before = b.get(p.wrapping_sub(2)).copied().unwrap_or(b' ');
    let Some(rest) = b.get(p..) else { return false };
    before.is_ascii_alphanumeric()
        && (rest.starts_with(b"In the ")
            || rest.starts_with(b"At the ")
            || rest.starts_with(b"On the "))
}

/// The start of a caption credit label ending at the colon at `colon`, when it follows a
/// word with no punctuation between: "... VR demo Image: Nick Moreau."
fn label_before(b: &[u8], colon: usize) -> Option<usize> {
    let len = b[..colon]
        .iter()
        .rev()
        .take(13)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let start = colon - len;
    let label = matches!(
        &b[start..colon],
        b"Image"
            | b"Images"
            | b"Photo"
            | b"Photos"
            | b"Photograph"
            | b"Picture"
            | b"Credit"
            | b"Source"
            | b"Sources"
            | b"Video"
            | b"Caption"
            | b"Illustration"
    );
    (label && start >= 2 && b[start - 1] == b' ' && b[start - 2].is_ascii_alphanumeric())
        .then_some(start)
}

/// A news dateline opening a sentence and running into it without punctuation:
/// "Thursday, May 7, 2015 On Tuesday, ..." Returns the end of the date.
fn dateline_end(b: &[u8], p: usize) -> Option<usize> {
    let q = p + date_len(b, p)?;
    match (b.get(q), b.get(q + 1)) {
        (Some(b' '), Some(c)) if c.is_ascii_uppercase() => Some(q),
        _ => None,
    }
}

/// The length of a full date with its weekday at `p`: "Sunday, May 28, 2006".
fn date_len(b: &[u8], p: usize) -> Option<usize> {
    const DAYS: [&[u8]; 7] = [
        b"Monday",
        b"Tuesday",
        b"Wednesday",
        b"Thursday",
        b"Friday",
        b"Saturday",
        b"Sunday",
    ];
    const MONTHS: [&[u8]; 12] = [
        b"January",
        b"February",
        b"March",
        b"April",
        b"May",
        b"June",
        b"July",
        b"August",
        b"September",
        b"October",
        b"November",
        b"December",
    ];
    let rest = b.get(p..)?;
    if !matches!(rest.first(), Some(b'M' | b'T' | b'W' | b'F' | b'S')) {
        return None;
    }
    let day = DAYS.iter().find(|d| rest.starts_with(d))?;
    let mut q = p + day.len();
    if b.get(q..q + 2)? != b", " {
        return None;
    }
    q += 2;
    let month = MONTHS.iter().find(|m| b[q..].starts_with(m))?;
    q += month.len();
    if b.get(q) != Some(&b' ') {
        return None;
    }
    q += 1;
    let digits = b[q..]
        .iter()
        .take(3)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    q += digits;
    if b.get(q..q + 2)? != b", " {
        return None;
    }
    q += 2;
    let year = b[q..]
        .iter()
        .take(5)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if year != 4 {
        return None;
    }
    Some(q + 4 - p)
}
