//! Interview turns marked by the layout: paragraphs opening with a dash ("– ", "—Why"),
//! with "Q:"/"A:" (or "Q."/"A.", "Question:"/"Answer:"), with a speaker's name and a colon
//! ("SMITH:", "Smith:"), or with "Q:" questions answered under the interviewee's name or
//! by bare paragraphs.
//! A turn runs from after its marker through the following prose paragraphs, up to the
//! next marker or a headline-like paragraph (one with no final punctuation).
//!
//! Without markers, an interview announced as one in its first paragraphs ("X interviewed
//! Y", "An interview with …", an "Interview" heading, a headline "X tells the Herald about
//! …") and printed as question paragraphs
//! (ending with "?", or a short request: "Tell us about …") each followed by answer prose
//! is read by that alternation: each question paragraph is a question, the prose up to the
//! next question or caption an answer (the Q&A layout of Wikinews and many magazines);
//! when several people answer ("interviews flood engineers on …") each answer paragraph
//! is a turn of its own. A
//! transcript whose turns break off with dashes gives every paragraph a turn of its own.
//!
//! A layout needs its markers to be turns: two "Q." questions (one "Q:" will do), a
//! dashed interview opening with a question and dashes opening one paragraph in four
//! (a few dashes among dozens of paragraphs resume interrupted sentences).

use strata_core::{Quote, QuoteKind, Span};

use crate::detect::Layout;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marker {
    Dash,
    Question,
    Answer,
    Name,
}

struct Head {
    para: usize,
    marker: Marker,
    /// Byte offset where the turn's text starts (after the marker).
    body: usize,
    /// For `Name`: the name's span.
    name: Option<(usize, usize)>,
    /// A marker that also opens other paragraphs: "Q."/"A." (an initial, a list item).
    weak: bool,
}

fn marker_of(text: &str, ps: usize, pe: usize) -> Option<Head> {
    let p = &text[ps..pe];
    for d in ["– ", "— ", "- ", "-- "] {
        if let Some(rest) = p.strip_prefix(d) {
            let body = ps + d.len() + (rest.len() - rest.trim_start().len());
            return (body < pe).then_some(Head {
                para: 0,
                marker: Marker::Dash,
                body,
                name: None,
                weak: false,
            });
        }
    }
    // an em or en dash glued to the turn ("—Why trains?")
    for d in ['—', '–'] {
        if let Some(rest) = p.strip_prefix(d)
            && rest
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || matches!(c, '“' | '"' | '‘'))
        {
            return Some(Head {
                para: 0,
                marker: Marker::Dash,
                body: ps + d.len_utf8(),
                name: None,
                weak: false,
            });
        }
    }
    for (pre, m) in [
        ("Q:", Marker::Question),
        ("A:", Marker::Answer),
        ("Q.", Marker::Question),
        ("A.", Marker::Answer),
        ("Question:", Marker::Question),
        ("Answer:", Marker::Answer),
    ] {
        if let Some(rest) = p.strip_prefix(pre)
            && rest.starts_with(' ')
        {
            let body = pe - rest.trim_start().len();
            return (body < pe).then_some(Head {
                para: 0,
                marker: m,
                body,
                name: None,
                weak: pre.ends_with('.'),
            });
        }
    }
    // NAME: up to four capitalised words, then ": "
    let head = &p[..crate::text::floor_boundary(p, 90)];
    // (the first ": ", by a vectorised search for the colon)
    let hb = head.as_bytes();
    let colon = memchr::memchr_iter(b':', hb).find(|&k| hb.get(k + 1) == Some(&b' '))?;
    if colon == 0 || colon > 88 {
        return None;
    }
    let mut name = &p[..colon];
    // a broadcast transcript's label, all in capitals: the name, then a comma or a
    // party in parentheses and what the speaker is ("MARCIA DUNMORE, HOST:", "SEN.
    // RAYMOND KILGORE (R), OKLAHOMA:")
    if let Some(cut) = name.find([',', '('])
        && cut > 0
        && !name.chars().any(char::is_lowercase)
        && name[cut..]
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | ',' | '(' | ')' | '.' | '-'))
    {
        name = name[..cut].trim_end();
    } else if colon > 40 {
        return None;
    }
    let ok = name.split_whitespace().count() <= 4
        && name.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) || NAME_PARTICLES.contains(&w)
        })
        && name
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '-' || c == '\'');
    if !ok {
        return None;
    }
    let rest = &p[colon + 2..];
    let body = pe - rest.trim_start().len();
    (body < pe).then_some(Head {
        para: 0,
        marker: Marker::Name,
        body,
        name: Some((ps, ps + name.len())),
        weak: false,
    })
}

