//! Snapshots of sentiment over corpus/: the document's tone, its five most positive and
//! five most negative sentences, and each speaker's score, rendered to be read.

use std::fmt::Write;

use strata_core::{Annotator, Document, PluginFactory, Settings};
use strata_quote as _;
use strata_sentences as _;
use strata_sentiment as _;
use strata_tokenize as _;

fn plugin(name: &str) -> Box<dyn Annotator> {
    let f = strata_core::inventory::iter::<PluginFactory>
        .into_iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("plugin {name} not linked"));
    (f.build)(&Settings::new()).unwrap()
}

/// Cuts `s` to at most `n` characters for display.
fn cut(s: &str, n: usize) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &one_line[..i]),
        None => one_line,
    }
}

fn render(text: &str) -> String {
    let mut doc = Document::new("corpus", text);
    for p in [
        "tokenize.rules",
        "sentences.rules",
        "quote.detect",
        "quote.attribute",
        "sentiment.lexicon",
    ] {
        plugin(p).annotate(&mut doc).unwrap();
    }
    let s = doc.sentiment.as_ref().unwrap();
    let mut out = String::new();
    let d = &s.document;
    writeln!(
        out,
        "document {:+.3} (pos {:.2} neg {:.2} neu {:.2}), {} sentences, {} quotes",
        d.compound,
        d.positive,
        d.negative,
        d.neutral,
        s.sentences.len(),
        s.quotes.len()
    )
    .unwrap();
    let mut order: Vec<usize> = (0..s.sentences.len()).collect();
    order.sort_by(|&a, &b| {
        s.sentences[b]
            .score
            .compound
            .total_cmp(&s.sentences[a].score.compound)
            .then(a.cmp(&b))
    });
    writeln!(out, "most positive:").unwrap();
    for &i in order.iter().take(5) {
        let x = &s.sentences[i];
        if x.score.compound > 0.0 {
            let span = x.span;
            writeln!(
                out,
                "  {:+.3} {:?}",
                x.score.compound,
                cut(doc.slice(span), 90)
            )
            .unwrap();
        }
    }
    writeln!(out, "most negative:").unwrap();
    for &i in order.iter().rev().take(5) {
        let x = &s.sentences[i];
        if x.score.compound < 0.0 {
            writeln!(
                out,
                "  {:+.3} {:?}",
                x.score.compound,
                cut(doc.slice(x.span), 90)
            )
            .unwrap();
        }
    }
    writeln!(out, "speakers:").unwrap();
    for sp in &s.speakers {
        writeln!(
            out,
            "  {:+.3} {} ({} quotes)",
            sp.score.compound, sp.speaker, sp.quotes
        )
        .unwrap();
    }
    out
}

#[test]
fn corpus_sentiment() {
    insta::glob!("../../../corpus", "*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        insta::assert_snapshot!(render(&text));
    });
}
