//! Throughput of `ner.patterns` and `ner.gazetteer` on the news corpus repeated to about
//! 10 MB as one document (tokens computed once, outside the timing).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use strata_core::{Annotator, Document};
use strata_ner::{Gazetteer, GazetteerSettings, Patterns};

fn bench(c: &mut Criterion) {
    let text = strata_testdata::text_repeated(strata_testdata::BENCH_BYTES);
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
