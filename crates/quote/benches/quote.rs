//! Speed of quote.detect + quote.attribute on the corpus repeated to about 10 MB.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use strata_core::{Annotator, Document};
use strata_quote::{QuoteAttributor, QuoteDetector};

fn bench(c: &mut Criterion) {
    let docs = strata_testdata::articles_repeated(strata_testdata::BENCH_BYTES);
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let detect = QuoteDetector::default();
    let attribute = QuoteAttributor::default();
    let mut g = c.benchmark_group("quote");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("detect", |b| {
        b.iter(|| {
            for t in &docs {
                let mut doc = Document::new("d", t.as_str());
                detect.annotate(&mut doc).expect("detect runs");
                black_box(&doc.quotes);
            }
        })
    });
    g.bench_function("detect+attribute", |b| {
        b.iter(|| {
            for t in &docs {
                let mut doc = Document::new("d", t.as_str());
                detect.annotate(&mut doc).expect("detect runs");
                attribute.annotate(&mut doc).expect("attribute runs");
                black_box(&doc.quotes);
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
