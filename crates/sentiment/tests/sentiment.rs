//! Behaviour of `sentiment.lexicon` that users rely on: signs, rules, levels, targets.

use strata_core::{
    Annotator, Document, Mention, MentionKind, NameCluster, Polarity, Quote, QuoteKind, Sentence,
    Settings, Speaker, Token, TokenKind,
};
use strata_sentiment::{SentimentScorer, SentimentSettings, score_words};

/// Splits words and punctuation (enough for tests; the pipeline uses `tokenize.rules`).
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() || c == '-' || c == '\'' {
            start.get_or_insert(i);
        } else {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
            if !c.is_whitespace() {
                out.push((i, i + c.len_utf8()));
            }
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    // "n't" as its own token, as the tokenizer does.
    out.into_iter()
        .flat_map(|(s, e)| {
            if e - s > 3 && text[s..e].ends_with("n't") {
                vec![(s, e - 3), (e - 3, e)]
            } else {
                vec![(s, e)]
            }
        })
        .collect()
}

fn compound(text: &str) -> f32 {
    score_words(words(text).into_iter().map(|(s, e)| &text[s..e])).compound
}

/// Asserts the sign of each sentence's compound: '+', '-' or '0'.
fn check(cases: &[(&str, char)]) {
    for &(text, want) in cases {
        let c = compound(text);
        let got = if c > 0.05 {
            '+'
        } else if c < -0.05 {
            '-'
        } else {
            '0'
        };
        assert_eq!(got, want, "{text:?} scored {c}");
    }
}

fn doc(text: &str) -> Document {
    let mut d = Document::new("t", text);
    let toks = words(text)
        .into_iter()
        .map(|(s, e)| Token {
            span: d.span(s, e).unwrap(),
            kind: TokenKind::Word,
        })
        .collect();
    d.tokens = Some(toks);
    // One sentence per ". " for tests.
    let mut sents = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        sents.push(Sentence {
            span: d.span(start, i + 1).unwrap(),
        });
        start = i + 2;
    }
    sents.push(Sentence {
        span: d.span(start, text.len()).unwrap().trim(text),
    });
    d.sentences = Some(sents);
    d
}

#[test]
fn polarity_of_plain_sentences() {
    check(&[
        ("The talks were fruitful and constructive.", '+'),
        (
            "China firmly opposes the provocation by separatist forces.",
            '-',
        ),
        ("The meeting took place on Tuesday in Baku.", '0'),
        ("This is a breakthrough for both countries.", '+'),
        ("The attack killed twelve people.", '-'),
    ]);
}

#[test]
fn negation_flips_and_clause_breaks_stop_it() {
    assert!(compound("The plan is good.") > 0.3);
    assert!(compound("The plan is not good.") < 0.0);
    assert!(compound("The plan isn't good.") < 0.0);
    // The comma ends the negation's scope.
    assert!(compound("Not today, the plan is good.") > 0.3);
}

#[test]
fn boosters_emphasis_and_contrast() {
    assert!(compound("The result is very good.") > compound("The result is good."));
    assert!(compound("The result is slightly good.") < compound("The result is good."));
    assert!(compound("The result is good!!") > compound("The result is good."));
    assert!(compound("The result is GOOD, she said.") > compound("The result is good, she said."));
    // After "but" the rest of the sentence dominates.
    assert!(compound("The food was good, but the service was terrible.") < 0.0);
    assert!(compound("The service was terrible, but the food was good.") > 0.0);
}

#[test]
fn reversers_idioms_and_questions() {
    check(&[
        ("The new rules reduce crime and prevent abuse.", '+'),
        ("There was less violence this year.", '+'),
        ("The cuts reduce benefits for the poor.", '-'),
        ("No wonder voters love the plan.", '+'),
        ("There is no doubt the plan is a success.", '+'),
        ("The plan is not only smart but also fair.", '+'),
        ("At least the food was good.", '+'),
        ("This is the least helpful answer.", '-'),
    ]);
    // A question puts its tone up for debate.
    assert!(compound("Is the plan a success?") < compound("The plan is a success."));
}

