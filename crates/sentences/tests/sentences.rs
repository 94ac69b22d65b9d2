//! Behaviour of `sentences.rules`: boundaries users rely on, corpus snapshots, and the
//! span invariants on arbitrary text.

use strata_sentences::{LineBreaks, Splitter, split};

/// Splits `text` with `splitter` and compares the sentence texts with `expected`.
#[track_caller]
fn check_with(splitter: &Splitter, text: &str, expected: &[&str]) {
    let got: Vec<&str> = splitter
        .split(text)
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .collect();
    assert_eq!(got, expected, "\ntext: {text:?}");
}

#[track_caller]
fn check(text: &str, expected: &[&str]) {
    check_with(&Splitter::default(), text, expected);
}

mod stops {
    use super::*;

    #[test]
    fn period_question_exclamation() {
        check(
            "Hello World. My name is Ana.",
            &["Hello World.", "My name is Ana."],
        );
        check("What is it? It is a cat.", &["What is it?", "It is a cat."]);
        check("There it is! I found it.", &["There it is!", "I found it."]);
        check("Hello!! Long time.", &["Hello!!", "Long time."]);
        check("Hello?! Is that you?", &["Hello?!", "Is that you?"]);
        check("Really?? Yes.", &["Really??", "Yes."]);
    }

    #[test]
    fn a_lowercase_word_after_a_stop_continues_the_sentence() {
        check(
            "She works at Yahoo! in the accounting department.",
            &["She works at Yahoo! in the accounting department."],
        );
        check("“Why?” she asked.", &["“Why?” she asked."]);
    }

    #[test]
    fn numbers_after_a_stop_start_a_sentence() {
        check(
            "It ended in 2010. 20 people died.",
            &["It ended in 2010.", "20 people died."],
        );
        check(
            "She has $100.00. It is hers.",
            &["She has $100.00.", "It is hers."],
        );
        check(
            "She has $100.00 in her bag.",
            &["She has $100.00 in her bag."],
        );
        check("Growth was 3.5 percent.", &["Growth was 3.5 percent."]);
    }

    #[test]
    fn periods_inside_tokens_never_end_a_sentence() {
        check(
            "Her email is jane.doe@example.com. I wrote.",
            &["Her email is jane.doe@example.com.", "I wrote."],
        );
        check(
            "See https://www.example.50.com/new/page.html. Please check.",
            &[
                "See https://www.example.50.com/new/page.html.",
                "Please check.",
            ],
        );
        check(
            "News.Az reports the talks.",
            &["News.Az reports the talks."],
        );
        check("A U.S.-led plan failed.", &["A U.S.-led plan failed."]);
    }
}

mod abbreviations {
    use super::*;

    #[test]
    fn titles_never_end_a_sentence() {
        check(
            "Ms. Lu spoke. Dr. Smith left.",
            &["Ms. Lu spoke.", "Dr. Smith left."],
        );
        check("I saw Mt. Fuji from here.", &["I saw Mt. Fuji from here."]);
        check(
            "St. Michael's Church is on 5th st. near the light.",
            &["St. Michael's Church is on 5th st. near the light."],
        );
        check("Sen. Will Hurd voted.", &["Sen. Will Hurd voted."]);
    }

    #[test]
    fn us_ends_a_sentence_only_before_an_opener() {
        check(
            "I live in the U.S. How about you?",
            &["I live in the U.S.", "How about you?"],
        );
        check(
            "I work for the U.S. Government.",
            &["I work for the U.S. Government."],
        );
        check(
            "I have lived in the U.S. for years.",
            &["I have lived in the U.S. for years."],
        );
        check(
            "I visited the U.S.A. last year.",
            &["I visited the U.S.A. last year."],
        );
        check(
            "I live in the E.U. How about you?",
            &["I live in the E.U.", "How about you?"],
        );
        check("They met U.S. officials.", &["They met U.S. officials."]);
    }

