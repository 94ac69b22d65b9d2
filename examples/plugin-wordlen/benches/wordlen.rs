//! `wordlen.buckets` alone, on corpus/*.txt repeated to about 10 MB, tokens made beforehand.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use strata::{Annotator, Config, Document, Pipeline};
use strata_plugin_wordlen::{Settings, WordLen};

fn tokenized_corpus() -> Vec<Document> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let toml = "[pipeline]\nsteps = [\"tokens\"]\n[steps.tokens]\nplugin = \"tokenize.rules\"\n";
    let tokens = Pipeline::build(
        &strata::registry().unwrap(),
        &Config::from_toml_str(toml, "bench.toml").unwrap(),
    )
    .unwrap();
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < 10_000_000 {
        for p in &paths {
            let mut doc = Document::new("d", std::fs::read_to_string(p).unwrap());
            tokens.run(&mut doc).unwrap();
            bytes += doc.text().len();
            docs.push(doc);
        }
    }
    docs
}

fn wordlen(c: &mut Criterion) {
    let plugin = WordLen::new(&Settings::default()).unwrap();
    let mut docs = tokenized_corpus();
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    let mut group = c.benchmark_group("plugin.wordlen");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("corpus_x10MB", |b| {
        b.iter(|| {
            for doc in docs.iter_mut() {
                plugin.annotate(doc).unwrap();
            }
        })
    });
    group.finish();
}

criterion_group!(benches, wordlen);
criterion_main!(benches);
