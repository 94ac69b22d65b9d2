//! Training: an averaged perceptron over greedy BILOU decoding, with model selection on
//! dev data.
//!
//! Each epoch visits the training sentences in an order shuffled by a fixed-seed
//! generator, decodes each sentence greedily with the current weights (previous tags are
//! the model's own predictions, as at tagging time), and on every wrong tag adds the
//! token's features to the gold tag's weights and subtracts them from the predicted tag's.
//! The averaged weights (the mean of the weights after every token, computed with the
//! usual running-sum trick) are scored on the selection data after each epoch, and the
//! best epoch is kept, quantised to 16-bit integers and pruned of near-zero weights.
//!
//! Selection data is the `--dev` files plus every `holdout_every`-th training document,
//! which is then not trained on. Features seen fewer than `min_count` times in the
//! training data are never created (a simple, effective regulariser for rare words).
//! Nothing depends on hash-map iteration order, so training twice gives identical bytes.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::features::{self, SentenceInfo};
use crate::gold::{self, Sent, TYPES};
use crate::labels::IdHasher;
use crate::model::{self, B, I, L, Model, O, Table, U, best_tag, spans_of, tag};

/// Why training failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TrainError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Parse {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("no training data: {0}")]
    NoData(String),
}

/// Training settings. The defaults are what the shipped model was trained with.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Maximum number of passes over the training data; the best one on the selection
    /// data is kept.
    pub epochs: usize,
    /// Seed of the shuffling generator.
    pub seed: u64,
    /// Every n-th training document is held out for model selection (0: none).
    pub holdout_every: usize,
    /// Features seen fewer times than this in the training data are not used.
    pub min_count: u32,
    /// Skip training documents marked `meta.noncommercial` (some GUM genres are
    /// CC BY-NC-SA), so the model can ship under the project's licence.
    pub skip_noncommercial: bool,
    /// Weights whose magnitude is below this fraction of the largest weight are dropped.
    pub prune: f32,
    /// Number of runs with consecutive seeds whose weights are averaged.
    pub runs: usize,
    /// Print per-epoch figures to stderr.
    pub verbose: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            seed: 7,
            holdout_every: 10,
            min_count: 1,
            skip_noncommercial: true,
            prune: 0.0,
            runs: 4,
            verbose: true,
        }
    }
}

type IdMap<V> = HashMap<u32, V, BuildHasherDefault<IdHasher>>;

/// A sentence prepared for training: per-word tables, cached static features of each
/// candidate word, and gold tags.
struct Prepared {
    info: SentenceInfo,
    feats: Vec<Vec<u32>>,
    gold: Vec<u8>,
    names: Vec<(usize, usize, usize)>,
}

fn gold_tags(sent: &Sent, info: &SentenceInfo) -> Vec<u8> {
    let n = sent.words.len();
    let mut tags = vec![O; n];
    for &(s, e, ty) in &sent.names {
        // Only candidate words can be tagged; a name is cut to its candidate runs.
        let mut i = s;
        while i < e {
            if !info.is_candidate(i) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < e && info.is_candidate(j) {
                j += 1;
            }
            // Connectors neither begin nor end a name.
            let next = j;
            while i < j && info.is_connector(i) {
                i += 1;
            }
            while j > i && info.is_connector(j - 1) {
                j -= 1;
            }
            if i == j {
                i = next;
                continue;
            }
            if j - i == 1 {
                tags[i] = tag(ty, U);
            } else {
                tags[i] = tag(ty, B);
                for t in &mut tags[i + 1..j - 1] {
                    *t = tag(ty, I);
                }
                tags[j - 1] = tag(ty, L);
            }
            i = next;
        }
    }
    tags
}

