//! # strata-eval: scoring predictions against gold annotations
//!
//! Accuracy in Strata is measured, not claimed, and this crate is the measuring tape. It
//! reads the project's gold format (one JSON document per line, every layer optional,
//! offsets in Unicode code points with exclusive ends) into [`GoldDoc`]s, pairs predicted
//! documents with gold ones by id, and returns a [`Report`]: tokens and sentences (exact
//! spans, sentence-end boundaries, documents entirely right), entities (exact, span-only,
//! overlapping and head matches, on fine and coarse labels, per label), quotes (exact and
//! lenient detection by kind, speaker accuracy, attributed quotes), document sentiment
//! (Pearson, Spearman, sign agreement) and targeted sentiment (accuracy, macro-F1).
//!
//! The numbers must be comparable with those of the independent Python scorer the peers
//! were measured with (`shared/score/score.py`), so its documented semantics are the
//! specification here, down to the details that move figures: gold labels written `A|B`
//! accept either; nested gold mentions are "don't care" unless asked otherwise; matching is
//! one-to-one and greedy by overlap with ties broken by position in the lists; a missing
//! prediction is an empty one. The tests hold the two to the same numbers on perturbed gold
//! files (stored fixtures, plus a live comparison when Python is at hand).
//!
//! Main types: [`GoldDoc`] and [`read_gold`] for input, [`EvalOptions`] for the switches,
//! [`evaluate`] for the work, [`Report`] (serialisable with the reference scorer's key
//! names, and displayable as a table) for the result. Turning a pipeline's annotated
//! `Document` into a prediction is the output edge's job (`strata_io::to_gold`), so there
//! is one converter from byte spans to the gold format, not two.
//!
//! **Design notes.** Offsets stay in code points here: this crate sits at the output edge,
//! where the gold format lives, so it never touches byte [`strata_core::Span`]s; callers
//! that hold byte offsets convert them first (or set [`PredOffsets::Utf8`]). Matching is
//! the only step that pairs items, and it only considers predictions whose spans touch a
//! gold span (found by binary search), so scoring stays near-linear on long documents
//! instead of trying every pair. Input that the reference would reject outright (a
//! non-integer offset in a prediction) makes that item unscorable, never a panic.

mod casefold_table;
mod gold;
mod metrics;
mod report;
mod score;
mod text;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

pub use gold::{
    EvalError, GoldDoc, GoldEntity, GoldQuote, GoldSentiment, GoldTarget, Offsets, read_gold,
};
pub use metrics::{Prf, pearson, ranks, spearman};
pub use report::*;

/// The layers this crate scores, in report order.
pub const LAYERS: [&str; 6] = [
    "tokens",
    "sentences",
    "entities",
    "quotes",
    "sentiment",
    "targets",
];

/// The unit of predicted offsets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PredOffsets {
    /// Unicode code points, like the gold files.
    #[default]
    Chars,
    /// UTF-8 bytes; converted to code points first (an offset inside a character is
    /// rounded down and counted in `docs.offsets_not_on_char_boundary`).
    Utf8,
}

/// Switches of [`evaluate`]. `Default` gives the reference scorer's defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct EvalOptions {
    /// Layers to score (names from [`LAYERS`]); `None` scores every layer the gold has.
    pub layers: Option<Vec<String>>,
    /// Drop predicted entities whose label (coarse label, for the coarse metrics) never
    /// occurs in the gold file, so a richer label scheme is not punished.
    pub ignore_labels: bool,
    /// Score gold mentions marked `nested` like the others instead of "don't care".
    pub keep_nested: bool,
    /// Score only direct quotes, on both sides.
    pub quotes_direct_only: bool,
    /// Judge speakers by their mention (overlap with the gold mention, or the same surface
    /// name) even where the gold resolves them to canonical names: how a gold set that
    /// marks only the words of the speaker would score the same output.
    pub speakers_by_mention: bool,
    pub pred_offsets: PredOffsets,
    /// Sentiment scores within +-threshold count as neutral for sign accuracy.
    pub sent_threshold: f64,
}

impl Default for EvalOptions {
    fn default() -> EvalOptions {
        EvalOptions {
            layers: None,
            ignore_labels: false,
            keep_nested: false,
            quotes_direct_only: false,
            speakers_by_mention: false,
            pred_offsets: PredOffsets::Chars,
            sent_threshold: 0.05,
        }
    }
}

/// Parses a comma-separated layer list (`"entities, quotes"`), rejecting unknown names.
pub fn parse_layers(spec: &str) -> Result<Vec<String>, EvalError> {
    spec.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            if LAYERS.contains(&s) {
                Ok(s.to_string())
            } else {
                Err(EvalError::UnknownLayer {
                    name: s.to_string(),
                })
            }
        })
        .collect()
}

