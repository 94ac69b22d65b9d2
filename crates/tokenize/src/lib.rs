//! # strata-tokenize: a fast rule-based tokenizer for English news
//!
//! This crate provides the `tokenize.rules` plugin ([`RulesTokenizer`]), which fills the
//! [`Layer::TOKENS`] layer of a document and requires nothing, and the [`Tokenizer`] behind
//! it, which benches and other crates call directly: [`tokenize`] for a list of
//! `(start, end, kind)` byte spans, [`Tokenizer::tokenize_into`] to reuse a buffer,
//! [`Tokenizer::tokenize_with`] to receive tokens one by one.
//!
//! Tokens follow Universal Dependencies (UD) conventions as the English treebanks (GUM,
//! EWT) apply them, because the gold data we measure against and most downstream tools
//! expect them: clitics and possessives are split ("Azerbaijan" + "’s", "do" + "n't",
//! "can" + "not"); hyphenated compounds are split around the hyphen except after common
//! prefixes ("front - line" but "pro-Beijing"); abbreviations and initials keep their
//! period, also at the end of a sentence ("Ms.", "U.S.", "No. 5" but "said no ."); numbers
//! keep their separators ("1,570", "21.9", "22:30", "2025-04-17") while ranges are cut
//! ("2027", "–", "2030"); currency and percent signs stand alone ("$" "5m", "37" "%").
//! URLs, e-mail addresses, @handles, #hashtags, emoticons and emoji sequences (skin tones,
//! flags, zero-width-joined families) are single tokens with their own [`TokenKind`].
//! Users add spaCy-style special cases (a string and the parts it splits into), extra
//! abbreviations, and choose how hyphens are treated ([`RulesSettings`]).
//!
//! ## Why a hand-written scanner
//!
//! Tokenizing is the first step of every pipeline and reads every byte, so it is built for
//! speed: one left-to-right pass with a 256-entry byte-class table, word ends found eight
//! bytes at a time, Unicode tables consulted only for letters outside Latin, no regular
//! expressions and no allocation per token. Most tokens of news text are plain ASCII words
//! followed by a space or by punctuation that cannot extend them; a quick path pushes
//! those, word after word, with a few table lookups, and hands anything else to the
//! general rules, which it never contradicts (a property test compares the two). A run
//! of word chars joined by `. , : ' ’ - & / @` is scanned first and cut afterwards,
//! because most decisions (is "U.S." an abbreviation, is "’s" a clitic, is "1,570" one
//! number) need the whole run. The plugin builds its token layer as the scanner goes,
//! with no intermediate list. Every rule
//! looks at a bounded window or at that run, and every byte is visited a bounded number of
//! times, so time is linear in the input whatever it holds (10 MB without whitespace, a
//! million quotation marks).
//!
//! **Invariants** (property tests on arbitrary strings): tokens are non-empty, sorted,
//! non-overlapping, lie on char boundaries, contain no whitespace (as [`is_space`] defines
//! it), and together cover every char that is not whitespace. The text is never changed.
//! Rules look back no further than the start of the line, so a line tokenizes the same
//! wherever it stands.

mod scan;
mod tables;

use std::collections::BTreeMap;

use serde::Deserialize;
use strata_core::{
    AnnotateError, Annotator, BuildError, Document, Layer, LayerSet, PluginFactory, SettingDoc,
    Settings, Severity, Span, SpanError, Token, TokenKind, parse_settings,
};

pub use scan::{HyphenMode, RawToken, SpecialCaseError, Tokenizer};
pub use tables::is_space;

/// Tokenizes `text` with the default [`Tokenizer`]: `(start, end, kind)` byte spans.
pub fn tokenize(text: &str) -> Vec<RawToken> {
    Tokenizer::new().tokenize(text)
}

/// The plugin's name in pipelines.
pub const PLUGIN_NAME: &str = "tokenize.rules";

/// Tokens longer than this are reported as a diagnostic (they usually mean text without
/// spaces, or binary data read as text).
const LONG_TOKEN: usize = 1000;

