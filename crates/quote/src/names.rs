//! Who can speak: people, organisations and documents named in the text, found by this
//! crate itself (capitalised name sequences with their titles) or taken from the
//! `clusters` layer when a name-clustering step ran. Gives canonical names, titles and
//! gender evidence to the attribution sieves.

use strata_core::{Document, MentionKind};

use crate::lexicon::{
    C_AGENTIVE, C_CAP, C_DEMONYM, C_DETERMINER, C_LAZY, C_LEAD_STOP, C_TITLE, C_WORD, FastMap,
    Gender, demonym, pronoun_gender, title_gender, word_class,
};
use crate::memo::Read;
use crate::text::{W, classify_into};

/// One speaker candidate: a person, organisation or document.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    pub canonical: String,
    /// Titles seen with the name, lower-cased ("ambassador").
    pub titles: Vec<String>,
    pub gender: Option<Gender>,
    /// The gender was only voted by pronouns (a cluster's own pronouns among them), not
    /// told by a title or a given name.
    pub voted: bool,
    /// The gender a title told ("Ms.", "chairwoman"), if any.
    told: Option<Gender>,
    /// Votes for each gender (m, f).
    votes: (u32, u32),
    /// Byte offsets of mentions, sorted.
    pub positions: Vec<usize>,
    /// Offsets of mentions that open a sentence (subjects).
    pub subject_positions: Vec<usize>,
    pub person: bool,
    pub cluster: Option<u32>,
    pub count: u32,
}

/// The speaker candidates of one document.
#[derive(Clone, Debug, Default)]
pub struct Names {
    pub entries: Vec<Entry>,
    by_key: FastMap<String, usize>,
    /// Token -> entries whose canonical name contains it.
    /// (hash of a word, entry whose canonical name has it), sorted after the build: no
    /// allocation per word; a lookup checks the words of every candidate anyway.
    by_token: Vec<(u64, usize)>,
    /// Cluster mentions (span start, end, cluster index into entries, kind).
    pub cluster_mentions: Vec<(usize, usize, usize, MentionKind)>,
    /// Every mention of every entry, sorted: (offset, canonical entry, opens a sentence).
    pub mentions: Vec<(usize, usize, bool)>,
    /// Scratch buffer for joined keys.
    key_buf: String,
}

/// How many mentions a backward search looks at before giving up (keeps it linear).
const WALK: usize = 400;

pub const LEAD_STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "in",
    "on",
    "at",
    "during",
    "after",
    "as",
    "for",
    "with",
    "by",
    "from",
    "she",
    "he",
    "it",
    "they",
    "we",
    "i",
    "but",
    "and",
    "while",
    "when",
    "since",
    "according",
    "under",
    "meanwhile",
    "however",
    "thanks",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "there",
    "these",
    "those",
    "recently",
    "currently",
    "today",
    "both",
    "if",
    "last",
    "next",
    "earlier",
    "later",
    "also",
    "then",
    "yet",
    "so",
    "although",
    "though",
    "despite",
    "referring",
    "speaking",
    "asked",
    "about",
    "over",
    "into",
    "before",
    "afterward",
    "afterwards",
    "separately",
    "still",
    "instead",
    "now",
    "again",
    "indeed",
    "nonetheless",
    "nevertheless",
    "finally",
    "ultimately",
    "moreover",
    "former",
];

