//! The typed layers a document can carry, and the names used to require and provide them.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// The name of a layer, as used in `requires`/`provides` and in output keys.
///
/// Built-in layers have constants; an extension layer is any other name
/// (`Layer::extension("wordlen")`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Layer(Cow<'static, str>);

impl Layer {
    pub const TOKENS: Layer = Layer(Cow::Borrowed("tokens"));
    pub const SENTENCES: Layer = Layer(Cow::Borrowed("sentences"));
    pub const LANGUAGE: Layer = Layer(Cow::Borrowed("language"));
    pub const STEMS: Layer = Layer(Cow::Borrowed("stems"));
    pub const ENTITIES: Layer = Layer(Cow::Borrowed("entities"));
    pub const CLUSTERS: Layer = Layer(Cow::Borrowed("clusters"));
    pub const QUOTES: Layer = Layer(Cow::Borrowed("quotes"));
    pub const SENTIMENT: Layer = Layer(Cow::Borrowed("sentiment"));

    /// Every built-in layer, in output order.
    pub const BUILTIN: [Layer; 8] = [
        Layer::TOKENS,
        Layer::SENTENCES,
        Layer::LANGUAGE,
        Layer::STEMS,
        Layer::ENTITIES,
        Layer::CLUSTERS,
        Layer::QUOTES,
        Layer::SENTIMENT,
    ];

    /// A named extension layer (see [`crate::Document::extensions`]).
    pub fn extension(name: impl Into<Cow<'static, str>>) -> Layer {
        Layer(name.into())
    }

    /// The layer's name.
    pub fn name(&self) -> &str {
        &self.0
    }

    /// True for the eight built-in layers.
    pub fn is_builtin(&self) -> bool {
        Layer::BUILTIN.iter().any(|l| l == self)
    }
}

impl fmt::Display for Layer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A sorted set of layers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LayerSet(BTreeSet<Layer>);

impl LayerSet {
    pub fn new() -> LayerSet {
        LayerSet::default()
    }
    pub fn with(mut self, layer: Layer) -> LayerSet {
        self.0.insert(layer);
        self
    }
    pub fn insert(&mut self, layer: Layer) {
        self.0.insert(layer);
    }
    pub fn contains(&self, layer: &Layer) -> bool {
        self.0.contains(layer)
    }
    pub fn iter(&self) -> impl Iterator<Item = &Layer> {
        self.0.iter()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn extend(&mut self, other: &LayerSet) {
        self.0.extend(other.0.iter().cloned());
    }
}

impl<const N: usize> From<[Layer; N]> for LayerSet {
    fn from(layers: [Layer; N]) -> LayerSet {
        LayerSet(layers.into_iter().collect())
    }
}

impl FromIterator<Layer> for LayerSet {
    fn from_iter<I: IntoIterator<Item = Layer>>(iter: I) -> LayerSet {
        LayerSet(iter.into_iter().collect())
    }
}

impl fmt::Display for LayerSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.0.iter().map(|l| l.name()).collect();
        f.write_str(&names.join(", "))
    }
}

/// What kind of thing a token is. Tokenizers set it; later plugins may use it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Symbol,
    Url,
    Email,
    Handle,
    Hashtag,
    Emoji,
    Other,
}

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// One sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
}

/// The document's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Language {
    /// ISO 639-3 code (`"eng"`), or `"und"` when undetermined.
    pub code: String,
    /// English name of the language (`"English"`), or `"Undetermined"`.
    pub name: String,
    /// Script name (`"Latin"`), if known.
    pub script: Option<String>,
    /// Detector confidence in [0, 1].
    pub confidence: f64,
    /// True when the detector considers the answer reliable.
    pub reliable: bool,
}

impl Language {
    pub const UNDETERMINED: &'static str = "und";

    pub fn is_undetermined(&self) -> bool {
        self.code == Language::UNDETERMINED
    }
}

/// The stem of one token, as read from [`Stems`]: `stems.get(i)` belongs to `tokens[i]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Stem<'a> {
    pub span: Span,
    pub stem: &'a str,
}

/// The stems of a document's tokens, index-aligned with them (`get(i)` is the stem of
/// `tokens[i]`).
///
/// Every token has a stem, so this is the densest layer after the tokens. Its stems live
/// in one string, each token adding only its span and where its stem ends (16 bytes, plus
/// the stem's own bytes) rather than an allocation of its own: a 100 MB document's stems
/// take about a sixth of the memory that one `String` per token took. In JSON it is the
/// same list of `{"span", "stem"}` objects either way.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Stems {
    text: String,
    items: Vec<(Span, usize)>,
}

