//! Behaviour of the tagger: training is deterministic, models round-trip, the embedded
//! model finds names in news sentences, and a corpus paragraph snapshot.

use std::io::Write;
use std::path::PathBuf;

use strata_core::{Annotator, Document, Sentence, Token, TokenKind};
use strata_tagger::{Model, PerceptronNer, TrainOptions, train};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A plain splitter for tests (the real tokenizer is another crate): words are runs of
/// letters, digits and inner `.`/`'`/`’`/`-`; every other non-space char is a token;
/// sentences end at a line break or after `.`, `!` or `?` followed by a space.
fn doc_of(text: &str) -> Document {
    doc_with(text, true)
}

/// The same, cutting hyphenated words around the hyphen ("AFL - CIO") when
/// `keep_hyphens` is false, as the project's tokenizer does for names.
fn doc_with(text: &str, keep_hyphens: bool) -> Document {
    let mut doc = Document::new("t", text);
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut sent_start: Option<usize> = None;
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |c| c.0);
    while i < chars.len() {
        let (b, c) = chars[i];
        if c == '\n' {
            if let Some(s) = sent_start.take() {
                let e = tokens.last().map_or(s, |t: &Token| t.span.end());
                sentences.push(Sentence {
                    span: doc.span(s, e).unwrap(),
                });
            }
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if c.is_alphanumeric() {
            while j < chars.len() {
                let d = chars[j].1;
                let inner = (matches!(d, '.' | '\'' | '’' | ',') || (d == '-' && keep_hyphens))
                    && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric())
                    && (d != ',' || c.is_ascii_digit());
                if d.is_alphanumeric() || inner {
                    j += 1;
                } else {
                    break;
                }
            }
        }
        // "U.S." and "Gov." keep their final period.
        let word = &text[b..end_of(j)];
        let abbreviation = matches!(
            word,
            "Gov" | "Sen" | "Rep" | "Lt" | "Col" | "Dr" | "Mr" | "Ms"
        );
        if ((word.len() > 1 && word.contains('.')) || abbreviation)
            && chars.get(j).is_some_and(|n| n.1 == '.')
        {
            j += 1;
        }
        let e = end_of(j);
        tokens.push(Token {
            span: doc.span(b, e).unwrap(),
            kind: TokenKind::Word,
        });
        sent_start.get_or_insert(b);
        let last = &text[b..e];
        if matches!(last, "." | "!" | "?") && chars.get(j).is_none_or(|n| n.1 == ' ') {
            let s = sent_start.take().unwrap();
            sentences.push(Sentence {
                span: doc.span(s, e).unwrap(),
            });
        }
        i = j;
    }
    if let Some(s) = sent_start {
        let e = tokens.last().map_or(s, |t| t.span.end());
        sentences.push(Sentence {
            span: doc.span(s, e).unwrap(),
        });
    }
    doc.tokens = Some(tokens);
    doc.sentences = Some(sentences);
    doc
}

fn render(doc: &Document) -> Vec<String> {
    doc.entities
        .iter()
        .flatten()
        .map(|e| format!("{:?} {}", doc.slice(e.span), e.label))
        .collect()
}

/// Tags `text` with the embedded model and compares the entities.
fn check(text: &str, expected: &[&str]) {
    let mut doc = doc_of(text);
    PerceptronNer::builtin()
        .unwrap()
        .annotate(&mut doc)
        .unwrap();
    assert_eq!(render(&doc), expected, "{text}");
}

#[test]
fn embedded_model_finds_names_in_news() {
    check(
        "German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Tuesday.",
        &[
            "\"Angela Merkel\" PERSON",
            "\"Emmanuel Macron\" PERSON",
            "\"Berlin\" GPE",
        ],
    );
    check(
        "Shares of Microsoft rose after the company said its profit had doubled.",
        &["\"Microsoft\" ORG"],
    );
    check(
        "The storm moved across the Gulf of Mexico towards Florida.",
        &["\"Gulf of Mexico\" LOC", "\"Florida\" GPE"],
    );
}

/// Tags `text`, tokenized with hyphens cut as the project's tokenizer cuts them, and
/// compares the entities.
fn check_news(text: &str, expected: &[&str]) {
    let mut doc = doc_with(text, false);
    PerceptronNer::builtin()
        .unwrap()
        .annotate(&mut doc)
        .unwrap();
    assert_eq!(render(&doc), expected, "{text}");
}

