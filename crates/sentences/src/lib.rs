//! # strata-sentences: rule-based sentence splitting for English news
//!
//! This crate provides the `sentences.rules` plugin and the function behind it,
//! [`split`], which turns a text into sentence spans. It works on the text alone: it
//! requires no layer (in particular not the tokenizer's), so it can run first, run on its
//! own in benches and other crates' tests, and its output never depends on how another
//! plugin happened to tokenize.
//!
//! The main types are [`Splitter`] (the configured algorithm; `Splitter::default()` is
//! what [`split`] uses), [`LineBreaks`] (whether a line break ends a sentence) and
//! [`SentenceSplitter`], the [`Annotator`] that fills [`Document::sentences`].
//!
//! ## Why rules, and which
//!
//! News text is mostly well punctuated, so a careful look at each `.`, `?`, `!` and `…`
//! gets nearly all boundaries: what word precedes the period (a title such as "Ms.", which
//! never ends a sentence; "Co.", "Jan.", "U.S." or an initial, which end one only before a
//! typical opener such as "The" or "It"; "No." before a number), what follows it (a
//! lowercase word continues the sentence), and which closing quotes, brackets and
//! reference marks (`[6]`) come with it. A short attribution after a quoted question
//! (“Why?” Smith asked.) stays with it; so does a split quotation with its frame
//! (“My main impression,” she continued, “is that ...”), since nothing in it ends one.
//!
//! News pages also carry structure that is not punctuation: headlines, datelines, menu
//! lines and bullets sit on lines of their own, so by default every line break ends a
//! sentence ([`LineBreaks::Always`]; hard-wrapped text wants [`LineBreaks::Paragraph`]).
//! Bullets ("• ") and interview dashes ("– ") stay inside the sentence they open; a
//! bullet in the middle of a line starts a new sentence, and so does the next item of a
//! numbered or lettered list ("1. ... 2. ..."). Where a caption, credit or dateline ran
//! into the text with no punctuation ("Friday, May 8, 2015 On Tuesday ...", "... demo
//! Image: Nick Moreau."), a few narrow patterns put the boundary back.
//!
//! Every boundary can say which [`Rule`] made it ([`Splitter::split_with_rules`]), which
//! is what the corpus snapshots show.
//!
//! ## Invariants
//!
//! Spans are byte offsets on char boundaries, sorted, non-overlapping, trimmed of
//! whitespace, and together they cover every non-whitespace character of the text (the
//! splitter only ever *cuts* the text; it never drops anything). The pass is linear in
//! the length of the text on any input, and never panics.

mod split;
mod words;

use serde::Deserialize;
use strata_core::{
    AnnotateError, Annotator, BuildError, Document, Layer, LayerSet, PluginFactory, Sentence,
    SettingDoc, Severity, parse_settings,
};

pub use split::{LineBreaks, Rule, Splitter};

/// The plugin's name in pipelines.
pub const PLUGIN: &str = "sentences.rules";

/// Sentences longer than this many bytes get an info diagnostic: usually a text with no
/// punctuation or line breaks, where the sentence layer is of little use.
pub const LONG_SENTENCE: usize = 20_000;

/// Splits `text` into sentences with the default settings. Returns byte ranges
/// `(start, end)`, trimmed, sorted and covering every non-whitespace character.
///
/// ```
/// let text = "Ms. Lu met U.S. officials. “It went well,” she said.";
/// let spans = strata_sentences::split(text);
/// let sentences: Vec<&str> = spans.iter().map(|&(s, e)| &text[s..e]).collect();
/// assert_eq!(sentences, ["Ms. Lu met U.S. officials.", "“It went well,” she said."]);
/// ```
pub fn split(text: &str) -> Vec<(usize, usize)> {
    Splitter::default().split(text)
}

/// Settings of `sentences.rules`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SentenceSettings {
    /// `"always"` (default), `"paragraph"` or `"never"`.
    pub line_breaks: LineBreaks,
    /// Extra abbreviations, without the final period; they end a sentence only before a
    /// typical sentence opener ("The", "It", ...).
    pub abbreviations: Vec<String>,
    /// Extra titles, without the final period; they never end a sentence inside a line.
    pub titles: Vec<String>,
}

impl SentenceSettings {
    /// The splitter these settings describe.
    pub fn splitter(&self) -> Splitter {
        Splitter::new()
            .with_line_breaks(self.line_breaks)
            .with_abbreviations(&self.abbreviations)
            .with_titles(&self.titles)
    }
}

/// The `sentences.rules` annotator: fills the sentences layer from the text.
#[derive(Clone, Debug, Default)]
pub struct SentenceSplitter {
    splitter: Splitter,
}

impl SentenceSplitter {
    pub fn new(splitter: Splitter) -> SentenceSplitter {
        SentenceSplitter { splitter }
    }
}

