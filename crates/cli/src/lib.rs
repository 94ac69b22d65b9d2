//! # strata-cli: the `strata` command
//!
//! This crate is the command line a user meets first: `strata run` annotates files, folders,
//! JSONL or stdin with a pipeline and writes JSONL (or another format); `strata plugins`
//! lists what can go in a pipeline; `strata explain` shows a config resolved against the
//! registry; `strata eval` scores a pipeline (or a prediction file) against gold data;
//! `strata bench` times each step on a user's own corpus; `strata train ner` trains the
//! entity tagger's model.
//!
//! It is a library so that the root `strata` binary is one line, and so that a user who
//! writes a plugin can build their own binary with it: link the plugin crate, call
//! [`main`], and the plugin is in the registry (plugins register with `inventory`, so
//! linking is registering).
//!
//! That is also why this file holds **the one list of plugin crates** below. A plugin crate
//! that nothing names is not linked and its plugins silently vanish; the registry snapshot
//! test in `tests/it` fails loudly when a crate is missing from this list.
//!
//! Exit codes: `0` everything went well; `1` some documents failed (stderr says how many)
//! or the output could not be written; `2` a usage or configuration error (missing file,
//! unknown plugin or setting, unmet requirement), reported before any text is read.

// The plugin crates linked into every `strata` binary. Add a crate here when it registers
// its first plugin (and update the registry snapshot).
use strata_lang as _;
use strata_names as _;
use strata_ner as _;
use strata_quote as _;
use strata_sentences as _;
use strata_sentiment as _;
use strata_stem as _;
use strata_tagger as _;
use strata_tokenize as _;

mod bench;
mod common;
mod eval;
mod info;
mod run;
mod train;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub use common::{CliError, peak_rss_bytes, registry};

/// Fast, extensible annotation of news text.
#[derive(Debug, Parser)]
#[command(name = "strata", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Annotate text files, folders, JSONL files or stdin (`-`) with a pipeline.
    Run(run::RunArgs),
    /// List the registered plugins with their settings, requires and provides.
    Plugins(info::PluginsArgs),
    /// Show a pipeline config resolved against the registry.
    Explain(info::ExplainArgs),
    /// Score a pipeline (or a prediction file) against a gold JSONL file.
    Eval(eval::EvalArgs),
    /// Time each step of a pipeline on a corpus.
    Bench(bench::BenchArgs),
    /// Train a model (`strata train ner`).
    Train(train::TrainArgs),
}

/// Runs the `strata` command line with the process arguments.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    run_cli(cli)
}

/// Runs a parsed command line; errors are printed on stderr and become the exit code.
pub fn run_cli(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Run(a) => run::run(a),
        Command::Plugins(a) => info::plugins(a),
        Command::Explain(a) => info::explain(a),
        Command::Eval(a) => eval::eval(a),
        Command::Bench(a) => bench::bench(a),
        Command::Train(a) => train::train(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("strata: error: {}", e.error);
            ExitCode::from(e.code)
        }
    }
}