/// Settings of `tokenize.rules`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RulesSettings {
    /// Exceptions: a string and the tokens it splits into (`{ "gimme" = ["gim", "me"] }`).
    pub special_cases: BTreeMap<String, Vec<String>>,
    /// How hyphenated words are cut: `"ud"`, `"keep"` or `"split"`.
    pub hyphens: HyphenMode,
    /// Extra abbreviations that keep their period (`["Supt", "Insp."]`), case-sensitive.
    pub abbreviations: Vec<String>,
}

impl RulesSettings {
    /// Builds the tokenizer these settings describe.
    pub fn build(&self) -> Result<Tokenizer, SpecialCaseError> {
        let mut t = Tokenizer::new().with_hyphens(self.hyphens);
        for a in &self.abbreviations {
            t = t.with_abbreviation(a);
        }
        for (key, parts) in &self.special_cases {
            let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
            t = t.with_special_case(key, &parts)?;
        }
        Ok(t)
    }
}

/// The `tokenize.rules` annotator: provides [`Layer::TOKENS`], requires nothing.
#[derive(Clone, Debug, Default)]
pub struct RulesTokenizer {
    tokenizer: Tokenizer,
}

impl RulesTokenizer {
    pub fn new(tokenizer: Tokenizer) -> RulesTokenizer {
        RulesTokenizer { tokenizer }
    }

    /// Builds the annotator from a pipeline step's settings.
    pub fn from_settings(settings: &Settings) -> Result<RulesTokenizer, BuildError> {
        let s: RulesSettings = parse_settings(PLUGIN_NAME, settings)?;
        let tokenizer = s.build().map_err(|e| BuildError::Settings {
            plugin: PLUGIN_NAME.to_string(),
            message: e.to_string(),
        })?;
        Ok(RulesTokenizer { tokenizer })
    }

    pub fn tokenizer(&self) -> &Tokenizer {
        &self.tokenizer
    }
}

impl Annotator for RulesTokenizer {
    fn requires(&self) -> LayerSet {
        LayerSet::new()
    }

    fn provides(&self) -> LayerSet {
        LayerSet::from([Layer::TOKENS])
    }

    fn annotate(&self, doc: &mut Document) -> Result<(), AnnotateError> {
        // Fails for a text over 4 GiB, which spans cannot address.
        doc.span(0, doc.text().len())?;
        let text = doc.text();
        let sink = LayerSink {
            // News text averages about six bytes a token; a little more room saves a
            // reallocation on denser text.
            tokens: Vec::with_capacity(text.len() / 5 + 16),
            long: 0,
            first_long: None,
            error: None,
        };
        let LayerSink {
            tokens,
            long,
            first_long,
            error,
            ..
        } = self.tokenizer.scan_into(text, sink);
        if let Some(e) = error {
            return Err(e.into());
        }
        if long > 0 {
            doc.diagnose(
                Severity::Warning,
                PLUGIN_NAME,
                "long-token",
                format!(
                    "{long} token(s) longer than {LONG_TOKEN} bytes: text without spaces or not prose"
                ),
                first_long,
            );
        }
        doc.tokens = Some(tokens);
        Ok(())
    }
}

/// Builds the token layer as the scanner goes: checked spans, long tokens counted.
struct LayerSink {
    tokens: Vec<Token>,
    long: usize,
    first_long: Option<Span>,
    error: Option<SpanError>,
}

impl LayerSink {
    #[cold]
    #[inline(never)]
    fn long_token(&mut self, span: Span) {
        self.long += 1;
        self.first_long.get_or_insert(span);
    }

    #[cold]
    #[inline(never)]
    fn fail(&mut self, e: SpanError) {
        self.error.get_or_insert(e);
    }
}

impl scan::Sink for LayerSink {
    #[inline(always)]
    fn put(&mut self, text: &str, start: usize, end: usize, kind: TokenKind) {
        match Span::new(text, start, end) {
            Ok(span) => {
                if end - start > LONG_TOKEN && kind != TokenKind::Url {
                    self.long_token(span);
                }
                self.tokens.push(Token { span, kind });
            }
            Err(e) => self.fail(e),
        }
    }
}

