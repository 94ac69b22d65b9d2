//! Noun phrases around a speech verb: the subject before it, the name after it, the first
//! noun phrase of a sentence. Works on the word list of one sentence (see
//! [`crate::text::words`]); every walk is bounded by a small word count.

use crate::lexicon::Sets;
use crate::text::{W, is_cap, is_word};

/// Words skipped between a subject and its verb ("she also said", "has emphasized").
pub fn is_adverbish(w: &str) -> bool {
    let lower = crate::lexicon::Lower::new(w);
    let l = lower.as_str();
    (l.len() > 4 && l.ends_with("ly") && !is_cap(w))
        || matches!(
            l,
            "also"
                | "further"
                | "then"
                | "later"
                | "again"
                | "once"
                | "still"
                | "has"
                | "have"
                | "had"
                | "was"
                | "will"
                | "would"
                | "just"
                | "even"
                | "earlier"
                | "recently"
                | "previously"
                | "repeatedly"
                | "often"
                | "always"
                | "never"
                | "however"
                | "too"
                | "both"
                | "all"
                | "now"
                | "today"
                | "yesterday"
                | "tuesday"
                | "monday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
        )
}

/// Determiners and possessives that open a nominal.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "one", "another", "some", "each", "every",
];

/// True for a determiner or possessive, in any case.
pub fn is_determiner(w: &str) -> bool {
    let mut buf = [0u8; 24];
    crate::lexicon::lower_bytes(w, &mut buf)
        .is_some_and(|l| DETERMINERS.iter().any(|d| d.as_bytes() == l))
}

/// Words that join capitalised words inside one name ("Ministry of Foreign Affairs").
pub fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "on"
            | "the"
            | "a"
            | "an"
            | "for"
            | "and"
            | "to"
            | "de"
            | "del"
            | "da"
            | "van"
            | "von"
            | "al"
            | "bin"
            | "el"
            | "la"
            | "le"
            | "du"
            | "&"
    )
}

/// Prepositions that put a noun phrase inside a larger one.
fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "of" | "on" | "between" | "in" | "for" | "from" | "with" | "to" | "among" | "about"
    )
}

/// Capitalised words that open a clause before its subject ("Since President Hu
/// ordered"), never part of a name.
fn is_clause_opener(w: &str) -> bool {
    matches!(
        w,
        "Since"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "As"
            | "If"
            | "Although"
            | "Though"
            | "Because"
            | "Until"
            | "Unless"
            | "Once"
            | "Whereas"
            | "And"
            | "But"
            | "So"
            | "Yet"
            | "Then"
            | "Meanwhile"
            | "However"
            | "Unlike"
            | "Like"
    )
}

fn is_pronoun(w: &str) -> bool {
    matches!(
        crate::lexicon::Lower::new(w).as_str(),
        "she" | "he" | "they" | "i" | "we" | "it" | "you" | "her" | "him" | "them" | "me" | "us"
    )
}

fn is_relative(w: &str) -> bool {
    matches!(w, "which" | "who" | "that" | "whom")
}

fn is_punct(text: &str, w: W) -> bool {
    !is_word(w.t(text))
}

