//! `quote.detect`: direct quotes from paired marks, scare quotes and titles kept apart,
//! split quotes linked, interview turns from the layout, indirect speech from speech verbs.
//! Reads nothing but the text.

use std::borrow::Cow;

use strata_core::{Quote, QuoteKind, Span};

use crate::lexicon::{FRAME_ONLY, Form, OUTLET_VERBS, SAYING_HEADS, TITLE_CUES, Verbs};
use crate::marks::{MarkIssue, RawQuote, pair};
use crate::memo::Read;
use crate::text::{
    W, floor_boundary, is_cap, is_word, next_sentence_start, para_of, paragraphs, sentence_start,
    sentence_starts, words,
};

/// What to do with scare quotes and titles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScareMode {
    Keep,
    Drop,
}

/// Detection options.
#[derive(Clone, Debug)]
pub struct DetectOptions {
    pub scare: ScareMode,
    pub interviews: bool,
    pub indirect: bool,
}

/// The precomputed layout of a text, shared by detection and attribution.
#[derive(Clone, Debug)]
pub struct Layout {
    pub paras: Vec<(usize, usize)>,
    pub starts: Vec<usize>,
}

impl Layout {
    pub fn new(text: &str) -> Layout {
        let paras = paragraphs(text);
        let starts = sentence_starts(text, &paras);
        Layout { paras, starts }
    }

    /// Sentence containing `pos`, clipped to its paragraph: (start, end).
    pub fn sentence_at(&self, text: &str, pos: usize) -> (usize, usize) {
        let pi = para_of(&self.paras, pos);
        let (ps, pe) = pi.map(|i| self.paras[i]).unwrap_or((0, text.len()));
        let s = sentence_start(&self.starts, pos).max(ps);
        let e = next_sentence_start(&self.starts, pos, pe.max(pos)).min(pe.max(pos));
        (s, e)
    }

    pub fn para_span(&self, pos: usize) -> Option<(usize, usize, usize)> {
        para_of(&self.paras, pos).map(|i| (i, self.paras[i].0, self.paras[i].1))
    }
}

/// Lead region of a quote: at most this many bytes before it.
pub const FRAME_BYTES: usize = 320;

/// Detects quotes. Returns the quotes sorted by start and the mark issues.
pub fn detect(
    text: &str,
    read: &Read,
    verbs: &Verbs,
    opts: &DetectOptions,
) -> (Vec<Quote>, Vec<MarkIssue>) {
    let layout = &read.layout;
    let (raw, issues) = pair(text, &layout.paras);
    let mut out: Vec<Quote> = Vec::new();
    // direct and scare
    let mut last_end_at_depth: Vec<usize> = Vec::new();
    let mut parents: Vec<(usize, usize)> = Vec::new(); // open enclosing quotes (start, inner end)
    let mut directs: Vec<usize> = Vec::new(); // indices into out of top-level directs
    for q in &raw {
        while parents.last().is_some_and(|p| p.1 <= q.start) {
            parents.pop();
        }
        let depth = parents.len();
        if last_end_at_depth.len() <= depth {
            last_end_at_depth.resize(depth + 1, 0);
        }
        let floor = parents
            .last()
            .map(|p| p.0 + 1)
            .unwrap_or(0)
            .max(last_end_at_depth[depth]);
        let ceil = parents.last().map(|p| p.1).unwrap_or(text.len());
        let outer_floor = parents.last().map(|p| p.0 + 1).unwrap_or(0);
        // the words before the mark, in its sentence, after the previous quote
        let (sent_s, _) = layout.sentence_at(text, q.start);
        let lead_at = |lo: usize| {
            floor_boundary(
                text,
                sent_s.max(lo).max(q.start.saturating_sub(FRAME_BYTES)),
            )
            .min(q.start)
        };
        let lead_s = lead_at(floor);
        let lead = read.words(text, lead_s, q.start);
        let mut kind = classify(text, read, verbs, q, ceil, depth > 0, (lead_s, &lead));
        // a letter or a cited headline names something: no frame makes it a statement
        let named = letter_mention(text, q) || cited_headline(text, q, &lead);
        if named {
            kind = QuoteKind::Scare;
        }
        if kind == QuoteKind::Scare
            && !named
            && !titled(text, &lead)
            && (listed_after_direct(text, &out, q, floor)
                || (depth == 0 && according_after(text, q))
                || what_called(text, &lead)
                || speech_noun_frame(text, q, &lead)
                || exclaimed_after_comma(text, q, &lead)
                || reply_after(text, q)
                || continues_direct(text, layout, &out, q, &lead)
                || headline_quote(text, q, &lead)
                || (depth == 0 && quoted_phrase_ends_sentence(text, layout, q))
                || {
                    // the partial-quote frame may reach back over earlier quotes of the sentence
                    let outer_s = lead_at(outer_floor);
                    if outer_s == lead_s {
                        partial_quote(text, verbs, q, &lead, depth > 0)
                    } else {
                        partial_quote(
                            text,
                            verbs,
                            q,
                            &read.words(text, outer_s, q.start),
                            depth > 0,
                        )
                    }
                })
        {
            kind = QuoteKind::Direct;
        }
        last_end_at_depth[depth] = q.end;
        last_end_at_depth.truncate(depth + 1);
        parents.push((q.start, q.inner.1));
        let Ok(span) = Span::new(text, q.start, q.end) else {
            continue;
        };
        if kind == QuoteKind::Scare && opts.scare == ScareMode::Drop {
            continue;
        }
        let sieve = match (kind, q.recovered) {
            (QuoteKind::Scare, _) => "detect:scare",
            (_, Some("unclosed-quote")) => "detect:marks-unclosed",
            (_, Some(_)) => "detect:marks-unopened",
            _ if q.multi_para => "detect:marks-multi-paragraph",
            _ => "detect:marks",
        };
        if kind == QuoteKind::Direct && depth == 0 {
            directs.push(out.len());
        }
        out.push(Quote {
            kind,
            span,
            speaker: None,
            cue: None,
            sieve: Some(sieve.to_string()),
            confidence: 0.0,
            utterance: None,
            role: None,
        });
    }
    let unmarked = unmarked_first_parts(text, layout, verbs, &out, &directs);
    link_split_quotes(text, verbs, &mut out, &directs);
    out.extend(unmarked);
    if opts.interviews {
        out.extend(crate::turns::detect_turns(text, layout));
    }
    if opts.indirect {
        // (reported speech read inside a quotation that runs out of it, "“anybody who
        // tells you otherwise is selling something,” said one strategist", is none)
        // (`directs`: the top-level direct quotes, in text order)
        let found = detect_indirect(text, read, verbs);
        out.reserve(found.len());
        for mut q in found {
            let (s, e) = (q.span.start(), q.span.end());
            let k = directs.partition_point(|&d| out[d].span.start() < s);
            if k > 0 {
                let de = out[directs[k - 1]].span.end();
                if de > s && de < e {
                    // ends where the quotation does, before its closing mark
                    let close = text[..de].chars().next_back().map_or(0, char::len_utf8);
                    let end = s + text[s..de - close].trim_end().len();
                    match Span::new(text, s, end) {
                        Ok(span) if end > s => q.span = span,
                        _ => continue,
                    }
                }
            }
            out.push(q);
        }
    }
    out.sort_by_key(|q| (q.span.start(), std::cmp::Reverse(q.span.end())));
    (out, issues)
}

fn last_words<'a>(text: &'a str, ws: &[W], n: usize) -> Vec<Cow<'a, str>> {
    ws.iter()
        .rev()
        .filter(|w| is_word(w.t(text)))
        .take(n)
        .map(|w| {
            // lower-cased (a word in lower-case ASCII already is borrowed as it is)
            let t = w.t(text);
            if t.bytes().any(|c| c.is_ascii_uppercase() || !c.is_ascii()) {
                Cow::Owned(t.to_lowercase())
            } else {
                Cow::Borrowed(t)
            }
        })
        .collect()
}

