//! The `names.cluster` plugin; the module documentation in `lib.rs` describes the rules.

use serde::Deserialize;
use strata_core::{
    AnnotateError, Annotator, BuildError, Document, Entity, Layer, LayerSet, Mention, MentionKind,
    NameCluster, SettingDoc, Settings, Span, parse_settings,
};
use strata_lexicon::{Gender, Kind, Title, TitleKind};

use crate::fast::{FastMap, FastSet, Interner, LEX, pair, same_bytes};

pub(crate) const NAME: &str = "names.cluster";

fn yes() -> bool {
    true
}

fn default_labels() -> Vec<String> {
    vec!["PERSON".into(), "ORG".into(), "GPE".into()]
}

/// Settings of `names.cluster`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClusterSettings {
    /// Entity labels to cluster.
    #[serde(default = "default_labels")]
    pub labels: Vec<String>,
    /// Add nominal mentions ("the Ambassador") to person clusters.
    #[serde(default = "yes")]
    pub nominals: bool,
    /// Add pronoun mentions (he/she/his/her) to person clusters.
    #[serde(default = "yes")]
    pub pronouns: bool,
}

impl Default for ClusterSettings {
    fn default() -> Self {
        ClusterSettings {
            labels: default_labels(),
            nominals: true,
            pronouns: true,
        }
    }
}

pub(crate) const SETTINGS: &[SettingDoc] = &[
    SettingDoc {
        name: "labels",
        kind: "[string]",
        default: "[\"PERSON\", \"ORG\", \"GPE\"]",
        help: "Entity labels whose mentions are clustered",
    },
    SettingDoc {
        name: "nominals",
        kind: "bool",
        default: "true",
        help: "Add nominal mentions (\"the Ambassador\", \"the diplomat\") to the person they refer to",
    },
    SettingDoc {
        name: "pronouns",
        kind: "bool",
        default: "true",
        help: "Add he/she/his/her pronoun mentions to the nearest compatible person",
    },
];

/// The `names.cluster` annotator.
#[derive(Clone, Debug)]
pub struct NameClusterer {
    settings: ClusterSettings,
}

impl NameClusterer {
    pub fn new(settings: ClusterSettings) -> NameClusterer {
        NameClusterer { settings }
    }
}

impl Default for NameClusterer {
    fn default() -> Self {
        NameClusterer::new(ClusterSettings::default())
    }
}

pub(crate) fn build(settings: &Settings) -> Result<Box<dyn Annotator>, BuildError> {
    let s: ClusterSettings = parse_settings(NAME, settings)?;
    Ok(Box::new(NameClusterer::new(s)))
}

impl Annotator for NameClusterer {
    fn requires(&self) -> LayerSet {
        LayerSet::from([Layer::TOKENS, Layer::ENTITIES])
    }
    fn provides(&self) -> LayerSet {
        LayerSet::from([Layer::CLUSTERS])
    }
    fn annotate(&self, doc: &mut Document) -> Result<(), AnnotateError> {
        doc.require(&Layer::TOKENS)?;
        doc.require(&Layer::ENTITIES)?;
        let clusters = self.cluster(doc);
        doc.clusters = Some(clusters);
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------

/// How many recent candidates a lookup examines (keeps every step bounded).
const MAX_CANDIDATES: usize = 64;
/// Nominals look back over at most this many person mentions.
const RECENT_LOOKBACK: usize = 256;
/// Pronouns look back this many sentences.
const SENTENCE_WINDOW: usize = 5;
/// The string table is emptied between documents once it holds this many strings.
const MAX_STRINGS: usize = 1 << 18;
/// A person cluster keeps at most this many distinct full names for the misspelling test
/// (exact first-and-last-word matches are indexed and never limited).
const MAX_FULL_NAMES: usize = 32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Event {
    Name(usize),
    Nominal {
        start: usize,
        end: usize,
    },
    Pronoun {
        start: usize,
        end: usize,
        gender: Gender,
    },
}

impl Event {
    fn start(&self, ents: &[Entity]) -> usize {
        match *self {
            Event::Name(i) => ents[i].span.start(),
            Event::Nominal { start, .. } | Event::Pronoun { start, .. } => start,
        }
    }
}

/// A surface form of a cluster (ids are the document's string ids).
#[derive(Clone, Copy, Debug)]
struct Form {
    id: u32,
    words: u32,
    count: u32,
    /// First position.
    pos: usize,
}

/// Lists of forms this long or shorter are searched by a scan, longer ones through a map.
const SHORT_LIST: usize = 8;

/// Index of string `id` in `list`: a scan while the list is short, else through `map`
/// (keyed by the list's store and the id).
fn find_form(list: &[Form], map: &FastMap<u64, usize>, store: u32, id: u32) -> Option<usize> {
    if list.len() <= SHORT_LIST {
        list.iter().position(|f| f.id == id)
    } else {
        map.get(&pair(store, id)).copied()
    }
}

/// Appends `f` to `list`, indexing the list in `map` once it is long.
fn push_form(list: &mut Vec<Form>, map: &mut FastMap<u64, usize>, store: u32, f: Form) {
    list.push(f);
    if list.len() == SHORT_LIST + 1 {
        for (k, g) in list.iter().enumerate() {
            map.insert(pair(store, g.id), k);
        }
    } else if list.len() > SHORT_LIST + 1 {
        map.insert(pair(store, f.id), list.len() - 1);
    }
}

#[derive(Debug, Default)]
struct Cl {
    /// The label, as its index in the settings' labels.
    label: u32,
    /// Which entries of `State::form_at`/`hint_at` describe `forms` and `hints`: they
    /// move with the vectors when a merge keeps the larger ones.
    store: u32,
    forms: Vec<Form>,
    /// Canonical names given by the entity producer (gazetteer), as forms.
    hints: Vec<Form>,
    /// Full names as word ids (at most `MAX_FULL_NAMES`).
    full: Vec<Box<[u32]>>,
    titles: Vec<&'static str>,
    /// Country string ids.
    countries: Vec<u32>,
    gender: Option<Gender>,
    /// Start of the latest mention.
    last: usize,
    /// The last nominal that listed this cluster as a candidate.
    seen: u32,
}

impl Cl {
    fn add_title(&mut self, t: &'static str) {
        if !self.titles.contains(&t) {
            self.titles.push(t);
        }
    }
    fn add_country(&mut self, c: u32) {
        if !self.countries.contains(&c) {
            self.countries.push(c);
        }
    }
    /// The most frequent hint (the latest seen among equals), else the longest form (most
    /// words, then most often written, then first seen).
    fn canonical(&self, names: &Interner) -> String {
        if let Some(h) = self.hints.iter().max_by_key(|h| (h.count, h.pos)) {
            return names.get(h.id).to_string();
        }
        self.forms
            .iter()
            .max_by_key(|f| (f.words, f.count, std::cmp::Reverse(f.pos)))
            .map(|f| names.get(f.id).to_string())
            .unwrap_or_default()
    }
}

/// Strips a possessive ending.
fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("’s")
        .or_else(|| s.strip_suffix("'s"))
        .unwrap_or(s)
}

/// Two words are one edit apart and long enough for that to be a misspelling.
fn near(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.max(lb) < 3 || la.max(lb) > 40 || la.abs_diff(lb) > 1 {
        return false;
    }
    one_edit(a, b)
}

/// Exactly one substitution, insertion or deletion turns `a` into `b` (they differ, and
/// their lengths in characters differ by at most one).
fn one_edit(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    let (long, short) = if la >= lb { (a, b) } else { (b, a) };
    let mut l = long.chars();
    let mut s = short.chars();
    let mut edits = 0;
    loop {
        match (l.next(), s.clone().next()) {
            (None, None) => return edits == 1,
            (Some(x), Some(y)) if x == y => {
                s.next();
            }
            (Some(_), _) => {
                edits += 1;
                if edits > 1 {
                    return false;
                }
                // Same length: a substitution; else the long string has an extra char.
                if la == lb {
                    s.next();
                }
            }
            (None, Some(_)) => return false,
        }
    }
}

/// Is the full name `w` compatible with the known full name `f`, by the misspelling rule
/// (same length, one word one edit away, the others identical)?
fn one_word_misspelt(f: &[u32], w: &[u32], names: &Interner) -> bool {
    if f.len() != w.len() {
        return false;
    }
    let mut diff = None;
    for i in 0..f.len() {
        if f[i] != w[i] {
            if diff.is_some() {
                return false;
            }
            diff = Some(i);
        }
    }
    diff.is_some_and(|i| near(names.get(f[i]), names.get(w[i])))
}

/// Initials of the capitalised words ("Shanghai Cooperation Organization" -> "SCO"),
/// written to `out`.
fn initials_into(s: &str, out: &mut String) -> bool {
    out.clear();
    if s.is_ascii() {
        let mut words = 0;
        let mut prev_space = true;
        for &b in s.as_bytes() {
            let space = ascii_space(b);
            if prev_space && !space && b.is_ascii_uppercase() {
                out.push(char::from(b));
                words += 1;
            }
            prev_space = space;
        }
        return words >= 2;
    }
    let mut words = 0;
    for w in s.split_whitespace() {
        let Some(c) = w.chars().next() else {
            return false;
        };
        if c.is_uppercase() {
            out.push(c);
            words += 1;
        }
    }
    words >= 2
}

/// The ASCII characters that `char::is_whitespace` accepts.
fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// The number of whitespace-separated words.
fn word_count(s: &str) -> usize {
    if !s.is_ascii() {
        return s.split_whitespace().count();
    }
    let mut n = 0;
    let mut prev_space = true;
    for &b in s.as_bytes() {
        let space = ascii_space(b);
        n += usize::from(prev_space && !space);
        prev_space = space;
    }
    n
}

/// An all-capitals abbreviation ("SCO", "U.N.") as plain letters, written to `out`.
fn acronym_into(s: &str, out: &mut String) -> bool {
    out.clear();
    let mut n = 0;
    for c in s.chars().filter(|c| *c != '.') {
        n += 1;
        if n > 8 || !c.is_uppercase() {
            return false;
        }
        out.push(c);
    }
    n >= 2
}

#[cfg(test)]
fn initials(s: &str) -> Option<String> {
    let mut out = String::new();
    initials_into(s, &mut out).then_some(out)
}

#[cfg(test)]
fn acronym(s: &str) -> Option<String> {
    let mut out = String::new();
    acronym_into(s, &mut out).then_some(out)
}

/// Lowercased, with typographic apostrophes made plain, written to `out`.
fn norm_into(s: &str, out: &mut String) {
    out.clear();
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
    } else {
        for c in s.chars() {
            if c == '’' {
                out.push('\'');
            } else {
                out.extend(c.to_lowercase());
            }
        }
        // `to_lowercase` of a whole string treats a final sigma by context.
        if out.contains('σ') || out.contains('ς') {
            *out = s.replace('’', "'").to_lowercase();
        }
    }
}

