//! Throughput of `sentences.rules` on the news corpus, repeated to about 10 MB.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn corpus() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut one = String::new();
    for f in files {
        one.push_str(&std::fs::read_to_string(f).expect("corpus file is UTF-8"));
        one.push_str("\n\n");
    }
    let mut text = String::with_capacity(10_000_000 + one.len());
    while text.len() < 10_000_000 {
        text.push_str(&one);
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = corpus();
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