/// The noun phrase that ends at word `j` (inclusive), not reaching before `lo`.
pub fn np_ending_at(text: &str, ws: &[W], j: usize, lo: usize) -> Option<(usize, usize)> {
    if j < lo || j >= ws.len() || is_punct(text, ws[j]) {
        return None;
    }
    let head = ws[j].t(text);
    if is_pronoun(head) {
        return Some((j, j + 1));
    }
    let mut i = j;
    if is_cap(head) || head.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        // capitalised chain with connectors; digits allowed ("Resolution 2758")
        let mut k = j;
        let mut steps = 0;
        while k > lo && steps < 24 {
            steps += 1;
            let p = ws[k - 1].t(text);
            if is_cap(p) && !is_punct(text, ws[k - 1]) && !is_clause_opener(p) {
                k -= 1;
                i = k;
                continue;
            }
            // up to two connectors followed (leftwards) by a capitalised word
            if is_connector(p) {
                let mut m = k - 1;
                let mut n_conn = 1;
                while m > lo && n_conn < 3 && is_connector(ws[m - 1].t(text)) {
                    m -= 1;
                    n_conn += 1;
                }
                if m > lo && is_cap(ws[m - 1].t(text)) && !is_punct(text, ws[m - 1]) {
                    k = m - 1;
                    i = k;
                    continue;
                }
            }
            break;
        }
        // a determiner right before
        if i > lo && is_determiner(ws[i - 1].t(text)) {
            i -= 1;
        }
        // "the X" where X is a demonym side: keep; a preposition before the chain means a
        // phrase inside a longer name: extend to the clause start
        if i > lo && is_preposition(ws[i - 1].t(text)) {
            let mut k = i - 1;
            let mut steps = 0;
            while k > lo && steps < 20 && !is_punct(text, ws[k - 1]) {
                k -= 1;
                steps += 1;
            }
            if steps < 20 && k < i - 1 {
                let first = ws[k].t(text);
                if is_cap(first) || is_determiner(first) {
                    return Some((k, j + 1));
                }
            }
        }
        return Some((i, j + 1));
    }
    // lower-case head: walk back to a determiner over at most 5 words
    let mut k = j;
    let mut steps = 0;
    while k > lo && steps < 5 {
        let p = ws[k - 1].t(text);
        if is_punct(text, ws[k - 1]) || is_pronoun(p) || is_relative(p) {
            break;
        }
        k -= 1;
        steps += 1;
        if is_determiner(p) {
            // "PC World's analysis of its own traffic concluded", "the head of the
            // agency said": the phrase before "of" heads the subject
            if k >= lo + 2
                && ws[k - 1].t(text) == "of"
                && let Some((s, _)) = np_ending_at_simple(text, ws, k - 2, lo)
            {
                return Some((s, j + 1));
            }
            return Some((k, j + 1));
        }
    }
    // a bare plural or mass noun ("officials", "police")
    if head.len() > 2 && !is_adverbish(head) {
        return Some((j, j + 1));
    }
    None
}

/// A lower-case noun after its determiner or possessive ("the head", "PC World's recent
/// analysis"), ending at word `j`: the phrase before an "of".
fn np_ending_at_simple(text: &str, ws: &[W], j: usize, lo: usize) -> Option<(usize, usize)> {
    let head = ws[j].t(text);
    if is_punct(text, ws[j]) || is_cap(head) || is_pronoun(head) || is_determiner(head) {
        return None;
    }
    let mut k = j;
    while k > lo && j - k < 4 {
        let p = ws[k - 1].t(text);
        if is_determiner(p) {
            return Some((k - 1, j + 1));
        }
        // a possessive: "PC World's", "Ruiz’s"
        if matches!(p, "’s" | "'s" | "s") {
            let mut s = k - 1;
            if p == "s" && s > lo && matches!(ws[s - 1].t(text), "’" | "'") {
                s -= 1;
            }
            let mut b = s;
            while b > lo && s - b < 4 && is_cap(ws[b - 1].t(text)) && is_word(ws[b - 1].t(text)) {
                b -= 1;
            }
            return (b < s).then_some((b, j + 1));
        }
        if is_punct(text, ws[k - 1]) || is_cap(p) || is_pronoun(p) || is_relative(p) {
            return None;
        }
        k -= 1;
    }
    None
}

/// How a subject was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubjectHow {
    Adjacent,
    Antecedent,
    Apposition,
    SentenceSubject,
}

