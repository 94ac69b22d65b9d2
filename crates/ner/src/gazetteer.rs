//! `ner.gazetteer`: phrase lists matched with Aho-Corasick.
//!
//! Two sources of phrases: the user's (`entries` inline, `files` in TSV or JSONL) and,
//! with `builtin = true`, the lists of `strata-lexicon` (countries, cities, regions as GPE;
//! continents and seas as LOC; nationalities as NORP; languages; organisations). All
//! phrases go into one automaton (two when the user's lists are case-insensitive: the
//! built-in lists are always matched case-sensitively, so "us" is never the U.S.).
//!
//! The automata are anchored: a search starts only at a byte some phrase begins with
//! (found eight bytes at a time when those bytes are an ASCII range, `A`..=`Z` for the
//! built-in lists) that is a word boundary and lies past the last accepted match, and it
//! stops as soon as no phrase continues. That reports the same matches as an overlapping
//! search of the whole text, which would then drop those that start inside a word.
//!
//! Every match, overlapping ones included, is checked against word boundaries: no letter
//! or digit may touch either end, and each end must fall on a token boundary or next to a
//! joiner inside a token (a hyphen, a dash, a slash or an apostrophe), so
//! "China–Azerbaijan" gives two GPEs, "Chinese-Azerbaijani" two NORPs, "Chinese-made" a
//! NORP, and the possessive "’s" stays outside. Of overlapping valid matches the leftmost,
//! then the longest wins; a user phrase beats a built-in one of the same span.
//!
//! A few context rules refine built-in labels, each named in the entity's `source`:
//! - `language`: a word that is both a demonym and a language ("Chinese") is LANGUAGE
//!   before "language(s)" or after a verb of speaking or learning ("study Chinese") when
//!   no lowercase noun follows; a word that is only a language is always LANGUAGE.
//! - `designator`: a place followed by a capitalised designator is one GPE ("Zhejiang
//!   Province", "Nakhchivan Autonomous Republic"); a lowercase one stays outside
//!   ("Khazar district").
//! - `mission`: a nationality or country before "Embassy", "Consulate" or a capitalised
//!   ministry or service name is one ORG ("Chinese Embassy").
//! - `org-of`: capitalised words with a generic organisation head before "of [the]" own
//!   the name that follows ("Presidential Administration of the Republic of Azerbaijan",
//!   "Standing Committee of the National People’s Congress"); a head phrase with a proper
//!   modifier of its own stays apart ("[Azerbaijan–China ... Working Group] of the [Milli
//!   Majlis]").
//! - `org-name`: a place or nationality followed by capitalised words with an
//!   organisation head is one ORG ("Beijing Foreign Studies University", "Azerbaijan
//!   National Agency for Mine Action"), cut after the last head unless a connector
//!   follows ("Chinese Foreign Ministry" in "Chinese Foreign Ministry Spokesperson"),
//!   and opened by an institutional adjective before it ("National Republican Senatorial
//!   Committee").
//! - `resolution`: an organisation followed by "Resolution" and a number is a LAW.
//! - A place or group after a bound prefix and a hyphen ("Trans-Caspian") is dropped.

use std::collections::HashMap;
use std::path::PathBuf;

use aho_corasick::automaton::Automaton;
use aho_corasick::{Anchored, MatchKind, StartKind};
use serde::Deserialize;
use strata_core::{
    AnnotateError, Annotator, BuildError, Document, Entity, Layer, LayerSet, Overlap, SettingDoc,
    Settings, Token, parse_settings,
};
use strata_lexicon::Kind;

pub(crate) const NAME: &str = "ner.gazetteer";

/// The `source` of an entity from rule `r`: "ner.gazetteer:r", spelled out at compile
/// time so no entity formats a string.
macro_rules! src {
    ($r:literal) => {
        concat!("ner.gazetteer:", $r)
    };
}

/// One user phrase.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GazetteerEntry {
    pub phrase: String,
    pub label: String,
    #[serde(default)]
    pub canonical: Option<String>,
}

fn yes() -> bool {
    true
}

/// Settings of `ner.gazetteer`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GazetteerSettings {
    /// Inline phrases.
    #[serde(default)]
    pub entries: Vec<GazetteerEntry>,
    /// Files of phrases: `.jsonl`/`.json` (one object a line) or TSV (`phrase<TAB>label[<TAB>canonical]`).
    #[serde(default)]
    pub files: Vec<PathBuf>,
    /// Match the user's phrases case-sensitively (built-in lists always are).
    #[serde(default = "yes")]
    pub case_sensitive: bool,
    /// Include the built-in lists of `strata-lexicon`.
    #[serde(default = "yes")]
    pub builtin: bool,
    /// How to merge with entities already on the document.
    #[serde(default)]
    pub overlap: Overlap,
}

impl Default for GazetteerSettings {
    fn default() -> Self {
        GazetteerSettings {
            entries: Vec::new(),
            files: Vec::new(),
            case_sensitive: true,
            builtin: true,
            overlap: Overlap::Keep,
        }
    }
}

pub(crate) const SETTINGS: &[SettingDoc] = &[
    SettingDoc {
        name: "entries",
        kind: "[{phrase, label, canonical?}]",
        default: "[]",
        help: "Inline phrases with their label and optional canonical name",
    },
    SettingDoc {
        name: "files",
        kind: "[string]",
        default: "[]",
        help: "Phrase files: .jsonl ({\"phrase\",\"label\",\"canonical\"} a line) or TSV (phrase, label, canonical)",
    },
    SettingDoc {
        name: "case_sensitive",
        kind: "bool",
        default: "true",
        help: "Match user phrases case-sensitively (built-in lists always are)",
    },
    SettingDoc {
        name: "builtin",
        kind: "bool",
        default: "true",
        help: "Include the built-in lists: places (GPE/LOC), nationalities (NORP), languages, organisations",
    },
    SettingDoc {
        name: "overlap",
        kind: "string",
        default: "\"keep\"",
        help: "Overlap with existing entities: keep (earlier steps win), replace, longest",
    },
];

