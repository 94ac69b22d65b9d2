//! Quote speakers through the whole default pipeline, where the entity tagger and the name
//! clusters take part (the quote crate's own cases run without them): layouts of US
//! political news whose speakers depend on what those stages made of the names.

use strata::{Config, Document, Pipeline};

/// Runs the default pipeline on `text` and checks each direct quote's speaker: `expected`
/// lists (the quote's words, inside its marks, and the canonical speaker).
fn check(text: &str, expected: &[(&str, Option<&str>)]) {
    let registry = strata::registry().unwrap();
    let pipeline = Pipeline::build(&registry, &Config::default_news()).unwrap();
    let mut doc = Document::new("case", text);
    pipeline.run(&mut doc).unwrap();
    let quotes = doc.quotes.as_ref().expect("quotes");
    let got: Vec<(String, Option<String>)> = quotes
        .iter()
        .filter(|q| q.kind == strata::core::QuoteKind::Direct)
        .map(|q| {
            let words = text[q.span.start()..q.span.end()]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string();
            (words, q.speaker.as_ref().and_then(|s| s.name.clone()))
        })
        .collect();
    let want: Vec<(String, Option<String>)> = expected
        .iter()
        .map(|(w, s)| (w.to_string(), s.map(String::from)))
        .collect();
    assert_eq!(got, want, "in {text:?}");
}

#[test]
fn hyphenated_surname_split_by_the_tagger() {
    // the tagger sees "Reyes" alone in "Donnelly-Reyes said"; the speaker is still the
    // whole name, and so is the pronoun's
    check(
        "Sen. Pat Donnelly-Reyes did not want a town hall. Donnelly-Reyes said the plan was \
         \"still being worked out.\" She called the event \"a productive conversation.\"",
        &[
            ("still being worked out", Some("Pat Donnelly-Reyes")),
            ("a productive conversation", Some("Pat Donnelly-Reyes")),
        ],
    );
}

#[test]
fn titled_name_of_a_state_then_a_pronoun() {
    check(
        "\"We have the votes,\" Sen. Mitch Calder told reporters. \"This is a sham,\" said Sen. \
         Chuck Ostrow of New York, the minority leader. He added: \"Voters will see through it.\"",
        &[
            ("We have the votes", Some("Mitch Calder")),
            ("This is a sham", Some("Chuck Ostrow")),
            ("Voters will see through it", Some("Chuck Ostrow")),
        ],
    );
}

#[test]
fn party_tags_and_party_members() {
    check(
        "Sen. Lowell Bingham, R-Utah, said the nominee was \"exactly the kind of person\" the \
         job needed. Sen. Vince Albrecht, R-Ind., was not so sure.\n\n\"I voted for a process, \
         not a product,\" the Indiana Republican said.",
        &[
            ("exactly the kind of person", Some("Lowell Bingham")),
            (
                "I voted for a process, not a product",
                Some("Vince Albrecht"),
            ),
        ],
    );
}

#[test]
fn honorific_and_surname_named_in_full() {
    // the clustering may name a person "Ms. Kilbride"; the speaker is the full name given
    // earlier
    check(
        "Senator Karen Lindqvist faced her Democratic opponent, Maura Kilbride, on Tuesday.\n\n\
         \"You either support him or you don't,\" Ms. Kilbride, a former state attorney \
         general, said in an interview.",
        &[(
            "You either support him or you don't",
            Some("Maura Kilbride"),
        )],
    );
}

#[test]
fn organisations_the_tagger_named_a_word_short() {
    // the tagger drops "National" and cuts "AFL-CIO" at its hyphen; the speaker is the
    // organisation as the text writes it
    check(
        "The National Republican Senatorial Committee said in a statement on Monday, \"Ms. \
         Ashby is a rubber stamp for the most liberal agenda in a generation.\"\n\nThe AFL-CIO \
         called Ms. Halloran’s record “disqualifying and dangerous for working families.”",
        &[
            (
                "Ms. Ashby is a rubber stamp for the most liberal agenda in a generation",
                Some("National Republican Senatorial Committee"),
            ),
            (
                "disqualifying and dangerous for working families",
                Some("AFL-CIO"),
            ),
        ],
    );
}

#[test]
fn names_the_tagger_took_with_a_title_or_without_the_given_name() {
    // "Denver Mayor" tagged as the person, "Harkins" found without "Judith": the speaker
    // is the name the text writes
    check(
        "Denver Mayor Celia Vanterpool defended the city's policy in a statement, saying \
         Denver \"follows the law and the Constitution.\"\n\nThe field is led by former Georgia \
         Secretary of State Judith Harkins, who has kept her distance from the White House.\n\n\
         “I’m not running as anybody’s surrogate,” Harkins said on Tuesday.",
        &[
            (
                "follows the law and the Constitution",
                Some("Celia Vanterpool"),
            ),
            (
                "I’m not running as anybody’s surrogate",
                Some("Judith Harkins"),
            ),
        ],
    );
}