/// The subject of the verb at word `v`, searching back to `lo` (the sentence start).
pub fn subject_before(
    text: &str,
    ws: &[W],
    v: usize,
    lo: usize,
) -> Option<((usize, usize), SubjectHow)> {
    if v <= lo {
        return None;
    }
    let mut j = v;
    while j > lo && is_adverbish(ws[j - 1].t(text)) {
        j -= 1;
    }
    if j == lo {
        return None;
    }
    let mut j = j - 1;
    // "Rep. Ana Ruiz (D-Ohio) said", "Tom Eck (pictured) said": a parenthesis of at most
    // eight words between the subject and its verb
    if ws[j].t(text) == ")" && j > lo {
        let open = (j.saturating_sub(10).max(lo)..j)
            .rev()
            .find(|&k| ws[k].t(text) == "(");
        match open {
            Some(k) if k > lo && !is_punct(text, ws[k - 1]) => j = k - 1,
            _ => return None,
        }
    }
    let w = ws[j].t(text);
    let is_sep = |t: &str| matches!(t, "," | "–" | "—");
    if is_sep(w) {
        // "X, adopted in 1971, confirmed" / "The envoy, Lu Mei, said" / "X – the owner – said"
        let mut k = j;
        let mut steps = 0;
        while k > lo && !is_sep(ws[k - 1].t(text)) && steps < 12 {
            k -= 1;
            steps += 1;
        }
        if k > lo && is_sep(ws[k - 1].t(text)) && k < j {
            let first = ws[k].t(text);
            // "Sen. Lowell Bingham, R-Utah, said": a party-and-state tag is no subject;
            // the name before it is
            if is_party_tag(text, ws[k].s) {
                return np_ending_at(text, ws, k - 2, lo).map(|s| (s, SubjectHow::Adjacent));
            }
            // (an apposition that ends in a name: "Karl Hale, the mayor's top aide,
            // said" is Hale's, the aide being no name)
            if is_cap(first) && !is_determiner(first) && is_cap(ws[j - 1].t(text)) {
                return np_ending_at(text, ws, j - 1, k).map(|s| (s, SubjectHow::Apposition));
            }
            // ("Last March, Judge X rejected it, saying": a time before a clause)
            let mut end = k.checked_sub(2)?;
            for _ in 0..3 {
                let s = np_ending_at(text, ws, end, lo)
                    .filter(|s| !is_time_phrase(text, &ws[s.0..s.1]))?;
                // "Gail Rosenbaum, 66, of Swarthmore, a retired pharmacist, said": an age
                // or a hometown in commas of its own is no subject; the name before is
                let age = s.1 - s.0 == 1 && ws[s.0].t(text).bytes().all(|b| b.is_ascii_digit());
                let from = s.0 > lo && matches!(ws[s.0 - 1].t(text), "of" | "from");
                let open = if from { s.0 - 1 } else { s.0 };
                if (age || from) && open >= lo + 2 && ws[open - 1].t(text) == "," {
                    end = open - 2;
                    continue;
                }
                return Some((s, SubjectHow::Antecedent));
            }
            return None;
        }
        return None;
    }
    if is_relative(w) && j > lo {
        let mut k = j - 1;
        if ws[k].t(text) == "," && k > lo {
            k -= 1;
        }
        return np_ending_at(text, ws, k, lo).map(|s| (s, SubjectHow::Antecedent));
    }
    if matches!(
        w,
        "by" | "and" | "or" | "but" | "to" | "be" | "been" | "is" | "are" | "were"
    ) {
        return None;
    }
    // "A senior strategist who works on House races said": the noun phrase before a
    // relative clause of a few words, with no punctuation in between
    if let Some(r) = (j.saturating_sub(10).max(lo + 1)..j)
        .rev()
        .take_while(|&k| !is_punct(text, ws[k]))
        .find(|&k| matches!(ws[k].t(text), "who" | "whose"))
    {
        return np_ending_at(text, ws, r - 1, lo).map(|s| (s, SubjectHow::Antecedent));
    }
    np_ending_at(text, ws, j, lo).map(|s| (s, SubjectHow::Adjacent))
}

/// Whether a party-and-state tag starts at byte `at` ("R-Utah", "D-N.Y.", "I-VT").
pub fn is_party_tag(text: &str, at: usize) -> bool {
    party_tag_at(text, at).is_some()
}

/// The state of the party-and-state tag starting at byte `at` ("R-Utah"): its row in the
/// lexicon's state table.
pub fn party_tag_at(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    if !(b.get(at).is_some_and(|c| matches!(c, b'R' | b'D' | b'I')) && b.get(at + 1) == Some(&b'-'))
    {
        return None;
    }
    crate::lexicon::us_state_by_tag(text.get(at + 2..)?)
}