    #[test]
    fn company_and_postpositive_abbreviations() {
        check(
            "We met Pitt & Co. at noon.",
            &["We met Pitt & Co. at noon."],
        );
        check(
            "We met Pitt & Co. It closed later.",
            &["We met Pitt & Co.", "It closed later."],
        );
        check(
            "Ask Jane and co. They know.",
            &["Ask Jane and co.", "They know."],
        );
        check("That is JFK Jr.'s book.", &["That is JFK Jr.'s book."]);
        check(
            "Apple Inc. Chief Tim Cook spoke.",
            &["Apple Inc. Chief Tim Cook spoke."],
        );
    }

    #[test]
    fn abbreviations_before_numbers() {
        check("Please turn to p. 55.", &["Please turn to p. 55."]);
        check("Resolution No. 5 passed.", &["Resolution No. 5 passed."]);
        check("No. I disagree.", &["No.", "I disagree."]);
        check("It opened Jan. 5 in Baku.", &["It opened Jan. 5 in Baku."]);
        check(
            "It opened in Jan. The rest followed.",
            &["It opened in Jan.", "The rest followed."],
        );
        check(
            "You can find it at N°. 1026.253.553. That is where it is.",
            &[
                "You can find it at N°. 1026.253.553.",
                "That is where it is.",
            ],
        );
    }

    #[test]
    fn etc_ends_a_sentence_before_a_capital() {
        check(
            "Tea, coffee, etc. are served.",
            &["Tea, coffee, etc. are served."],
        );
        check(
            "Tea, coffee, etc. Guests came.",
            &["Tea, coffee, etc.", "Guests came."],
        );
    }

    #[test]
    fn never_ending_abbreviations() {
        check(
            "Fruit, e.g. Apples, is sold.",
            &["Fruit, e.g. Apples, is sold."],
        );
    }

    #[test]
    fn initials() {
        check(
            "My name is Jonas E. Smith.",
            &["My name is Jonas E. Smith."],
        );
        check(
            "J. R. R. Tolkien wrote it.",
            &["J. R. R. Tolkien wrote it."],
        );
        check(
            "It was founded by writer L. Ron Hubbard.",
            &["It was founded by writer L. Ron Hubbard."],
        );
        check(
            "We make a good team, you and I. Did you see Albert I. Jones?",
            &[
                "We make a good team, you and I.",
                "Did you see Albert I. Jones?",
            ],
        );
    }

    #[test]
    fn times_of_day() {
        check(
            "At 5 a.m. the bank opened.",
            &["At 5 a.m. the bank opened."],
        );
        check(
            "It ended at 6 p.m. The crowd left.",
            &["It ended at 6 p.m.", "The crowd left."],
        );
    }

    #[test]
    fn settings_add_abbreviations_and_titles() {
        let s = Splitter::new()
            .with_abbreviations(&["Dept"])
            .with_titles(&["Supv."]);
        check_with(&s, "The Dept. Heads met.", &["The Dept. Heads met."]);
        check_with(&s, "Supv. The Cat arrived.", &["Supv. The Cat arrived."]);
        check("Supv. The Cat arrived.", &["Supv.", "The Cat arrived."]);
    }
}

mod quotes_and_brackets {
    use super::*;

    #[test]
    fn closing_quotes_and_brackets_stay_with_the_stop() {
        check(
            "She said, “We are ready.” Then she left.",
            &["She said, “We are ready.”", "Then she left."],
        );
        check(
            "She turned to him, \"This is great.\" She held it out.",
            &["She turned to him, \"This is great.\"", "She held it out."],
        );
        check(
            "She turned to him, 'This is great.' she said.",
            &["She turned to him, 'This is great.' she said."],
        );
        check(
            "(He left.) The rest stayed.",
            &["(He left.)", "The rest stayed."],
        );
        check(
            "He teaches (He worked as an engineer.) at the University.",
            &["He teaches (He worked as an engineer.) at the University."],
        );
    }

    #[test]
    fn reference_marks_stay_with_their_sentence() {
        check(
            "He studied at Harrow until 1805. [6] [7] Then he left. [1 - 3]",
            &[
                "He studied at Harrow until 1805. [6] [7]",
                "Then he left. [1 - 3]",
            ],
        );
        check("See the list. [A] Next.", &["See the list.", "[A] Next."]);
        check(
            "Can America do the same? [...]\n\nHow would it work?",
            &["Can America do the same? [...]", "How would it work?"],
        );
    }

