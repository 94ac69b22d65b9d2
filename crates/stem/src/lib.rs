//! # strata-stem: Snowball stems for every token
//!
//! One plugin, `stem.snowball`, adds the [`Stems`] layer: `stems.get(i)` is the stem of
//! `tokens[i]`, with the same span, so the two layers line up by index and a search or
//! feature extractor can read them side by side. Stemming is done by the Snowball
//! algorithms of the `rust-stemmers` crate, on the lowercased token text.
//!
//! **Which language.** The language comes from the document's language layer when an
//! earlier step (`lang.whatlang`) filled it; otherwise, or when that layer says `"und"`,
//! the `fallback` setting decides (default `"eng"`; `"none"` lowercases only). A language
//! that Snowball has no stemmer for (Japanese, say) is not an error: the document gets a
//! `no-stemmer` warning and its stems are the lowercased tokens. Applying the fallback
//! stemmer there would be wrong more often than not (an English stemmer clipping Polish
//! words), so it is used only when the language is unknown, never when it is known and
//! unsupported. The `language` setting pins one language for every document.
//!
//! **Which tokens.** Word tokens are stemmed; numbers, punctuation, symbols, URLs, e-mail
//! addresses, handles, hashtags and emoji get their lowercased text. A typographic
//! apostrophe (’) is read as `'` so "Baku’s" stems like "Baku's", and a stem that would
//! come out empty ("’s" alone) falls back to the lowercased token.
//!
//! **Speed.** The stem of a word token depends only on the language and the token's
//! text, and news vocabulary is small next to its token count, so each thread keeps a
//! bounded memo from surface text to stem per language (see [`CACHE_LIMIT`]): a word type
//! is stemmed once per thread, later occurrences, in this document or the next, cost a
//! hash lookup (a short multiplicative hash, not SipHash) and one copy of the stem. The
//! memo never changes an answer; it is emptied when full, so memory stays bounded.
//! Non-word tokens skip the stemmer entirely. The stems go into one [`Stems`] string, so
//! no token costs an allocation of its own.
//!
//! **Config boundary.** Users name languages by ISO 639-3 code, the codes the language
//! layer uses; [`StemLanguage`] is our own serde enum of those codes (with ISO 639-1
//! aliases), so `rust_stemmers::Algorithm` never appears in a config file or a public
//! signature and can change without breaking configs.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use rust_stemmers::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};
use strata_core::{
    AnnotateError, Annotator, BuildError, Document, Layer, LayerSet, PluginFactory, SettingDoc,
    Settings, Severity, Stems, TokenKind, parse_settings,
};

/// The plugin's registered name.
pub const NAME: &str = "stem.snowball";

/// A language with a Snowball stemmer, named by its ISO 639-3 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StemLanguage {
    #[serde(rename = "ara", alias = "arb", alias = "ar")]
    Arabic,
    #[serde(rename = "dan", alias = "da")]
    Danish,
    #[serde(rename = "nld", alias = "nl")]
    Dutch,
    #[serde(rename = "eng", alias = "en")]
    English,
    #[serde(rename = "fin", alias = "fi")]
    Finnish,
    #[serde(rename = "fra", alias = "fr")]
    French,
    #[serde(rename = "deu", alias = "de")]
    German,
    #[serde(rename = "ell", alias = "el")]
    Greek,
    #[serde(rename = "hun", alias = "hu")]
    Hungarian,
    #[serde(rename = "ita", alias = "it")]
    Italian,
    #[serde(
        rename = "nob",
        alias = "nno",
        alias = "nor",
        alias = "no",
        alias = "nb"
    )]
    Norwegian,
    #[serde(rename = "por", alias = "pt")]
    Portuguese,
    #[serde(rename = "ron", alias = "ro")]
    Romanian,
    #[serde(rename = "rus", alias = "ru")]
    Russian,
    #[serde(rename = "spa", alias = "es")]
    Spanish,
    #[serde(rename = "swe", alias = "sv")]
    Swedish,
    #[serde(rename = "tam", alias = "ta")]
    Tamil,
    #[serde(rename = "tur", alias = "tr")]
    Turkish,
}