#[test]
fn a_title_between_a_place_and_a_name_is_outside_both() {
    check_news(
        "Denver Mayor Celia Vanterpool defended the policy.",
        &["\"Denver\" GPE", "\"Celia Vanterpool\" PERSON"],
    );
    check_news(
        "The plan was attacked by former Georgia Secretary of State Judith Harkins, who ran in 2014.",
        &["\"Georgia\" GPE", "\"Judith Harkins\" PERSON"],
    );
    check_news(
        "Ohio Gov. Marcus Whitfield signed the order, and Texas Sen. Dana Kowalczyk objected.",
        &[
            "\"Ohio\" GPE",
            "\"Marcus Whitfield\" PERSON",
            "\"Texas\" GPE",
            "\"Dana Kowalczyk\" PERSON",
        ],
    );
    check_news(
        "The bill stalled after Senate Majority Leader Tomas Brekke said the vote would wait.",
        &["\"Senate\" ORG", "\"Tomas Brekke\" PERSON"],
    );
    check_news(
        "Records show Acme Chairman Leon Fairweather sold shares.",
        &["\"Acme\" ORG", "\"Leon Fairweather\" PERSON"],
    );
    check_news(
        "Michigan Lt. Gov. Harold Brenneman spoke first.",
        &["\"Michigan\" GPE", "\"Harold Brenneman\" PERSON"],
    );
    check_news(
        "Boston City Council President Ray Okafor voted no.",
        &["\"Boston City Council\" ORG", "\"Ray Okafor\" PERSON"],
    );
}

#[test]
fn a_person_of_an_organisation_is_two_names() {
    check_news(
        "“We will see,” said Janet Oyelaran of PBS.",
        &["\"Janet Oyelaran\" PERSON", "\"PBS\" ORG"],
    );
    check_news(
        "Questions came from Marcus Bell of Reuters.",
        &["\"Marcus Bell\" PERSON", "\"Reuters\" ORG"],
    );
    check_news(
        "He was interviewed by Nadia Okonjo of PBS NewsHour on Monday.",
        &["\"Nadia Okonjo\" PERSON", "\"PBS NewsHour\" ORG"],
    );
    check_news(
        "Sen. Tara Ng of Ohio voted no.",
        &["\"Tara Ng\" PERSON", "\"Ohio\" GPE"],
    );
}

#[test]
fn hyphenated_names_are_one_name() {
    check_news(
        "The AFL-CIO called the deal a betrayal.",
        &["\"AFL-CIO\" ORG"],
    );
    check_news(
        "Pat Donnelly-Reyes and Caleb Oduya-Franklin met Lucía Arrendondo-Park in Austin.",
        &[
            "\"Pat Donnelly-Reyes\" PERSON",
            "\"Caleb Oduya-Franklin\" PERSON",
            "\"Lucía Arrendondo-Park\" PERSON",
            "\"Austin\" GPE",
        ],
    );
    check_news(
        "Maria Lopez-Garcia and Jean-Paul Okoro said Hewlett-Packard would not comment.",
        &[
            "\"Maria Lopez-Garcia\" PERSON",
            "\"Jean-Paul Okoro\" PERSON",
            "\"Hewlett-Packard\" ORG",
        ],
    );
    // Places and nationalities on either side stay apart, and lower-case parts out.
    check_news(
        "The US-China talks and Israeli-Palestinian peace drew Chinese-made drones.",
        &["\"US\" GPE", "\"China\" GPE"],
    );
}

#[test]
fn a_name_keeps_its_type_through_a_document() {
    check(
        "Maria Kowalczyk founded the company. Kowalczyk said sales grew.",
        &["\"Maria Kowalczyk\" PERSON", "\"Kowalczyk\" PERSON"],
    );
}

#[test]
fn no_names_no_entities_and_odd_input_is_fine() {
    check("the cat sat on the mat.", &[]);
    check("", &[]);
    check("... ,,, ???", &[]);
    // Long and odd input: one huge token, a long sentence without a full stop.
    for text in ["A".repeat(100_000), "Word and ".repeat(50_000)] {
        let mut doc = doc_of(&text);
        PerceptronNer::builtin()
            .unwrap()
            .annotate(&mut doc)
            .unwrap();
        let ents = doc.entities.unwrap();
        assert!(
            ents.windows(2)
                .all(|w| w[0].span.end() <= w[1].span.start())
        );
    }
}