/// What a short token may start: a pronoun of a gender, or "the" (a nominal).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Pronoun(Gender),
    The,
}

/// The cue a token of 2..=8 bytes `bytes[s..e]` is, if any: its bytes are read as one
/// word and compared, ASCII case folded, with the cue words packed the same way.
#[inline(always)]
fn cue_at(bytes: &[u8], s: usize, e: usize) -> Option<Cue> {
    const fn word(w: &[u8]) -> u64 {
        let mut x = 0u64;
        let mut k = 0;
        while k < w.len() {
            x |= (w[k] as u64) << (8 * k);
            k += 1;
        }
        x
    }
    const HE: u64 = word(b"he");
    const HIM: u64 = word(b"him");
    const HIS: u64 = word(b"his");
    const HIMSELF: u64 = word(b"himself");
    const SHE: u64 = word(b"she");
    const HER: u64 = word(b"her");
    const HERS: u64 = word(b"hers");
    const HERSELF: u64 = word(b"herself");
    const THE: u64 = word(b"the");
    let len = e.wrapping_sub(s);
    if !(2..=8).contains(&len) {
        return None;
    }
    // Most tokens stop at their first letter.
    if !matches!(bytes.get(s)? | 0x20, b'h' | b's' | b't') {
        return None;
    }
    let x = match bytes.get(s..s + 8) {
        Some(c) => u64::from_le_bytes(c.try_into().ok()?),
        None => word(bytes.get(s..e)?),
    };
    // `| 0x20` maps a letter to its lowercase and never maps another byte onto a
    // letter; the bytes past the token are cleared, so the length counts too.
    let folded = (x | 0x2020_2020_2020_2020) & (u64::MAX >> (8 * (8 - len)));
    match folded {
        HE | HIM | HIS | HIMSELF => Some(Cue::Pronoun(Gender::Male)),
        SHE | HER | HERS | HERSELF => Some(Cue::Pronoun(Gender::Female)),
        THE => Some(Cue::The),
        _ => None,
    }
}

/// Role nouns for nominals beyond the titles themselves.
pub(crate) const ROLE_NOUNS: &[&str] = &[
    "diplomat",
    "envoy",
    "leader",
    "head of state",
    "premier",
    "minister",
];

/// `t` is `p` or starts with `p` and a space.
fn is_or_starts(t: &str, p: &str) -> bool {
    t.strip_prefix(p)
        .is_some_and(|r| r.is_empty() || r.starts_with(' '))
}

/// Does a person with these titles fit the role noun?
fn role_fits(role: &str, titles: &[&str]) -> bool {
    let any = |f: &dyn Fn(&str) -> bool| titles.iter().any(|t| f(t));
    match role {
        "diplomat" => any(&|t| {
            [
                "Ambassador",
                "Envoy",
                "Special Envoy",
                "Consul",
                "Counselor",
                "Counsellor",
                "Attaché",
            ]
            .iter()
            .any(|p| is_or_starts(t, p))
                || t.ends_with("Foreign Minister")
        }),
        "envoy" => any(&|t| t.starts_with("Ambassador") || t.ends_with("Envoy")),
        "head of state" => any(&|t| {
            matches!(
                t,
                "President" | "King" | "Queen" | "Emperor" | "Empress" | "Chairman" | "Emir"
            )
        }),
        "leader" => any(&|t| {
            matches!(
                t,
                "President"
                    | "King"
                    | "Queen"
                    | "Emperor"
                    | "Chairman"
                    | "Premier"
                    | "Prime Minister"
                    | "Chancellor"
                    | "Leader"
                    | "Emir"
            )
        }),
        "premier" => any(&|t| t == "Premier" || t == "Prime Minister"),
        "minister" => any(&|t| t.ends_with("Minister")),
        other => any(&|t| {
            t.eq_ignore_ascii_case(other)
                || (t.len() > other.len()
                    && t.is_char_boundary(other.len())
                    && t[..other.len()].eq_ignore_ascii_case(other)
                    && t.as_bytes()[other.len()] == b' ')
        }),
    }
}

/// The country a nationality or place word stands for ("Chinese" -> "China").
fn country_of<'a>(word: &str, canonical: Option<&'a str>) -> Option<&'a str> {
    let word = strip_possessive(word.trim());
    for e in strata_lexicon::lookup(word) {
        match e.kind {
            Kind::Nationality => {
                if let Some(c) = e.country {
                    return Some(c);
                }
            }
            Kind::Country => return Some(e.canonical),
            _ => {}
        }
    }
    canonical
}

