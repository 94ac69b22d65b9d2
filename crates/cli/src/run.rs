//! `strata run`: annotate inputs and write the results, in input order.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use strata_core::Document;
use strata_io::{DocWriter, ErrorRecord, Format, OffsetUnit, ReadOptions, Record};
use strata_pipeline::{Outcome, RunError, RunManyError, RunOptions};

use crate::common::{CliError, human_bytes, load_pipeline, runtime, usage};

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Text files, folders (read recursively, sorted), JSONL files, or `-` for JSONL on stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Pipeline config (TOML); the embedded default news pipeline if absent.
    #[arg(long, short, value_name = "FILE")]
    pub pipeline: Option<PathBuf>,
    /// Output format: jsonl, json, conllu, brat, html, spacy or gold.
    #[arg(long, short, default_value = "jsonl", value_name = "FORMAT")]
    pub format: Format,
    /// Offset unit of spans in the output (and of `targets` in input JSONL): byte, char
    /// (Unicode code points) or utf16.
    #[arg(long, default_value = "char", value_name = "UNIT")]
    pub offsets: OffsetUnit,
    /// Worker threads (0 = one per core). With 1, everything runs on one thread.
    #[arg(long, short, default_value_t = 0, value_name = "N")]
    pub jobs: usize,
    /// Annotate documents in batches of about this many bytes of text, one step at a time
    /// across the batch (faster: each plugin's tables stay in the CPU caches); 0 runs every
    /// step on one document before starting the next. The output is the same either way.
    #[arg(long, default_value_t = strata_pipeline::BATCH_BYTES, value_name = "BYTES")]
    pub batch_bytes: usize,
    /// Replace invalid UTF-8 with U+FFFD (and a diagnostic) instead of an error record.
    #[arg(long)]
    pub lossy: bool,
    /// Write the output to FILE instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// At most this many failed documents are described on stderr; the count is always given.
const ERRORS_SHOWN: u64 = 10;

/// The error record of a document a step failed on.
pub(crate) fn failed_record(doc: &Document, error: &RunError) -> ErrorRecord {
    ErrorRecord {
        id: doc.id().to_string(),
        source: doc.id().to_string(),
        message: error.to_string(),
    }
}

/// What a worker hands the writer for one input.
enum Prepared {
    /// Already formatted (line-per-document formats are formatted in parallel).
    Bytes {
        bytes: Vec<u8>,
        error: Option<ErrorRecord>,
    },
    /// To be written by the (stateful) format writer on the calling thread.
    Record(Box<Record>),
    /// A document of a line-per-document format too large to format in memory (see
    /// [`streamed`]): written by [`strata_io::write_line`] straight to the output.
    Large(Box<Record>),
}

/// Documents with more text than this, or more tokens than [`STREAM_TOKENS`], are not
/// formatted into a buffer on the worker but streamed to the output by the writing thread.
/// JSONL runs to about 20 bytes per byte of news text (far more on odd text: a million
/// quotation marks are a million tokens, stems and quotes), so a 100 MB document would
/// otherwise hold a 2 GB buffer beside its annotations.
const STREAM_BYTES: usize = 1 << 20;

/// See [`STREAM_BYTES`]: about 600 KB of news.
const STREAM_TOKENS: usize = 1 << 17;

/// True for a document to stream rather than format in memory.
fn streamed(doc: &Document) -> bool {
    doc.text().len() > STREAM_BYTES || doc.tokens.as_ref().is_some_and(|t| t.len() > STREAM_TOKENS)
}

/// Formats one record of a line-per-document format (see [`per_line`]) in memory.
fn format_one(format: Format, unit: OffsetUnit, record: &Record) -> io::Result<Vec<u8>> {
    // JSONL carries the text and every span: about 19 bytes per byte of text on news.
    let guess = match record {
        Record::Doc(d) if format == Format::Jsonl => (d.text().len() * 20).min(64 << 20) + 1024,
        Record::Doc(d) => (d.text().len() * 4).min(64 << 20) + 1024,
        Record::Error(_) => 256,
    };
    let mut out = Vec::with_capacity(guess);
    match strata_io::write_line(format, unit, record, &mut out) {
        Some(result) => result.map(|()| out),
        None => Err(io::Error::other(format!(
            "`{}` is not a line-per-document format",
            format.name()
        ))),
    }
}

/// Formats where each document is written on its own, independent of the others: these are
/// formatted by the workers. The others (a JSON array, numbered brat annotations, one
/// HTML page, CoNLL-U) are written in order by one writer.
fn per_line(format: Format) -> bool {
    matches!(format, Format::Jsonl | Format::Gold | Format::Spacy)
}