/// True for a paragraph that ends like prose.
pub fn is_prose(p: &str) -> bool {
    let t = p.trim_end_matches(['”', '"', '’', '\'', ')', '»']);
    t.ends_with(['.', '!', '?', '…', ':', ';']) || t.ends_with("...")
}

/// Turns of the document, if its layout is an interview.
pub fn detect_turns(text: &str, layout: &Layout) -> Vec<Quote> {
    let paras = &layout.paras;
    let mut heads: Vec<Head> = Vec::new();
    for (i, &(ps, pe)) in paras.iter().enumerate() {
        if let Some(mut h) = marker_of(text, ps, pe) {
            // "Photo: Reuters", "Source: the ministry": a label naming no speaker
            if h.name.is_some_and(|(s, e)| {
                text[s..e].split_whitespace().any(|w| {
                    let w = w.trim_end_matches(['.', '\'']).to_uppercase();
                    NOT_SPEAKERS.contains(&w.as_str())
                })
            }) {
                continue;
            }
            h.para = i;
            heads.push(h);
        }
    }
    // which layout: the most frequent marker family, with at least two turns and a question
    let count = |f: &dyn Fn(Marker) -> bool| heads.iter().filter(|h| f(h.marker)).count();
    let n_dash = count(&|m| m == Marker::Dash);
    let n_q = count(&|m| m == Marker::Question);
    // "Q." needs two questions; one "Q:" will do
    let q_enough = n_q >= 2
        || heads
            .iter()
            .any(|h| h.marker == Marker::Question && !h.weak);
    let n_a = count(&|m| m == Marker::Answer);
    let mut n_name = count(&|m| m == Marker::Name);
    // "Q:" questions answered under the interviewee's name ("BERG: ..."): one layout
    let mixed = n_q >= 2 && n_a == 0 && n_name >= 1;
    let n_qa = if mixed { n_q + n_name } else { n_q + n_a };
    if mixed {
        n_name = 0;
    }
    let asks = |h: &Head| {
        let pe = paras[h.para].1;
        text[h.body..pe].trim_end().ends_with(['?', '…']) || text[h.body..pe].contains("? ")
    };
    let family: &dyn Fn(Marker) -> bool =
        if n_qa >= 2 && q_enough && n_qa >= n_dash && n_qa >= n_name {
            if mixed {
                &|m| matches!(m, Marker::Question | Marker::Name)
            } else {
                &|m| matches!(m, Marker::Question | Marker::Answer)
            }
        } else if n_dash >= 2 && n_dash >= n_name && dashes_mark_turns(text, paras, &heads) {
            &|m| m == Marker::Dash
        } else if n_name >= 2 {
            &|m| m == Marker::Name
        } else {
            let alt = alternation_turns(text, layout);
            return if alt.is_empty() {
                broadcast_turns(text, paras, &heads)
            } else {
                alt
            };
        };
    let heads: Vec<Head> = heads.into_iter().filter(|h| family(h.marker)).collect();
    // an interview printed with dashes opens with a question; a list of dashed items
    // that happens to hold a question does not
    let dash_list = heads[0].marker == Marker::Dash && !asks(&heads[0]);
    if dash_list || !heads.iter().any(asks) {
        let alt = alternation_turns(text, layout);
        return if alt.is_empty() {
            broadcast_turns(text, paras, &heads)
        } else {
            alt
        };
    }
    // NAME layout: at least two names, the interviewer asks the most questions
    let mut interviewer: Option<String> = None;
    if heads[0].marker == Marker::Name && !mixed {
        let mut names: Vec<(String, usize, usize)> = Vec::new(); // name, turns, questions
        for h in &heads {
            let (s, e) = h.name.unwrap_or((0, 0));
            let n = text[s..e].to_string();
            let q = asks(h) as usize;
            match names.iter_mut().find(|x| x.0 == n) {
                Some(x) => {
                    x.1 += 1;
                    x.2 += q;
                }
                None => names.push((n, 1, q)),
            }
        }
        if names.len() < 2 {
            return Vec::new();
        }
        interviewer = names
            .iter()
            .max_by_key(|x| (x.2, std::cmp::Reverse(x.1)))
            .map(|x| x.0.clone());
    }
    let unmarked_answers = heads[0].marker == Marker::Question
        && !mixed
        && heads.iter().all(|h| h.marker == Marker::Question);
    let mut out = Vec::new();
    let mut expect_question = true;
    for (k, h) in heads.iter().enumerate() {
        // headline between the previous turn and this one: a new pair starts
        let prev_para = if k > 0 { heads[k - 1].para } else { 0 };
        let headline_between =
            k > 0 && (prev_para + 1..h.para).any(|i| !is_prose(&text[paras[i].0..paras[i].1]));
        if headline_between {
            expect_question = true;
        }
        let role = match h.marker {
            Marker::Question => "question",
            Marker::Answer => "answer",
            Marker::Dash => {
                if expect_question {
                    "question"
                } else {
                    "answer"
                }
            }
            Marker::Name if mixed => "answer",
            Marker::Name => {
                let (s, e) = h.name.unwrap_or((0, 0));
                if interviewer.as_deref() == Some(&text[s..e]) {
                    "question"
                } else {
                    "answer"
                }
            }
        };
        expect_question = role == "answer";
        // extent: this paragraph plus following prose paragraphs up to the next head
        let stop = heads.get(k + 1).map(|n| n.para).unwrap_or(paras.len());
        let mut last = h.para;
        for i in h.para + 1..stop {
            if is_prose(&text[paras[i].0..paras[i].1]) && role == "answer" {
                last = i;
            } else {
                break;
            }
        }
        let Ok(span) = Span::new(text, h.body, paras[last].1) else {
            continue;
        };
        let cue = h.name.and_then(|(s, e)| Span::new(text, s, e).ok());
        out.push(Quote {
            kind: QuoteKind::Turn,
            span,
            speaker: None,
            cue,
            sieve: Some(format!(
                "detect:turn-{}",
                match h.marker {
                    Marker::Dash => "dash",
                    Marker::Question | Marker::Answer => "qa",
                    Marker::Name => "name",
                }
            )),
            confidence: 0.0,
            utterance: None,
            role: Some(role.to_string()),
        });
        // "Q:" questions with answers printed bare: the prose after a question answers it
        if unmarked_answers && role == "question" {
            let answer_end = (h.para + 1..stop)
                .take_while(|&i| is_prose(&text[paras[i].0..paras[i].1]))
                .last();
            if let Some(a) = answer_end
                && let Ok(span) = Span::new(text, paras[h.para + 1].0, paras[a].1)
            {
                out.push(Quote {
                    kind: QuoteKind::Turn,
                    span,
                    speaker: None,
                    cue: None,
                    sieve: Some("detect:turn-qa".to_string()),
                    confidence: 0.0,
                    utterance: None,
                    role: Some("answer".to_string()),
                });
            }
        }
    }
    out
}

