//! The `ner.perceptron` plugin.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use serde::Deserialize;
use strata_core::{
    AnnotateError, Annotator, BuildError, Document, Entity, Layer, LayerSet, Overlap, SettingDoc,
    Settings, Token, merge_entities, parse_settings,
};

use crate::fast::anchor_digit_spans;
use crate::labels::{is_person_title, refine};
use crate::model::{Model, Workspace};

const NAME: &str = "ner.perceptron";

/// The embedded English news model (see the crate docs for how it was trained).
static NEWS_EN: &[u8] = include_bytes!("../models/news-en.bin");

/// The embedded model, loaded once per process.
pub fn builtin_model() -> Result<Arc<Model>, String> {
    static MODEL: OnceLock<Result<Arc<Model>, String>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            Model::load(NEWS_EN)
                .map(Arc::new)
                .map_err(|e| format!("embedded model builtin:news-en: {e}"))
        })
        .clone()
}

fn default_model() -> String {
    "builtin:news-en".into()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PerceptronSettings {
    #[serde(default = "default_model")]
    model: String,
    #[serde(default)]
    overlap: Overlap,
}

/// Tags names with a trained model and adds them to the entity layer.
pub struct PerceptronNer {
    model: Arc<Model>,
    overlap: Overlap,
    consistent: bool,
    /// Indices of the PER and MISC types in the model, if it has them.
    per: Option<usize>,
    misc: Option<usize>,
    /// Index of the ORG type, if the model has it.
    org: Option<usize>,
    /// Index of the LOC type, if the model has it.
    loc: Option<usize>,
    /// Workspaces (and their word caches) kept between documents, one per document being
    /// tagged at once.
    workspaces: Mutex<Vec<Workspace>>,
}

impl PerceptronNer {
    /// A tagger with `model`, merging into existing entities under `overlap`.
    pub fn new(model: Arc<Model>, overlap: Overlap) -> PerceptronNer {
        let find = |name: &str| model.types().iter().position(|t| t == name);
        let (per, misc, org, loc) = (find("PER"), find("MISC"), find("ORG"), find("LOC"));
        PerceptronNer {
            model,
            overlap,
            consistent: true,
            per,
            misc,
            org,
            loc,
            workspaces: Mutex::new(Vec::new()),
        }
    }

    /// Turns the document-level consistency pass on or off (on by default; see
    /// `harmonise`).
    pub fn with_consistency(mut self, on: bool) -> PerceptronNer {
        self.consistent = on;
        self
    }

    /// The tagger with the embedded model and the default overlap policy.
    pub fn builtin() -> Result<PerceptronNer, String> {
        Ok(PerceptronNer::new(builtin_model()?, Overlap::Keep))
    }

    /// The entities the model finds in `doc` (which must have tokens and sentences),
    /// without merging them into the document.
    pub fn entities(&self, doc: &Document) -> Result<Vec<Entity>, AnnotateError> {
        doc.require(&Layer::TOKENS)?;
        doc.require(&Layer::SENTENCES)?;
        let text = doc.text();
        let tokens = doc.tokens.as_deref().unwrap_or_default();
        let sentences = doc.sentences.as_deref().unwrap_or_default();
        let mut ws = self
            .workspaces
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .unwrap_or_default();
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        // Tokens of the sentences whose first byte is a capital or not ASCII.
        let mut caps: Vec<u32> = Vec::new();
        // Names as (first token, end token, type) over the document's tokens.
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        let mut sent_end = vec![0usize; tokens.len()];
        // Sentences come in order, so their token ranges are found by one forward sweep
        // (`Document::token_range` for a sentence that starts before the previous one).
        let mut cursor = 0;
        let mut last_start = 0;
        for sent in sentences {
            let r = if sent.span.start() >= last_start {
                let lo = cursor + gallop(&tokens[cursor..], |t| t.span.end() <= sent.span.start());
                let hi = lo + gallop(&tokens[lo..], |t| t.span.start() < sent.span.end());
                lo..hi
            } else {
                doc.token_range(sent.span)
            };
            last_start = sent.span.start();
            cursor = r.start;
            let toks = &tokens[r.clone()];
            sent_end[r.clone()].iter_mut().for_each(|e| *e = r.end);
            let bytes = |i: usize| {
                let span = toks[i].span;
                text.as_bytes()
                    .get(span.start()..span.end())
                    .unwrap_or_default()
            };
            let word = |i: usize| toks[i].span.text(text);
            ranges.clear();
            ranges.extend(toks.iter().map(|t| (t.span.start(), t.span.end())));
            let from = caps.len();
            let flags =
                |f: &mut Vec<u8>| anchor_digit_spans(text.as_bytes(), &ranges, f, &mut caps);
            let spans = self
                .model
                .tag_spans_with(toks.len(), flags, bytes, word, &mut ws);
            // Capitalised tokens as document token indices.
            caps[from..].iter_mut().for_each(|k| *k += r.start as u32);
            for &(start, end, ty) in spans {
                tidy(word, start, end, ty, self.per, self.misc, |s, e, t| {
                    found.push((r.start + s, r.start + e, t))
                });
            }
        }
        self.workspaces
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(ws);
        // Capitalised tokens in text order (sentences may come out of order).
        if !caps.windows(2).all(|w| w[0] < w[1]) {
            caps.sort_unstable();
            caps.dedup();
        }
        let types = self.per.map(|per| crate::bounds::Types {
            per,
            org: self.org,
            loc: self.loc,
        });
        if let Some(types) = types {
            crate::bounds::titles_and_affiliations(text, tokens, &sent_end, types, &mut found);
        }
        if let Some(per) = self.per {
            crate::cues::cue_names(text, tokens, &sent_end, &caps, per, &mut found);
        }
        if let Some(org) = self.org {
            crate::cues::acronym_orgs(text, tokens, &sent_end, &caps, org, &mut found);
        }
        if let Some(types) = types {
            crate::bounds::hyphenated(text, tokens, &sent_end, &caps, types, &mut found);
        }
        if self.consistent {
            harmonise(text, tokens, &sent_end, &caps, self.per, &mut found);
        }
        let mut out = Vec::with_capacity(found.len());
        let mut name: Vec<&str> = Vec::new();
        for &(s, e, ty) in &found {
            let span = doc.span(tokens[s].span.start(), tokens[e - 1].span.end())?;
            name.clear();
            name.extend(tokens[s..e].iter().map(|t| t.span.text(text)));
            let next = (e < sent_end[s]).then(|| tokens[e].span.text(text));
            out.push(Entity {
                span,
                label: strata_core::entity_label(refine(&self.model.types[ty], &name, next)),
                source: NAME.into(),
                canonical: None,
                confidence: None,
            });
        }
        Ok(out)
    }
}

/// `slice.partition_point(pred)` by an exponential search from the front: O(log k) for a
/// result k, so a sweep over consecutive ranges stays linear in the slice.
fn gallop<T>(slice: &[T], pred: impl Fn(&T) -> bool) -> usize {
    let mut lo = 0;
    let mut step = 1;
    while lo + step <= slice.len() && pred(&slice[lo + step - 1]) {
        lo += step;
        step *= 2;
    }
    let hi = (lo + step).min(slice.len());
    lo + slice[lo..hi].partition_point(pred)
}

/// Follows the seeds' and OntoNotes' conventions where the model's spans do not: titles
/// stay outside names ("Ambassador [Lu]"; a name of titles only is dropped, and a MISC
/// name that starts with a title is a person), and coordinated people are two names
/// ("[Xi Jinping] and [Aliyev]"). Calls `emit` with each resulting `(start, end, type)`.
fn tidy<'w>(
    word: impl Fn(usize) -> &'w str,
    start: usize,
    end: usize,
    ty: usize,
    per: Option<usize>,
    misc: Option<usize>,
    mut emit: impl FnMut(usize, usize, usize),
) {
    let is_per = Some(ty) == per;
    if !is_per && Some(ty) != misc {
        emit(start, end, ty);
        return;
    }
    let mut s = start;
    while s < end && is_person_title(word(s)) {
        s += 1;
    }
    if s == end {
        return;
    }
    let ty = match per {
        Some(p) if s > start => p,
        _ => ty,
    };
    if Some(ty) != per {
        emit(s, end, ty);
        return;
    }
    // Split coordinated people.
    let mut part = s;
    for i in s..=end {
        if i == end || matches!(word(i), "and" | "&" | ",") {
            let mut a = part;
            while a < i && is_person_title(word(a)) {
                a += 1;
            }
            if a < i {
                emit(a, i, ty);
            }
            part = i + 1;
        }
    }
}