/// A weekday, a month, or a lower-case noun of time ("week", "morning").
pub fn is_time_word(w: &str) -> bool {
    crate::names::is_date_word(w)
        || matches!(
            w,
            "week" | "month" | "year" | "morning" | "afternoon" | "evening" | "night"
        )
}

/// True when every word of `ws` belongs to a time phrase ("Last March", "Around noon on
/// Sunday", "Late Thursday", "May 1902"): such a phrase opening a sentence is no subject.
pub fn is_time_phrase(text: &str, ws: &[W]) -> bool {
    !ws.is_empty()
        && ws.iter().all(|w| {
            let t = w.t(text);
            let lower = crate::lexicon::Lower::new(t);
            is_time_word(t)
                || is_time_word(lower.as_str())
                || t.bytes().all(|b| b.is_ascii_digit())
                || matches!(
                    lower.as_str(),
                    "last"
                        | "next"
                        | "this"
                        | "late"
                        | "early"
                        | "around"
                        | "on"
                        | "of"
                        | "in"
                        | "noon"
                        | "midnight"
                        | "weekend"
                        | "yesterday"
                        | "today"
                )
        })
}

/// The noun phrase starting at word `i` (forward), bounded by `hi` and 12 words.
pub fn np_starting_at(text: &str, ws: &[W], i: usize, hi: usize) -> Option<(usize, usize)> {
    if i >= hi || is_punct(text, ws[i]) {
        return None;
    }
    let first = ws[i].t(text);
    // ("Her neighbor, …": "her" before a lower-case noun is a possessive determiner)
    let possessive_her = matches!(first, "Her" | "her")
        && ws.get(i + 1).is_some_and(|w| {
            let t = w.t(text);
            i + 1 < hi
                && is_word(t)
                && !is_cap(t)
                && !is_determiner(t)
                && !is_preposition(t)
                && !is_adverbish(t)
        });
    if is_pronoun(first) && !possessive_her {
        return Some((i, i + 1));
    }
    let sets = Sets::get();
    let mut k = i;
    if is_determiner(first) {
        k += 1;
        // lower-case words up to a head, at most 4; stop at verbs we know are not nouns
        let mut n = 0;
        while k < hi && n < 6 {
            let w = ws[k].t(text);
            if is_punct(text, ws[k]) || is_adverbish(w) {
                break;
            }
            // "The singer took to Twitter": a preposition or a verb ends the phrase
            if n > 0 && !is_cap(w) && ends_nominal(w) {
                break;
            }
            if !is_cap(w)
                && n > 0
                && !matches!(w, "of")
                && ws.get(k.wrapping_sub(1)).is_some_and(|p| p.t(text) != "of")
            {
                // "the head of state": keep going after "of"; otherwise a lower-case word
                // after the first one may be a verb: stop if it ends like one
                if w.ends_with("ed") || w.ends_with("es") && !sets.is_title(w) {
                    break;
                }
            }
            k += 1;
            n += 1;
        }
        return if k > i + 1 { Some((i, k)) } else { None };
    }
    let role = |w: &str| sets.is_title(w) || crate::lexicon::is_agentive(w);
    if !is_cap(first)
        && (role(first)
            // "state Attorney General Ana Ruiz", "former Governor Ruiz": a modifier, then
            // a title
            || (i + 2 < ws.len().min(hi)
                && is_cap(ws[i + 1].t(text))
                && role(ws[i + 1].t(text))
                && !is_punct(text, ws[i]))
            || (i + 1 < hi && i + 2 < ws.len().min(hi) && {
                // "union president Dana Cole": a modifier, then the role
                let second = ws[i + 1].t(text);
                !is_cap(second) && role(second) && is_cap(ws[i + 2].t(text))
            })
            || (i + 3 < ws.len().min(hi) && {
                // "county emergency manager Jo Hollis": two modifiers, then the role
                let (second, third) = (ws[i + 1].t(text), ws[i + 2].t(text));
                is_word(second)
                    && !is_cap(second)
                    && !is_connector(second)
                    && !is_cap(third)
                    && role(third)
                    && is_cap(ws[i + 3].t(text))
                    && !is_punct(text, ws[i + 3])
            }))
    {
        // "shopkeeper Yusuf Demir", "police chief Aaron Mbeki"
        let mut m = i + 1;
        while m < hi && m < i + 3 && !is_cap(ws[m].t(text)) && !is_punct(text, ws[m]) {
            m += 1;
        }
        if m < hi && is_cap(ws[m].t(text)) && !is_punct(text, ws[m]) {
            let end = np_starting_at(text, ws, m, hi)
                .map(|x| x.1)
                .unwrap_or(m + 1);
            return Some((i, end));
        }
        return None;
    }
    if is_cap(first) {
        k += 1;
        while k < hi {
            let w = ws[k].t(text);
            if is_cap(w) && !is_punct(text, ws[k]) {
                k += 1;
            } else if is_connector(w)
                && k + 1 < hi
                && is_cap(ws[k + 1].t(text))
                && w != "and"
                // "Maria Diaz on Tuesday said": a time, not part of the name
                && !crate::names::is_date_word(ws[k + 1].t(text))
            {
                k += 2;
            } else {
                break;
            }
            if k - i > 12 {
                break;
            }
        }
        // "J.P. Morgan analyst Sarah Klein", "Local shop owner Ben Carter": a capitalised
        // modifier, a lower-case role (maybe after one more modifier) and the name that
        // holds it
        let r = if k + 2 < hi
            && !is_cap(ws[k].t(text))
            && is_word(ws[k].t(text))
            && !is_connector(ws[k].t(text))
            && !role(ws[k].t(text))
            && !ends_nominal(ws[k].t(text))
            // (a verb in -s or -d is no modifier; "press" is: "White House press
            // secretary Sean Spicer")
            && (!ws[k].t(text).ends_with(['s', 'd']) || ws[k].t(text).ends_with("ss"))
            && role(ws[k + 1].t(text))
        {
            k + 1
        } else {
            k
        };
        if r + 1 < hi
            && role(ws[r].t(text))
            && !is_cap(ws[r].t(text))
            && is_cap(ws[r + 1].t(text))
            && !is_punct(text, ws[r + 1])
        {
            let mut e = r + 1;
            while e < hi && e < r + 5 && is_cap(ws[e].t(text)) && !is_punct(text, ws[e]) {
                e += 1;
            }
            return Some((i, e));
        }
        return Some((i, k));
    }
    None
}

