//! The `names.cluster` plugin; the module documentation in `lib.rs` describes the rules.

use std::collections::HashMap;

use serde::Deserialize;
use strata_core::{
    AnnotateError, Annotator, BuildError, Document, Entity, Layer, LayerSet, Mention, MentionKind,
    NameCluster, SettingDoc, Settings, Span, parse_settings,
};
use strata_lexicon::{Gender, Kind, TitleKind};

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

#[derive(Debug, Default)]
struct Cl {
    label: String,
    /// Surface forms: (form, words, count, first position).
    forms: Vec<(String, usize, u32, usize)>,
    /// Canonical names given by the entity producer (gazetteer), with counts.
    hints: Vec<(String, u32)>,
    /// Full names as lowercase words.
    full: Vec<Vec<String>>,
    titles: Vec<String>,
    countries: Vec<String>,
    gender: Option<Gender>,
    mentions: Vec<Mention>,
    last: usize,
}

impl Cl {
    fn add_form(&mut self, form: &str, pos: usize) {
        let words = form.split_whitespace().count();
        if let Some(f) = self.forms.iter_mut().find(|f| f.0 == form) {
            f.2 += 1;
        } else {
            self.forms.push((form.to_string(), words, 1, pos));
        }
    }
    fn add_title(&mut self, t: &str) {
        if !self.titles.iter().any(|x| x == t) {
            self.titles.push(t.to_string());
        }
    }
    fn add_country(&mut self, c: &str) {
        if !self.countries.iter().any(|x| x == c) {
            self.countries.push(c.to_string());
        }
    }
    fn canonical(&self) -> String {
        if let Some((h, _)) = self.hints.iter().max_by_key(|h| h.1) {
            return h.clone();
        }
        self.forms
            .iter()
            .max_by(|a, b| {
                (a.1, a.2, std::cmp::Reverse(a.3)).cmp(&(b.1, b.2, std::cmp::Reverse(b.3)))
            })
            .map(|f| f.0.clone())
            .unwrap_or_default()
    }
}

/// Lowercased, with typographic apostrophes made plain.
fn norm(s: &str) -> String {
    s.replace('’', "'").to_lowercase()
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
    strata_core::edit_distance(a, b) == 1
}

/// Is the full name `w` compatible with the known full name `f`?
fn same_person(f: &[String], w: &[String]) -> bool {
    let (Some(ff), Some(fl), Some(wf), Some(wl)) = (f.first(), f.last(), w.first(), w.last())
    else {
        return false;
    };
    if ff == wf && fl == wl {
        return true;
    }
    // One misspelt word, the others identical.
    if f.len() == w.len() {
        let diffs: Vec<usize> = (0..f.len()).filter(|&i| f[i] != w[i]).collect();
        return diffs.len() == 1 && near(&f[diffs[0]], &w[diffs[0]]);
    }
    false
}

/// Initials of the capitalised words ("Shanghai Cooperation Organization" -> "SCO").
fn initials(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut words = 0;
    for w in s.split_whitespace() {
        let c = w.chars().next()?;
        if c.is_uppercase() {
            out.push(c);
            words += 1;
        }
    }
    (words >= 2).then_some(out)
}

/// An all-capitals abbreviation ("SCO", "U.N.") as plain letters.
fn acronym(s: &str) -> Option<String> {
    let letters: String = s.chars().filter(|c| *c != '.').collect();
    let n = letters.chars().count();
    ((2..=8).contains(&n) && letters.chars().all(|c| c.is_uppercase())).then_some(letters)
}

const MALE: &[&str] = &["he", "him", "his", "himself"];
const FEMALE: &[&str] = &["she", "her", "hers", "herself"];
/// Role nouns for nominals beyond the titles themselves.
const ROLE_NOUNS: &[&str] = &[
    "diplomat",
    "envoy",
    "leader",
    "head of state",
    "premier",
    "minister",
];