    #[test]
    fn a_split_quote_with_its_frame_is_one_sentence() {
        check(
            "“My main impression,” she continued, “is that ties are strong.” Next came talks.",
            &[
                "“My main impression,” she continued, “is that ties are strong.”",
                "Next came talks.",
            ],
        );
    }

    #[test]
    fn an_attribution_after_a_quoted_question_stays() {
        check(
            "“Why not?” Smith asked. It was late.",
            &["“Why not?” Smith asked.", "It was late."],
        );
        check("“Sorry!” I say.", &["“Sorry!” I say."]);
        check(
            "“Is it over?” Smith Asked Nothing. Then he left.",
            &["“Is it over?”", "Smith Asked Nothing.", "Then he left."],
        );
        check(
            "Is it over? Smith asked me.",
            &["Is it over?", "Smith asked me."],
        );
    }

    #[test]
    fn a_dash_signature_under_a_quotation_stays() {
        check(
            "\"It is a long game.\" - Matthew Ingram\nNext line.",
            &["\"It is a long game.\" - Matthew Ingram", "Next line."],
        );
        check(
            "The media laughs about it. — Rick Santorum",
            &["The media laughs about it. — Rick Santorum"],
        );
        check(
            "It was held in Beijing. – What were the outcomes?",
            &["It was held in Beijing.", "– What were the outcomes?"],
        );
    }

    #[test]
    fn sentences_inside_a_quotation_are_split() {
        check(
            "“It is good. We agree,” the Ambassador said.",
            &["“It is good.", "We agree,” the Ambassador said."],
        );
    }

    #[test]
    fn an_opening_quote_after_an_abbreviation_starts_a_sentence() {
        check(
            "He moved to the U.S. “It was hard,” he said.",
            &["He moved to the U.S.", "“It was hard,” he said."],
        );
    }
}

mod ellipses {
    use super::*;

    #[test]
    fn three_dots_before_i_or_lowercase_continue() {
        check(
            "I wasn’t really ... well, what I mean...see . . . the thing is . . . I didn’t mean it.",
            &[
                "I wasn’t really ... well, what I mean...see . . . the thing is . . . I didn’t mean it.",
            ],
        );
    }

    #[test]
    fn four_dots_end_a_sentence() {
        check(
            "I never meant that.... She left.",
            &["I never meant that....", "She left."],
        );
        check(
            "with a period . . . . Next one.",
            &["with a period . . . .", "Next one."],
        );
        check(
            "into compounds. . . . The practice was not abandoned. . . .",
            &[
                "into compounds.",
                ". . . The practice was not abandoned. . . .",
            ],
        );
    }

    #[test]
    fn omission_marks_in_brackets() {
        check(
            "\"Bohr [...] used the analogy [...]\" (Smith 55).",
            &["\"Bohr [...] used the analogy [...]\" (Smith 55)."],
        );
        check(
            "“It ends here… Then it goes on.”",
            &["“It ends here…", "Then it goes on.”"],
        );
    }
}

mod lists_and_layout {
    use super::*;

    #[test]
    fn numbered_and_lettered_lists() {
        check(
            "1.) The first item 2.) The second item",
            &["1.) The first item", "2.) The second item"],
        );
        check(
            "1.) The first item. 2.) The second item.",
            &["1.) The first item.", "2.) The second item."],
        );
        check(
            "1) The first item 2) The second item",
            &["1) The first item", "2) The second item"],
        );
        check(
            "1) The first item. 2) The second item.",
            &["1) The first item.", "2) The second item."],
        );
        check(
            "1. The first item 2. The second item",
            &["1. The first item", "2. The second item"],
        );
        check(
            "1. The first item. 2. The second item.",
            &["1. The first item.", "2. The second item."],
        );
        check(
            "a. The first item b. The second item c. The third item",
            &[
                "a. The first item",
                "b. The second item",
                "c. The third item",
            ],
        );
        // Only the next number continues a list.
        check("1. Buy 3 apples 5. ok", &["1. Buy 3 apples 5. ok"]);
    }