/// Scores `pred` against `gold`.
///
/// Documents pair by id; a gold document without a prediction is scored as an empty
/// prediction (and listed in `docs.missing`), a prediction without gold is listed in
/// `docs.extra` and otherwise ignored. When ids repeat in `pred`, the last one counts.
/// Only layers present in some gold document are scored (restricted to `opts.layers`).
pub fn evaluate(gold: &[GoldDoc], pred: &[GoldDoc], opts: &EvalOptions) -> Report {
    let mut by_id: HashMap<&str, &GoldDoc> = HashMap::new();
    let mut pred_order: Vec<&str> = Vec::new();
    for p in pred {
        if by_id.insert(p.id.as_str(), p).is_none() {
            pred_order.push(p.id.as_str());
        }
    }
    let gold_ids: std::collections::HashSet<&str> = gold.iter().map(|g| g.id.as_str()).collect();
    let mut docs = DocsSummary {
        gold: gold.len(),
        pred: by_id.len(),
        extra: pred_order
            .iter()
            .filter(|i| !gold_ids.contains(*i))
            .map(|i| i.to_string())
            .collect(),
        ..DocsSummary::default()
    };
    let mut bad_offsets = 0;
    let mut owned: Vec<GoldDoc> = Vec::with_capacity(gold.len());
    for g in gold {
        let p = match by_id.get(g.id.as_str()) {
            None => {
                docs.missing.push(g.id.clone());
                GoldDoc::empty(g.id.clone())
            }
            Some(p) => {
                if p.text.is_some() && p.text != g.text {
                    docs.text_mismatch.push(g.id.clone());
                }
                if opts.pred_offsets == PredOffsets::Utf8 {
                    let (conv, bad) = utf8_to_chars(p, g.text.as_deref().unwrap_or(""));
                    bad_offsets += bad;
                    conv
                } else {
                    (*p).clone()
                }
            }
        };
        owned.push(p);
    }
    if opts.pred_offsets == PredOffsets::Utf8 {
        docs.offsets_not_on_char_boundary = Some(bad_offsets);
    }
    let pairs: Vec<score::Pair<'_>> = gold.iter().zip(&owned).collect();

    let has = |layer: &str| {
        gold.iter().any(|g| match layer {
            "tokens" => g.tokens.is_some(),
            "sentences" => g.sentences.is_some(),
            "entities" => g.entities.is_some(),
            "quotes" => g.quotes.is_some(),
            "sentiment" => g.sentiment.is_some(),
            "targets" => g.targets.is_some(),
            _ => false,
        })
    };
    let present: Vec<&str> = LAYERS.iter().copied().filter(|l| has(l)).collect();
    let (layers, skipped): (Vec<String>, Vec<String>) = match &opts.layers {
        Some(want) => want
            .iter()
            .cloned()
            .partition(|l| present.contains(&l.as_str())),
        None => (present.iter().map(|s| s.to_string()).collect(), Vec::new()),
    };
    let on = |l: &str| layers.iter().any(|x| x == l);
    Report {
        tokens: on("tokens").then(|| score::tokens(&pairs)),
        sentences: on("sentences").then(|| score::sentences(&pairs)),
        entities: on("entities")
            .then(|| score::entities(&pairs, opts.ignore_labels, opts.keep_nested)),
        quotes: on("quotes")
            .then(|| score::quotes(&pairs, opts.quotes_direct_only, opts.speakers_by_mention)),
        sentiment: on("sentiment").then(|| score::sentiment(&pairs, opts.sent_threshold)),
        targets: on("targets").then(|| score::targets(&pairs)),
        docs,
        layers,
        layers_not_in_gold: skipped,
        gold_file: None,
        pred_file: None,
    }
}

/// Reads both files and scores them; the report records the two paths.
pub fn evaluate_files(
    gold: &std::path::Path,
    pred: &std::path::Path,
    opts: &EvalOptions,
) -> Result<Report, EvalError> {
    let g = read_gold(gold)?;
    let p = read_gold(pred)?;
    let mut report = evaluate(&g, &p, opts);
    report.gold_file = Some(gold.display().to_string());
    report.pred_file = Some(pred.display().to_string());
    Ok(report)
}

/// Converts a prediction's UTF-8 byte offsets to code points of `text`. Returns the
/// converted document and how many offsets fell inside a character (rounded down).
fn utf8_to_chars(p: &GoldDoc, text: &str) -> (GoldDoc, usize) {
    let mut starts: Vec<i64> = text.char_indices().map(|(b, _)| b as i64).collect();
    starts.push(text.len() as i64);
    let mut bad = 0;
    let mut conv = |off: i64| -> i64 {
        let i = starts.partition_point(|&s| s < off);
        if i < starts.len() && starts[i] == off {
            i as i64
        } else {
            bad += 1;
            (starts.partition_point(|&s| s <= off) as i64 - 1).max(0)
        }
    };
    let mut out = p.clone();
    for spans in [&mut out.tokens, &mut out.sentences].into_iter().flatten() {
        for (s, e) in spans.iter_mut() {
            *s = conv(*s);
            *e = conv(*e);
        }
    }
    let mut opt = |x: &mut Option<i64>| *x = x.map(&mut conv);
    for e in out.entities.iter_mut().flatten() {
        for f in [&mut e.start, &mut e.end, &mut e.head_start, &mut e.head_end] {
            opt(f);
        }
    }
    for q in out.quotes.iter_mut().flatten() {
        for f in [
            &mut q.start,
            &mut q.end,
            &mut q.speaker_start,
            &mut q.speaker_end,
            &mut q.cue_start,
            &mut q.cue_end,
        ] {
            opt(f);
        }
    }
    for t in out.targets.iter_mut().flatten() {
        opt(&mut t.start);
        opt(&mut t.end);
    }
    (out, bad)
}

#[cfg(test)]
mod tests;