/// The longest title that `head` ends with (also as a plural: "Presidents").
fn title_ending(head: &str) -> Option<(&'static Title, usize)> {
    let h = head.as_bytes();
    let singular = h.strip_suffix(b"s");
    let ends = |h: &[u8], p: &[u8]| h.len() >= p.len() && same_bytes(&h[h.len() - p.len()..], p);
    let mut best: Option<(&'static Title, usize)> = None;
    for t in LEX.titles_ending(head) {
        let p = t.phrase.as_bytes();
        for plural in [false, true] {
            let ok = if plural {
                singular.is_some_and(|h| ends(h, p)) && !p.ends_with(b".")
            } else {
                ends(h, p)
            };
            if !ok {
                continue;
            }
            let len = t.phrase.len() + usize::from(plural);
            let before = head[..head.len() - len].chars().next_back();
            if before.is_some_and(char::is_alphanumeric) {
                continue;
            }
            if best.is_none_or(|b| len > b.1) {
                best = Some((t, len));
            }
        }
    }
    best
}

/// The longest title `tail` starts with.
fn title_starting(tail: &str) -> Option<&'static Title> {
    LEX.titles_starting(tail)
        .filter(|t| {
            tail.starts_with(t.phrase)
                && tail[t.phrase.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        .max_by_key(|t| t.phrase.len())
}

/// Finds the entity ending (or starting) at an offset by binary search: entities are
/// sorted and do not overlap, so their ends are sorted too.
/// On a long document the offsets are hashed instead (binary searches over a large
/// array miss the cache at every step).
struct EntityIndex<'a> {
    ents: &'a [Entity],
    ends: bool,
    map: Option<FastMap<usize, usize>>,
}

impl<'a> EntityIndex<'a> {
    fn new(ents: &'a [Entity], ends: bool) -> EntityIndex<'a> {
        let mut ix = EntityIndex {
            ents,
            ends,
            map: None,
        };
        if ents.len() > 4096 {
            let mut map = FastMap::with_capacity_and_hasher(ents.len(), Default::default());
            for (k, e) in ents.iter().enumerate() {
                // The first entity with the offset, as the binary search finds.
                map.entry(ix.key(e)).or_insert(k);
            }
            ix.map = Some(map);
        }
        ix
    }

    fn key(&self, e: &Entity) -> usize {
        if self.ends {
            e.span.end()
        } else {
            e.span.start()
        }
    }

    fn get(&self, pos: usize) -> Option<usize> {
        if let Some(map) = &self.map {
            return map.get(&pos).copied();
        }
        let k = self.ents.partition_point(|e| self.key(e) < pos);
        self.ents
            .get(k)
            .is_some_and(|e| self.key(e) == pos)
            .then_some(k)
    }
}

struct Ctx<'a> {
    text: &'a str,
    ents: &'a [Entity],
    /// Entity index by end offset and by start offset.
    by_end: EntityIndex<'a>,
    by_start: EntityIndex<'a>,
    /// Sentence start offsets, sorted.
    sent_starts: Vec<usize>,
    /// The last position asked for and its sentence count (see `sentence`).
    sent_cursor: std::cell::Cell<(usize, usize)>,
}

impl<'a> Ctx<'a> {
    /// The number of sentences starting at or before `pos`. Events come in document
    /// order, so a cursor moves forward; a step back falls back to a binary search.
    fn sentence(&self, pos: usize) -> usize {
        let (last, mut k) = self.sent_cursor.get();
        if pos < last {
            k = self.sent_starts.partition_point(|&s| s <= pos);
        } else {
            while self.sent_starts.get(k).is_some_and(|&s| s <= pos) {
                k += 1;
            }
        }
        self.sent_cursor.set((pos, k));
        k
    }
    fn ent_label(&self, i: usize) -> &str {
        &self.ents[i].label
    }
    fn ent_country(&self, i: usize) -> Option<&'a str> {
        let e = &self.ents[i];
        country_of(
            &self.text[e.span.start()..e.span.end()],
            e.canonical.as_deref(),
        )
    }
    /// A title right before a person's name, and the country it names.
    fn title_before(&self, start: usize) -> Option<(&'static Title, Option<&'a str>)> {
        let mut h = self.text[..start].trim_end_matches(' ');
        if let Some(x) = h.strip_suffix(',') {
            h = x.trim_end_matches(' ');
        }
        let mut country = None;
        // "Ambassador to Azerbaijan Lu Mei", "President of the People’s Republic of China Xi",
        // "Ambassador of the People’s Republic of China to Azerbaijan, Lu Mei" (two hops).
        for _ in 0..2 {
            let Some(g) = self.by_end.get(h.len()) else {
                break;
            };
            if !matches!(self.ent_label(g), "GPE" | "ORG") {
                break;
            }
            let gs = self.ents[g].span.start();
            let before = &self.text[..gs];
            let mut hopped = false;
            for conn in [" of the ", " of ", " to the ", " to "] {
                if let Some(x) = before.strip_suffix(conn) {
                    if conn.starts_with(" of") && country.is_none() {
                        country = self.ent_country(g);
                    }
                    h = x;
                    hopped = true;
                    break;
                }
            }
            if !hopped {
                break;
            }
        }
        let (title, len) = title_ending(h)?;
        // "Chinese Ambassador", "Azerbaijan's President", "PRC Chairman"
        let lead = strip_possessive(h[..h.len() - len].trim_end_matches(' '));
        if country.is_none()
            && let Some(n) = self.by_end.get(lead.len())
            && matches!(self.ent_label(n), "NORP" | "GPE")
        {
            country = self.ent_country(n);
        }
        Some((title, country))
    }
    /// A title in an apposition after the name: "Lu Mei, Ambassador ...", "Heydar Aliyev,
    /// then President of Azerbaijan".
    fn title_after(&self, end: usize) -> Option<(&'static Title, Option<&'a str>)> {
        let mut r = self.text[end..].strip_prefix(", ")?;
        for skip in ["the ", "then ", "now ", "former ", "currently "] {
            if let Some(x) = r.strip_prefix(skip) {
                r = x;
                break;
            }
        }
        let title = title_starting(r)?;
        let after = &r[title.phrase.len()..];
        let mut country = None;
        for conn in [" of the ", " of "] {
            if let Some(x) = after.strip_prefix(conn) {
                let pos = self.text.len() - x.len();
                if let Some(g) = self.by_start.get(pos)
                    && self.ent_label(g) == "GPE"
                {
                    country = self.ent_country(g);
                }
                break;
            }
        }
        Some((title, country))
    }
}

impl NameClusterer {
    /// Builds the clusters of a document (tokens and entities must be present).
    pub fn cluster(&self, doc: &Document) -> Vec<NameCluster> {
        let text = doc.text();
        let ents = doc.entities.as_deref().unwrap_or(&[]);
        let tokens = doc.tokens.as_deref().unwrap_or(&[]);
        let wanted = &self.settings.labels;
        // The tables of the last document on this thread, emptied, or new ones.
        let mut st = SPARE.with(|s| s.borrow_mut().take()).unwrap_or_default();
        st.reset(ents.len(), wanted);

        // Sentence starts: the sentence layer, or token-based guesses (after . ! ? or a
        // line break).
        let mut sent_starts = std::mem::take(&mut st.sent_starts);
        sent_starts.clear();
        match &doc.sentences {
            Some(s) => sent_starts.extend(s.iter().map(|s| s.span.start())),
            None => {
                let mut prev_end = 0;
                let mut boundary = true;
                for t in tokens {
                    let gap = &text[prev_end.min(t.span.start())..t.span.start()];
                    if boundary || gap.contains('\n') {
                        sent_starts.push(t.span.start());
                    }
                    boundary = matches!(t.span.text(text), "." | "!" | "?");
                    prev_end = t.span.end();
                }
            }
        }
        let by_end = EntityIndex::new(ents, true);
        let by_start = EntityIndex::new(ents, false);
        let ctx = Ctx {
            text,
            ents,
            by_end,
            by_start,
            sent_starts,
            sent_cursor: std::cell::Cell::new((0, 0)),
        };

        // Events in document order: names (of the clustered labels, as their index in
        // `labels`), and pronouns and nominals found in the tokens.
        let mut names = std::mem::take(&mut st.ev_names);
        let mut cues = std::mem::take(&mut st.ev_cues);
        let mut events = std::mem::take(&mut st.events);
        names.clear();
        cues.clear();
        events.clear();
        for (i, e) in ents.iter().enumerate() {
            let l = e.label.as_bytes();
            if let Some(k) = wanted.iter().position(|x| same_bytes(x.as_bytes(), l)) {
                names.push((Event::Name(i), k as u32));
            }
        }
        // Is offset `s` inside an entity? Tokens come in order: a cursor moves forward
        // over the entities ending at or before `s` (a binary search if `s` steps back).
        let ent_cursor = std::cell::Cell::new((0usize, 0usize));
        let inside_entity = |s: usize| {
            let (last, mut k) = ent_cursor.get();
            if s < last {
                k = ents.partition_point(|e| e.span.end() <= s);
            } else {
                while ents.get(k).is_some_and(|e| e.span.end() <= s) {
                    k += 1;
                }
            }
            ent_cursor.set((s, k));
            ents.get(k).is_some_and(|e| e.span.start() <= s)
        };
        let person_at = |s: usize| by_start_label(ents, s, "PERSON");
        if self.settings.pronouns || self.settings.nominals {
            let bytes = text.as_bytes();
            for (k, t) in tokens.iter().enumerate() {
                // Most tokens fail on length or first letter before their text is read.
                let Some(cue) = cue_at(bytes, t.span.start(), t.span.end()) else {
                    continue;
                };
                match cue {
                    Cue::Pronoun(gender) => {
                        if self.settings.pronouns && !inside_entity(t.span.start()) {
                            cues.push((
                                Event::Pronoun {
                                    start: t.span.start(),
                                    end: t.span.end(),
                                    gender,
                                },
                                0,
                            ));
                        }
                    }
                    Cue::The => {
                        if self.settings.nominals
                            && let Some(ev) =
                                nominal_at(text, tokens, k, &inside_entity, &person_at)
                        {
                            cues.push((ev, 0));
                        }
                    }
                }
            }
        }
        in_order(&names, &cues, ents, &mut events);

        let mut last_person: Option<(usize, usize, Option<&'static Title>)> = None;
        for &(ev, label) in &events {
            match ev {
                Event::Name(i) => {
                    if label == st.person_label {
                        st.person(&ctx, i, &mut last_person);
                    } else {
                        st.org_or_place(&ctx, i, label);
                    }
                }
                Event::Nominal { start, end } => st.nominal(&ctx, start, end),
                Event::Pronoun { start, end, gender } => st.pronoun(&ctx, start, end, gender),
            }
        }
        st.sent_starts = ctx.sent_starts;
        st.ev_names = names;
        st.ev_cues = cues;
        st.events = events;
        let out = st.finish(wanted);
        if st.worth_keeping() {
            SPARE.with(|s| *s.borrow_mut() = Some(st));
        }
        out
    }
}

thread_local! {
    /// Clustering state kept between documents on a thread, so that its maps and
    /// vectors are allocated once rather than per document.
    static SPARE: std::cell::RefCell<Option<Box<State>>> = const { std::cell::RefCell::new(None) };
}

/// Names and cues merged by start (at one offset a name comes first, and a pronoun last)
/// into `out`; a merge when each list is in order already, as they are from sorted layers.
fn in_order(
    names: &[(Event, u32)],
    cues: &[(Event, u32)],
    ents: &[Entity],
    out: &mut Vec<(Event, u32)>,
) {
    let key = |e: &(Event, u32)| (e.0.start(ents), matches!(e.0, Event::Pronoun { .. }));
    out.reserve(names.len() + cues.len());
    if !ents.is_sorted_by_key(|e| e.span.start()) || !cues.is_sorted_by_key(key) {
        out.extend_from_slice(names);
        out.extend_from_slice(cues);
        out.sort_by_key(key);
        return;
    }
    let mut c = cues.iter().peekable();
    for n in names {
        while let Some(x) = c.next_if(|x| key(x) < key(n)) {
            out.push(*x);
        }
        out.push(*n);
    }
    out.extend(c);
}

fn by_start_label(ents: &[Entity], s: usize, label: &str) -> bool {
    let k = ents.partition_point(|e| e.span.start() < s);
    ents.get(k)
        .is_some_and(|e| e.span.start() == s && e.label == label)
}

/// "the [Azerbaijani] Ambassador", "the diplomat", "the head of state" starting at token `k`.
fn nominal_at(
    text: &str,
    tokens: &[strata_core::Token],
    k: usize,
    inside_entity: &dyn Fn(usize) -> bool,
    person_at: &dyn Fn(usize) -> bool,
) -> Option<Event> {
    let lex = &*LEX;
    let start = tokens[k].span.start();
    let mut j = k + 1;
    let tok = |i: usize| tokens.get(i).map(|t| t.span.text(text));
    // Optional nationality ("the Azerbaijani leader").
    let mut role_start = j;
    let w0 = tok(j)?;
    if !lex.role_word(w0) {
        // Only "the NATIONALITY role" can still be one (the cheap test first).
        if !(w0.chars().next().is_some_and(char::is_uppercase)
            && tok(j + 1).is_some_and(|w| lex.role_word(w))
            && lex.is_nationality(w0))
        {
            return None;
        }
        j += 1;
        role_start = j;
    }
    let w1 = tok(j)?;
    if !lex.role_word(w1) {
        return None;
    }
    let w2 = tok(j + 1);
    let w3 = tok(j + 2);
    let len = if w1.eq_ignore_ascii_case("head")
        && w2 == Some("of")
        && w3.is_some_and(|w| w.eq_ignore_ascii_case("state"))
    {
        3
    } else if let Some(w2) = w2
        && let Some(t) = lex.title(&[w1, w2])
        && t.kind != TitleKind::Honorific
    {
        2
    } else if ROLE_NOUNS.iter().any(|r| r.eq_ignore_ascii_case(w1)) {
        1
    } else if let Some(t) = lex.title(&[w1])
        && t.kind != TitleKind::Honorific
        && !w1.ends_with('.')
    {
        1
    } else {
        return None;
    };
    let last = role_start + len - 1;
    let end = tokens.get(last)?.span.end();
    if inside_entity(tokens[role_start].span.start()) {
        return None;
    }
    // "the President Ilham Aliyev": a title before a name, not a nominal.
    if let Some(next) = tokens.get(last + 1)
        && person_at(next.span.start())
    {
        return None;
    }
    Some(Event::Nominal { start, end })
}

/// Strings derived from an interned string, memoised by its id (`UNSET` until asked,
/// `NONE` when there is none), and the ORG/GPE cluster of a normalised key in the current
/// document.
#[derive(Clone, Copy)]
struct Derived {
    norm: u32,
    acronym: u32,
    initials: u32,
    /// For a normalised key: the first label it was used with and that key's cluster
    /// (keys of other labels are in `State::keys`).
    key_label: u32,
    key_cluster: u32,
    /// The document (`State::doc`) the key fields belong to.
    key_doc: u32,
}

const UNSET: u32 = u32::MAX;
const NONE: u32 = u32::MAX - 1;

impl Derived {
    const EMPTY: Derived = Derived {
        norm: UNSET,
        acronym: UNSET,
        initials: UNSET,
        key_label: UNSET,
        key_cluster: UNSET,
        key_doc: 0,
    };
}

#[derive(Default)]
struct State {
    /// Every string the clusters keep or look up by, once (kept from one document to the
    /// next until it holds `MAX_STRINGS`).
    names: Interner,
    derived: Vec<Derived>,
    /// Buffers for sentence starts and events.
    sent_starts: Vec<usize>,
    ev_names: Vec<(Event, u32)>,
    ev_cues: Vec<(Event, u32)>,
    events: Vec<(Event, u32)>,
    /// Clusters in use (`cls` keeps the ones of earlier documents for their vectors).
    n_cls: usize,
    person_label: u32,
    org_label: u32,
    /// Scratch for `finish`.
    out_of: Vec<u32>,
    roots: Vec<usize>,
    counts: Vec<usize>,
    slots: Vec<u32>,
    /// Stamp of the current nominal (see `Cl::seen`).
    nominal_stamp: u32,
    /// Scratch buffers: for normalising before interning, for candidate clusters.
    scratch: String,
    form_buf: String,
    cands: Vec<usize>,
    lw: Vec<u32>,
    titles: Vec<&'static Title>,
    cls: Vec<Cl>,
    /// Person clusters by the first and last words of their full names (indexed by word
    /// id), and the (word, cluster) pairs already listed there.
    person_words: Vec<Vec<usize>>,
    person_word_pairs: FastSet<u64>,
    /// Word ids whose `person_words` list is not empty.
    touched_words: Vec<u32>,
    /// Documents clustered with these tables (numbers `Derived::key_doc`).
    doc: u32,
    /// (cluster, first word, last word) of every full name of a person cluster.
    first_last: FastSet<(u32, u32, u32)>,
    /// Person clusters known only by one word (word id -> cluster).
    single: FastMap<u32, usize>,
    /// ORG/GPE clusters by (label id, normalised key id).
    keys: FastMap<u64, usize>,
    /// ORG clusters by the initials of a full form, and by an acronym form (string ids).
    initials: FastMap<u32, usize>,
    acronyms: FastMap<u32, usize>,
    /// Index of a form and of a hint in its cluster's vector, by (store, string id).
    form_at: FastMap<u64, usize>,
    hint_at: FastMap<u64, usize>,
    /// Every mention in document order, with the cluster it was added to.
    mentions: Vec<(usize, Mention)>,
    /// Person mentions in order: (position, sentence, cluster).
    recent: Vec<(usize, usize, usize)>,
    /// The last ORG/GPE name mention: (end, cluster), for "Name (ACRONYM)".
    last_name: Option<(usize, usize)>,
    /// Union-find parents: a cluster merged into another points at it.
    parent: Vec<usize>,
}

impl State {
    /// Empties the state for a document of `ents` entities whose clustered labels are
    /// `labels` (a label's id is its index there), keeping the allocations.
    fn reset(&mut self, ents: usize, labels: &[String]) {
        // Strings and what is derived from them stay (names recur from one article to
        // the next) until the table is large.
        self.doc = self.doc.wrapping_add(1);
        if self.names.len() > MAX_STRINGS || self.doc == 0 {
            self.names.clear();
            self.derived.clear();
            self.person_words.clear();
            self.doc = 1;
        }
        let id = |l: &str| {
            labels
                .iter()
                .position(|x| x == l)
                .map_or(NONE, |k| k as u32)
        };
        self.person_label = id("PERSON");
        self.org_label = id("ORG");
        self.nominal_stamp = 0;
        self.n_cls = 0;
        self.cls.truncate(4096);
        self.parent.clear();
        for &k in &self.touched_words {
            if let Some(v) = self.person_words.get_mut(k as usize) {
                v.clear();
            }
        }
        self.touched_words.clear();
        self.person_word_pairs.clear();
        self.first_last.clear();
        self.single.clear();
        self.keys.clear();
        self.initials.clear();
        self.acronyms.clear();
        self.form_at.clear();
        self.hint_at.clear();
        self.mentions.clear();
        self.recent.clear();
        self.last_name = None;
        self.parent.reserve(ents);
        self.mentions.reserve(ents * 2);
        self.keys.reserve(ents);
        self.form_at.reserve(ents);
    }

    /// Small enough to keep for the next document (a huge one's tables are let go).
    fn worth_keeping(&self) -> bool {
        self.names.bytes() < 1 << 24 && self.mentions.capacity() < 1 << 16
    }

    /// The cluster of an ORG/GPE key (label and normalised name).
    fn key_get(&mut self, label: u32, norm: u32) -> Option<usize> {
        let doc = self.doc;
        let d = *self.derived(norm);
        if d.key_doc != doc {
            None
        } else if d.key_label == label {
            Some(d.key_cluster as usize)
        } else if d.key_label == UNSET {
            None
        } else {
            self.keys.get(&pair(label, norm)).copied()
        }
    }

    fn key_set(&mut self, label: u32, norm: u32, c: usize) {
        let doc = self.doc;
        let d = self.derived(norm);
        if d.key_doc != doc {
            d.key_doc = doc;
            d.key_label = label;
            d.key_cluster = c as u32;
        } else if d.key_label == UNSET || d.key_label == label {
            d.key_label = label;
            d.key_cluster = c as u32;
        } else {
            self.keys.insert(pair(label, norm), c);
        }
    }

    fn derived(&mut self, id: u32) -> &mut Derived {
        let i = id as usize;
        if self.derived.len() <= i {
            self.derived.resize(i + 1, Derived::EMPTY);
        }
        &mut self.derived[i]
    }

    /// The id of the normalised form of string `id` (whose text is `s`).
    fn norm_of(&mut self, id: u32, s: &str) -> u32 {
        let d = self.derived(id).norm;
        if d != UNSET {
            return d;
        }
        let n = self.norm_id(s);
        self.derived(id).norm = n;
        n
    }

    /// The id of the acronym letters of string `id` (whose text is `s`), if it is one.
    fn acronym_of(&mut self, id: u32, s: &str) -> Option<u32> {
        let mut d = self.derived(id).acronym;
        if d == UNSET {
            let mut buf = std::mem::take(&mut self.scratch);
            d = if acronym_into(s, &mut buf) {
                self.names.intern(&buf)
            } else {
                NONE
            };
            self.scratch = buf;
            self.derived(id).acronym = d;
        }
        (d != NONE).then_some(d)
    }

    /// The id of the initials of string `id` (whose text is `s`), if it has two or more.
    fn initials_of(&mut self, id: u32, s: &str) -> Option<u32> {
        let mut d = self.derived(id).initials;
        if d == UNSET {
            let mut buf = std::mem::take(&mut self.scratch);
            d = if initials_into(s, &mut buf) {
                self.names.intern(&buf)
            } else {
                NONE
            };
            self.scratch = buf;
            self.derived(id).initials = d;
        }
        (d != NONE).then_some(d)
    }

    fn new_cluster(&mut self, label: u32) -> usize {
        let c = self.n_cls;
        if let Some(cl) = self.cls.get_mut(c) {
            // A cluster of an earlier document: keep its vectors' allocations.
            cl.label = label;
            cl.store = c as u32;
            cl.forms.clear();
            cl.hints.clear();
            cl.full.clear();
            cl.titles.clear();
            cl.countries.clear();
            cl.gender = None;
            cl.last = 0;
            cl.seen = 0;
        } else {
            self.cls.push(Cl {
                label,
                store: c as u32,
                ..Cl::default()
            });
        }
        self.n_cls += 1;
        self.parent.push(c);
        c
    }

    /// The live cluster `c` was merged into (with path halving).
    fn root(&mut self, mut c: usize) -> usize {
        while self.parent[c] != c {
            self.parent[c] = self.parent[self.parent[c]];
            c = self.parent[c];
        }
        c
    }

    /// Interns `s` normalised (lowercase, plain apostrophes).
    fn norm_id(&mut self, s: &str) -> u32 {
        let mut buf = std::mem::take(&mut self.scratch);
        norm_into(s, &mut buf);
        let id = self.names.intern(&buf);
        self.scratch = buf;
        id
    }

    fn add_form(&mut self, c: usize, id: u32, words: impl FnOnce() -> usize, pos: usize) {
        let cl = &mut self.cls[c];
        match find_form(&cl.forms, &self.form_at, cl.store, id) {
            Some(k) => cl.forms[k].count += 1,
            None => {
                let f = Form {
                    id,
                    words: words() as u32,
                    count: 1,
                    pos,
                };
                push_form(&mut cl.forms, &mut self.form_at, cl.store, f);
            }
        }
    }

    fn add_hint(&mut self, c: usize, id: u32, pos: usize) {
        let cl = &mut self.cls[c];
        match find_form(&cl.hints, &self.hint_at, cl.store, id) {
            Some(k) => cl.hints[k].count += 1,
            None => {
                let f = Form {
                    id,
                    words: 0,
                    count: 1,
                    pos,
                };
                push_form(&mut cl.hints, &mut self.hint_at, cl.store, f);
            }
        }
    }

    /// Moves everything of cluster `from` into `into`. The larger vectors stay where they
    /// are and the smaller ones move, so repeated merges cost O(n log n) in all.
    fn merge(&mut self, from: usize, into: usize) {
        if from == into {
            return;
        }
        // Mentions follow `parent` at the end; forms and hints move now.
        let mut old = std::mem::take(&mut self.cls[from]);
        let cl = &mut self.cls[into];
        if old.forms.len() + old.hints.len() > cl.forms.len() + cl.hints.len() {
            std::mem::swap(&mut old.forms, &mut cl.forms);
            std::mem::swap(&mut old.hints, &mut cl.hints);
            std::mem::swap(&mut old.store, &mut cl.store);
        }
        for (list, map, from_list) in [
            (&mut cl.forms, &mut self.form_at, old.forms),
            (&mut cl.hints, &mut self.hint_at, old.hints),
        ] {
            for f in from_list {
                match find_form(list, map, cl.store, f.id) {
                    Some(k) => {
                        let g = &mut list[k];
                        g.count += f.count;
                        g.pos = g.pos.min(f.pos);
                    }
                    None => push_form(list, map, cl.store, f),
                }
            }
        }
        cl.last = cl.last.max(old.last);
        self.parent[from] = into;
    }

    fn mention(&mut self, c: usize, span: Span, kind: MentionKind, entity: Option<usize>) {
        self.mentions.push((
            c,
            Mention {
                span,
                kind,
                entity: entity.map(|e| e as u32),
            },
        ));
        self.cls[c].last = span.start();
    }

    /// The most recently mentioned cluster among `cands` that satisfies `ok`.
    fn most_recent(&self, cands: &[usize], ok: impl Fn(usize) -> bool) -> Option<usize> {
        cands
            .iter()
            .rev()
            .take(MAX_CANDIDATES)
            .copied()
            .filter(|&c| ok(c))
            .max_by_key(|&c| self.cls[c].last)
    }

    fn words_of(&self, w: u32) -> &[usize] {
        self.person_words
            .get(w as usize)
            .map_or(&[][..], Vec::as_slice)
    }

    fn person(
        &mut self,
        ctx: &Ctx,
        i: usize,
        last_person: &mut Option<(usize, usize, Option<&'static Title>)>,
    ) {
        let e = &ctx.ents[i];
        let raw = strip_possessive(&ctx.text[e.span.start()..e.span.end()]);
        let n_all = raw.split_whitespace().count();
        // Titles inside the entity ("Ambassador Lu" tagged as one PERSON).
        let mut titles = std::mem::take(&mut self.titles);
        titles.clear();
        let mut words = raw.split_whitespace().peekable();
        let mut n_words = n_all;
        while n_words > 1
            && let Some(t) = words.peek().and_then(|w| LEX.title_exact(w))
        {
            titles.push(t);
            words.next();
            n_words -= 1;
        }
        if n_words == 0 {
            self.titles = titles;
            return;
        }
        let mut countries: [Option<&str>; 2] = [None, None];
        let before = ctx.title_before(e.span.start());
        let mut plural_title = None;
        if let Some((t, c)) = before {
            titles.push(t);
            countries[0] = c;
            let head = ctx.text[..e.span.start()].trim_end();
            if head
                .strip_suffix('s')
                .is_some_and(|h| h.ends_with(t.phrase))
            {
                plural_title = Some(t);
            }
        } else if let Some((end, _, Some(t))) = *last_person {
            // "Presidents Xi Jinping and Aliyev"
            if ctx
                .text
                .get(end..e.span.start())
                .is_some_and(|g| g.trim() == "and")
            {
                titles.push(t);
                plural_title = Some(t);
            }
        }
        if let Some((t, c)) = ctx.title_after(e.span.end()) {
            titles.push(t);
            countries[1] = c;
        }
        // The words as normalised ids, and the form they make ("Lu Mei").
        let mut lw = std::mem::take(&mut self.lw);
        lw.clear();
        let mut buf = std::mem::take(&mut self.form_buf);
        buf.clear();
        for w in words {
            if !buf.is_empty() {
                buf.push(' ');
            }
            buf.push_str(w);
            let id = self.names.intern(w);
            lw.push(self.norm_of(id, w));
        }
        let form = self.names.intern(&buf);
        self.form_buf = buf;
        let person_label = self.person_label;
        let c = if lw.len() >= 2 {
            let first = lw[0];
            let last = lw[lw.len() - 1];
            let mut cands = std::mem::take(&mut self.cands);
            cands.clear();
            for k in [first, last] {
                cands.extend(self.words_of(k).iter().rev().take(MAX_CANDIDATES));
            }
            cands.sort_unstable();
            cands.dedup();
            let found = self.most_recent(&cands, |c| {
                self.first_last.contains(&(c as u32, first, last))
                    || self.cls[c]
                        .full
                        .iter()
                        .any(|f| one_word_misspelt(f, &lw, &self.names))
            });
            self.cands = cands;
            let c = match found {
                Some(c) => c,
                None => {
                    // A cluster known by one of these words alone, with no full name.
                    let single = [first, last]
                        .iter()
                        .filter_map(|k| self.single.get(k).copied())
                        .filter(|&c| self.cls[c].full.is_empty())
                        .max_by_key(|&c| self.cls[c].last);
                    match single {
                        Some(c) => {
                            // A cluster is listed under the one word it was made for.
                            for k in [first, last] {
                                if self.single.get(&k) == Some(&c) {
                                    self.single.remove(&k);
                                }
                            }
                            c
                        }
                        None => self.new_cluster(person_label),
                    }
                }
            };
            self.first_last.insert((c as u32, first, last));
            let cl = &mut self.cls[c];
            if cl.full.len() < MAX_FULL_NAMES && !cl.full.iter().any(|f| **f == *lw) {
                cl.full.push(lw.as_slice().into());
            }
            for k in [first, last] {
                if self.person_word_pairs.insert(pair(k, c as u32)) {
                    let k = k as usize;
                    if self.person_words.len() <= k {
                        self.person_words.resize_with(k + 1, Vec::new);
                    }
                    if self.person_words[k].is_empty() {
                        self.touched_words.push(k as u32);
                    }
                    self.person_words[k].push(c);
                }
            }
            c
        } else {
            let w = lw[0];
            let cands = self.words_of(w);
            let cands = &cands[cands.len().saturating_sub(MAX_CANDIDATES)..];
            match self.most_recent(cands, |c| self.cls[c].label == person_label) {
                Some(c) => c,
                None => match self.single.get(&w).copied() {
                    Some(c) => c,
                    None => {
                        let c = self.new_cluster(person_label);
                        self.single.insert(w, c);
                        c
                    }
                },
            }
        };
        self.lw = lw;
        self.add_form(c, form, || n_words, e.span.start());
        for k in countries.into_iter().flatten() {
            let k = self.names.intern(k);
            self.cls[c].add_country(k);
        }
        let cl = &mut self.cls[c];
        for t in &titles {
            cl.add_title(t.phrase);
            if t.gender != Gender::Unknown && cl.gender.is_none() {
                cl.gender = Some(t.gender);
            }
        }
        self.titles = titles;
        self.mention(c, e.span, MentionKind::Name, Some(i));
        self.recent
            .push((e.span.start(), ctx.sentence(e.span.start()), c));
        *last_person = Some((e.span.end(), c, plural_title));
    }

    fn org_or_place(&mut self, ctx: &Ctx, i: usize, label: u32) {
        let e = &ctx.ents[i];
        let surface = &ctx.text[e.span.start()..e.span.end()];
        let surface_id = self.names.intern(surface);
        let (key_text, key_id) = match &e.canonical {
            Some(h) => (h.as_str(), self.names.intern(h)),
            None => (surface, surface_id),
        };
        let norm = self.norm_of(key_id, key_text);
        let is_org = label == self.org_label;
        let acr = if is_org {
            self.acronym_of(surface_id, surface)
        } else {
            None
        };
        let full_initials = if is_org && acr.is_none() {
            self.initials_of(key_id, key_text)
        } else {
            None
        };
        let mut c = self.key_get(label, norm).map(|c| self.root(c));
        // "Name (ACRONYM)": the acronym names the entity just mentioned; if it was seen
        // before on its own, its cluster joins the name's.
        if let Some((end, lc)) = self.last_name
            && acr.is_some()
            && ctx
                .text
                .get(end..e.span.start())
                .is_some_and(|g| g.trim() == "(")
            && ctx.text[e.span.end()..].starts_with(')')
        {
            let lc = self.root(lc);
            if self.cls[lc].label == label {
                if let Some(old) = c {
                    self.merge(old, lc);
                }
                c = Some(lc);
            }
        }
        if c.is_none()
            && let Some(a) = acr
        {
            c = self.initials.get(&a).copied().map(|c| self.root(c));
        }
        if c.is_none()
            && let Some(ini) = full_initials
        {
            c = self.acronyms.get(&ini).copied().map(|c| self.root(c));
        }
        let c = c.unwrap_or_else(|| self.new_cluster(label));
        self.key_set(label, norm, c);
        if let Some(a) = acr {
            self.acronyms.entry(a).or_insert(c);
        }
        if let Some(ini) = full_initials {
            self.initials.entry(ini).or_insert(c);
        }
        self.add_form(c, surface_id, || word_count(surface), e.span.start());
        if e.canonical.is_some() {
            self.add_hint(c, key_id, e.span.start());
        }
        self.mention(c, e.span, MentionKind::Name, Some(i));
        self.last_name = Some((e.span.end(), c));
    }

    /// Recent person clusters within the sentence window, most recent first.
    fn window(&self, sentence: usize, out: &mut Vec<usize>) {
        out.clear();
        for &(_, s, c) in self.recent.iter().rev().take(RECENT_LOOKBACK) {
            if s + SENTENCE_WINDOW < sentence || out.len() >= MAX_CANDIDATES {
                break;
            }
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }

    fn nominal(&mut self, ctx: &Ctx, start: usize, end: usize) {
        // Re-read the phrase: "the [NORP] role".
        let phrase = &ctx.text[start..end];
        let mut words: Vec<&str> = phrase.split_whitespace().skip(1).collect();
        let mut country = None;
        if let Some(w) = words.first()
            && words.len() > 1
            && LEX.is_nationality(w)
        {
            country = country_of(w, None).map(|k| self.names.intern(k));
            words.remove(0);
        }
        let joined;
        let role_raw = match words.as_slice() {
            [w] => *w,
            _ => {
                joined = words.join(" ");
                &joined
            }
        };
        let role: &'static str = match ROLE_NOUNS.iter().find(|r| r.eq_ignore_ascii_case(role_raw))
        {
            Some(r) => r,
            None => match LEX.title(&[role_raw]) {
                Some(t) => t.phrase,
                None => return,
            },
        };
        // Any distance back (a role is specific enough), the most recent person first;
        // a bounded look-back keeps this linear on long documents.
        self.nominal_stamp += 1;
        let stamp = self.nominal_stamp;
        let mut cands = std::mem::take(&mut self.cands);
        cands.clear();
        for &(_, _, c) in self.recent.iter().rev().take(RECENT_LOOKBACK) {
            if cands.len() >= MAX_CANDIDATES {
                break;
            }
            if self.cls[c].seen != stamp {
                self.cls[c].seen = stamp;
                cands.push(c);
            }
        }
        let fits = |cl: &Cl| {
            role_fits(role, &cl.titles)
                && country
                    .as_ref()
                    .is_none_or(|k| cl.countries.is_empty() || cl.countries.contains(k))
        };
        // Prefer a person whose country matches explicitly.
        let pick = cands
            .iter()
            .copied()
            .find(|&c| {
                fits(&self.cls[c])
                    && country
                        .as_ref()
                        .is_some_and(|k| self.cls[c].countries.contains(k))
            })
            .or_else(|| cands.iter().copied().find(|&c| fits(&self.cls[c])));
        self.cands = cands;
        if let Some(c) = pick
            && let Ok(span) = Span::new(ctx.text, start, end)
        {
            self.mention(c, span, MentionKind::Nominal, None);
            self.recent.push((start, ctx.sentence(start), c));
        }
    }

    fn pronoun(&mut self, ctx: &Ctx, start: usize, end: usize, gender: Gender) {
        let sentence = ctx.sentence(start);
        let mut cands = std::mem::take(&mut self.cands);
        self.window(sentence, &mut cands);
        let pick = cands
            .iter()
            .copied()
            .find(|&c| self.cls[c].gender == Some(gender))
            .or_else(|| {
                cands
                    .iter()
                    .copied()
                    .find(|&c| self.cls[c].gender.is_none())
            });
        self.cands = cands;
        if let Some(c) = pick
            && let Ok(span) = Span::new(ctx.text, start, end)
        {
            self.cls[c].gender.get_or_insert(gender);
            self.mention(c, span, MentionKind::Pronoun, None);
            self.recent.push((start, sentence, c));
        }
    }

    /// The clusters in order of their first mention, each with its mentions in document
    /// order (mentions were added in document order: one pass groups them).
    fn finish(&mut self, labels: &[String]) -> Vec<NameCluster> {
        let mut mentions = std::mem::take(&mut self.mentions);
        let mut out_of = std::mem::take(&mut self.out_of);
        let mut roots = std::mem::take(&mut self.roots);
        let mut counts = std::mem::take(&mut self.counts);
        let mut slots = std::mem::take(&mut self.slots);
        out_of.clear();
        out_of.resize(self.n_cls, u32::MAX);
        roots.clear();
        counts.clear();
        slots.clear();
        for &(c, _) in &mentions {
            let r = self.root(c);
            if out_of[r] == u32::MAX {
                out_of[r] = roots.len() as u32;
                roots.push(r);
                counts.push(0);
            }
            counts[out_of[r] as usize] += 1;
            slots.push(out_of[r]);
        }
        let mut lists: Vec<Vec<Mention>> = counts.iter().map(|&k| Vec::with_capacity(k)).collect();
        for ((_, m), &k) in mentions.drain(..).zip(&slots) {
            lists[k as usize].push(m);
        }
        let names = &self.names;
        let out = roots
            .iter()
            .zip(lists)
            .enumerate()
            .map(|(id, (&r, mentions))| {
                let c = &self.cls[r];
                NameCluster {
                    id: id as u32,
                    canonical: c.canonical(names),
                    label: labels[c.label as usize].clone(),
                    titles: c.titles.iter().map(|t| t.to_string()).collect(),
                    mentions,
                }
            })
            .collect();
        self.mentions = mentions;
        self.out_of = out_of;
        self.roots = roots;
        self.counts = counts;
        self.slots = slots;
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strata_core::Annotator;

    /// Clusters `text` whose entities are every whole-word occurrence of the given
    /// phrases (longest first). `expected`: one line per cluster with two or more
    /// mentions, "LABEL canonical [titles]: mention, mention, ...".
    fn check(text: &str, ents: &[(&str, &str)], expected: &[&str]) {
        let mut doc = Document::new("t", text);
        strata_tokenize::RulesTokenizer::default()
            .annotate(&mut doc)
            .unwrap();
        let mut phrases: Vec<&(&str, &str)> = ents.iter().collect();
        phrases.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        let mut found: Vec<Entity> = Vec::new();
        for (p, label) in phrases {
            for (s, _) in text.match_indices(p) {
                let e = s + p.len();
                let bound = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
                if !bound(text[..s].chars().next_back()) || !bound(text[e..].chars().next()) {
                    continue;
                }
                if found.iter().any(|f| f.span.start() < e && s < f.span.end()) {
                    continue;
                }
                found.push(Entity {
                    span: doc.span(s, e).unwrap(),
                    label: label.to_string().into(),
                    source: "test".into(),
                    canonical: None,
                    confidence: None,
                });
            }
        }
        found.sort_by_key(|e| e.span.start());
        doc.entities = Some(found);
        NameClusterer::default().annotate(&mut doc).unwrap();
        let got: Vec<String> = doc
            .clusters
            .as_ref()
            .unwrap()
            .iter()
            .filter(|c| c.mentions.len() > 1)
            .map(|c| {
                let ms: Vec<&str> = c.mentions.iter().map(|m| doc.slice(m.span)).collect();
                format!(
                    "{} {} {:?}: {}",
                    c.label,
                    c.canonical,
                    c.titles,
                    ms.join(", ")
                )
            })
            .collect();
        assert_eq!(got, expected, "in {text:?}");
    }

    const P: &str = "PERSON";

    #[test]
    fn full_names_surnames_and_titles() {
        check(
            "Ambassador Lu Mei arrived. Ambassador Lu said she was glad. Lu Mei left.",
            &[("Lu Mei", P), ("Lu", P)],
            &[r#"PERSON Lu Mei ["Ambassador"]: Lu Mei, Lu, she, Lu Mei"#],
        );
        check(
            "Ms. Jane Smith spoke. Smith said her view was clear.",
            &[("Jane Smith", P), ("Smith", P)],
            &[r#"PERSON Jane Smith ["Ms."]: Jane Smith, Smith, her"#],
        );
    }

    #[test]
    fn misspellings_join_but_short_names_do_not() {
        check(
            "Lue Mei arrived. Later Lu Mei spoke. Lu Mei left.",
            &[("Lue Mei", P), ("Lu Mei", P)],
            &[r#"PERSON Lu Mei []: Lue Mei, Lu Mei, Lu Mei"#],
        );
        check(
            "Li Peng met Lu Peng.",
            &[("Li Peng", P), ("Lu Peng", P)],
            &[],
        );
    }

    #[test]
    fn same_surname_people_stay_apart() {
        check(
            "Heydar Aliyev founded it. Ilham Aliyev leads it. Aliyev spoke. Heydar Aliyev was honoured.",
            &[("Heydar Aliyev", P), ("Ilham Aliyev", P), ("Aliyev", P)],
            &[
                r#"PERSON Heydar Aliyev []: Heydar Aliyev, Heydar Aliyev"#,
                r#"PERSON Ilham Aliyev []: Ilham Aliyev, Aliyev"#,
            ],
        );
        check(
            "Presidents Xi Jinping and Aliyev met. Ilham Aliyev said so.",
            &[("Xi Jinping", P), ("Ilham Aliyev", P), ("Aliyev", P)],
            &[r#"PERSON Ilham Aliyev ["President"]: Aliyev, Ilham Aliyev"#],
        );
    }

    #[test]
    fn acronyms_and_canonical_forms() {
        check(
            "The Shanghai Cooperation Organization met. The SCO agreed.",
            &[("Shanghai Cooperation Organization", "ORG"), ("SCO", "ORG")],
            &["ORG Shanghai Cooperation Organization []: Shanghai Cooperation Organization, SCO"],
        );
        check(
            "The CICA summit. The Conference on Interaction and Confidence-Building Measures in Asia (CICA) met.",
            &[
                (
                    "Conference on Interaction and Confidence-Building Measures in Asia",
                    "ORG",
                ),
                ("CICA", "ORG"),
            ],
            &[
                "ORG Conference on Interaction and Confidence-Building Measures in Asia []: CICA, Conference on Interaction and Confidence-Building Measures in Asia, CICA",
            ],
        );
    }

    #[test]
    fn nominals_follow_roles_and_countries() {
        check(
            "Chinese Ambassador Lu Mei met President Ilham Aliyev. The diplomat thanked the President. The ambassador smiled.",
            &[("Lu Mei", P), ("Ilham Aliyev", P), ("Chinese", "NORP")],
            &[
                r#"PERSON Lu Mei ["Ambassador"]: Lu Mei, The diplomat, The ambassador"#,
                r#"PERSON Ilham Aliyev ["President"]: Ilham Aliyev, the President"#,
            ],
        );
        check(
            "President of Azerbaijan Ilham Aliyev met President of China Xi Jinping. Xi Jinping praised the Azerbaijani leader.",
            &[
                ("Ilham Aliyev", P),
                ("Xi Jinping", P),
                ("Azerbaijan", "GPE"),
                ("China", "GPE"),
                ("Azerbaijani", "NORP"),
            ],
            &[
                r#"PERSON Ilham Aliyev ["President"]: Ilham Aliyev, the Azerbaijani leader"#,
                r#"PERSON Xi Jinping ["President"]: Xi Jinping, Xi Jinping"#,
            ],
        );
        // "the President Ilham Aliyev" is a title, not a nominal.
        check(
            "Ilham Aliyev spoke. Then the President Ilham Aliyev left.",
            &[("Ilham Aliyev", P)],
            &[r#"PERSON Ilham Aliyev ["President"]: Ilham Aliyev, Ilham Aliyev"#],
        );
    }

    #[test]
    fn pronouns_prefer_a_known_gender() {
        check(
            "Ms. Lu Mei met John Brown. She said it was good. He agreed.",
            &[("Lu Mei", P), ("John Brown", P)],
            &[
                r#"PERSON Lu Mei ["Ms."]: Lu Mei, She"#,
                r#"PERSON John Brown []: John Brown, He"#,
            ],
        );
        check("She arrived.", &[], &[]);
    }

    #[test]
    fn settings_turn_off_nominals_and_pronouns() {
        let s: ClusterSettings = parse_settings(
            NAME,
            serde_json::json!({"nominals": false, "pronouns": false, "labels": ["PERSON"]})
                .as_object()
                .unwrap(),
        )
        .unwrap();
        assert!(!s.nominals && !s.pronouns);
        assert!(
            parse_settings::<ClusterSettings>(
                NAME,
                serde_json::json!({"pronoun": true}).as_object().unwrap()
            )
            .is_err()
        );
    }

    #[test]
    fn helpers() {
        assert!(near("lue", "lu") && !near("li", "lu") && near("mei", "mei"));
        assert_eq!(
            initials("Shanghai Cooperation Organization").as_deref(),
            Some("SCO")
        );
        assert_eq!(acronym("U.N.").as_deref(), Some("UN"));
        assert_eq!(acronym("Baku"), None);
        assert!(role_fits("diplomat", &["Ambassador"]));
        assert!(role_fits(
            "Ambassador",
            &["Ambassador Extraordinary and Plenipotentiary"]
        ));
        assert!(!role_fits("President", &["Vice President"]));
        assert_eq!(country_of("Chinese", None), Some("China"));
        assert_eq!(country_of("Azerbaijan’s", None), Some("Azerbaijan"));
    }

    /// The packed cue test says what a plain lowercase comparison says, for tokens in
    /// the middle of a text and at its very end.
    #[test]
    fn cues_agree_with_lowercase_comparison() {
        let reference = |w: &str| match w.to_ascii_lowercase().as_str() {
            "he" | "him" | "his" | "himself" => Some(Cue::Pronoun(Gender::Male)),
            "she" | "her" | "hers" | "herself" => Some(Cue::Pronoun(Gender::Female)),
            "the" => Some(Cue::The),
            _ => None,
        };
        for w in [
            "he", "He", "HE", "him", "His", "himself", "HIMSELF", "she", "She", "her", "hers",
            "Herself", "the", "The", "THE", "t", "th", "then", "thee", "hE", "herselfs", "h",
            "shé", "the\u{0}", "t\u{0}e", "she’", "hi", "tHe", "So", "x",
        ] {
            for text in [format!("{w} and more"), format!("a {w}")] {
                let s = text.find(w).unwrap();
                assert_eq!(
                    cue_at(text.as_bytes(), s, s + w.len()),
                    reference(w),
                    "{w:?} in {text:?}"
                );
            }
        }
    }

    /// A document of `n` capitalised names built to stress every index: shared first
    /// and last words, bare surnames, one person under ever new middle names, "Name
    /// (ACRONYM)" chains that merge organisations, and places.
    fn many_names(n: usize) -> Document {
        let mut text = String::new();
        let mut spans: Vec<(usize, usize, &str)> = Vec::new();
        let mut add = |text: &mut String, s: &str, label: &'static str| {
            let start = text.len();
            text.push_str(s);
            spans.push((start, text.len(), label));
        };
        for k in 0..n {
            match k % 5 {
                // Numbers written twice: two different ones are two or more edits apart.
                0 => {
                    let (a, b) = (k % 50, k % 1000);
                    add(&mut text, &format!("Name{a}{a} Surname{b}{b}"), P)
                }
                1 => add(&mut text, &format!("Surname{0}{0}", k % 1000), P),
                2 => add(&mut text, &format!("John Middle{k} Smith"), P),
                3 => {
                    add(&mut text, &format!("Alpha{k} Beta"), "ORG");
                    text.push_str(" (");
                    add(&mut text, "AB", "ORG");
                    text.push(')');
                }
                _ => add(&mut text, &format!("Place{}", k % 700), "GPE"),
            }
            text.push_str(if k % 7 == 0 {
                " said he left. "
            } else {
                " and "
            });
        }
        let mut doc = Document::new("t", text);
        strata_tokenize::RulesTokenizer::default()
            .annotate(&mut doc)
            .unwrap();
        let ents = spans
            .iter()
            .map(|&(s, e, l)| Entity {
                span: doc.span(s, e).unwrap(),
                label: l.into(),
                source: "t".into(),
                canonical: None,
                confidence: None,
            })
            .collect();
        doc.entities = Some(ents);
        doc
    }

    /// 100k names: every lookup is bounded, so this is linear (about 0.1 s in a release
    /// build; twice the names take twice the time). No timing is asserted.
    #[test]
    fn a_hundred_thousand_names_cluster_in_linear_time() {
        let n = 100_000;
        let doc = many_names(n);
        let clusters = NameClusterer::default().cluster(&doc);
        let names: usize = clusters
            .iter()
            .flat_map(|c| &c.mentions)
            .filter(|m| m.kind == MentionKind::Name)
            .count();
        assert_eq!(names, doc.entities.as_ref().unwrap().len());
        // Every "John ... Smith" is one person; the "(AB)" chain is one organisation.
        let smith: Vec<&NameCluster> = clusters
            .iter()
            .filter(|c| c.canonical.starts_with("John Middle"))
            .collect();
        assert_eq!(smith.len(), 1);
        assert_eq!(
            smith[0]
                .mentions
                .iter()
                .filter(|m| m.kind == MentionKind::Name)
                .count(),
            n / 5
        );
        let ab = clusters.iter().filter(|c| c.label == "ORG").count();
        assert_eq!(ab, 1);
        // Full names repeat with period 1000 (200 of them, none a misspelling of
        // another); the bare surnames are others, 200 people known by one word.
        let count = |p: &str| {
            clusters
                .iter()
                .filter(|c| c.canonical.starts_with(p))
                .count()
        };
        assert_eq!(count("Name"), 200);
        assert_eq!(count("Surname"), 200);
        assert_eq!(count("Place"), 140);
    }

    #[test]
    fn long_documents_stay_fast_and_never_panic() {
        let unit = "Ambassador Lu Mei spoke. The Ambassador said she agreed. Lu left. ";
        let text = unit.repeat(2000);
        let mut doc = Document::new("t", text.clone());
        strata_tokenize::RulesTokenizer::default()
            .annotate(&mut doc)
            .unwrap();
        let ents: Vec<Entity> = text
            .match_indices("Lu Mei")
            .chain(text.match_indices("Lu left").map(|(s, _)| (s, "Lu")))
            .map(|(s, p)| Entity {
                span: doc.span(s, s + p.len()).unwrap(),
                label: P.into(),
                source: "t".into(),
                canonical: None,
                confidence: None,
            })
            .collect();
        let mut ents = ents;
        ents.sort_by_key(|e| e.span.start());
        doc.entities = Some(ents);
        NameClusterer::default().annotate(&mut doc).unwrap();
        let cl = doc.clusters.unwrap();
        assert_eq!(cl.len(), 1);
        assert_eq!(cl[0].mentions.len(), 8000);
        for t in ["", "the", "the the the", "she", "(", "Ms."] {
            let mut d = Document::new("t", t);
            strata_tokenize::RulesTokenizer::default()
                .annotate(&mut d)
                .unwrap();
            d.entities = Some(vec![]);
            NameClusterer::default().annotate(&mut d).unwrap();
        }
    }
}