/// What a pattern stands for.
#[derive(Clone, Debug)]
struct Meta {
    label: String,
    canonical: Option<String>,
    /// Built-in kinds of the phrase (a phrase may be a nationality and a language).
    kinds: Vec<Kind>,
    user: bool,
}

/// The `ner.gazetteer` annotator.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    /// (automaton, metadata per pattern)
    automata: Vec<(Phrases, Vec<Meta>)>,
    /// Bytes some phrase starts with (in any automaton): only there can a match begin.
    first_bytes: Box<[bool; 256]>,
    /// The range of those bytes when it is ASCII (the built-in lists: `A`..=`Z`), for
    /// scanning eight bytes at a time.
    first_range: Option<(u8, u8)>,
    overlap: Overlap,
}

/// An anchored automaton over the phrases: a DFA for lists of moderate size (the
/// built-in lists are ~60 KB), a contiguous NFA for huge user lists.
#[derive(Clone, Debug)]
enum Phrases {
    Dfa(aho_corasick::dfa::DFA),
    Nfa(aho_corasick::nfa::contiguous::NFA),
}

impl Phrases {
    /// Calls `f(end, pattern)` for each phrase that starts exactly at `start`, in order of
    /// end, and at one end in the automaton's order.
    fn each_at(&self, hay: &[u8], start: usize, f: impl FnMut(usize, usize)) {
        match self {
            Phrases::Dfa(a) => walk(a, hay, start, f),
            Phrases::Nfa(a) => walk(a, hay, start, f),
        }
    }

    /// Bytes on which the anchored start state does not die.
    fn first_bytes(&self, into: &mut [bool; 256]) {
        fn mark<A: Automaton>(a: &A, into: &mut [bool; 256]) {
            let Ok(start) = a.start_state(Anchored::Yes) else {
                return;
            };
            for (b, slot) in (0..=255u8).zip(into.iter_mut()) {
                if !a.is_dead(a.next_state(Anchored::Yes, start, b)) {
                    *slot = true;
                }
            }
        }
        match self {
            Phrases::Dfa(a) => mark(a, into),
            Phrases::Nfa(a) => mark(a, into),
        }
    }
}

/// An anchored walk from `start` until the automaton dies. Match states also hold the
/// phrases that are proper suffixes of the walked text (they start later, and are
/// reported from their own start), so only phrases as long as the walk are reported.
/// The walk is as long as the longest phrase prefix found at `start`.
fn walk<A: Automaton>(a: &A, hay: &[u8], start: usize, mut f: impl FnMut(usize, usize)) {
    let Ok(mut sid) = a.start_state(Anchored::Yes) else {
        return;
    };
    let mut at = start;
    while at < hay.len() {
        sid = a.next_state(Anchored::Yes, sid, hay[at]);
        at += 1;
        if a.is_special(sid) {
            if a.is_dead(sid) {
                return;
            }
            if a.is_match(sid) {
                for k in 0..a.match_len(sid) {
                    let pid = a.match_pattern(sid, k);
                    if a.pattern_len(pid) == at - start {
                        f(at, pid.as_usize());
                    }
                }
            }
        }
    }
}

pub(crate) fn build(settings: &Settings) -> Result<Box<dyn Annotator>, BuildError> {
    let s: GazetteerSettings = parse_settings(NAME, settings)?;
    Ok(Box::new(Gazetteer::new(s)?))
}

fn model_err(message: String) -> BuildError {
    BuildError::Model {
        plugin: NAME.into(),
        message,
    }
}

/// Reads a phrase file: JSONL when the extension says so, TSV otherwise.
fn read_file(path: &PathBuf) -> Result<Vec<GazetteerEntry>, BuildError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| model_err(format!("cannot read {}: {e}", path.display())))?;
    let jsonl = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("json"));
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if jsonl {
            let e: GazetteerEntry = serde_json::from_str(line)
                .map_err(|e| model_err(format!("{}:{}: {e}", path.display(), n + 1)))?;
            out.push(e);
        } else {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 2 || cols[0].trim().is_empty() || cols[1].trim().is_empty() {
                return Err(model_err(format!(
                    "{}:{}: expected `phrase<TAB>label[<TAB>canonical]`",
                    path.display(),
                    n + 1
                )));
            }
            out.push(GazetteerEntry {
                phrase: cols[0].trim().to_string(),
                label: cols[1].trim().to_string(),
                canonical: cols
                    .get(2)
                    .map(|c| c.trim().to_string())
                    .filter(|c| !c.is_empty()),
            });
        }
    }
    Ok(out)
}

/// Collects phrases into patterns, merging duplicates (the first label of a phrase wins;
/// built-in kinds accumulate).
#[derive(Default)]
struct Builder {
    patterns: Vec<String>,
    metas: Vec<Meta>,
    index: HashMap<String, usize>,
}