/// Direct statement or scare quote / title.
fn classify(
    text: &str,
    read: &Read,
    verbs: &Verbs,
    q: &RawQuote,
    ceil: usize,
    nested: bool,
    (lead_s, lead): (usize, &[W]),
) -> QuoteKind {
    let layout = &read.layout;
    if q.multi_para {
        return QuoteKind::Direct;
    }
    let (_, _, pe) = layout.para_span(q.start).unwrap_or((0, 0, text.len()));
    // counts stop early: a quote's inner text may be long (nested quotes inside it)
    let n_inner = text[q.inner.0..q.inner.1.max(q.inner.0)]
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(8)
        .count();
    let inner_t = text[q.inner.0..q.inner.1.max(q.inner.0)].trim_end();
    let ends_punct = inner_t.ends_with([',', '.', '!', '?', '…', ';']);
    // a title cue right before: "titled “…”", "known as “…”"
    let lw = last_words(text, lead, 3);
    if let Some(w0) = lw.first()
        && (TITLE_CUES.contains(&&**w0)
            || (w0 == "as"
                && lw.get(1).is_some_and(|w| {
                    matches!(
                        &**w,
                        "known" | "described" | "referred" | "seen" | "regarded" | "such"
                    )
                })))
    {
        return QuoteKind::Scare;
    }
    // the quotative "be like" of speech and web text: "he was like “no way”"
    if lw.first().is_some_and(|w| w == "like")
        && lw.get(1).is_some_and(|w| {
            matches!(
                &**w,
                "was" | "is" | "were" | "are" | "am" | "m" | "be" | "s"
            )
        })
        && n_inner >= 1
    {
        return QuoteKind::Direct;
    }
    // a speech verb among the last three words before the mark
    // (the last eight words before the mark, last first: no rule looks further back)
    let lead_items: Vec<usize> = (0..lead.len())
        .rev()
        .filter(|&k| is_word(lead[k].t(text)))
        .take(8)
        .collect();
    // (not a passive participle with an infinitive after it: "are asked to “round up”")
    let lead_verb = lead_items.iter().take(3).any(|&k| {
        verbs.at(text, lead, k).is_some_and(|v| {
            !(v.form == Form::Past
                && k > 0
                && is_be(lead[k - 1].t(text))
                && lead.get(k + 1).is_some_and(|w| w.t(text) == "to"))
        })
    });
    // a noun-phrase position: after a determiner, preposition or possessive
    let np_position = lw.first().is_some_and(|w| {
        matches!(
            &**w,
            "the"
                | "a"
                | "an"
                | "of"
                | "on"
                | "for"
                | "in"
                | "with"
                | "about"
                | "against"
                | "from"
                | "into"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "this"
                | "these"
                | "those"
                | "by"
                | "at"
                | "s"
                | "my"
                | "your"
                | "and"
                | "or"
                | "as"
                | "like"
                | "such"
        )
    }) && !lead.last().is_some_and(|w| matches!(w.t(text), "," | ":"));
    let lead_t = text[lead_s..q.start].trim_end();
    let after_colon = lead_t.ends_with(':');
    let sent_start = lead.iter().all(|w| !is_word(w.t(text)));
    // trailing frame: speech verb among the first words, before any sentence end
    let trail_e = next_sentence_start(&layout.starts, q.end.saturating_sub(1), pe.max(q.end))
        .min(ceil.max(q.end))
        .min(floor_boundary(text, q.end + 160).max(q.end));
    let trail = read.words(text, q.end, trail_e.max(q.end));
    let mut trail_cue = false;
    let mut n = 0;
    for (ti, w) in trail.iter().enumerate() {
        let t = w.t(text);
        if matches!(t, "." | "!" | "?" | "“" | "\"" | ";" | "(") {
            break;
        }
        // a verb of a clause of its own: "Soviet “new thinking” when Mr. Lee says …"
        if matches!(
            t,
            "when" | "because" | "if" | "while" | "although" | "though" | "unless" | "whereas"
        ) {
            break;
        }
        if is_word(t) {
            n += 1;
            if verbs
                .at(text, &trail, ti)
                .is_some_and(|v| v.form != Form::Ing)
            {
                trail_cue = true;
                break;
            }
            // (a title, a name and where they are from: "Democratic Sen. Chris Murphy of
            // Connecticut said")
            if n >= 8 {
                break;
            }
        }
    }
    // a noun phrase's marked words stay a scare quote, unless a comma inside the closing
    // mark hands them to a speaker: "It is her “firm hope that …,” Wald said"
    let comma_inside = inner_t.ends_with(',');
    if np_position
        && inner_sentence_count(layout, q) == 0
        // (two words will do when the verb comes right after: "…,'' says a commentator")
        && !(comma_inside && trail_cue && (n_inner >= 4 || (n_inner >= 2 && n <= 1)) && !nested)
    {
        return QuoteKind::Scare;
    }
    if nested && !(after_colon || lead_verb) && q.recovered.is_none() {
        return QuoteKind::Scare;
    }
    // a name in title case right after a word of the sentence ("on the show “Morning
    // Desk,” said") is a title, whatever follows it
    let title_case = (2..=4).contains(&n_inner)
        && lead.last().is_some_and(|w| is_word(w.t(text)))
        && inner_t
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .all(|w| {
                w.chars()
                    .find(|c| c.is_alphanumeric())
                    .is_some_and(char::is_uppercase)
                    || matches!(w, "the" | "of" | "and" | "a" | "in" | "on" | "for" | "to")
            });
    // a title after the verb's object ("recalling the old “Morning Desk” cast") is a
    // title still
    let verb_adjacent = lead_items
        .first()
        .is_some_and(|&k| k + 1 == lead.len() && verbs.at(text, lead, k).is_some());
    let after_that = lw.first().is_some_and(|w| w == "that");
    let lead_verb = lead_verb && !(title_case && !verb_adjacent && !after_that);
    // a headline that opens with the words and a colon: "‘We’re in trouble’: GOP
    // strategists sound alarm"
    let headline_lead = sent_start
        && text[q.end..pe.max(q.end)].trim_start().starts_with(':')
        && layout.paras.len() > 1
        && layout.paras[0].0 <= q.start
        && q.end <= layout.paras[0].1
        && layout.paras[0].1 - layout.paras[0].0 <= 200;
    if n_inner >= 2 && (after_colon || headline_lead || lead_verb || (trail_cue && !title_case)) {
        return QuoteKind::Direct;
    }
    // “So,” he went on; “…, it will not pass,” Lee followed: a comma inside the closing
    // mark and a speaker after it
    if comma_inside
        && !nested
        && !title_case
        && (trail_cue || (n_inner >= 3 && name_follows(text, &trail)))
    {
        return QuoteKind::Direct;
    }
    // a partial quote closing a reported clause: "He said the plan was “a disaster”."
    let clause_verb = lead_items.iter().take(8).any(|&k| {
        verbs
            .at(text, lead, k)
            .is_some_and(|v| v.form != Form::Ing && !FRAME_ONLY.contains(&v.lemma.as_str()))
    });
    if n_inner >= 3 && clause_verb && !lead.iter().any(|w| matches!(w.t(text), ";" | ":")) {
        return QuoteKind::Direct;
    }
    let inner_sentences = inner_sentence_count(layout, q);
    if sent_start && n_inner >= 4 && ends_punct {
        return QuoteKind::Direct;
    }
    if inner_sentences >= 1 && n_inner >= 6 {
        return QuoteKind::Direct;
    }
    if q.recovered.is_some() && n_inner >= 4 {
        return QuoteKind::Direct;
    }
    // a reader's comment with its signature after it
    if n_inner >= 3 && !nested && signature_at(text, q.start, q.end).is_some() {
        return QuoteKind::Direct;
    }
    QuoteKind::Scare
}

/// One letter in marks, alone or in the plural (`the final ''g''`, `four ''s's,''`): a
/// letter mentioned as such, never someone's words.
fn letter_mention(text: &str, q: &RawQuote) -> bool {
    let inner = text[q.inner.0..q.inner.1.max(q.inner.0)].trim();
    let core = inner.trim_end_matches(['.', ',', ';', ':', '!', '?']);
    let core = core
        .strip_suffix("'s")
        .or_else(|| core.strip_suffix("’s"))
        .unwrap_or(core);
    let mut cs = core.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_alphabetic())
}

/// Words in title case: every word of four letters or more capitalised, at least two
/// words and a capital after the first (`Insurance Rates Rouse Drivers to Protest`).
fn title_cased(inner: &str) -> bool {
    let mut n = 0;
    let mut caps = 0;
    for w in inner.split_whitespace().take(40) {
        let Some(c) = w.chars().find(|c| c.is_alphanumeric()) else {
            continue;
        };
        n += 1;
        if c.is_lowercase() && w.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            return false;
        }
        if n > 1 && c.is_uppercase() {
            caps += 1;
        }
    }
    // (a capital after the first word: "Zip it!" is a sentence)
    n >= 2 && caps >= 1
}

/// A headline cited with where and when it ran, as letters to an editor do: `(“Title,”
/// front page, March 5)`, `“Title” (editorial, Sept. 14)`; or named a headline by its
/// frame: `“…,” read the headline`, `the headline …: “…”`. A title, not a statement.
fn cited_headline(text: &str, q: &RawQuote, lead: &[W]) -> bool {
    let inner = &text[q.inner.0..q.inner.1.max(q.inner.0)];
    let after_e = floor_boundary(text, q.end + 80);
    let after = &text[q.end..after_e.max(q.end)];
    // the frame names a headline, a sign or a caption
    const NAMING: &[&str] = &[
        "headline",
        "headlines",
        "caption",
        "banner",
        "sign",
        "placard",
        "billboard",
        "subtitle",
        "subhead",
    ];
    let mut aw = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3);
    if aw
        .next()
        .is_some_and(|w| matches!(w, "read" | "reads" | "said" | "says"))
        && aw.any(|w| NAMING.contains(&w))
    {
        return true;
    }
    if text[..q.start].trim_end().ends_with(':')
        && lead.iter().rev().take(16).any(|w| {
            matches!(
                w.t(text),
                "headline" | "headlines" | "caption" | "subtitle" | "subhead"
            )
        })
    {
        return true;
    }
    // a citation in parentheses: section or kind, then a date
    let paren = if text[..q.start].trim_end().ends_with('(') {
        after.trim_start_matches([',', ' '])
    } else if let Some(rest) = after.trim_start().strip_prefix('(') {
        rest
    } else {
        return false;
    };
    if !title_cased(inner) {
        return false;
    }
    let Some(close) = paren.find(')') else {
        return false;
    };
    let cite = paren[..close].trim_end();
    // "…, March 17": a comma, a capitalised word and a day number at the end
    let Some((_, date)) = cite.rsplit_once(',') else {
        return false;
    };
    let mut dw = date.split_whitespace();
    let (Some(month), Some(day), None) = (dw.next(), dw.next(), dw.next()) else {
        return false;
    };
    month.starts_with(|c: char| c.is_uppercase())
        && !day.is_empty()
        && day.len() <= 2
        && day.bytes().all(|b| b.is_ascii_digit())
}

/// “…,” according to X: the marked words are X's, whatever they are.
fn according_after(text: &str, q: &RawQuote) -> bool {
    let inner = &text[q.inner.0..q.inner.1.max(q.inner.0)];
    let n = inner
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(5)
        .count();
    // a name or title in title case ("“Morning Desk,” according to its ratings") is a
    // title still
    if n == 0 || ((2..=4).contains(&n) && title_cased(inner)) {
        return false;
    }
    let after = &text[q.end..floor_boundary(text, q.end + 40).max(q.end)];
    let after = after.trim_start_matches(|c: char| c == ',' || c == '(' || c.is_whitespace());
    after.starts_with("according to ")
}

/// "what she called a “witch hunt”", "what he described as “…”": the subject's own
/// words for the thing.
fn what_called(text: &str, lead: &[W]) -> bool {
    let mut it = lead
        .iter()
        .rev()
        .map(|w| w.t(text))
        .filter(|t| is_word(t))
        .take(8)
        .peekable();
    while it
        .peek()
        .is_some_and(|t| matches!(*t, "a" | "an" | "the" | "as"))
    {
        it.next();
    }
    let Some(verb) = it.next() else {
        return false;
    };
    if !matches!(
        verb,
        "called"
            | "calls"
            | "call"
            | "described"
            | "describes"
            | "describe"
            | "termed"
            | "terms"
            | "labeled"
            | "labelled"
            | "characterized"
            | "characterised"
            | "branded"
    ) {
        return false;
    }
    // the subject, one to three words (and an auxiliary), then "what"
    for (k, t) in it.take(5).enumerate() {
        if t == "what" || t == "What" {
            return k >= 1;
        }
        if is_be(t) || matches!(t, "what" | "which" | "that" | "and" | "or") {
            return false;
        }
    }
    false
}

