//! Word classes for gazetteer features, and the mapping from the model's coarse types to
//! OntoNotes labels.
//!
//! The training data distinguishes only PER, ORG, LOC and MISC (GUM's "place" does not say
//! whether a place is a country, a region or a building; UNER has no MISC at all). The
//! OntoNotes label is decided after tagging, from the words of the name:
//!
//! - PER -> PERSON.
//! - ORG -> ORG.
//! - LOC -> LOC for continents, seas, rivers, mountains and other natural or vague regions
//!   ("Europe", "Caspian Sea", "Middle East"); FAC for buildings and routes ("Heathrow
//!   Airport", "Silk Road"); GPE otherwise (countries, cities and provinces are by far the
//!   most frequent places in news).
//! - MISC -> NORP for nationalities, religions and political groups ("Chinese",
//!   "Muslims", "Republicans"); LANGUAGE for a language name followed by "language";
//!   EVENT, LAW or WORK_OF_ART by the head word ("World Cup", "Paris Agreement",
//!   "... Act"); PRODUCT otherwise.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use strata_lexicon::Kind;

use crate::features::{gaz, hash_lower};

fn eq_any(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// First names of the 1990 US Census (public domain; see `data/README.md`).
const FIRST_NAMES: &str = include_str!("../data/first_names.txt");
/// The 10,000 most frequent surnames of the 1990 US Census (public domain).
const SURNAMES: &str = include_str!("../data/surnames.txt");

/// Titles and honorifics written before a person's name.
pub(crate) const PERSON_TITLES: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "professor",
    "president",
    "vice",
    "prime",
    "minister",
    "premier",
    "chancellor",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov.",
    "mayor",
    "ambassador",
    "secretary",
    "chairman",
    "chairwoman",
    "chair",
    "speaker",
    "director",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "emperor",
    "empress",
    "tsar",
    "czar",
    "sheikh",
    "lord",
    "lady",
    "sir",
    "dame",
    "general",
    "gen.",
    "colonel",
    "col.",
    "captain",
    "capt.",
    "lt.",
    "lieutenant",
    "sergeant",
    "sgt.",
    "major",
    "admiral",
    "commander",
    "officer",
    "detective",
    "judge",
    "justice",
    "bishop",
    "archbishop",
    "cardinal",
    "rev.",
    "reverend",
    "father",
    "saint",
    "rabbi",
    "imam",
    "doctor",
    "coach",
    "dear",
    "uncle",
    "aunt",
    "deputy",
    "chief",
    "ceo",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "councillor",
    "councilman",
    "councilwoman",
    "mx",
    "mx.",
];

const MONTHS_DAYS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "sep.",
    "oct.",
    "nov.",
    "dec.",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const ORG_WORDS: &[&str] = &[
    "university",
    "college",
    "institute",
    "school",
    "academy",
    "ministry",
    "department",
    "agency",
    "committee",
    "commission",
    "council",
    "party",
    "parliament",
    "congress",
    "assembly",
    "bank",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "co.",
    "ltd",
    "ltd.",
    "llc",
    "plc",
    "group",
    "company",
    "corporation",
    "association",
    "foundation",
    "federation",
    "union",
    "organization",
    "organisation",
    "society",
    "court",
    "police",
    "army",
    "navy",
    "embassy",
    "office",
    "board",
    "club",
    "team",
    "fc",
    "news",
    "times",
    "post",
    "museum",
    "church",
    "authority",
    "service",
    "services",
    "airlines",
    "airways",
    "fund",
    "centre",
    "center",
    "network",
    "press",
];

/// Natural and vague places: OntoNotes LOC, not GPE.
const LOC_HEADS: &[&str] = &[
    "sea",
    "ocean",
    "river",
    "lake",
    "mountains",
    "mountain",
    "mount",
    "mt.",
    "valley",
    "desert",
    "island",
    "islands",
    "peninsula",
    "gulf",
    "bay",
    "strait",
    "coast",
    "basin",
    "plateau",
    "region",
    "forest",
    "canyon",
    "zone",
    "hills",
    "alps",
    "himalayas",
    "south",
    "north",
    "east",
    "west",
];

const LOC_NAMES: &[&str] = &[
    "europe",
    "asia",
    "africa",
    "antarctica",
    "oceania",
    "america",
    "americas",
    "eurasia",
    "arctic",
    "antarctic",
    "caucasus",
    "balkans",
    "scandinavia",
    "siberia",
    "sahara",
    "amazon",
    "mediterranean",
    "caribbean",
    "earth",
];

