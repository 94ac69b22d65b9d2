//! # strata-lexicon: word lists the entity plugins share
//!
//! A plain data crate, not a plugin: the gazetteer (`ner.gazetteer`), the trained tagger's
//! gazetteer features, the pattern recogniser and name clustering all need the same facts
//! about the world, so they live here once. The lists are ours, compiled by the Strata team
//! from general knowledge (country, capital and demonym names are facts):
//!
//! - [`entries`]: phrases with an entity [`Kind`] that maps to an OntoNotes label
//!   ([`Kind::label`]): countries and their short forms ("U.S.", "PRC") and cities as GPE,
//!   provinces and states as GPE, continents, seas and world regions as LOC, nationalities,
//!   demonyms, religious and political groups as NORP, languages as LANGUAGE, international
//!   organisations, agencies and acronyms as ORG. Each has a canonical name ("PRC" ->
//!   "China", "SCO" -> "Shanghai Cooperation Organization").
//! - [`titles`]: person titles and roles ("Ambassador", "Ms.", "Premier") with the gender
//!   they imply, if any, for name clustering and pronoun resolution.
//! - [`month`], [`weekday`]: calendar words for the date patterns.
//!
//! The data sits in TSV files under `data/`, compiled in with `include_str!` and parsed
//! once on first use, so the lists are easy to read and review, and extending them needs
//! no code. Lookups are exact (case-sensitive): "US" is a country, "us" is not.
//! Ambiguous common words ("Nice", "Reading", "Mobile") are left out on purpose; a list
//! that fires on ordinary English costs more precision than it gains recall.

use std::sync::LazyLock;

/// What a lexicon phrase names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A sovereign state or former state ("Azerbaijan", "U.S.").
    Country,
    /// A capital or major city ("Baku").
    City,
    /// A province, state or region that is a political unit ("Zhejiang", "Texas").
    Region,
    /// A continent, world region, sea, river or range ("Europe", "Caspian Sea").
    Location,
    /// A nationality, demonym, religious or political group ("Chinese", "Muslims").
    Nationality,
    /// A language ("Chinese", "Arabic").
    Language,
    /// An organisation, agency or institution ("SCO", "Xinhua").
    Organisation,
}

impl Kind {
    /// The OntoNotes label of the kind.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Country | Kind::City | Kind::Region => "GPE",
            Kind::Location => "LOC",
            Kind::Nationality => "NORP",
            Kind::Language => "LANGUAGE",
            Kind::Organisation => "ORG",
        }
    }
}

/// One lexicon phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The phrase as written in text ("People’s Republic of China").
    pub phrase: &'static str,
    pub kind: Kind,
    /// The canonical name ("China"); the phrase itself when it is canonical.
    pub canonical: &'static str,
    /// For nationalities: the country the demonym belongs to, when there is one.
    pub country: Option<&'static str>,
}

impl Entry {
    /// The OntoNotes label.
    pub fn label(&self) -> &'static str {
        self.kind.label()
    }
}

const FILES: [(Kind, &str); 7] = [
    (Kind::Country, include_str!("../data/countries.tsv")),
    (Kind::City, include_str!("../data/cities.tsv")),
    (Kind::Region, include_str!("../data/regions.tsv")),
    (Kind::Location, include_str!("../data/locations.tsv")),
    (Kind::Nationality, include_str!("../data/nationalities.tsv")),
    (Kind::Language, include_str!("../data/languages.tsv")),
    (Kind::Organisation, include_str!("../data/orgs.tsv")),
];

/// Non-comment, non-blank lines split at tabs.
fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

static ENTRIES: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for (kind, data) in FILES {
        for cols in rows(data) {
            let phrase = cols[0];
            let second = cols.get(1).copied().filter(|s| !s.is_empty());
            let (canonical, country) = match kind {
                Kind::Nationality => (phrase, second),
                _ => (second.unwrap_or(phrase), None),
            };
            out.push(Entry {
                phrase,
                kind,
                canonical,
                country,
            });
        }
    }
    out.sort_by(|a, b| (a.phrase, a.kind).cmp(&(b.phrase, b.kind)));
    out.dedup_by(|a, b| a.phrase == b.phrase && a.kind == b.kind);
    out
});

/// Every lexicon entry, sorted by phrase (then kind). A phrase may have several kinds
/// ("Chinese" is a nationality and a language).
pub fn entries() -> &'static [Entry] {
    &ENTRIES
}

/// The entries for exactly this phrase (case-sensitive); empty when it is unknown.
pub fn lookup(phrase: &str) -> &'static [Entry] {
    let all = entries();
    let lo = all.partition_point(|e| e.phrase < phrase);
    let hi = lo + all[lo..].partition_point(|e| e.phrase == phrase);
    &all[lo..hi]
}

/// The label a phrase gets when nothing in the context decides: the first kind in
/// [`Kind`] order, which puts places before nationalities before languages.
pub fn label(phrase: &str) -> Option<&'static str> {
    lookup(phrase).first().map(Entry::label)
}

/// True when some entry of the phrase is a language.
pub fn is_language(phrase: &str) -> bool {
    lookup(phrase).iter().any(|e| e.kind == Kind::Language)
}

/// The largest number of whitespace-separated words in any phrase (for feature windows).
pub fn max_phrase_words() -> usize {
    static MAX: LazyLock<usize> = LazyLock::new(|| {
        entries()
            .iter()
            .map(|e| e.phrase.split_whitespace().count())
            .max()
            .unwrap_or(0)
    });
    *MAX
}

/// The gender a title implies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    Female,
    Male,
    Unknown,
}

/// What sort of title a word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TitleKind {
    /// A form of address ("Ms.", "Dr.", "Sir").
    Honorific,
    /// An office or rank ("President", "Ambassador", "General").
    Office,
    /// A role or job description ("Spokeswoman", "CEO", "Diplomat").
    Role,
}