    #[test]
    fn bullets_start_sentences() {
        check(
            "• 9. The first item • 10. The second item",
            &["• 9. The first item", "• 10. The second item"],
        );
        check(
            "⁃9. The first item ⁃10. The second item",
            &["⁃9. The first item", "⁃10. The second item"],
        );
        check(
            "  • 25 September, 2025\n  • 20:18",
            &["• 25 September, 2025", "• 20:18"],
        );
    }

    #[test]
    fn headlines_datelines_and_boilerplate_lines() {
        check(
            "Ambassador: 2025 was fruitful\n\nForeign policy\n  • 20:18\nThe year was good.\n\nLatest News\n\nAll News Feed",
            &[
                "Ambassador: 2025 was fruitful",
                "Foreign policy",
                "• 20:18",
                "The year was good.",
                "Latest News",
                "All News Feed",
            ],
        );
    }

    #[test]
    fn captions_and_datelines_running_into_the_text() {
        check(
            "It was held in Washington D.C. Image: United States Navy.",
            &[
                "It was held in Washington D.C.",
                "Image: United States Navy.",
            ],
        );
        check(
            "Playstation VR demo Image: Nick Moreau.",
            &["Playstation VR demo", "Image: Nick Moreau."],
        );
        check(
            "Thursday, May 7, 2015 On Tuesday, the government spoke.",
            &["Thursday, May 7, 2015", "On Tuesday, the government spoke."],
        );
        check(
            "Eddie Chu won the vote In the New Territories West, he led.",
            &[
                "Eddie Chu won the vote",
                "In the New Territories West, he led.",
            ],
        );
        // Labels and capitalised prepositions after punctuation are ordinary text.
        check(
            "So far: Internet: 1, Scientology: 0, as reported, In the end.",
            &["So far: Internet: 1, Scientology: 0, as reported, In the end."],
        );
        check("Friday, July 21, 2017", &["Friday, July 21, 2017"]);
        check(
            "Wikinews interviews Hugh McGuire Sunday, May 28, 2006\n\nThe talk.",
            &[
                "Wikinews interviews Hugh McGuire",
                "Sunday, May 28, 2006",
                "The talk.",
            ],
        );
        check(
            "It was held on Sunday, May 28, 2006, in Baku.",
            &["It was held on Sunday, May 28, 2006, in Baku."],
        );
    }

    #[test]
    fn interview_dashes_stay_inside() {
        check(
            "– Last year, talks were held in Beijing. What were the outcomes?\n– The talks went well.",
            &[
                "– Last year, talks were held in Beijing.",
                "What were the outcomes?",
                "– The talks went well.",
            ],
        );
    }

    #[test]
    fn line_break_modes() {
        let text = "A headline\nwrapped line one\nand two.\n\nNext para.\r\nLast";
        check(
            text,
            &[
                "A headline",
                "wrapped line one",
                "and two.",
                "Next para.",
                "Last",
            ],
        );
        let para = Splitter::new().with_line_breaks(LineBreaks::Paragraph);
        check_with(
            &para,
            text,
            &[
                "A headline\nwrapped line one\nand two.",
                "Next para.",
                "Last",
            ],
        );
        let never = Splitter::new().with_line_breaks(LineBreaks::Never);
        check_with(
            &never,
            text,
            &[
                "A headline\nwrapped line one\nand two.",
                "Next para.",
                "Last",
            ],
        );
        check_with(&never, "One\u{2029}Two", &["One", "Two"]);
        check_with(&para, "One\n \t\nTwo", &["One", "Two"]);
    }

    #[test]
    fn offsets_are_bytes() {
        // “ and ” are three bytes each in UTF-8.
        assert_eq!(split("“Hi.” Bye."), [(0, 9), (10, 14)]);
        assert_eq!(split("\u{a0}Café. Über."), [(2, 8), (9, 15)]);
    }

    #[test]
    fn blank_and_empty_texts() {
        check("", &[]);
        check(" \n\t\u{a0}\n", &[]);
        check("  word  ", &["word"]);
    }
}

mod corpus {
    use super::*;

    /// One sentence per line with its byte range and the rule that ended it.
    fn render(text: &str) -> String {
        let mut out = String::new();
        for (s, e, rule) in Splitter::default().split_with_rules(text) {
            out.push_str(&format!("[{s}..{e}) {:?} {}\n", &text[s..e], rule.name()));
        }
        out
    }

