//! strata-io integration tests: one binary, a module per topic.

mod common;
mod read;
mod write;