/// Lower-case words that cannot go on a noun phrase after its determiner and head:
/// prepositions (but "of", "to" and "for", which titles take: "the envoy to Chile"),
/// auxiliaries and common irregular verbs in the past.
fn ends_nominal(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "with"
            | "from"
            | "by"
            | "into"
            | "about"
            | "after"
            | "before"
            | "during"
            | "is"
            | "was"
            | "are"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "must"
            | "should"
            | "did"
            | "does"
            | "took"
            | "made"
            | "gave"
            | "went"
            | "came"
            | "got"
            | "told"
            | "said"
            | "wrote"
            | "spoke"
            | "sent"
            | "put"
            | "kept"
            | "held"
            | "met"
            | "ran"
            | "saw"
            | "found"
            | "felt"
            | "left"
            | "lost"
            | "won"
            | "began"
            | "brought"
            | "thought"
            | "became"
            | "stood"
            | "who"
            | "which"
            | "that"
    )
}

/// The subject of a sentence: its first noun phrase, after a leading adverbial that ends
/// with a comma ("At the briefing, Ambassador Lu ...").
pub fn sentence_subject(text: &str, ws: &[W], lo: usize, hi: usize) -> Option<(usize, usize)> {
    let lo = past_dateline(text, ws, lo, hi);
    // "Ending a long silence, the founder said": a participle opens the sentence
    let participle = ws
        .get(lo)
        .is_some_and(|w| matches!(w.t(text), "Having" | "Being"))
        || ws.get(lo).is_some_and(|w| {
            let t = w.t(text);
            t.len() > 5 && t.ends_with("ing") && is_cap(t)
        }) && ws.get(lo + 1).is_some_and(|w| {
            matches!(
                w.t(text),
                "a" | "an"
                    | "the"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "to"
                    | "this"
                    | "that"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    | "about"
                    | "from"
                    | "with"
            )
        });
    // "Reached by phone Wednesday, Whitacre would not confirm": a past participle and a
    // preposition open the sentence
    let participle = participle
        || (ws.get(lo).is_some_and(|w| {
            let t = w.t(text);
            t.len() > 4 && t.ends_with("ed") && is_cap(t)
        }) && ws.get(lo + 1).is_some_and(|w| {
            matches!(
                w.t(text),
                "by" | "on" | "about" | "at" | "in" | "for" | "after" | "with" | "whether"
            )
        }));
    if !participle && let Some(s) = np_starting_at(text, ws, lo, hi) {
        let first = ws[lo].t(text);
        // "Right before the shooting,", "Shortly after noon,": a word and a preposition
        // of time open an adverbial
        let timed = ws.get(lo + 1).is_some_and(|w| {
            matches!(w.t(text), "before" | "after" | "during" | "since" | "until")
        });
        // a capitalised preposition opens an adverbial, not a subject
        if !timed
            && !matches!(
                first,
                "At" | "In"
                    | "On"
                    | "During"
                    | "After"
                    | "Before"
                    | "With"
                    | "For"
                    | "As"
                    | "According"
                    | "Meanwhile"
                    | "However"
                    | "Referring"
                    | "Speaking"
                    | "Asked"
                    | "When"
                    | "While"
                    | "Earlier"
                    | "Later"
                    | "Also"
                    | "But"
                    | "And"
                    | "Then"
                    | "Since"
                    | "Under"
                    | "From"
                    | "Thanks"
                    | "Despite"
                    | "Recently"
                    | "Currently"
                    | "Around"
                    | "Until"
                    | "Throughout"
                    | "Late"
                    | "Early"
                    | "Afterward"
                    | "Afterwards"
                    | "Separately"
                    | "Still"
                    | "Instead"
                    | "Now"
                    | "Again"
                    | "Indeed"
                    | "Nonetheless"
                    | "Nevertheless"
                    | "Finally"
                    | "Ultimately"
                    | "Moreover"
                    | "Privately"
                    | "Publicly"
                    | "Initially"
                    | "Previously"
            )
            // "Monday, …", "Last March, …": a date is no subject either
            && !is_time_phrase(text, &ws[s.0..s.1])
        {
            return Some(s);
        }
    }
    // after the first comma
    let mut k = lo;
    while k < hi && k < lo + 25 {
        if ws[k].t(text) == "," {
            return np_starting_at(text, ws, k + 1, hi);
        }
        k += 1;
    }
    None
}

