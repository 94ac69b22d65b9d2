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
    /// Annotate documents in batches of about this many bytes of text, one step at a time
    /// across the batch (faster: each plugin's tables stay in the CPU caches); 0 runs every
    /// step on one document before starting the next. The output is the same either way.
    #[arg(long, default_value_t = strata_pipeline::BATCH_BYTES, value_name = "BYTES")]
    pub batch_bytes: usize,
    /// Read the inputs this many times (a small corpus gives steadier figures repeated).
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub repeat: usize,
    /// Measure this many times and report the median of each figure, with the slowest and
    /// fastest run (a shared machine's speed drifts; one run can mislead).
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub runs: usize,
    /// Also report the combined single-thread speed of some steps, as `NAME=STEP+STEP...`
    /// (for example `quotes=quotes+speakers`); may be given several times.
    #[arg(long, value_name = "NAME=STEPS")]
    pub group: Vec<String>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Per-step and total figures of a bench: of one run, or the medians of several.
#[derive(Debug, serde::Serialize)]
pub struct BenchReport {
    pub pipeline: String,
    pub jobs: usize,
    /// How many times the inputs were measured; every time and speed below is the median
    /// over these runs.
    pub runs: usize,
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
    /// The `--group` figures: several steps' times added up within each run.
    pub groups: Vec<StepFigures>,
}

/// The time of one step (or group of steps) and the single-thread speed it implies: the
/// median over runs, with the slowest and fastest run's speed.
#[derive(Debug, serde::Serialize)]
pub struct StepFigures {
    pub step: String,
    pub plugin: String,
    pub secs: f64,
    pub mb_per_s: f64,
    pub mb_per_s_low: f64,
    pub mb_per_s_high: f64,
    pub share: f64,
}

fn per_sec(n: f64, secs: f64) -> f64 {
    if secs > 0.0 { n / secs } else { 0.0 }
}

/// The median of some measurements (the mean of the middle two for an even count).
fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => 0.0,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// One measurement of the inputs: the run's statistics, tokens seen and wall time.
struct Run {
    stats: RunStats,
    tokens: u64,
    wall: f64,
}

/// A `--group NAME=STEP+STEP` request, resolved to step indices.
struct Group {
    name: String,
    label: String,
    steps: Vec<usize>,
}

fn parse_group(spec: &str, pipeline: &Pipeline) -> Result<Group, String> {
    let (name, list) = spec
        .split_once('=')
        .ok_or_else(|| format!("--group `{spec}`: expected NAME=STEP+STEP..."))?;
    let mut steps = Vec::new();
    for step in list.split('+').map(str::trim) {
        let i = pipeline
            .steps()
            .iter()
            .position(|s| s.name() == step)
            .ok_or_else(|| {
                let known: Vec<&str> = pipeline.steps().iter().map(|s| s.name()).collect();
                format!(
                    "--group `{spec}`: the pipeline has no step `{step}` (its steps: {})",
                    known.join(", ")
                )
            })?;
        steps.push(i);
    }
    Ok(Group {
        name: name.trim().to_string(),
        label: list.trim().to_string(),
        steps,
    })
}

/// Median, slowest and fastest figures of a quantity measured once per run.
fn figures(step: String, plugin: String, secs: &[f64], mb: f64, total: f64) -> StepFigures {
    let mid = median(secs);
    let slowest = secs.iter().copied().fold(0.0, f64::max);
    let fastest = secs.iter().copied().fold(f64::INFINITY, f64::min);
    StepFigures {
        step,
        plugin,
        secs: mid,
        mb_per_s: per_sec(mb, mid),
        mb_per_s_low: per_sec(mb, slowest),
        mb_per_s_high: if fastest.is_finite() {
            per_sec(mb, fastest)
        } else {
            0.0
        },
        share: per_sec(mid, total),
    }
}