impl StemLanguage {
    /// Every language with a stemmer.
    pub const ALL: [StemLanguage; 18] = [
        StemLanguage::Arabic,
        StemLanguage::Danish,
        StemLanguage::Dutch,
        StemLanguage::English,
        StemLanguage::Finnish,
        StemLanguage::French,
        StemLanguage::German,
        StemLanguage::Greek,
        StemLanguage::Hungarian,
        StemLanguage::Italian,
        StemLanguage::Norwegian,
        StemLanguage::Portuguese,
        StemLanguage::Romanian,
        StemLanguage::Russian,
        StemLanguage::Spanish,
        StemLanguage::Swedish,
        StemLanguage::Tamil,
        StemLanguage::Turkish,
    ];

    /// The language for a code (ISO 639-3, or an ISO 639-1 alias), if it has a stemmer.
    pub fn from_code(code: &str) -> Option<StemLanguage> {
        use StemLanguage::*;
        Some(match code.trim().to_ascii_lowercase().as_str() {
            "ara" | "arb" | "ar" => Arabic,
            "dan" | "da" => Danish,
            "nld" | "nl" => Dutch,
            "eng" | "en" => English,
            "fin" | "fi" => Finnish,
            "fra" | "fr" => French,
            "deu" | "de" => German,
            "ell" | "el" => Greek,
            "hun" | "hu" => Hungarian,
            "ita" | "it" => Italian,
            "nob" | "nno" | "nor" | "no" | "nb" => Norwegian,
            "por" | "pt" => Portuguese,
            "ron" | "ro" => Romanian,
            "rus" | "ru" => Russian,
            "spa" | "es" => Spanish,
            "swe" | "sv" => Swedish,
            "tam" | "ta" => Tamil,
            "tur" | "tr" => Turkish,
            _ => return None,
        })
    }

    /// The ISO 639-3 code.
    pub fn code(self) -> &'static str {
        match self {
            StemLanguage::Arabic => "ara",
            StemLanguage::Danish => "dan",
            StemLanguage::Dutch => "nld",
            StemLanguage::English => "eng",
            StemLanguage::Finnish => "fin",
            StemLanguage::French => "fra",
            StemLanguage::German => "deu",
            StemLanguage::Greek => "ell",
            StemLanguage::Hungarian => "hun",
            StemLanguage::Italian => "ita",
            StemLanguage::Norwegian => "nob",
            StemLanguage::Portuguese => "por",
            StemLanguage::Romanian => "ron",
            StemLanguage::Russian => "rus",
            StemLanguage::Spanish => "spa",
            StemLanguage::Swedish => "swe",
            StemLanguage::Tamil => "tam",
            StemLanguage::Turkish => "tur",
        }
    }

    fn algorithm(self) -> Algorithm {
        match self {
            StemLanguage::Arabic => Algorithm::Arabic,
            StemLanguage::Danish => Algorithm::Danish,
            StemLanguage::Dutch => Algorithm::Dutch,
            StemLanguage::English => Algorithm::English,
            StemLanguage::Finnish => Algorithm::Finnish,
            StemLanguage::French => Algorithm::French,
            StemLanguage::German => Algorithm::German,
            StemLanguage::Greek => Algorithm::Greek,
            StemLanguage::Hungarian => Algorithm::Hungarian,
            StemLanguage::Italian => Algorithm::Italian,
            StemLanguage::Norwegian => Algorithm::Norwegian,
            StemLanguage::Portuguese => Algorithm::Portuguese,
            StemLanguage::Romanian => Algorithm::Romanian,
            StemLanguage::Russian => Algorithm::Russian,
            StemLanguage::Spanish => Algorithm::Spanish,
            StemLanguage::Swedish => Algorithm::Swedish,
            StemLanguage::Tamil => Algorithm::Tamil,
            StemLanguage::Turkish => Algorithm::Turkish,
        }
    }
}

/// A language choice in the settings: a language with a stemmer, or `"none"` (lowercase
/// only). Written as a code string in configs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LanguageChoice {
    Stem(StemLanguage),
    None,
}

impl<'de> Deserialize<'de> for LanguageChoice {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<LanguageChoice, D::Error> {
        let code = String::deserialize(d)?;
        if code.trim().eq_ignore_ascii_case("none") {
            return Ok(LanguageChoice::None);
        }
        StemLanguage::from_code(&code)
            .map(LanguageChoice::Stem)
            .ok_or_else(|| {
                let known: Vec<&str> = StemLanguage::ALL.iter().map(|l| l.code()).collect();
                serde::de::Error::custom(format!(
                    "no Snowball stemmer for `{code}`; use one of {} or \"none\"",
                    known.join(", ")
                ))
            })
    }
}