impl Builder {
    fn add(&mut self, phrase: &str, meta: Meta) {
        if let Some(&i) = self.index.get(phrase) {
            let m = &mut self.metas[i];
            if !m.user {
                m.kinds.extend(meta.kinds);
            }
            return;
        }
        self.index.insert(phrase.to_string(), self.patterns.len());
        self.patterns.push(phrase.to_string());
        self.metas.push(meta);
    }
    fn build(self, case_insensitive: bool) -> Result<Option<(Phrases, Vec<Meta>)>, BuildError> {
        if self.patterns.is_empty() {
            return Ok(None);
        }
        // A DFA is fastest to walk; keep it for lists of moderate size and use the
        // compact NFA for huge user lists. Both are anchored: a search starts only where
        // a phrase may start (see `Gazetteer::find`).
        let bytes: usize = self.patterns.iter().map(String::len).sum();
        let phrases = if bytes < 500_000 {
            aho_corasick::dfa::Builder::new()
                .match_kind(MatchKind::Standard)
                .start_kind(StartKind::Anchored)
                .prefilter(false)
                .ascii_case_insensitive(case_insensitive)
                .build(&self.patterns)
                .map(Phrases::Dfa)
        } else {
            aho_corasick::nfa::contiguous::Builder::new()
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .ascii_case_insensitive(case_insensitive)
                .build(&self.patterns)
                .map(Phrases::Nfa)
        }
        .map_err(|e| model_err(e.to_string()))?;
        Ok(Some((phrases, self.metas)))
    }
}

impl Gazetteer {
    pub fn new(settings: GazetteerSettings) -> Result<Gazetteer, BuildError> {
        let mut user = settings.entries.clone();
        for f in &settings.files {
            user.extend(read_file(f)?);
        }
        for e in &user {
            if e.phrase.trim().is_empty() || e.label.trim().is_empty() {
                return Err(BuildError::Settings {
                    plugin: NAME.into(),
                    message: format!("entry {:?} needs a non-empty phrase and label", e.phrase),
                });
            }
        }
        let mut user_b = Builder::default();
        for e in &user {
            user_b.add(
                e.phrase.trim(),
                Meta {
                    label: e.label.trim().to_string(),
                    canonical: e.canonical.clone(),
                    kinds: Vec::new(),
                    user: true,
                },
            );
        }
        let mut automata = Vec::new();
        let builtin_into_user = settings.case_sensitive;
        let mut builtin_b = Builder::default();
        if settings.builtin {
            let target = if builtin_into_user {
                &mut user_b
            } else {
                &mut builtin_b
            };
            for e in strata_lexicon::entries() {
                target.add(
                    e.phrase,
                    Meta {
                        label: e.label().to_string(),
                        canonical: (e.canonical != e.phrase).then(|| e.canonical.to_string()),
                        kinds: vec![e.kind],
                        user: false,
                    },
                );
            }
        }
        if let Some(a) = user_b.build(!settings.case_sensitive)? {
            automata.push(a);
        }
        if let Some(a) = builtin_b.build(false)? {
            automata.push(a);
        }
        let mut first_bytes = Box::new([false; 256]);
        for (a, _) in &automata {
            a.first_bytes(&mut first_bytes);
        }
        let lo = first_bytes.iter().position(|&b| b);
        let hi = first_bytes.iter().rposition(|&b| b);
        let first_range = match (lo, hi) {
            (Some(lo), Some(hi)) if hi < 0x80 => Some((lo as u8, hi as u8)),
            _ => None,
        };
        Ok(Gazetteer {
            automata,
            first_bytes,
            first_range,
            overlap: settings.overlap,
        })
    }
}

impl Annotator for Gazetteer {
    fn requires(&self) -> LayerSet {
        LayerSet::from([Layer::TOKENS])
    }
    fn provides(&self) -> LayerSet {
        LayerSet::from([Layer::ENTITIES])
    }
    fn annotate(&self, doc: &mut Document) -> Result<(), AnnotateError> {
        doc.require(&Layer::TOKENS)?;
        let found = self.find(doc)?;
        let mut existing = doc.entities.take().unwrap_or_default();
        strata_core::merge_entities(&mut existing, found, self.overlap);
        doc.entities = Some(existing);
        Ok(())
    }
}

const JOINERS: &[char] = &['-', '–', '—', '/', '\'', '’', '‘'];

/// Is `pos` a boundary where a phrase may start (or end, with `at_end`)?
///
/// `cursor` is a token index such that every token before it starts before `pos`: the
/// token search gallops forward from there, so a pass whose positions grow never pays
/// a search over the whole token layer (a 10 MB document has ~2M tokens). It is moved
/// to the first token starting at or after `pos` when the search runs.
fn boundary_ok(text: &str, tokens: &[Token], pos: usize, at_end: bool, cursor: &mut usize) -> bool {
    let bytes = text.as_bytes();
    // The byte next to `pos` on the outside: when it is ASCII it is the whole char.
    let byte = if at_end {
        bytes.get(pos)
    } else {
        pos.checked_sub(1).and_then(|p| bytes.get(p))
    };
    let Some(&byte) = byte else { return true };
    let c = if byte < 0x80 {
        char::from(byte)
    } else {
        let outside = if at_end {
            text[pos..].chars().next()
        } else {
            text[..pos].chars().next_back()
        };
        let Some(c) = outside else { return true };
        c
    };
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            return false;
        }
        if matches!(c, '-' | '/' | '\'') || c.is_whitespace() {
            return true;
        }
    } else {
        if crate::atoms::is_alnum(c) {
            return false;
        }
        if JOINERS.contains(&c) || c.is_whitespace() {
            return true;
        }
    }
    // Otherwise the position must be a token boundary ("(Baku)" tokenised "(" "Baku" ")").
    let k = first_token_from(tokens, *cursor, pos);
    *cursor = k;
    if at_end {
        k > 0 && tokens[k - 1].span.end() == pos
            || tokens.get(k).is_some_and(|t| t.span.start() == pos)
    } else {
        tokens.get(k).is_some_and(|t| t.span.start() == pos)
            || (k > 0 && tokens[k - 1].span.end() == pos)
    }
}

