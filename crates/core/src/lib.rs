//! # strata-core: the document model and the plugin API
//!
//! Everything a Strata plugin author needs, and nothing else. A [`Document`] holds a text
//! that never changes after creation and a set of *layers* computed over it: tokens,
//! sentences, language, stems, entities, name clusters, quotes and sentiment, each typed and
//! each an `Option` so that "no plugin produced this" differs from "a plugin ran and found
//! nothing". Plugins outside this workspace add *extension layers* (labelled spans with
//! attributes) without editing this crate, and they serialise like the built-in ones.
//!
//! Every position is a [`Span`] of UTF-8 byte offsets, built only through a checked
//! constructor, so a span always lies inside its text on char boundaries. Code points and
//! UTF-16 units exist only at the output edge (`strata-io`).
//!
//! A plugin is an [`Annotator`]: it says which layers it `requires` and `provides`, and
//! `annotate`s a document in place. It registers a const [`PluginFactory`] with
//! `inventory`, and the [`Registry`] (a sorted value, duplicates rejected) is how the
//! pipeline finds it by name. Settings arrive as a JSON map ([`Settings`]) that each plugin
//! deserialises into its own struct with `deny_unknown_fields`.
//!
//! **Invariant:** core does no I/O and parses no configuration files; it knows no plugin
//! by name. Odd input is a [`Diagnostic`] on the document; errors are for what stops a
//! plugin from running at all.

mod document;
mod error;
mod layers;
mod merge;
mod plugin;
mod registry;
mod span;

pub use document::{Diagnostic, Document, Severity};
pub use error::{AnnotateError, BuildError, RegistryError, SpanError};
pub use layers::*;
pub use merge::{Overlap, merge_entities};
pub use plugin::{Annotator, PluginFactory, SettingDoc, Settings, parse_settings};
pub use registry::{Registry, edit_distance};
pub use span::Span;

/// Re-exported so plugin crates register without naming `inventory` themselves.
pub use inventory;
