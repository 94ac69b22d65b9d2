//! The document: immutable text plus layers and diagnostics.

use std::any::{Any, TypeId};
use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::SpanError;
use crate::layers::*;
use crate::span::Span;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
}

/// Something odd about the input that a plugin noticed and worked around: an unclosed
/// quote, a language without a stemmer. Not an error: the document was still annotated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The plugin (or reader) that raised it: `"quote.detect"`.
    pub source: String,
    /// A stable machine-readable code: `"unclosed-quote"`.
    pub code: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// A document under annotation.
///
/// The text is set once at creation and never changes, so every [`Span`] built against it
/// stays valid. Layers are `Option`s: `None` means no plugin produced the layer, `Some` of
/// an empty list means a plugin ran and found nothing. Plugins read and fill the public
/// layer fields; the pipeline checks requirements before running, so a plugin may
/// [`Document::require`] a layer and turn its absence into an error.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    id: String,
    text: String,
    /// Fields of the input record other than `id` and `text`, kept apart from our layers.
    pub meta: serde_json::Map<String, serde_json::Value>,
    /// Spans the input asked about (`"targets"` in input JSONL), for targeted sentiment.
    pub targets: Option<Vec<Span>>,
    pub tokens: Option<Vec<Token>>,
    pub sentences: Option<Vec<Sentence>>,
    pub language: Option<Language>,
    pub stems: Option<Stems>,
    pub entities: Option<Vec<Entity>>,
    pub clusters: Option<Vec<NameCluster>>,
    pub quotes: Option<Vec<Quote>>,
    pub sentiment: Option<Sentiment>,
    /// Extension layers added by plugins outside core, by name.
    pub extensions: BTreeMap<String, ExtLayer>,
    pub diagnostics: Vec<Diagnostic>,
    /// Private work one plugin leaves for a later one (see [`Document::put_scratch`]).
    scratch: Scratch,
}

/// Values plugins leave on a document for later plugins of the same run, one per type.
///
/// Not a layer: never written out, not compared ([`PartialEq`] ignores it) and not cloned
/// (a clone starts empty), because it holds a plugin's private intermediate results, which
/// the layers must never depend on being there. The pipeline empties it after the last step.
#[derive(Default)]
struct Scratch(Vec<(TypeId, Box<dyn Any + Send + Sync>)>);

impl Clone for Scratch {
    fn clone(&self) -> Scratch {
        Scratch::default()
    }
}

impl PartialEq for Scratch {
    fn eq(&self, _: &Scratch) -> bool {
        true
    }
}

impl fmt::Debug for Scratch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Scratch({} values)", self.0.len())
    }
}

impl Document {
    /// A new document with no layers.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// A checked span into this document's text.
    pub fn span(&self, start: usize, end: usize) -> Result<Span, SpanError> {
        Span::new(&self.text, start, end)
    }

    /// The span covering the whole text.
    pub fn full_span(&self) -> Span {
        Span::new(&self.text, 0, self.text.len()).expect("whole text is a valid span")
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        span.text(&self.text)
    }

    /// True when the layer has been produced (by a plugin or by the reader).
    pub fn has(&self, layer: &Layer) -> bool {
        match layer.name() {
            "tokens" => self.tokens.is_some(),
            "sentences" => self.sentences.is_some(),
            "language" => self.language.is_some(),
            "stems" => self.stems.is_some(),
            "entities" => self.entities.is_some(),
            "clusters" => self.clusters.is_some(),
            "quotes" => self.quotes.is_some(),
            "sentiment" => self.sentiment.is_some(),
            other => self.extensions.contains_key(other),
        }
    }

    /// The layers present, in output order (built-ins first, then extensions by name).
    pub fn layers(&self) -> Vec<Layer> {
        let mut out: Vec<Layer> = Layer::BUILTIN
            .iter()
            .filter(|l| self.has(l))
            .cloned()
            .collect();
        out.extend(self.extensions.keys().map(|k| Layer::extension(k.clone())));
        out
    }

    /// Errors unless `layer` is present; for plugins that need an earlier step's output.
    pub fn require(&self, layer: &Layer) -> Result<(), crate::AnnotateError> {
        if self.has(layer) {
            Ok(())
        } else {
            Err(crate::AnnotateError::MissingLayer {
                layer: layer.name().to_string(),
            })
        }
    }

    /// Adds a diagnostic.
    pub fn diagnose(
        &mut self,
        severity: Severity,
        source: &str,
        code: &str,
        message: impl Into<String>,
        span: Option<Span>,
    ) {
        self.diagnostics.push(Diagnostic {
            severity,
            source: source.to_string(),
            code: code.to_string(),
            message: message.into(),
            span,
        });
    }

