//! Running a pipeline over a stream of documents, in parallel, in input order.

use std::collections::VecDeque;
use std::sync::mpsc;

use rayon::prelude::*;
use strata_core::Document;
use thiserror::Error;

use crate::pipeline::{Pipeline, RunError, StepTimes};

/// How [`Pipeline::run_many`] runs.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Worker threads; `0` means one per core. With `1` everything (reading, annotating,
    /// writing) runs on the calling thread.
    pub jobs: usize,
    /// A chunk is handed to the workers once it holds this many documents...
    pub chunk_docs: usize,
    /// ...or this many bytes of text, whichever comes first.
    pub chunk_bytes: usize,
    /// Within a chunk, documents are annotated in batches of about this many bytes of text,
    /// step by step (see [`Pipeline::run_batch`]); `0` annotates one document at a time.
    /// Keep it well under `chunk_bytes / jobs` so every worker gets batches.
    pub batch_bytes: usize,
    /// Measure the time of each step (for `strata bench`).
    pub timed: bool,
}

impl Default for RunOptions {
    fn default() -> RunOptions {
        RunOptions {
            jobs: 0,
            chunk_docs: 256,
            chunk_bytes: 1 << 20,
            batch_bytes: BATCH_BYTES,
            timed: false,
        }
    }
}

impl RunOptions {
    /// The number of worker threads these options ask for.
    pub fn threads(&self) -> usize {
        if self.jobs == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            self.jobs
        }
    }
}

/// The default [`RunOptions::batch_bytes`]: measured on the default news pipeline
/// (`strata bench`), see ARCHITECTURE.md.
pub const BATCH_BYTES: usize = 256 << 10;

/// What became of one input item.
#[derive(Debug)]
pub enum Outcome<E> {
    /// Every step ran.
    Done(Document),
    /// A step failed or panicked; `doc` holds what earlier steps produced (and the id and
    /// meta of the input), `error` says which step and why.
    Failed { doc: Document, error: RunError },
    /// The reader could not produce a document (invalid UTF-8, bad JSON line...).
    Unreadable(E),
}

/// Counts and times of a run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStats {
    /// Documents every step ran on.
    pub done: u64,
    /// Documents a step failed on.
    pub failed: u64,
    /// Input items the reader could not turn into documents.
    pub unreadable: u64,
    /// Bytes of text of the documents read.
    pub bytes: u64,
    /// Per-step times summed over documents (and threads); empty unless
    /// [`RunOptions::timed`].
    pub times: StepTimes,
}

impl RunStats {
    /// Inputs that did not yield a fully annotated document.
    pub fn errors(&self) -> u64 {
        self.failed + self.unreadable
    }
}

/// Why a run stopped before the end of its input.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum RunManyError<S> {
    #[error("cannot start {jobs} worker threads: {source}")]
    Pool {
        jobs: usize,
        #[source]
        source: rayon::ThreadPoolBuildError,
    },
    /// The sink (usually the output writer) failed.
    #[error(transparent)]
    Sink(S),
}

/// Chunks in the workers at once: one being annotated while the calling thread writes the
/// previous one and reads the next.
const IN_FLIGHT: usize = 2;

enum Kind {
    Done,
    Failed,
    Unreadable,
}

struct Processed<T> {
    out: T,
    kind: Kind,
    bytes: u64,
    times: Option<StepTimes>,
}