fn prepare(sent: &Sent, allowed: Option<&IdMap<u32>>, min_count: u32) -> Prepared {
    let words: Vec<&str> = sent.words.iter().map(String::as_str).collect();
    let mut info = SentenceInfo::default();
    info.fill(&words);
    let gold = gold_tags(sent, &info);
    let mut feats = Vec::with_capacity(words.len());
    let mut buf = Vec::new();
    for i in 0..words.len() {
        if info.is_candidate(i) {
            buf.clear();
            features::static_features(&words, &info, i, &mut buf);
            if let Some(a) = allowed {
                buf.retain(|f| a.get(f).is_some_and(|&c| c >= min_count));
            }
            feats.push(buf.clone());
        } else {
            feats.push(Vec::new());
        }
    }
    Prepared {
        info,
        feats,
        gold,
        names: sent.names.clone(),
    }
}

/// Perceptron weights with running sums for averaging.
struct Weights {
    nt: usize,
    index: IdMap<u32>,
    w: Vec<f32>,
    /// Sum over updates of `step * delta`; the average is `w - u / step`.
    u: Vec<f64>,
    step: u64,
}

impl Weights {
    fn row(&self, f: u32) -> Option<usize> {
        self.index.get(&f).map(|&r| r as usize * self.nt)
    }

    fn row_or_new(&mut self, f: u32) -> usize {
        let next = self.index.len() as u32;
        let r = *self.index.entry(f).or_insert(next);
        if r == next {
            self.w.resize(self.w.len() + self.nt, 0.0);
            self.u.resize(self.u.len() + self.nt, 0.0);
        }
        r as usize * self.nt
    }

    fn score(&self, feats: &[u32], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for &f in feats {
            if let Some(r) = self.row(f) {
                for (s, w) in scores.iter_mut().zip(&self.w[r..r + self.nt]) {
                    *s += w;
                }
            }
        }
    }

    fn update(&mut self, feats: &[u32], good: u8, bad: u8) {
        let step = self.step as f64;
        for &f in feats {
            let r = self.row_or_new(f);
            self.w[r + good as usize] += 1.0;
            self.u[r + good as usize] += step;
            self.w[r + bad as usize] -= 1.0;
            self.u[r + bad as usize] -= step;
        }
    }

    fn averaged(&self) -> Vec<f32> {
        let step = self.step.max(1) as f64;
        self.w
            .iter()
            .zip(&self.u)
            .map(|(&w, &u)| (w as f64 - u / step) as f32)
            .collect()
    }
}

/// Greedy decoding of a prepared sentence with a scoring function; returns the tags.
fn decode(p: &Prepared, nt: usize, mut score: impl FnMut(&[u32], &mut [f32])) -> Vec<u8> {
    let n = p.gold.len();
    let mut tags = Vec::with_capacity(n);
    let mut scores = vec![0f32; nt];
    let mut feats = Vec::new();
    let (mut prev, mut prev2) = (O, O);
    for i in 0..n {
        let t = if p.info.is_candidate(i) {
            feats.clear();
            feats.extend_from_slice(&p.feats[i]);
            features::tag_features(&p.info, i, prev, prev2, &mut feats);
            score(&feats, &mut scores);
            let next_cand = i + 1 < n && p.info.is_candidate(i + 1);
            best_tag(&scores, prev, next_cand, p.info.is_connector(i))
        } else {
            O
        };
        tags.push(t);
        prev2 = prev;
        prev = t;
    }
    tags
}

/// Precision/recall counts of names on a set of sentences, counting only the types the
/// data annotates.
#[derive(Default, Clone, Copy)]
struct Prf {
    tp: usize,
    pred: usize,
    gold: usize,
}

impl Prf {
    fn f1(&self) -> f64 {
        if self.tp == 0 {
            return 0.0;
        }
        let p = self.tp as f64 / self.pred as f64;
        let r = self.tp as f64 / self.gold as f64;
        2.0 * p * r / (p + r)
    }
    fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.pred += o.pred;
        self.gold += o.gold;
    }
}

struct EvalSet {
    name: String,
    sents: Vec<Prepared>,
    annotated: [bool; 4],
}