/// A noun of saying with its possessor before the marks: "his talk of a “rigged”
/// election", "her description of it as “reasonable”", "their claims that it was
/// “rigged”". The marked words (in lower case) are the possessor's.
fn speech_noun_frame(text: &str, q: &RawQuote, lead: &[W]) -> bool {
    let inner = &text[q.inner.0..q.inner.1.max(q.inner.0)];
    if !inner
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
    {
        return false;
    }
    let items: Vec<&str> = lead
        .iter()
        .rev()
        .take(8)
        .map(|w| w.t(text))
        .take_while(|t| is_word(t))
        .collect();
    // items run backwards from the marks: at most four words, one a linking word, then
    // the noun and its possessor
    for (k, t) in items.iter().enumerate().take(5).skip(1) {
        let noun = matches!(
            *t,
            "talk"
                | "description"
                | "characterization"
                | "characterisation"
                | "claim"
                | "claims"
                | "remark"
                | "remarks"
                | "comment"
                | "comments"
                | "warning"
                | "warnings"
                | "promise"
                | "pledge"
                | "assertion"
                | "insistence"
        );
        if !noun {
            continue;
        }
        let linked = items[..k]
            .iter()
            .any(|w| matches!(*w, "of" | "about" | "as" | "that"));
        let owner = items.get(k + 1).is_some_and(|w| {
            ["his", "her", "their"]
                .iter()
                .any(|o| w.eq_ignore_ascii_case(o))
                || w.ends_with("'s")
                || w.ends_with("’s")
        });
        return linked && owner;
    }
    false
}

/// A verb, a comma or colon, then a short exclamation or question of its own in marks:
/// `he would bark, “Zip it!”`, `yelling something to the effect of, “Enough!”`.
fn exclaimed_after_comma(text: &str, q: &RawQuote, lead: &[W]) -> bool {
    if !lead.last().is_some_and(|w| matches!(w.t(text), "," | ":"))
        || lead.len() < 2
        || !is_word(lead[lead.len() - 2].t(text))
    {
        return false;
    }
    let inner = text[q.inner.0..q.inner.1.max(q.inner.0)].trim();
    let n = inner
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(13)
        .count();
    inner.ends_with(['!', '?'])
        && (2..=12).contains(&n)
        && inner
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_uppercase)
        && !title_cased(inner)
}

/// `“Grand Central,” was the nervous reply`, `“Never,” came the answer`.
fn reply_after(text: &str, q: &RawQuote) -> bool {
    let inner = text[q.inner.0..q.inner.1.max(q.inner.0)].trim_end();
    if !inner.ends_with([',', '.', '!', '?']) {
        return false;
    }
    let after = &text[q.end..floor_boundary(text, q.end + 60).max(q.end)];
    let mut aw = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5);
    if !aw
        .next()
        .is_some_and(|w| matches!(w, "was" | "came" | "is" | "comes"))
    {
        return false;
    }
    aw.any(|w| {
        matches!(
            w,
            "reply" | "answer" | "response" | "retort" | "rejoinder" | "refrain"
        )
    })
}

/// A title cue right before the mark: "titled “…”", "known as “…”", "a concept known as
/// the “…”". Such marks name something; no rule below makes them a statement.
fn titled(text: &str, lead: &[W]) -> bool {
    let lw = last_words(text, lead, 5);
    // "known on the street as “…”"
    // ("referred to the rebels as “…”" has an object: the speaker's label)
    if lw.first().is_some_and(|w| w == "as")
        && (lw
            .iter()
            .any(|w| matches!(&**w, "known" | "nicknamed" | "dubbed"))
            || (lw.get(1).is_some_and(|w| w == "to") && lw.get(2).is_some_and(|w| w == "referred")))
    {
        return true;
    }
    lw.iter().take(3).any(|w| {
        matches!(
            &**w,
            "titled"
                | "entitled"
                | "named"
                | "so-called"
                | "known"
                | "term"
                | "terms"
                | "meaning"
                | "letter"
                | "spelled"
                | "pronounced"
                | "expression"
                | "word"
                | "words"
                | "phrase"
                | "slogan"
                | "label"
                | "motto"
                | "hashtag"
                | "nicknamed"
                | "moniker"
                | "nickname"
                | "name"
                | "password"
        )
    })
}

/// A short quotation listed right after a statement's quotation with only a comma,
/// "and" or "or" between them is a statement too: “...,” ‘gun’ ‘shooter’ and ‘run’,
/// a "remarkable" and "loving" woman.
fn listed_after_direct(text: &str, out: &[Quote], q: &RawQuote, floor: usize) -> bool {
    let Some(prev) = out.last() else {
        return false;
    };
    if prev.kind != QuoteKind::Direct || prev.span.end() > q.start || prev.span.end() < floor {
        return false;
    }
    let gap = text[prev.span.end()..q.start].trim_matches(|c: char| c.is_whitespace() || c == ',');
    // "as a “thief” and an “Iranian stooge”": the article may repeat
    let gap = gap
        .strip_suffix(" a")
        .or_else(|| gap.strip_suffix(" an"))
        .unwrap_or(gap);
    matches!(gap, "" | "and" | "or") && q.inner.1.saturating_sub(q.inner.0) <= 80
}

/// A short sentence of its own in marks right after a statement of the same paragraph,
/// with no more than a cue between them, goes on with it: “The water was up to here,”
/// she said, pointing at her knee. “We lost everything.” (Four words or more are a
/// statement by themselves; this is for the shorter ones.)
fn continues_direct(text: &str, layout: &Layout, out: &[Quote], q: &RawQuote, lead: &[W]) -> bool {
    let Some(prev) = out.last() else {
        return false;
    };
    if prev.kind != QuoteKind::Direct || prev.span.end() > q.start || q.depth > 0 {
        return false;
    }
    let inner = text[q.inner.0..q.inner.1.max(q.inner.0)].trim_end();
    if !inner.ends_with(['.', '!', '?'])
        || inner.len() > 80
        || !lead.iter().all(|w| !is_word(w.t(text)))
    {
        return false;
    }
    let (Some(pa), Some(pb)) = (
        layout.para_span(prev.span.start()),
        layout.para_span(q.start),
    ) else {
        return false;
    };
    // the gap is one sentence: the cue of the statement before
    let gap = &text[prev.span.end()..q.start];
    pa.0 == pb.0
        && gap.len() <= 160
        && gap.trim_end().ends_with(['.', '!', '?'])
        && text[prev.span.start()..prev.span.end()]
            .trim_end_matches(['”', '"', '’', '\'', '»'])
            .ends_with([',', '!', '?'])
}

/// Headline style: single marks after a verb of speech or judgement in the present
/// tense, its subject a name ("Mayor hails ‘new chapter’ for the port", "Lee Tells Crowd
/// Rival Is ‘Out of Touch’"). Headlines and British copy set quotations in single marks;
/// the present tense is the headline's and the marked words are the subject's.
fn headline_quote(text: &str, q: &RawQuote, lead: &[W]) -> bool {
    use crate::marks::Family;
    if !matches!(q.family, Family::Single | Family::StraightSingle) || q.depth > 0 {
        return false;
    }
    let inner = &text[q.inner.0..q.inner.1.max(q.inner.0)];
    let n_inner = inner.split_whitespace().take(10).count();
    if n_inner == 0 || n_inner > 8 {
        return false;
    }
    // the verb among the last six words, only capitalised words (a title-case headline)
    // or at most two lower-case ones between it and the marks
    let items: Vec<&str> = lead.iter().map(|w| w.t(text)).collect();
    let mut lower = 0;
    for (back, k) in (0..items.len()).rev().enumerate() {
        let t = items[k];
        if back >= 6 || !is_word(t) {
            return false;
        }
        if crate::lexicon::headline_verb(t) {
            // a capitalised subject right before it
            return k > 0 && is_cap(items[k - 1]) && is_word(items[k - 1]);
        }
        if !is_cap(t) {
            lower += 1;
            if lower > 2 {
                return false;
            }
        }
    }
    false
}

/// Verbs of describing with an object before the marked words: "called the plan
/// “reckless”", "described her as a “remarkable” woman", "Describing it as “a great
/// speech,”". ("Dubbed" gives a name: a title, not a quote.)
pub fn describe_verb(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 3 || b.len() > 14 || !matches!(b[0] | 0x20, b'c' | b'd' | b'b' | b'l' | b't') {
        return false;
    }
    let mut buf = [0u8; 14];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    matches!(
        std::str::from_utf8(&buf[..b.len()]).unwrap_or(""),
        "call"
            | "calls"
            | "called"
            | "calling"
            | "describe"
            | "describes"
            | "described"
            | "describing"
            | "characterize"
            | "characterizes"
            | "characterized"
            | "characterizing"
            | "characterise"
            | "characterises"
            | "characterised"
            | "characterising"
            | "brand"
            | "brands"
            | "branded"
            | "branding"
            | "label"
            | "labels"
            | "labeled"
            | "labelled"
            | "labeling"
            | "labelling"
            | "term"
            | "terms"
            | "termed"
            | "terming"
            | "deem"
            | "deems"
            | "deemed"
            | "deeming"
    )
}

/// A reader's comment signed right after its closing mark: `“…” --Dana, Leeds` /
/// `“…” ~JWalters` / `“…” - Tom K`. The quote ends a sentence; the signature is one to
/// three capitalised words after a dash or tilde, followed by nothing, a comma (the
/// place), or the next comment's mark: never by a verb or other lower-case words.
/// Returns the name's span.
pub fn signature_at(text: &str, qs: usize, qe: usize) -> Option<(usize, usize)> {
    let inner = text[qs..qe].trim_end_matches(['”', '"', '’', '\'', ' ']);
    if !inner.ends_with(['.', '!', '?', '…']) {
        return None;
    }
    let rest = &text[qe..floor_boundary(text, qe + 120)];
    let body = rest.trim_start();
    let dash = body
        .strip_prefix("--")
        .or_else(|| body.strip_prefix(['~', '-', '—', '–']))?;
    let name_s = qe + (rest.len() - dash.trim_start().len());
    let ws = words(text, name_s, qe + rest.len());
    let mut k = 0;
    while k < ws.len() && k < 3 && is_cap_word(ws[k].t(text)) && is_word(ws[k].t(text)) {
        k += 1;
    }
    if k == 0 || (k == 3 && ws.get(3).is_some_and(|w| is_word(w.t(text)))) {
        return None;
    }
    let ok_after = match ws.get(k) {
        None => true,
        Some(w) => matches!(w.t(text), "," | "." | "“" | "\"" | "<" | "(" | "|"),
    };
    ok_after.then(|| (ws[0].s, ws[k - 1].e))
}

