//! # strata-plugin-wordlen: an example plugin, written as a user would
//!
//! This crate shows everything a plugin outside the Strata workspace needs, and nothing
//! more: it depends on `strata-core` alone, reads the `tokens` layer an earlier step made,
//! and adds an *extension layer* named `wordlen` without any change to core. Each long
//! word becomes a labelled span whose label is its length bucket (`"10-14"`, `"15-19"`, ...)
//! and whose `chars` attribute is its exact length in characters.
//!
//! The plugin is [`WordLen`]; its settings struct [`Settings`] rejects unknown keys, so a
//! typo in a pipeline config is an error that names the key. It registers itself with
//! `inventory`, so any binary that links this crate has the plugin `wordlen.buckets` in
//! its registry; see the README for the two ways to link it.
//!
//! Counting characters, not bytes: spans stay byte offsets (core's rule), but a word's
//! length for a reader is its number of code points ("Azərbaycan" is 10, not 11).

use serde::Deserialize;
use strata_core::{
    AnnotateError, Annotator, BuildError, Document, ExtLayer, ExtSpan, Layer, LayerSet,
    PluginFactory, SettingDoc, TokenKind, parse_settings,
};

/// The registered name.
pub const NAME: &str = "wordlen.buckets";

/// The name of the extension layer this plugin adds.
pub const LAYER: &str = "wordlen";

/// Settings of a `wordlen.buckets` step.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// Words shorter than this (in characters) are not marked.
    pub min_chars: usize,
    /// Width of a length bucket, in characters.
    pub bucket: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            min_chars: 10,
            bucket: 5,
        }
    }
}

/// Marks long words with their length bucket.
#[derive(Clone, Debug)]
pub struct WordLen {
    min_chars: usize,
    bucket: usize,
}

impl WordLen {
    pub fn new(settings: &Settings) -> Result<WordLen, BuildError> {
        if settings.bucket == 0 {
            return Err(BuildError::Settings {
                plugin: NAME.to_string(),
                message: "`bucket` must be at least 1".to_string(),
            });
        }
        Ok(WordLen {
            min_chars: settings.min_chars.max(1),
            bucket: settings.bucket,
        })
    }

    /// The bucket label of a word of `n` characters: `"10-14"` for n = 12 with the defaults.
    pub fn label(&self, n: usize) -> String {
        let lo = self.min_chars + (n - self.min_chars) / self.bucket * self.bucket;
        format!("{lo}-{}", lo + self.bucket - 1)
    }
}

impl Annotator for WordLen {
    fn requires(&self) -> LayerSet {
        LayerSet::from([Layer::TOKENS])
    }

    fn provides(&self) -> LayerSet {
        LayerSet::from([Layer::extension(LAYER)])
    }

    fn annotate(&self, doc: &mut Document) -> Result<(), AnnotateError> {
        doc.require(&Layer::TOKENS)?;
        let text = doc.text();
        let mut spans = Vec::new();
        for token in doc.tokens.as_deref().unwrap_or_default() {
            if token.kind != TokenKind::Word {
                continue;
            }
            let word = token.span.text(text);
            // A word this short in bytes cannot reach `min_chars` characters.
            if word.len() < self.min_chars {
                continue;
            }
            let n = word.chars().count();
            if n >= self.min_chars {
                let mut attrs = std::collections::BTreeMap::new();
                attrs.insert("chars".to_string(), n.into());
                spans.push(ExtSpan {
                    span: token.span,
                    label: self.label(n),
                    attrs,
                });
            }
        }
        doc.extensions.insert(LAYER.to_string(), ExtLayer { spans });
        Ok(())
    }
}

fn build(settings: &strata_core::Settings) -> Result<Box<dyn Annotator>, BuildError> {
    let s: Settings = parse_settings(NAME, settings)?;
    Ok(Box::new(WordLen::new(&s)?))
}

strata_core::inventory::submit! {
    PluginFactory {
        name: NAME,
        summary: "Example plugin: marks long words with their length bucket (extension layer `wordlen`)",
        settings: &[
            SettingDoc {
                name: "min_chars",
                kind: "integer",
                default: "10",
                help: "Shortest word marked, in characters",
            },
            SettingDoc {
                name: "bucket",
                kind: "integer",
                default: "5",
                help: "Width of a length bucket, in characters",
            },
        ],
        build,
    }
}
