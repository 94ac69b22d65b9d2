//! Throughput of `tokenize.rules` on the news corpus repeated to about 10 MB.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use strata_core::{Annotator, Document};
use strata_tokenize::{RulesTokenizer, Tokenizer};

fn corpus() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut one = String::new();
    for p in paths {
        one.push_str(&std::fs::read_to_string(p).expect("corpus file is UTF-8"));
        one.push_str("\n\n");
    }
    let mut text = String::with_capacity(10_500_000);
    while text.len() < 10_000_000 {
        text.push_str(&one);
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = corpus();
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