/// Two or three capitalised words, none of them a word that names organisations or
/// places: shaped like a person's name.
pub fn name_shaped(c: &str) -> bool {
    const NOT_PERSON: &[&str] = &[
        "Ministry",
        "University",
        "Party",
        "Group",
        "Committee",
        "Council",
        "Bank",
        "Company",
        "Agency",
        "Institute",
        "Association",
        "Union",
        "Organization",
        "Organisation",
        "Forum",
        "Initiative",
        "Statement",
        "Declaration",
        "Day",
        "Road",
        "Street",
        "Republic",
        "Province",
        "County",
        "City",
        "States",
        "Kingdom",
        "Embassy",
        "Museum",
        "Foundation",
        "Centre",
        "Center",
        "School",
        "Court",
        "Corridor",
        "Sea",
        "Ocean",
        "River",
        "Square",
        "Airport",
        "Station",
        "Park",
        "Army",
        "Navy",
        "Force",
        "Police",
        "Department",
        "Office",
        "Service",
        "Corporation",
        "Inc",
        "Ltd",
        "News",
        "Times",
        "Post",
        "Daily",
        "Weekly",
        "Radio",
        "Television",
        "Club",
        "League",
        "Cup",
        "Treaty",
        "Agreement",
        "Act",
        "Law",
        "Plan",
        "Program",
        "Programme",
        "Project",
    ];
    // "Curtis Vance Jr.": the suffix does not count
    let c = c
        .strip_suffix(" Jr.")
        .or_else(|| c.strip_suffix(" Sr."))
        .unwrap_or(c);
    let n = c.split_whitespace().count();
    (2..=3).contains(&n)
        && c.split_whitespace().all(|t| {
            t.chars().next().is_some_and(char::is_uppercase)
                && t.chars()
                    .all(|ch| ch.is_alphabetic() || ch == '-' || ch == '\'')
                && !NOT_PERSON.contains(&t)
                && demonym(t).is_none()
        })
}

/// A weekday or a month.
pub(crate) fn is_date_word(w: &str) -> bool {
    matches!(
        w,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    )
}

/// A 64-bit hash of a word for [`Names`]'s word index.
fn token_hash(t: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::lexicon::Fnv::default();
    h.write(t.as_bytes());
    h.finish()
}

fn key(tokens: &[&str]) -> String {
    tokens.join(" ")
}

impl Names {
    /// Builds the candidates: from clusters when present, else from the text.
    pub fn build(doc: &Document, read: &Read) -> Names {
        Names::build_until(doc, read, usize::MAX)
    }

    /// Like [`Names::build`], reading the text only up to the paragraph holding byte
    /// `until` (nothing after the last quote can name its speaker).
    pub fn build_until(doc: &Document, read: &Read, until: usize) -> Names {
        let text = doc.text();
        let mut n = Names::default();
        // sized once for a news article's names (growing a hash table rehashes it)
        let expect = 64 + doc.clusters.as_ref().map_or(0, |c| c.len());
        n.by_key.reserve(expect);
        n.by_token.reserve(3 * expect);
        n.entries.reserve(expect);
        if let Some(clusters) = doc.clusters.as_ref().filter(|c| !c.is_empty()) {
            for c in clusters {
                let idx = n.entries.len();
                let mut e = Entry {
                    canonical: c.canonical.clone(),
                    titles: c.titles.iter().map(|t| t.to_lowercase()).collect(),
                    person: c.label == "PERSON",
                    cluster: Some(c.id),
                    ..Entry::default()
                };
                e.positions.reserve(c.mentions.len());
                for m in &c.mentions {
                    let (s, end) = (m.span.start(), m.span.end());
                    e.positions.push(s);
                    e.count += 1;
                    if m.kind == MentionKind::Pronoun {
                        match pronoun_gender(m.span.text(text)) {
                            Some(Gender::M) => e.votes.0 += 1,
                            Some(Gender::F) => e.votes.1 += 1,
                            None => {}
                        }
                    }
                    n.cluster_mentions.push((s, end, idx, m.kind));
                }
                if !e.positions.is_sorted() {
                    e.positions.sort_unstable();
                }
                n.by_key.insert(c.canonical.clone(), idx);
                for t in c.canonical.split_whitespace() {
                    n.index_token(t, idx);
                }
                n.entries.push(e);
            }
            n.cluster_mentions.sort_unstable_by_key(|m| (m.0, m.1, m.2));
        }
        n.scan_text(doc, read, until);
        for e in &mut n.entries {
            // a cluster's votes come from the pronouns the clustering gave it: a given
            // name that tells the gender is the better witness
            if e.gender.is_none() && e.cluster.is_some() && e.person {
                e.gender = crate::lexicon::given_name_gender(&e.canonical);
            }
            if e.gender.is_none() {
                e.gender = match (e.told, e.votes) {
                    (Some(g), _) => Some(g),
                    (None, (m, f)) if m > f => Some(Gender::M),
                    (None, (m, f)) if f > m => Some(Gender::F),
                    // (a given name only for people: organisations and places are most
                    // entries, and they need no gender)
                    _ if e.person && e.canonical.contains(' ') => {
                        crate::lexicon::given_name_gender(&e.canonical)
                    }
                    _ => None,
                };
                e.voted = e.told.is_none() && e.votes.0 != e.votes.1;
            }
            // (usually pushed in text order already)
            if !e.positions.is_sorted() {
                e.positions.sort_unstable();
            }
            e.positions.dedup();
            if !e.subject_positions.is_sorted() {
                e.subject_positions.sort_unstable();
            }
        }
        n.by_token.sort_unstable();
        n.merge_variants();
        // a surname alone ("Aziz") has the gender of the fuller name it stands for
        let inherit: Vec<(usize, Gender)> = (0..n.entries.len())
            .filter(|&i| {
                let e = &n.entries[i];
                e.person && e.gender.is_none() && !e.canonical.contains(' ')
            })
            .filter_map(|i| {
                let c = n.entries[i].canonical.clone();
                let j = n.lookup(&[c.as_str()], usize::MAX)?;
                (j != i).then_some(())?;
                Some((i, n.entries[j].gender?))
            })
            .collect();
        for (i, g) in inherit {
            n.entries[i].gender = Some(g);
        }
        // sorted as (offset, entry, subject) packed into one integer each (the same
        // order as the tuples', one comparison instead of three)
        let mut packed: Vec<u128> =
            Vec::with_capacity(n.entries.iter().map(|e| e.positions.len()).sum());
        for (i, e) in n.entries.iter().enumerate() {
            let c = n.canonical_index(i) as u128;
            // (both lists sorted: whether a position is a subject's, by one walk)
            let mut subjects = e.subject_positions.iter().peekable();
            for &p in &e.positions {
                while subjects.next_if(|&&q| q < p).is_some() {}
                let subj = subjects.peek().is_some_and(|&&q| q == p);
                packed.push(((p as u128) << 64) | (c << 1) | u128::from(subj));
            }
        }
        packed.sort_unstable();
        n.mentions = packed
            .iter()
            .map(|&k| ((k >> 64) as usize, ((k as u64) >> 1) as usize, k & 1 == 1))
            .collect();
        n
    }