impl Serialize for LanguageChoice {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(match self {
            LanguageChoice::Stem(l) => l.code(),
            LanguageChoice::None => "none",
        })
    }
}

impl LanguageChoice {
    fn language(self) -> Option<StemLanguage> {
        match self {
            LanguageChoice::Stem(l) => Some(l),
            LanguageChoice::None => None,
        }
    }
}

/// Settings of `stem.snowball`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StemSettings {
    /// Used when the document has no language layer or its language is `"und"`.
    pub fallback: LanguageChoice,
    /// When set, every document is stemmed in this language, whatever the language layer says.
    pub language: Option<LanguageChoice>,
}

impl Default for StemSettings {
    fn default() -> StemSettings {
        StemSettings {
            fallback: LanguageChoice::Stem(StemLanguage::English),
            language: None,
        }
    }
}

/// Documentation of every setting, for `strata plugins`.
pub const SETTINGS: &[SettingDoc] = &[
    SettingDoc {
        name: "fallback",
        kind: "string",
        default: "\"eng\"",
        help: "ISO 639-3 code used when the document's language is absent or \"und\"; \"none\" = lowercase only",
    },
    SettingDoc {
        name: "language",
        kind: "string",
        default: "(unset)",
        help: "ISO 639-3 code to stem every document in, ignoring the language layer; \"none\" = lowercase only",
    },
];

/// The stemmer: settings resolved, ready to annotate.
#[derive(Clone, Debug)]
pub struct SnowballStemmer {
    settings: StemSettings,
}

/// How the language of one document was decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Decision {
    Stem(StemLanguage),
    /// Lowercase only, as configured.
    Lowercase,
    /// Lowercase only: the document's language has no stemmer.
    NoStemmer,
}

impl SnowballStemmer {
    pub fn new(settings: StemSettings) -> SnowballStemmer {
        SnowballStemmer { settings }
    }

    fn decide(&self, doc: &Document) -> Decision {
        let to_decision = |c: LanguageChoice| match c.language() {
            Some(l) => Decision::Stem(l),
            None => Decision::Lowercase,
        };
        if let Some(pinned) = self.settings.language {
            return to_decision(pinned);
        }
        match &doc.language {
            Some(lang) if !lang.is_undetermined() => match StemLanguage::from_code(&lang.code) {
                Some(l) => Decision::Stem(l),
                None => Decision::NoStemmer,
            },
            _ => to_decision(self.settings.fallback),
        }
    }
}

/// Distinct surface forms remembered per thread and language. News vocabulary is small
/// next to its token count and overlaps heavily from one article to the next, so most
/// tokens are answered from the cache instead of the Snowball stemmer. When a language's
/// table is full it is emptied and refills from the following documents, so memory stays
/// bounded (a few MB per thread and language in use) however much text goes through.
pub const CACHE_LIMIT: usize = 50_000;

/// A per-thread memo from a word's surface text to its stem, one table per language.
/// The stem of a word token is a pure function of (language, surface), so the memo never
/// changes an answer, only how fast it comes.
#[derive(Default)]
struct StemCache {
    tables: Vec<(StemLanguage, FastMap)>,
}

type FastMap = HashMap<Box<str>, Box<str>, BuildHasherDefault<WordHasher>>;

impl StemCache {
    fn table(&mut self, language: StemLanguage) -> &mut FastMap {
        let i = match self.tables.iter().position(|(l, _)| *l == language) {
            Some(i) => i,
            None => {
                self.tables.push((language, FastMap::default()));
                self.tables.len() - 1
            }
        };
        &mut self.tables[i].1
    }
}

thread_local! {
    static CACHE: RefCell<StemCache> = RefCell::new(StemCache::default());
}

/// A small multiplicative hash for short words: eight bytes at a time, a rotate, an xor
/// and a multiply by an odd constant per step. The std default (SipHash) resists
/// adversarial keys, which a bounded per-thread memo does not need, at several times the
/// cost on the 5-10 byte words that dominate news text.
#[derive(Default, Clone, Copy)]
struct WordHasher(u64);

const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(MULTIPLIER);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn finish(&self) -> u64 {
        // fold the well-mixed high half into the low bits that pick the bucket
        self.0 ^ (self.0 >> 29)
    }
}