/// The first token at or after index `from` that starts at or after `pos`, when every
/// token before `from` starts before `pos` (tokens are in text order): an exponential
/// then a binary search, O(log distance).
fn first_token_from(tokens: &[Token], from: usize, pos: usize) -> usize {
    let mut lo = from.min(tokens.len());
    let mut step = 1;
    loop {
        let probe = lo + step - 1;
        if probe >= tokens.len() || tokens[probe].span.start() >= pos {
            let hi = probe.min(tokens.len());
            return lo + tokens[lo..hi].partition_point(|t| t.span.start() < pos);
        }
        lo = probe + 1;
        step *= 2;
    }
}

/// Words right before and after a span (ASCII-lowercased, letters only), for context rules.
fn word_before(text: &str, pos: usize) -> &str {
    let head = text[..pos].trim_end();
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(head.len(), |(i, _)| i);
    &head[start..]
}

fn word_after(text: &str, pos: usize) -> &str {
    let tail = text[pos..].trim_start();
    let end = tail
        .char_indices()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    &tail[..end]
}

const LANGUAGE_CUES: &[&str] = &[
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "spoken",
    "study",
    "studies",
    "studying",
    "studied",
    "learn",
    "learns",
    "learning",
    "learned",
    "learnt",
    "teach",
    "teaches",
    "teaching",
    "taught",
    "in",
    "into",
    "know",
    "knows",
    "master",
    "fluent",
    "translated",
];
/// Institutional adjectives that open an organisation's name before a nationality or
/// place ("National Republican Senatorial Committee").
const ORG_PREFIXES: &[&str] = &[
    "National",
    "Federal",
    "International",
    "Royal",
    "Central",
    "Joint",
    "Supreme",
];

/// True when `at` starts a word of `b` (its start, or after a non-alphanumeric byte).
fn word_start(b: &str, at: usize) -> bool {
    at == 0 || !b.as_bytes()[at - 1].is_ascii_alphanumeric()
}

const DESIGNATORS: &[&str] = &[
    "Province",
    "County",
    "Prefecture",
    "Region",
    "Oblast",
    "Governorate",
    "District",
    "Municipality",
    "Autonomous Region",
    "Autonomous Republic",
    "Autonomous Prefecture",
    "Special Administrative Region",
];
const MISSIONS: &[&str] = &[
    "Embassy",
    "Embassies",
    "Consulate General",
    "Consulate",
    "Foreign Ministry",
    "Defense Ministry",
    "Defence Ministry",
    "Armed Forces",
    "Air Force",
    "Navy",
    "Army",
    "Coast Guard",
    "Central Bank",
];

impl Gazetteer {
    /// The entities the lists find, without merging.
    pub fn find(&self, doc: &Document) -> Result<Vec<Entity>, AnnotateError> {
        let text = doc.text();
        let tokens = doc.tokens.as_deref().unwrap_or(&[]);
        let bytes = text.as_bytes();
        let mut out: Vec<Entity> = Vec::with_capacity(text.len() / 256);
        let mut last_end = 0;
        // The phrases found at one start: (end, automaton, pattern, user).
        let mut here: Vec<(usize, usize, usize, bool)> = Vec::new();
        // Matches are taken leftmost, then longest, then user before built-in, then in
        // automaton order, skipping those that start inside an accepted one. So the text
        // is walked start by start: only at a byte some phrase begins with, that is a
        // word boundary and not inside the last accepted match, does each automaton run
        // anchored, and it stops where no phrase continues.
        let mut p = 0;
        // Token search cursor for starts (which only grow).
        let mut cursor = 0;
        while let Some(s) = self.next_start(bytes, p) {
            p = s + 1;
            if s < last_end {
                p = last_end;
                continue;
            }
            // The two commonest cases of `boundary_ok` first: a space or a letter or digit
            // before the start.
            let start_ok = match s.checked_sub(1).map(|p| bytes[p]) {
                Some(b' ') => text.is_char_boundary(s),
                Some(b) if b.is_ascii_alphanumeric() => false,
                _ => text.is_char_boundary(s) && boundary_ok(text, tokens, s, false, &mut cursor),
            };
            if !start_ok {
                continue;
            }
            here.clear();
            for (ai, (phrases, metas)) in self.automata.iter().enumerate() {
                phrases.each_at(bytes, s, |e, pi| {
                    // (Ends lie at or after the start: the start's cursor holds for them.)
                    let mut at_end = cursor;
                    let end_ok = match bytes.get(e) {
                        Some(b' ') => true,
                        Some(b) if b.is_ascii_alphanumeric() => false,
                        _ => {
                            text.is_char_boundary(e)
                                && boundary_ok(text, tokens, e, true, &mut at_end)
                        }
                    };
                    if end_ok {
                        here.push((e, ai, pi, metas[pi].user));
                    }
                });
            }
            // Longest first (stable: ties keep the automaton's order).
            here.sort_by_key(|&(e, ai, _, user)| (std::cmp::Reverse(e), !user, ai));
            for &(e, ai, pi, _) in &here {
                if s < last_end {
                    break;
                }
                let meta = &self.automata[ai].1[pi];
                let Some((start, end, label, canonical, rule)) = self.refine(text, s, e, meta)
                else {
                    continue;
                };
                // An extension to the left absorbs what it covers ("Azerbaijan–" in
                // "Azerbaijan–China Inter-Parliamentary Working Group").
                let mut start = start;
                if label == "ORG"
                    && rule == src!("org-name")
                    && let Some(prev) = out.last()
                    && prev.label == "GPE"
                    && matches!(text[prev.span.end()..start].trim(), "-" | "–" | "—")
                    && !text[prev.span.end()..start].contains(' ')
                {
                    start = prev.span.start();
                }
                while out.last().is_some_and(|p: &Entity| p.span.end() > start) {
                    out.pop();
                }
                last_end = end;
                out.push(Entity {
                    span: doc.span(start, end)?,
                    label,
                    source: rule.into(),
                    canonical,
                    confidence: None,
                });
            }
        }
        Ok(out)
    }

