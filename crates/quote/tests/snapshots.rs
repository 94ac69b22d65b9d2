//! Snapshots of quotes with their speakers, cues and sieves on corpus/*.txt.
//! Each line: `[start..end) kind "quote text" <- speaker @ "mention" cue "said" sieve (confidence)`.

use strata_core::{Annotator, Document, QuoteKind};
use strata_quote::{QuoteAttributor, QuoteDetector};

fn short(s: &str) -> String {
    let s = s.replace('\n', "⏎");
    let n = s.chars().count();
    if n <= 70 {
        return s;
    }
    let head: String = s.chars().take(45).collect();
    let tail: String = s.chars().skip(n - 20).collect();
    format!("{head} … {tail}")
}

fn render(text: &str) -> String {
    let mut doc = Document::new("d", text);
    QuoteDetector::default().annotate(&mut doc).expect("detect");
    QuoteAttributor::default()
        .annotate(&mut doc)
        .expect("attribute");
    let mut out = String::new();
    for q in doc.quotes.iter().flatten() {
        let kind = match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Turn => "turn",
            QuoteKind::Scare => "scare",
        };
        out.push_str(&format!(
            "[{}..{}) {kind} {:?}",
            q.span.start(),
            q.span.end(),
            short(q.span.text(text))
        ));
        if let Some(r) = &q.role {
            out.push_str(&format!(" ({r})"));
        }
        if q.kind != QuoteKind::Scare {
            match &q.speaker {
                Some(s) => {
                    out.push_str(&format!(" <- {}", s.name.as_deref().unwrap_or("?")));
                    if let Some(m) = s.span {
                        out.push_str(&format!(" @ {:?}", m.text(text)));
                    }
                }
                None => out.push_str(" <- ?"),
            }
            if let Some(c) = q.cue {
                out.push_str(&format!(" cue {:?}", c.text(text)));
            }
            out.push_str(&format!(
                " {} ({:.2})",
                q.sieve.as_deref().unwrap_or("-"),
                q.confidence
            ));
        }
        if let Some(u) = q.utterance {
            out.push_str(&format!(" utterance {u}"));
        }
        out.push('\n');
    }
    for d in &doc.diagnostics {
        out.push_str(&format!("diagnostic {} {}\n", d.code, d.message));
    }
    out
}

#[test]
fn corpus_quotes() {
    insta::glob!("../../../corpus", "*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("readable corpus file");
        insta::assert_snapshot!(render(&text));
    });
}
