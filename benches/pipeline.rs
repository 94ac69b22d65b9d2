//! The default news pipeline on corpus/*.txt repeated to about 10 MB, on one thread, run
//! one document at a time (`Pipeline::run`) and in batches of about 256 KB step by step
//! (`Pipeline::run_batch`, what `strata run` does). `cargo bench --bench pipeline` prints
//! MB/s (Throughput::Bytes).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use strata::pipeline::BATCH_BYTES;
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
    group.bench_function("corpus_x10MB_batches", |b| {
        b.iter(|| {
            let mut batch = Vec::new();
            let mut held = 0;
            for (i, t) in texts.iter().enumerate() {
                batch.push(Document::new(i.to_string(), t.as_str()));
                held += t.len();
                if held >= BATCH_BYTES || i + 1 == texts.len() {
                    for r in pipeline.run_batch(&mut batch, None) {
                        r.expect("annotated");
                    }
                    std::hint::black_box(&batch);
                    batch.clear();
                    held = 0;
                }
            }
        })
    });
    group.finish();
}

criterion_group!(benches, default_pipeline);
criterion_main!(benches);