/// Whether the dash-led paragraphs are the turn markers of the layout: they open at least
/// one in four of the paragraphs from the first of them to the last. A transcript that
/// prints a sentence broken off and resumed ("My husband met beautiful girls --" /
/// "-- beautiful girls --") opens a few paragraphs with a dash among dozens without one:
/// those dashes mark the interruption, not the turns.
fn dashes_mark_turns(text: &str, paras: &[(usize, usize)], heads: &[Head]) -> bool {
    let mut dashed = heads
        .iter()
        .filter(|h| h.marker == Marker::Dash)
        .map(|h| h.para);
    let Some(first) = dashed.next() else {
        return false;
    };
    let (n, last) = dashed.fold((1, first), |(n, _), p| (n + 1, p));
    let body = (first..=last)
        .filter(|&i| {
            let p = &text[paras[i].0..paras[i].1];
            is_prose(p) || breaks_off(p)
        })
        .count();
    n * 4 >= body
}

/// A paragraph opening with a word of reply ("No, it's not", "Oh really.", "Right.").
fn replies(p: &str) -> bool {
    let first = p
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    matches!(
        first,
        "Yes"
            | "Yeah"
            | "Yep"
            | "No"
            | "Nope"
            | "Well"
            | "Okay"
            | "OK"
            | "Oh"
            | "Right"
            | "Sure"
            | "Absolutely"
            | "Exactly"
            | "Uh"
            | "Um"
            | "Hmm"
    )
}