/// Verbs that describe someone or something in marked words only with "as": "dismissed
/// the plan as “a fantasy”", "denounced them as ‘traitors’", "hailed it as “historic”",
/// "referred to the rebels as “thugs”".
pub fn as_describe_verb(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 4
        || b.len() > 14
        || !matches!(
            b[0] | 0x20,
            b'd' | b'c'
                | b'h'
                | b'p'
                | b'u'
                | b'r'
                | b'a'
                | b't'
                | b'l'
                | b's'
                | b'b'
                | b'w'
                | b'm'
        )
    {
        return false;
    }
    // lower-cased on the stack (no allocation: this runs on every word of a lead)
    let mut buf = [0u8; 14];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    let lw = std::str::from_utf8(&buf[..b.len()]).unwrap_or("");
    let stem = lw
        .strip_suffix("ing")
        .or_else(|| lw.strip_suffix("ed"))
        .or_else(|| lw.strip_suffix("es"))
        .or_else(|| lw.strip_suffix('s'))
        .unwrap_or(lw);
    matches!(
        stem,
        "dismiss"
            | "denounc"
            | "denounce"
            | "decri"
            | "decry"
            | "derid"
            | "deride"
            | "condemn"
            | "hail"
            | "portray"
            | "depict"
            | "defin"
            | "define"
            | "upbraid"
            | "castigat"
            | "castigate"
            | "paint"
            | "pilloried"
            | "pillori"
            | "pillory"
            // praise and blame: "praised the workers as “…”", "rejected it as “…”"
            | "prais"
            | "praise"
            | "defend"
            | "tout"
            | "laud"
            | "reject"
            | "attack"
            | "criticiz"
            | "criticize"
            | "criticis"
            | "criticise"
            | "slam"
            | "slamm"
            | "blast"
            | "assail"
            | "welcom"
            | "welcome"
            | "applaud"
            | "celebrat"
            | "celebrate"
            | "ridicul"
            | "ridicule"
            | "lambast"
            | "lambaste"
            | "mock"
            | "refer"
            | "referr"
    )
}

/// Verbs of faulting or praising someone for a deed: "accused the mayor of turning it
/// into a “photo opportunity”", "grilled Dean for …". The marked words in the "for" or
/// "of" clause are the critic's.
pub fn fault_verb(w: &str) -> bool {
    matches!(
        w,
        "accused"
            | "accuses"
            | "criticized"
            | "criticizes"
            | "criticised"
            | "criticises"
            | "slammed"
            | "slams"
            | "blasted"
            | "blasts"
            | "grilled"
            | "grills"
            | "chided"
            | "chides"
            | "rebuked"
            | "rebukes"
            | "faulted"
            | "faults"
            | "lambasted"
            | "lambastes"
            | "mocked"
            | "mocks"
            | "praised"
            | "praises"
    )
}

fn is_be(w: &str) -> bool {
    [
        "be", "been", "being", "is", "are", "was", "were", "am", "'s", "’s",
    ]
    .iter()
    .any(|b| w.eq_ignore_ascii_case(b))
}

/// A partial quotation: a few words in marks, in lower case, inside a clause reported by
/// someone earlier in the same sentence ("Ms. Rowe said in a statement that the team was
/// “not ready”", "He told reporters the fund would ‘guarantee’ loans"), or after a verb
/// of describing with its object ("called the ruling “absurd”"). The reporter must be a
/// speaker: a passive or impersonal frame ("It should be noted that 2025 was a
/// “productive” year", "is called “…”") leaves the marks a scare quote, as do names and
/// titles (capitalised words) and verbs that only relay a document ("reports that").
fn partial_quote(text: &str, verbs: &Verbs, q: &RawQuote, lead: &[W], nested: bool) -> bool {
    let word_at = |k: usize| lead.get(k).map(|w| w.t(text)).unwrap_or("");
    // a speech verb, a comma or colon, the marks: "people were shouting, ‘fire’"
    if lead.len() >= 2
        && matches!(word_at(lead.len() - 1), "," | ":")
        && verbs.at(text, lead, lead.len() - 2).is_some()
    {
        return true;
    }
    let inner = &text[q.inner.0..q.inner.1.max(q.inner.0)];
    // the first word in lower case; a short span (up to three words) all in lower case
    let mut n = 0;
    let mut caps = 0;
    let mut first_cap = false;
    for w in inner.split_whitespace() {
        let Some(c) = w.chars().find(|c| c.is_alphanumeric()) else {
            continue;
        };
        n += 1;
        let pronoun_i = w == "I" || w.starts_with("I’") || w.starts_with("I'");
        if c.is_uppercase() && !pronoun_i {
            if n == 1 {
                first_cap = true;
            } else {
                caps += 1;
            }
        }
        if n > 16 {
            return false;
        }
    }
    if n == 0 {
        return false;
    }
    // capitalised words are names and titles: a short span with a capital, or a capital
    // first word, unless the words read as a clause, most of them in lower case (what he
    // called the triumph of “Western liberal democracy as the final point of human
    // government”)
    let capped = (n <= 3 && caps > 0) || (first_cap && (n < 4 || 2 * (n - 1 - caps) <= n));
    // except a short label after a verb of describing and "as" ("denounced the rebels as
    // ‘Maoists’"; only such a verb takes it: most leads are not read at all)
    if capped && (n > 4 || !lead.iter().any(|w| w.t(text) == "as")) {
        return false;
    }
    for k in (0..lead.len()).rev() {
        let t = word_at(k);
        if matches!(t, ";" | ":") {
            return false;
        }
        if !is_word(t) {
            continue;
        }
        // passive or impersonal: "be noted", "was said", "is always called"
        let passive = k > 0 && (is_be(word_at(k - 1)) || (k > 1 && is_be(word_at(k - 2))));
        let after_comma_or_start = k == 0 || matches!(word_at(k - 1), "," | "(" | "—" | "–");
        // the speaker's own wording of himself: "I should have said that it was “solid”"
        let first_person =
            (k.saturating_sub(3)..k).any(|j| matches!(word_at(j), "I" | "we" | "We"));
        // "grilled Dean for turning it into a “cottage industry”": an object, then "for"
        // or "of", a few words at most
        if fault_verb(t)
            && !(nested || first_person || passive)
            && (k + 1..lead.len()).filter(|&j| is_word(word_at(j))).count() <= 16
            && (k + 2..lead.len()).any(|j| matches!(word_at(j), "for" | "of"))
        {
            return !capped;
        }
        // "dismissed the report as “a fairy tale”": verbs that describe only with "as"
        let as_verb = as_describe_verb(t) && (k + 1..lead.len()).any(|j| word_at(j) == "as");
        if describe_verb(t) || as_verb {
            if nested || first_person {
                return false;
            }
            // "were describing them as": progressive, not passive; "Kim describing her as
            // …": a participle whose subject is the name right before it
            let ing = t.ends_with("ing");
            let passive = passive && !ing;
            let after_comma_or_start = after_comma_or_start
                || (ing && k > 0 && (is_be(word_at(k - 1)) || is_cap_word(word_at(k - 1))));
            // needs its object between the verb and the marks, a few words at most
            // (longer after "as": "described his plan as central to making it a “…”")
            let between = (k + 1..lead.len()).filter(|&j| is_word(word_at(j))).count();
            let has_as = (k + 1..lead.len()).any(|j| word_at(j) == "as");
            let object = (between <= 8 || (has_as && between <= 16))
                && (k + 1..lead.len()).any(|j| {
                    is_word(word_at(j)) && !matches!(word_at(j), "as" | "a" | "an" | "the")
                });
            let next = word_at(k + 1);
            // "label", "brand" and "term" are nouns more often than not ("common label
            // terms like “…”"): a verb after a pronoun, a modal or "to"
            let noun_reading = matches!(
                t,
                "label" | "labels" | "brand" | "brands" | "term" | "terms"
            ) && !(k > 0
                && matches!(
                    word_at(k - 1),
                    "I" | "we"
                        | "you"
                        | "they"
                        | "We"
                        | "They"
                        | "to"
                        | "will"
                        | "would"
                        | "could"
                        | "should"
                        | "might"
                        | "may"
                        | "must"
                        | "did"
                        | "do"
                        | "does"
                        | "not"
                ));
            // a copula between the verb and the marks: the marked words are another
            // clause's ("an adjective to describe him is “rich”"); one word after "the" is a
            // name given ("calls it the “quincentenary”")
            let other_clause = (k + 1..lead.len())
                .any(|j| is_be(word_at(j)) && !word_at(j).eq_ignore_ascii_case("being"));
            let name_given = n == 1 && lead.last().is_some_and(|w| w.t(text) == "the");
            // "called for a “full inquiry”": a demand in the caller's words; "referred to
            // them as": "to" belongs to the verb
            let lt = t.to_ascii_lowercase();
            let particle_ok = (next == "for" && lt.starts_with("call") && between <= 4)
                || (next == "to" && lt.starts_with("refer"));
            if !passive
                && !noun_reading
                && !other_clause
                && !name_given
                && object
                // a participle needs its comma ("…, calling it a “…”") unless its object is
                // a pronoun: "in a tweet calling her a “…”" still describes someone
                && (!ing
                    || after_comma_or_start
                    || matches!(next, "him" | "her" | "them" | "it" | "us"))
                && (particle_ok
                    || !matches!(
                        next,
                        "for" | "on" | "off" | "in" | "up" | "out" | "at" | "to" | "back" | "upon"
                    ))
            {
                // (a name one refers to someone by is a name: "referred to himself as
                // ‘Boss’"; "referred to it as the “Dutch flu”" is a phrase)
                let some_lower = inner
                    .split_whitespace()
                    .any(|w| w.chars().next().is_some_and(char::is_lowercase));
                return !capped || (has_as && n <= 4 && (!lt.starts_with("refer") || some_lower));
            }
            // a speech verb too ("mocked him as …, and someone who is “…”") goes on below
            if verbs.at(text, lead, k).is_none() {
                continue;
            }
        }
        let Some(v) = verbs.at(text, lead, k) else {
            continue;
        };
        let lemma = v.lemma.as_str();
        if FRAME_ONLY.contains(&lemma) || OUTLET_VERBS.contains(&lemma) {
            continue;
        }
        // "had been telling them he was “forced”": progressive, not passive
        let ing = v.form == Form::Ing;
        if first_person {
            return false;
        }
        // "had been warned": not the reporter's verb; an earlier one may be ("He said
        // she had been warned and “…”")
        if passive && !ing {
            continue;
        }
        let aux_before = k > 0
            && (is_be(word_at(k - 1))
                || (k > 1
                    && is_be(word_at(k - 2))
                    && matches!(
                        word_at(k - 1),
                        "shown" | "seen" | "heard" | "caught" | "filmed"
                    )));
        if ing && !after_comma_or_start && !aux_before {
            continue;
        }
        return !capped;
    }
    false
}

/// A capitalised word and a past-tense verb right after a quote: “…,” Lee followed.
pub fn name_follows(text: &str, trail: &[W]) -> bool {
    let mut it = trail.iter().map(|w| w.t(text)).filter(|t| is_word(t));
    let Some(first) = it.next() else {
        return false;
    };
    if !is_cap_word(first) {
        return false;
    }
    for t in it.take(4) {
        if is_cap_word(t) {
            continue;
        }
        return t.len() > 3 && t.ends_with("ed");
    }
    false
}

