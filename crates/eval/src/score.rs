//! One scorer per layer. Each takes the (gold, prediction) pairs of all documents and
//! returns its section of the report; counts are micro-averaged over documents.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::gold::{GoldDoc, GoldEntity, GoldQuote, Offsets};
use crate::metrics::{Prf, greedy_match, overlap, pearson, ratio, spearman};
use crate::report::*;
use crate::text::{Chars, norm_name, strip_lower};

pub(crate) type Pair<'a> = (&'a GoldDoc, &'a GoldDoc);

fn text_of(d: &GoldDoc) -> &str {
    d.text.as_deref().unwrap_or("")
}

// ------------------------------------------------------------------ tokens

pub(crate) fn tokens(pairs: &[Pair<'_>]) -> TokensReport {
    let (mut tp, mut ng, mut np) = (0, 0, 0);
    for (g, p) in pairs {
        let Some(gt) = &g.tokens else { continue };
        let gs: BTreeSet<Offsets> = gt.iter().copied().collect();
        let ps: BTreeSet<Offsets> = p.tokens.iter().flatten().copied().collect();
        tp += gs.intersection(&ps).count();
        ng += gs.len();
        np += ps.len();
    }
    TokensReport {
        exact: Prf::new(tp, np, ng),
    }
}

// ------------------------------------------------------------------ sentences

/// Trimmed, non-empty, sorted, distinct spans.
fn sent_spans(text: &Chars, spans: Option<&Vec<Offsets>>) -> Vec<Offsets> {
    let set: BTreeSet<Offsets> = spans
        .into_iter()
        .flatten()
        .map(|&(s, e)| text.trim(s, e))
        .filter(|(s, e)| s < e)
        .collect();
    set.into_iter().collect()
}

pub(crate) fn sentences(pairs: &[Pair<'_>]) -> SentencesReport {
    let (mut tp, mut ng, mut np) = (0, 0, 0);
    let (mut btp, mut bng, mut bnp) = (0, 0, 0);
    let (mut docs, mut ok) = (0, 0);
    let mut failed = Vec::new();
    for (g, p) in pairs {
        let Some(gsent) = &g.sentences else { continue };
        let text = Chars::new(text_of(g));
        let gs = sent_spans(&text, Some(gsent));
        let ps = sent_spans(&text, p.sentences.as_ref());
        let gset: BTreeSet<Offsets> = gs.iter().copied().collect();
        tp += ps.iter().filter(|s| gset.contains(s)).count();
        ng += gs.len();
        np += ps.len();
        let doc_end = text.trim(0, text.len()).1;
        let ends = |v: &[Offsets]| -> BTreeSet<i64> {
            v.iter()
                .map(|&(_, e)| e)
                .filter(|&e| e != doc_end)
                .collect()
        };
        let (gb, pb) = (ends(&gs), ends(&ps));
        btp += gb.intersection(&pb).count();
        bng += gb.len();
        bnp += pb.len();
        docs += 1;
        if gs == ps {
            ok += 1;
        } else {
            failed.push(g.id.clone());
        }
    }
    SentencesReport {
        exact: Prf::new(tp, np, ng),
        boundary: Prf::new(btp, bnp, bng),
        docs,
        docs_all_correct: ok,
        docs_all_correct_share: ratio(ok, docs),
        docs_failed: failed,
    }
}

// ------------------------------------------------------------------ entities

/// Coarse type of a predicted OntoNotes-style label (numeric and time labels have none).
fn coarse_of(label: &str) -> Option<&'static str> {
    Some(match label {
        "PERSON" | "PER" => "PER",
        "ORG" => "ORG",
        "GPE" | "LOC" | "FAC" => "LOC",
        "NORP" | "EVENT" | "PRODUCT" | "WORK_OF_ART" | "LAW" | "LANGUAGE" | "MISC" => "MISC",
        _ => return None,
    })
}

/// Gold label alternatives: `"A|B"` accepts A or B.
fn gold_labels(e: &GoldEntity) -> BTreeSet<String> {
    e.label
        .as_deref()
        .unwrap_or("None")
        .split('|')
        .map(str::to_string)
        .collect()
}

/// A prediction as the entity scorers see it.
struct PredEnt {
    start: i64,
    end: i64,
    /// The label's alternatives, every one of which must be accepted; `None` when the
    /// prediction has no (or an empty) label, which no gold label accepts.
    labels: Option<BTreeSet<String>>,
    /// The raw label, for the per-label tables (`None` when absent or null).
    raw_label: Option<String>,
    coarse: Option<String>,
}

impl PredEnt {
    fn new(e: &GoldEntity) -> Option<PredEnt> {
        let (start, end) = (e.start?, e.end?);
        let labels = e
            .label
            .as_deref()
            .filter(|l| !l.is_empty())
            .map(|l| l.split('|').map(str::to_string).collect::<BTreeSet<_>>());
        let coarse = match &e.coarse {
            Some(c) => c.clone(),
            None => {
                let cs: BTreeSet<Option<&str>> = match &labels {
                    Some(ls) => ls.iter().map(|l| coarse_of(l)).collect(),
                    None => [None].into_iter().collect(),
                };
                if cs.len() == 1 {
                    cs.into_iter().next().flatten().map(str::to_string)
                } else {
                    None
                }
            }
        };
        Some(PredEnt {
            start,
            end,
            labels,
            raw_label: e.label.clone(),
            coarse,
        })
    }

    fn labels_within(&self, accepted: &BTreeSet<String>) -> bool {
        self.labels
            .as_ref()
            .is_some_and(|ls| ls.is_subset(accepted))
    }

    /// Key of the per-predicted-label table.
    fn label_key(&self) -> String {
        self.raw_label.clone().unwrap_or_else(|| "None".into())
    }
}

/// A gold mention as the entity scorers see it.
struct GoldEnt {
    start: i64,
    end: i64,
    head: (i64, i64),
    labels: BTreeSet<String>,
    label_key: String,
    coarse: Option<String>,
}

impl GoldEnt {
    fn new(e: &GoldEntity) -> Option<GoldEnt> {
        let (start, end) = (e.start?, e.end?);
        let head = match e.head_start {
            Some(hs) => (hs, e.head_end.unwrap_or(end)),
            None => (start, end),
        };
        Some(GoldEnt {
            start,
            end,
            head,
            labels: gold_labels(e),
            label_key: e.label.clone().unwrap_or_else(|| "None".into()),
            coarse: e.coarse.clone().flatten(),
        })
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Variant {
    Exact,
    Span,
    Overlap,
    Head,
    CoarseExact,
    CoarseOverlap,
    CoarseHead,
}

impl Variant {
    fn coarse(self) -> bool {
        matches!(
            self,
            Variant::CoarseExact | Variant::CoarseOverlap | Variant::CoarseHead
        )
    }

    fn ok(self, g: &GoldEnt, p: &PredEnt) -> bool {
        let exact = g.start == p.start && g.end == p.end;
        let ov = overlap(g.start, g.end, p.start, p.end) > 0;
        let head = p.start <= g.head.0 && g.head.1 <= p.end && g.start <= p.start && p.end <= g.end;
        let fine = || p.labels_within(&g.labels);
        let coarse = || p.coarse == g.coarse;
        match self {
            Variant::Exact => exact && fine(),
            Variant::Span => exact,
            Variant::Overlap => ov && fine(),
            Variant::Head => head && fine(),
            Variant::CoarseExact => exact && coarse(),
            Variant::CoarseOverlap => ov && coarse(),
            Variant::CoarseHead => head && coarse(),
        }
    }
}

fn ent_score(g: &GoldEnt, p: &PredEnt) -> f64 {
    let ov = overlap(g.start, g.end, p.start, p.end) as f64;
    let dist = g
        .start
        .abs_diff(p.start)
        .saturating_add(g.end.abs_diff(p.end));
    ov - 1e-6 * dist as f64
}

fn match_ents(golds: &[&GoldEnt], preds: &[&PredEnt], v: Variant) -> Vec<(usize, usize)> {
    greedy_match(
        golds,
        preds,
        |g| (g.start, g.end),
        |p| (p.start, p.end),
        |g, p| v.ok(g, p),
        |g, p| ent_score(g, p),
    )
}

pub(crate) fn entities(
    pairs: &[Pair<'_>],
    ignore_labels: bool,
    keep_nested: bool,
) -> EntitiesReport {
    let mut gold_fine: BTreeSet<String> = BTreeSet::new();
    let mut gold_coarse: BTreeSet<String> = BTreeSet::new();
    let (mut has_coarse, mut has_head, mut has_nested) = (false, false, false);
    for (g, _) in pairs {
        for e in g.entities.iter().flatten() {
            gold_fine.extend(gold_labels(e));
            if let Some(c) = &e.coarse {
                has_coarse = true;
                if let Some(c) = c {
                    gold_coarse.insert(c.clone());
                }
            }
            has_head |= e.head_start.is_some();
            has_nested |= e.nested;
        }
    }
    let mut variants = vec![Variant::Exact, Variant::Span, Variant::Overlap];
    if has_head {
        variants.push(Variant::Head);
    }
    if has_coarse {
        variants.extend([Variant::CoarseExact, Variant::CoarseOverlap]);
        if has_head {
            variants.push(Variant::CoarseHead);
        }
    }
    // tp, n_pred, n_gold, dont_care per variant
    let mut counts = vec![[0usize; 4]; variants.len()];
    let mut fine_gold: BTreeMap<String, usize> = BTreeMap::new();
    let mut fine_gold_tp: BTreeMap<String, usize> = BTreeMap::new();
    let mut fine_pred: BTreeMap<String, usize> = BTreeMap::new();
    let mut fine_pred_tp: BTreeMap<String, usize> = BTreeMap::new();
    let mut coarse_tab: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    let mut dropped: BTreeMap<String, usize> = BTreeMap::new();

    for (g, p) in pairs {
        let Some(gents) = &g.entities else { continue };
        let preds_all: Vec<PredEnt> = p
            .entities
            .iter()
            .flatten()
            .filter_map(PredEnt::new)
            .collect();
        let mut gmain: Vec<GoldEnt> = Vec::new();
        let mut gdc: Vec<GoldEnt> = Vec::new();
        for e in gents {
            let Some(ge) = GoldEnt::new(e) else { continue };
            if e.nested && !keep_nested {
                gdc.push(ge);
            } else {
                gmain.push(ge);
            }
        }
        for (vi, &v) in variants.iter().enumerate() {
            let (golds, dc, preds): (Vec<&GoldEnt>, Vec<&GoldEnt>, Vec<&PredEnt>) = if v.coarse() {
                (
                    gmain.iter().filter(|e| e.coarse.is_some()).collect(),
                    gdc.iter().filter(|e| e.coarse.is_some()).collect(),
                    preds_all
                        .iter()
                        .filter(|e| {
                            e.coarse
                                .as_ref()
                                .is_some_and(|c| !ignore_labels || gold_coarse.contains(c))
                        })
                        .collect(),
                )
            } else {
                (
                    gmain.iter().collect(),
                    gdc.iter().collect(),
                    preds_all
                        .iter()
                        .filter(|e| !ignore_labels || e.labels_within(&gold_fine))
                        .collect(),
                )
            };
            let matched = match_ents(&golds, &preds, v);
            let mut used = vec![false; preds.len()];
            for &(_, j) in &matched {
                used[j] = true;
            }
            let rest_idx: Vec<usize> = (0..preds.len()).filter(|&j| !used[j]).collect();
            let rest: Vec<&PredEnt> = rest_idx.iter().map(|&j| preds[j]).collect();
            let dcm = if dc.is_empty() {
                Vec::new()
            } else {
                match_ents(&dc, &rest, v)
            };
            let c = &mut counts[vi];
            c[0] += matched.len();
            c[1] += preds.len() - dcm.len();
            c[2] += golds.len();
            c[3] += dcm.len();
            if v == Variant::Exact || v == Variant::CoarseExact {
                let mut is_dc = vec![false; preds.len()];
                for &(_, r) in &dcm {
                    is_dc[rest_idx[r]] = true;
                }
                if v == Variant::Exact {
                    for e in &golds {
                        *fine_gold.entry(e.label_key.clone()).or_default() += 1;
                    }
                    for &(i, j) in &matched {
                        *fine_gold_tp.entry(golds[i].label_key.clone()).or_default() += 1;
                        *fine_pred_tp.entry(preds[j].label_key()).or_default() += 1;
                    }
                    for (j, e) in preds.iter().enumerate() {
                        if !is_dc[j] {
                            *fine_pred.entry(e.label_key()).or_default() += 1;
                        }
                    }
                    if ignore_labels {
                        for e in preds_all.iter().filter(|e| !e.labels_within(&gold_fine)) {
                            let key = e.raw_label.clone().unwrap_or_else(|| "null".into());
                            *dropped.entry(key).or_default() += 1;
                        }
                    }
                } else {
                    for e in &golds {
                        coarse_tab
                            .entry(e.coarse.clone().unwrap_or_default())
                            .or_default()[2] += 1;
                    }
                    for &(i, _) in &matched {
                        coarse_tab
                            .entry(golds[i].coarse.clone().unwrap_or_default())
                            .or_default()[0] += 1;
                    }
                    for (j, e) in preds.iter().enumerate() {
                        if !is_dc[j] {
                            coarse_tab
                                .entry(e.coarse.clone().unwrap_or_default())
                                .or_default()[1] += 1;
                        }
                    }
                }
            }
        }
    }

    let mut out = EntitiesReport::default();
    for (v, c) in variants.iter().zip(&counts) {
        let m = VariantPrf {
            prf: Prf::new(c[0], c[1], c[2]),
            dont_care: c[3],
        };
        match v {
            Variant::Exact => out.exact = m,
            Variant::Span => out.span = m,
            Variant::Overlap => out.overlap = m,
            Variant::Head => out.head = Some(m),
            Variant::CoarseExact => out.coarse_exact = Some(m),
            Variant::CoarseOverlap => out.coarse_overlap = Some(m),
            Variant::CoarseHead => out.coarse_head = Some(m),
        }
    }
    out.per_gold_label_recall = fine_gold
        .into_iter()
        .map(|(k, n)| {
            let tp = fine_gold_tp.get(&k).copied().unwrap_or(0);
            (
                k,
                LabelRecall {
                    n_gold: n,
                    tp,
                    r: ratio(tp, n),
                },
            )
        })
        .collect();
    out.per_pred_label_precision = fine_pred
        .into_iter()
        .map(|(k, n)| {
            let tp = fine_pred_tp.get(&k).copied().unwrap_or(0);
            (
                k,
                LabelPrecision {
                    n_pred: n,
                    tp,
                    p: ratio(tp, n),
                },
            )
        })
        .collect();
    if has_coarse {
        out.per_coarse_label = Some(
            coarse_tab
                .into_iter()
                .map(|(k, [tp, np, ng])| (k, Prf::new(tp, np, ng)))
                .collect(),
        );
    }
    out.nested_dont_care = has_nested && !keep_nested;
    if ignore_labels {
        out.ignored_pred_labels = Some(dropped);
    }
    out
}

// ------------------------------------------------------------------ quotes

const QUOTE_CHARS: &[char] = &[
    '"', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}', '\'', '\u{ab}', '\u{bb}', '\u{201e}',
    '\u{201f}', '\u{2039}', '\u{203a}',
];

fn nonempty(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|k| !k.is_empty())
}

/// Whether a prediction is a direct quote: its `direct` flag, else its kind (direct and
/// turn are), else whether it starts with a quotation mark.
fn pred_is_direct(q: &GoldQuote, text: &Chars, start: i64) -> bool {
    if let Some(d) = q.direct {
        return d;
    }
    if let Some(k) = nonempty(&q.kind) {
        return k == "direct" || k == "turn";
    }
    (0..text.len()).contains(&start) && text.slice(start, start + 1).starts_with(QUOTE_CHARS)
}

fn gold_class(q: &GoldQuote) -> String {
    match nonempty(&q.kind) {
        Some(k) => k.to_string(),
        None if q.direct == Some(true) => "direct".into(),
        None => "indirect".into(),
    }
}

fn class_compatible(p: &GoldQuote, pdirect: bool, gcls: &str) -> bool {
    if let Some(k) = nonempty(&p.kind) {
        return k == gcls;
    }
    if pdirect {
        gcls == "direct" || gcls == "turn"
    } else {
        gcls == "indirect"
    }
}

fn speaker_correct(g: &GoldQuote, p: &GoldQuote, text: &Chars, resolved: bool) -> bool {
    let mut pname = norm_name(p.speaker.clone().flatten().as_deref());
    // no `speaker` key but a mention: the mention's text names the speaker
    // (`speaker: null` says "no speaker" outright)
    if let (None, Some(ps), Some(pe)) = (&p.speaker, p.speaker_start, p.speaker_end)
        && ps < pe
    {
        pname = norm_name(Some(&text.slice(ps, pe)));
    }
    let gspeaker = g.speaker.clone().flatten();
    if resolved {
        return match norm_name(gspeaker.as_deref()) {
            None => pname.is_none(),
            Some(gname) => pname == Some(gname),
        };
    }
    let gs = g.speaker_start;
    if gspeaker.is_none() && gs.is_none() {
        return pname.is_none();
    }
    if let (Some(gs), Some(ps), Some(pe)) = (gs, p.speaker_start, p.speaker_end) {
        let ge = g.speaker_end.unwrap_or(gs);
        if overlap(gs, ge, ps, pe) > 0 {
            return true;
        }
    }
    if let Some(pn) = &pname {
        if Some(pn) == norm_name(gspeaker.as_deref()).as_ref() {
            return true;
        }
        if let Some(gs) = gs {
            let ge = g.speaker_end.unwrap_or(text.len());
            if Some(pn) == norm_name(Some(&text.slice(gs, ge))).as_ref() {
                return true;
            }
        }
    }
    false
}

fn speaker_mention_overlap(g: &GoldQuote, p: &GoldQuote) -> Option<bool> {
    let gs = g.speaker_start?;
    let ge = g.speaker_end.unwrap_or(gs);
    Some(match (p.speaker_start, p.speaker_end) {
        (Some(ps), Some(pe)) => overlap(gs, ge, ps, pe) > 0,
        _ => false,
    })
}

#[derive(Default)]
struct QuoteTally {
    tp: usize,
    np: usize,
    ng: usize,
    spk_ok: usize,
    men_ok: usize,
    men_n: usize,
    cls: BTreeMap<String, [usize; 3]>,
}

/// A quote with integer offsets.
struct Q<'a> {
    start: i64,
    end: i64,
    q: &'a GoldQuote,
}

fn as_q(q: &GoldQuote) -> Option<Q<'_>> {
    Some(Q {
        start: q.start?,
        end: q.end?,
        q,
    })
}