/// A paragraph broken off by a dash ("Depending on the election year --"): an
/// interrupted turn in a transcript.
fn breaks_off(p: &str) -> bool {
    let t = p.trim_end();
    t.ends_with("--") || t.ends_with('—') || t.ends_with('–')
}

/// A paragraph resumed after an interruption ("-- and he never did").
fn resumes(p: &str) -> bool {
    p.starts_with("--") || p.starts_with('—') || p.starts_with('–')
}

/// Lower-case words inside a name label ("Jan van Dijk:", "Ana de Sousa:").
const NAME_PARTICLES: &[&str] = &[
    "of", "van", "von", "de", "da", "das", "do", "dos", "del", "della", "der", "den", "du", "la",
    "le", "bin", "ibn", "al", "el",
];

/// Labels in capitals that head a paragraph without naming a speaker.
const NOT_SPEAKERS: &[&str] = &[
    "ADVERTISEMENT",
    "ALERT",
    "ALSO",
    "ANALYSIS",
    "BACKGROUND",
    "BREAKING",
    "CAPTION",
    "CHECK",
    "CLARIFICATION",
    "CORRECTION",
    "CREDIT",
    "EDITOR",
    "EDITORS",
    "EXCLUSIVE",
    "FACT",
    "FILE",
    "GRAPHIC",
    "IMAGE",
    "MAP",
    "LISTEN",
    "LIVE",
    "MORE",
    "NEWS",
    "NOTE",
    "OPINION",
    "PHOTO",
    "PHOTOS",
    "READ",
    "RELATED",
    "SEE",
    "SOURCE",
    "SOURCES",
    "SPOILER",
    "SUBSCRIBE",
    "TRANSCRIPT",
    "UPDATE",
    "UPDATED",
    "VIDEO",
    "WARNING",
    "WATCH",
];

/// Words that open spoken lines rather than headlines or datelines.
const SPOKEN_OPENERS: &[&str] = &[
    "Yes",
    "Yeah",
    "No",
    "Well",
    "So",
    "Okay",
    "OK",
    "Oh",
    "Look",
    "Right",
    "Thank",
    "Thanks",
    "I",
    "I'm",
    "I’m",
    "I've",
    "I’ve",
    "We",
    "We're",
    "We’re",
    "You",
    "Sure",
    "Absolutely",
    "Now",
    "And",
    "But",
    "Uh",
    "Um",
    "Hi",
    "Hello",
    "Listen",
    "Good",
    "Exactly",
    "Hey",
];

/// Lines of a broadcast transcript ("MORGAN: Yes, we've been ..."): a speaker's label in
/// capitals and a colon opening a paragraph is a turn of that speaker even where the text
/// holds a single line of the transcript or no question. Each turn is its paragraph. With
/// one such line only, it must open like speech ("Well, ...", "Yes", "I ..."): a dateline
/// or a headline ("WASHINGTON: The Senate voted", "CNN: Trump is losing") is no turn.
fn broadcast_turns(text: &str, paras: &[(usize, usize)], heads: &[Head]) -> Vec<Quote> {
    let mut out = Vec::new();
    let labelled = heads
        .iter()
        .filter(|h| {
            h.name
                .is_some_and(|(s, e)| !text[s..e].chars().any(char::is_lowercase))
        })
        .take(2)
        .count();
    for h in heads {
        let Some((s, e)) = h.name else {
            continue;
        };
        let label = &text[s..e];
        let letters = label.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 3
            || label.chars().any(char::is_lowercase)
            || label
                .split_whitespace()
                .any(|w| NOT_SPEAKERS.contains(&w.trim_end_matches(['.', '\''])))
        {
            continue;
        }
        let pe = paras[h.para].1;
        let first = text[h.body..pe]
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '!' | '?' | '-'))
            .next()
            .unwrap_or("");
        if labelled < 2 && !SPOKEN_OPENERS.contains(&first) && !speaks_in_person(&text[h.body..pe])
        {
            continue;
        }
        let (Ok(span), Ok(cue)) = (Span::new(text, h.body, pe), Span::new(text, s, e)) else {
            continue;
        };
        out.push(Quote {
            kind: QuoteKind::Turn,
            span,
            speaker: None,
            cue: Some(cue),
            sieve: Some("detect:turn-transcript".to_string()),
            confidence: 0.0,
            utterance: None,
            role: None,
        });
    }
    out
}

