//! Snapshots of the entities `ner.patterns` then `ner.gazetteer` find in each corpus
//! article, one line per entity with the covered text: a readable record of behaviour.

use strata_core::{Annotator, Document};
use strata_ner::{Gazetteer, GazetteerSettings, Patterns};

fn render(doc: &Document) -> String {
    let mut out = String::new();
    for e in doc.entities.as_deref().unwrap_or(&[]) {
        let rule = e.source.rsplit(':').next().unwrap_or("");
        let canon = e
            .canonical
            .as_deref()
            .map(|c| format!(" ={c}"))
            .unwrap_or_default();
        out.push_str(&format!(
            "[{}..{}) {:?} {}{canon} ({rule})\n",
            e.span.start(),
            e.span.end(),
            doc.slice(e.span),
            e.label
        ));
    }
    out
}

#[test]
fn corpus_entities() {
    let gazetteer = Gazetteer::new(GazetteerSettings::default()).unwrap();
    insta::glob!("../../../corpus", "*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let mut doc = Document::new("t", text);
        strata_tokenize::RulesTokenizer::default()
            .annotate(&mut doc)
            .unwrap();
        Patterns::default().annotate(&mut doc).unwrap();
        gazetteer.annotate(&mut doc).unwrap();
        insta::assert_snapshot!(render(&doc));
    });
}
