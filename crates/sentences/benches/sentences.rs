//! Throughput of `sentences.rules` on the news corpus, repeated to about 10 MB.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let text = strata_testdata::text_repeated(strata_testdata::BENCH_BYTES);
    let splitter = strata_sentences::Splitter::default();
    let mut out = Vec::new();
    let mut group = c.benchmark_group("sentences.rules");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("split", |b| {
        b.iter(|| {
            out.clear();
            splitter.split_into(black_box(&text), &mut out);
            black_box(out.len())
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