    /// The first position at or after `from` holding a byte some phrase starts with.
    #[inline]
    fn next_start(&self, bytes: &[u8], mut from: usize) -> Option<usize> {
        let table = &*self.first_bytes;
        if let Some((lo, hi)) = self.first_range {
            // Eight bytes at a time: per byte, the high bit of `in_range` is set exactly
            // when the byte is ASCII and lo <= byte <= hi (no carry crosses bytes, as
            // every byte of `low7` is below 0x80).
            const ONES: u64 = 0x0101_0101_0101_0101;
            let ge_lo = ONES * u64::from(0x80 - lo);
            let gt_hi = ONES * u64::from(0x7f - hi);
            let in_range = |x: u64| {
                let low7 = x & (ONES * 0x7f);
                (low7 + ge_lo) & !(low7 + gt_hi) & !x & (ONES * 0x80)
            };
            // Sixteen bytes a step while there are (half the loop's overhead), then eight.
            while let Some(chunk) = bytes.get(from..from + 16) {
                let (a, b) = chunk.split_at(8);
                let ma = in_range(u64::from_le_bytes(a.try_into().unwrap_or_default()));
                let mb = in_range(u64::from_le_bytes(b.try_into().unwrap_or_default()));
                if ma | mb != 0 {
                    for (mut m, base) in [(ma, from), (mb, from + 8)] {
                        while m != 0 {
                            let at = base + (m.trailing_zeros() / 8) as usize;
                            if table[usize::from(bytes[at])] {
                                return Some(at);
                            }
                            m &= m - 1;
                        }
                    }
                }
                from += 16;
            }
            while let Some(chunk) = bytes.get(from..from + 8) {
                let mut in_range =
                    in_range(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
                while in_range != 0 {
                    let at = from + (in_range.trailing_zeros() / 8) as usize;
                    if table[usize::from(bytes[at])] {
                        return Some(at);
                    }
                    in_range &= in_range - 1;
                }
                from += 8;
            }
        }
        let rest = bytes.get(from..)?;
        rest.iter()
            .position(|&b| table[usize::from(b)])
            .map(|k| from + k)
    }

    /// Applies the context rules to a built-in match: `None` drops it.
    fn refine(&self, text: &str, s: usize, e: usize, meta: &Meta) -> Option<Refined> {
        if meta.user {
            return Some((
                s,
                e,
                strata_core::entity_label(&meta.label),
                meta.canonical.clone(),
                src!("user"),
            ));
        }
        // "Trans-Caspian", "Pan-African": a bound prefix makes a new adjective.
        let head = &text[..s];
        if let Some(h) = head.strip_suffix('-')
            && BOUND_PREFIXES.iter().any(|p| {
                h.len() >= p.len()
                    && h.is_char_boundary(h.len() - p.len())
                    && h[h.len() - p.len()..].eq_ignore_ascii_case(p)
                    && h[..h.len() - p.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
        {
            return None;
        }
        // The kinds as bits, read once (most phrases have one kind).
        let bits = meta.kinds.iter().fold(0u8, |b, &k| b | (1 << k as u8));
        let has = |k: Kind| bits & (1 << k as u8) != 0;
        let place = has(Kind::Country) || has(Kind::City) || has(Kind::Region);
        let after = &text[e..];
        // "United Nations General Assembly Resolution 2758"
        if has(Kind::Organisation)
            && let Some(r) = after.strip_prefix(" Resolution ")
        {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 {
                return Some((s, e + 12 + digits, "LAW".into(), None, src!("resolution")));
            }
        }
        // "Presidential Administration of the Republic of Azerbaijan", "Standing Committee
        // of the National People’s Congress": a generic head owns the name after "of".
        if (place || has(Kind::Organisation))
            && let Some(start) = org_head_before(text, s)
        {
            return Some((start, e, "ORG".into(), None, src!("org-of")));
        }
        // "Zhejiang Province", "Nakhchivan Autonomous Republic"
        // (Designators and missions all start with an ASCII capital.)
        let capital_next = after.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase);
        if place && capital_next && after.starts_with(' ') {
            let rest = &after[1..];
            if let Some(d) = DESIGNATORS
                .iter()
                .filter(|d| rest.starts_with(*d) && word_end(rest, d.len()))
                .max_by_key(|d| d.len())
            {
                return Some((
                    s,
                    e + 1 + d.len(),
                    "GPE".into(),
                    meta.canonical.clone(),
                    src!("designator"),
                ));
            }
        }
        // "Chinese Embassy"
        if (has(Kind::Nationality) || has(Kind::Country)) && capital_next && after.starts_with(' ')
        {
            let rest = &after[1..];
            if let Some(d) = MISSIONS
                .iter()
                .filter(|d| rest.starts_with(*d) && word_end(rest, d.len()))
                .max_by_key(|d| d.len())
            {
                return Some((s, e + 1 + d.len(), "ORG".into(), None, src!("mission")));
            }
        }
        // "Beijing Foreign Studies University", "Azerbaijan National Agency for Mine Action"
        if (place || has(Kind::Nationality))
            && let Some(end) = org_head_after(text, e)
        {
            // ("National Republican Senatorial Committee": an institutional adjective
            // before the nationality opens the name)
            let start = text[..s]
                .strip_suffix(' ')
                .and_then(|b| {
                    ORG_PREFIXES
                        .iter()
                        .find(|p| b.ends_with(*p) && word_start(b, b.len() - p.len()))
                        .map(|p| s - 1 - p.len())
                })
                .unwrap_or(s);
            return Some((start, end, "ORG".into(), None, src!("org-name")));
        }
        if has(Kind::Language) {
            let only_language = meta.kinds.iter().all(|k| *k == Kind::Language);
            let next = word_after(text, e);
            let next_is_noun = next.chars().next().is_some_and(char::is_lowercase)
                && !matches!(
                    next,
                    "and"
                        | "or"
                        | "as"
                        | "is"
                        | "was"
                        | "at"
                        | "in"
                        | "with"
                        | "to"
                        | "for"
                        | "but"
                );
            let cue = LANGUAGE_CUES.contains(&word_before(text, s).to_ascii_lowercase().as_str());
            if only_language || matches!(next, "language" | "languages") || (cue && !next_is_noun) {
                return Some((s, e, "LANGUAGE".into(), None, src!("language")));
            }
        }
        let label = if place {
            "GPE".into()
        } else {
            meta.kinds
                .iter()
                .find(|k| **k != Kind::Language)
                .map_or_else(
                    || strata_core::entity_label(&meta.label),
                    |k| strata_core::entity_label(k.label()),
                )
        };
        Some((s, e, label, meta.canonical.clone(), src!("builtin")))
    }
}

/// A refined match: start, end, label, canonical name, source.
type Refined = (
    usize,
    usize,
    std::borrow::Cow<'static, str>,
    Option<String>,
    &'static str,
);

/// Prefixes that, hyphenated to a place or group, make a new word ("Trans-Caspian").
const BOUND_PREFIXES: &[&str] = &["trans", "pan", "sub", "inter", "intra"];

/// Head nouns of organisation names.
const ORG_HEADS: &[&str] = &[
    "Committee",
    "Commission",
    "Council",
    "Administration",
    "Ministry",
    "Department",
    "Agency",
    "Office",
    "Bureau",
    "Secretariat",
    "Presidium",
    "Assembly",
    "Parliament",
    "Government",
    "Embassy",
    "Consulate",
    "Mission",
    "Academy",
    "Institute",
    "University",
    "College",
    "School",
    "Bank",
    "Court",
    "Fund",
    "Foundation",
    "Museum",
    "Party",
    "Association",
    "Society",
    "Union",
    "Federation",
    "Organization",
    "Organisation",
    "Authority",
    "Service",
    "Center",
    "Centre",
    "Corporation",
    "Company",
    "Group",
    "Chamber",
    "Forum",
    "Network",
    "Airlines",
    "Airways",
    "Railways",
    "Library",
    "Hospital",
    "Police",
    "Board",
    "Directorate",
    "Cabinet",
    "Agencies",
    "Ministries",
];
/// Lowercase words that may join the capitalised words of one name.
const NAME_CONNECTORS: &[&str] = &["of", "for", "and", "on"];
/// Capitalised words that start a sentence rather than a name.
const NOT_NAME_START: &[&str] = &[
    "The", "A", "An", "This", "That", "These", "Those", "In", "At", "On", "By",
];

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '’' | '\'' | '.'))
        && !w.ends_with('.')
}

