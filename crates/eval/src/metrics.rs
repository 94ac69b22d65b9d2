//! The arithmetic every layer shares: P/R/F1, one-to-one greedy matching, correlations.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

/// Precision, recall and F1 with the counts they come from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
    pub tp: usize,
    pub n_pred: usize,
    pub n_gold: usize,
}

impl Prf {
    /// P = tp/n_pred, R = tp/n_gold, F1 their harmonic mean; 0 where undefined.
    pub fn new(tp: usize, n_pred: usize, n_gold: usize) -> Prf {
        let p = ratio(tp, n_pred);
        let r = ratio(tp, n_gold);
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf {
            p,
            r,
            f1,
            tp,
            n_pred,
            n_gold,
        }
    }
}

/// `a / b`, or 0 when `b` is 0.
pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// One-to-one matching of gold items to predicted items.
///
/// Candidate pairs are those for which `ok` holds; they are taken in order of decreasing
/// `score`, ties broken by gold index then prediction index, skipping items already used.
/// Every `ok` used by the scorers implies that the two spans touch (share a position or
/// meet), so candidates are looked up among predictions sorted by start instead of trying
/// all pairs; a span with end < start cannot be placed that way and is tried against all.
pub(crate) fn greedy_match<G, P>(
    golds: &[G],
    preds: &[P],
    gspan: impl Fn(&G) -> (i64, i64),
    pspan: impl Fn(&P) -> (i64, i64),
    ok: impl Fn(&G, &P) -> bool,
    score: impl Fn(&G, &P) -> f64,
) -> Vec<(usize, usize)> {
    if golds.is_empty() || preds.is_empty() {
        return Vec::new();
    }
    let mut sorted: Vec<(i64, i64, usize)> = Vec::with_capacity(preds.len());
    let mut odd_preds = Vec::new();
    let mut max_len = 0i64;
    for (j, p) in preds.iter().enumerate() {
        let (s, e) = pspan(p);
        if e < s {
            odd_preds.push(j);
        } else {
            max_len = max_len.max(e.saturating_sub(s));
            sorted.push((s, e, j));
        }
    }
    sorted.sort_unstable();
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    let consider = |i: usize, j: usize, cands: &mut Vec<(f64, usize, usize)>| {
        if ok(&golds[i], &preds[j]) {
            cands.push((-score(&golds[i], &preds[j]), i, j));
        }
    };
    for (i, g) in golds.iter().enumerate() {
        let (gs, ge) = gspan(g);
        if ge < gs {
            for j in 0..preds.len() {
                consider(i, j, &mut cands);
            }
            continue;
        }
        let lo_start = gs.saturating_sub(max_len);
        let lo = sorted.partition_point(|&(s, _, _)| s < lo_start);
        for &(s, e, j) in &sorted[lo..] {
            if s > ge {
                break;
            }
            if e >= gs {
                consider(i, j, &mut cands);
            }
        }
        for &j in &odd_preds {
            consider(i, j, &mut cands);
        }
    }
    cands.sort_by(|a, b| {
        a.0.partial_cmp(&b.0)
            .unwrap_or(Ordering::Equal)
            .then(a.1.cmp(&b.1))
            .then(a.2.cmp(&b.2))
    });
    let mut used_g = vec![false; golds.len()];
    let mut used_p = vec![false; preds.len()];
    let mut pairs = Vec::new();
    for (_, i, j) in cands {
        if used_g[i] || used_p[j] {
            continue;
        }
        used_g[i] = true;
        used_p[j] = true;
        pairs.push((i, j));
    }
    pairs
}

/// Number of positions two spans share.
pub(crate) fn overlap(a0: i64, a1: i64, b0: i64, b1: i64) -> i64 {
    a1.min(b1).saturating_sub(a0.max(b0)).max(0)
}

