//! The overlap policy for entity layers written by several plugins.
//!
//! A pipeline may run several entity plugins (patterns, gazetteer, tagger). Each appends its
//! mentions to `Document::entities` through [`merge_entities`], which resolves overlaps by
//! priority first and length second:
//!
//! - [`Overlap::Keep`] (the default): what earlier steps found has priority; an incoming
//!   entity that overlaps any existing one is dropped. Step order is the priority order.
//! - [`Overlap::Replace`]: the incoming plugin has priority; existing entities it overlaps
//!   are removed.
//! - [`Overlap::Longest`]: equal priority; of overlapping entities the longer wins (ties
//!   keep the existing one).
//!
//! The result is sorted by start and never contains overlapping entities; later plugins
//! (clustering, quotes) may rely on `Document::entities` being sorted that way.

use serde::{Deserialize, Serialize};

use crate::layers::Entity;

/// How an entity plugin's output is merged with entities already on the document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Overlap {
    #[default]
    Keep,
    Replace,
    Longest,
}

/// Merges `incoming` into `existing` under `policy`. Both lists may be unsorted and
/// `incoming` may overlap itself (earlier-listed, then longer, wins within it).
/// O((n + m) log(n + m)); O(n + m) in the usual case where both lists are already sorted
/// and free of overlaps (every plugin's own output, and every merge's result).
pub fn merge_entities(existing: &mut Vec<Entity>, incoming: Vec<Entity>, policy: Overlap) {
    if incoming.is_empty() && is_sorted_disjoint(existing) {
        return;
    }
    let incoming = match merge_sorted(existing, incoming, policy) {
        Ok(()) => return,
        Err(incoming) => incoming,
    };
    merge_general(existing, incoming, policy);
}

/// True when every span is non-empty and each ends before the next starts.
fn is_sorted_disjoint(v: &[Entity]) -> bool {
    v.iter().all(|e| !e.span.is_empty())
        && v.windows(2).all(|w| w[0].span.end() <= w[1].span.start())
}

/// For each entity of `weak` (sorted, disjoint), whether it overlaps one of `strong`
/// (sorted, disjoint). Linear: both lists are walked once.
fn overlaps_of(weak: &[Entity], strong: &[Entity]) -> Vec<bool> {
    let mut j = 0;
    weak.iter()
        .map(|w| {
            while j < strong.len() && strong[j].span.end() <= w.span.start() {
                j += 1;
            }
            j < strong.len() && strong[j].span.start() < w.span.end()
        })
        .collect()
}

/// The linear path: when both lists are sorted and disjoint, the greedy merge of
/// [`merge_general`] keeps every entity of the stronger list and those of the weaker list
/// that overlap none of it. Gives the lists back when it does not apply (unsorted or
/// self-overlapping input, or `Longest` with overlaps across the lists, where ranks by
/// length decide chains of overlaps).
fn merge_sorted(
    existing: &mut Vec<Entity>,
    incoming: Vec<Entity>,
    policy: Overlap,
) -> Result<(), Vec<Entity>> {
    if !is_sorted_disjoint(existing) || !is_sorted_disjoint(&incoming) {
        return Err(incoming);
    }
    let old = std::mem::take(existing);
    let (keep_old, keep_new) = match policy {
        Overlap::Keep => {
            let clash = overlaps_of(&incoming, &old);
            (
                vec![true; old.len()],
                clash.into_iter().map(|c| !c).collect(),
            )
        }
        Overlap::Replace => {
            let clash = overlaps_of(&old, &incoming);
            (
                clash.into_iter().map(|c| !c).collect(),
                vec![true; incoming.len()],
            )
        }
        Overlap::Longest => {
            if overlaps_of(&incoming, &old).into_iter().any(|c| c) {
                *existing = old;
                return Err(incoming);
            }
            (vec![true; old.len()], vec![true; incoming.len()])
        }
    };
    // The entities of `v` whose `keep` flag is set, in order.
    let kept = |v: Vec<Entity>, keep: Vec<bool>| {
        v.into_iter()
            .zip(keep)
            .filter_map(|(e, k)| k.then_some(e))
            .peekable()
    };
    let mut a = kept(old, keep_old);
    let mut b = kept(incoming, keep_new);
    let mut out = Vec::with_capacity(a.size_hint().1.unwrap_or(0) + b.size_hint().1.unwrap_or(0));
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.span.start() <= y.span.start(),
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        out.extend(if take_a { a.next() } else { b.next() });
    }
    *existing = out;
    Ok(())
}