fn evaluate(set: &EvalSet, nt: usize, score: &mut impl FnMut(&[u32], &mut [f32])) -> Prf {
    let mut prf = Prf::default();
    let mut spans = Vec::new();
    for p in &set.sents {
        let tags = decode(p, nt, &mut *score);
        spans.clear();
        spans_of(&tags, &mut spans);
        spans.retain(|s| set.annotated[s.2]);
        prf.pred += spans.len();
        prf.gold += p.names.len();
        prf.tp += spans.iter().filter(|s| p.names.contains(s)).count();
    }
    prf
}

struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

fn file_name(p: &Path) -> String {
    p.parent()
        .and_then(|d| d.file_name())
        .map(|d| format!("{}/", d.to_string_lossy()))
        .unwrap_or_default()
        + &p.file_name().unwrap_or_default().to_string_lossy()
}

/// A scoring function over averaged weights `avg` indexed by `index`.
fn scorer<'a>(
    index: &'a IdMap<u32>,
    avg: &'a [f32],
    nt: usize,
) -> impl FnMut(&[u32], &mut [f32]) + 'a {
    move |feats: &[u32], scores: &mut [f32]| {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in feats {
            if let Some(&r) = index.get(f) {
                let r = r as usize * nt;
                if let Some(row) = avg.get(r..r + nt) {
                    for (s, w) in scores.iter_mut().zip(row) {
                        *s += w;
                    }
                }
            }
        }
    }
}

/// One training run: epochs over the shuffled sentences; returns the best epoch's
/// selection F1, number, feature index and averaged weights.
fn run_epochs(
    prepared: &[Prepared],
    sets: &[EvalSet],
    counts: &IdMap<u32>,
    opts: &TrainOptions,
    seed: u64,
    log: &impl Fn(String),
) -> (f64, usize, IdMap<u32>, Vec<f32>) {
    let nt = 1 + 4 * TYPES.len();
    let min_count = opts.min_count;
    let mut wts = Weights {
        nt,
        index: IdMap::default(),
        w: Vec::new(),
        u: Vec::new(),
        step: 0,
    };
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut rng = SplitMix(seed);
    let mut best: Option<(f64, usize, Vec<f32>)> = None;
    let mut scores = vec![0f32; nt];
    let mut feats = Vec::new();
    for epoch in 1..=opts.epochs.max(1) {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let (mut errors, mut seen) = (0usize, 0usize);
        for &si in &order {
            let p = &prepared[si];
            // Decode with the current weights, updating on each error.
            let n = p.gold.len();
            let (mut prev, mut prev2) = (O, O);
            for i in 0..n {
                let t = if p.info.is_candidate(i) {
                    feats.clear();
                    feats.extend_from_slice(&p.feats[i]);
                    features::tag_features(&p.info, i, prev, prev2, &mut feats);
                    feats.retain(|f| counts.get(f).is_some_and(|&c| c >= min_count));
                    wts.score(&feats, &mut scores);
                    let next_cand = i + 1 < n && p.info.is_candidate(i + 1);
                    let t = best_tag(&scores, prev, next_cand, p.info.is_connector(i));
                    wts.step += 1;
                    seen += 1;
                    if t != p.gold[i] {
                        errors += 1;
                        wts.update(&feats, p.gold[i], t);
                    }
                    t
                } else {
                    O
                };
                prev2 = prev;
                prev = t;
            }
        }
        let avg = wts.averaged();
        let mut total = Prf::default();
        let mut parts = Vec::new();
        for set in sets {
            let prf = evaluate(set, nt, &mut scorer(&wts.index, &avg, nt));
            parts.push(format!("{} {:.4}", set.name, prf.f1()));
            total.add(prf);
        }
        let f1 = total.f1();
        log(format!(
            "seed {seed} epoch {epoch}: train word error {:.4}; selection F1 {:.4} ({})",
            errors as f64 / seen.max(1) as f64,
            f1,
            parts.join(", ")
        ));
        if best.as_ref().is_none_or(|b| f1 > b.0) || sets.is_empty() {
            best = Some((f1, epoch, avg));
        }
    }
    let (f1, epoch, avg) = best.unwrap_or((0.0, 0, Vec::new()));
    (f1, epoch, wts.index, avg)
}