#[test]
fn the_object_of_criticism_or_praise_receives_its_tone() {
    let score = |text: &str, who: &str| {
        let mut d = doc(text);
        let at = text.find(who).unwrap();
        d.targets = Some(vec![d.span(at, at + who.len()).unwrap()]);
        SentimentScorer::new(SentimentSettings::default())
            .annotate(&mut d)
            .unwrap();
        d.sentiment.unwrap().targets[0].polarity
    };
    assert_eq!(
        score("Senator Warner blasted Assange.", "Assange"),
        Polarity::Negative
    );
    assert_eq!(
        score("Assange was blasted by Warner.", "Assange"),
        Polarity::Negative
    );
    assert_eq!(
        score("Senator Warner blasted Assange.", "Warner"),
        Polarity::Neutral
    );
    // After "by" the target is the agent of the passive, not its object.
    assert_eq!(
        score("Assange was blasted by Warner.", "Warner"),
        Polarity::Neutral
    );

    assert_eq!(
        score("Analysts praised Lopez on Monday.", "Lopez"),
        Polarity::Positive
    );
    // A relative clause right after the mention describes it.
    assert_eq!(
        score("Reporters met Ortiz, who was widely admired.", "Ortiz"),
        Polarity::Positive
    );
}

#[test]
fn proportions_sum_to_one() {
    let s = score_words(["a", "good", "and", "bad", "day"].into_iter());
    assert!((s.positive + s.negative + s.neutral - 1.0).abs() < 1e-5);
    assert!(s.positive > 0.0 && s.negative > 0.0 && s.neutral > 0.0);
    let empty = score_words(std::iter::empty());
    assert_eq!(empty.compound, 0.0);
}

#[test]
fn document_sentence_quote_and_speaker_levels() {
    let text = "Lu Mei said the visit was wonderful. “We are happy,” she said. Rain fell.";
    let mut d = doc(text);
    let q0 = text.find('“').unwrap();
    let q1 = text.find('”').unwrap() + '”'.len_utf8();
    d.quotes = Some(vec![Quote {
        kind: QuoteKind::Direct,
        span: d.span(q0, q1).unwrap(),
        speaker: Some(Speaker {
            name: Some("Lu Mei".into()),
            span: None,
            cluster: Some(0),
        }),
        cue: None,
        sieve: None,
        confidence: 1.0,
        utterance: None,
        role: None,
    }]);
    SentimentScorer::new(SentimentSettings::default())
        .annotate(&mut d)
        .unwrap();
    let s = d.sentiment.unwrap();
    assert_eq!(s.sentences.len(), 3);
    assert!(s.sentences[0].score.compound > 0.3);
    assert_eq!(s.sentences[2].score.compound, 0.0);
    // The neutral third sentence does not dilute the document's tone.
    assert!(s.document.compound > 0.3);
    assert_eq!(s.quotes.len(), 1);
    assert!(s.quotes[0].score.compound > 0.3);
    assert_eq!(s.speakers.len(), 1);
    assert_eq!(s.speakers[0].speaker, "Lu Mei");
    assert_eq!(s.speakers[0].quotes, 1);
}

#[test]
fn targets_are_scored_from_their_own_clause() {
    let text = "Officials praised Smith, while Jones faced harsh criticism and bitter attacks.";
    let mut d = doc(text);
    let smith = text.find("Smith").unwrap();
    let jones = text.find("Jones").unwrap();
    d.targets = Some(vec![
        d.span(smith, smith + 5).unwrap(),
        d.span(jones, jones + 5).unwrap(),
    ]);
    SentimentScorer::new(SentimentSettings::default())
        .annotate(&mut d)
        .unwrap();
    let t = &d.sentiment.unwrap().targets;
    assert_eq!(t.len(), 2);
    assert_eq!(
        (t[0].name.as_str(), t[0].polarity),
        ("Smith", Polarity::Positive)
    );
    assert_eq!(
        (t[1].name.as_str(), t[1].polarity),
        ("Jones", Polarity::Negative)
    );
    assert!(!t[1].evidence.is_empty());
}