/// Buildings, routes and other structures: OntoNotes FAC.
const FAC_HEADS: &[&str] = &[
    "airport",
    "station",
    "bridge",
    "street",
    "st.",
    "avenue",
    "ave.",
    "road",
    "boulevard",
    "highway",
    "motorway",
    "square",
    "stadium",
    "arena",
    "tower",
    "towers",
    "palace",
    "hall",
    "building",
    "cathedral",
    "mosque",
    "temple",
    "tunnel",
    "canal",
    "dam",
    "port",
    "harbour",
    "harbor",
    "corridor",
    "route",
    "railway",
    "prison",
    "castle",
    "park",
];

const NORP_WORDS: &[&str] = &[
    "muslim",
    "muslims",
    "christian",
    "christians",
    "jewish",
    "jews",
    "jew",
    "catholic",
    "catholics",
    "protestant",
    "protestants",
    "buddhist",
    "buddhists",
    "hindu",
    "hindus",
    "sikh",
    "sikhs",
    "islamic",
    "republican",
    "republicans",
    "democrat",
    "democrats",
    "democratic",
    "communist",
    "communists",
    "socialist",
    "socialists",
    "conservative",
    "conservatives",
    "liberal",
    "liberals",
    "labour",
    "sunni",
    "shia",
    "shiite",
    "arab",
    "arabs",
    "kurd",
    "kurds",
    "kurdish",
    "latino",
    "latinos",
    "european",
    "europeans",
    "african",
    "africans",
    "asian",
    "asians",
    "western",
    "soviet",
];

const EVENT_HEADS: &[&str] = &[
    "war",
    "games",
    "olympics",
    "cup",
    "championship",
    "championships",
    "festival",
    "summit",
    "conference",
    "forum",
    "revolution",
    "election",
    "elections",
    "expo",
    "congress",
    "session",
    "tournament",
    "marathon",
    "prix",
    "crisis",
    "day",
    "week",
    "hurricane",
    "storm",
];

const LAW_HEADS: &[&str] = &[
    "act",
    "treaty",
    "constitution",
    "amendment",
    "agreement",
    "accord",
    "accords",
    "declaration",
    "statement",
    "resolution",
    "law",
    "bill",
    "charter",
    "protocol",
    "convention",
    "memorandum",
    "plan",
    "code",
];

const WORK_HEADS: &[&str] = &[
    "book", "novel", "film", "movie", "album", "song", "report", "show", "series", "prize", "award",
];

type HashKeyed<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// Gazetteer tables: word -> classes and word sequence -> classes, keyed by lowercase
/// hashes (see [`phrase_hash`]).
struct Gazetteer {
    words: HashKeyed<u16>,
    phrases: HashKeyed<u16>,
    /// First words of `phrases` with the length of their longest phrase: most capitalised
    /// words begin no phrase, and one lookup here saves trying every phrase length.
    starts: HashKeyed<usize>,
    max_words: usize,
}

/// Hash of a sequence of lowercase word hashes.
#[inline]
fn phrase_hash(hashes: &[u64]) -> u64 {
    hashes.iter().fold(0x243f_6a88_85a3_08d3u64, |h, &w| {
        (h.rotate_left(23) ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15)
    })
}

