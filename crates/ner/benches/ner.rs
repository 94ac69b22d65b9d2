//! Throughput of `ner.patterns` and `ner.gazetteer` on the news corpus repeated to about
//! 10 MB as one document (tokens computed once, outside the timing).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use strata_core::{Annotator, Document};
use strata_ner::{Gazetteer, GazetteerSettings, Patterns};

fn corpus() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut one = String::new();
    for p in paths {
        one.push_str(&std::fs::read_to_string(p).expect("corpus file is UTF-8"));
        one.push_str("\n\n");
    }
    let mut text = String::with_capacity(10_500_000);
    while text.len() < 10_000_000 {
        text.push_str(&one);
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let mut doc = Document::new("bench", text.clone());
    strata_tokenize::RulesTokenizer::default()
        .annotate(&mut doc)
        .expect("tokenizer runs");
    let patterns = Patterns::default();
    let gazetteer = Gazetteer::new(GazetteerSettings::default()).expect("built-in lists load");
    let mut group = c.benchmark_group("ner");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("patterns/corpus_10mb", |b| {
        b.iter(|| black_box(patterns.find(black_box(&doc)).expect("runs").len()))
    });
    group.bench_function("gazetteer/corpus_10mb", |b| {
        b.iter(|| black_box(gazetteer.find(black_box(&doc)).expect("runs").len()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
