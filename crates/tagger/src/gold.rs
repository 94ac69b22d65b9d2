//! Reading training and dev data in the shared gold JSONL format.
//!
//! Each record has `text`, `tokens` and `sentences` (code-point offsets) and `entities`
//! with a `coarse` type (PER/ORG/LOC/MISC or null). Entities with a null coarse type
//! (dates, amounts) and nested entities are skipped: the tagger finds names, and
//! `ner.patterns` finds numbers and dates.
//!
//! GUM mentions (records whose entities carry `head_start`) are longer than names: they
//! include determiners, titles and modifiers ("the Australian Prime Minister John
//! Howard"). They are cut down to the name around the head token, the way OntoNotes and
//! CoNLL annotate: the run of capitalised words (with connectors such as "of") that
//! contains the head, without a leading "the" and, for people, without titles. A mention
//! that is only a title ("the President") is not a name and is dropped.

use std::path::Path;

use serde::Deserialize;

use crate::features::is_connector;
use crate::labels::is_person_title;
use crate::train::TrainError;

/// The coarse types the tagger is trained on, in model order.
pub(crate) const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

#[derive(Deserialize)]
struct Record {
    id: String,
    text: String,
    #[serde(default)]
    tokens: Vec<(usize, usize)>,
    #[serde(default)]
    sentences: Vec<(usize, usize)>,
    #[serde(default)]
    entities: Vec<GoldEntity>,
    #[serde(default)]
    meta: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize)]
struct GoldEntity {
    start: usize,
    end: usize,
    coarse: Option<String>,
    #[serde(default)]
    head_start: Option<usize>,
    #[serde(default)]
    nested: bool,
}

/// One sentence: its words and its names as `(start, end, type)` word ranges.
#[derive(Clone, Debug)]
pub(crate) struct Sent {
    pub words: Vec<String>,
    pub names: Vec<(usize, usize, usize)>,
}

/// One document of a gold file.
#[derive(Clone, Debug)]
pub(crate) struct Doc {
    pub sents: Vec<Sent>,
    pub noncommercial: bool,
}

/// A gold file: its documents and which types it annotates (UNER has no MISC).
pub(crate) struct GoldFile {
    pub docs: Vec<Doc>,
    pub annotated: [bool; 4],
}

pub(crate) fn read(path: &Path) -> Result<GoldFile, TrainError> {
    let text = std::fs::read_to_string(path).map_err(|e| TrainError::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
    let mut docs = Vec::new();
    let mut annotated = [false; 4];
    for (ln, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec: Record = serde_json::from_str(line).map_err(|e| TrainError::Parse {
            path: path.to_path_buf(),
            line: ln + 1,
            message: e.to_string(),
        })?;
        let bad = |m: &str| TrainError::Parse {
            path: path.to_path_buf(),
            line: ln + 1,
            message: format!("document {}: {m}", rec.id),
        };
        if rec.tokens.is_empty() || rec.sentences.is_empty() {
            return Err(bad("training data needs `tokens` and `sentences`"));
        }
        for e in &rec.entities {
            if let Some(t) = e.coarse.as_deref().and_then(type_index) {
                annotated[t] = true;
            }
        }
        docs.push(convert(&rec).ok_or_else(|| bad("offsets out of range"))?);
    }
    Ok(GoldFile { docs, annotated })
}

fn type_index(coarse: &str) -> Option<usize> {
    TYPES.iter().position(|t| *t == coarse)
}

fn name_like(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_ascii_digit()) || w.chars().any(char::is_uppercase)
}

