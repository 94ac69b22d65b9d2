//! `strata bench`: time each step of a pipeline on a user's corpus.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Args;
use strata_io::{ReadOptions, Record};
use strata_pipeline::{Outcome, Pipeline, RunOptions, RunStats};

use crate::common::{CliError, human_bytes, load_pipeline, peak_rss_bytes, runtime, usage};

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Text files, folders, JSONL files, or `-` for JSONL on stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Pipeline config; the embedded default news pipeline if absent.
    #[arg(long, short, value_name = "FILE")]
    pub pipeline: Option<PathBuf>,
    /// Worker threads (0 = one per core).
    #[arg(long, short, default_value_t = 0, value_name = "N")]
    pub jobs: usize,
    /// Read the inputs this many times (a small corpus gives steadier figures repeated).
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub repeat: usize,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Per-step and total figures of one bench run.
#[derive(Debug, serde::Serialize)]
pub struct BenchReport {
    pub pipeline: String,
    pub jobs: usize,
    pub docs: u64,
    pub failed: u64,
    pub bytes: u64,
    pub tokens: u64,
    pub wall_secs: f64,
    pub mb_per_s: f64,
    pub tokens_per_s: f64,
    pub docs_per_s: f64,
    pub peak_rss_bytes: Option<u64>,
    /// Time of each step summed over documents (CPU time across worker threads), and the
    /// single-thread throughput it implies.
    pub steps: Vec<StepFigures>,
}

#[derive(Debug, serde::Serialize)]
pub struct StepFigures {
    pub step: String,
    pub plugin: String,
    pub secs: f64,
    pub mb_per_s: f64,
    pub share: f64,
}

fn per_sec(n: f64, secs: f64) -> f64 {
    if secs > 0.0 { n / secs } else { 0.0 }
}

fn report(
    pipeline: &Pipeline,
    jobs: usize,
    stats: &RunStats,
    tokens: u64,
    wall: f64,
) -> BenchReport {
    let total_step: f64 = stats.times.total().as_secs_f64();
    let mb = stats.bytes as f64 / 1e6;
    BenchReport {
        pipeline: pipeline.source().to_string(),
        jobs,
        docs: stats.done + stats.failed,
        failed: stats.errors(),
        bytes: stats.bytes,
        tokens,
        wall_secs: wall,
        mb_per_s: per_sec(mb, wall),
        tokens_per_s: per_sec(tokens as f64, wall),
        docs_per_s: per_sec((stats.done + stats.failed) as f64, wall),
        peak_rss_bytes: peak_rss_bytes(),
        steps: pipeline
            .steps()
            .iter()
            .zip(&stats.times.0)
            .map(|(s, t)| StepFigures {
                step: s.name().to_string(),
                plugin: s.plugin().to_string(),
                secs: t.as_secs_f64(),
                mb_per_s: per_sec(mb, t.as_secs_f64()),
                share: per_sec(t.as_secs_f64(), total_step),
            })
            .collect(),
    }
}

fn table(r: &BenchReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "pipeline {}: {} documents, {}, {} tokens, {} worker threads",
        r.pipeline,
        r.docs,
        human_bytes(r.bytes),
        r.tokens,
        r.jobs
    );
    let _ = writeln!(
        out,
        "\n{:<14} {:<20} {:>10} {:>7} {:>10}",
        "step", "plugin", "time (s)", "share", "MB/s"
    );
    for s in &r.steps {
        let _ = writeln!(
            out,
            "{:<14} {:<20} {:>10.4} {:>6.1}% {:>10.1}",
            s.step,
            s.plugin,
            s.secs,
            s.share * 100.0,
            s.mb_per_s
        );
    }
    let _ = writeln!(
        out,
        "\ntotal: {:.3} s wall, {:.1} MB/s, {:.0} tokens/s, {:.1} docs/s",
        r.wall_secs, r.mb_per_s, r.tokens_per_s, r.docs_per_s
    );
    let _ = writeln!(
        out,
        "peak RSS: {}",
        r.peak_rss_bytes.map_or("unknown".to_string(), human_bytes)
    );
    let _ = writeln!(
        out,
        "(step times are summed over documents and threads: single-thread throughput per step; \
         the total includes reading)"
    );
    if r.failed > 0 {
        let _ = writeln!(out, "{} documents failed", r.failed);
    }
    out
}

pub fn bench(args: BenchArgs) -> Result<ExitCode, CliError> {
    let pipeline = load_pipeline(args.pipeline.as_deref())?;
    // Check every input exists before the clock starts.
    strata_io::open_inputs(&args.inputs, ReadOptions::default()).map_err(usage)?;
    let opts = RunOptions {
        jobs: args.jobs,
        timed: true,
        ..RunOptions::default()
    };
    let repeat = args.repeat.max(1);
    let mut all = RunStats::default();
    let mut tokens = 0u64;
    let start = Instant::now();
    for _ in 0..repeat {
        let inputs = strata_io::open_inputs(&args.inputs, ReadOptions::default())
            .map_err(usage)?
            .map(|r| match r {
                Record::Doc(d) => Ok(d),
                Record::Error(e) => Err(e),
            });
        let count = |o: Outcome<strata_io::ErrorRecord>| match o {
            Outcome::Done(d) => d.tokens.as_ref().map_or(0, |t| t.len() as u64),
            _ => 0,
        };
        let stats = pipeline
            .run_many(inputs, &opts, count, |n| {
                tokens += n;
                Ok::<(), std::convert::Infallible>(())
            })
            .map_err(runtime)?;
        all.done += stats.done;
        all.failed += stats.failed;
        all.unreadable += stats.unreadable;
        all.bytes += stats.bytes;
        all.times.add(&stats.times);
    }
    let wall = start.elapsed().as_secs_f64();
    let r = report(&pipeline, opts.threads(), &all, tokens, wall);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&r).map_err(runtime)?);
    } else {
        print!("{}", table(&r));
    }
    Ok(ExitCode::SUCCESS)
}
