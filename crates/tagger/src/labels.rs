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

/// Word -> gazetteer classes, keyed by the lowercase hash of the word.
fn gaz_table() -> &'static HashMap<u64, u8, BuildHasherDefault<IdHasher>> {
    static TABLE: OnceLock<HashMap<u64, u8, BuildHasherDefault<IdHasher>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: HashMap<u64, u8, BuildHasherDefault<IdHasher>> = HashMap::default();
        let lists: [(&[&str], u8); 6] = [
            (PERSON_TITLES, gaz::PERSON_TITLE),
            (MONTHS_DAYS, gaz::MONTH_OR_DAY),
            (ORG_WORDS, gaz::ORG_WORD),
            (LOC_HEADS, gaz::LOC_WORD),
            (LOC_NAMES, gaz::LOC_WORD),
            (NORP_WORDS, gaz::NATIONALITY),
        ];
        for (list, class) in lists {
            for w in list {
                *t.entry(hash_lower(w)).or_default() |= class;
            }
        }
        for (list, class) in [(FIRST_NAMES, gaz::FIRST_NAME), (SURNAMES, gaz::SURNAME)] {
            for w in list.lines() {
                *t.entry(hash_lower(w)).or_default() |= class;
            }
        }
        t
    })
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
pub(crate) fn gaz_class(w: &str, lower: u64) -> u8 {
    let mut c = gaz_table().get(&lower).copied().unwrap_or(0);
    if demonym_suffix(w) {
        c |= gaz::NATIONALITY;
    }
    c
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

/// Is `w` a title that precedes a person's name?
pub(crate) fn is_person_title(w: &str) -> bool {
    eq_any(w, PERSON_TITLES)
}

/// The OntoNotes label for a name of coarse type `coarse` made of `words`. `next` is the
/// word after the name, if any.
pub fn refine(coarse: &str, words: &[&str], next: Option<&str>) -> &'static str {
    let last = words.last().copied().unwrap_or("");
    let first = words.first().copied().unwrap_or("");
    match coarse {
        "PER" => {
            if words.len() == 1 && eq_any(last, NORP_WORDS) {
                "NORP"
            } else {
                "PERSON"
            }
        }
        "ORG" => "ORG",
        "LOC" => {
            if eq_any(last, FAC_HEADS) {
                "FAC"
            } else if eq_any(last, LOC_HEADS)
                || eq_any(first, &["mount", "mt.", "lake", "gulf"])
                || (words.len() <= 2 && eq_any(last, LOC_NAMES))
            {
                "LOC"
            } else {
                "GPE"
            }
        }
        _ => {
            if words.len() == 1 && next.is_some_and(|n| n.eq_ignore_ascii_case("language")) {
                "LANGUAGE"
            } else if words.len() == 1 && (eq_any(last, NORP_WORDS) || demonym_suffix(last)) {
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
    }
}