    fn scan_text(&mut self, doc: &Document, read: &Read, until: usize) {
        let text = doc.text();
        let layout = &read.layout;
        let mut persons: Vec<(usize, usize)> = doc
            .entities
            .iter()
            .flatten()
            .filter(|e| e.label == "PERSON")
            .map(|e| (e.span.start(), e.span.end()))
            .collect();
        persons.sort_unstable();
        let mut affiliations: Vec<usize> = doc
            .entities
            .iter()
            .flatten()
            .filter(|e| matches!(&*e.label, "GPE" | "LOC" | "ORG"))
            .map(|e| e.span.start())
            .collect();
        affiliations.sort_unstable();
        let mut persons_by = 0;
        // the words of the paragraphs up to the one holding `until`, a paragraph at a time
        // (no word crosses a line), each classified once (lower-case words are looked up
        // only when a rule asks)
        let last_para = layout.paras.partition_point(|p| p.0 <= until);
        let mut buf: Vec<W> = Vec::new();
        let mut para_fl: Vec<u16> = Vec::new();
        let mut sent_ptr = 0;
        let start_at = |k: usize| layout.starts.get(k).copied().unwrap_or(usize::MAX);
        let mut next_start = start_at(0);
        // buffers reused by every capitalised run (no allocation per run)
        let mut toks: Vec<&str> = Vec::new();
        let mut name_toks: Vec<&str> = Vec::new();
        let mut rfl_buf: Vec<u16> = Vec::new();
        let mut words_from = 0;
        for &(ps, pe) in &layout.paras[..last_para] {
            let ws = read.words_of(text, (ps, pe), &mut words_from, &mut buf);
            classify_into(text, ws, &mut para_fl);
            let fl = &para_fl[..];
            let is_cw = |k: usize| fl[k] & (C_CAP | C_WORD) == C_CAP | C_WORD;
            let full = |k: usize| {
                if fl[k] & C_LAZY != 0 {
                    word_class(ws[k].t(text))
                } else {
                    fl[k]
                }
            };
            let mut i = 0;
            let mut pending_title: Option<(Vec<String>, usize)> = None; // "Title, Name" apposition
            // the pending title is a body "of X and" continued by the next run
            let mut of_body = false;
            let mut sentence_first: Option<usize> = None; // entry that opened the sentence
            let mut sent_word = 0; // index of the sentence's first word
            while i < ws.len() {
                // sentence bookkeeping
                while next_start <= ws[i].s {
                    sent_ptr += 1;
                    next_start = start_at(sent_ptr);
                    sentence_first = None;
                    sent_word = i;
                }
                // (C_LAZY: the word opens with an ASCII lower-case letter; it can only
                // be a pronoun voting below, and every pronoun opens with h or s)
                if fl[i] & C_LAZY != 0
                    && (sentence_first.is_none()
                        || !matches!(text.as_bytes()[ws[i].s], b'h' | b's'))
                {
                    i += 1;
                    // (no vote pending: the lower-case words after it in this sentence
                    // are passed over the same way, in one tight loop)
                    if sentence_first.is_none() {
                        while i < ws.len() && fl[i] & C_LAZY != 0 && ws[i].s < next_start {
                            i += 1;
                        }
                    }
                    continue;
                }
                let sent_start = sent_ptr > 0 && layout.starts[sent_ptr - 1] == ws[i].s;
                let t = ws[i].t(text);
                // gender votes: first pronoun of a sentence opened by a name
                if let Some(ei) = sentence_first
                    && let Some(g) = pronoun_gender(t)
                    && (fl[i] & C_CAP == 0 || !sent_start)
                {
                    match g {
                        Gender::M => self.entries[ei].votes.0 += 1,
                        Gender::F => self.entries[ei].votes.1 += 1,
                    }
                    sentence_first = None;
                }
                if !is_cw(i) {
                    i += 1;
                    continue;
                }
                // capitalised run with connectors after titles
                let a = i;
                let mut b = i + 1;
                let mut run_titled = fl[a] & C_TITLE != 0;
                while b < ws.len() {
                    if is_cw(b) {
                        run_titled |= fl[b] & C_TITLE != 0;
                        b += 1;
                    } else if matches!(text.as_bytes()[ws[b].s], b'a'..=b'z' | b'&')
                        // (every connector opens with a lower-case letter or is "&")
                        && crate::np::is_connector(ws[b].t(text))
                        && ws[b].t(text) != "and"
                        && b + 1 < ws.len()
                        && fl[b + 1] & C_CAP != 0
                        // "Governor Paul Lind on Monday": a date is no part of a name
                        && !is_date_word(ws[b + 1].t(text))
                        && (matches!(ws[b].t(text), "of" | "for") || run_titled)
                    {
                        run_titled |= fl[b + 1] & C_TITLE != 0;
                        b += 2;
                    } else {
                        break;
                    }
                }
                i = b;
                if b == a + 1 && sent_start {
                    // a lone capitalised word opening a sentence is rarely a name
                    if ws[a].e - ws[a].s <= 10 && fl[a] & C_LEAD_STOP != 0 {
                        continue;
                    }
                }
                let mut start_off = 0;
                while a + start_off < b && full(a + start_off) & C_LEAD_STOP != 0 {
                    start_off += 1;
                }
                let a0 = a + start_off;
                if a0 == b {
                    continue;
                }
                let run: &[W] = &ws[a0..b];
                rfl_buf.clear();
                rfl_buf.extend((a0..b).map(full));
                let rfl = &rfl_buf[..];
                toks.clear();
                toks.extend(run.iter().map(|w| w.t(text)));
                // titles: everything up to the last title word (and a "to/of X" after it);
                // the first word of a longer run may be a role ("Engineer Paulo Reis")
                let last_title = rfl
                    .iter()
                    .rposition(|f| f & C_TITLE != 0)
                    .or_else(|| (toks.len() >= 3 && rfl[0] & C_AGENTIVE != 0).then_some(0));
                let mut titles: Vec<String> = Vec::new();
                let mut gender = None;
                // a lower-case role right before the run ("shopkeeper Yusuf Demir")
                if a > 0
                    && fl[a - 1] & (C_CAP | C_WORD) == C_WORD
                    && crate::lexicon::role_bits(ws[a - 1].t(text)) != 0
                {
                    titles.push(ws[a - 1].t(text).to_lowercase());
                    gender = title_gender(ws[a - 1].t(text));
                }
                let name_from = match last_title {
                    Some(lt) => {
                        for (wi, w) in toks[..=lt].iter().enumerate() {
                            if rfl[wi] & C_TITLE != 0 || (wi == 0 && lt == 0) {
                                titles.push(w.trim_end_matches('.').to_lowercase());
                                gender = gender.or(title_gender(w));
                            }
                        }
                        let mut k = lt + 1;
                        if k < toks.len() && matches!(toks[k], "to" | "of") {
                            // "Ambassador to Azerbaijan Lu Mei": the name is the last two words
                            k = toks.len().saturating_sub(2).max(k + 2).min(toks.len());
                        }
                        k
                    }
                    None => 0,
                };
                // "Sen. Chuck Schumer of New York", "Janet Oyelaran of PBS": a person's
                // name of two words or more (titled, or opening with a given name) ends
                // before "of" and a place or organisation (an entity, or a US state where
                // no entity tagger ran): where the person is from or works
                // (only runs holding "of" are asked about a given name)
                let personal = toks.len() > name_from + 3
                    && toks[name_from + 2..].contains(&"of")
                    && (last_title.is_some()
                        || crate::lexicon::given_name_gender(toks[name_from]).is_some());
                let name_to = match personal {
                    true => (name_from + 2..toks.len().saturating_sub(1))
                        .find(|&k| {
                            toks[k] == "of"
                                && (affiliations.binary_search(&run[k + 1].s).is_ok()
                                    || crate::lexicon::starts_with_us_state(&toks[k + 1..]))
                        })
                        .unwrap_or(toks.len()),
                    false => toks.len(),
                };
                name_toks.clear();
                name_toks.extend(
                    (name_from..name_to)
                        .filter(|&k| rfl[k] & C_DETERMINER == 0)
                        .map(|k| toks[k]),
                );
                let followed_by_comma = ws.get(b).is_some_and(|w| w.t(text) == ",");
                // "Minister of Digital Development and Transport Rashad Aliyev": the body
                // after "of" goes on past "and"; the name is the end of the next run
                if let Some(lt) = last_title
                    && toks.get(lt + 1).is_some_and(|t| matches!(*t, "of" | "for"))
                    && ws.get(b).is_some_and(|w| w.t(text) == "and")
                    && ws
                        .get(b + 1)
                        .is_some_and(|w| crate::text::is_cap(w.t(text)))
                {
                    pending_title = Some((titles, b + 1));
                    of_body = true;
                    continue;
                }
                if name_toks.is_empty() {
                    // a bare title: "the Chinese Ambassador to Azerbaijan, Lu Mei,"
                    if followed_by_comma && !titles.is_empty() {
                        pending_title = Some((titles, b + 1));
                    }
                    continue;
                }
                // an apposition gives its title to the name
                if let Some((pt, at)) = pending_title.take()
                    && at == a0
                {
                    titles.extend(pt);
                    // the rest of the body before the name ("… and Transport Rashad Aliyev")
                    if of_body && name_toks.len() > 2 {
                        name_toks.drain(..name_toks.len() - 2);
                    }
                }
                of_body = false;
                let all_demonyms = (name_from..toks.len())
                    .filter(|&k| rfl[k] & C_DETERMINER == 0)
                    .all(|k| rfl[k] & C_DEMONYM != 0);
                if name_toks.len() > 5 || all_demonyms {
                    continue;
                }
                let pos = run[name_from.min(run.len() - 1)].s;
                // (runs come in text order, so the persons starting by `pos` are
                // counted by a cursor that only moves on)
                while persons_by < persons.len() && persons[persons_by].0 <= pos {
                    persons_by += 1;
                }
                let k = persons_by;
                let is_person_entity = k > 0 && pos < persons[k - 1].1;
                let person = !titles.is_empty() || is_person_entity;
                let idx = self.add(&name_toks, pos, titles, person, gender);
                // the subject: the run opens the sentence, maybe after its own role words
                // ("Republican leader Tom Becker, 62, said")
                let lead_lo = sent_word.min(a0);
                let opens = (sent_start && start_off == 0)
                    || (a0 - lead_lo <= 4
                        && (lead_lo..a0)
                            .all(|k| full(k) & (C_CAP | C_TITLE | C_AGENTIVE | C_DEMONYM) != 0)
                        && !(lead_lo..a0).any(|k| full(k) & C_LEAD_STOP != 0));
                if opens {
                    self.entries[idx].subject_positions.push(pos);
                    sentence_first = Some(idx);
                }
                // "Name, Title of …": apposition after the name
                if followed_by_comma
                    && b + 1 < ws.len()
                    && fl[b + 1] & (C_TITLE | C_CAP) == C_TITLE | C_CAP
                {
                    let t = ws[b + 1].t(text).to_lowercase();
                    let e = &mut self.entries[idx];
                    if !e.titles.contains(&t) {
                        e.titles.push(t);
                    }
                    e.person = true;
                }
            }
        }
    }