/// Pearson's r; `None` with fewer than two points or a constant series.
pub fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len().min(y.len());
    if n < 2 {
        return None;
    }
    let (x, y) = (&x[..n], &y[..n]);
    let mean = |v: &[f64]| v.iter().fold(0.0, |a, b| a + b) / n as f64;
    let (mx, my) = (mean(x), mean(y));
    let mut sxy = 0.0;
    let mut sxx = 0.0;
    let mut syy = 0.0;
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
    }
    for a in x {
        sxx += (a - mx).powi(2);
    }
    for b in y {
        syy += (b - my).powi(2);
    }
    if sxx == 0.0 || syy == 0.0 {
        return None;
    }
    Some(sxy / (sxx * syy).sqrt())
}

/// 1-based ranks, ties sharing the mean of the ranks they span.
pub fn ranks(x: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..x.len()).collect();
    order.sort_by(|&a, &b| x[a].partial_cmp(&x[b]).unwrap_or(Ordering::Equal));
    let mut r = vec![0.0; x.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && x[order[j + 1]] == x[order[i]] {
            j += 1;
        }
        let avg = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            r[k] = avg;
        }
        i = j + 1;
    }
    r
}

/// Spearman's rho: Pearson's r of the ranks.
pub fn spearman(x: &[f64], y: &[f64]) -> Option<f64> {
    pearson(&ranks(x), &ranks(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn prf_by_hand() {
        let m = Prf::new(3, 4, 6);
        assert!(close(m.p, 0.75) && close(m.r, 0.5) && close(m.f1, 0.6));
        assert_eq!(Prf::new(0, 0, 0).f1, 0.0);
        assert_eq!(Prf::new(0, 5, 0).p, 0.0);
    }

    #[test]
    fn greedy_prefers_larger_overlap_then_lower_index() {
        // gold 0 = [0,10), gold 1 = [5,15); pred 0 = [4,14) overlaps g0 by 6, g1 by 9;
        // pred 1 = [0,6) overlaps g0 by 6, g1 by 1.
        let g = [(0i64, 10i64), (5, 15)];
        let p = [(4i64, 14i64), (0, 6)];
        let id = |s: &(i64, i64)| *s;
        let ov = |a: &(i64, i64), b: &(i64, i64)| overlap(a.0, a.1, b.0, b.1) as f64;
        let pairs = greedy_match(&g, &p, id, id, |a, b| ov(a, b) > 0.0, ov);
        assert_eq!(pairs, vec![(1, 0), (0, 1)]);
        // equal scores: the lower gold index wins
        let p = [(5i64, 10i64)];
        let pairs = greedy_match(&g, &p, id, id, |a, b| ov(a, b) > 0.0, ov);
        assert_eq!(pairs, vec![(0, 0)]);
    }

    #[test]
    fn greedy_handles_reversed_and_empty_spans() {
        let g = [(3i64, 3i64), (9, 2)];
        let p = [(9i64, 2i64), (3, 3)];
        let id = |s: &(i64, i64)| *s;
        let pairs = greedy_match(&g, &p, id, id, |a, b| a == b, |_, _| 0.0);
        assert_eq!(pairs, vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn correlations_by_hand() {
        let x = [1.0, 2.0, 3.0, 4.0];
        let y = [2.0, 4.0, 6.0, 8.5];
        assert!(pearson(&x, &y).unwrap() > 0.99);
        assert!(close(spearman(&x, &y).unwrap(), 1.0));
        assert!(close(pearson(&x, &[4.0, 3.0, 2.0, 1.0]).unwrap(), -1.0));
        assert_eq!(pearson(&x, &[1.0; 4]), None);
        assert_eq!(pearson(&[1.0], &[1.0]), None);
        assert_eq!(ranks(&[10.0, 20.0, 10.0, 5.0]), vec![2.5, 4.0, 2.5, 1.0]);
        // means 2 and 2: sxy = 1, sxx = syy = 2, r = 1 / 2
        assert!(close(
            pearson(&[1.0, 2.0, 3.0], &[1.0, 3.0, 2.0]).unwrap(),
            0.5
        ));
    }
}