/// Stems of `tokens`' texts (a free function so benches and tests can call it on any
/// token list): word tokens stemmed with `language`'s stemmer, others lowercased.
pub fn stem_tokens(
    text: &str,
    tokens: &[strata_core::Token],
    language: Option<StemLanguage>,
) -> Stems {
    // stems are about as long as their tokens: reserve the text's length, less spaces
    let mut out = Stems::with_capacity(tokens.len(), text.len() - text.len() / 8);
    let mut lower = String::new();
    let Some(language) = language else {
        for t in tokens {
            lowercase(t.span.text(text), &mut lower);
            out.push(t.span, &lower);
        }
        return out;
    };
    let stemmer = Stemmer::create(language.algorithm());
    let mut run = |cache: &mut StemCache| {
        let table = cache.table(language);
        for t in tokens {
            let surface = t.span.text(text);
            if t.kind != TokenKind::Word {
                lowercase(surface, &mut lower);
                out.push(t.span, &lower);
            } else if let Some(hit) = table.get(surface) {
                out.push(t.span, hit);
            } else {
                normalise(surface, &mut lower);
                let stem = stem_lowercase(&stemmer, &lower, surface);
                out.push(t.span, &stem);
                if table.len() >= CACHE_LIMIT {
                    table.clear();
                }
                table.insert(surface.into(), stem.into_boxed_str());
            }
        }
    };
    CACHE.with(|cell| match cell.try_borrow_mut() {
        Ok(mut cache) => run(&mut cache),
        // only reachable if stemming re-entered itself on this thread; stay correct
        Err(_) => run(&mut StemCache::default()),
    });
    out
}

/// The lowercased text of a token that is not stemmed, written into `out`.
fn lowercase(surface: &str, out: &mut String) {
    out.clear();
    if surface.is_ascii() {
        out.push_str(surface);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&surface.to_lowercase());
    }
}

/// Lowercases `surface` into `out`, reading a typographic apostrophe as `'`.
fn normalise(surface: &str, out: &mut String) {
    out.clear();
    if surface.is_ascii() {
        out.push_str(surface);
        out.make_ascii_lowercase();
        return;
    }
    // `str::to_lowercase` (not char by char) keeps the Greek final sigma
    for c in surface.to_lowercase().chars() {
        out.push(if c == '\u{2019}' { '\'' } else { c });
    }
}

/// The stem of an already normalised word; an empty stem falls back to the lowercased
/// surface.
fn stem_lowercase(stemmer: &Stemmer, lower: &str, surface: &str) -> String {
    let stem: Cow<'_, str> = stemmer.stem(lower);
    if stem.is_empty() {
        surface.to_lowercase()
    } else {
        stem.into_owned()
    }
}

#[cfg(test)]
fn stem_word(stemmer: &Stemmer, surface: &str) -> String {
    let mut lower = String::new();
    normalise(surface, &mut lower);
    stem_lowercase(stemmer, &lower, surface)
}

impl Annotator for SnowballStemmer {
    fn requires(&self) -> LayerSet {
        LayerSet::new().with(Layer::TOKENS)
    }

    fn provides(&self) -> LayerSet {
        LayerSet::new().with(Layer::STEMS)
    }

    fn annotate(&self, doc: &mut Document) -> Result<(), AnnotateError> {
        doc.require(&Layer::TOKENS)?;
        let decision = self.decide(doc);
        let language = match decision {
            Decision::Stem(l) => Some(l),
            Decision::NoStemmer => {
                let code = doc
                    .language
                    .as_ref()
                    .map(|l| l.code.clone())
                    .unwrap_or_default();
                doc.diagnose(
                    Severity::Warning,
                    NAME,
                    "no-stemmer",
                    format!(
                        "no Snowball stemmer for language `{code}`; stems are the lowercased tokens"
                    ),
                    None,
                );
                None
            }
            Decision::Lowercase => None,
        };
        let stems = stem_tokens(doc.text(), doc.tokens.as_deref().unwrap_or(&[]), language);
        doc.stems = Some(stems);
        Ok(())
    }
}

fn build(settings: &Settings) -> Result<Box<dyn Annotator>, BuildError> {
    let s: StemSettings = parse_settings(NAME, settings)?;
    Ok(Box::new(SnowballStemmer::new(s)))
}

strata_core::inventory::submit! {
    PluginFactory {
        name: NAME,
        summary: "Snowball stems of every token (index-aligned) in the document's language; lowercased text for non-words",
        settings: SETTINGS,
        build,
    }
}

#[cfg(test)]
mod tests;