    /// Records that entry `i` has the word `t`.
    fn index_token(&mut self, t: &str, i: usize) {
        // (without a final period, as `lookup` hashes: "Jr." is found as "Jr")
        self.by_token.push((token_hash(t.trim_end_matches('.')), i));
        // "Reyes" (or "Donnelly") of "Pat Donnelly-Reyes", where the entity tagger split
        // the surname
        if let Some((a, last)) = t.split_once('-')
            && crate::text::is_cap(a)
            && crate::text::is_cap(last)
            && !last.contains('-')
        {
            self.by_token.push((token_hash(a), i));
            self.by_token
                .push((token_hash(last.trim_end_matches('.')), i));
        }
    }

    fn add(
        &mut self,
        toks: &[&str],
        pos: usize,
        titles: Vec<String>,
        person: bool,
        gender: Option<Gender>,
    ) -> usize {
        // the key is joined into a buffer kept between calls (no allocation per mention)
        let mut joined = std::mem::take(&mut self.key_buf);
        joined.clear();
        for (n, t) in toks.iter().enumerate() {
            if n > 0 {
                joined.push(' ');
            }
            joined.push_str(t);
        }
        let k: &str = &joined;
        let idx = match self.by_key.get(k) {
            Some(&i) => i,
            None => {
                let k = k.to_string();
                let i = self.entries.len();
                self.entries.push(Entry {
                    canonical: k.clone(),
                    ..Entry::default()
                });
                self.by_key.insert(k, i);
                for t in toks {
                    self.index_token(t, i);
                }
                i
            }
        };
        self.key_buf = joined;
        let e = &mut self.entries[idx];
        e.positions.push(pos);
        e.count += 1;
        e.person |= person;
        for t in titles {
            if !e.titles.contains(&t) {
                e.titles.push(t);
            }
        }
        if let Some(g) = gender {
            e.told = Some(g);
            match g {
                Gender::M => e.votes.0 += 5,
                Gender::F => e.votes.1 += 5,
            }
        }
        idx
    }

