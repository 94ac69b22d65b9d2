//! Our own test set: short invented cases covering every layout the plugins handle
//! (tests/cases.jsonl, in the gold format: code-point offsets, canonical speakers).
//! Each case must give exactly its quotes (span, kind, speaker); scare quotes and titles
//! are checked by their absence from the statements.

use serde_json::Value;
use strata_core::{Annotator, Document, QuoteKind};
use strata_quote::{AttributeSettings, DetectSettings, QuoteAttributor, QuoteDetector};

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Q {
    start: usize,
    end: usize,
    kind: String,
    speaker: Option<String>,
}

fn cp(text: &str, b: usize) -> usize {
    text[..b].chars().count()
}

fn kind_name(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "indirect",
        QuoteKind::Turn => "turn",
        QuoteKind::Scare => "scare",
    }
}

/// Runs detect + attribute on one case and returns the differences, if any.
fn check(case: &Value) -> Option<String> {
    let text = case["text"].as_str().expect("text");
    let verbs: Vec<String> = case["speech_verbs"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let detect = QuoteDetector::new(DetectSettings {
        speech_verbs: verbs.clone(),
        ..DetectSettings::default()
    })
    .expect("settings");
    let attribute = QuoteAttributor::new(AttributeSettings {
        speech_verbs: verbs,
        ..AttributeSettings::default()
    });
    let mut doc = Document::new(case["id"].as_str().unwrap_or("case"), text);
    detect.annotate(&mut doc).expect("detect");
    // A clone carries none of what detect left for attribute: reading the text afresh
    // must give the same speakers.
    let mut fresh = doc.clone();
    attribute.annotate(&mut doc).expect("attribute");
    attribute.annotate(&mut fresh).expect("attribute");
    assert_eq!(doc.quotes, fresh.quotes, "case {}", case["id"]);
    let mut got: Vec<Q> = doc
        .quotes
        .iter()
        .flatten()
        .filter(|q| q.kind != QuoteKind::Scare)
        .map(|q| Q {
            start: cp(text, q.span.start()),
            end: cp(text, q.span.end()),
            kind: kind_name(q.kind).to_string(),
            speaker: q.speaker.as_ref().and_then(|s| s.name.clone()),
        })
        .collect();
    let mut want: Vec<Q> = case["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .map(|q| Q {
            start: q["start"].as_u64().expect("start") as usize,
            end: q["end"].as_u64().expect("end") as usize,
            kind: q["kind"].as_str().expect("kind").to_string(),
            speaker: q["speaker"].as_str().map(String::from),
        })
        .collect();
    got.sort();
    want.sort();
    if got == want {
        return None;
    }
    let show = |qs: &[Q]| {
        qs.iter()
            .map(|q| {
                let s: String = text.chars().skip(q.start).take(q.end - q.start).collect();
                format!("    {} {:?} {:?}", q.kind, s, q.speaker)
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    Some(format!(
        "case {}: {}\n  want:\n{}\n  got:\n{}",
        case["id"],
        case["layout"],
        show(&want),
        show(&got)
    ))
}

#[test]
fn our_cases() {
    let data = include_str!("cases.jsonl");
    let cases: Vec<Value> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("valid JSON line"))
        .collect();
    assert!(cases.len() >= 40, "the set has at least 40 cases");
    let failures: Vec<String> = cases.iter().filter_map(check).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn unbalanced_marks_give_diagnostics() {
    let mut doc = Document::new(
        "d",
        "She said: “We will win this time.\n\nThe vote is on Friday.",
    );
    QuoteDetector::default().annotate(&mut doc).expect("detect");
    assert!(doc.diagnostics.iter().any(|d| d.code == "unclosed-quote"));
    assert_eq!(doc.quotes.as_ref().map(|q| q.len()), Some(1));
}

#[test]
fn split_quotes_share_an_utterance() {
    let mut doc = Document::new("d", "“Nobody was hurt,” he said, “and the roads are open.”");
    QuoteDetector::default().annotate(&mut doc).expect("detect");
    let q = doc.quotes.expect("quotes");
    assert_eq!(q.len(), 2);
    assert!(q[0].utterance.is_some() && q[0].utterance == q[1].utterance);
}

#[test]
fn scare_quotes_can_be_kept_or_dropped() {
    let text = "The council delayed the vote on the “giveaway” to developers.";
    let mut doc = Document::new("d", text);
    QuoteDetector::default().annotate(&mut doc).expect("detect");
    assert_eq!(
        doc.quotes.as_ref().expect("quotes")[0].kind,
        QuoteKind::Scare
    );
    let drop = QuoteDetector::new(DetectSettings {
        scare: "drop".into(),
        ..DetectSettings::default()
    })
    .expect("settings");
    let mut doc = Document::new("d", text);
    drop.annotate(&mut doc).expect("detect");
    assert_eq!(doc.quotes.as_ref().map(|q| q.len()), Some(0));
}

#[test]
fn a_million_marks_in_linear_time() {
    // no timing asserts: this finishes quickly only if the passes are linear
    for unit in ["“", "\"", "“a ", "” ", "‘", "« "] {
        let text = unit.repeat(1_000_000);
        let mut doc = Document::new("d", text.as_str());
        QuoteDetector::default().annotate(&mut doc).expect("detect");
        QuoteAttributor::default()
            .annotate(&mut doc)
            .expect("attribute");
        assert!(doc.diagnostics.len() <= 50);
    }
    let text = "He said “yes and no. ".repeat(200_000);
    let mut doc = Document::new("d", text.as_str());
    QuoteDetector::default().annotate(&mut doc).expect("detect");
    QuoteAttributor::default()
        .annotate(&mut doc)
        .expect("attribute");
    assert!(doc.diagnostics.iter().any(|d| d.code == "unclosed-quote"));
}

#[test]
fn endless_sentences_of_reported_clauses_in_linear_time() {
    // one sentence without an end, a reported clause every few words, with and without
    // partial quotations, transcript labels and titled names: finishes quickly only if
    // no clause runs to the end of the text for each of its frames
    for unit in [
        "Ana said that the plan was “far too thin” and ",
        "Ana said that the plan was far too thin and ",
        "Mr. Ruiz said, “We go,” Mrs. Ruiz replied, ",
        "ROSS: Well, yes.\n",
        "It was over,' \" Reyes said, and Ana's reply: “no” ",
    ] {
        let text = unit.repeat(20_000);
        let mut doc = Document::new("d", text.as_str());
        QuoteDetector::default().annotate(&mut doc).expect("detect");
        QuoteAttributor::default()
            .annotate(&mut doc)
            .expect("attribute");
        assert!(doc.quotes.as_ref().is_some_and(|q| !q.is_empty()));
    }
}

#[test]
fn speakers_map_to_name_clusters_when_present() {
    use strata_core::{Mention, MentionKind, NameCluster};
    let text = "Mrs. Okonjo-Iweala opened the meeting. Later the director said that trade was recovering. “We are cautious,” she added.";
    let mut doc = Document::new("d", text);
    let span = |s: &str| {
        let i = text.find(s).expect("in text");
        doc_span(text, i, i + s.len())
    };
    doc.clusters = Some(vec![NameCluster {
        id: 0,
        canonical: "Ngozi Okonjo-Iweala".into(),
        label: "PERSON".into(),
        titles: vec!["Director".into()],
        mentions: vec![
            Mention {
                span: span("Okonjo-Iweala"),
                kind: MentionKind::Name,
                entity: None,
            },
            Mention {
                span: span("the director"),
                kind: MentionKind::Nominal,
                entity: None,
            },
            Mention {
                span: span("she"),
                kind: MentionKind::Pronoun,
                entity: None,
            },
        ],
    }]);
    QuoteDetector::default().annotate(&mut doc).expect("detect");
    QuoteAttributor::default()
        .annotate(&mut doc)
        .expect("attribute");
    let quotes = doc.quotes.expect("quotes");
    assert_eq!(quotes.len(), 2);
    for q in &quotes {
        let s = q.speaker.as_ref().expect("a speaker");
        assert_eq!(s.name.as_deref(), Some("Ngozi Okonjo-Iweala"));
        assert_eq!(s.cluster, Some(0));
        assert!(
            q.sieve.as_deref().is_some_and(|x| x.contains("/cluster-")),
            "{:?}",
            q.sieve
        );
    }
}

fn doc_span(text: &str, s: usize, e: usize) -> strata_core::Span {
    strata_core::Span::new(text, s, e).expect("valid span")
}

/// A cluster that kept only a surname ("Costa": the first name opened the sentence and
/// was missed) speaks under the full name the text wrote at its first mention.
#[test]
fn one_word_clusters_take_the_first_name_written_before_them() {
    use strata_core::{Mention, MentionKind, NameCluster};
    let text = "Ines Varela’s coalition won the vote. “It is a good day,” she told reporters.";
    let mut doc = Document::new("d", text);
    let span = |s: &str| {
        let i = text.find(s).expect("in text");
        doc_span(text, i, i + s.len())
    };
    doc.clusters = Some(vec![NameCluster {
        id: 0,
        canonical: "Varela".into(),
        label: "PERSON".into(),
        titles: vec![],
        mentions: vec![
            Mention {
                span: span("Varela"),
                kind: MentionKind::Name,
                entity: None,
            },
            Mention {
                span: span("she"),
                kind: MentionKind::Pronoun,
                entity: None,
            },
        ],
    }]);
    QuoteDetector::default().annotate(&mut doc).expect("detect");
    QuoteAttributor::default()
        .annotate(&mut doc)
        .expect("attribute");
    let quotes = doc.quotes.expect("quotes");
    assert_eq!(quotes.len(), 1);
    let s = quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(s.name.as_deref(), Some("Ines Varela"));
    assert_eq!(s.cluster, Some(0));
}

/// A quote continuing an unnamed speaker keeps that speaker's mention (a gold set that
/// marks only the speaker's words scores it by that mention).
#[test]
fn unnamed_speaker_mention_continues() {
    let text = "“The race is over,” one Green Party strategist said. “Nobody recovers from a week like this.”";
    let mut doc = Document::new("t", text);
    QuoteDetector::new(DetectSettings::default())
        .expect("settings")
        .annotate(&mut doc)
        .expect("detect");
    QuoteAttributor::new(AttributeSettings::default())
        .annotate(&mut doc)
        .expect("attribute");
    let quotes = doc.quotes.expect("quotes");
    let mention = "one Green Party strategist";
    let at = text.find(mention).unwrap();
    assert_eq!(quotes.len(), 2);
    for q in &quotes {
        let s = q.speaker.as_ref().expect("a speaker with a mention");
        assert_eq!(s.name, None);
        assert_eq!(
            s.span.map(|m| (m.start(), m.end())),
            Some((at, at + mention.len()))
        );
    }
}