    #[test]
    fn rules_match_the_plain_split() {
        let text = "Headline\nOne. Two • 1. a 2. b\nLead Image: X.\n\nFriday, May 8, 2015 On it";
        let with_rules = Splitter::default().split_with_rules(text);
        let plain: Vec<(usize, usize)> = with_rules.iter().map(|&(s, e, _)| (s, e)).collect();
        assert_eq!(plain, split(text));
        let names: Vec<&str> = with_rules.iter().map(|r| r.2.name()).collect();
        assert_eq!(
            names,
            [
                "line-break",
                "stop",
                "bullet",
                "list-item",
                "line-break",
                "unpunctuated",
                "line-break",
                "dateline",
                "end"
            ]
        );
    }

    #[test]
    fn corpus_snapshots() {
        insta::glob!("../../../corpus", "*.txt", |path| {
            let text = std::fs::read_to_string(path).unwrap();
            insta::assert_snapshot!(render(&text));
        });
    }
}

mod invariants {
    use super::*;
    use proptest::prelude::*;

    fn assert_invariants(text: &str, spans: &[(usize, usize)]) {
        let mut prev_end = 0;
        for &(s, e) in spans {
            assert!(s < e && e <= text.len(), "{s}..{e} in {}", text.len());
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            assert!(s >= prev_end, "sorted and non-overlapping");
            let t = &text[s..e];
            assert_eq!(t, t.trim(), "trimmed");
            assert!(
                text[prev_end..s].chars().all(char::is_whitespace),
                "gap has text"
            );
            prev_end = e;
        }
        assert!(
            text[prev_end..].chars().all(char::is_whitespace),
            "tail has text"
        );
    }

    fn text_strategy() -> impl Strategy<Value = String> {
        // Mostly the characters the rules look at, plus anything at all.
        let pieces = prop::collection::vec(
            prop_oneof![
                4 => prop::sample::select(vec![
                    ".", "?", "!", "…", " ", "\n", "\r\n", "\n\n", "\u{2029}", "\u{a0}", "\"",
                    "'", "“", "”", "’", "(", ")", "[", "]", "•", "⁃", "– ", "1.", "2.", "1)",
                    "2)", "a.", "b.", "U.S.", "Mr.", "No.", "Jan.", "e.g.", "I", "The", "it",
                    "5", ". . .", "....", "co.", "X", "\u{85}", "\u{2028}",
                    "Friday, May 8, 2015", " [1]", "?” Smith said", "a.m.", " Image:",
                    " In the ", "[...]", "At 5 ",
                ]).prop_map(str::to_string),
                1 => any::<String>(),
            ],
            0..40,
        );
        pieces.prop_map(|p| p.concat())
    }

    proptest! {
        #[test]
        fn spans_tile_the_text(text in text_strategy()) {
            for mode in [LineBreaks::Always, LineBreaks::Paragraph, LineBreaks::Never] {
                let spans = Splitter::new().with_line_breaks(mode).split(&text);
                assert_invariants(&text, &spans);
            }
        }

        #[test]
        fn any_string(text in any::<String>()) {
            assert_invariants(&text, &split(&text));
        }
    }

    #[test]
    fn long_degenerate_inputs_finish() {
        // Linear time: these would take minutes with a quadratic look-back.
        let many_periods = ".".repeat(1_000_000);
        assert_invariants(&many_periods, &split(&many_periods));
        let no_space = "a.b".repeat(1_000_000);
        assert_eq!(split(&no_space).len(), 1);
        let spaced = "a. ".repeat(300_000);
        assert_invariants(&spaced, &split(&spaced));
        let quotes = "\"".repeat(1_000_000) + ". " + &"“".repeat(500_000);
        assert_invariants(&quotes, &split(&quotes));
        let dots = ". ".repeat(500_000);
        assert_invariants(&dots, &split(&dots));
        let blank_lines = "\n \n".repeat(500_000);
        let para = Splitter::new().with_line_breaks(LineBreaks::Paragraph);
        assert!(para.split(&blank_lines).is_empty());
    }
}