impl Stems {
    /// An empty layer.
    pub fn new() -> Stems {
        Stems::default()
    }

    /// An empty layer with room for `tokens` stems of `bytes` bytes in all.
    pub fn with_capacity(tokens: usize, bytes: usize) -> Stems {
        Stems {
            text: String::with_capacity(bytes),
            items: Vec::with_capacity(tokens),
        }
    }

    /// Appends the stem of the next token.
    pub fn push(&mut self, span: Span, stem: &str) {
        self.text.push_str(stem);
        self.items.push((span, self.text.len()));
    }

    /// The number of stems.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when there are no stems.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The `i`-th stem, `None` past the end.
    pub fn get(&self, i: usize) -> Option<Stem<'_>> {
        let &(span, end) = self.items.get(i)?;
        let start = match i {
            0 => 0,
            _ => self.items[i - 1].1,
        };
        Some(Stem {
            span,
            stem: &self.text[start..end],
        })
    }

    /// The stems in token order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = Stem<'_>> + '_ {
        let mut start = 0;
        self.items.iter().map(move |&(span, end)| {
            let stem = &self.text[start..end];
            start = end;
            Stem { span, stem }
        })
    }
}

impl<'a> FromIterator<Stem<'a>> for Stems {
    fn from_iter<I: IntoIterator<Item = Stem<'a>>>(iter: I) -> Stems {
        let mut stems = Stems::new();
        for s in iter {
            stems.push(s.span, s.stem);
        }
        stems
    }
}

impl fmt::Debug for Stems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Stems {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Stems {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Stems, D::Error> {
        #[derive(Deserialize)]
        struct Owned {
            span: Span,
            stem: String,
        }
        let owned = Vec::<Owned>::deserialize(deserializer)?;
        Ok(owned
            .iter()
            .map(|o| Stem {
                span: o.span,
                stem: &o.stem,
            })
            .collect())
    }
}

/// The OntoNotes entity labels, as `'static` strings for [`Entity::label`].
pub const ONTONOTES_LABELS: [&str; 18] = [
    "PERSON",
    "NORP",
    "FAC",
    "ORG",
    "GPE",
    "LOC",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "DATE",
    "TIME",
    "PERCENT",
    "MONEY",
    "QUANTITY",
    "ORDINAL",
    "CARDINAL",
];

/// An entity label as [`Entity::label`] holds it: borrowed for the OntoNotes labels (no
/// allocation per entity), owned for any other label a user's plugin or list brings.
pub fn entity_label(label: &str) -> Cow<'static, str> {
    match ONTONOTES_LABELS.iter().find(|l| **l == label) {
        Some(l) => Cow::Borrowed(l),
        None => Cow::Owned(label.to_string()),
    }
}

/// A named-entity mention with an OntoNotes label (`"PERSON"`, `"GPE"`, ...).
///
/// `label` and `source` are usually one of a few fixed strings, so they are
/// `Cow<'static, str>`: a plugin gives `Cow::Borrowed` for its own constants (see
/// [`entity_label`]) and allocates only for labels and sources it builds at run time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub span: Span,
    pub label: Cow<'static, str>,
    /// Which plugin (and rule, where a rule decided) produced it: `"ner.patterns:money"`.
    pub source: Cow<'static, str>,
    /// A canonical name, where a gazetteer gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// Confidence in [0, 1] where the producer has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f32>,
}

/// How a mention refers to its cluster.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// A name or part of one ("Lu Mei", "Lu", "Lue Mei", "SCO").
    Name,
    /// A title or role with or without a name ("the Ambassador").
    Nominal,
    /// A pronoun ("she").
    Pronoun,
}

/// One mention in a name cluster.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub span: Span,
    pub kind: MentionKind,
    /// Index into `entities` when the mention is an entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<u32>,
}

/// A group of mentions of one entity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NameCluster {
    /// Index of the cluster in the document's cluster list.
    pub id: u32,
    /// Canonical name ("Lu Mei").
    pub canonical: String,
    /// Entity label of the cluster ("PERSON").
    pub label: String,
    /// Titles and roles seen with the name ("Ambassador").
    #[serde(default)]
    pub titles: Vec<String>,
    pub mentions: Vec<Mention>,
}

