//! `strata eval`: score a pipeline, or an existing prediction file, against gold JSONL.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use strata_core::Document;
use strata_eval::{EvalOptions, GoldDoc, evaluate, parse_layers, read_gold};
use strata_io::{OffsetMap, OffsetUnit};
use strata_pipeline::{Outcome, RunOptions};

use crate::common::{CliError, load_pipeline, runtime, usage};

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold file in the format of data/eval/README.md (code-point offsets).
    #[arg(long, value_name = "FILE")]
    pub gold: PathBuf,
    /// Pipeline config to evaluate; the embedded default news pipeline if absent.
    #[arg(long, short, value_name = "FILE", conflicts_with = "pred")]
    pub pipeline: Option<PathBuf>,
    /// Score this prediction file (gold format) instead of running a pipeline.
    #[arg(long, value_name = "FILE")]
    pub pred: Option<PathBuf>,
    /// Comma-separated layers to score (tokens, sentences, entities, quotes, sentiment,
    /// targets); every layer the gold has if absent.
    #[arg(long, value_name = "LIST")]
    pub layers: Option<String>,
    /// Ignore predicted entity labels that never occur in the gold file.
    #[arg(long)]
    pub ignore_labels: bool,
    /// Score nested gold entity mentions instead of treating them as "don't care".
    #[arg(long)]
    pub keep_nested: bool,
    /// Score only direct quotes.
    #[arg(long)]
    pub quotes_direct_only: bool,
    /// Judge quote speakers by their mention (overlap with the gold mention, or the same
    /// surface name), as for a gold set without canonical speaker names.
    #[arg(long)]
    pub speakers_by_mention: bool,
    /// Print the report as JSON (the reference scorer's keys).
    #[arg(long)]
    pub json: bool,
    /// Worker threads (0 = one per core).
    #[arg(long, short, default_value_t = 0, value_name = "N")]
    pub jobs: usize,
}

/// The document to annotate for a gold record: its text, and its targets as input spans.
fn gold_input(g: &GoldDoc) -> Option<Document> {
    let text = g.text.as_ref()?;
    let mut doc = Document::new(g.id.clone(), text.clone());
    if let Some(targets) = &g.targets {
        let map = OffsetMap::new(text);
        let spans = targets
            .iter()
            .filter_map(|t| {
                let s = map.to_byte(usize::try_from(t.start?).ok()?, OffsetUnit::Char)?;
                let e = map.to_byte(usize::try_from(t.end?).ok()?, OffsetUnit::Char)?;
                doc.span(s, e).ok()
            })
            .collect();
        doc.targets = Some(spans);
    }
    Some(doc)
}

pub fn eval(args: EvalArgs) -> Result<ExitCode, CliError> {
    let layers = match &args.layers {
        Some(spec) => Some(parse_layers(spec).map_err(usage)?),
        None => None,
    };
    let opts = EvalOptions {
        layers,
        ignore_labels: args.ignore_labels,
        keep_nested: args.keep_nested,
        quotes_direct_only: args.quotes_direct_only,
        speakers_by_mention: args.speakers_by_mention,
        ..EvalOptions::default()
    };
    let gold = read_gold(&args.gold).map_err(usage)?;
    let mut failed = 0u64;
    let pred: Vec<GoldDoc> = match &args.pred {
        Some(path) => read_gold(path).map_err(usage)?,
        None => {
            let pipeline = load_pipeline(args.pipeline.as_deref())?;
            let no_text = gold.iter().filter(|g| g.text.is_none()).count();
            if no_text > 0 {
                eprintln!(
                    "strata: {no_text} gold documents have no text; they are scored as missing"
                );
            }
            let inputs = gold
                .iter()
                .filter_map(gold_input)
                .map(Ok::<_, std::convert::Infallible>);
            let run_opts = RunOptions {
                jobs: args.jobs,
                ..RunOptions::default()
            };
            let mut pred = Vec::with_capacity(gold.len());
            let to_pred = |o: Outcome<std::convert::Infallible>| match o {
                Outcome::Done(doc) => serde_json::from_value::<GoldDoc>(strata_io::to_gold(&doc))
                    .map_err(|e| format!("{}: cannot convert to the gold format: {e}", doc.id())),
                Outcome::Failed { doc, error } => Err(format!("{}: {error}", doc.id())),
                Outcome::Unreadable(never) => match never {},
            };
            pipeline
                .run_many(inputs, &run_opts, to_pred, |r| {
                    match r {
                        Ok(p) => pred.push(p),
                        Err(msg) => {
                            failed += 1;
                            eprintln!("strata: {msg} (scored as an empty prediction)");
                        }
                    }
                    Ok::<(), std::convert::Infallible>(())
                })
                .map_err(runtime)?;
            pred
        }
    };
    let mut report = evaluate(&gold, &pred, &opts);
    report.gold_file = Some(args.gold.display().to_string());
    report.pred_file = args.pred.as_ref().map(|p| p.display().to_string());
    if args.json {
        let text = serde_json::to_string_pretty(&report).map_err(runtime)?;
        println!("{text}");
    } else {
        print!("{report}");
    }
    if failed > 0 {
        eprintln!("strata: {failed} documents failed in the pipeline");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