fn inner_sentence_count(layout: &Layout, q: &RawQuote) -> usize {
    layout
        .starts
        .iter()
        .skip(layout.starts.partition_point(|&s| s <= q.inner.0))
        .take_while(|&&s| s < q.inner.1)
        .take(2)
        .count()
}

/// Several lower-case words in marks that end a sentence with their own period, question
/// or exclamation mark inside the closing mark (`acting ''lively and quick.''`): someone's
/// words quoted, even without a frame. A single word or two so marked is a term
/// (`the word ''quincentennial.''`) and stays a scare quote.
fn quoted_phrase_ends_sentence(text: &str, layout: &Layout, q: &RawQuote) -> bool {
    let inner = text[q.inner.0..q.inner.1.max(q.inner.0)].trim();
    let Some(c) = inner.chars().find(|c| c.is_alphanumeric()) else {
        return false;
    };
    if !c.is_lowercase() || !inner.ends_with(['.', '!', '?']) || inner.ends_with("..") {
        return false;
    }
    let n = inner
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(3)
        .count();
    if n < 3 {
        return false;
    }
    // not the complement of a copula ("would be a “…”", "does not become “…”"), nor a
    // definition after "as" or a colon
    let lead_s = floor_boundary(text, q.start.saturating_sub(60));
    let lead = words(text, lead_s, q.start);
    let mut prev = lead.iter().rev().map(|w| w.t(text));
    let mut last = prev.next().unwrap_or("");
    if matches!(last, "a" | "an" | "the") {
        last = prev.next().unwrap_or("");
    }
    // nor the place something is put ("transformed into a “…”", "look under “…”")
    if is_be(last)
        || matches!(
            last,
            "as" | ";"
                | ":"
                | "become"
                | "becomes"
                | "became"
                | "remain"
                | "remains"
                | "seem"
                | "into"
                | "under"
                | "onto"
        )
    {
        return false;
    }
    // the sentence (or paragraph) ends right after the closing mark
    let pe = layout.para_span(q.start).map(|p| p.2).unwrap_or(text.len());
    let after = text[q.end..pe.max(q.end)].trim_start();
    after.is_empty() || after.starts_with(|c: char| c.is_uppercase())
}

/// `But we mailed the form in May, she said, "and nobody answered."`: the first part of a
/// split quotation printed without marks, the part after the cue in marks and opening in
/// lower case. The first part runs from its sentence start to the comma before the cue
/// and is taken as a quote only when it speaks in the first person or opens with an
/// interjection; a fronted adverbial ("For that reason, he said, “…”") stays out.
fn unmarked_first_parts(
    text: &str,
    layout: &Layout,
    verbs: &Verbs,
    out: &[Quote],
    directs: &[usize],
) -> Vec<Quote> {
    let mut found = Vec::new();
    let mut prev_end = 0;
    for &i in directs {
        let q = &out[i];
        let (qs, qe) = (q.span.start(), q.span.end());
        let floor = prev_end;
        prev_end = qe;
        let first = text[qs..qe].chars().find(|c| c.is_alphanumeric());
        if !first.is_some_and(char::is_lowercase) {
            continue;
        }
        let (sent_s, _) = layout.sentence_at(text, qs);
        let lo = sent_s
            .max(floor)
            .max(floor_boundary(text, qs.saturating_sub(400)));
        let lead = text[lo..qs].trim_end();
        let Some(lead) = lead.strip_suffix(',') else {
            continue;
        };
        // the cue: ", he said," — at most four words, one of them a speech verb
        let Some(comma) = lead.rfind(',') else {
            continue;
        };
        let cue_ws = words(text, lo + comma + 1, lo + lead.len());
        let n_cue = cue_ws.iter().filter(|w| is_word(w.t(text))).count();
        if n_cue == 0
            || n_cue > 4
            || !(0..cue_ws.len()).any(|k| verbs.at(text, &cue_ws, k).is_some())
        {
            continue;
        }
        let part = text[lo..lo + comma].trim();
        let ps = lo + (text[lo..lo + comma].len() - text[lo..lo + comma].trim_start().len());
        if part.is_empty() || part.contains(['"', '“', '”', '‘', ':', ';']) || part.contains("''")
        {
            continue;
        }
        let pw: Vec<&str> = part
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if pw.len() > 40 {
            continue;
        }
        let first_person = pw.iter().any(|w| {
            matches!(
                *w,
                "I" | "we" | "We" | "me" | "my" | "My" | "our" | "Our" | "us"
            )
        });
        let interjection = pw.len() <= 2
            && matches!(
                pw.first().copied(),
                Some("Oh" | "Well" | "Yes" | "No" | "Sure" | "Okay" | "OK" | "Ah" | "Alas")
            );
        if !(first_person || interjection) {
            continue;
        }
        let Ok(span) = Span::new(text, ps, ps + part.len()) else {
            continue;
        };
        found.push(Quote {
            kind: QuoteKind::Direct,
            span,
            speaker: None,
            cue: None,
            sieve: Some("detect:unmarked-first-part".to_string()),
            confidence: 0.0,
            utterance: None,
            role: None,
        });
    }
    found
}

/// Links “…,” she said, “…” into one utterance.
fn link_split_quotes(text: &str, verbs: &Verbs, out: &mut [Quote], directs: &[usize]) {
    let mut next_id = 0u32;
    for pair in directs.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let (ae, bs) = (out[a].span.end(), out[b].span.start());
        if bs < ae || bs - ae > 120 {
            continue;
        }
        let gap = &text[ae..bs];
        if gap.contains('\n') {
            continue;
        }
        let a_inner = text[out[a].span.start()..ae].trim_end_matches(['”', '"', '’', '\'', '»']);
        let gap_t = gap.trim();
        let continues = a_inner.ends_with([',', '—', '–', '…']) || a_inner.ends_with("...");
        if !continues || !(gap_t.ends_with(',') || gap_t.ends_with(':')) {
            continue;
        }
        let gw = words(text, ae, bs);
        let has_verb = (0..gw.len()).any(|k| verbs.at(text, &gw, k).is_some());
        if !has_verb || gw.iter().filter(|w| is_word(w.t(text))).count() > 8 {
            continue;
        }
        let id = match out[a].utterance {
            Some(id) => id,
            None => {
                let id = next_id;
                next_id += 1;
                out[a].utterance = Some(id);
                id
            }
        };
        out[b].utterance = Some(id);
    }
}

fn is_terminal(t: &str) -> bool {
    matches!(t, "." | "!" | "?" | ";" | ":" | "…")
}

fn is_open_mark(t: &str) -> bool {
    matches!(t, "“" | "\"" | "«" | "„")
}

/// End (byte) of a reported clause that starts at word `i`: the sentence end, a colon,
/// an opening quote, or a second predicate ("…, and noted").
fn clause_end(text: &str, ws: &[W], i: usize, cue_form: Option<Form>, verbs: &Verbs) -> usize {
    let mut k = i;
    let mut last = i;
    // end of a partial quotation taken into the clause: never trimmed off
    let mut keep_to = 0;
    let mut partials = 0;
    // a reported clause of more than 600 items is an endless sentence (no punctuation):
    // the bound keeps many clauses in it linear
    let stop = ws.len().min(i + 600);
    while k < stop {
        let t = ws[k].t(text);
        // an opening mark ends the clause, unless it opens a name in the middle of it
        // ("… of the “International Day …”")
        let name_mark = is_open_mark(t)
            && k > i
            && (crate::np::is_determiner(ws[k - 1].t(text))
                || matches!(
                    ws[k - 1].t(text),
                    "of" | "on" | "for" | "as" | "in" | "to" | "and"
                ));
        // or a partial quotation inside the clause: "that the plan was “far too thin” for"
        // (three at most: a clause never runs on over quote after quote, which would
        // make many clauses in one endless sentence quadratic)
        if is_open_mark(t)
            && k > i
            && partials < 3
            && let Some((j, ends)) = partial_close(text, ws, k)
        {
            partials += 1;
            last = j;
            keep_to = ws[j].e;
            if ends {
                break;
            }
            k = j + 1;
            continue;
        }
        if is_terminal(t) || (is_open_mark(t) && !name_mark) || t == "(" {
            break;
        }
        // ", and my view …", ", but the …": a new clause with its own subject
        if matches!(t, "and" | "but")
            && k > i + 2
            && ws[k - 1].t(text) == ","
            && ws.get(k + 1).is_some_and(|n| {
                let nt = n.t(text);
                crate::np::is_determiner(nt)
                    || matches!(nt, "I" | "we" | "he" | "she" | "they" | "it" | "there")
            })
        {
            break;
        }
        if t == "and"
            && k > i + 2
            && let Some(n) = ws.get(k + 1)
        {
            let nt = n.t(text);
            let second_pred = !is_cap(nt)
                && (verbs.get(nt).is_some_and(|v| v.form != Form::Ing)
                    || match cue_form {
                        Some(Form::Past) => nt.ends_with("ed"),
                        Some(Form::Third) => {
                            nt.ends_with('s') && !nt.ends_with("ss") && nt.len() > 3
                        }
                        _ => false,
                    });
            if second_pred && !matches!(nt, "that" | "the" | "its" | "is" | "was" | "has") {
                break;
            }
        }
        if is_word(t) || !matches!(t, ",") {
            last = k;
        }
        k += 1;
    }
    // trim trailing commas / dashes / closing marks of the clause
    let mut e = ws
        .get(last)
        .map(|w| w.e)
        .unwrap_or(ws.get(i).map(|w| w.s).unwrap_or(0));
    while let Some(w) = ws.iter().take(last + 1).rev().find(|w| w.e == e) {
        let t = w.t(text);
        if matches!(t, "," | "—" | "–" | "-" | "”" | "’" | "\"" | "'")
            && w.s > ws[i].s
            && w.e > keep_to
        {
            e = w.s;
            e = text[..e].trim_end().len();
        } else {
            break;
        }
    }
    e
}

/// The closing mark of a short quotation opening at word `k` inside a clause: words in
/// lower case, at most 16 items, no sentence end before the closing mark. Returns the
/// closing mark's index and whether the sentence ends inside the marks (“… ready.”).
fn partial_close(text: &str, ws: &[W], k: usize) -> Option<(usize, bool)> {
    let first = ws.get(k + 1)?.t(text);
    if !first.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) {
        return None;
    }
    let open = ws[k].t(text);
    let closes = |t: &str| match open {
        "“" => t == "”",
        "\"" => t == "\"",
        "«" => t == "»",
        "„" => t == "“" || t == "”",
        _ => false,
    };
    for j in k + 1..ws.len().min(k + 17) {
        let t = ws[j].t(text);
        if closes(t) {
            return Some((j, false));
        }
        if is_terminal(t) || t == "(" {
            return ws
                .get(j + 1)
                .is_some_and(|n| closes(n.t(text)))
                .then_some((j + 1, true));
        }
        if is_open_mark(t) {
            return None;
        }
    }
    None
}

