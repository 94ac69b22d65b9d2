//! The default pipeline on every corpus article, rendered for reading: counts over the
//! whole article (tokens, entities by label, the largest name clusters, quotes by kind and
//! speaker, document sentiment), then its first sentences with their tokens (and stems where they differ
//! from the lowercased word). A change anywhere moves the counts; a change at the start is
//! shown in full.

use strata::{Config, Document, Pipeline};

/// Sentences shown in full per article.
const SHOWN: usize = 12;

fn render(doc: &Document) -> String {
    let text = doc.text();
    let mut out = String::new();
    let tokens = doc.tokens.as_deref().unwrap_or_default();
    let sentences = doc.sentences.as_deref().unwrap_or_default();
    let mut kinds = std::collections::BTreeMap::new();
    for t in tokens {
        *kinds
            .entry(format!("{:?}", t.kind).to_lowercase())
            .or_insert(0) += 1;
    }
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
    out.push_str(&format!(
        "{} bytes, {} tokens ({}), {} sentences\n",
        text.len(),
        tokens.len(),
        kinds.join(", "),
        sentences.len()
    ));
    if let Some(lang) = &doc.language {
        out.push_str(&format!(
            "language: {} ({}), reliable {}\n",
            lang.code, lang.name, lang.reliable
        ));
    }
    if let Some(ents) = &doc.entities {
        let mut labels = std::collections::BTreeMap::new();
        for e in ents {
            *labels.entry(e.label.as_ref()).or_insert(0) += 1;
        }
        let labels: Vec<String> = labels.iter().map(|(k, n)| format!("{k} {n}")).collect();
        out.push_str(&format!(
            "entities: {} ({})\n",
            ents.len(),
            labels.join(", ")
        ));
    }
    if let Some(clusters) = &doc.clusters {
        let mut biggest: Vec<_> = clusters.iter().collect();
        biggest.sort_by_key(|c| std::cmp::Reverse(c.mentions.len()));
        let top: Vec<String> = biggest
            .iter()
            .take(3)
            .map(|c| format!("{} x{}", c.canonical, c.mentions.len()))
            .collect();
        out.push_str(&format!(
            "clusters: {} (largest: {})\n",
            clusters.len(),
            top.join(", ")
        ));
    }
    if let Some(quotes) = &doc.quotes {
        let mut speakers = std::collections::BTreeMap::new();
        for q in quotes {
            let who = q
                .speaker
                .as_ref()
                .and_then(|s| s.name.as_deref())
                .unwrap_or("?");
            *speakers
                .entry(format!("{:?} by {who}", q.kind).to_lowercase())
                .or_insert(0) += 1;
        }
        let speakers: Vec<String> = speakers.iter().map(|(k, n)| format!("{k} {n}")).collect();
        out.push_str(&format!(
            "quotes: {} ({})\n",
            quotes.len(),
            speakers.join(", ")
        ));
    }
    if let Some(s) = &doc.sentiment {
        out.push_str(&format!(
            "sentiment: document {:+.2}, {} sentences, {} speakers, {} targets\n",
            s.document.compound,
            s.sentences.len(),
            s.speakers.len(),
            s.targets.len()
        ));
    }
    for d in &doc.diagnostics {
        out.push_str(&format!(
            "diagnostic: {} {} {}\n",
            d.source, d.code, d.message
        ));
    }
    let stems = doc.stems.as_ref();
    for s in sentences.iter().take(SHOWN) {
        let range = doc.token_range(s.span);
        let words: Vec<String> = range
            .clone()
            .map(|i| {
                let t = doc.slice(tokens[i].span);
                let shown = if t.contains(char::is_whitespace) {
                    format!("{t:?}")
                } else {
                    t.to_string()
                };
                match stems.and_then(|st| st.get(i)) {
                    Some(st) if st.stem != t.to_lowercase() => format!("{shown}/{}", st.stem),
                    _ => shown,
                }
            })
            .collect();
        out.push_str(&format!(
            "\n[{}..{}) {}",
            s.span.start(),
            s.span.end(),
            words.join(" ")
        ));
    }
    if sentences.len() > SHOWN {
        out.push_str(&format!(
            "\n\n... {} more sentences",
            sentences.len() - SHOWN
        ));
    }
    out.push('\n');
    out
}

#[test]
fn default_pipeline_on_the_corpus() {
    let registry = strata::registry().unwrap();
    let pipeline = Pipeline::build(&registry, &Config::default_news()).unwrap();
    insta::glob!("../../corpus", "*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let id = path.file_stem().unwrap().to_string_lossy();
        let mut doc = Document::new(id, text);
        pipeline.run(&mut doc).unwrap();
        insta::assert_snapshot!(render(&doc));
    });
}