/// The start of "Head Words [of Words] of [the]" ending right before `s`, when the
/// capitalised words hold an organisation head ("Standing Committee of the ...").
fn org_head_before(text: &str, s: usize) -> Option<usize> {
    let head = &text[..s];
    let p = head
        .strip_suffix(" of the ")
        .or_else(|| head.strip_suffix(" of "))?
        .len();
    // Walk back over words separated by single spaces, at most 12.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut end = p;
    for _ in 0..12 {
        let seg = &text[..end];
        let start = seg.rfind(' ').map_or(0, |i| i + 1);
        let w = &seg[start..];
        if w.is_empty() || seg[..start].ends_with("  ") {
            break;
        }
        if capitalised(w) || (NAME_CONNECTORS.contains(&w) && words.last().is_some()) {
            words.push((start, w));
        } else if w.chars().next().is_some_and(char::is_uppercase) {
            // A proper modifier ("Azerbaijan–China Working Group of the ..."): the head
            // phrase is a name of its own, so the two stay apart.
            return None;
        } else {
            break;
        }
        if start == 0 || text[..start - 1].ends_with('\n') || start < 1 {
            break;
        }
        end = start - 1;
    }
    // Drop connectors and sentence openers at the left edge.
    while let Some(&(_, w)) = words.last() {
        if NAME_CONNECTORS.contains(&w) || NOT_NAME_START.contains(&w) {
            words.pop();
        } else {
            break;
        }
    }
    let first = words.last()?.0;
    words
        .iter()
        .any(|(_, w)| ORG_HEADS.contains(w))
        .then_some(first)
}

