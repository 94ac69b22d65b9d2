//! Shared test helpers: seed documents with their gold entities, and readable renderings.

#![allow(dead_code)]

use strata_core::{Annotator, Document, Entity, NameCluster};
use strata_names::NameClusterer;

pub fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Byte offset of a code-point offset.
fn byte_at(text: &str, cp: usize) -> usize {
    text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b)
}

pub struct Seed {
    pub doc: Document,
    pub gold: serde_json::Value,
}

/// The seed gold documents, tokenized, with the gold entities as the entity layer, so
/// that clustering is tested on its own, apart from the recognisers' errors.
pub fn seeds() -> Vec<Seed> {
    let data = std::fs::read_to_string(root().join("data/eval/seeds/gold.jsonl")).unwrap();
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let text = v["text"].as_str().unwrap().to_string();
            let mut doc = Document::new(v["id"].as_str().unwrap(), text.clone());
            strata_tokenize::RulesTokenizer::default()
                .annotate(&mut doc)
                .unwrap();
            let mut ents: Vec<Entity> = v["entities"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    let s = byte_at(&text, e["start"].as_u64().unwrap() as usize);
                    let t = byte_at(&text, e["end"].as_u64().unwrap() as usize);
                    Entity {
                        span: doc.span(s, t).unwrap(),
                        label: e["label"]
                            .as_str()
                            .unwrap()
                            .split('|')
                            .next()
                            .unwrap()
                            .to_string()
                            .into(),
                        source: "gold".into(),
                        canonical: None,
                        confidence: None,
                    }
                })
                .collect();
            ents.sort_by_key(|e| e.span.start());
            doc.entities = Some(ents);
            NameClusterer::default().annotate(&mut doc).unwrap();
            Seed { doc, gold: v }
        })
        .collect()
}

/// The cluster holding a mention with exactly this span.
pub fn cluster_of(doc: &Document, start: usize, end: usize) -> Option<&NameCluster> {
    doc.clusters.as_ref()?.iter().find(|c| {
        c.mentions
            .iter()
            .any(|m| m.span.start() == start && m.span.end() == end)
    })
}

/// Person clusters with every mention, one per line; organisations and places as one
/// summary line each (their mentions are many and alike).
pub fn render_clusters(doc: &Document) -> String {
    let mut out = String::new();
    for c in doc.clusters.as_deref().unwrap_or(&[]) {
        let titles = if c.titles.is_empty() {
            String::new()
        } else {
            format!(" titles={:?}", c.titles)
        };
        if c.label != "PERSON" {
            let mut forms: Vec<&str> = c.mentions.iter().map(|m| doc.slice(m.span)).collect();
            forms.sort_unstable();
            forms.dedup();
            out.push_str(&format!(
                "#{} {} {:?} x{} {:?}\n",
                c.id,
                c.label,
                c.canonical,
                c.mentions.len(),
                forms
            ));
            continue;
        }
        out.push_str(&format!(
            "#{} {} {:?}{titles}\n",
            c.id, c.label, c.canonical
        ));
        for m in &c.mentions {
            out.push_str(&format!(
                "    [{}..{}) {:?} {:?}\n",
                m.span.start(),
                m.span.end(),
                doc.slice(m.span),
                m.kind
            ));
        }
    }
    out
}