    /// Spelling variants of one full name ("Lue Mei", "Lu Mei") are merged into the most
    /// frequent one: same number of words, each within one edit and with the same initial.
    fn merge_variants(&mut self) {
        let n = self.entries.len();
        let mut alias: Vec<usize> = (0..n).collect();
        // candidates have as many words with the same initials: grouped by (number of
        // words, initials), the initials packed 21 bits each (a name from the text has at
        // most five words; longer ones keep their initials as a string)
        let mut keyed: Vec<(usize, u128, String, usize)> = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            if e.cluster.is_some() {
                continue;
            }
            let mut words = 0;
            let mut packed: u128 = 0;
            for t in e.canonical.split_whitespace() {
                words += 1;
                packed = (packed << 21) | u128::from(u32::from(t.chars().next().unwrap_or(' ')));
            }
            if words < 2 {
                continue;
            }
            let long = if words > 6 {
                e.canonical
                    .split_whitespace()
                    .map(|t| t.chars().next().unwrap_or(' '))
                    .collect()
            } else {
                String::new()
            };
            keyed.push((words, if words > 6 { 0 } else { packed }, long, i));
        }
        keyed.sort_unstable();
        let same = |a: &(usize, u128, String, usize), b: &(usize, u128, String, usize)| {
            a.0 == b.0 && a.1 == b.1 && a.2 == b.2
        };
        for group in keyed.chunk_by(same) {
            if group.len() < 2 || group.len() > 64 {
                continue;
            }
            for &(_, _, _, i) in group {
                for &(_, _, _, j) in group {
                    if i == j || self.entries[j].count <= self.entries[i].count {
                        continue;
                    }
                    let a = self.entries[i].canonical.split_whitespace();
                    let b = self.entries[j].canonical.split_whitespace();
                    let close = a.zip(b).all(|(x, y)| {
                        x == y || (x.len() >= 2 && strata_core::edit_distance(x, y) <= 1)
                    });
                    if close
                        && (alias[i] == i || self.entries[alias[i]].count < self.entries[j].count)
                    {
                        alias[i] = j;
                    }
                }
            }
        }
        for (i, &j) in alias.iter().enumerate() {
            if j != i {
                let (pos, subj, titles, person, votes) = {
                    let e = &self.entries[i];
                    (
                        e.positions.clone(),
                        e.subject_positions.clone(),
                        e.titles.clone(),
                        e.person,
                        e.votes,
                    )
                };
                let target = &mut self.entries[j];
                target.positions.extend(pos);
                target.positions.sort_unstable();
                target.subject_positions.extend(subj);
                target.subject_positions.sort_unstable();
                for t in titles {
                    if !target.titles.contains(&t) {
                        target.titles.push(t);
                    }
                }
                target.person |= person;
                target.votes.0 += votes.0;
                target.votes.1 += votes.1;
                let canon = self.entries[i].canonical.clone();
                self.by_key.insert(canon, j);
            }
        }
        for e in &mut self.entries {
            if e.gender.is_none() {
                e.gender = match e.votes {
                    (m, f) if m > f => Some(Gender::M),
                    (m, f) if f > m => Some(Gender::F),
                    _ if e.person && e.canonical.contains(' ') => {
                        crate::lexicon::given_name_gender(&e.canonical)
                    }
                    _ => None,
                };
            }
        }
    }

    /// The cluster mention overlapping a span, if clusters were given.
    pub fn cluster_at(&self, s: usize, e: usize) -> Option<(usize, MentionKind)> {
        let i = self.cluster_mentions.partition_point(|m| m.1 <= s);
        self.cluster_mentions[i..]
            .iter()
            .take_while(|m| m.0 < e)
            .find(|m| m.0 < e && s < m.1)
            .map(|m| (m.2, m.3))
    }

    /// The cluster mention a speaker mention refers to: the first person among the
    /// cluster mentions inside it, else the first one ("Afghan Ambassador to the United
    /// States Hamdullah Mohib" is the ambassador, not the country in his title).
    pub fn cluster_in(&self, s: usize, e: usize) -> Option<(usize, MentionKind, usize)> {
        let i = self.cluster_mentions.partition_point(|m| m.1 <= s);
        let mut first = None;
        for m in self.cluster_mentions[i..]
            .iter()
            .take_while(|m| m.0 < e)
            .filter(|m| s < m.1)
            .take(16)
        {
            if self.entries[m.2].person {
                return Some((m.2, m.3, m.1));
            }
            first = first.or(Some((m.2, m.3, m.1)));
        }
        first
    }

    /// [`Names::lookup`] of a name written as one string ("Karim Aziz").
    pub fn lookup_name(&self, name: &str, pos: usize) -> Option<usize> {
        self.lookup(&name.split_whitespace().collect::<Vec<_>>(), pos)
    }

    /// The entry a written name refers to: exact, then a longer name containing all its
    /// words (the most recent one before `pos`, else the most frequent).
    pub fn lookup(&self, toks: &[&str], pos: usize) -> Option<usize> {
        if toks.is_empty() {
            return None;
        }
        let k = key(toks);
        let exact = self.by_key.get(&k).copied();
        if let Some(i) = exact
            && toks.len() >= 3
        {
            return Some(i);
        }
        let h = token_hash(toks[toks.len() - 1].trim_end_matches('.'));
        let lo = self.by_token.partition_point(|p| p.0 < h);
        let n_cands = self.by_token[lo..].partition_point(|p| p.0 == h);
        if n_cands == 0 {
            return None;
        }
        let cands = self.by_token[lo..lo + n_cands].iter().map(|p| p.1);
        let mut best: Option<(usize, (bool, usize, u32))> = None;
        let mut ctoks: Vec<&str> = Vec::new();
        for c in cands.take(WALK) {
            let e = &self.entries[c];
            ctoks.clear();
            ctoks.extend(e.canonical.split_whitespace());
            if ctoks.len() <= toks.len() {
                continue;
            }
            // one word anywhere in the name ("Lu" of "Lu Mei"); several as its end
            // ("De Pascale" of "Michele De Pascale"), and only for a person's name
            let fits = if toks.len() == 1 {
                ctoks.contains(&toks[0])
                    || ctoks.iter().any(|c| {
                        c.split_once('-')
                            .is_some_and(|(a, last)| a == toks[0] || last == toks[0])
                    })
            } else {
                (e.person || name_shaped(&e.canonical)) && ctoks.ends_with(toks)
            };
            if !fits {
                continue;
            }
            let k = e.positions.partition_point(|&p| p <= pos);
            let before = (k > 0).then(|| e.positions[k - 1]);
            let score = (e.person, before.unwrap_or(0), e.count);
            if best.as_ref().is_none_or(|b| score > b.1) {
                best = Some((c, score));
            }
        }
        // a longer name wins over an exact one only when it is as frequent ("Michele De
        // Pascale" for "De Pascale", not "China Xi Jinping" for "Xi Jinping")
        if let (Some(b), Some(x)) = (best, exact)
            && toks.len() >= 2
            && self.entries[b.0].count < self.entries[x].count
        {
            return Some(x);
        }
        best.map(|b| self.canonical_index(b.0)).or(exact)
    }

    /// Follows a merged variant to the entry that holds its name.
    pub fn canonical_index(&self, i: usize) -> usize {
        self.by_key
            .get(&self.entries[i].canonical)
            .copied()
            .unwrap_or(i)
    }

    /// Most recent person before `pos` whose gender fits, preferring sentence subjects.
    pub fn recent_person(
        &self,
        pos: usize,
        g: Option<Gender>,
        subjects_only: bool,
    ) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.0 < pos);
        self.mentions[..k]
            .iter()
            .rev()
            .take(WALK)
            .find(|&&(_, i, subj)| {
                let e = &self.entries[i];
                e.person
                    && (!subjects_only || subj)
                    && !matches!((g, e.gender), (Some(a), Some(b)) if a != b)
            })
            .map(|m| m.1)
    }

    /// Most recent entry before `pos` whose name has the word `w` ("Ministry").
    pub fn recent_containing(&self, w: &str, pos: usize) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.0 < pos);
        self.mentions[..k]
            .iter()
            .rev()
            .take(WALK)
            .find(|m| {
                let c = &self.entries[m.1].canonical;
                c.contains(' ') && c.split_whitespace().any(|t| t == w)
            })
            .map(|m| m.1)
    }

    /// The fullest form of an entry's name: "Lu" becomes "Lu Mei" when the document
    /// has the longer name.
    pub fn fullest(&self, i: usize, pos: usize) -> usize {
        let c = &self.entries[i].canonical;
        if c.contains(' ') {
            return self.canonical_index(i);
        }
        self.lookup(&[c.as_str()], pos).unwrap_or(i)
    }

    /// Most recent name shaped like a person's (two or three capitalised words, none of
    /// them a word that names organisations or places): the last resort for pronouns.
    pub fn recent_name_shaped(&self, pos: usize) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.0 < pos);
        self.mentions[..k]
            .iter()
            .rev()
            .take(WALK)
            .find(|&&(_, i, _)| name_shaped(&self.entries[i].canonical))
            .map(|m| m.1)
    }

    /// People holding one of `titles`: the most recent mention before `pos`, else the
    /// first after it.
    pub fn with_title(&self, titles: &[&str], pos: usize) -> Option<usize> {
        let has = |i: usize| {
            self.entries[i]
                .titles
                .iter()
                .any(|t| titles.contains(&t.as_str()))
        };
        let k = self.mentions.partition_point(|m| m.0 < pos);
        self.mentions[..k]
            .iter()
            .rev()
            .take(WALK)
            .chain(self.mentions[k..].iter().take(WALK))
            .find(|m| has(m.1))
            .map(|m| m.1)
    }
}