fn gazetteer() -> &'static Gazetteer {
    static TABLE: OnceLock<Gazetteer> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut words: HashKeyed<u16> = HashMap::default();
        let lists: [(&[&str], u16); 6] = [
            (PERSON_TITLES, gaz::PERSON_TITLE),
            (MONTHS_DAYS, gaz::MONTH_OR_DAY),
            (ORG_WORDS, gaz::ORG_WORD),
            (LOC_HEADS, gaz::LOC_WORD),
            (LOC_NAMES, gaz::LOC_WORD),
            (NORP_WORDS, gaz::NATIONALITY),
        ];
        for (list, class) in lists {
            for w in list {
                *words.entry(hash_lower(w)).or_default() |= class;
            }
        }
        for (list, class) in [(FIRST_NAMES, gaz::FIRST_NAME), (SURNAMES, gaz::SURNAME)] {
            for w in list.lines() {
                *words.entry(hash_lower(w)).or_default() |= class;
            }
        }
        let mut phrases: HashKeyed<u16> = HashMap::default();
        let mut starts: HashKeyed<usize> = HashMap::default();
        let mut max_words = 1;
        let mut add = |phrase: &str, class: u16| {
            // Both spellings of a possessive: "People’s" as one word and as "People" "’s".
            let mut variants = vec![
                phrase
                    .split_whitespace()
                    .map(hash_lower)
                    .collect::<Vec<_>>(),
            ];
            if phrase.contains("’s ") || phrase.contains("'s ") {
                let split: Vec<u64> = phrase
                    .split_whitespace()
                    .flat_map(|w| {
                        let cut = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s"));
                        match cut {
                            Some(stem) => vec![hash_lower(stem), hash_lower(&w[stem.len()..])],
                            None => vec![hash_lower(w)],
                        }
                    })
                    .collect();
                variants.push(split);
            }
            for v in variants {
                if v.len() == 1 {
                    *words.entry(v[0]).or_default() |= class;
                } else if !v.is_empty() {
                    max_words = max_words.max(v.len());
                    *phrases.entry(phrase_hash(&v)).or_default() |= class;
                    let longest = starts.entry(v[0]).or_default();
                    *longest = (*longest).max(v.len());
                }
            }
        };
        for e in strata_lexicon::entries() {
            let class = match e.kind {
                Kind::Country | Kind::City | Kind::Region => gaz::GPE,
                Kind::Location => gaz::LOC_WORD,
                Kind::Nationality => gaz::NATIONALITY,
                Kind::Language => gaz::LANGUAGE,
                Kind::Organisation => gaz::ORG,
            };
            add(e.phrase, class);
        }
        for t in strata_lexicon::titles() {
            add(t.phrase, gaz::PERSON_TITLE);
        }
        Gazetteer {
            words,
            phrases,
            starts,
            max_words: max_words.min(6),
        }
    })
}

/// Marks the words of multi-word gazetteer phrases in a sentence (longest match first):
/// every word gets the phrase's classes, and all but the first also [`gaz::INSIDE`].
/// `lower` holds the words' lowercase hashes (0 where not computed).
pub(crate) fn mark_phrases(lower: &[u64], flags: &[u8], out: &mut [u16]) {
    mark_phrases_from(
        lower,
        |i| {
            if flags[i] & crate::features::F_ANCHOR != 0 && lower[i] != 0 {
                longest_phrase(lower[i])
            } else {
                0
            }
        },
        out,
    );
}

/// Words in the longest multi-word gazetteer phrase that begins with the word of lowercase
/// hash `lower` (0: none begins with it).
pub(crate) fn longest_phrase(lower: u64) -> usize {
    gazetteer().starts.get(&lower).copied().unwrap_or(0)
}

/// [`mark_phrases`] with the phrase starts given by the caller: `start(i)` must be
/// [`longest_phrase`] of word `i` where it has an upper-case letter and a non-zero
/// `lower[i]`, 0 elsewhere (the tagger's word cache knows it without a lookup).
pub(crate) fn mark_phrases_from(lower: &[u64], start: impl Fn(usize) -> usize, out: &mut [u16]) {
    mark_phrases_at(lower, (0..lower.len()).map(|i| (i, start(i))), out);
}

/// [`mark_phrases_from`] with the words that can begin a phrase listed: `starts` gives
/// `(i, longest)` in increasing `i` for (at least) every word whose `start(i)` is 2 or
/// more; words not listed begin none.
pub(crate) fn mark_phrases_at(
    lower: &[u64],
    starts: impl IntoIterator<Item = (usize, usize)>,
    out: &mut [u16],
) {
    let g = gazetteer();
    let n = lower.len();
    // Words before `next` are inside a phrase already found.
    let mut next = 0;
    for (i, longest) in starts {
        if i < next || i >= n || longest < 2 {
            continue;
        }
        let mut hit = None;
        for len in (2..=g.max_words.min(longest).min(n - i)).rev() {
            let seq = &lower[i..i + len];
            if seq.contains(&0) {
                continue;
            }
            if let Some(&c) = g.phrases.get(&phrase_hash(seq)) {
                hit = Some((len, c));
                break;
            }
        }
        if let Some((len, c)) = hit {
            out[i] |= c;
            for o in &mut out[i + 1..i + len] {
                *o |= c | gaz::INSIDE;
            }
            next = i + len;
        }
    }
}