#[test]
fn clusters_become_targets() {
    let text = "The ambassador praised the wonderful cooperation. Critics attacked the ambassador.";
    let mut d = doc(text);
    let m1 = text.find("ambassador").unwrap();
    let m2 = text.rfind("ambassador").unwrap();
    d.clusters = Some(vec![NameCluster {
        id: 0,
        canonical: "Lu Mei".into(),
        label: "PERSON".into(),
        titles: vec!["Ambassador".into()],
        mentions: vec![
            Mention {
                span: d.span(m1, m1 + 10).unwrap(),
                kind: MentionKind::Nominal,
                entity: None,
            },
            Mention {
                span: d.span(m2, m2 + 10).unwrap(),
                kind: MentionKind::Nominal,
                entity: None,
            },
        ],
    }]);
    SentimentScorer::new(SentimentSettings::default())
        .annotate(&mut d)
        .unwrap();
    let t = &d.sentiment.unwrap().targets;
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].cluster, Some(0));
    assert_eq!(t[0].evidence.len(), 2);
}

#[test]
fn user_entries_and_unknown_settings() {
    let mut s = Settings::new();
    s.insert(
        "entries".into(),
        serde_json::json!([{"term": "zorbly", "valence": 3.0}]),
    );
    let f = strata_core::inventory::iter::<strata_core::PluginFactory>
        .into_iter()
        .find(|f| f.name == "sentiment.lexicon")
        .unwrap();
    let p = (f.build)(&s).unwrap();
    let mut d = doc("A zorbly day.");
    p.annotate(&mut d).unwrap();
    assert!(d.sentiment.unwrap().document.compound > 0.3);
    let mut bad = Settings::new();
    bad.insert("neutral_bnd".into(), serde_json::json!(0.2));
    let err = (f.build)(&bad).err().unwrap().to_string();
    assert!(err.contains("neutral_bnd"), "{err}");
}

#[test]
fn missing_layers_are_errors_not_panics() {
    let p = SentimentScorer::new(SentimentSettings::default());
    let mut d = Document::new("t", "Good.");
    assert!(p.annotate(&mut d).is_err());
}

#[test]
fn long_text_of_one_word_is_fine() {
    let text = "good ".repeat(50_000);
    let c = compound(&text);
    assert!(c > 0.99 && c <= 1.0);
}

#[test]
fn many_targets_in_one_endless_sentence() {
    let text = "officials praised Jones and ".repeat(20_000);
    let mut d = doc(&text);
    let spans = text
        .match_indices("Jones")
        .map(|(i, _)| d.span(i, i + 5).unwrap())
        .collect();
    d.targets = Some(spans);
    SentimentScorer::new(SentimentSettings::default())
        .annotate(&mut d)
        .unwrap();
    let t = &d.sentiment.unwrap().targets;
    assert_eq!(t.len(), 20_000);
    assert!(t.iter().all(|t| t.polarity == Polarity::Positive));
}

/// Like [`doc`], but a hyphen inside a word is its own token, as `tokenize.rules` splits
/// "well-known" into "well", "-", "known".
fn doc_split_hyphens(text: &str) -> Document {
    let mut d = doc(text);
    let toks = d
        .tokens
        .take()
        .unwrap()
        .into_iter()
        .flat_map(|t| {
            let (s, e) = (t.span.start(), t.span.end());
            let mut out = Vec::new();
            let mut start = s;
            for (i, c) in text[s..e].char_indices() {
                if c == '-' && s + i > start {
                    out.push((start, s + i));
                    out.push((s + i, s + i + 1));
                    start = s + i + 1;
                }
            }
            out.push((start, e));
            out
        })
        .filter(|(s, e)| s < e)
        .map(|(s, e)| Token {
            span: d.span(s, e).unwrap(),
            kind: TokenKind::Word,
        })
        .collect();
    d.tokens = Some(toks);
    d
}

/// Polarity of the first target named `who` in `d` after scoring.
fn target_polarity(mut d: Document, who: &str) -> Polarity {
    let at = d.text().find(who).unwrap();
    d.targets = Some(vec![d.span(at, at + who.len()).unwrap()]);
    SentimentScorer::new(SentimentSettings::default())
        .annotate(&mut d)
        .unwrap();
    d.sentiment.unwrap().targets[0].polarity
}