fn person_like_head(text: &str, ws: &[W], lo: usize, hi: usize) -> bool {
    if hi <= lo {
        return false;
    }
    let head = ws[hi - 1].t(text);
    if matches!(
        head.to_lowercase().as_str(),
        "her" | "him" | "them" | "me" | "us" | "you"
    ) {
        return true;
    }
    if is_cap(head) {
        return crate::lexicon::demonym(head).is_none();
    }
    let l = head.to_lowercase();
    crate::lexicon::Sets::get().is_title(&l)
        || matches!(
            l.as_str(),
            "officials"
                | "sources"
                | "source"
                | "experts"
                | "police"
                | "witnesses"
                | "residents"
                | "analysts"
                | "authorities"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "ministry"
                | "government"
                | "organizers"
                | "organisers"
                | "reports"
                | "media"
                | "prosecutors"
                | "investigators"
                | "doctors"
                | "scientists"
                | "researchers"
                | "people"
                | "observers"
                | "diplomats"
                | "insiders"
                | "aides"
                | "colleagues"
                | "friends"
                | "family"
                | "side"
                | "statement"
        )
}

fn make(text: &str, s: usize, e: usize, cue: (usize, usize), sieve: &str) -> Option<Quote> {
    let span = Span::new(text, s, e).ok()?;
    let cue = Span::new(text, cue.0, cue.1).ok();
    Some(Quote {
        kind: QuoteKind::Indirect,
        span,
        speaker: None,
        cue,
        sieve: Some(sieve.to_string()),
        confidence: 0.0,
        utterance: None,
        role: None,
    })
}

/// A word that starts with a capital letter.
fn is_cap_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Reported speech: a speech verb with a "that" clause, "according to X", "As X said,",
/// and "this was stated by X" taking up the sentence before.
///
/// `all` is the word list of the whole text ([`words`]); each paragraph reads its slice.
pub fn detect_indirect(text: &str, read: &Read, verbs: &Verbs) -> Vec<Quote> {
    let layout = &read.layout;
    let mut out = Vec::new();
    let mut prev_sentence: Option<(usize, usize)> = None;
    let mut sp = 0; // index into layout.starts
    // one paragraph's words at a time (no word crosses a line)
    let mut buf: Vec<W> = Vec::new();
    let mut from = 0;
    for &(ps, pe) in &layout.paras {
        let ws = read.words_of(text, (ps, pe), &mut from, &mut buf);
        let mut sent_lo = 0;
        let mut i = 0;
        while i < ws.len() {
            // a new sentence starts at word i
            let mut new_sentence = false;
            while sp < layout.starts.len() && layout.starts[sp] <= ws[i].s {
                sp += 1;
                new_sentence = true;
            }
            if new_sentence && i > 0 {
                prev_sentence = Some((ws[sent_lo].s, ws[i - 1].e.max(ws[sent_lo].s)));
                sent_lo = i;
            }
            if passed_over(text, verbs, ws[i]) {
                i += 1;
                // (the words after it in this sentence that no rule reads either, in one
                // tight loop)
                let next = layout.starts.get(sp).copied().unwrap_or(usize::MAX);
                while i < ws.len() && ws[i].s < next && passed_over(text, verbs, ws[i]) {
                    i += 1;
                }
                continue;
            }
            let t = ws[i].t(text);
            // According to X, CONTENT / CONTENT, according to X.
            if (t == "According" || t == "according")
                && ws.get(i + 1).is_some_and(|w| w.t(text) == "to")
            {
                let cue = (ws[i].s, ws[i + 1].e);
                let mut k = i + 2;
                while k < ws.len() && k < i + 12 && !matches!(ws[k].t(text), "," | "." | ";" | ":")
                {
                    k += 1;
                }
                let leading = i == sent_lo || ws[i - 1].t(text) == "," && t == "According";
                // "According to the team's coach, Alireza Mehraban, CONTENT": the name in
                // apposition belongs to the source, not to the content
                let mut appos = false;
                if leading
                    && ws.get(k).is_some_and(|w| w.t(text) == ",")
                    && k > i + 2
                    && !is_cap_word(ws[k - 1].t(text))
                {
                    let mut n = k + 1;
                    while n < ws.len() && n < k + 6 && is_cap_word(ws[n].t(text)) {
                        n += 1;
                    }
                    if n > k + 2 && n < ws.len() && ws[n].t(text) == "," {
                        k = n;
                        appos = true;
                    }
                }
                // "According to the Saudi Interior Ministry over 345 pilgrims …": no comma
                // after a capitalised source; the content opens at the first lower-case
                // word after its name
                if leading && ws.get(k).is_none_or(|w| w.t(text) != ",") {
                    let mut n = i + 2;
                    if ws.get(n).is_some_and(|w| w.t(text) == "the") {
                        n += 1;
                    }
                    let name_start = n;
                    while n < ws.len() && n < name_start + 6 && is_cap_word(ws[n].t(text)) {
                        n += 1;
                    }
                    if n > name_start
                        && n < ws.len()
                        && ws[n].t(text).starts_with(|c: char| c.is_lowercase())
                        && !matches!(ws[n].t(text), "of" | "and" | "for" | "news" | "in")
                    {
                        let e = clause_end(text, ws, n, None, verbs);
                        if words_between(text, ws, n, e) >= 4 {
                            out.extend(make(text, ws[n].s, e, cue, "detect:according-to"));
                        }
                    }
                    i += 2;
                    continue;
                }
                if appos || person_like_head(text, ws, i + 2, k) {
                    if leading && ws.get(k).is_some_and(|w| w.t(text) == ",") && k + 1 < ws.len() {
                        let e = clause_end(text, ws, k + 1, None, verbs);
                        // "According to the Herald, Professor Burrows said …": the
                        // outlet relays a statement with its own speaker and verb, which
                        // is the reported speech (found by the verb's own rule)
                        let relayed = ws[k + 1..].iter().take(24).any(|w| {
                            w.s < e
                                && verbs.get(w.t(text)).is_some_and(|v| {
                                    matches!(v.form, Form::Past | Form::Third)
                                        && !OUTLET_VERBS.contains(&v.lemma.as_str())
                                        && !FRAME_ONLY.contains(&v.lemma.as_str())
                                })
                        });
                        if !relayed && words_between(text, ws, k + 1, e) >= 3 {
                            out.extend(make(text, ws[k + 1].s, e, cue, "detect:according-to"));
                        }
                    } else if !leading && i > sent_lo && ws[i - 1].t(text) == "," {
                        let s = ws[sent_lo].s;
                        let e = text[..ws[i - 1].s].trim_end().len();
                        if e > s && words_between(text, ws, sent_lo, ws[i - 1].s) >= 3 {
                            out.extend(make(text, s, e, cue, "detect:according-to"));
                        }
                    }
                }
                i += 2;
                continue;
            }
            // As X (has) said, CONTENT
            if t == "As"
                && (ws[sent_lo..i].iter().all(|w| !is_word(w.t(text)))
                    || matches!(ws[i - 1].t(text), "“" | "\"" | "‘" | ":" | "–" | "—" | "«"))
            {
                let mut k = i + 1;
                let mut found = None;
                while k < ws.len() && k < i + 9 {
                    let w = ws[k].t(text);
                    if matches!(w, "," | "." | ";" | ":") {
                        break;
                    }
                    if let Some(v) = verbs.get(w) {
                        if matches!(v.form, Form::Past | Form::Third)
                            && !OUTLET_VERBS.contains(&v.lemma.as_str())
                            && v.lemma != "go"
                            && k > i + 1
                        {
                            found = Some(k);
                        }
                        break;
                    }
                    k += 1;
                }
                if let Some(v) = found {
                    let subj_head = ws[i + 1..v]
                        .iter()
                        .rev()
                        .find(|w| !crate::np::is_adverbish(w.t(text)))
                        .map(|w| w.t(text).to_lowercase());
                    let saying = subj_head.is_some_and(|h| SAYING_HEADS.contains(&h.as_str()));
                    let mut c = v + 1;
                    while c < ws.len() && c < v + 4 && ws[c].t(text) != "," {
                        c += 1;
                    }
                    if !saying && ws.get(c).is_some_and(|w| w.t(text) == ",") && c + 1 < ws.len() {
                        let e = clause_end(text, ws, c + 1, None, verbs);
                        if words_between(text, ws, c + 1, e) >= 3 {
                            out.extend(make(
                                text,
                                ws[c + 1].s,
                                e,
                                (ws[v].s, ws[v].e),
                                "detect:as-x-said",
                            ));
                        }
                    }
                }
                i += 1;
                continue;
            }
            if let Some(v) = verbs.at(text, ws, i) {
                let lemma = v.lemma.as_str();
                let form = v.form;
                // this was stated by X: the sentence before is the reported content
                if form == Form::Past
                    && i >= 2
                    && matches!(ws[i - 1].t(text), "was" | "been")
                    && ws.get(i + 1).is_some_and(|w| w.t(text) == "by")
                {
                    let subj = ws[..i - 1]
                        .iter()
                        .rev()
                        .find(|w| !matches!(w.t(text), "has" | "have"))
                        .map(|w| w.t(text).to_lowercase());
                    if subj.is_some_and(|s| matches!(s.as_str(), "this" | "that" | "it"))
                        && let Some((s, e)) = prev_sentence
                    {
                        let e = text[s..e].trim_end_matches(['.', '!', ' ']).len() + s;
                        if words_between_text(text, s, e) >= 3 && !text[s..e].contains(['“', '"'])
                        {
                            out.extend(make(text, s, e, (ws[i].s, ws[i].e), "detect:stated-by"));
                        }
                    }
                    i += 1;
                    continue;
                }
                if FRAME_ONLY.contains(&lemma) {
                    i += 1;
                    continue;
                }
                // passive or infinitive: "It should be noted that", "wishes to emphasize that"
                let mut b = i;
                while b > sent_lo
                    && crate::np::is_adverbish(ws[b - 1].t(text))
                    && !matches!(ws[b - 1].t(text), "was" | "has" | "have" | "had")
                {
                    b -= 1;
                }
                let before = if b > sent_lo { ws[b - 1].t(text) } else { "" };
                let passive = matches!(
                    before,
                    "to" | "be" | "is" | "are" | "been" | "being" | "was" | "were"
                ) && !(before == "was" && form == Form::Ing);
                if passive {
                    i += 1;
                    continue;
                }
                // ", saying the report was motivated": a participle reporting a clause
                let participle = |b: usize| {
                    form == Form::Ing
                        && b > sent_lo
                        && ws[b - 1].t(text) == ","
                        && matches!(lemma, "say" | "add" | "warn" | "argue" | "insist" | "claim")
                };
                // "that" within the next few words
                let mut k = i + 1;
                let mut that = None;
                while k < ws.len() && k <= i + 4 {
                    let w = ws[k].t(text);
                    if w == "that" {
                        that = Some(k);
                        break;
                    }
                    if is_terminal(w) || is_open_mark(w) {
                        break;
                    }
                    k += 1;
                }
                if let Some(th) = that
                    && th + 1 < ws.len()
                {
                    let e = clause_end(text, ws, th + 1, Some(form), verbs);
                    if words_between(text, ws, th + 1, e) >= 3 {
                        out.extend(make(
                            text,
                            ws[th + 1].s,
                            e,
                            (ws[i].s, ws[i].e),
                            "detect:that-clause",
                        ));
                    }
                } else if that.is_none()
                    && matches!(form, Form::Past | Form::Third)
                    && let Some((s, e)) = trailing_cue_clause(text, ws, sent_lo, b, i, lemma)
                {
                    out.extend(make(text, s, e, (ws[i].s, ws[i].e), "detect:trailing-cue"));
                } else if that.is_none()
                    && b > sent_lo
                    && (matches!(form, Form::Past | Form::Third) || participle(b))
                    && let Some(c) = bare_clause(text, ws, b - 1, i, lemma, participle(b))
                {
                    let e = clause_end(text, ws, c, Some(form), verbs);
                    // a clause running into a quotation is a partial direct quote's frame
                    let into_quote = text[e..]
                        .trim_start_matches([' ', ',', '—', '–'])
                        .starts_with(['“', '"', '«', '„', '‘']);
                    let quoted = text[ws[c].s..e.max(ws[c].s)].contains(['“', '"', '«', '„']);
                    if !into_quote && !quoted && words_between(text, ws, c, e) >= 3 {
                        out.extend(make(
                            text,
                            ws[c].s,
                            e,
                            (ws[i].s, ws[i].e),
                            "detect:bare-clause",
                        ));
                    }
                }
            }
            i += 1;
        }
        if !ws.is_empty() {
            prev_sentence = Some((ws[sent_lo].s, ws[ws.len() - 1].e));
        }
    }
    out
}