/// The general greedy merge by rank (priority class, then length, then order).
fn merge_general(existing: &mut Vec<Entity>, incoming: Vec<Entity>, policy: Overlap) {
    // Rank: lower is stronger. Priority class, then length (longer first), then order.
    let (old_class, new_class) = match policy {
        Overlap::Keep => (0u8, 1u8),
        Overlap::Replace => (1, 0),
        Overlap::Longest => (0, 0),
    };
    let mut all: Vec<(u8, usize, usize, Entity)> =
        Vec::with_capacity(existing.len() + incoming.len());
    for (i, e) in existing.drain(..).enumerate() {
        all.push((old_class, usize::MAX - e.span.len(), i, e));
    }
    let base = all.len();
    for (i, e) in incoming.into_iter().enumerate() {
        all.push((new_class, usize::MAX - e.span.len(), base + i, e));
    }
    all.sort_by_key(|a| (a.0, a.1, a.2));
    // Greedy by rank; accepted spans live in an ordered map (start -> index), so each overlap
    // check and insertion is O(log n) and the whole merge stays O(n log n) on long documents.
    let mut accepted: std::collections::BTreeMap<usize, Entity> = std::collections::BTreeMap::new();
    for (_, _, _, e) in all {
        if e.span.is_empty() {
            continue;
        }
        let clash_left = accepted
            .range(..=e.span.start())
            .next_back()
            .is_some_and(|(_, a)| a.span.overlaps(e.span));
        let clash_right = accepted
            .range(e.span.start()..)
            .next()
            .is_some_and(|(_, a)| a.span.overlaps(e.span));
        if !clash_left && !clash_right {
            accepted.insert(e.span.start(), e);
        }
    }
    *existing = accepted.into_values().collect();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;

    const TEXT: &str = "President Ilham Aliyev of Azerbaijan";

    fn ent(s: usize, e: usize, label: &'static str) -> Entity {
        Entity {
            span: Span::new(TEXT, s, e).unwrap(),
            label: label.into(),
            source: "t".into(),
            canonical: None,
            confidence: None,
        }
    }

    fn render(v: &[Entity]) -> Vec<String> {
        v.iter()
            .map(|e| format!("{} {}", e.span.text(TEXT), e.label))
            .collect()
    }

    #[test]
    fn many_entities_merge_in_n_log_n() {
        let text = "ab ".repeat(200_000);
        let mk = |i: usize| Entity {
            span: Span::new(&text, i * 3, i * 3 + 2).unwrap(),
            label: "X".into(),
            source: "t".into(),
            canonical: None,
            confidence: None,
        };
        let mut ex: Vec<Entity> = (0..200_000).step_by(2).map(mk).collect();
        merge_entities(&mut ex, (0..200_000).map(mk).collect(), Overlap::Keep);
        assert_eq!(ex.len(), 200_000);
        assert!(ex.windows(2).all(|w| w[0].span.end() <= w[1].span.start()));
    }

    /// The linear path gives what the general greedy merge gives, on every policy, for
    /// sorted disjoint lists with and without overlaps between them.
    #[test]
    fn linear_path_agrees_with_general_merge() {
        let text = "x".repeat(400);
        let mk = |s: usize, e: usize| Entity {
            span: Span::new(&text, s, e).unwrap(),
            label: format!("{s}-{e}").into(),
            source: "t".into(),
            canonical: None,
            confidence: None,
        };
        // A small deterministic generator of sorted disjoint lists.
        let mut seed = 12345u64;
        let mut next = move |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let gen_list = |next: &mut dyn FnMut(u64) -> u64| {
            let mut v = Vec::new();
            let mut at = next(5) as usize;
            while at < 380 {
                let len = 1 + next(8) as usize;
                v.push(mk(at, at + len));
                at += len + next(12) as usize;
            }
            v
        };
        let mut fast_used = 0;
        for round in 0..300 {
            let a = gen_list(&mut next);
            let b = if round % 10 == 0 {
                Vec::new()
            } else {
                gen_list(&mut next)
            };
            for policy in [Overlap::Keep, Overlap::Replace, Overlap::Longest] {
                let mut general = a.clone();
                merge_general(&mut general, b.clone(), policy);
                let mut linear = a.clone();
                if merge_sorted(&mut linear, b.clone(), policy).is_ok() {
                    fast_used += 1;
                    assert_eq!(linear, general, "round {round} {policy:?}");
                } else {
                    assert_eq!(linear, a, "a refused merge leaves the list alone");
                }
                let mut public = a.clone();
                merge_entities(&mut public, b.clone(), policy);
                assert_eq!(public, general, "round {round} {policy:?}");
            }
        }
        assert!(fast_used >= 600, "the linear path ran {fast_used} times");
    }

    #[test]
    fn keep_prefers_earlier_steps() {
        let mut ex = vec![ent(16, 22, "PERSON")];
        merge_entities(
            &mut ex,
            vec![ent(10, 22, "PERSON"), ent(26, 36, "GPE")],
            Overlap::Keep,
        );
        assert_eq!(render(&ex), ["Aliyev PERSON", "Azerbaijan GPE"]);
    }

    #[test]
    fn replace_prefers_incoming_and_longest_prefers_length() {
        let mut ex = vec![ent(16, 22, "PERSON"), ent(26, 36, "GPE")];
        merge_entities(&mut ex, vec![ent(10, 22, "ORG")], Overlap::Replace);
        assert_eq!(render(&ex), ["Ilham Aliyev ORG", "Azerbaijan GPE"]);
        let mut ex = vec![ent(16, 22, "PERSON")];
        merge_entities(
            &mut ex,
            vec![ent(10, 22, "PERSON"), ent(0, 9, "X")],
            Overlap::Longest,
        );
        assert_eq!(render(&ex), ["President X", "Ilham Aliyev PERSON"]);
    }
}