/// A fast hash for the short string keys of [`harmonise`] (SipHash is slow for them, and
/// the keys come from the document, not from an adversary that could choose collisions
/// cheaply enough to matter: the maps stay linear in the names of one document).
#[derive(Default)]
struct StrHasher(u64);

impl Hasher for StrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = crate::fast::word_hash(self.0, bytes);
    }
}

/// A 1024-bit filter of strings by their length, first and last byte: a stretch of text
/// it does not hold is not hashed and looked up (most capitalised stretches spell no known
/// name).
struct NameFilter([u64; 16]);

impl NameFilter {
    fn bit(s: &str) -> usize {
        let b = s.as_bytes();
        let (first, last) = (b.first().copied(), b.last().copied());
        let k =
            (b.len() as u64) << 16 | (first.unwrap_or(0) as u64) << 8 | last.unwrap_or(0) as u64;
        (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 54) as usize
    }

    fn insert(&mut self, s: &str) {
        let b = NameFilter::bit(s);
        self.0[b >> 6] |= 1 << (b & 63);
    }

    #[inline]
    fn may_hold(&self, s: &str) -> bool {
        let b = NameFilter::bit(s);
        self.0[b >> 6] >> (b & 63) & 1 != 0
    }
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// One sense per discourse: a name keeps one type through a document, and a name found
/// once is found everywhere in it.
///
/// 1. Every mention of the same string gets the type most of its mentions have.
/// 2. The first and last word of a multi-word person name are person names on their own
///    ("Jose Montalvo" ... "Montalvo").
/// 3. An untagged, capitalised stretch of up to four tokens that spells a known name,
///    with no capitalised word right before or after it, becomes a mention.
///
/// Linear in the number of tokens (hash maps keyed by slices of the text).
fn harmonise(
    text: &str,
    tokens: &[Token],
    sent_end: &[usize],
    caps: &[u32],
    per: Option<usize>,
    found: &mut Vec<(usize, usize, usize)>,
) {
    if found.is_empty() {
        return;
    }
    let name = |s: usize, e: usize| &text[tokens[s].span.start()..tokens[e - 1].span.end()];
    // Known names: name -> id; `votes` and `best` per id.
    let mut ids: HashMap<&str, u32, BuildHasherDefault<StrHasher>> =
        HashMap::with_capacity_and_hasher(found.len() * 2, Default::default());
    let mut votes: Vec<[u32; 16]> = Vec::with_capacity(found.len());
    let mut id_of = Vec::with_capacity(found.len());
    for &(s, e, t) in found.iter() {
        let next = votes.len() as u32;
        let id = *ids.entry(name(s, e)).or_insert(next);
        if id == next {
            votes.push([0; 16]);
        }
        votes[id as usize][t.min(15)] += 1;
        id_of.push(id);
    }
    let argmax = |v: &[u32; 16]| {
        (0..16)
            .max_by_key(|&t| (v[t], std::cmp::Reverse(t)))
            .unwrap_or(0)
    };
    let mut best: Vec<usize> = votes.iter().map(argmax).collect();
    for (m, &id) in found.iter_mut().zip(&id_of) {
        let (v, b) = (&votes[id as usize], best[id as usize]);
        if v[b] > v[m.2.min(15)] {
            m.2 = b;
        }
    }
    if let Some(per) = per {
        for &(s, e, t) in found.iter() {
            if t == per && e - s >= 2 {
                for i in [s, e - 1] {
                    let w = tokens[i].span.text(text);
                    if w.chars().count() >= 2
                        && starts_upper(w)
                        && w.chars().any(char::is_lowercase)
                    {
                        let next = best.len() as u32;
                        if *ids.entry(w).or_insert(next) == next {
                            best.push(per);
                        }
                    }
                }
            }
        }
    }
    let mut filter = NameFilter([0; 16]);
    ids.keys().for_each(|k| filter.insert(k));
    let mut covered = vec![false; tokens.len()];
    for &(s, e, _) in found.iter() {
        covered[s..e].iter_mut().for_each(|c| *c = true);
    }
    let n = tokens.len();
    let upper_at = |i: usize| {
        let span = tokens[i].span;
        match text.as_bytes().get(span.start()) {
            Some(b) if b.is_ascii() => !span.is_empty() && b.is_ascii_uppercase(),
            _ => starts_upper(span.text(text)),
        }
    };
    // Only tokens starting with a capital can start a mention: those of `caps`, in text
    // order (tokens outside sentences, not in it, have no room for one: `sent_end` is 0
    // there).
    let mut added = Vec::new();
    // Tokens before `next` are inside a mention just added.
    let mut next = 0;
    for &i in caps.iter() {
        let i = i as usize;
        if i < next || i >= n || covered[i] || !upper_at(i) {
            continue;
        }
        let end_limit = sent_end[i].min(i + 4).max(i);
        let before_ok = i == 0 || sent_end[i - 1] != sent_end[i] || !upper_at(i - 1);
        let mut hit = None;
        if before_ok {
            for e in (i + 1..=end_limit).rev() {
                if covered[i..e].iter().any(|&c| c) {
                    continue;
                }
                if filter.may_hold(name(i, e))
                    && (e >= sent_end[i] || !upper_at(e))
                    && let Some(&id) = ids.get(name(i, e))
                {
                    hit = Some((e, best[id as usize]));
                    break;
                }
            }
        }
        if let Some((e, t)) = hit {
            added.push((i, e, t));
            next = e;
        }
    }
    if !added.is_empty() {
        // Two sorted runs (the names are in text order): merged by the stable sort.
        found.extend(added);
        found.sort();
    }
}

impl Annotator for PerceptronNer {
    fn requires(&self) -> LayerSet {
        LayerSet::from([Layer::TOKENS, Layer::SENTENCES])
    }

