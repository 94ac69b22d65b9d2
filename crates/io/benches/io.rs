//! Throughput of offset conversion, reading JSONL and writing each format, on the corpus
//! repeated to about 10 MB.

use std::hint::black_box;
use std::io::Cursor;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use strata_core::{Document, Entity, Sentence, Token, TokenKind};
use strata_io::{Format, Inputs, OffsetMap, OffsetUnit, ReadOptions, writer};

const TARGET: usize = 10 << 20;

fn corpus() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("corpus is UTF-8"))
        .collect()
}

fn big_text(docs: &[String]) -> String {
    let mut text = String::with_capacity(TARGET + 100_000);
    while text.len() < TARGET {
        for d in docs {
            text.push_str(d);
            text.push_str("\n\n");
        }
    }
    text
}

/// Whitespace tokens, sentences ending at ". ", capitalised words as entities: enough
/// layers for the writers to do realistic work without depending on plugin crates.
fn annotated(text: String) -> Document {
    let mut doc = Document::new("bench", text);
    let t = doc.text().to_string();
    let mut tokens = Vec::new();
    let mut ents = Vec::new();
    let mut start = None;
    for (i, c) in t.char_indices().chain([(t.len(), ' ')]) {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                let span = doc.span(s, i).expect("char boundaries");
                tokens.push(Token {
                    span,
                    kind: TokenKind::Word,
                });
                if t[s..i].starts_with(|c: char| c.is_uppercase()) {
                    ents.push(Entity {
                        span,
                        label: "PERSON".into(),
                        source: "bench".into(),
                        canonical: None,
                        confidence: None,
                    });
                }
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    let mut sentences = Vec::new();
    let mut s = 0;
    for (i, _) in t.match_indices(". ") {
        sentences.push(Sentence {
            span: doc.span(s, i + 1).expect("char boundaries"),
        });
        s = i + 2;
    }
    doc.tokens = Some(tokens);
    doc.sentences = Some(sentences);
    doc.entities = Some(ents);
    doc
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let text = big_text(&docs);
    let bytes = text.len() as u64;

    let mut g = c.benchmark_group("offsets");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(20);
    let starts: Vec<usize> = text
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .map(|(i, _)| i)
        .collect();
    g.bench_function("build+convert/char", |b| {
        b.iter(|| {
            let map = OffsetMap::new(black_box(&text));
            starts
                .iter()
                .map(|&i| map.to_unit(i, OffsetUnit::Char))
                .sum::<usize>()
        })
    });
    g.bench_function("build+cursor/utf16", |b| {
        b.iter(|| {
            let map = OffsetMap::new(black_box(&text));
            let mut cur = map.cursor(OffsetUnit::Utf16);
            starts.iter().map(|&i| cur.offset(i)).sum::<usize>()
        })
    });
    g.finish();

    let mut jsonl = String::new();
    let mut n = 0;
    while jsonl.len() < TARGET {
        for d in &docs {
            jsonl.push_str(&serde_json::json!({"id": format!("d{n}"), "text": d}).to_string());
            jsonl.push('\n');
            n += 1;
        }
    }
    let mut g = c.benchmark_group("read");
    g.throughput(Throughput::Bytes(jsonl.len() as u64));
    g.sample_size(20);
    g.bench_function("jsonl", |b| {
        b.iter(|| {
            let cursor = Cursor::new(jsonl.clone().into_bytes());
            Inputs::from_jsonl_reader("bench", cursor, ReadOptions::default()).count()
        })
    });
    g.finish();

    let doc = annotated(text);
    let mut g = c.benchmark_group("write");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    for format in [Format::Jsonl, Format::Conllu, Format::Brat, Format::Html] {
        g.bench_function(format.name(), |b| {
            b.iter(|| {
                let mut w = writer(format, OffsetUnit::Char, Box::new(std::io::sink()));
                w.write_doc(black_box(&doc)).expect("sink never fails");
                w.finish().expect("sink never fails");
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