/// The kind of a quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// In quotation marks.
    Direct,
    /// Reported speech without quotation marks.
    Indirect,
    /// An interview question or answer marked by the layout.
    Turn,
    /// Quotation marks around a term or title, not a statement.
    Scare,
}

/// Who said a quote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Canonical name (from the name cluster where one was found); `None` when the text
    /// gives the speaker only as a description or a pronoun that could not be resolved to
    /// a name ("a campaign spokesman", "officials", an unresolved "he"), in which case
    /// `span` marks those words.
    #[serde(default)]
    pub name: Option<String>,
    /// The mention that identifies the speaker nearest the quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The name cluster, if the speaker was resolved to one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<u32>,
}

/// A quote and, once attributed, its speaker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub kind: QuoteKind,
    /// For direct quotes the span includes the quotation marks.
    pub span: Span,
    #[serde(default)]
    pub speaker: Option<Speaker>,
    /// The speech verb or phrase ("said", "according to").
    #[serde(default)]
    pub cue: Option<Span>,
    /// Which rule decided the attribution (or the detection, before attribution).
    #[serde(default)]
    pub sieve: Option<String>,
    /// Confidence of the attribution in [0, 1].
    #[serde(default)]
    pub confidence: f32,
    /// Quotes that are parts of one utterance (a split quote) share this id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utterance: Option<u32>,
    /// For interview turns: `"question"` or `"answer"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// A sentiment score: compound in [-1, 1] and proportions that sum to 1 (or all zero).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub compound: f32,
    pub positive: f32,
    pub negative: f32,
    pub neutral: f32,
}

/// Polarity classes for targeted sentiment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    Negative,
    Neutral,
    Positive,
}

/// A score for a span (a sentence, a quote).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpanScore {
    pub span: Span,
    pub score: Score,
}

/// Aggregated sentiment of one speaker over their quotes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpeakerScore {
    pub speaker: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<u32>,
    pub quotes: u32,
    pub score: Score,
}

/// Sentiment towards one target: a name cluster or a span given in the input.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TargetScore {
    /// Name cluster, when the target is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<u32>,
    /// The target's name or text.
    pub name: String,
    /// The target span, when the input named it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    pub polarity: Polarity,
    pub score: f32,
    /// The clauses the score was computed from.
    pub evidence: Vec<Span>,
}

/// The sentiment layer: every level at once.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sentiment {
    pub document: Score,
    pub sentences: Vec<SpanScore>,
    /// `quotes[i]` scores `Document::quotes[i]`.
    pub quotes: Vec<SpanScore>,
    pub speakers: Vec<SpeakerScore>,
    pub targets: Vec<TargetScore>,
}

/// One labelled span of an extension layer, with free-form attributes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExtSpan {
    pub span: Span,
    pub label: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attrs: BTreeMap<String, serde_json::Value>,
}

/// A layer added by a plugin without changing core: labelled spans with attributes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExtLayer {
    pub spans: Vec<ExtSpan>,
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Walking ; ça";

    fn sp(start: usize, end: usize) -> Span {
        Span::new(TEXT, start, end).unwrap()
    }

    fn sample() -> Stems {
        let mut stems = Stems::with_capacity(3, 8);
        stems.push(sp(0, 7), "walk");
        stems.push(sp(8, 9), "");
        stems.push(sp(10, 13), "ça");
        stems
    }

    #[test]
    fn stems_read_back_as_pushed_including_empty_ones() {
        let stems = sample();
        assert_eq!(stems.len(), 3);
        let got: Vec<(Span, &str)> = stems.iter().map(|s| (s.span, s.stem)).collect();
        assert_eq!(
            got,
            [(sp(0, 7), "walk"), (sp(8, 9), ""), (sp(10, 13), "ça")]
        );
        for (i, s) in stems.iter().enumerate() {
            assert_eq!(stems.get(i), Some(s));
        }
        assert_eq!(stems.get(3), None);
        assert!(Stems::new().is_empty());
    }

    #[test]
    fn stems_keep_their_json_shape_and_round_trip() {
        let stems = sample();
        let json = serde_json::to_string(&stems).unwrap();
        assert_eq!(
            json,
            r#"[{"span":{"start":0,"end":7},"stem":"walk"},{"span":{"start":8,"end":9},"stem":""},{"span":{"start":10,"end":13},"stem":"ça"}]"#
        );
        let back: Stems = serde_json::from_str(&json).unwrap();
        assert_eq!(back, stems);
    }
}