fn report(pipeline: &Pipeline, jobs: usize, runs: &[Run], groups: &[Group]) -> BenchReport {
    let first = &runs[0];
    let stats = &first.stats;
    let mb = stats.bytes as f64 / 1e6;
    // The time of steps `steps` added up, in each run.
    let secs_of = |steps: &[usize]| -> Vec<f64> {
        runs.iter()
            .map(|r| {
                steps
                    .iter()
                    .map(|&i| r.stats.times.0.get(i).map_or(0.0, |t| t.as_secs_f64()))
                    .sum()
            })
            .collect()
    };
    let total_step = median(
        &runs
            .iter()
            .map(|r| r.stats.times.total().as_secs_f64())
            .collect::<Vec<_>>(),
    );
    let wall = median(&runs.iter().map(|r| r.wall).collect::<Vec<_>>());
    BenchReport {
        pipeline: pipeline.source().to_string(),
        jobs,
        runs: runs.len(),
        docs: stats.done + stats.failed,
        failed: stats.errors(),
        bytes: stats.bytes,
        tokens: first.tokens,
        wall_secs: wall,
        mb_per_s: per_sec(mb, wall),
        tokens_per_s: per_sec(first.tokens as f64, wall),
        docs_per_s: per_sec((stats.done + stats.failed) as f64, wall),
        peak_rss_bytes: peak_rss_bytes(),
        steps: pipeline
            .steps()
            .iter()
            .enumerate()
            .map(|(i, s)| {
                figures(
                    s.name().to_string(),
                    s.plugin().to_string(),
                    &secs_of(&[i]),
                    mb,
                    total_step,
                )
            })
            .collect(),
        groups: groups
            .iter()
            .map(|g| {
                figures(
                    g.name.clone(),
                    g.label.clone(),
                    &secs_of(&g.steps),
                    mb,
                    total_step,
                )
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
    if r.runs > 1 {
        let _ = writeln!(
            out,
            "{} runs: medians, with the slowest and fastest run's MB/s",
            r.runs
        );
    }
    let width = r
        .steps
        .iter()
        .chain(&r.groups)
        .map(|s| s.plugin.len())
        .max()
        .unwrap_or(0)
        .max(20);
    let _ = writeln!(
        out,
        "\n{:<14} {:<width$} {:>10} {:>7} {:>10}{}",
        "step",
        "plugin",
        "time (s)",
        "share",
        "MB/s",
        if r.runs > 1 {
            "  (slowest-fastest)"
        } else {
            ""
        }
    );
    for s in r.steps.iter().chain(&r.groups) {
        let range = if r.runs > 1 {
            format!("  ({:.1}-{:.1})", s.mb_per_s_low, s.mb_per_s_high)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "{:<14} {:<width$} {:>10.4} {:>6.1}% {:>10.1}{range}",
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

/// Reads the inputs `repeat` times through the pipeline, timing each step. The repeats are
/// one stream, as if the inputs were concatenated `repeat` times, so the runner's chunks
/// and batches are those of one long input (a 5-file corpus repeated 218 times runs like
/// the same 1,090 documents in one JSONL file).
fn measure(
    pipeline: &Pipeline,
    args: &BenchArgs,
    opts: &RunOptions,
    repeat: usize,
) -> Result<Run, CliError> {
    let mut tokens = 0u64;
    let start = Instant::now();
    let passes = (0..repeat)
        .map(|_| strata_io::open_inputs(&args.inputs, ReadOptions::default()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(usage)?;
    let inputs = passes.into_iter().flatten().map(|r| match r {
        Record::Doc(d) => Ok(d),
        Record::Error(e) => Err(e),
    });
    let count = |o: Outcome<strata_io::ErrorRecord>| match o {
        Outcome::Done(d) => d.tokens.as_ref().map_or(0, |t| t.len() as u64),
        _ => 0,
    };
    let stats = pipeline
        .run_many(inputs, opts, count, |n| {
            tokens += n;
            Ok::<(), std::convert::Infallible>(())
        })
        .map_err(runtime)?;
    Ok(Run {
        stats,
        tokens,
        wall: start.elapsed().as_secs_f64(),
    })
}

pub fn bench(args: BenchArgs) -> Result<ExitCode, CliError> {
    let pipeline = load_pipeline(args.pipeline.as_deref())?;
    let groups = args
        .group
        .iter()
        .map(|g| parse_group(g, &pipeline))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| usage(anyhow::anyhow!(e)))?;
    // Check every input exists before the clock starts.
    strata_io::open_inputs(&args.inputs, ReadOptions::default()).map_err(usage)?;
    let opts = RunOptions {
        jobs: args.jobs,
        batch_bytes: args.batch_bytes,
        timed: true,
        ..RunOptions::default()
    };
    let repeat = args.repeat.max(1);
    let runs = (0..args.runs.max(1))
        .map(|_| measure(&pipeline, &args, &opts, repeat))
        .collect::<Result<Vec<_>, _>>()?;
    let r = report(&pipeline, opts.threads(), &runs, &groups);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&r).map_err(runtime)?);
    } else {
        print!("{}", table(&r));
    }
    Ok(ExitCode::SUCCESS)
}