/// Whether a line speaks in the first or second person ("We've had this debate", "as I
/// told you"): spoken lines do, while datelines and headlines report in the third person.
fn speaks_in_person(line: &str) -> bool {
    line.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .take(40)
        .any(|w| {
            let w = w.split(['\'', '’']).next().unwrap_or("");
            matches!(
                w,
                "I" | "me"
                    | "my"
                    | "we"
                    | "We"
                    | "us"
                    | "our"
                    | "Our"
                    | "you"
                    | "You"
                    | "your"
                    | "Your"
            )
        })
}

/// A paragraph that asks: prose whose last character (before closing marks) is "?". A
/// question mark inside quotation marks that close a paragraph of several sentences
/// belongs to the words quoted: an answer may end by quoting someone's question ("As my
/// teacher used to say, “Why guess when you can measure?”").
fn asks_para(p: &str) -> bool {
    let t = p.trim_end();
    let core = t.trim_end_matches(['”', '"', '’', '\'', ')', ']', '»']);
    let Some(before) = core.strip_suffix('?') else {
        return false;
    };
    let quoted = t[core.len()..].contains(['”', '"', '’', '\'', '»']);
    if !quoted || t.starts_with(['“', '"', '‘', '\'', '«']) {
        return true;
    }
    !(before.contains(". ") || before.contains("? ") || before.contains("! "))
}

/// Openings of an interviewer's request, which asks without a question mark.
const REQUESTS: &[&str] = &[
    "Tell us ",
    "Tell me ",
    "Describe ",
    "Explain ",
    "Walk us through ",
    "Walk me through ",
    "Talk us through ",
    "Take us through ",
    "Let's talk about ",
    "Let’s talk about ",
    "Give us ",
];

/// A short paragraph that asks for an answer in the imperative ("Tell us about the
/// title."): at most 40 words, opening with a request.
fn requests(p: &str) -> bool {
    if REQUESTS.iter().any(|r| p.starts_with(r)) && p.split_whitespace().nth(40).is_none() {
        return true;
    }
    // or a question, then a request closing the paragraph ("…, and is the glow their
    // own? Talk us through the difficulties.")
    let t = p.trim_end();
    let body = t.char_indices().last().map_or("", |(k, _)| &t[..k]);
    let last_s = body
        .rfind(['.', '?', '!'])
        .map_or(0, |k| k + 1)
        .min(body.len());
    let last = t[last_s..].trim_start();
    body[..last_s].contains('?')
        && REQUESTS.iter().any(|r| last.starts_with(r))
        && p.split_whitespace().nth(80).is_none()
}

/// A question printed without its question mark ("How did you come to be involved with
/// this"): one line of at most 25 words, a question word or an auxiliary first and "you"
/// among the next three words.
fn bare_question(p: &str) -> bool {
    let t = p.trim();
    if t.is_empty() || is_prose(t) || t.split_whitespace().nth(25).is_some() {
        return false;
    }
    let mut ws = t.split_whitespace();
    let first = ws.next().unwrap_or("");
    matches!(
        first,
        "How"
            | "What"
            | "Why"
            | "When"
            | "Where"
            | "Which"
            | "Who"
            | "Do"
            | "Did"
            | "Have"
            | "Are"
            | "Can"
            | "Could"
            | "Would"
            | "Will"
    ) && ws.take(3).any(|w| matches!(w, "you" | "your"))
}

/// A picture caption printed as a paragraph of its own right after a heading ("Clothing
/// supply closet."): one short sentence of two to twelve words that neither asks nor
/// speaks in the first or second person nor opens like speech. Read only in transcripts,
/// where every other paragraph is a turn.
fn caption_like(p: &str) -> bool {
    let n = p.split_whitespace().count();
    let first = p
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '!' | '?'))
        .next()
        .unwrap_or("");
    (2..=12).contains(&n)
        && p.ends_with('.')
        && !p[..p.len() - 1].contains(['.', '?', '!', '"', '“', '-', '—', '–'])
        && !SPOKEN_OPENERS.contains(&first)
        && !speaks_in_person(p)
}

/// A picture caption closed by its credit: the last sentence opens with "Image:",
/// "Photo:" (or "Picture:", "Photograph:", "Credit:") and holds at most six words.
fn credited_caption(p: &str) -> bool {
    let t = p.trim_end();
    let body = t.strip_suffix('.').unwrap_or(t);
    let last = body.rfind(". ").map_or(body, |k| &body[k + 2..]);
    ["Image:", "Photo:", "Picture:", "Photograph:", "Credit:"]
        .iter()
        .any(|c| last.starts_with(c))
        && last.split_whitespace().nth(6).is_none()
}