    fn provides(&self) -> LayerSet {
        LayerSet::from([Layer::ENTITIES])
    }

    fn annotate(&self, doc: &mut Document) -> Result<(), AnnotateError> {
        let found = self.entities(doc)?;
        let existing = doc.entities.get_or_insert_with(Vec::new);
        merge_entities(existing, found, self.overlap);
        Ok(())
    }
}

fn build(settings: &Settings) -> Result<Box<dyn Annotator>, BuildError> {
    let s: PerceptronSettings = parse_settings(NAME, settings)?;
    let model_err = |message: String| BuildError::Model {
        plugin: NAME.to_string(),
        message,
    };
    let model = if let Some(name) = s.model.strip_prefix("builtin:") {
        if name != "news-en" {
            return Err(model_err(format!(
                "unknown built-in model `{name}`; the built-in model is `builtin:news-en`"
            )));
        }
        builtin_model().map_err(model_err)?
    } else {
        let bytes = std::fs::read(&s.model)
            .map_err(|e| model_err(format!("cannot read {}: {e}", s.model)))?;
        Arc::new(Model::load(&bytes).map_err(|e| model_err(format!("{}: {e}", s.model)))?)
    };
    Ok(Box::new(PerceptronNer::new(model, s.overlap)))
}

/// The settings of `ner.perceptron`.
pub const SETTINGS: &[SettingDoc] = &[
    SettingDoc {
        name: "model",
        kind: "string",
        default: "\"builtin:news-en\"",
        help: "the embedded English news model, or the path of a model file written by `strata train ner`",
    },
    SettingDoc {
        name: "overlap",
        kind: "string",
        default: "\"keep\"",
        help: "how names that overlap entities of earlier steps are merged: keep (earlier steps win), replace (this step wins) or longest",
    },
];

strata_core::inventory::submit! {
    strata_core::PluginFactory {
        name: NAME,
        summary: "Named entities (PERSON, ORG, GPE, LOC, FAC, NORP, ...) from an averaged-perceptron tagger",
        settings: SETTINGS,
        build,
    }
}

#[cfg(test)]
mod tests {
    use super::gallop;

    #[test]
    fn gallop_is_partition_point() {
        let v: Vec<u32> = (0..100).map(|i| i / 3).collect();
        for x in 0..40 {
            for from in [0, 1, 7, 50, 99, 100] {
                let s = &v[from..];
                assert_eq!(gallop(s, |&y| y < x), s.partition_point(|&y| y < x));
            }
        }
    }
}