/// A word [`detect_indirect`] reads no further: neither lower-case nor opening with
/// "A", or else no "according", no "As" and surely no speech verb.
#[inline(always)]
fn passed_over(text: &str, verbs: &Verbs, w: W) -> bool {
    let first = text.as_bytes()[w.s];
    if !(first.is_ascii_lowercase() || first == b'A') {
        return true;
    }
    let wb = &text.as_bytes()[w.s..w.e];
    !verbs.may_have(wb) && !matches!(wb, b"According" | b"according" | b"As")
}

/// Common irregular past forms, as evidence of a finite clause.
const IRREGULAR_PAST: &[&str] = &[
    "rose", "fell", "grew", "went", "came", "made", "took", "gave", "began", "won", "lost", "left",
    "saw", "knew", "thought", "found", "got", "became", "kept", "held", "brought", "met", "paid",
    "ran", "sent", "spent", "stood", "struck", "fought", "hit", "cut", "sold", "bought", "built",
    "felt", "led", "broke", "chose", "drove", "flew", "wrote", "spoke", "told", "said", "did",
    "had", "was", "were",
];

/// Speech verbs that report a clause without "that" ("He said the talks were useful").
/// Verbs that mostly take an object or a question ("asked", "urged", "described") are
/// left out: without "that", their clause is too often something else.
const BARE_CLAUSE_VERBS: &[&str] = &[
    "say",
    "tell",
    "add",
    "note",
    "warn",
    "argue",
    "claim",
    "insist",
    "acknowledge",
    "admit",
    "concede",
    "confirm",
    "announce",
    "predict",
    "stress",
    "write",
    "report",
    "assert",
    "allege",
    "complain",
    "suggest",
    "recall",
    "reveal",
    "disclose",
    "promise",
    "vow",
    "pledge",
    "assure",
    "maintain",
    "contend",
    "testify",
    "state",
    "declare",
    "explain",
    "agree",
    "emphasize",
    "emphasise",
    "reiterate",
    "caution",
];

/// Verbs whose first object is the hearer ("told reporters", "assured voters").
const HEARER_VERBS: &[&str] = &["tell", "assure", "warn", "promise", "remind", "inform"];

/// Hearers named by a plain noun after "told", "assured" ("told reporters").
const HEARERS: &[&str] = &[
    "me",
    "us",
    "you",
    "him",
    "her",
    "them",
    "reporters",
    "journalists",
    "lawmakers",
    "legislators",
    "senators",
    "officials",
    "investors",
    "supporters",
    "voters",
    "students",
    "viewers",
    "listeners",
    "readers",
    "delegates",
    "parliament",
    "congress",
    "colleagues",
    "residents",
    "workers",
    "staff",
    "employees",
    "members",
    "crowds",
    "mourners",
    "fans",
];

