//! Throughput of `tokenize.rules` on the news corpus repeated to about 10 MB.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use strata_core::{Annotator, Document};
use strata_tokenize::{RulesTokenizer, Tokenizer};

fn bench(c: &mut Criterion) {
    let text = strata_testdata::text_repeated(strata_testdata::BENCH_BYTES);
    let tokenizer = Tokenizer::new();
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut group = c.benchmark_group("tokenize.rules");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("corpus_10mb", |b| {
        b.iter(|| {
            out.clear();
            tokenizer.tokenize_into(black_box(&text), &mut out);
            black_box(out.len())
        })
    });
    group.bench_function("corpus_10mb_alloc", |b| {
        b.iter(|| black_box(tokenizer.tokenize(black_box(&text)).len()))
    });
    // The plugin as a pipeline runs it: tokens become checked `Span`s on the document.
    let plugin = RulesTokenizer::default();
    let mut doc = Document::new("bench", text.clone());
    group.bench_function("annotate_10mb", |b| {
        b.iter(|| {
            doc.tokens = None;
            plugin
                .annotate(black_box(&mut doc))
                .expect("tokenizer runs");
            black_box(doc.tokens.as_ref().map(Vec::len))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
