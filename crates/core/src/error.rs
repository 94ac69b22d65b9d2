//! Error types of the plugin API.

use thiserror::Error;

/// A span that does not fit its text.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SpanError {
    #[error("span {start}..{end} is out of bounds for a text of {len} bytes")]
    OutOfBounds {
        start: usize,
        end: usize,
        len: usize,
    },
    #[error("span {start}..{end} does not fall on char boundaries")]
    NotCharBoundary { start: usize, end: usize },
    #[error("text of {len} bytes exceeds the 4 GiB document limit")]
    TooLong { len: usize },
}

/// Why a plugin could not annotate a document. Odd input is a diagnostic, not this.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum AnnotateError {
    #[error("layer `{layer}` is missing; an earlier step must provide it")]
    MissingLayer { layer: String },
    #[error(transparent)]
    Span(#[from] SpanError),
    #[error("{0}")]
    Failed(String),
}

/// Why a plugin could not be built from its settings.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The settings table did not deserialise (unknown key, wrong type).
    #[error("invalid settings for `{plugin}`: {message}")]
    Settings { plugin: String, message: String },
    /// A model or lexicon could not be loaded.
    #[error("cannot load model for `{plugin}`: {message}")]
    Model { plugin: String, message: String },
}

/// Registry problems.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RegistryError {
    #[error("plugin `{name}` is registered twice")]
    Duplicate { name: String },
    #[error("unknown plugin `{name}`{}; known plugins: {}", suggestion.as_ref().map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default(), known.join(", "))]
    Unknown {
        name: String,
        suggestion: Option<String>,
        known: Vec<String>,
    },
}
