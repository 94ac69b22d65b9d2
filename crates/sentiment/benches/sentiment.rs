//! Criterion bench of `sentiment.lexicon` on corpus/ repeated to about 10 MB.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use strata_core::{Annotator, Document, Settings};
use strata_quote as _;

fn bench(c: &mut Criterion) {
    let text = strata_testdata::text_repeated(strata_testdata::BENCH_BYTES);
    let settings = Settings::new();
    let tok = (strata_tokenize_factory().build)(&settings).unwrap();
    let sent = (strata_sentences_factory().build)(&settings).unwrap();
    let mut base = Document::new("bench", text.clone());
    tok.annotate(&mut base).unwrap();
    sent.annotate(&mut base).unwrap();
    // All levels: quotes and speakers from quote.detect + quote.attribute, and every
    // capitalised word as an input target (far more targets than real documents name).
    for q in ["quote.detect", "quote.attribute"] {
        (factory(q).build)(&settings)
            .unwrap()
            .annotate(&mut base)
            .unwrap();
    }
    let targets = base
        .tokens
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter(|t| t.span.text(&text).starts_with(|c: char| c.is_uppercase()))
        .map(|t| t.span)
        .collect();
    base.targets = Some(targets);
    let scorer = strata_sentiment::SentimentScorer::new(Default::default());
    let mut g = c.benchmark_group("sentiment.lexicon");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("corpus_10mb", |b| {
        b.iter_batched(
            || base.clone(),
            |mut doc| scorer.annotate(&mut doc).unwrap(),
            criterion::BatchSize::LargeInput,
        )
    });
    g.finish();
}

fn factory(name: &str) -> &'static strata_core::PluginFactory {
    strata_core::inventory::iter::<strata_core::PluginFactory>
        .into_iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("plugin {name} not linked"))
}

fn strata_tokenize_factory() -> &'static strata_core::PluginFactory {
    use strata_tokenize as _;
    factory("tokenize.rules")
}

fn strata_sentences_factory() -> &'static strata_core::PluginFactory {
    use strata_sentences as _;
    factory("sentences.rules")
}

criterion_group!(benches, bench);
criterion_main!(benches);
