//! # strata: fast, extensible annotation of news text
//!
//! The facade of the Strata workspace. It re-exports what a user of the library needs:
//! the document model and plugin API ([`core`]), pipelines built from TOML configs and
//! run in parallel ([`pipeline`]), readers and writers ([`io`]), and the command line
//! ([`cli`]), which also links every built-in plugin crate so that the [`registry`] holds
//! them all.
//!
//! A program that adds a plugin of its own links the plugin crate and calls
//! [`cli::main`] (a `strata` binary with one more plugin), or builds a pipeline directly:
//!
//! ```no_run
//! use strata::{Config, Document, Pipeline};
//!
//! let registry = strata::registry().expect("no duplicate plugin names");
//! let pipeline = Pipeline::build(&registry, &Config::default_news()).expect("valid pipeline");
//! let mut doc = Document::new("d1", "Ms. Lu said: “We welcome it.”");
//! pipeline.run(&mut doc).expect("annotated");
//! println!("{}", strata::io::to_json(&doc, strata::io::OffsetUnit::Char));
//! ```
//!
//! **Invariant:** nothing is defined here; this crate only re-exports, so the API has one
//! home per item.

pub use strata_cli as cli;
pub use strata_core as core;
pub use strata_io as io;
pub use strata_pipeline as pipeline;

pub use strata_core::{Annotator, Document, Layer, LayerSet, PluginFactory, Registry, Span};
pub use strata_pipeline::{Config, Pipeline, PipelineError, RunOptions};

/// Every plugin linked into this program: the built-in ones, and those of any other
/// plugin crate the program links.
pub fn registry() -> Result<Registry, strata_core::RegistryError> {
    Registry::from_inventory()
}