fn slice_of(path: &str, n: usize) -> tempfile_like::TempFile {
    let text = std::fs::read_to_string(repo().join(path)).unwrap();
    let lines: Vec<&str> = text.lines().take(n).collect();
    tempfile_like::TempFile::new(&(lines.join("\n") + "\n"))
}

/// A file under the target directory, removed on drop.
mod tempfile_like {
    use super::*;

    pub struct TempFile(pub PathBuf);

    impl TempFile {
        pub fn new(content: &str) -> TempFile {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static N: AtomicUsize = AtomicUsize::new(0);
            let dir = std::env::temp_dir();
            let p = dir.join(format!(
                "strata-tagger-test-{}-{}.jsonl",
                std::process::id(),
                N.fetch_add(1, Ordering::SeqCst)
            ));
            let mut f = std::fs::File::create(&p).unwrap();
            f.write_all(content.as_bytes()).unwrap();
            TempFile(p)
        }
    }

    impl Drop for TempFile {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }
}

fn small_training() -> (Model, Model) {
    let tr = slice_of("data/eval/uner_ewt_train/train.jsonl", 60);
    let dev = slice_of("data/eval/uner_ewt_dev/dev.jsonl", 30);
    let opts = TrainOptions {
        epochs: 3,
        verbose: false,
        ..TrainOptions::default()
    };
    let a = train(
        std::slice::from_ref(&tr.0),
        std::slice::from_ref(&dev.0),
        &opts,
    )
    .unwrap();
    let b = train(
        std::slice::from_ref(&tr.0),
        std::slice::from_ref(&dev.0),
        &opts,
    )
    .unwrap();
    (a, b)
}

#[test]
fn training_is_deterministic_and_models_round_trip() {
    let (a, b) = small_training();
    let (mut ba, mut bb) = (Vec::new(), Vec::new());
    a.save(&mut ba).unwrap();
    b.save(&mut bb).unwrap();
    assert!(a.n_features() > 100);
    assert_eq!(ba, bb, "two trainings gave different models");
    let loaded = Model::load(&ba).unwrap();
    assert_eq!(loaded, a);
    let mut again = Vec::new();
    loaded.save(&mut again).unwrap();
    assert_eq!(again, ba);
    // The loaded model tags like the trained one.
    let words = [
        "Bush", "flew", "to", "Houston", "with", "Mike", "Smith", ".",
    ];
    assert_eq!(loaded.tag(&words), a.tag(&words));
}

#[test]
fn training_reports_bad_input() {
    let bad = tempfile_like::TempFile::new("{\"id\": \"x\", \"text\": \"a\"}\nnot json\n");
    let err = train(
        std::slice::from_ref(&bad.0),
        &[],
        &TrainOptions {
            verbose: false,
            ..TrainOptions::default()
        },
    )
    .unwrap_err();
    assert!(err.to_string().contains(":1:"), "{err}");
    let missing = train(
        &[PathBuf::from("/nonexistent/file.jsonl")],
        &[],
        &TrainOptions::default(),
    );
    assert!(missing.is_err());
}

#[test]
fn settings_are_checked() {
    use strata_core::Settings;
    let build = |json: &str| {
        let s: Settings = serde_json::from_str(json).unwrap();
        let f = strata_core::inventory::iter::<strata_core::PluginFactory>
            .into_iter()
            .find(|f| f.name == "ner.perceptron")
            .unwrap();
        (f.build)(&s).map(|_| ())
    };
    assert!(build("{}").is_ok());
    assert!(build(r#"{"model": "builtin:news-en", "overlap": "longest"}"#).is_ok());
    assert!(build(r#"{"modle": "x"}"#).is_err());
    assert!(build(r#"{"model": "builtin:nope"}"#).is_err());
    assert!(build(r#"{"model": "/nonexistent/model.bin"}"#).is_err());
}

#[test]
fn corpus_paragraph_snapshot() {
    let text = std::fs::read_to_string(repo().join("corpus/004_2e08b1c5623e8171.txt")).unwrap();
    // The first paragraphs, cut at a line break.
    let cut = text[..1500.min(text.len())]
        .rfind('\n')
        .unwrap_or(text.len());
    let mut doc = doc_of(&text[..cut]);
    PerceptronNer::builtin()
        .unwrap()
        .annotate(&mut doc)
        .unwrap();
    let lines: Vec<String> = doc
        .entities
        .iter()
        .flatten()
        .map(|e| {
            format!(
                "[{}..{}) {:?} {}",
                e.span.start(),
                e.span.end(),
                doc.slice(e.span),
                e.label
            )
        })
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}