/// Gazetteer classes of a name given as words, for label refinement.
pub(crate) fn name_class(words: &[&str]) -> u16 {
    let g = gazetteer();
    match words {
        [] => 0,
        [w] => g.words.get(&hash_lower(w)).copied().unwrap_or(0),
        _ if words.len() <= g.max_words => {
            let mut hashes = [0u64; 8];
            for (h, w) in hashes.iter_mut().zip(words) {
                *h = hash_lower(w);
            }
            g.phrases
                .get(&phrase_hash(&hashes[..words.len()]))
                .copied()
                .unwrap_or(0)
        }
        _ => 0,
    }
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// Gazetteer classes of one word (see [`gaz`]), given its lowercase hash; the same function
/// is used in training and tagging, and is part of the feature templates' version.
pub(crate) fn gaz_class(w: &str, lower: u64) -> u16 {
    let words = &gazetteer().words;
    let mut c = words.get(&lower).copied().unwrap_or(0);
    // The lists are written without diacritics: "Fátima Báñez" and "Günter" are looked up
    // as "Fatima", "Banez" and "Gunter" too.
    if !w.is_ascii() {
        let mut folded = String::with_capacity(w.len());
        if fold_latin(w, &mut folded) {
            c |= words.get(&hash_lower(&folded)).copied().unwrap_or(0);
        }
    }
    if demonym_suffix(w) {
        c |= gaz::NATIONALITY;
    }
    c
}

/// Writes `w` into `out` with the diacritics of Latin letters removed ("Báñez" to "Banez",
/// "Øster" to "Oster", "Straße" to "Strasse"). Returns whether anything changed; letters of
/// other scripts are copied as they are.
pub(crate) fn fold_latin(w: &str, out: &mut String) -> bool {
    let mut changed = false;
    for c in w.chars() {
        let base: &str = match c {
            'À'..='Å' | 'Ā' | 'Ă' | 'Ą' => "A",
            'à'..='å' | 'ā' | 'ă' | 'ą' => "a",
            'Æ' => "AE",
            'æ' => "ae",
            'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => "C",
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
            'Ď' | 'Đ' | 'Ð' => "D",
            'ď' | 'đ' | 'ð' => "d",
            'È'..='Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => "E",
            'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
            'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => "G",
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
            'Ĥ' | 'Ħ' => "H",
            'ĥ' | 'ħ' => "h",
            'Ì'..='Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => "I",
            'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
            'Ĵ' => "J",
            'ĵ' => "j",
            'Ķ' => "K",
            'ķ' => "k",
            'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => "L",
            'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
            'Ñ' | 'Ń' | 'Ņ' | 'Ň' => "N",
            'ñ' | 'ń' | 'ņ' | 'ň' => "n",
            'Ò'..='Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' => "O",
            'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
            'Œ' => "OE",
            'œ' => "oe",
            'Ŕ' | 'Ŗ' | 'Ř' => "R",
            'ŕ' | 'ŗ' | 'ř' => "r",
            'Ś' | 'Ŝ' | 'Ş' | 'Š' | 'Ș' => "S",
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
            'ß' => "ss",
            'Ţ' | 'Ť' | 'Ŧ' | 'Ț' => "T",
            'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
            'Ù'..='Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => "U",
            'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
            'Ŵ' => "W",
            'ŵ' => "w",
            'Ý' | 'Ŷ' | 'Ÿ' => "Y",
            'ý' | 'ÿ' | 'ŷ' => "y",
            'Ź' | 'Ż' | 'Ž' => "Z",
            'ź' | 'ż' | 'ž' => "z",
            'Þ' => "Th",
            'þ' => "th",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(base);
        changed = true;
    }
    changed
}

fn ends_with_ci(w: &str, suffix: &str) -> bool {
    w.len() >= suffix.len()
        && w.as_bytes()[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// A capitalised word with a typical demonym ending ("Azerbaijani", "Chinese", "Kenyan").
fn demonym_suffix(w: &str) -> bool {
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) || w.len() < 5 || !w.is_ascii() {
        return false;
    }
    [
        "ese", "ian", "ians", "ish", "ani", "ean", "eans", "ans", "an", "i",
    ]
    .iter()
    .any(|s| ends_with_ci(w, s))
        && !ends_with_ci(w, "stan")
}

/// Is `w` a title that precedes a person's name ("President", "Ms.", "Madam")?
pub(crate) fn is_person_title(w: &str) -> bool {
    // `PERSON_TITLES` are in the gazetteer's words with this class.
    gazetteer()
        .words
        .get(&hash_lower(w))
        .is_some_and(|c| c & gaz::PERSON_TITLE != 0)
}

/// The OntoNotes label for a name of coarse type `coarse` made of `words`. `next` is the
/// word after the name, if any.
pub fn refine(coarse: &str, words: &[&str], next: Option<&str>) -> &'static str {
    let last = words.last().copied().unwrap_or("");
    let first = words.first().copied().unwrap_or("");
    let class = name_class(words);
    let person_name = class & (gaz::FIRST_NAME | gaz::SURNAME) != 0;
    let language_next = next.is_some_and(|n| n.eq_ignore_ascii_case("language"));
    // What the lexicon knows about the whole name overrides the coarse type where
    // OntoNotes is clear: a country is a GPE even where it stands for its government.
    if class & gaz::LANGUAGE != 0 && language_next {
        return "LANGUAGE";
    }
    if class & gaz::NATIONALITY != 0 && words.len() == 1 && coarse != "ORG" {
        return "NORP";
    }
    if class & gaz::GPE != 0 && !(coarse == "PER" && person_name) {
        return "GPE";
    }
    match coarse {
        "PER" => "PERSON",
        "ORG" => "ORG",
        "LOC" => {
            if eq_any(last, FAC_HEADS) {
                "FAC"
            } else if class & gaz::LOC_WORD != 0
                || eq_any(last, LOC_HEADS)
                || eq_any(first, &["mount", "mt.", "lake", "gulf"])
            {
                "LOC"
            } else {
                "GPE"
            }
        }
        _ => {
            if words.len() == 1 && demonym_suffix(last) {
                "NORP"
            } else if eq_any(last, LAW_HEADS) || eq_any(first, LAW_HEADS) {
                "LAW"
            } else if eq_any(last, EVENT_HEADS) || last.chars().any(|c| c.is_ascii_digit()) {
                "EVENT"
            } else if eq_any(last, WORK_HEADS) {
                "WORK_OF_ART"
            } else {
                "PRODUCT"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(coarse: &str, name: &str, next: Option<&str>, expected: &str) {
        let words: Vec<&str> = name.split(' ').collect();
        assert_eq!(refine(coarse, &words, next), expected, "{name}");
    }

    #[test]
    fn coarse_types_become_ontonotes_labels() {
        check("LOC", "Baku", None, "GPE");
        check("LOC", "Caspian Sea", None, "LOC");
        check("LOC", "Europe", None, "LOC");
        check("LOC", "Heathrow Airport", None, "FAC");
        check("LOC", "Mount Everest", None, "LOC");
        check("PER", "Lu Mei", None, "PERSON");
        check("MISC", "Chinese", Some("side"), "NORP");
        check("MISC", "Chinese", Some("language"), "LANGUAGE");
        check("MISC", "Paris Agreement", None, "LAW");
        check("MISC", "World Cup", None, "EVENT");
        check("MISC", "COP29", None, "EVENT");
        check("ORG", "Milli Majlis", None, "ORG");
    }

    #[test]
    fn gazetteer_classes() {
        let g = |w: &str| gaz_class(w, hash_lower(w));
        assert_eq!(g("Ambassador"), gaz::PERSON_TITLE);
        assert_ne!(g("Azerbaijani") & gaz::NATIONALITY, 0);
        assert_eq!(g("Kazakhstan") & gaz::NATIONALITY, 0);
        assert_eq!(g("2025"), 0);
        // The name lists are written without diacritics.
        assert_eq!(g("Fátima"), g("Fatima"));
        assert_ne!(g("Günter") & gaz::SURNAME, 0);
    }

    #[test]
    fn latin_letters_fold_to_ascii() {
        let fold = |w: &str| {
            let mut s = String::new();
            (fold_latin(w, &mut s), s)
        };
        assert_eq!(fold("Báñez"), (true, "Banez".to_string()));
        assert_eq!(fold("Straße"), (true, "Strasse".to_string()));
        assert_eq!(fold("Øresund"), (true, "Oresund".to_string()));
        assert_eq!(fold("Москва"), (false, "Москва".to_string()));
        assert_eq!(fold("Baku"), (false, "Baku".to_string()));
    }
}
