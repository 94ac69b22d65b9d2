//! The plugin API: [`Annotator`] and its registration record [`PluginFactory`].

use serde::de::DeserializeOwned;

use crate::document::Document;
use crate::error::{AnnotateError, BuildError};
use crate::layers::LayerSet;

/// A step of a pipeline: reads some layers of a document and adds others.
///
/// `requires` and `provides` describe the built instance (settings can change them), and
/// the pipeline checks them before any text is read. `annotate` must not panic on any
/// text: odd input becomes a [`crate::Diagnostic`], and an `Err` means the plugin could not
/// run at all on this document (the runner reports it and goes on with the next one).
pub trait Annotator: Send + Sync {
    fn requires(&self) -> LayerSet;
    fn provides(&self) -> LayerSet;
    fn annotate(&self, doc: &mut Document) -> Result<(), AnnotateError>;
}

/// A step's settings: the keys of its `[steps.NAME]` table other than `plugin`.
///
/// The pipeline converts the TOML table to this JSON map, so core needs no config parser.
pub type Settings = serde_json::Map<String, serde_json::Value>;

/// Deserialises a plugin's settings struct. Use `#[serde(deny_unknown_fields)]` on it so
/// a typo in a config is an error that names the key.
pub fn parse_settings<T: DeserializeOwned>(
    plugin: &str,
    settings: &Settings,
) -> Result<T, BuildError> {
    serde_json::from_value(serde_json::Value::Object(settings.clone())).map_err(|e| {
        BuildError::Settings {
            plugin: plugin.to_string(),
            message: e.to_string(),
        }
    })
}

/// Documentation of one setting, for `strata plugins`.
#[derive(Clone, Copy, Debug)]
pub struct SettingDoc {
    pub name: &'static str,
    /// Type as a user writes it in TOML: `"bool"`, `"string"`, `"[string]"`.
    pub kind: &'static str,
    /// Default value as TOML text.
    pub default: &'static str,
    pub help: &'static str,
}

/// The registration record of a plugin. Const-constructible, so a plugin crate submits
/// one with `inventory::submit!`:
///
/// ```ignore
/// inventory::submit! {
///     strata_core::PluginFactory {
///         name: "tokenize.rules",
///         summary: "Rule-based tokenizer for English news",
///         settings: &[],
///         build: build_tokenizer,
///     }
/// }
/// ```
pub struct PluginFactory {
    /// Dotted name, `family.variant` (`"ner.perceptron"`); a behaviour change gets a new name.
    pub name: &'static str,
    /// One line for `strata plugins`.
    pub summary: &'static str,
    pub settings: &'static [SettingDoc],
    /// Builds an instance from a step's settings.
    pub build: fn(&Settings) -> Result<Box<dyn Annotator>, BuildError>,
}

impl std::fmt::Debug for PluginFactory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PluginFactory")
            .field("name", &self.name)
            .field("summary", &self.summary)
            .finish_non_exhaustive()
    }
}

inventory::collect!(PluginFactory);