fn build(settings: &Settings) -> Result<Box<dyn Annotator>, BuildError> {
    Ok(Box::new(RulesTokenizer::from_settings(settings)?))
}

/// The documented settings of `tokenize.rules`.
pub const SETTINGS: &[SettingDoc] = &[
    SettingDoc {
        name: "special_cases",
        kind: "{string = [string]}",
        default: "{}",
        help: "Exceptions like spaCy's: a string (no whitespace) and the tokens it splits into, which must spell it; matched wherever a token would start",
    },
    SettingDoc {
        name: "hyphens",
        kind: "string",
        default: "\"ud\"",
        help: "Hyphenated words: \"ud\" splits them except after common prefixes (pro-, non-, re-, ...), \"keep\" keeps them whole, \"split\" always splits",
    },
    SettingDoc {
        name: "abbreviations",
        kind: "[string]",
        default: "[]",
        help: "Extra abbreviations that keep their period (\"Supt\" or \"Supt.\"), case-sensitive",
    },
];

strata_core::inventory::submit! {
    PluginFactory {
        name: PLUGIN_NAME,
        summary: "Rule-based tokenizer for English news (UD conventions; URLs, e-mails, handles, hashtags, emoji)",
        settings: SETTINGS,
        build,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_reject_unknown_keys_and_bad_special_cases() {
        let mut s = Settings::new();
        s.insert("hyphen".into(), "keep".into());
        assert!(RulesTokenizer::from_settings(&s).is_err());

        let mut s = Settings::new();
        s.insert(
            "special_cases".into(),
            serde_json::json!({ "gimme": ["gi", "me"] }),
        );
        let err = RulesTokenizer::from_settings(&s).unwrap_err().to_string();
        assert!(err.contains("do not spell"), "{err}");
    }

    #[test]
    fn annotator_fills_tokens_with_byte_spans() {
        let mut s = Settings::new();
        s.insert("hyphens".into(), "keep".into());
        let a = RulesTokenizer::from_settings(&s).unwrap();
        assert!(a.requires().is_empty());
        assert!(a.provides().contains(&Layer::TOKENS));
        let mut doc = Document::new("d", "“Baku’s front-line”");
        a.annotate(&mut doc).unwrap();
        let words: Vec<&str> = doc
            .tokens
            .as_ref()
            .unwrap()
            .iter()
            .map(|t| doc.slice(t.span))
            .collect();
        assert_eq!(words, ["“", "Baku", "’s", "front-line", "”"]);
        assert!(doc.diagnostics.is_empty());
    }

    #[test]
    fn plugin_is_registered_with_documented_settings() {
        let factory = strata_core::inventory::iter::<PluginFactory>
            .into_iter()
            .find(|f| f.name == PLUGIN_NAME)
            .expect("tokenize.rules is registered");
        let names: Vec<&str> = factory.settings.iter().map(|d| d.name).collect();
        assert_eq!(names, ["special_cases", "hyphens", "abbreviations"]);
        let mut s = Settings::new();
        s.insert(
            "special_cases".into(),
            serde_json::json!({ "gimme": ["gim", "me"] }),
        );
        s.insert("abbreviations".into(), serde_json::json!(["Dir."]));
        let plugin = (factory.build)(&s).unwrap();
        let mut doc = Document::new("d", "Dir. Lee: gimme that");
        plugin.annotate(&mut doc).unwrap();
        let words: Vec<&str> = doc
            .tokens
            .as_ref()
            .unwrap()
            .iter()
            .map(|t| doc.slice(t.span))
            .collect();
        assert_eq!(words, ["Dir.", "Lee", ":", "gim", "me", "that"]);
    }

    #[test]
    fn long_tokens_raise_a_diagnostic() {
        let mut doc = Document::new("d", "x".repeat(5000));
        RulesTokenizer::default().annotate(&mut doc).unwrap();
        assert_eq!(doc.tokens.as_ref().unwrap().len(), 1);
        assert_eq!(doc.diagnostics[0].code, "long-token");
    }
}