/// True when the words after "interview(s/ed)" name a group in lower case: at most three
/// words, the last a plural noun, then a preposition or the end ("interviewed three
/// climate experts on …", "interviews residents about …").
fn plural_interviewees(after: &str) -> bool {
    let mut ws = after.split_whitespace();
    let Some(verb) = ws.next() else {
        return false;
    };
    // (`after` may open inside the word: "nterviews")
    if !(verb.ends_with("nterviews") || verb.ends_with("nterviewed")) {
        return false;
    }
    let words: Vec<&str> = ws.take(4).collect();
    for (k, w) in words.iter().enumerate().take(3) {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        if bare.is_empty() || !bare.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            return false;
        }
        let plural = bare.len() > 3
            && bare.ends_with('s')
            && !bare.ends_with("ss")
            && !bare.ends_with("us")
            && !bare.ends_with("is");
        let ends = bare.len() < w.len()
            || words.get(k + 1).is_none_or(|n| {
                matches!(
                    *n,
                    "on" | "about" | "from" | "at" | "in" | "of" | "for" | "over"
                )
            });
        if plural && ends {
            return true;
        }
        if matches!(
            bare,
            "his" | "her" | "their" | "its" | "the" | "a" | "an" | "him" | "them"
        ) {
            return false;
        }
    }
    false
}

/// Verbs of a headline that announce an interview without the word: "Biologist Tom Berg
/// tells the Courier about bees", "Tom Berg talks to the Courier".
const TALKS_TO: &[&str] = &[
    " tells ",
    " talks to ",
    " talks with ",
    " speaks to ",
    " speaks with ",
    " chats with ",
    " sits down with ",
];

/// Byte offset of the words announcing an interview: "interview" in the first paragraphs
/// (read at most 4 KB in), or a verb of telling in the present tense in the headline (the
/// first paragraph, when it is a heading, without final punctuation).
fn announcement(text: &str, paras: &[(usize, usize)]) -> Option<usize> {
    let head = &text[..crate::text::floor_boundary(text, 4096)];
    if let Some(at) = memchr::memmem::find(head.as_bytes(), b"nterview")
        && at > 0
        && matches!(head.as_bytes()[at - 1], b'i' | b'I')
    {
        return Some(at);
    }
    let &(ps, pe) = paras.first()?;
    headline_talks_to(&text[ps..pe]).map(|k| ps + k)
}

/// Where a headline (no final punctuation, at most 300 bytes) announces an interview by
/// a verb of telling ("Tom Berg tells the Courier about bees").
pub fn headline_talks_to(title: &str) -> Option<usize> {
    if is_prose(title) || title.len() > 300 {
        return None;
    }
    TALKS_TO
        .iter()
        .filter_map(|v| title.find(v))
        .min()
        .map(|k| k + 1)
}

