//! The default news pipeline on corpus/*.txt repeated to about 10 MB, on one thread.
//! `cargo bench --bench pipeline` prints MB/s (Throughput::Bytes).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use strata::{Config, Document, Pipeline};

/// The corpus articles, repeated until they hold about 10 MB of text.
fn corpus_10mb() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/ exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("UTF-8 article"))
        .collect();
    let mut out = Vec::new();
    let mut bytes = 0;
    while bytes < 10_000_000 {
        for t in &texts {
            bytes += t.len();
            out.push(t.clone());
        }
    }
    out
}

fn default_pipeline(c: &mut Criterion) {
    let registry = strata::registry().expect("registry");
    let pipeline = Pipeline::build(&registry, &Config::default_news()).expect("default pipeline");
    let texts = corpus_10mb();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("pipeline.default");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("corpus_x10MB", |b| {
        b.iter(|| {
            for (i, t) in texts.iter().enumerate() {
                let mut doc = Document::new(i.to_string(), t.as_str());
                pipeline.run(&mut doc).expect("annotated");
                std::hint::black_box(&doc);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, default_pipeline);
criterion_main!(benches);
