//! The default news pipeline on corpus/*.txt repeated to about 10 MB, on one thread.
//! `cargo bench --bench pipeline` prints MB/s (Throughput::Bytes).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use strata::{Config, Document, Pipeline};

fn default_pipeline(c: &mut Criterion) {
    let registry = strata::registry().expect("registry");
    let pipeline = Pipeline::build(&registry, &Config::default_news()).expect("default pipeline");
    let texts = strata_testdata::articles_repeated(strata_testdata::BENCH_BYTES);
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