/// The end of a capitalised name with an organisation head right after a place or
/// nationality at `e` ("[Beijing] Foreign Studies University"): the name stops at its
/// last head, unless the words after it are joined by a connector ("University of
/// Languages").
fn org_head_after(text: &str, e: usize) -> Option<usize> {
    let rest = text[e..].strip_prefix(' ')?;
    // The name must open with a capitalised word.
    if !rest.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let mut pos = e + 1;
    let mut words: Vec<(usize, usize, &str)> = Vec::new();
    for w in rest.split(' ').take(12) {
        let w_clean = w.trim_end_matches([',', '.', ';', ':', ')', '”', '"', '’', '\'']);
        let ok = if capitalised(w_clean) {
            true
        } else {
            NAME_CONNECTORS.contains(&w_clean) && !words.is_empty()
        };
        if !ok || w_clean.is_empty() {
            break;
        }
        words.push((pos, pos + w_clean.len(), w_clean));
        if w_clean.len() != w.len() || w.contains('\n') {
            break;
        }
        pos += w.len() + 1;
    }
    while words
        .last()
        .is_some_and(|(_, _, w)| NAME_CONNECTORS.contains(w))
    {
        words.pop();
    }
    let last_head = words.iter().rposition(|(_, _, w)| ORG_HEADS.contains(w))?;
    let tail_joined = words
        .get(last_head + 1)
        .is_some_and(|(_, _, w)| NAME_CONNECTORS.contains(w));
    let last = if tail_joined {
        words.len() - 1
    } else {
        last_head
    };
    Some(words[last].1)
}

