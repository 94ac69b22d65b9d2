//! Shared helpers: temporary folders and a hand-built annotated document.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use strata_core::*;

/// A folder under the system temp dir, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "strata-io-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    /// Writes `bytes` to `rel` (creating folders) and returns the full path.
    pub fn file(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The span of the `nth` occurrence of `needle`.
pub fn find(doc: &Document, needle: &str, nth: usize) -> Span {
    let (start, _) = doc
        .text()
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in text"));
    doc.span(start, start + needle.len()).unwrap()
}

/// Tokens by a simple rule for tests: runs of alphanumerics, other non-space chars alone.
fn tokens(doc: &Document) -> Vec<Token> {
    let text = doc.text();
    let mut out = Vec::new();
    let mut word: Option<usize> = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let wordy = c.is_alphanumeric() || c == '\'' || c == '’';
        if wordy {
            word.get_or_insert(i);
            continue;
        }
        if let Some(s) = word.take() {
            let kind = if text[s..i].chars().all(|c| c.is_ascii_digit()) {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(Token {
                span: doc.span(s, i).unwrap(),
                kind,
            });
        }
        if !c.is_whitespace() && i < text.len() {
            let kind = if c == '😀' {
                TokenKind::Emoji
            } else {
                TokenKind::Punct
            };
            out.push(Token {
                span: doc.span(i, i + c.len_utf8()).unwrap(),
                kind,
            });
        }
    }
    out
}

fn score(compound: f32) -> Score {
    Score {
        compound,
        positive: 0.4,
        negative: 0.0,
        neutral: 0.6,
    }
}

/// A small document with multi-byte punctuation and an emoji (one code point, two UTF-16
/// units) before most spans, and every layer filled.
pub fn sample() -> Document {
    let text = "“We’ll win 😀,” said Lu Mei in Baku.\nShe left – fast.";
    let mut doc = Document::new("sample-1", text);
    doc.meta
        .insert("source".into(), serde_json::json!("hand-built"));
    doc.tokens = Some(tokens(&doc));
    let s1 = doc.span(0, text.find('\n').unwrap()).unwrap();
    let s2 = doc.span(text.find("She").unwrap(), text.len()).unwrap();
    doc.sentences = Some(vec![Sentence { span: s1 }, Sentence { span: s2 }]);
    doc.language = Some(Language {
        code: "eng".into(),
        name: "English".into(),
        script: Some("Latin".into()),
        confidence: 0.75,
        reliable: true,
    });
    let mut stems = Stems::new();
    for t in doc.tokens.as_ref().unwrap() {
        stems.push(t.span, &doc.slice(t.span).to_lowercase());
    }
    doc.stems = Some(stems);
    let lu = find(&doc, "Lu Mei", 0);
    let baku = find(&doc, "Baku", 0);
    doc.entities = Some(vec![
        Entity {
            span: lu,
            label: "PERSON".into(),
            source: "test".into(),
            canonical: None,
            confidence: Some(0.9),
        },
        Entity {
            span: baku,
            label: "GPE".into(),
            source: "test:gazetteer".into(),
            canonical: Some("Baku".into()),
            confidence: None,
        },
    ]);
    let she = find(&doc, "She", 0);
    doc.clusters = Some(vec![NameCluster {
        id: 0,
        canonical: "Lu Mei".into(),
        label: "PERSON".into(),
        titles: vec!["Ambassador".into()],
        mentions: vec![
            Mention {
                span: lu,
                kind: MentionKind::Name,
                entity: Some(0),
            },
            Mention {
                span: she,
                kind: MentionKind::Pronoun,
                entity: None,
            },
        ],
    }]);
    let quote = find(&doc, "“We’ll win 😀,”", 0);
    doc.quotes = Some(vec![Quote {
        kind: QuoteKind::Direct,
        span: quote,
        speaker: Some(Speaker {
            name: Some("Lu Mei".into()),
            span: Some(lu),
            cluster: Some(0),
        }),
        cue: Some(find(&doc, "said", 0)),
        sieve: Some("trailing-said".into()),
        confidence: 0.8,
        utterance: None,
        role: None,
    }]);
    doc.sentiment = Some(Sentiment {
        document: score(0.3),
        sentences: vec![SpanScore {
            span: s2,
            score: score(-0.1),
        }],
        quotes: vec![SpanScore {
            span: quote,
            score: score(0.6),
        }],
        speakers: vec![SpeakerScore {
            speaker: "Lu Mei".into(),
            cluster: Some(0),
            quotes: 1,
            score: score(0.6),
        }],
        targets: vec![TargetScore {
            cluster: Some(0),
            name: "Lu Mei".into(),
            span: Some(lu),
            polarity: Polarity::Positive,
            score: 0.6,
            evidence: vec![quote],
        }],
    });
    let mut ext = ExtLayer::default();
    let mut attrs = std::collections::BTreeMap::new();
    attrs.insert("chars".to_string(), serde_json::json!(4));
    attrs.insert("label".to_string(), serde_json::json!("ignored: own key"));
    ext.spans.push(ExtSpan {
        span: find(&doc, "fast", 0),
        label: "long".into(),
        attrs,
    });
    doc.extensions.insert("wordlen".into(), ext);
    doc.diagnose(
        Severity::Info,
        "test",
        "dash",
        "an en dash",
        Some(find(&doc, "–", 0)),
    );
    doc
}