/// A person title or role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Title {
    /// As written before a name, capitalised ("Ambassador", "Prime Minister", "Ms.").
    pub phrase: &'static str,
    pub gender: Gender,
    pub kind: TitleKind,
}

static TITLES: LazyLock<Vec<Title>> = LazyLock::new(|| {
    let mut out: Vec<Title> = rows(include_str!("../data/titles.tsv"))
        .map(|cols| Title {
            phrase: cols[0],
            gender: match cols.get(1).copied() {
                Some("f") => Gender::Female,
                Some("m") => Gender::Male,
                _ => Gender::Unknown,
            },
            kind: match cols.get(2).copied() {
                Some("honorific") => TitleKind::Honorific,
                Some("role") => TitleKind::Role,
                _ => TitleKind::Office,
            },
        })
        .collect();
    out.sort_by_key(|t| t.phrase);
    out.dedup_by_key(|t| t.phrase);
    out
});

/// Every title, sorted by phrase.
pub fn titles() -> &'static [Title] {
    &TITLES
}

/// The title spelled exactly so ("Ambassador", "Ms."), or, failing that, the title whose
/// spelling matches ignoring ASCII case ("ambassador" for a nominal like "the ambassador").
pub fn title(phrase: &str) -> Option<&'static Title> {
    let all = titles();
    if let Ok(i) = all.binary_search_by(|t| t.phrase.cmp(phrase)) {
        return Some(&all[i]);
    }
    all.iter().find(|t| t.phrase.eq_ignore_ascii_case(phrase))
}

/// Full English month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The month number (1-12) of a capitalised month name or abbreviation ("Sept", "Dec";
/// the period of "Dec." is a separate character and not part of `word`).
pub fn month(word: &str) -> Option<u8> {
    if let Some(i) = MONTHS.iter().position(|m| *m == word) {
        return Some(i as u8 + 1);
    }
    const ABBR: [(&str, u8); 12] = [
        ("Jan", 1),
        ("Feb", 2),
        ("Mar", 3),
        ("Apr", 4),
        ("Jun", 6),
        ("Jul", 7),
        ("Aug", 8),
        ("Sep", 9),
        ("Sept", 9),
        ("Oct", 10),
        ("Nov", 11),
        ("Dec", 12),
    ];
    ABBR.iter().find(|(a, _)| *a == word).map(|&(_, n)| n)
}

/// The weekday number (1 = Monday) of a capitalised weekday name.
pub fn weekday(word: &str) -> Option<u8> {
    WEEKDAYS
        .iter()
        .position(|d| *d == word)
        .map(|i| i as u8 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(phrase: &str, expected: &[&str]) {
        let got: Vec<String> = lookup(phrase)
            .iter()
            .map(|e| format!("{} {}", e.label(), e.canonical))
            .collect();
        assert_eq!(got, expected, "lookup({phrase:?})");
    }

    #[test]
    fn lookups() {
        check("Azerbaijan", &["GPE Azerbaijan"]);
        check("PRC", &["GPE China"]);
        check("U.S.", &["GPE United States"]);
        check("People’s Republic of China", &["GPE China"]);
        check("Baku", &["GPE Baku"]);
        check("Zhejiang", &["GPE Zhejiang"]);
        check("Caspian Sea", &["LOC Caspian Sea"]);
        check("Chinese", &["NORP Chinese", "LANGUAGE Chinese"]);
        check("Azerbaijani", &["NORP Azerbaijani", "LANGUAGE Azerbaijani"]);
        check("SCO", &["ORG Shanghai Cooperation Organization"]);
        check("NATO", &["ORG North Atlantic Treaty Organization"]);
        check("us", &[]);
        check("china", &[]);
        check("", &[]);
    }

    #[test]
    fn every_file_parses_and_phrases_are_trimmed() {
        for e in entries() {
            assert!(!e.phrase.is_empty());
            assert_eq!(e.phrase, e.phrase.trim());
            assert!(!e.canonical.is_empty());
        }
        for kind in [
            Kind::Country,
            Kind::City,
            Kind::Region,
            Kind::Location,
            Kind::Nationality,
            Kind::Language,
            Kind::Organisation,
        ] {
            assert!(entries().iter().filter(|e| e.kind == kind).count() >= 20);
        }
        assert_eq!(label("Chinese"), Some("NORP"));
        assert!(is_language("Chinese") && !is_language("China"));
        assert!(max_phrase_words() >= 8);
    }

    #[test]
    fn nationalities_know_their_country() {
        let e = lookup("Azerbaijanis")[0];
        assert_eq!((e.label(), e.country), ("NORP", Some("Azerbaijan")));
        assert_eq!(lookup("Muslims")[0].country, None);
    }

    #[test]
    fn titles_and_gender() {
        let t = |p: &str| title(p).map(|t| (t.phrase, t.gender, t.kind));
        assert_eq!(
            t("Ms."),
            Some(("Ms.", Gender::Female, TitleKind::Honorific))
        );
        assert_eq!(
            t("ambassador"),
            Some(("Ambassador", Gender::Unknown, TitleKind::Office))
        );
        assert_eq!(
            t("Prime Minister"),
            Some(("Prime Minister", Gender::Unknown, TitleKind::Office))
        );
        assert_eq!(t("Mr.").map(|x| x.1), Some(Gender::Male));
        assert_eq!(t("Banana"), None);
    }

    #[test]
    fn calendar_words() {
        assert_eq!(month("June"), Some(6));
        assert_eq!(month("Sept"), Some(9));
        assert_eq!(month("june"), None);
        assert_eq!(weekday("Thursday"), Some(4));
        assert_eq!(weekday("Thursdays"), None);
    }
}