/// True when `s[..n]` ends a word (nothing alphanumeric follows).
fn word_end(s: &str, n: usize) -> bool {
    s[n..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::doc;

    fn render(g: &Gazetteer, text: &str) -> Vec<String> {
        let d = doc(text);
        g.find(&d)
            .unwrap()
            .iter()
            .map(|e| {
                let c = e
                    .canonical
                    .as_deref()
                    .map(|c| format!(" ={c}"))
                    .unwrap_or_default();
                format!("{} {}{c}", d.slice(e.span), e.label)
            })
            .collect()
    }

    fn check(text: &str, expected: &[&str]) {
        let g = Gazetteer::new(GazetteerSettings::default()).unwrap();
        assert_eq!(render(&g, text), expected, "in {text:?}");
    }

    #[test]
    fn builtin_places_and_groups() {
        check("in Baku, Azerbaijan", &["Baku GPE", "Azerbaijan GPE"]);
        check(
            "the People’s Republic of China and the PRC",
            &["People’s Republic of China GPE =China", "PRC GPE =China"],
        );
        check("the U.S. and us", &["U.S. GPE =United States"]);
        check(
            "China-Azerbaijan relations",
            &["China GPE", "Azerbaijan GPE"],
        );
        check("China–Azerbaijan", &["China GPE", "Azerbaijan GPE"]);
        check(
            "Chinese-Azerbaijani relations",
            &["Chinese NORP", "Azerbaijani NORP"],
        );
        check("Chinese-made equipment", &["Chinese NORP"]);
        check("Azerbaijan’s position", &["Azerbaijan GPE"]);
        check("China-Europe trains", &["China GPE", "Europe LOC"]);
        check("the Caspian Sea", &["Caspian Sea LOC"]);
        check("Chinaware and Chinese", &["Chinese NORP"]);
        check(
            "members of the SCO and NATO",
            &[
                "SCO ORG =Shanghai Cooperation Organization",
                "NATO ORG =North Atlantic Treaty Organization",
            ],
        );
        check(
            "the Communist Party of China",
            &["Communist Party of China ORG"],
        );
    }

    #[test]
    fn context_rules() {
        check(
            "studying the Azerbaijani language",
            &["Azerbaijani LANGUAGE"],
        );
        check("Chinese language courses", &["Chinese LANGUAGE"]);
        check("people study Chinese.", &["Chinese LANGUAGE"]);
        check("in Chinese cities", &["Chinese NORP"]);
        check("the Chinese side", &["Chinese NORP"]);
        check("written in Arabic script", &["Arabic LANGUAGE"]);
        check("in Zhejiang Province and", &["Zhejiang Province GPE"]);
        check(
            "Guangdong and Jiangsu provinces",
            &["Guangdong GPE", "Jiangsu GPE"],
        );
        check(
            "the Nakhchivan Autonomous Republic",
            &["Nakhchivan Autonomous Republic GPE"],
        );
        check(
            "at the Chinese Embassy in Baku",
            &["Chinese Embassy ORG", "Baku GPE"],
        );
    }

    #[test]
    fn organisation_names_around_places() {
        check("the Trans-Caspian route and trans-Caspian trade", &[]);
        check("the anti-American mood", &["American NORP"]);
        check(
            "by the Presidential Administration of the Republic of Azerbaijan on",
            &["Presidential Administration of the Republic of Azerbaijan ORG"],
        );
        check(
            "Chairman of the Standing Committee of the National People’s Congress of China",
            &[
                "Standing Committee of the National People’s Congress ORG",
                "China GPE",
            ],
        );
        check(
            "the Ministry of Foreign Affairs of Azerbaijan issued",
            &["Ministry of Foreign Affairs of Azerbaijan ORG"],
        );
        check("the President of Azerbaijan said", &["Azerbaijan GPE"]);
        check(
            "visited Beijing Foreign Studies University and",
            &["Beijing Foreign Studies University ORG"],
        );
        check(
            "the Azerbaijan University of Languages. The",
            &["Azerbaijan University of Languages ORG"],
        );
        check(
            "Head of the Azerbaijan–China Inter-Parliamentary Working Group of the Milli Majlis",
            &[
                "Azerbaijan–China Inter-Parliamentary Working Group ORG",
                "Milli Majlis ORG",
            ],
        );
        check(
            "the Chinese Foreign Ministry Spokesperson said",
            &["Chinese Foreign Ministry ORG"],
        );
        check(
            "United Nations General Assembly Resolution 2758, adopted",
            &["United Nations General Assembly Resolution 2758 LAW"],
        );
        check("In Baku News", &["Baku GPE"]);
        check(
            "The National Republican Senatorial Committee, which",
            &["National Republican Senatorial Committee ORG"],
        );
    }

    #[test]
    fn start_scan_agrees_with_a_byte_loop() {
        let builtin = Gazetteer::new(GazetteerSettings::default()).unwrap();
        assert_eq!(builtin.first_range, Some((b'A', b'Z')));
        let any_case = Gazetteer::new(GazetteerSettings {
            entries: vec![GazetteerEntry {
                phrase: "baku process".into(),
                label: "EVENT".into(),
                canonical: None,
            }],
            case_sensitive: false,
            ..GazetteerSettings::default()
        })
        .unwrap();
        let mut x: u64 = 7;
        let bytes: Vec<u8> = (0..4000)
            .map(|_| {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let b = (x >> 56) as u8;
                // Mostly lowercase and spaces, some capitals and high bytes.
                if b < 200 {
                    b"abc de fgh BKZ@[`"[usize::from(b) % 17]
                } else {
                    b
                }
            })
            .collect();
        for g in [&builtin, &any_case] {
            for from in 0..bytes.len() + 2 {
                let naive = (from..bytes.len()).find(|&i| g.first_bytes[usize::from(bytes[i])]);
                assert_eq!(g.next_start(&bytes, from), naive, "from {from}");
            }
        }
    }

    #[test]
    fn galloping_token_search_agrees_with_a_binary_search() {
        let text = "a bb  c, dd (e) ffff g";
        let d = doc(text);
        let tokens = d.tokens.as_deref().unwrap();
        for pos in 0..=text.len() + 1 {
            let want = tokens.partition_point(|t| t.span.start() < pos);
            for from in 0..=want {
                assert_eq!(first_token_from(tokens, from, pos), want, "{pos} {from}");
            }
        }
    }

    #[test]
    fn sources_name_the_plugin() {
        assert!(src!("user").starts_with(NAME));
        assert_eq!(src!("org-of"), format!("{NAME}:org-of"));
    }

    #[test]
    fn user_entries() {
        let s: GazetteerSettings = parse_settings(
            NAME,
            serde_json::json!({
                "entries": [
                    {"phrase": "Lu Mei", "label": "PERSON"},
                    {"phrase": "Baku Process", "label": "EVENT", "canonical": "The Baku Process"}
                ],
                "builtin": false
            })
            .as_object()
            .unwrap(),
        )
        .unwrap();
        let g = Gazetteer::new(s).unwrap();
        assert_eq!(
            render(&g, "Lu Mei spoke of the Baku Process in Baku."),
            ["Lu Mei PERSON", "Baku Process EVENT =The Baku Process"]
        );
    }

    #[test]
    fn user_entries_beat_builtin_and_case_options() {
        let s = GazetteerSettings {
            entries: vec![GazetteerEntry {
                phrase: "baku process".into(),
                label: "EVENT".into(),
                canonical: None,
            }],
            case_sensitive: false,
            ..GazetteerSettings::default()
        };
        let g = Gazetteer::new(s).unwrap();
        assert_eq!(
            render(&g, "the Baku Process and us"),
            ["Baku Process EVENT"]
        );
        let s = GazetteerSettings {
            entries: vec![GazetteerEntry {
                phrase: "China".into(),
                label: "ORG".into(),
                canonical: None,
            }],
            ..GazetteerSettings::default()
        };
        let g = Gazetteer::new(s).unwrap();
        assert_eq!(render(&g, "China"), ["China ORG"]);
    }

    #[test]
    fn files() {
        let dir = std::env::temp_dir().join(format!("strata-gaz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let tsv = dir.join("a.tsv");
        std::fs::write(
            &tsv,
            "# comment\nLu Mei\tPERSON\nSCO\tORG\tShanghai Cooperation Organization\n",
        )
        .unwrap();
        let jsonl = dir.join("b.jsonl");
        std::fs::write(
            &jsonl,
            "{\"phrase\": \"Ilham Aliyev\", \"label\": \"PERSON\"}\n",
        )
        .unwrap();
        let g = Gazetteer::new(GazetteerSettings {
            files: vec![tsv.clone(), jsonl],
            builtin: false,
            ..GazetteerSettings::default()
        })
        .unwrap();
        assert_eq!(
            render(&g, "Lu Mei met Ilham Aliyev at the SCO."),
            [
                "Lu Mei PERSON",
                "Ilham Aliyev PERSON",
                "SCO ORG =Shanghai Cooperation Organization"
            ]
        );
        std::fs::write(&tsv, "no label here\n").unwrap();
        let err = Gazetteer::new(GazetteerSettings {
            files: vec![tsv],
            ..GazetteerSettings::default()
        });
        assert!(err.is_err());
        let missing = Gazetteer::new(GazetteerSettings {
            files: vec![dir.join("missing.tsv")],
            ..GazetteerSettings::default()
        });
        assert!(missing.is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn merge_keeps_earlier_entities() {
        let mut d = doc("in Baku today");
        d.entities = Some(vec![Entity {
            span: d.span(0, 7).unwrap(),
            label: "X".into(),
            source: "t".into(),
            canonical: None,
            confidence: None,
        }]);
        Gazetteer::new(GazetteerSettings::default())
            .unwrap()
            .annotate(&mut d)
            .unwrap();
        let labels: Vec<&str> = d
            .entities
            .as_ref()
            .unwrap()
            .iter()
            .map(|e| e.label.as_ref())
            .collect();
        assert_eq!(labels, ["X"]);
        assert!(
            Gazetteer::new(GazetteerSettings::default())
                .unwrap()
                .annotate(&mut Document::new("x", "Baku"))
                .is_err()
        );
    }
}