pub fn run(args: RunArgs) -> Result<ExitCode, CliError> {
    let pipeline = load_pipeline(args.pipeline.as_deref())?;
    let read_opts = ReadOptions {
        lossy: args.lossy,
        offsets: args.offsets,
    };
    let inputs = strata_io::open_inputs(&args.inputs, read_opts).map_err(usage)?;
    let out: Box<dyn Write + Send> = match &args.output {
        Some(p) => Box::new(File::create(p).map_err(|e| {
            usage(anyhow::anyhow!(
                "cannot create output `{}`: {e}",
                p.display()
            ))
        })?),
        None => Box::new(io::stdout()),
    };
    let format = args.format;
    let unit = args.offsets;
    let parallel_format = per_line(format);
    let mut raw = BufWriter::with_capacity(1 << 16, out);
    let mut writer: Option<Box<dyn DocWriter>> = None;
    if !parallel_format {
        let sink: Box<dyn Write + Send> = Box::new(std::mem::replace(
            &mut raw,
            BufWriter::new(Box::new(io::sink())),
        ));
        writer = Some(strata_io::writer(format, unit, sink));
    }

    let progress = progress_bar();
    let opts = RunOptions {
        jobs: args.jobs,
        batch_bytes: args.batch_bytes,
        ..RunOptions::default()
    };
    let records = inputs.map(|r| match r {
        Record::Doc(d) => Ok(d),
        Record::Error(e) => Err(e),
    });
    let prepare = |o: Outcome<ErrorRecord>| -> (Prepared, u64) {
        let (record, error, bytes) = match o {
            Outcome::Done(doc) => {
                let n = doc.text().len() as u64;
                (Record::Doc(doc), None, n)
            }
            Outcome::Failed { doc, error } => {
                let e = failed_record(&doc, &error);
                (Record::Error(e.clone()), Some(e), doc.text().len() as u64)
            }
            Outcome::Unreadable(e) => (Record::Error(e.clone()), Some(e), 0),
        };
        let large = matches!(&record, Record::Doc(d) if streamed(d));
        if parallel_format && large {
            (Prepared::Large(Box::new(record)), bytes)
        } else if parallel_format {
            match format_one(format, unit, &record) {
                Ok(b) => (Prepared::Bytes { bytes: b, error }, bytes),
                // Formatting into memory fails only on a bug in a writer; keep the input
                // as an error record rather than lose it.
                Err(e) => {
                    let rec = ErrorRecord {
                        id: match &record {
                            Record::Doc(d) => d.id().to_string(),
                            Record::Error(er) => er.id.clone(),
                        },
                        source: format.name().to_string(),
                        message: format!("cannot format the document: {e}"),
                    };
                    let b =
                        format_one(format, unit, &Record::Error(rec.clone())).unwrap_or_default();
                    (
                        Prepared::Bytes {
                            bytes: b,
                            error: Some(rec),
                        },
                        bytes,
                    )
                }
            }
        } else {
            (Prepared::Record(Box::new(record)), bytes)
        }
    };
    let mut shown = 0u64;
    let mut report = |e: &ErrorRecord, progress: &Option<ProgressBar>| {
        shown += 1;
        if shown <= ERRORS_SHOWN {
            let line = format!("strata: {}: {}", e.id, e.message_with_source());
            match progress {
                Some(p) => p.println(line),
                None => eprintln!("{line}"),
            }
        }
    };
    let mut read_bytes = 0u64;
    let sink = |(p, bytes): (Prepared, u64)| -> io::Result<()> {
        read_bytes += bytes;
        if let Some(pb) = &progress {
            pb.inc(1);
            if pb.position() % 64 == 1 {
                let secs = pb.elapsed().as_secs_f64().max(1e-3);
                pb.set_message(format!(
                    "{}, {:.0} documents/s",
                    human_bytes(read_bytes),
                    pb.position() as f64 / secs
                ));
            }
        }
        match p {
            Prepared::Bytes { bytes, error } => {
                if let Some(e) = &error {
                    report(e, &progress);
                }
                raw.write_all(&bytes)
            }
            Prepared::Large(record) => strata_io::write_line(format, unit, &record, &mut raw)
                .unwrap_or_else(|| {
                    Err(io::Error::other(format!(
                        "`{}` is not a line-per-document format",
                        format.name()
                    )))
                }),
            Prepared::Record(record) => match *record {
                Record::Doc(d) => writer.as_mut().expect("writer exists").write_doc(&d),
                Record::Error(e) => {
                    report(&e, &progress);
                    writer.as_mut().expect("writer exists").write_error(&e)
                }
            },
        }
    };
    let result = pipeline.run_many(records, &opts, prepare, sink);
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    let stats = match result {
        Ok(s) => s,
        Err(RunManyError::Sink(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
            return Ok(ExitCode::SUCCESS);
        }
        Err(RunManyError::Sink(e)) => {
            return Err(runtime(anyhow::anyhow!("cannot write the output: {e}")));
        }
        Err(e) => return Err(runtime(e)),
    };
    let finished = match writer.as_mut() {
        Some(w) => w.finish(),
        None => raw.flush(),
    };
    match finished {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        Err(e) => return Err(runtime(anyhow::anyhow!("cannot write the output: {e}"))),
        Ok(()) => {}
    }
    let total = stats.done + stats.errors();
    if total == 0 {
        eprintln!("strata: warning: the input holds no documents");
    }
    if stats.errors() > 0 {
        eprintln!(
            "strata: {} of {} documents failed ({} unreadable, {} failed in a step){}",
            stats.errors(),
            total,
            stats.unreadable,
            stats.failed,
            if format.records_errors() {
                "; their error records are in the output"
            } else {
                ""
            }
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

trait SourceMessage {
    fn message_with_source(&self) -> String;
}

impl SourceMessage for ErrorRecord {
    /// `file: message`, without repeating the id as the source.
    fn message_with_source(&self) -> String {
        if self.source == self.id {
            self.message.clone()
        } else {
            format!("{}: {}", self.source, self.message)
        }
    }
}

/// A spinner with counts on stderr, only when stderr is a terminal.
fn progress_bar() -> Option<ProgressBar> {
    if !io::stderr().is_terminal() {
        return None;
    }
    let pb = ProgressBar::new_spinner();
    pb.set_style(
        ProgressStyle::with_template("{spinner} {human_pos} documents, {msg}, {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    pb.enable_steady_tick(Duration::from_millis(120));
    Some(pb)
}