/// Turns of an interview printed without markers (see the module essay). Needs an
/// announcement (see [`announcement`]) and at least three questions answered by prose
/// (two under a headline announcing the interview); reads each paragraph's end once.
///
/// Two layouts. An edited Q&A gives each question a paragraph and each answer the prose
/// paragraphs up to the next question: one turn. A transcript (turns broken off or resumed
/// with a dash, "I hire --" / "-- and then", in at least three paragraphs after the
/// introduction and one in ten)
/// prints every change of voice as a new paragraph: each paragraph is a turn, a question
/// when it asks; its dialogue may open before the first question, right after the last
/// heading; picture captions after headings are skipped, and a longer line in the first
/// or second person is a turn even without final punctuation.
fn alternation_turns(text: &str, layout: &Layout) -> Vec<Quote> {
    let paras = &layout.paras;
    let Some(at) = announcement(text, paras) else {
        return Vec::new();
    };
    // the turns start after the paragraph announcing the interview
    let intro = paras.partition_point(|p| p.1 <= at);
    let from = intro + 1;
    if from >= paras.len() {
        return Vec::new();
    }
    let para = |i: usize| &text[paras[i].0..paras[i].1];
    // spoken: prose, or a turn broken off by a dash; a picture caption ending with its
    // credit ("… for the subjects. Image: Ana Ruiz.") is not
    let prose = |i: usize| is_prose(para(i)) && !credited_caption(para(i));
    let spoken = |i: usize| prose(i) || breaks_off(para(i)) || bare_question(para(i));
    let asks = |i: usize| {
        bare_question(para(i)) || (prose(i) && (asks_para(para(i)) || requests(para(i))))
    };
    // questions answered: a question, captions or headings skipped, then answer prose
    // an answer may end with a question of its own ("Close to three hundred. Would you
    // believe most came at night?"): after a question, a paragraph of several sentences
    // answers whatever its last mark
    let several = |i: usize| {
        let p = para(i);
        let t = p.trim_end();
        let inner = t.char_indices().last().map_or("", |(k, _)| &t[..k]);
        inner.contains(". ") || inner.contains("? ") || inner.contains("! ")
    };
    let asks_after = |i: usize, prev_q: bool| asks(i) && !(prev_q && several(i));
    let mut answered = 0;
    let mut first_q = None;
    let mut prev_q = false;
    for i in from..paras.len() {
        if !spoken(i) {
            continue;
        }
        let q = asks_after(i, prev_q);
        if q {
            first_q.get_or_insert(i);
        } else if prev_q {
            answered += 1;
        }
        prev_q = q;
    }
    // several people interviewed together ("Wikinews interviews meteorological experts
    // on …"): each answer paragraph is one of them speaking
    let panel = plural_interviewees(&text[at..paras[intro.min(paras.len() - 1)].1]);
    let Some(first_q) = first_q else {
        return Vec::new();
    };
    // a headline that announces the interview vouches for a short one: two questions
    // answered will do ("Wikinews interviews academic …", then two long answers)
    let headline = paras.first().is_some_and(|p| at < p.1);
    let (mut n_spoken, mut n_broken, mut n_replies) = (0, 0, 0);
    for i in from..paras.len() {
        if spoken(i) {
            n_spoken += 1;
            n_broken += (breaks_off(para(i)) || resumes(para(i))) as usize;
            n_replies += replies(para(i)) as usize;
        }
    }
    // a conversation printed as it went: few questions with a question mark (the
    // interviewer also remarks, "It's not the same."), many lines opening with a reply
    // word ("No, it's really not", "Oh really.", "Right. Well, …")
    let chat = answered >= 2 && n_replies >= 3 && n_replies * 5 >= n_spoken;
    if answered < 3 && !(headline && answered == 2) && !chat {
        return Vec::new();
    }
    // (such a conversation changes voice with every paragraph: a line after an answer is
    // the interviewer's, asking or not)
    // (not a panel: several people answer one question in turn)
    let alternate = chat && answered < 3 && !panel && !(n_broken >= 3 && n_broken * 10 >= n_spoken);
    let transcript = (n_broken >= 3 && n_broken * 10 >= n_spoken) || alternate;
    // in a transcript, a turn may have lost its final punctuation ("Rebecca and I put it
    // together"): a longer line in the first or second person with a comma or a dash,
    // unlike a heading
    let spoken = |i: usize| {
        spoken(i)
            || (transcript && {
                let p = para(i);
                p.split_whitespace().nth(8).is_some()
                    && (p.contains(',') || p.contains("--"))
                    && speaks_in_person(p)
            })
    };
    let mut start = first_q;
    if transcript {
        while start > from && spoken(start - 1) {
            start -= 1;
        }
    }
    let mut out = Vec::new();
    let mut i = start;
    let mut prev_q = false;
    while i < paras.len() {
        if !spoken(i)
            || (transcript
                && i > 0
                && !spoken(i - 1)
                && i + 1 < paras.len()
                && spoken(i + 1)
                && caption_like(para(i)))
        {
            i += 1;
            continue;
        }
        let question = if alternate {
            asks(i) || (!prev_q && !out.is_empty())
        } else if transcript {
            asks(i)
        } else {
            asks_after(i, prev_q)
        };
        let mut last = i;
        if !question && !transcript && !panel {
            while last + 1 < paras.len() && spoken(last + 1) && !asks(last + 1) {
                last += 1;
            }
        }
        prev_q = question;
        if let Ok(span) = Span::new(text, paras[i].0, paras[last].1) {
            out.push(Quote {
                kind: QuoteKind::Turn,
                span,
                speaker: None,
                cue: None,
                sieve: Some("detect:turn-alternation".to_string()),
                confidence: 0.0,
                utterance: None,
                role: Some(if question { "question" } else { "answer" }.to_string()),
            });
        }
        i = last + 1;
    }
    out
}