/// The first word after a news dateline opening the sentence at `lo` ("WASHINGTON —",
/// "NEW YORK (Reuters) -", "KABUL, Afghanistan, June 5 --"), or `lo` when there is none:
/// a place in capitals, then at most a few words, commas and brackets, then a dash.
pub fn past_dateline(text: &str, ws: &[W], lo: usize, hi: usize) -> usize {
    let caps = |t: &str| t.len() > 1 && t.bytes().all(|b| b.is_ascii_uppercase() || b == b'.');
    // "(CNN) Republican nominee …", "(CNN) — …": an outlet in brackets
    if ws.get(lo).is_some_and(|w| w.t(text) == "(")
        && ws.get(lo + 1).is_some_and(|w| caps(w.t(text)))
        && ws.get(lo + 2).is_some_and(|w| w.t(text) == ")")
    {
        let k = lo + 3;
        let k = if ws
            .get(k)
            .is_some_and(|w| matches!(w.t(text), "—" | "–" | "-" | "--"))
        {
            k + 1
        } else {
            k
        };
        return if k < hi { k } else { lo };
    }
    if !ws.get(lo).is_some_and(|w| caps(w.t(text))) {
        return lo;
    }
    let end = hi.min(lo + 10).max(lo + 1);
    for (k, w) in ws.iter().enumerate().take(end).skip(lo + 1) {
        match w.t(text) {
            "—" | "–" | "-" | "--" | "―" => return if k + 1 < hi { k + 1 } else { lo },
            "," | "(" | ")" | "." => {}
            t if t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) => {}
            _ => return lo,
        }
    }
    lo
}