pub(crate) fn quotes(pairs: &[Pair<'_>], direct_only: bool, by_mention: bool) -> QuotesReport {
    let mut tallies = [QuoteTally::default(), QuoteTally::default()];
    let mut resolved_any = false;
    for (g, p) in pairs {
        let Some(gq) = &g.quotes else { continue };
        let text = Chars::new(text_of(g));
        let resolved = !by_mention && g.speakers_resolved == Some(true);
        resolved_any |= resolved;
        let mut golds: Vec<Q<'_>> = gq.iter().filter_map(as_q).collect();
        let mut preds: Vec<Q<'_>> = p.quotes.iter().flatten().filter_map(as_q).collect();
        let mut pdir: Vec<bool> = preds
            .iter()
            .map(|q| pred_is_direct(q.q, &text, q.start))
            .collect();
        if direct_only {
            golds.retain(|q| q.q.direct == Some(true));
            let kept: Vec<Q<'_>> = preds
                .into_iter()
                .zip(&pdir)
                .filter(|(_, d)| **d)
                .map(|(q, _)| q)
                .collect();
            preds = kept;
            pdir = vec![true; preds.len()];
        }
        for (mode, t) in tallies.iter_mut().enumerate() {
            let ok = |a: &Q<'_>, b: &Q<'_>| {
                if mode == 0 {
                    a.start == b.start && a.end == b.end
                } else {
                    let o = overlap(a.start, a.end, b.start, b.end);
                    let shorter = a
                        .end
                        .saturating_sub(a.start)
                        .min(b.end.saturating_sub(b.start));
                    o > 0 && o.saturating_mul(2) >= shorter
                }
            };
            let matched = greedy_match(
                &golds,
                &preds,
                |q| (q.start, q.end),
                |q| (q.start, q.end),
                ok,
                |a, b| overlap(a.start, a.end, b.start, b.end) as f64,
            );
            t.tp += matched.len();
            t.np += preds.len();
            t.ng += golds.len();
            let mut pred_cls: HashMap<usize, String> = HashMap::new();
            for &(i, j) in &matched {
                let (gq, pq) = (golds[i].q, preds[j].q);
                if speaker_correct(gq, pq, &text, resolved) {
                    t.spk_ok += 1;
                }
                if let Some(m) = speaker_mention_overlap(gq, pq) {
                    t.men_n += 1;
                    t.men_ok += usize::from(m);
                }
                let gc = gold_class(gq);
                if class_compatible(pq, pdir[j], &gc) {
                    t.cls.entry(gc.clone()).or_default()[0] += 1;
                    pred_cls.insert(j, gc);
                }
            }
            for (j, pq) in preds.iter().enumerate() {
                let c = match (pred_cls.get(&j), nonempty(&pq.q.kind)) {
                    (Some(c), _) => c.clone(),
                    (None, Some(k)) => k.to_string(),
                    (None, None) if pdir[j] => "direct".into(),
                    (None, None) => "indirect".into(),
                };
                t.cls.entry(c).or_default()[1] += 1;
            }
            for q in &golds {
                t.cls.entry(gold_class(q.q)).or_default()[2] += 1;
            }
        }
    }
    let [exact, lenient] = tallies.map(|t| QuoteModeReport {
        prf: Prf::new(t.tp, t.np, t.ng),
        speaker_acc: ratio(t.spk_ok, t.tp),
        speaker_ok: t.spk_ok,
        attributed: Prf::new(t.spk_ok, t.np, t.ng),
        speaker_mention_overlap_acc: (t.men_n > 0).then(|| ratio(t.men_ok, t.men_n)),
        by_class: t
            .cls
            .into_iter()
            .map(|(c, [tp, np, ng])| (c, Prf::new(tp, np, ng)))
            .collect(),
    });
    QuotesReport {
        exact,
        lenient,
        speakers_resolved: resolved_any,
        direct_only,
    }
}

// ------------------------------------------------------------------ sentiment

fn sign3(v: f64, thr: f64) -> i8 {
    if v > thr {
        1
    } else if v < -thr {
        -1
    } else {
        0
    }
}

pub(crate) fn sentiment(pairs: &[Pair<'_>], thr: f64) -> SentimentReport {
    let (mut xs, mut ys, mut missing) = (Vec::new(), Vec::new(), 0);
    for (g, p) in pairs {
        let Some(gs) = g.sentiment.as_ref().and_then(|s| s.score) else {
            continue;
        };
        match p.sentiment.as_ref().and_then(|s| s.score) {
            Some(ps) => {
                xs.push(ps);
                ys.push(gs);
            }
            None => missing += 1,
        }
    }
    let agree = xs
        .iter()
        .zip(&ys)
        .filter(|(a, b)| sign3(**a, thr) == sign3(**b, thr))
        .count();
    SentimentReport {
        n: xs.len(),
        missing,
        pearson: pearson(&xs, &ys),
        spearman: spearman(&xs, &ys),
        sign3_acc: (!xs.is_empty()).then(|| ratio(agree, xs.len())),
        threshold: thr,
    }
}

// ------------------------------------------------------------------ targets

const POLARITIES: [&str; 3] = ["negative", "neutral", "positive"];

fn norm_pol(x: Option<&str>) -> Option<&'static str> {
    Some(match strip_lower(x?).as_str() {
        "negative" | "neg" | "-1" => "negative",
        "neutral" | "neu" | "0" => "neutral",
        "positive" | "pos" | "1" => "positive",
        _ => return None,
    })
}

pub(crate) fn targets(pairs: &[Pair<'_>]) -> TargetsReport {
    let mut conf: BTreeMap<(Option<&str>, Option<&str>), usize> = BTreeMap::new();
    let (mut n, mut correct, mut covered) = (0, 0, 0);
    for (g, p) in pairs {
        let Some(gt) = &g.targets else { continue };
        let mut pm: HashMap<(Option<i64>, Option<i64>), Option<&str>> = HashMap::new();
        for t in p.targets.iter().flatten() {
            pm.insert((t.start, t.end), norm_pol(t.polarity.as_deref()));
        }
        for t in gt {
            let gp = norm_pol(t.polarity.as_deref());
            let pp = pm.get(&(t.start, t.end)).copied().flatten();
            n += 1;
            covered += usize::from(pp.is_some());
            correct += usize::from(pp == gp);
            *conf.entry((gp, pp)).or_default() += 1;
        }
    }
    let mut per_class = BTreeMap::new();
    for c in POLARITIES {
        let tp = conf.get(&(Some(c), Some(c))).copied().unwrap_or(0);
        let npred = conf
            .iter()
            .filter(|((_, b), _)| *b == Some(c))
            .map(|(_, v)| v)
            .sum();
        let ngold = conf
            .iter()
            .filter(|((a, _), _)| *a == Some(c))
            .map(|(_, v)| v)
            .sum();
        per_class.insert(c.to_string(), Prf::new(tp, npred, ngold));
    }
    let macro_f1 =
        POLARITIES.iter().map(|c| per_class[*c].f1).sum::<f64>() / POLARITIES.len() as f64;
    let name = |x: Option<&str>| x.unwrap_or("None").to_string();
    TargetsReport {
        n,
        covered,
        accuracy: ratio(correct, n),
        macro_f1,
        per_class,
        confusion: conf
            .into_iter()
            .map(|((a, b), v)| (format!("{}->{}", name(a), name(b)), v))
            .collect(),
    }
}