    /// Leaves `value` on the document for a later plugin (replacing an earlier value of
    /// the same type): work that plugin would otherwise redo, such as the words of the text
    /// `quote.detect` read and `quote.attribute` reads again. Use a type private to your
    /// crate, and make the later plugin work without it too (the value is gone after a
    /// clone, and another pipeline may not run the plugin that leaves it).
    pub fn put_scratch<T: Any + Send + Sync>(&mut self, value: T) {
        let id = TypeId::of::<T>();
        self.scratch.0.retain(|(t, _)| *t != id);
        self.scratch.0.push((id, Box::new(value)));
    }

    /// The value of type `T` left by [`Document::put_scratch`], if any.
    pub fn scratch<T: Any>(&self) -> Option<&T> {
        let id = TypeId::of::<T>();
        self.scratch
            .0
            .iter()
            .find(|(t, _)| *t == id)
            .and_then(|(_, v)| v.downcast_ref())
    }

    /// Removes and returns the value of type `T` left by [`Document::put_scratch`].
    pub fn take_scratch<T: Any>(&mut self) -> Option<T> {
        let id = TypeId::of::<T>();
        let i = self.scratch.0.iter().position(|(t, _)| *t == id)?;
        let (_, v) = self.scratch.0.swap_remove(i);
        v.downcast().ok().map(|b| *b)
    }

    /// Drops every value left with [`Document::put_scratch`] (the pipeline does this
    /// after the last step, so finished documents carry none).
    pub fn clear_scratch(&mut self) {
        self.scratch.0.clear();
    }

    /// Tokens inside `span` as an index range into `tokens` (binary search; tokens sorted).
    pub fn token_range(&self, span: Span) -> std::ops::Range<usize> {
        let Some(tokens) = &self.tokens else {
            return 0..0;
        };
        let lo = tokens.partition_point(|t| t.span.end() <= span.start());
        let hi = tokens.partition_point(|t| t.span.start() < span.end());
        lo..hi.max(lo)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_ran_differs_from_found_nothing() {
        let mut doc = Document::new("d", "Hello.");
        assert!(!doc.has(&Layer::ENTITIES));
        doc.entities = Some(vec![]);
        assert!(doc.has(&Layer::ENTITIES));
        assert_eq!(doc.layers(), vec![Layer::ENTITIES]);
        assert!(doc.require(&Layer::TOKENS).is_err());
    }

    #[test]
    fn token_range_finds_tokens_inside_a_span() {
        let mut doc = Document::new("d", "a bb ccc");
        let toks = [(0, 1), (2, 4), (5, 8)]
            .iter()
            .map(|&(s, e)| Token {
                span: doc.span(s, e).unwrap(),
                kind: TokenKind::Word,
            })
            .collect();
        doc.tokens = Some(toks);
        assert_eq!(doc.token_range(doc.span(2, 8).unwrap()), 1..3);
        assert_eq!(doc.token_range(doc.span(1, 2).unwrap()), 1..1);
    }

    #[test]
    fn scratch_is_private_work_not_part_of_the_document() {
        #[derive(Debug, PartialEq)]
        struct Words(Vec<&'static str>);
        let mut doc = Document::new("d", "a b");
        let plain = doc.clone();
        assert_eq!(doc.scratch::<Words>(), None);
        doc.put_scratch(Words(vec!["a"]));
        doc.put_scratch(Words(vec!["a", "b"]));
        doc.put_scratch(7u32);
        assert_eq!(doc.scratch::<Words>(), Some(&Words(vec!["a", "b"])));
        // Not part of what the document is: equal to one without it, and not cloned.
        assert_eq!(doc, plain);
        assert_eq!(doc.clone().scratch::<u32>(), None);
        assert_eq!(doc.take_scratch::<Words>(), Some(Words(vec!["a", "b"])));
        assert_eq!(doc.take_scratch::<Words>(), None);
        assert_eq!(doc.scratch::<u32>(), Some(&7));
        doc.clear_scratch();
        assert_eq!(doc.scratch::<u32>(), None);
    }

    #[test]
    fn extension_layers_are_layers() {
        let mut doc = Document::new("d", "x");
        doc.extensions.insert("mine".into(), ExtLayer::default());
        assert!(doc.has(&Layer::extension("mine")));
        assert_eq!(doc.layers(), vec![Layer::extension("mine")]);
    }
}
