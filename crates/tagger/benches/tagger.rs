//! Throughput of `ner.perceptron` on the corpus repeated to about 10 MB. Tokens and
//! sentences come from a plain splitter run outside the timed loop.

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use strata_core::{Annotator, Document, Sentence, Token, TokenKind};
use strata_tagger::PerceptronNer;

/// Words are runs of alphanumerics (with inner `.`, `'`, `’`, `-`); other non-space chars
/// are single tokens; a sentence ends at a line break or at `.`, `!`, `?` before a space.
fn split(id: &str, text: &str) -> Document {
    let mut doc = Document::new(id, text);
    let mut tokens: Vec<Token> = Vec::new();
    let mut sentences = Vec::new();
    let mut sent_start: Option<usize> = None;
    let b = text.as_bytes();
    let mut it = text.char_indices().peekable();
    let close = |s: usize, tokens: &[Token], out: &mut Vec<Sentence>, doc: &Document| {
        let e = tokens.last().map_or(s, |t| t.span.end());
        out.push(Sentence {
            span: doc.span(s, e).unwrap(),
        });
    };
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            if c == '\n'
                && let Some(s) = sent_start.take()
            {
                close(s, &tokens, &mut sentences, &doc);
            }
            continue;
        }
        let mut end = i + c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(&(j, d)) = it.peek() {
                let inner = matches!(d, '.' | '\'' | '’' | '-')
                    && text[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if d.is_alphanumeric() || inner {
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
        }
        tokens.push(Token {
            span: doc.span(i, end).unwrap(),
            kind: TokenKind::Word,
        });
        sent_start.get_or_insert(i);
        if matches!(c, '.' | '!' | '?') && b.get(end).is_none_or(|x| *x == b' ') {
            let s = sent_start.take().unwrap();
            close(s, &tokens, &mut sentences, &doc);
        }
    }
    if let Some(s) = sent_start {
        close(s, &tokens, &mut sentences, &doc);
    }
    doc.tokens = Some(tokens);
    doc.sentences = Some(sentences);
    doc
}

fn corpus_docs(target: usize) -> (Vec<Document>, usize) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let mut texts: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    texts.sort();
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < target {
        for (name, text) in &texts {
            docs.push(split(name, text));
            bytes += text.len();
        }
    }
    (docs, bytes)
}

fn bench(c: &mut Criterion) {
    let (docs, bytes) = corpus_docs(10 << 20);
    let tagger = PerceptronNer::builtin().unwrap();
    let mut g = c.benchmark_group("ner.perceptron");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("corpus x10MB", |b| {
        b.iter_batched(
            || docs.clone(),
            |mut docs| {
                for d in &mut docs {
                    tagger.annotate(d).unwrap();
                }
                docs
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
    let mut g = c.benchmark_group("ner.perceptron model");
    g.sample_size(10);
    g.bench_function("load", |b| {
        let bytes: &[u8] = include_bytes!("../models/news-en.bin");
        b.iter(|| strata_tagger::Model::load(bytes).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
