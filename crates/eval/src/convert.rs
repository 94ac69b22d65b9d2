//! From an annotated [`Document`] (byte spans) to a prediction in the gold format
//! (code-point offsets), so a pipeline's output can be scored without a round trip
//! through files.

use serde_json::Map;
use strata_core::{Document, Polarity, QuoteKind, Span};

use crate::gold::{GoldDoc, GoldEntity, GoldQuote, GoldSentiment, GoldTarget, Offsets};

/// Byte offset -> code-point offset for one text, by binary search over char starts.
struct CharIndex(Vec<usize>);

impl CharIndex {
    fn new(text: &str) -> CharIndex {
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        CharIndex(starts)
    }

    /// Spans are on char boundaries by construction, so the lookup is exact.
    fn at(&self, byte: usize) -> i64 {
        self.0.partition_point(|&s| s < byte) as i64
    }

    fn span(&self, s: Span) -> Offsets {
        (self.at(s.start()), self.at(s.end()))
    }
}

/// The layers of `doc` as a prediction in the gold format.
///
/// Layers the document does not have stay `None` (so they are scored as missing, not as
/// empty). Entities carry only their label (the scorer derives coarse types from it);
/// scare quotes are left out (the gold format has no such kind); a quote without a speaker
/// gets `speaker: null`; the document's sentiment score is the compound score; targeted
/// sentiment becomes `targets` for the targets that have a span.
pub fn prediction_from_document(doc: &Document) -> GoldDoc {
    let ix = CharIndex::new(doc.text());
    let quotes = doc.quotes.as_ref().map(|qs| {
        qs.iter()
            .filter(|q| q.kind != QuoteKind::Scare)
            .map(|q| {
                let (start, end) = ix.span(q.span);
                let kind = match q.kind {
                    QuoteKind::Direct | QuoteKind::Scare => "direct",
                    QuoteKind::Indirect => "indirect",
                    QuoteKind::Turn => "turn",
                };
                let mention = q.speaker.as_ref().and_then(|s| s.span).map(|s| ix.span(s));
                let cue = q.cue.map(|c| ix.span(c));
                GoldQuote {
                    start: Some(start),
                    end: Some(end),
                    direct: Some(q.kind != QuoteKind::Indirect),
                    kind: Some(kind.to_string()),
                    speaker: Some(q.speaker.as_ref().map(|s| s.name.clone())),
                    speaker_start: mention.map(|m| m.0),
                    speaker_end: mention.map(|m| m.1),
                    cue_start: cue.map(|c| c.0),
                    cue_end: cue.map(|c| c.1),
                    extra: Map::new(),
                }
            })
            .collect()
    });
    let targets = doc.sentiment.as_ref().map(|s| {
        s.targets
            .iter()
            .filter_map(|t| {
                let (start, end) = ix.span(t.span?);
                let polarity = match t.polarity {
                    Polarity::Negative => "negative",
                    Polarity::Neutral => "neutral",
                    Polarity::Positive => "positive",
                };
                Some(GoldTarget {
                    start: Some(start),
                    end: Some(end),
                    polarity: Some(polarity.to_string()),
                    extra: Map::new(),
                })
            })
            .collect()
    });
    GoldDoc {
        id: doc.id().to_string(),
        source: None,
        text: Some(doc.text().to_string()),
        speakers_resolved: None,
        tokens: doc
            .tokens
            .as_ref()
            .map(|ts| ts.iter().map(|t| ix.span(t.span)).collect()),
        sentences: doc
            .sentences
            .as_ref()
            .map(|ss| ss.iter().map(|s| ix.span(s.span)).collect()),
        entities: doc.entities.as_ref().map(|es| {
            es.iter()
                .map(|e| {
                    let (start, end) = ix.span(e.span);
                    GoldEntity {
                        start: Some(start),
                        end: Some(end),
                        label: Some(e.label.clone()),
                        ..GoldEntity::default()
                    }
                })
                .collect()
        }),
        quotes,
        sentiment: doc.sentiment.as_ref().map(|s| GoldSentiment {
            score: Some(f64::from(s.document.compound)),
            extra: Map::new(),
        }),
        targets,
        extra: Map::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strata_core::{Entity, Quote, Speaker, Token, TokenKind};

    #[test]
    fn byte_spans_become_code_points() {
        // “ and ” are three bytes each, é two
        let mut doc = Document::new("d", "“Né,” said Zoë.");
        let sp = |s, e| doc.span(s, e).unwrap();
        let tokens = [
            (0, 3),
            (3, 6),
            (6, 7),
            (7, 10),
            (11, 15),
            (16, 20),
            (20, 21),
        ];
        let toks: Vec<Token> = tokens
            .iter()
            .map(|&(s, e)| Token {
                span: sp(s, e),
                kind: TokenKind::Word,
            })
            .collect();
        let ent = Entity {
            span: sp(16, 20),
            label: "PERSON".into(),
            source: "test".into(),
            canonical: None,
            confidence: None,
        };
        let quote = Quote {
            kind: QuoteKind::Direct,
            span: sp(0, 10),
            speaker: Some(Speaker {
                name: "Zoë".into(),
                span: Some(sp(16, 20)),
                cluster: None,
            }),
            cue: Some(sp(11, 15)),
            sieve: None,
            confidence: 1.0,
            utterance: None,
            role: None,
        };
        doc.tokens = Some(toks);
        doc.entities = Some(vec![ent]);
        doc.quotes = Some(vec![quote]);
        let p = prediction_from_document(&doc);
        assert_eq!(
            p.tokens.unwrap(),
            vec![(0, 1), (1, 3), (3, 4), (4, 5), (6, 10), (11, 14), (14, 15)]
        );
        let e = &p.entities.unwrap()[0];
        assert_eq!((e.start, e.end), (Some(11), Some(14)));
        let q = &p.quotes.unwrap()[0];
        assert_eq!(
            (q.start, q.end, q.speaker_start),
            (Some(0), Some(5), Some(11))
        );
        assert_eq!(q.speaker, Some(Some("Zoë".into())));
        assert!(p.sentences.is_none());
    }
}
