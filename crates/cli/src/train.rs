//! `strata train ner`: train the `ner.perceptron` tagger on gold JSONL files.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use strata_tagger::{TrainError, TrainOptions};

use crate::common::{CliError, human_bytes, runtime, usage};

#[derive(Debug, Args)]
pub struct TrainArgs {
    #[command(subcommand)]
    pub what: TrainWhat,
}

#[derive(Debug, Subcommand)]
pub enum TrainWhat {
    /// Train an averaged-perceptron entity tagger (`ner.perceptron`, `model = "FILE"`).
    Ner(NerArgs),
}

#[derive(Debug, Args)]
pub struct NerArgs {
    /// Training files in the gold format (entities with a `coarse` type).
    #[arg(long, required = true, num_args = 1.., value_name = "FILE")]
    pub train: Vec<PathBuf>,
    /// Development files for choosing the best epoch.
    #[arg(long, num_args = 1.., value_name = "FILE")]
    pub dev: Vec<PathBuf>,
    /// Where to write the model.
    #[arg(long, short, value_name = "MODEL")]
    pub output: PathBuf,
    /// Maximum passes over the training data (the best one is kept).
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Seed of the shuffling.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Hold out every n-th training document for model selection (0: none).
    #[arg(long, value_name = "N")]
    pub holdout_every: Option<usize>,
    /// Drop features seen fewer times than this.
    #[arg(long, value_name = "N")]
    pub min_count: Option<u32>,
    /// Also train on documents marked `meta.noncommercial` (the model then inherits their
    /// non-commercial licence).
    #[arg(long)]
    pub include_noncommercial: bool,
    /// No per-epoch figures on stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn train(args: TrainArgs) -> Result<ExitCode, CliError> {
    let TrainWhat::Ner(a) = args.what;
    let defaults = TrainOptions::default();
    let opts = TrainOptions {
        epochs: a.epochs.unwrap_or(defaults.epochs),
        seed: a.seed.unwrap_or(defaults.seed),
        holdout_every: a.holdout_every.unwrap_or(defaults.holdout_every),
        min_count: a.min_count.unwrap_or(defaults.min_count),
        skip_noncommercial: !a.include_noncommercial,
        verbose: !a.quiet,
        ..defaults
    };
    let model = strata_tagger::train(&a.train, &a.dev, &opts).map_err(|e| match e {
        // Unreadable or malformed input files are the user's to fix: usage errors.
        TrainError::Io { .. } | TrainError::Parse { .. } | TrainError::NoData(_) => usage(e),
        other => runtime(other),
    })?;
    let mut bytes = Vec::new();
    model.save(&mut bytes).map_err(runtime)?;
    std::fs::write(&a.output, &bytes).map_err(|e| {
        runtime(anyhow::anyhow!(
            "cannot write the model to `{}`: {e}",
            a.output.display()
        ))
    })?;
    eprintln!(
        "strata: wrote {} ({}); use it with `plugin = \"ner.perceptron\"` and `model = \"{}\"`",
        a.output.display(),
        human_bytes(bytes.len() as u64),
        a.output.display()
    );
    Ok(ExitCode::SUCCESS)
}
