//! Throughput of `stem.snowball` on the news corpus repeated to about 10 MB (English).
//! Tokens come from a simple splitter here so the bench measures stemming alone.
//! `corpus_10mb` runs on one thread, so after the first iteration every word is in that
//! thread's stem cache (as in a long pipeline run over news); `corpus_10mb_cold_cache`
//! runs each iteration on a fresh thread, so every word type is stemmed once again.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use strata_core::{Annotator, Document, Token, TokenKind};
use strata_stem::{SnowballStemmer, StemSettings};

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
    let text = strata_testdata::text_repeated(strata_testdata::BENCH_BYTES);
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
            black_box(doc.stems.as_ref().map(strata_core::Stems::len))
        })
    });
    group.bench_function("corpus_10mb_cold_cache", |b| {
        b.iter(|| {
            std::thread::scope(|scope| {
                scope
                    .spawn(|| {
                        doc.tokens = Some(tokens.clone());
                        plugin.annotate(&mut doc).expect("tokens present");
                        black_box(doc.stems.as_ref().map(strata_core::Stems::len))
                    })
                    .join()
                    .expect("no panic")
            })
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
