//! Throughput of `stem.snowball` on the news corpus repeated to about 10 MB (English).
//! Tokens come from a simple splitter here so the bench measures stemming alone.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use strata_core::{Annotator, Document, Token, TokenKind};
use strata_stem::{SnowballStemmer, StemSettings};

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

/// Words (letters, digits, inner apostrophes) and single punctuation marks.
fn split(doc: &Document) -> Vec<Token> {
    let text = doc.text();
    let mut out = Vec::new();
    let mut start = None;
    let mut push = |s: usize, e: usize| {
        let kind = if text[s..e].chars().any(char::is_alphabetic) {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        out.push(Token {
            span: doc.span(s, e).expect("split on char boundaries"),
            kind,
        });
    };
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() || c == '\'' || c == '\u{2019}' {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            push(s, i);
        }
        if !c.is_whitespace() {
            push(i, i + c.len_utf8());
        }
    }
    if let Some(s) = start {
        push(s, text.len());
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let mut doc = Document::new("bench", text);
    let tokens = split(&doc);
    let plugin = SnowballStemmer::new(StemSettings::default());
    let mut group = c.benchmark_group("stem.snowball");
    group.throughput(Throughput::Bytes(doc.text().len() as u64));
    group.sample_size(10);
    group.bench_function("corpus_10mb", |b| {
        b.iter(|| {
            doc.tokens = Some(tokens.clone());
            plugin.annotate(&mut doc).expect("tokens present");
            black_box(doc.stems.as_ref().map(Vec::len))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