impl Annotator for SentenceSplitter {
    fn requires(&self) -> LayerSet {
        LayerSet::new()
    }

    fn provides(&self) -> LayerSet {
        LayerSet::from([Layer::SENTENCES])
    }

    fn annotate(&self, doc: &mut Document) -> Result<(), AnnotateError> {
        let spans = self.splitter.split(doc.text());
        let mut sentences = Vec::with_capacity(spans.len());
        let mut longest: Option<(usize, usize)> = None;
        let mut long = 0usize;
        for (s, e) in spans {
            if e - s > LONG_SENTENCE {
                long += 1;
                if longest.is_none_or(|(ls, le)| e - s > le - ls) {
                    longest = Some((s, e));
                }
            }
            sentences.push(Sentence {
                span: doc.span(s, e)?,
            });
        }
        if let Some((s, e)) = longest {
            let span = doc.span(s, e)?;
            doc.diagnose(
                Severity::Info,
                PLUGIN,
                "long-sentence",
                format!(
                    "{long} sentence(s) longer than {LONG_SENTENCE} bytes (longest {} bytes); \
                     the text may lack punctuation or line breaks",
                    e - s
                ),
                Some(span),
            );
        }
        doc.sentences = Some(sentences);
        Ok(())
    }
}

fn build(settings: &strata_core::Settings) -> Result<Box<dyn Annotator>, BuildError> {
    let settings: SentenceSettings = parse_settings(PLUGIN, settings)?;
    Ok(Box::new(SentenceSplitter::new(settings.splitter())))
}

/// Documentation of every setting, for `strata plugins`.
pub const SETTINGS: &[SettingDoc] = &[
    SettingDoc {
        name: "line_breaks",
        kind: "string",
        default: "\"always\"",
        help: "\"always\": every line break ends a sentence (headlines, datelines, menu lines); \
               \"paragraph\": only a blank line does; \"never\": line breaks are spaces",
    },
    SettingDoc {
        name: "abbreviations",
        kind: "[string]",
        default: "[]",
        help: "extra abbreviations without the period (\"Dept\", \"U.N\"); their period ends a \
               sentence only before a typical opener such as \"The\" or \"It\"",
    },
    SettingDoc {
        name: "titles",
        kind: "[string]",
        default: "[]",
        help: "extra titles without the period (\"Insp\"); their period never ends a sentence",
    },
];

strata_core::inventory::submit! {
    PluginFactory {
        name: PLUGIN,
        summary: "Rule-based English sentence splitter working on the text (no tokens needed)",
        settings: SETTINGS,
        build,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(json: &str) -> strata_core::Settings {
        match serde_json::from_str::<serde_json::Value>(json) {
            Ok(serde_json::Value::Object(m)) => m,
            other => panic!("bad test settings: {other:?}"),
        }
    }

    #[test]
    fn settings_reject_unknown_keys_and_bad_modes() {
        assert!(build(&settings(r#"{"line_breaks": "paragraph"}"#)).is_ok());
        let err = build(&settings(r#"{"linebreaks": "never"}"#))
            .err()
            .unwrap();
        assert!(err.to_string().contains("linebreaks"), "{err}");
        assert!(build(&settings(r#"{"line_breaks": "sometimes"}"#)).is_err());
    }

    #[test]
    fn annotator_fills_sentences_and_needs_nothing() {
        let plugin = build(&settings(r#"{"abbreviations": ["Approx"]}"#)).unwrap();
        assert!(plugin.requires().is_empty());
        assert!(plugin.provides().contains(&Layer::SENTENCES));
        let mut doc = Document::new("d", "Hello “world”. Bye.");
        plugin.annotate(&mut doc).unwrap();
        let got: Vec<&str> = doc
            .sentences
            .as_ref()
            .unwrap()
            .iter()
            .map(|s| doc.slice(s.span))
            .collect();
        assert_eq!(got, ["Hello “world”.", "Bye."]);
        assert!(doc.diagnostics.is_empty());
    }

    #[test]
    fn the_plugin_is_registered_with_its_settings() {
        let registry = strata_core::Registry::from_inventory().unwrap();
        let factory = registry.get(PLUGIN).unwrap();
        let names: Vec<&str> = factory.settings.iter().map(|s| s.name).collect();
        assert_eq!(names, ["line_breaks", "abbreviations", "titles"]);
    }

    #[test]
    fn a_text_without_stops_gets_a_diagnostic() {
        let mut doc = Document::new("d", "word ".repeat(5000));
        SentenceSplitter::default().annotate(&mut doc).unwrap();
        assert_eq!(doc.sentences.as_ref().unwrap().len(), 1);
        assert_eq!(doc.diagnostics[0].code, "long-sentence");
    }
}
