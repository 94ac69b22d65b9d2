//! Throughput of `lang.whatlang`: per article (the usual case) and on one 10 MB document
//! (where only the sampled windows are read).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use strata_core::{Annotator, Document};
use strata_lang::{LangDetector, LangSettings};

fn bench(c: &mut Criterion) {
    let articles = strata_testdata::articles();
    // the articles repeated to about 10 MB, as separate documents
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < 10_000_000 {
        for a in &articles {
            bytes += a.len();
            docs.push(a.as_str());
        }
    }
    let big = docs.concat();
    let plugin = LangDetector::new(LangSettings::default()).expect("default settings");
    let mut group = c.benchmark_group("lang.whatlang");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("corpus_10mb_articles", |b| {
        b.iter(|| {
            for text in &docs {
                let mut doc = Document::new("b", *text);
                plugin.annotate(&mut doc).unwrap();
                black_box(doc.language);
            }
        })
    });
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.bench_function("corpus_10mb_one_document", |b| {
        let mut doc = Document::new("b", big.as_str());
        b.iter(|| {
            plugin.annotate(&mut doc).unwrap();
            black_box(&doc.language);
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
