//! Throughput of `names.cluster` alone (on the seed gold entities) and of the entity
//! plugins plus clustering together, on the corpus repeated to about 10 MB as one
//! document (tokens computed once, outside the timing).

use std::hint::black_box;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use strata_core::{Annotator, Document, Entity};
use strata_names::NameClusterer;
use strata_ner::{Gazetteer, GazetteerSettings, Patterns};

/// The seed articles (text and gold entities in byte offsets).
/// A gold entity: byte start, byte end, label.
type Gold = (usize, usize, String);

fn seeds() -> Vec<(String, Vec<Gold>)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/eval/seeds/gold.jsonl"
    );
    let data = std::fs::read_to_string(path).expect("seed gold exists");
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("JSON");
            let text = v["text"].as_str().expect("text").to_string();
            let byte = |cp: u64| {
                text.char_indices()
                    .nth(cp as usize)
                    .map_or(text.len(), |(b, _)| b)
            };
            let ents = v["entities"]
                .as_array()
                .expect("entities")
                .iter()
                .map(|e| {
                    (
                        byte(e["start"].as_u64().expect("start")),
                        byte(e["end"].as_u64().expect("end")),
                        e["label"].as_str().expect("label").to_string(),
                    )
                })
                .collect();
            (text, ents)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    // The seeds are the corpus articles; repeat them with their entities to ~10 MB.
    let seeds = seeds();
    let mut text = String::with_capacity(10_500_000);
    let mut spans = Vec::new();
    while text.len() < 10_000_000 {
        for (t, ents) in &seeds {
            let base = text.len();
            text.push_str(t);
            text.push_str("\n\n");
            spans.extend(ents.iter().map(|(s, e, l)| (base + s, base + e, l.clone())));
        }
    }
    let mut doc = Document::new("bench", text.clone());
    strata_tokenize::RulesTokenizer::default()
        .annotate(&mut doc)
        .expect("tokenizer runs");
    let bare = doc.clone();
    doc.entities = Some(
        spans
            .iter()
            .map(|(s, e, l)| Entity {
                span: doc.span(*s, *e).expect("gold span"),
                label: l.clone().into(),
                source: "gold".into(),
                canonical: None,
                confidence: None,
            })
            .collect(),
    );
    let clusterer = NameClusterer::default();
    let patterns = Patterns::default();
    let gazetteer = Gazetteer::new(GazetteerSettings::default()).expect("lists load");

    let mut group = c.benchmark_group("names");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("cluster/corpus_10mb", |b| {
        b.iter(|| black_box(clusterer.cluster(black_box(&doc)).len()))
    });
    group.bench_function("patterns+gazetteer+cluster/corpus_10mb", |b| {
        b.iter_batched(
            || bare.clone(),
            |mut d| {
                patterns.annotate(&mut d).expect("runs");
                gazetteer.annotate(&mut d).expect("runs");
                clusterer.annotate(&mut d).expect("runs");
                black_box(d.clusters.map(|c| c.len()))
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