#[test]
fn denying_something_bad_praises_less_than_saying_it_is_good() {
    check(&[
        ("The plan is not bad.", '+'),
        ("There was no crisis.", '+'),
        ("The plan is not good.", '-'),
    ]);
    assert!(compound("The plan is not bad.") < compound("The plan is good.") - 0.2);
    // Flipping a positive word keeps more of its strength than flipping a negative one.
    assert!(-compound("The plan is not good.") > compound("The plan is not bad."));
}

#[test]
fn harm_weighs_more_than_praise_of_the_same_strength() {
    let mut s = Settings::new();
    s.insert(
        "entries".into(),
        serde_json::json!([{"term": "zorbly", "valence": 2.0}, {"term": "blorbly", "valence": -2.0}]),
    );
    let f = strata_core::inventory::iter::<strata_core::PluginFactory>
        .into_iter()
        .find(|f| f.name == "sentiment.lexicon")
        .unwrap();
    let p = (f.build)(&s).unwrap();
    let tone = |text: &str| {
        let mut d = doc(text);
        p.annotate(&mut d).unwrap();
        d.sentiment.unwrap().document.compound
    };
    assert!(tone("A zorbly and blorbly day.") < 0.0);
    assert!(-tone("A blorbly day.") > tone("A zorbly day."));
}

#[test]
fn hyphenated_compounds_are_words_not_clause_breaks() {
    // The lexicon's "win-win" matches the tokens "win", "-", "win".
    let mut d = doc_split_hyphens("Both sides called it a win-win deal.");
    assert_eq!(d.tokens.as_ref().unwrap().len(), 10);
    SentimentScorer::new(SentimentSettings::default())
        .annotate(&mut d)
        .unwrap();
    assert!(d.sentiment.unwrap().document.compound > 0.3);
    // A glued hyphen does not cut the target's clause short; a free-standing dash does.
    assert_eq!(
        target_polarity(
            doc_split_hyphens("Lopez is a long-time and deeply admired leader."),
            "Lopez"
        ),
        Polarity::Positive
    );
    assert_eq!(
        target_polarity(
            doc_split_hyphens("Lopez is a long - time and deeply admired leader."),
            "Lopez"
        ),
        Polarity::Neutral
    );
}

#[test]
fn an_aside_after_a_subject_does_not_hide_its_predicate() {
    assert_eq!(
        target_polarity(
            doc("Ortiz, in his first year, was widely admired."),
            "Ortiz"
        ),
        Polarity::Positive
    );
    assert_eq!(
        target_polarity(
            doc("Gardner, in a series of posts, threatened the reporters."),
            "Gardner"
        ),
        Polarity::Negative
    );
    // Only after a subject: an object's clause stays its own.
    assert_eq!(
        target_polarity(
            doc("Reporters met Ortiz, in his office, and the talks failed badly."),
            "Ortiz"
        ),
        Polarity::Neutral
    );
}

#[test]
fn a_weak_tone_is_kept_when_no_sentence_is_strong() {
    let s = SentimentSettings {
        document_min: 0.99,
        ..SentimentSettings::default()
    };
    let mut d = doc("The plan is good. Rain fell.");
    SentimentScorer::new(s).annotate(&mut d).unwrap();
    let st = d.sentiment.unwrap();
    assert!(st.sentences[0].score.compound < 0.99);
    assert!(st.document.compound > 0.1);
}

#[test]
fn news_tone_words_of_our_additions() {
    check(&[
        ("The rollout was lackluster.", '-'),
        ("The senator was tainted by the affair.", '-'),
        ("He is a tireless and principled mentor.", '+'),
        ("It was a groundbreaking, historic vote.", '+'),
    ]);
}

#[test]
fn a_condition_asserts_its_tone_less() {
    let fact = compound("The talks are fruitful, and they will go on.");
    let condition = compound("If the talks are fruitful, they will go on.");
    assert!(
        condition > 0.05 && condition < fact,
        "{condition} vs {fact}"
    );
    // The condition ends at the clause break.
    assert!(compound("If they meet, the talks are fruitful.") > condition);
}
