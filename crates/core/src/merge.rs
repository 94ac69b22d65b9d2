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
/// O((n + m) log(n + m)).
pub fn merge_entities(existing: &mut Vec<Entity>, incoming: Vec<Entity>, policy: Overlap) {
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

    fn ent(s: usize, e: usize, label: &str) -> Entity {
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