impl Pipeline {
    /// Annotates a stream of documents and hands each result, in input order, to `sink`.
    ///
    /// `map` turns each [`Outcome`] into what the sink wants (usually serialised output);
    /// it runs on the worker threads, so formatting is parallel too. `sink` runs on the
    /// calling thread. The input is read in chunks (see [`RunOptions`]) and at most a few
    /// chunks are held at once, so memory stays bounded however long the stream is. A
    /// document whose step fails or panics becomes [`Outcome::Failed`] and the run goes on.
    pub fn run_many<E, I, T, F, S, SE>(
        &self,
        inputs: I,
        opts: &RunOptions,
        map: F,
        mut sink: S,
    ) -> Result<RunStats, RunManyError<SE>>
    where
        I: IntoIterator<Item = Result<Document, E>>,
        E: Send,
        T: Send,
        F: Fn(Outcome<E>) -> T + Sync,
        S: FnMut(T) -> Result<(), SE>,
    {
        let mut stats = RunStats {
            times: if opts.timed {
                StepTimes::new(self.steps().len())
            } else {
                StepTimes::default()
            },
            ..RunStats::default()
        };
        let steps = self.steps().len();
        let process = |items: Vec<Result<Document, E>>| -> Vec<Processed<T>> {
            // The documents go through the pipeline together; `slots` keeps each input's
            // place (`None` for a document, the reader's error otherwise).
            let mut docs = Vec::with_capacity(items.len());
            let slots: Vec<Option<E>> = items
                .into_iter()
                .map(|item| item.map(|doc| docs.push(doc)).err())
                .collect();
            let mut times = opts.timed.then(|| StepTimes::new(steps));
            let results = self.run_batch(&mut docs, times.as_mut());
            let mut annotated = docs.into_iter().zip(results);
            let mut out: Vec<Processed<T>> = slots
                .into_iter()
                .map(|slot| match slot {
                    None => {
                        let (doc, result) = annotated.next().expect("a document per empty slot");
                        let bytes = doc.text().len() as u64;
                        let (kind, outcome) = match result {
                            Ok(()) => (Kind::Done, Outcome::Done(doc)),
                            Err(error) => (Kind::Failed, Outcome::Failed { doc, error }),
                        };
                        Processed {
                            out: map(outcome),
                            kind,
                            bytes,
                            times: None,
                        }
                    }
                    Some(e) => Processed {
                        out: map(Outcome::Unreadable(e)),
                        kind: Kind::Unreadable,
                        bytes: 0,
                        times: None,
                    },
                })
                .collect();
            if let Some(first) = out.first_mut() {
                first.times = times;
            }
            out
        };
        let mut emit = |p: Processed<T>, stats: &mut RunStats| -> Result<(), SE> {
            match p.kind {
                Kind::Done => stats.done += 1,
                Kind::Failed => stats.failed += 1,
                Kind::Unreadable => stats.unreadable += 1,
            }
            stats.bytes += p.bytes;
            if let Some(t) = &p.times {
                stats.times.add(t);
            }
            sink(p.out)
        };

        let threads = opts.threads();
        let mut iter = inputs.into_iter();
        if threads <= 1 {
            loop {
                let batch = next_chunk(&mut iter, usize::MAX, opts.batch_bytes);
                if batch.is_empty() {
                    return Ok(stats);
                }
                for p in process(batch) {
                    emit(p, &mut stats).map_err(RunManyError::Sink)?;
                }
            }
        }

        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("strata-worker-{i}"))
            .build()
            .map_err(|source| RunManyError::Pool {
                jobs: threads,
                source,
            })?;
        let process = &process;
        // Every worker needs batches: at most half a chunk's share per thread each.
        let batch_bytes = opts.batch_bytes.min(opts.chunk_bytes / (2 * threads));
        pool.in_place_scope(|scope| -> Result<(), RunManyError<SE>> {
            let mut in_flight: VecDeque<mpsc::Receiver<Vec<Processed<T>>>> = VecDeque::new();
            loop {
                let chunk = next_chunk(&mut iter, opts.chunk_docs, opts.chunk_bytes);
                let exhausted = chunk.is_empty();
                if !exhausted {
                    let (tx, rx) = mpsc::sync_channel(1);
                    scope.spawn(move |_| {
                        let out: Vec<Processed<T>> = batches(chunk, batch_bytes)
                            .into_par_iter()
                            .flat_map_iter(process)
                            .collect();
                        // The receiver is gone only when the sink failed; nothing to do.
                        let _ = tx.send(out);
                    });
                    in_flight.push_back(rx);
                }
                while in_flight.len() >= IN_FLIGHT || (exhausted && !in_flight.is_empty()) {
                    let rx = in_flight.pop_front().expect("checked non-empty");
                    // A closed channel means the chunk's task panicked (in `map`); the
                    // scope re-raises that panic when it ends.
                    let Ok(out) = rx.recv() else {
                        return Ok(());
                    };
                    for p in out {
                        emit(p, &mut stats).map_err(RunManyError::Sink)?;
                    }
                }
                if exhausted {
                    return Ok(());
                }
            }
        })?;
        Ok(stats)
    }
}

/// Takes items until the chunk is full by count or by bytes of text (at least one item,
/// unless the input is exhausted).
fn next_chunk<E>(
    iter: &mut impl Iterator<Item = Result<Document, E>>,
    max_docs: usize,
    max_bytes: usize,
) -> Vec<Result<Document, E>> {
    let max_docs = max_docs.max(1);
    let mut chunk = Vec::new();
    let mut bytes = 0usize;
    while chunk.len() < max_docs && (chunk.is_empty() || bytes < max_bytes) {
        let Some(item) = iter.next() else { break };
        if let Ok(doc) = &item {
            bytes += doc.text().len();
        }
        chunk.push(item);
    }
    chunk
}

/// Splits a chunk into batches of about `max_bytes` of text each, in order.
fn batches<E>(chunk: Vec<Result<Document, E>>, max_bytes: usize) -> Vec<Vec<Result<Document, E>>> {
    let mut iter = chunk.into_iter();
    let mut out = Vec::new();
    loop {
        let batch = next_chunk(&mut iter, usize::MAX, max_bytes);
        if batch.is_empty() {
            return out;
        }
        out.push(batch);
    }
}