fn convert(rec: &Record) -> Option<Doc> {
    // Code point -> byte offset.
    let mut cp: Vec<usize> = rec.text.char_indices().map(|(b, _)| b).collect();
    cp.push(rec.text.len());
    let slice = |s: usize, e: usize| -> Option<&str> {
        let (bs, be) = (*cp.get(s)?, *cp.get(e)?);
        rec.text.get(bs..be)
    };
    let words: Vec<&str> = rec
        .tokens
        .iter()
        .map(|&(s, e)| slice(s, e))
        .collect::<Option<_>>()?;
    // Token index by start and by end offset.
    let tok_starting = |off: usize| rec.tokens.partition_point(|t| t.0 < off);
    let tok_ending = |off: usize| rec.tokens.partition_point(|t| t.1 <= off);
    let mut sents = Vec::with_capacity(rec.sentences.len());
    let mut sent_ranges = Vec::with_capacity(rec.sentences.len());
    for &(s, e) in &rec.sentences {
        let (ts, te) = (tok_starting(s), tok_ending(e));
        if ts < te {
            sent_ranges.push((ts, te));
            sents.push(Sent {
                words: words[ts..te].iter().map(|w| w.to_string()).collect(),
                names: vec![],
            });
        }
    }
    for ent in &rec.entities {
        if ent.nested {
            continue;
        }
        let Some(ty) = ent.coarse.as_deref().and_then(type_index) else {
            continue;
        };
        let (s, e) = (tok_starting(ent.start), tok_ending(ent.end));
        if s >= e {
            continue;
        }
        let Some(si) = sent_ranges.iter().position(|&(a, b)| a <= s && e <= b) else {
            continue;
        };
        let range = match ent.head_start {
            Some(h) => trim_mention(&words, s, e, tok_starting(h).clamp(s, e - 1), ty),
            None => Some((s, e)),
        };
        if let Some((a, b)) = range {
            let off = sent_ranges[si].0;
            sents[si].names.push((a - off, b - off, ty));
        }
    }
    for s in &mut sents {
        s.names.sort_unstable();
        // Keep names apart (a GUM mention cut down may touch another).
        let mut last_end = 0;
        s.names.retain(|&(a, b, _)| {
            let ok = a >= last_end;
            if ok {
                last_end = b;
            }
            ok
        });
    }
    let noncommercial = rec
        .meta
        .get("noncommercial")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    Some(Doc {
        sents,
        noncommercial,
    })
}

/// Cuts a GUM mention `[s, e)` with head `h` down to its name (see the module docs).
fn trim_mention(words: &[&str], s: usize, e: usize, h: usize, ty: usize) -> Option<(usize, usize)> {
    if !name_like(words[h]) {
        return None;
    }
    let joinable = |i: usize, lo: usize, hi: usize| -> bool {
        // A connector joins only when name-like words sit on both sides within the span.
        is_connector(words[i])
            && i > lo
            && i + 1 < hi
            && (name_like(words[i - 1]) || is_connector(words[i - 1]))
            && (name_like(words[i + 1]) || is_connector(words[i + 1]))
    };
    let mut l = h;
    while l > s && (name_like(words[l - 1]) || joinable(l - 1, s, e)) {
        l -= 1;
    }
    let mut r = h + 1;
    while r < e && (name_like(words[r]) || joinable(r, s, e)) {
        r += 1;
    }
    // Connectors never end a name.
    while r > l + 1 && is_connector(words[r - 1]) {
        r -= 1;
    }
    while l < r && (words[l].eq_ignore_ascii_case("the") || is_connector(words[l])) {
        l += 1;
    }
    if ty == 0 {
        // People: drop titles before the name ("Prime Minister John Howard").
        if let Some(t) = (l..r).rev().find(|&i| is_person_title(words[i])) {
            if t + 1 < r && (t + 1..r).all(|i| !is_person_title(words[i])) {
                l = t + 1;
            } else if (l..r).all(|i| is_person_title(words[i])) {
                return None;
            }
        }
    }
    (l < r).then_some((l, r))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(mention: &str, head: &str, ty: usize, expected: Option<&str>) {
        let words: Vec<&str> = mention.split(' ').collect();
        let h = words.iter().position(|w| *w == head).unwrap();
        let got = trim_mention(&words, 0, words.len(), h, ty).map(|(a, b)| words[a..b].join(" "));
        assert_eq!(got.as_deref(), expected, "{mention}");
    }

    #[test]
    fn gum_mentions_are_cut_to_names() {
        check(
            "the Australian Prime Minister John Howard",
            "John",
            0,
            Some("John Howard"),
        );
        check("the President", "President", 0, None);
        check("Tsar Peter the Great", "Peter", 0, Some("Peter the Great"));
        check("the City Hall in New York", "Hall", 2, Some("City Hall"));
        check(
            "beautiful Glacier National Park",
            "Park",
            2,
            Some("Glacier National Park"),
        );
        check(
            "the University of the West of England",
            "University",
            1,
            Some("University of the West of England"),
        );
        check("The Onion", "Onion", 1, Some("Onion"));
        check("Jeff [ Drake ] , who", "Jeff", 0, Some("Jeff"));
        check("the localist camp", "localist", 1, None);
    }
}