/// Trains a model on gold JSONL files, selecting the epoch on `dev` plus a held-out slice
/// of the training documents. Deterministic for given files and options.
pub fn train(train: &[PathBuf], dev: &[PathBuf], opts: &TrainOptions) -> Result<Model, TrainError> {
    let started = Instant::now();
    let log = |msg: String| {
        if opts.verbose {
            eprintln!("{msg}");
        }
    };
    let nt = 1 + 4 * TYPES.len();
    // Read; split off the held-out slice.
    let mut train_sents: Vec<Sent> = Vec::new();
    let mut holdout: Vec<Sent> = Vec::new();
    let mut holdout_annot = [false; 4];
    let (mut n_docs, mut n_skipped) = (0, 0);
    for path in train {
        let f = gold::read(path)?;
        for (i, doc) in f.docs.into_iter().enumerate() {
            if opts.skip_noncommercial && doc.noncommercial {
                n_skipped += 1;
                continue;
            }
            n_docs += 1;
            if opts.holdout_every > 0 && i % opts.holdout_every == opts.holdout_every - 1 {
                holdout.extend(doc.sents);
                for (a, b) in holdout_annot.iter_mut().zip(f.annotated) {
                    *a |= b;
                }
            } else {
                train_sents.extend(doc.sents);
            }
        }
    }
    if train_sents.is_empty() {
        return Err(TrainError::NoData(
            "the training files hold no sentences".into(),
        ));
    }
    log(format!(
        "train: {} documents ({} non-commercial skipped), {} sentences; held out: {} sentences",
        n_docs,
        n_skipped,
        train_sents.len(),
        holdout.len()
    ));

    // Feature counts (gold previous tags), for the frequency cut-off.
    let mut counts: IdMap<u32> = IdMap::default();
    let mut prepared: Vec<Prepared> = Vec::with_capacity(train_sents.len());
    for s in &train_sents {
        let p = prepare(s, None, 0);
        let mut buf = Vec::new();
        for i in 0..p.gold.len() {
            if p.info.is_candidate(i) {
                buf.clear();
                buf.extend_from_slice(&p.feats[i]);
                let prev = if i > 0 { p.gold[i - 1] } else { O };
                let prev2 = if i > 1 { p.gold[i - 2] } else { O };
                features::tag_features(&p.info, i, prev, prev2, &mut buf);
                for &f in &buf {
                    *counts.entry(f).or_default() += 1;
                }
            }
        }
        prepared.push(p);
    }
    let min_count = opts.min_count;
    for p in &mut prepared {
        for f in &mut p.feats {
            f.retain(|f| counts.get(f).is_some_and(|&c| c >= min_count));
        }
    }
    let mut sets = Vec::new();
    for path in dev {
        let f = gold::read(path)?;
        sets.push(EvalSet {
            name: file_name(path),
            sents: f
                .docs
                .iter()
                .flat_map(|d| &d.sents)
                .map(|s| prepare(s, Some(&counts), min_count))
                .collect(),
            annotated: f.annotated,
        });
    }
    if !holdout.is_empty() {
        sets.push(EvalSet {
            name: "held-out training docs".into(),
            sents: holdout
                .iter()
                .map(|s| prepare(s, Some(&counts), min_count))
                .collect(),
            annotated: holdout_annot,
        });
    }
    let n_cand: usize = prepared
        .iter()
        .map(|p| {
            (0..p.gold.len())
                .filter(|&i| p.info.is_candidate(i))
                .count()
        })
        .sum();
    log(format!(
        "features: {} distinct, {} seen at least {} times; {} candidate words",
        counts.len(),
        counts.values().filter(|&&c| c >= min_count).count(),
        min_count,
        n_cand
    ));

    // Several runs with different shuffles, their kept weights averaged: the mean of
    // perceptrons is a steadier model than any one of them (one run's dev score moves by
    // points with the seed).
    let runs = opts.runs.max(1);
    let mut sum: IdMap<Vec<f32>> = IdMap::default();
    let mut kept = Vec::new();
    for run in 0..runs {
        let seed = opts.seed.wrapping_add(run as u64);
        let (f1, epoch, index, avg) = run_epochs(&prepared, &sets, &counts, opts, seed, &log);
        kept.push(format!("run {}: epoch {epoch} ({f1:.4})", run + 1));
        let mut keyed: Vec<(u32, usize)> = index.iter().map(|(&k, &r)| (k, r as usize)).collect();
        keyed.sort_unstable();
        for (k, r) in keyed {
            // Features created after the kept epoch have no averaged weights.
            let Some(row) = avg.get(r * nt..(r + 1) * nt) else {
                continue;
            };
            let acc = sum.entry(k).or_insert_with(|| vec![0.0; nt]);
            for (a, &w) in acc.iter_mut().zip(row) {
                *a += w / runs as f32;
            }
        }
    }
    // Frequent features first: their rows then share cache lines when tagging.
    let mut keyed: Vec<(u32, Vec<f32>)> = sum.into_iter().collect();
    keyed.sort_unstable_by_key(|e| {
        (
            std::cmp::Reverse(counts.get(&e.0).copied().unwrap_or(0)),
            e.0,
        )
    });
    // Score the combined model on the selection data.
    let index: IdMap<u32> = keyed
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (*k, i as u32))
        .collect();
    let flat: Vec<f32> = keyed.iter().flat_map(|(_, r)| r.iter().copied()).collect();
    let mut total = Prf::default();
    let mut parts = Vec::new();
    for set in &sets {
        let prf = evaluate(set, nt, &mut scorer(&index, &flat, nt));
        parts.push(format!("{} {:.4}", set.name, prf.f1()));
        total.add(prf);
    }
    let f1 = total.f1();
    let report = format!(
        "{}; mean of {runs} runs: selection F1 {f1:.4} ({})",
        kept.join(", "),
        parts.join(", ")
    );
    log(report.clone());
    // Quantise and prune: scale so the largest weight is 127 << 7, then 8 bits per row.
    let max = flat.iter().fold(0f32, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 {
        (127u32 << 7) as f32 / max
    } else {
        1.0
    };
    let threshold = opts.prune * max;
    let mut keys = Vec::new();
    let mut row_of = Vec::new();
    let mut rows = Vec::new();
    let mut scaled = vec![0f32; nt];
    for (k, row) in &keyed {
        if row.iter().all(|w| w.abs() <= threshold) {
            continue;
        }
        for (s, &w) in scaled.iter_mut().zip(row) {
            *s = if w.abs() <= threshold { 0.0 } else { w * scale };
        }
        let at = rows.len();
        model::quantise_row(&scaled, &mut rows);
        if rows[at + 1..].iter().all(|&q| q == 0) {
            rows.truncate(at);
            continue;
        }
        keys.push(*k);
        row_of.push((at / (nt + 1)) as u32);
    }
    // Features whose weights all stay small hardly change a decision but cost cache space.
    let (keys, row_of, rows) = model::prune(nt, &keys, &row_of, &rows, model::PRUNE_BELOW);
    let info = format!(
        "strata-tagger averaged perceptron; types {}; trained on {} ({} sentences) \
         for up to {} epochs; {}; {} of {} features kept",
        TYPES.join("/"),
        train
            .iter()
            .map(|p| file_name(p))
            .collect::<Vec<_>>()
            .join(" "),
        train_sents.len(),
        opts.epochs,
        report,
        keys.len(),
        keyed.len()
    );
    log(format!(
        "{} of {} features kept; {:.1}s",
        keys.len(),
        keyed.len(),
        started.elapsed().as_secs_f64()
    ));
    Ok(Model::new(
        TYPES.iter().map(|t| t.to_string()).collect(),
        Table::new(nt, &keys, &row_of, rows),
        info,
    ))
}