/// Words that open a finite clause's subject.
fn is_clause_subject_start(t: &str) -> bool {
    matches!(
        t,
        "he" | "she"
            | "it"
            | "they"
            | "we"
            | "I"
            | "you"
            | "there"
            | "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "these"
            | "those"
            | "some"
            | "many"
            | "most"
            | "all"
            | "both"
            | "no"
            | "none"
            | "neither"
            | "every"
            | "each"
            | "prices"
            | "people"
            | "officials"
            | "police"
    ) || (is_cap(t) && !matches!(t, "The" | "A" | "An" | "It" | "He" | "She" | "They" | "We"))
        || t.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// Finite verbs that show a clause: auxiliaries, modals and their negations.
fn is_finite_aux(t: &str) -> bool {
    matches!(
        t,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "can"
            | "may"
            | "might"
            | "must"
            | "did"
            | "does"
            | "do"
            | "isn't"
            | "aren't"
            | "wasn't"
            | "weren't"
            | "hasn't"
            | "haven't"
            | "hadn't"
            | "won't"
            | "wouldn't"
            | "couldn't"
            | "shouldn't"
            | "can't"
            | "cannot"
            | "didn't"
            | "doesn't"
            | "don't"
            | "isn’t"
            | "aren’t"
            | "wasn’t"
            | "weren’t"
            | "hasn’t"
            | "haven’t"
            | "hadn’t"
            | "won’t"
            | "wouldn’t"
            | "couldn’t"
            | "shouldn’t"
            | "can’t"
            | "didn’t"
            | "doesn’t"
            | "don’t"
    )
}

const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Words that end a time or place adjunct after the verb ("on Monday night").
fn is_time_word(t: &str) -> bool {
    WEEKDAYS.contains(&t)
        || matches!(
            t,
            "week" | "month" | "year" | "weekend" | "night" | "morning" | "afternoon" | "evening"
        )
}

/// Adjuncts between a speech verb and its clause ("said on Monday", "said in a
/// statement", "told reporters at a news conference"): the index after them.
fn skip_adjuncts(text: &str, ws: &[W], mut k: usize) -> usize {
    let t = |j: usize| ws.get(j).map(|w| w.t(text)).unwrap_or("");
    for _ in 0..4 {
        let w = t(k);
        let next = match w {
            "yesterday" | "today" | "earlier" | "later" | "recently" | "previously" | "again"
            | "repeatedly" | "publicly" | "privately" => k + 1,
            _ if WEEKDAYS.contains(&w) => {
                k + 1 + usize::from(is_time_word(t(k + 1)) && !WEEKDAYS.contains(&t(k + 1)))
            }
            "on" | "last" | "this" | "late" | "early" if is_time_word(t(k + 1)) => {
                k + 2 + usize::from(is_time_word(t(k + 2)) && !WEEKDAYS.contains(&t(k + 2)))
            }
            "on" if matches!(
                t(k + 1),
                "Twitter"
                    | "X"
                    | "Facebook"
                    | "Instagram"
                    | "Telegram"
                    | "television"
                    | "TV"
                    | "radio"
                    | "Sunday"
            ) =>
            {
                k + 2
            }
            "in" | "during" | "at"
                if matches!(
                    t(k + 1),
                    "a" | "an" | "the" | "his" | "her" | "their" | "its"
                ) =>
            {
                // "in a statement", "at a news conference", "in an interview with X"
                let mut j = k + 2;
                while j < k + 4 && !is_cap(t(j)) && is_word(t(j)) && !is_adjunct_noun(t(j)) {
                    j += 1;
                }
                if !is_adjunct_noun(t(j)) {
                    return k;
                }
                j + 1
            }
            // "in Tashkent", "at the White House": a place named in capitals
            "in" | "at" if is_cap(t(k + 1)) && is_word(t(k + 1)) => {
                let mut j = k + 2;
                while j < k + 4 && is_cap(t(j)) && is_word(t(j)) {
                    j += 1;
                }
                j
            }
            _ => return k,
        };
        k = next;
    }
    k
}

fn is_adjunct_noun(t: &str) -> bool {
    matches!(
        t,
        "statement"
            | "interview"
            | "speech"
            | "post"
            | "letter"
            | "briefing"
            | "message"
            | "video"
            | "tweet"
            | "release"
            | "conference"
            | "hearing"
            | "meeting"
            | "rally"
            | "address"
            | "filing"
            | "email"
            | "call"
    )
}

/// A reported clause without "that" after the speech verb at `v` whose subject ends at
/// `subj` ("He said the talks were useful", "The minister said on Monday the plan would
/// go ahead", "She told reporters prices would fall"): the index of the clause's first
/// word. The clause must open with a subject and reach a finite verb within six words,
/// so that objects ("said nothing", "announced new rules") are not taken for speech.
fn bare_clause(
    text: &str,
    ws: &[W],
    subj: usize,
    v: usize,
    lemma: &str,
    participle: bool,
) -> Option<usize> {
    if !BARE_CLAUSE_VERBS.contains(&lemma) {
        return None;
    }
    let t = |j: usize| ws.get(j).map(|w| w.t(text)).unwrap_or("");
    // the verb has a subject: a noun, name or pronoun, not a preposition or "to"
    let st = t(subj);
    // "Mayor Ruth Okoye, who has led the city since 2019, said …": a subject closed by
    // a relative clause or an age in commas
    // (or "The minister, speaking in Rome, said …": an apposition or participle opening
    // right after the sentence's first noun phrase)
    let closed_subject = st == ","
        && (ws[..subj].iter().rev().take(16).any(|w| {
            let x = w.t(text);
            matches!(x, "who" | "which") || x.as_bytes().first().is_some_and(u8::is_ascii_digit)
        }) || {
            // the opening comma of the apposition, and the few words before it
            let open = (subj.saturating_sub(14)..subj).rev().find(|&j| t(j) == ",");
            open.is_some_and(|o| {
                let inner = t(o + 1);
                let head_words = (0..o).rev().take_while(|&j| is_word(t(j))).count();
                (inner.ends_with("ing") || matches!(inner, "a" | "an" | "the"))
                    && !is_cap(inner)
                    && (1..=5).contains(&head_words)
            })
        });
    if closed_subject || participle {
        // the subject is fine (or, for ", saying …", the sentence's); go on with the clause
    } else if !is_word(st)
        || crate::np::is_determiner(st)
        || matches!(
            st,
            "to" | "be"
                | "been"
                | "being"
                | "of"
                | "in"
                | "on"
                | "for"
                | "with"
                | "by"
                | "at"
                | "from"
                | "as"
                | "than"
                | "and"
                | "or"
                | "not"
        )
    {
        return None;
    }
    let mut k = skip_adjuncts(text, ws, v + 1);
    if HEARER_VERBS.contains(&lemma) {
        let h = t(k);
        if HEARERS.contains(&h) {
            k += 1;
        } else if is_cap(h) && !WEEKDAYS.contains(&h) || (h == "the" && is_cap(t(k + 1))) {
            // "told Reuters", "told the BBC", "told The Associated Press"
            let mut j = k + 1;
            while j < k + 5 && is_cap(t(j)) && is_word(t(j)) {
                j += 1;
            }
            k = j;
        } else if lemma == "tell" && h == "the" && HEARERS.contains(&t(k + 1)) {
            k += 2;
        } else if lemma == "tell"
            && matches!(h, "the" | "a" | "an" | "his" | "her" | "their")
            && let Some(j) = (k + 2..k + 4).find(|&j| {
                matches!(t(j), "he" | "she" | "they" | "it" | "we" | "I")
                    && (k + 1..j).all(|m| is_word(t(m)) && !is_cap(t(m)))
            })
        {
            // "told the committee he had never met the donor"
            k = j;
        } else if lemma == "tell" {
            return None;
        }
        k = skip_adjuncts(text, ws, k);
    }
    let c = k;
    let first = t(c);
    if !is_clause_subject_start(first) {
        // a bare noun subject right before an auxiliary ("said inflation will ease",
        // "said rising prices were hurting")
        let plain = |w: &str| {
            is_word(w)
                && !is_cap(w)
                && !crate::np::is_adverbish(w)
                && !is_finite_aux(w)
                && !matches!(
                    w,
                    "to" | "so"
                        | "not"
                        | "what"
                        | "how"
                        | "why"
                        | "where"
                        | "when"
                        | "who"
                        | "which"
                        | "whether"
                        | "if"
                        | "as"
                        | "too"
                        | "only"
                        | "just"
                        | "goodbye"
                        | "hello"
                        | "yes"
                        | "thanks"
                        | "sorry"
                        | "more"
                        | "less"
                        | "much"
                        | "little"
                        | "enough"
                        | "of"
                        | "in"
                        | "on"
                        | "at"
                        | "for"
                        | "with"
                        | "by"
                        | "from"
                        | "about"
                        | "after"
                        | "before"
                        | "during"
                        | "and"
                        | "or"
                        | "but"
                )
        };
        let aux_at = if is_finite_aux(t(c + 1)) {
            c + 1
        } else if plain(t(c + 1)) && is_finite_aux(t(c + 2)) {
            c + 2
        } else {
            return None;
        };
        return (plain(first) && aux_at > c).then_some(c);
    }
    // a finite verb within six words, with no punctuation or relative pronoun before it
    let pronoun_subject = matches!(first, "he" | "she" | "it" | "they" | "we" | "I" | "you");
    let mut limit = (c + 7).min(ws.len());
    let mut j = c;
    while j + 1 < limit {
        j += 1;
        let w = t(j);
        // "the suspect, a 34-year-old man, was arrested": an apposition in commas
        if w == ","
            && j > c + 1
            && let Some(close) = (j + 2..(j + 9).min(ws.len())).find(|&m| t(m) == ",")
            && (j + 1..close).all(|m| is_word(t(m)) || t(m) == "-")
        {
            limit = (close + 4).min(ws.len());
            j = close;
            continue;
        }
        if is_finite_aux(w) {
            return (j > c).then_some(c);
        }
        let prev = t(j - 1);
        let after_subject = !crate::np::is_determiner(prev)
            && !matches!(prev, "’" | "'" | "of" | "in" | "on" | "for" | "to" | "and");
        if after_subject
            && w.len() > 3
            && !is_cap(w)
            && (w.ends_with("ed") || (pronoun_subject && j == c + 1 && w.ends_with('s')))
        {
            return Some(c);
        }
        if !(is_word(w) || matches!(w, "’" | "'" | "-"))
            || matches!(
                w,
                "who" | "which" | "that" | "whom" | "whose" | "to" | "if" | "whether"
            )
        {
            return None;
        }
    }
    None
}

/// Reported speech whose cue closes the sentence: "The talks were useful, the minister
/// said." / "…, said Ana Diaz, a union leader." / "…, he told reporters on Monday." The
/// speech verb at `v` (its subject or adverbs start at `b`) must be followed only by its
/// subject (inverted), a hearer and adjuncts before the sentence ends; the content runs
/// from the sentence start to the comma, opens like a clause (not "After …", "Asked …")
/// and holds no quotation mark. Returns the content's byte span.
fn trailing_cue_clause(
    text: &str,
    ws: &[W],
    sent_lo: usize,
    b: usize,
    v: usize,
    lemma: &str,
) -> Option<(usize, usize)> {
    // an outlet relaying a story ("…, News.Az reports.") is not a speaker's report
    if !BARE_CLAUSE_VERBS.contains(&lemma) || OUTLET_VERBS.contains(&lemma) || v <= sent_lo + 4 {
        return None;
    }
    let t = |j: usize| ws.get(j).map(|w| w.t(text)).unwrap_or("");
    // a participle ("…, written by Marc Headley.") describes, it does not report
    if t(v + 1) == "by" || matches!(t(v), "written" | "spoken") {
        return None;
    }
    let (comma, mut k) = if t(v - 1) == "," && !HEARER_VERBS.contains(&lemma) {
        // "…, said the minister": the subject follows the verb
        let mut k = v + 1;
        while k < v + 8 && is_word(t(k)) && !is_finite_aux(t(k)) {
            k += 1;
        }
        if k == v + 1 {
            return None;
        }
        // "…, said Ana Diaz, a union leader": an apposition may close the sentence
        if t(k) == "," {
            let mut j = k + 1;
            while j < k + 9 && is_word(t(j)) {
                j += 1;
            }
            k = j;
        }
        (v - 1, k)
    } else {
        // "…, the minister (also) said": a short subject between the comma and the verb;
        // a longer one when it is a title and a name ("…, Minister of Digital Development
        // and Transport Rashad Aliyev said")
        let mut c = b;
        while c > sent_lo && c + 5 > b && is_word(t(c - 1)) && !is_finite_aux(t(c - 1)) {
            c -= 1;
        }
        if c > sent_lo && t(c - 1) != "," {
            let mut d = b;
            while d > sent_lo
                && d + 11 > b
                && (is_cap(t(d - 1)) || matches!(t(d - 1), "of" | "and" | "for" | "the"))
                && is_word(t(d - 1))
            {
                d -= 1;
            }
            if d > sent_lo && t(d - 1) == "," && is_cap(t(d)) {
                c = d;
            }
        }
        if c == b || c <= sent_lo || t(c - 1) != "," {
            return None;
        }
        (c - 1, v + 1)
    };
    if HEARER_VERBS.contains(&lemma) {
        let h = t(k);
        if HEARERS.contains(&h) {
            k += 1;
        } else if is_cap(h) || (h == "the" && is_cap(t(k + 1))) {
            let mut j = k + 1;
            while j < k + 5 && is_cap(t(j)) && is_word(t(j)) {
                j += 1;
            }
            k = j;
        }
    }
    let mut k = skip_adjuncts(text, ws, k);
    // "…, the minister said on Monday, Report informs.": the outlet's credit closes the
    // sentence
    if t(k) == "," {
        let mut j = k + 1;
        while j < k + 4 && is_cap(t(j)) && is_word(t(j)) {
            j += 1;
        }
        if j > k + 1 && matches!(t(j), "informs" | "reports") && matches!(t(j + 1), "." | "") {
            k = j + 1;
        }
    }
    if !(k >= ws.len() || matches!(t(k), "." | "!")) {
        return None;
    }
    let first = t(sent_lo);
    if !(is_clause_subject_start(first) || is_cap(first))
        || matches!(
            first,
            "After"
                | "Before"
                | "When"
                | "While"
                | "Since"
                | "As"
                | "If"
                | "Although"
                | "Though"
                | "Because"
                | "Asked"
                | "Speaking"
                | "Referring"
                | "In"
                | "On"
                | "At"
                | "For"
                | "With"
                | "During"
                | "According"
                | "Unlike"
                | "Like"
        )
    {
        return None;
    }
    let (s, e) = (ws[sent_lo].s, ws[comma].s);
    let e = text[..e].trim_end().len();
    let content = &text[s..e.max(s)];
    if content.contains(['“', '”', '"', '«', '»', '„']) || content.contains(" '") {
        return None;
    }
    // the content is a clause: a finite verb after its first word
    let finite = (sent_lo + 1..comma).any(|j| {
        let w = t(j);
        is_finite_aux(w)
            || (IRREGULAR_PAST.contains(&w) && is_word(t(j - 1)))
            || (w.len() > 3
                && !is_cap(w)
                && (w.ends_with("ed") || w.ends_with('s'))
                && !crate::np::is_determiner(t(j - 1))
                && is_word(t(j - 1)))
    });
    (finite && words_between(text, ws, sent_lo, e) >= 4).then_some((s, e))
}

fn words_between(text: &str, ws: &[W], i: usize, end: usize) -> usize {
    ws[i.min(ws.len())..]
        .iter()
        .take_while(|w| w.e <= end)
        .filter(|w| is_word(w.t(text)))
        .count()
}

fn words_between_text(text: &str, s: usize, e: usize) -> usize {
    text[s..e].split_whitespace().filter(|w| is_word(w)).count()
}