/// Does a person with these titles fit the role noun?
fn role_fits(role: &str, titles: &[String]) -> bool {
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
            .any(|p| t == *p || t.starts_with(&format!("{p} ")))
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
fn country_of(word: &str, canonical: Option<&str>) -> Option<String> {
    let word = strip_possessive(word.trim());
    for e in strata_lexicon::lookup(word) {
        match e.kind {
            Kind::Nationality => {
                if let Some(c) = e.country {
                    return Some(c.to_string());
                }
            }
            Kind::Country => return Some(e.canonical.to_string()),
            _ => {}
        }
    }
    canonical.map(str::to_string)
}

/// The longest title that `head` ends with (also as a plural: "Presidents").
fn title_ending(head: &str) -> Option<(&'static strata_lexicon::Title, usize)> {
    let mut best: Option<(&'static strata_lexicon::Title, usize)> = None;
    for t in strata_lexicon::titles() {
        for plural in [false, true] {
            let ok = if plural {
                head.strip_suffix('s')
                    .is_some_and(|h| h.ends_with(t.phrase))
                    && !t.phrase.ends_with('.')
            } else {
                head.ends_with(t.phrase)
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
fn title_starting(tail: &str) -> Option<&'static strata_lexicon::Title> {
    strata_lexicon::titles()
        .iter()
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
struct EntityIndex<'a> {
    ents: &'a [Entity],
    ends: bool,
}

impl EntityIndex<'_> {
    fn get(&self, pos: usize) -> Option<usize> {
        let key = |e: &Entity| {
            if self.ends {
                e.span.end()
            } else {
                e.span.start()
            }
        };
        let k = self.ents.partition_point(|e| key(e) < pos);
        self.ents.get(k).is_some_and(|e| key(e) == pos).then_some(k)
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
}

impl Ctx<'_> {
    fn sentence(&self, pos: usize) -> usize {
        self.sent_starts.partition_point(|&s| s <= pos)
    }
    fn ent_label(&self, i: usize) -> &str {
        &self.ents[i].label
    }
    /// A title right before a person's name, and the country it names.
    fn title_before(
        &self,
        start: usize,
    ) -> Option<(&'static strata_lexicon::Title, Option<String>)> {
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
                        let e = &self.ents[g];
                        country = country_of(
                            &self.text[e.span.start()..e.span.end()],
                            e.canonical.as_deref(),
                        );
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
            let e = &self.ents[n];
            country = country_of(
                &self.text[e.span.start()..e.span.end()],
                e.canonical.as_deref(),
            );
        }
        Some((title, country))
    }
    /// A title in an apposition after the name: "Lu Mei, Ambassador ...", "Heydar Aliyev,
    /// then President of Azerbaijan".
    fn title_after(&self, end: usize) -> Option<(&'static strata_lexicon::Title, Option<String>)> {
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
                    let e = &self.ents[g];
                    country = country_of(
                        &self.text[e.span.start()..e.span.end()],
                        e.canonical.as_deref(),
                    );
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
        let wanted = |l: &str| self.settings.labels.iter().any(|x| x == l);

        // Sentence starts: the sentence layer, or token-based guesses (after . ! ? or a
        // line break).
        let sent_starts: Vec<usize> = match &doc.sentences {
            Some(s) => s.iter().map(|s| s.span.start()).collect(),
            None => {
                let mut v = Vec::new();
                let mut prev_end = 0;
                let mut boundary = true;
                for t in tokens {
                    let gap = &text[prev_end.min(t.span.start())..t.span.start()];
                    if boundary || gap.contains('\n') {
                        v.push(t.span.start());
                    }
                    boundary = matches!(t.span.text(text), "." | "!" | "?");
                    prev_end = t.span.end();
                }
                v
            }
        };
        let by_end = EntityIndex { ents, ends: true };
        let by_start = EntityIndex { ents, ends: false };
        let ctx = Ctx {
            text,
            ents,
            by_end,
            by_start,
            sent_starts,
        };

        // Events in document order.
        let mut events: Vec<Event> = ents
            .iter()
            .enumerate()
            .filter(|(_, e)| wanted(&e.label))
            .map(|(i, _)| Event::Name(i))
            .collect();
        let inside_entity = |s: usize| {
            let k = ents.partition_point(|e| e.span.end() <= s);
            ents.get(k).is_some_and(|e| e.span.start() <= s)
        };
        let person_at = |s: usize| by_start_label(ents, s, "PERSON");
        if self.settings.pronouns || self.settings.nominals {
            for (k, t) in tokens.iter().enumerate() {
                let w = t.span.text(text);
                if w.len() > 8 || w.len() < 2 {
                    continue;
                }
                if self.settings.pronouns {
                    let g = if MALE.iter().any(|p| p.eq_ignore_ascii_case(w)) {
                        Some(Gender::Male)
                    } else if FEMALE.iter().any(|p| p.eq_ignore_ascii_case(w)) {
                        Some(Gender::Female)
                    } else {
                        None
                    };
                    if let Some(gender) = g
                        && !inside_entity(t.span.start())
                    {
                        events.push(Event::Pronoun {
                            start: t.span.start(),
                            end: t.span.end(),
                            gender,
                        });
                    }
                }
                if self.settings.nominals
                    && w.eq_ignore_ascii_case("the")
                    && let Some(ev) = nominal_at(text, tokens, k, &inside_entity, &person_at)
                {
                    events.push(ev);
                }
            }
        }
        events.sort_by_key(|e| (e.start(ents), matches!(e, Event::Pronoun { .. })));

        let mut st = State::default();
        let mut last_person: Option<(usize, usize, Option<&'static strata_lexicon::Title>)> = None;
        for ev in events {
            match ev {
                Event::Name(i) => {
                    let e = &ents[i];
                    if e.label == "PERSON" {
                        st.person(&ctx, i, &mut last_person);
                    } else {
                        st.org_or_place(&ctx, i);
                    }
                }
                Event::Nominal { start, end } => st.nominal(&ctx, start, end),
                Event::Pronoun { start, end, gender } => st.pronoun(&ctx, start, end, gender),
            }
        }
        st.finish(text)
    }
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
    let start = tokens[k].span.start();
    let mut j = k + 1;
    let tok = |i: usize| tokens.get(i).map(|t| t.span.text(text));
    // Optional nationality ("the Azerbaijani leader").
    let mut role_start = j;
    if let Some(w) = tok(j)
        && !role_word(w)
        && w.chars().next().is_some_and(char::is_uppercase)
        && strata_lexicon::lookup(w)
            .iter()
            .any(|e| e.kind == Kind::Nationality)
    {
        j += 1;
        role_start = j;
    }
    let w1 = tok(j)?;
    if !role_word(w1) {
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
        && let Some(t) = strata_lexicon::title(&format!("{w1} {w2}"))
        && t.kind != TitleKind::Honorific
    {
        2
    } else if ROLE_NOUNS.contains(&w1.to_ascii_lowercase().as_str()) {
        1
    } else if let Some(t) = strata_lexicon::title(w1)
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

/// Can `w` begin a role ("Ambassador", "diplomat", "head", "Prime")? A cheap test
/// before the title lookups, run for every "the".
fn role_word(w: &str) -> bool {
    static FIRST: std::sync::LazyLock<std::collections::HashSet<String>> =
        std::sync::LazyLock::new(|| {
            let mut set: std::collections::HashSet<String> = strata_lexicon::titles()
                .iter()
                .filter_map(|t| t.phrase.split(' ').next())
                .map(str::to_ascii_lowercase)
                .collect();
            set.extend(
                ROLE_NOUNS
                    .iter()
                    .filter_map(|r| r.split(' ').next())
                    .map(str::to_string),
            );
            set
        });
    let mut buf = [0u8; 24];
    if w.len() > buf.len() || !w.is_ascii() {
        return false;
    }
    for (d, b) in buf.iter_mut().zip(w.bytes()) {
        *d = b.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..w.len()]).is_ok_and(|l| FIRST.contains(l))
}

#[derive(Default)]
struct State {
    cls: Vec<Cl>,
    /// Person clusters by the first and last words of their full names.
    person_words: HashMap<String, Vec<usize>>,
    /// Person clusters known only by one word.
    single: HashMap<String, usize>,
    /// ORG/GPE clusters by (label, normalised key).
    keys: HashMap<(String, String), usize>,
    /// ORG clusters by the initials of a full form, and by an acronym form.
    initials: HashMap<String, usize>,
    acronyms: HashMap<String, usize>,
    /// Person mentions in order: (position, sentence, cluster).
    recent: Vec<(usize, usize, usize)>,
    /// The last ORG/GPE name mention: (end, cluster), for "Name (ACRONYM)".
    last_name: Option<(usize, usize)>,
    /// Union-find parents: a cluster merged into another points at it.
    parent: Vec<usize>,
}

impl State {
    fn new_cluster(&mut self, label: &str) -> usize {
        self.cls.push(Cl {
            label: label.to_string(),
            ..Cl::default()
        });
        self.parent.push(self.cls.len() - 1);
        self.cls.len() - 1
    }

    /// The live cluster `c` was merged into (with path halving).
    fn root(&mut self, mut c: usize) -> usize {
        while self.parent[c] != c {
            self.parent[c] = self.parent[self.parent[c]];
            c = self.parent[c];
        }
        c
    }

    /// Moves everything of cluster `from` into `into`.
    fn merge(&mut self, from: usize, into: usize) {
        if from == into {
            return;
        }
        let old = std::mem::take(&mut self.cls[from]);
        let cl = &mut self.cls[into];
        cl.mentions.extend(old.mentions);
        for (form, words, count, pos) in old.forms {
            match cl.forms.iter_mut().find(|f| f.0 == form) {
                Some(f) => f.2 += count,
                None => cl.forms.push((form, words, count, pos)),
            }
        }
        cl.hints.extend(old.hints);
        cl.last = cl.last.max(old.last);
        self.parent[from] = into;
    }

    fn mention(&mut self, c: usize, span: Span, kind: MentionKind, entity: Option<usize>) {
        let cl = &mut self.cls[c];
        cl.mentions.push(Mention {
            span,
            kind,
            entity: entity.map(|e| e as u32),
        });
        cl.last = span.start();
    }

    /// The most recently mentioned live cluster among `cands` that satisfies `ok`.
    fn most_recent(&self, cands: &[usize], ok: impl Fn(&Cl) -> bool) -> Option<usize> {
        cands
            .iter()
            .rev()
            .take(MAX_CANDIDATES)
            .copied()
            .filter(|&c| ok(&self.cls[c]))
            .max_by_key(|&c| self.cls[c].last)
    }

    fn person(
        &mut self,
        ctx: &Ctx,
        i: usize,
        last_person: &mut Option<(usize, usize, Option<&'static strata_lexicon::Title>)>,
    ) {
        let e = &ctx.ents[i];
        let raw = strip_possessive(&ctx.text[e.span.start()..e.span.end()]);
        let mut words: Vec<&str> = raw.split_whitespace().collect();
        // Titles inside the entity ("Ambassador Lu" tagged as one PERSON).
        let mut titles: Vec<&'static strata_lexicon::Title> = Vec::new();
        while words.len() > 1 {
            match strata_lexicon::title(words[0]) {
                Some(t) if t.phrase == words[0] => {
                    titles.push(t);
                    words.remove(0);
                }
                _ => break,
            }
        }
        if words.is_empty() {
            return;
        }
        let mut countries = Vec::new();
        let before = ctx.title_before(e.span.start());
        let mut plural_title = None;
        if let Some((t, c)) = before {
            titles.push(t);
            countries.extend(c);
            let head = ctx.text[..e.span.start()].trim_end();
            if head.ends_with(&format!("{}s", t.phrase)) {
                plural_title = Some(t);
            }
        } else if let Some((end, _, Some(t))) = *last_person {
            // "Presidents Xi Jinping and Aliyev"
            if ctx.text[end..e.span.start()].trim() == "and" {
                titles.push(t);
                plural_title = Some(t);
            }
        }
        if let Some((t, c)) = ctx.title_after(e.span.end()) {
            titles.push(t);
            countries.extend(c);
        }
        let lw: Vec<String> = words.iter().map(|w| norm(w)).collect();
        let form = words.join(" ");
        let c = if lw.len() >= 2 {
            let first = &lw[0];
            let last = &lw[lw.len() - 1];
            let mut cands: Vec<usize> = Vec::new();
            for k in [first, last] {
                if let Some(v) = self.person_words.get(k) {
                    cands.extend(v.iter().rev().take(MAX_CANDIDATES));
                }
            }
            cands.sort_unstable();
            cands.dedup();
            let found = self.most_recent(&cands, |cl| cl.full.iter().any(|f| same_person(f, &lw)));
            let c = match found {
                Some(c) => c,
                None => {
                    // A cluster known by one of these words alone, with no full name.
                    let single = [first, last]
                        .iter()
                        .filter_map(|k| self.single.get(*k).copied())
                        .filter(|&c| self.cls[c].full.is_empty())
                        .max_by_key(|&c| self.cls[c].last);
                    match single {
                        Some(c) => {
                            self.single.retain(|_, v| *v != c);
                            c
                        }
                        None => self.new_cluster("PERSON"),
                    }
                }
            };
            if !self.cls[c].full.contains(&lw) {
                self.cls[c].full.push(lw.clone());
            }
            for k in [first.clone(), last.clone()] {
                let v = self.person_words.entry(k).or_default();
                if !v.contains(&c) {
                    v.push(c);
                }
            }
            c
        } else {
            let w = &lw[0];
            let cands = self.person_words.get(w).cloned().unwrap_or_default();
            match self.most_recent(&cands, |cl| cl.label == "PERSON") {
                Some(c) => c,
                None => match self.single.get(w).copied() {
                    Some(c) => c,
                    None => {
                        let c = self.new_cluster("PERSON");
                        self.single.insert(w.clone(), c);
                        c
                    }
                },
            }
        };
        let cl = &mut self.cls[c];
        cl.add_form(&form, e.span.start());
        for t in &titles {
            cl.add_title(t.phrase);
            if t.gender != Gender::Unknown && cl.gender.is_none() {
                cl.gender = Some(t.gender);
            }
        }
        for k in &countries {
            cl.add_country(k);
        }
        self.mention(c, e.span, MentionKind::Name, Some(i));
        self.recent
            .push((e.span.start(), ctx.sentence(e.span.start()), c));
        *last_person = Some((e.span.end(), c, plural_title));
    }

    fn org_or_place(&mut self, ctx: &Ctx, i: usize) {
        let e = &ctx.ents[i];
        let surface = &ctx.text[e.span.start()..e.span.end()];
        let key_text = e.canonical.as_deref().unwrap_or(surface);
        let key = (e.label.clone(), norm(key_text));
        let acr = (e.label == "ORG").then(|| acronym(surface)).flatten();
        let full_initials = (e.label == "ORG" && acr.is_none())
            .then(|| initials(key_text))
            .flatten();
        let mut c = self.keys.get(&key).copied().map(|c| self.root(c));
        // "Name (ACRONYM)": the acronym names the entity just mentioned; if it was seen
        // before on its own, its cluster joins the name's.
        if let Some((end, lc)) = self.last_name
            && ctx.text[end..e.span.start()].trim() == "("
            && ctx.text[e.span.end()..].starts_with(')')
            && acr.is_some()
        {
            let lc = self.root(lc);
            if self.cls[lc].label == e.label {
                if let Some(old) = c {
                    self.merge(old, lc);
                }
                c = Some(lc);
            }
        }
        if c.is_none()
            && let Some(a) = &acr
        {
            c = self.initials.get(a).copied().map(|c| self.root(c));
        }
        if c.is_none()
            && let Some(ini) = &full_initials
        {
            c = self.acronyms.get(ini).copied().map(|c| self.root(c));
        }
        let c = c.unwrap_or_else(|| self.new_cluster(&e.label));
        self.keys.insert(key, c);
        if let Some(a) = acr {
            self.acronyms.entry(a).or_insert(c);
        }
        if let Some(ini) = full_initials {
            self.initials.entry(ini).or_insert(c);
        }
        let cl = &mut self.cls[c];
        cl.add_form(surface, e.span.start());
        if let Some(h) = &e.canonical {
            match cl.hints.iter_mut().find(|x| &x.0 == h) {
                Some(x) => x.1 += 1,
                None => cl.hints.push((h.clone(), 1)),
            }
        }
        self.mention(c, e.span, MentionKind::Name, Some(i));
        self.last_name = Some((e.span.end(), c));
    }

    /// Recent person clusters within the sentence window, most recent first.
    fn window(&self, sentence: usize) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for &(_, s, c) in self.recent.iter().rev().take(RECENT_LOOKBACK) {
            if s + SENTENCE_WINDOW < sentence || out.len() >= MAX_CANDIDATES {
                break;
            }
            if !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }

    fn nominal(&mut self, ctx: &Ctx, start: usize, end: usize) {
        // Re-read the phrase: "the [NORP] role".
        let phrase = &ctx.text[start..end];
        let mut words: Vec<&str> = phrase.split_whitespace().skip(1).collect();
        let mut country = None;
        if let Some(w) = words.first()
            && words.len() > 1
            && strata_lexicon::lookup(w)
                .iter()
                .any(|e| e.kind == Kind::Nationality)
        {
            country = country_of(w, None);
            words.remove(0);
        }
        let role_raw = words.join(" ");
        let role = if ROLE_NOUNS.contains(&role_raw.to_ascii_lowercase().as_str()) {
            role_raw.to_ascii_lowercase()
        } else {
            match strata_lexicon::title(&role_raw) {
                Some(t) => t.phrase.to_string(),
                None => return,
            }
        };
        // Any distance back (a role is specific enough), the most recent person first.
        let cands: Vec<usize> = {
            let mut v: Vec<usize> = Vec::new();
            // A bounded look-back keeps this linear on long documents.
            for &(_, _, c) in self.recent.iter().rev().take(RECENT_LOOKBACK) {
                if v.len() >= MAX_CANDIDATES {
                    break;
                }
                if !v.contains(&c) {
                    v.push(c);
                }
            }
            v
        };
        let fits = |cl: &Cl| {
            role_fits(&role, &cl.titles)
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
        if let Some(c) = pick
            && let Ok(span) = Span::new(ctx.text, start, end)
        {
            self.mention(c, span, MentionKind::Nominal, None);
            self.recent.push((start, ctx.sentence(start), c));
        }
    }

    fn pronoun(&mut self, ctx: &Ctx, start: usize, end: usize, gender: Gender) {
        let sentence = ctx.sentence(start);
        let cands = self.window(sentence);
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
        if let Some(c) = pick
            && let Ok(span) = Span::new(ctx.text, start, end)
        {
            self.cls[c].gender.get_or_insert(gender);
            self.mention(c, span, MentionKind::Pronoun, None);
            self.recent.push((start, sentence, c));
        }
    }

    fn finish(self, _text: &str) -> Vec<NameCluster> {
        let mut live: Vec<Cl> = self
            .cls
            .into_iter()
            .filter(|c| !c.mentions.is_empty())
            .collect();
        for c in &mut live {
            c.mentions.sort_by_key(|m| m.span.start());
        }
        live.sort_by_key(|c| c.mentions[0].span.start());
        live.into_iter()
            .enumerate()
            .map(|(id, c)| NameCluster {
                id: id as u32,
                canonical: c.canonical(),
                label: c.label.clone(),
                titles: c.titles.clone(),
                mentions: c.mentions,
            })
            .collect()
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
                    label: label.to_string(),
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
        assert!(role_fits("diplomat", &["Ambassador".into()]));
        assert!(role_fits(
            "Ambassador",
            &["Ambassador Extraordinary and Plenipotentiary".into()]
        ));
        assert!(!role_fits("President", &["Vice President".into()]));
        assert_eq!(country_of("Chinese", None).as_deref(), Some("China"));
        assert_eq!(
            country_of("Azerbaijan’s", None).as_deref(),
            Some("Azerbaijan")
        );
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
