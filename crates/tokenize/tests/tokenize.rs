//! Behaviour of `tokenize.rules`: tricky cases, kinds, special cases, a corpus snapshot,
//! and property tests of the span invariants on arbitrary strings.

use strata_core::TokenKind;
use strata_tokenize::{HyphenMode, Tokenizer, is_space, tokenize};

/// Tokens of `text` joined by single spaces.
fn render(t: &Tokenizer, text: &str) -> String {
    t.tokenize(text)
        .iter()
        .map(|&(s, e, _)| &text[s..e])
        .collect::<Vec<_>>()
        .join(" ")
}

/// Asserts the default tokenizer cuts `input` into the space-separated tokens `expected`.
#[track_caller]
fn check(input: &str, expected: &str) {
    check_with(&Tokenizer::new(), input, expected);
}

#[track_caller]
fn check_with(t: &Tokenizer, input: &str, expected: &str) {
    let got = render(t, input);
    assert_eq!(got, expected, "tokenizing {input:?}");
}

/// `token/kind` for the tokens of `text`.
fn kinds(text: &str) -> Vec<(String, TokenKind)> {
    tokenize(text)
        .iter()
        .map(|&(s, e, k)| (text[s..e].to_string(), k))
        .collect()
}

mod cases {
    use super::*;

    #[test]
    fn numbers_and_ranges() {
        check("1,570 people", "1,570 people");
        check("rose 21.9 percent", "rose 21.9 percent");
        check("1,570,000.50", "1,570,000.50");
        check("in 2027–2030", "in 2027 – 2030");
        check("2015-2016.", "2015 - 2016 .");
        check("at 22:30, they", "at 22:30 , they");
        check("1/2 cup, 9/11", "1/2 cup , 9/11");
        check("3,4 and 10,12345", "3 , 4 and 10 , 12345");
        check("the 1960s and 19th", "the 1960s and 19th");
        check("(6.30-10am)", "( 6.30 - 10 am )");
        check("at 5pm and 11 a.m.", "at 5 pm and 11 a.m.");
        check("6.30am to 10:15PM", "6.30 am to 10:15 PM");
        check("the 12pmx and 123456am", "the 12pmx and 123456am");
        check("on 2025-04-17.", "on 2025-04-17 .");
    }

    #[test]
    fn currency_and_percent() {
        check("$5m deal", "$ 5m deal");
        check("€3 and £760", "€ 3 and £ 760");
        check("37% of", "37 % of");
        check("US$ 20 and HK$5", "US$ 20 and HK$ 5");
        check("$221bn.", "$ 221bn .");
    }

    #[test]
    fn abbreviations_and_initials() {
        check("Ms. Lu met Mr. Xi", "Ms. Lu met Mr. Xi");
        check("in the U.S. The", "in the U.S. The");
        check("Washington D.C.", "Washington D.C.");
        check("on Jan. 5 vs. Feb.", "on Jan. 5 vs. Feb.");
        check("J. R. R. Tolkien", "J. R. R. Tolkien");
        check("at 5 p.m. today", "at 5 p.m. today");
        check("Apple Inc. said", "Apple Inc. said");
        check("U.S.-based", "U.S. - based");
        // Ordinary words keep no period at the end of a sentence.
        check("He was ill.", "He was ill .");
        check("They went to Miss.", "They went to Miss .");
        check("Wait...", "Wait ...");
        check("etc.)", "etc. )");
        check("No. 5 and No.", "No. 5 and No .");
        check("(c. 1818)", "( c. 1818 )");
        check("Dramatic Art.", "Dramatic Art .");
        check("Steps:\n1. Go\n 2. Stop", "Steps : 1. Go 2. Stop");
        check("in 2019. 12 died", "in 2019 . 12 died");
    }

    #[test]
    fn clitics_and_possessives() {
        check("Azerbaijan’s role", "Azerbaijan ’s role");
        check("Azerbaijan's role", "Azerbaijan 's role");
        check("don't", "do n't");
        check("can’t won't ain't", "ca n’t wo n't ai n't");
        check(
            "I'm we’re they've I'd she'll",
            "I 'm we ’re they 've I 'd she 'll",
        );
        check("IT'S", "IT 'S");
        check("the members' seats", "the members ' seats");
        check("O'Brien's", "O'Brien 's");
        check("the '90s and ’70s", "the '90s and ’70s");
        check("cannot gonna Wanna", "can not gon na Wan na");
        check("n't", "n't");
        check("It 's I 'm", "It 's I 'm");
        check("kinda alot oughta", "kind a a lot ought a");
    }

    #[test]
    fn quotes_and_apostrophes() {
        check("“Hello,” she said.", "“ Hello , ” she said .");
        check("\"Yes\", he said", "\" Yes \" , he said");
        check("'quasi-state'", "' quasi - state '");
        check("‘Be quiet’", "‘ Be quiet ’");
        check("``quoted''", "`` quoted ' '");
    }

    #[test]
    fn hyphens_and_dashes() {
        check("pro-Beijing front-line", "pro-Beijing front - line");
        check(
            "non-profit re-elected e-mail",
            "non-profit re-elected e-mail",
        );
        check("10-year-old", "10 - year - old");
        check("war—and peace", "war — and peace");
        check("war -- and peace", "war -- and peace");
        check("war--and", "war -- and");
        check("- Madam", "- Madam");
        check("th- the pre- and post-war", "th- the pre- and post-war");
        let keep = Tokenizer::new().with_hyphens(HyphenMode::Keep);
        check_with(&keep, "front-line 10-year-old", "front-line 10-year-old");
        let split = Tokenizer::new().with_hyphens(HyphenMode::Split);
        check_with(&split, "pro-Beijing", "pro - Beijing");
    }

    #[test]
    fn punctuation() {
        check("Really?! Yes!!!", "Really ? ! Yes ! ! !");
        check("so.. well.... ok", "so . . well ... . ok");
        check("Jr.. [12]", "Jr. . [ 12 ]");
        check("wait… what", "wait … what");
        check("omitted [...] here", "omitted [...] here");
        check("[sic]", "[ sic ]");
        check("(see above).", "( see above ) .");
        check("and/or", "and / or");
        check("AT&T and R&D", "AT&T and R&D");
        check("Tom & Jerry", "Tom & Jerry");
        check("Image:Lee", "Image : Lee");
        check(
            "sins: a) Leaving. b) Refusing",
            "sins : a) Leaving . b) Refusing",
        );
        check("(see a) and b)", "( see a ) and b )");
        check("end,start", "end , start");
        check("#3 seed", "# 3 seed");
        check("fun :) ok :-( <3", "fun :) ok :-( <3");
        check("Note:D and a:)", "Note : D and a : )");
    }

    #[test]
    fn web_tokens() {
        check(
            "see http://example.com/a?b=1&c=(2)).",
            "see http://example.com/a?b=1&c=(2) ) .",
        );
        check("(www.flag.govt.nz).", "( www.flag.govt.nz ) .");
        check("Gawker.com reported", "Gawker.com reported");
        check(
            "cra.org/resources/taulbee-survey.",
            "cra.org/resources/taulbee-survey .",
        );
        check("mail lotte.wilms@kb.nl.", "mail lotte.wilms@kb.nl .");
        check("@NewsAz: #Baku2025!", "@NewsAz : #Baku2025 !");
        check("alt.religion.scientology", "alt.religion.scientology");
    }

    #[test]
    fn emoji() {
        check("great👍🏽!", "great 👍🏽 !");
        check("family 👨‍👩‍👧 here", "family 👨‍👩‍👧 here");
        check("🇦🇿🇨🇳", "🇦🇿 🇨🇳");
        check("❤️❤️", "❤️ ❤️");
        check("#️⃣ key", "#️⃣ key");
    }

    #[test]
    fn unicode_words_and_spaces() {
        check("Baku\u{00A0}city\u{200B}x", "Baku city x");
        check("café naïve Zürich", "café naïve Zürich");
        check("cafe\u{301} ok", "cafe\u{301} ok");
        check("Москва и Баку", "Москва и Баку");
        check("北京", "北京");
        check("", "");
        check(" \n\t ", "");
    }

    #[test]
    fn kinds_are_assigned() {
        use TokenKind::*;
        let got = kinds("Ms. Lu's $5m (37%) @a #b https://x.org a@b.com 👍 1,570 §");
        let want = [
            ("Ms.", Word),
            ("Lu", Word),
            ("'s", Word),
            ("$", Symbol),
            ("5m", Number),
            ("(", Punct),
            ("37", Number),
            ("%", Symbol),
            (")", Punct),
            ("@a", Handle),
            ("#b", Hashtag),
            ("https://x.org", Url),
            ("a@b.com", Email),
            ("👍", Emoji),
            ("1,570", Number),
            ("§", Symbol),
        ];
        let want: Vec<(String, TokenKind)> =
            want.iter().map(|&(s, k)| (s.to_string(), k)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn special_cases_apply_wherever_a_token_starts() {
        let t = Tokenizer::new()
            .with_special_case("gimme", &["gim", "me"])
            .unwrap()
            .with_special_case(":-)", &[":-)"])
            .unwrap()
            .with_special_case("C++", &["C++"])
            .unwrap();
        check_with(&t, "gimme that", "gim me that");
        check_with(&t, "(gimme) :-)", "( gim me ) :-)");
        check_with(&t, "gimmes", "gimmes");
        check_with(&t, "I like C++.", "I like C++ .");
        assert!(Tokenizer::new().with_special_case("a b", &["a b"]).is_err());
        assert!(
            Tokenizer::new()
                .with_special_case("ab", &["a", "c"])
                .is_err()
        );
        assert!(Tokenizer::new().with_special_case("", &[]).is_err());
    }

    #[test]
    fn user_abbreviations_keep_their_period() {
        check("Dir. Lee", "Dir . Lee");
        let t = Tokenizer::new().with_abbreviation("Dir.");
        check_with(&t, "Dir. Lee", "Dir. Lee");
        check_with(&t, "Director Lee.", "Director Lee .");
    }

    #[test]
    fn tokenize_with_and_tokenize_into_agree() {
        let text = "Ms. Lu’s visit (2025–2026) cost $5m, she said.";
        let mut seen = Vec::new();
        Tokenizer::new().tokenize_with(text, |s, e, k| seen.push((s, e, k)));
        let mut into = vec![(0, 0, TokenKind::Other)];
        Tokenizer::new().tokenize_into(text, &mut into);
        assert_eq!(seen, tokenize(text));
        assert_eq!(&into[1..], &seen[..]);
    }

    #[test]
    fn offsets_are_bytes_in_multibyte_text() {
        let text = "“Baku’s”";
        let toks = tokenize(text);
        let spans: Vec<(usize, usize)> = toks.iter().map(|&(s, e, _)| (s, e)).collect();
        assert_eq!(spans, [(0, 3), (3, 7), (7, 11), (11, 14)]);
    }

    #[test]
    fn long_inputs_stay_linear() {
        // Would take minutes if any rule were quadratic.
        let n = 2_000_000;
        for unit in [
            "a",
            "a.",
            "1,",
            "'",
            "a-",
            "’s",
            "http://x",
            "\u{200D}",
            "👍\u{200D}",
        ] {
            let text = unit.repeat(n / unit.len());
            let toks = tokenize(&text);
            assert!(!toks.is_empty());
        }
        // 10 MB of news prose with every whitespace char removed.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
        let mut prose = String::new();
        for e in std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()) {
            if e.path().extension().is_some_and(|x| x == "txt") {
                prose.extend(
                    std::fs::read_to_string(e.path())
                        .unwrap()
                        .chars()
                        .filter(|c| !c.is_whitespace()),
                );
            }
        }
        let text = prose.repeat(10_000_000 / prose.len() + 1);
        let toks = tokenize(&text);
        assert!(toks.len() > 100_000);
        assert_eq!(toks.last().unwrap().1, text.len());
    }
}

mod snapshot {
    use super::*;

    /// `[start..end) "text" Kind` per token.
    fn rendering(text: &str) -> String {
        tokenize(text)
            .iter()
            .map(|&(s, e, k)| format!("[{s}..{e}) {:?} {k:?}\n", &text[s..e]))
            .collect()
    }

    /// A few short paragraphs of the corpus, chosen for their numbers, quotes and dashes.
    #[test]
    fn corpus_paragraphs() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
        let mut out = String::new();
        for (prefix, para) in [("002", 3), ("002", 4), ("003", 2), ("003", 18), ("004", 0)] {
            let file = std::fs::read_dir(dir)
                .unwrap()
                .filter_map(|e| e.ok())
                .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
                .unwrap();
            let text = std::fs::read_to_string(file.path()).unwrap();
            let p = text.split('\n').nth(para).unwrap();
            out.push_str(&format!("## {prefix} paragraph {para}: {p:?}\n"));
            out.push_str(&rendering(p));
        }
        insta::assert_snapshot!(out);
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    /// Checks the span invariants of `tokenize` on `text`.
    fn invariants(t: &Tokenizer, text: &str) -> Result<(), TestCaseError> {
        let toks = t.tokenize(text);
        let mut covered = 0;
        for &(s, e, _) in &toks {
            prop_assert!(s < e && e <= text.len(), "span {s}..{e} out of bounds");
            prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            prop_assert!(s >= covered, "span {s}..{e} overlaps or is out of order");
            prop_assert!(
                text[covered..s].chars().all(is_space),
                "non-space text {:?} left uncovered",
                &text[covered..s]
            );
            prop_assert!(
                !text[s..e].chars().any(is_space),
                "token {:?} contains whitespace",
                &text[s..e]
            );
            covered = e;
        }
        prop_assert!(text[covered..].chars().all(is_space));
        Ok(())
    }

    /// Strings made of the pieces that drive the rules, so that rule interactions are hit
    /// far more often than by uniform random chars.
    fn tricky() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "a",
            "Z",
            "1",
            "0",
            ".",
            ",",
            ":",
            "'",
            "’",
            "‘",
            "-",
            "–",
            "—",
            "&",
            "/",
            "@",
            "#",
            "$",
            "%",
            "(",
            ")",
            "[",
            "]",
            "...",
            "…",
            "\"",
            "“",
            "”",
            " ",
            "\n",
            "\u{a0}",
            "\u{200B}",
            "\u{200D}",
            "\u{FE0F}",
            "\u{20E3}",
            "\u{301}",
            "👍",
            "🏽",
            "🇦",
            "s",
            "t",
            "n",
            "http://",
            "www.",
            "com",
            "U.S",
            "Mr",
            "é",
            "ß",
            "北",
            "`",
            "!",
            "?",
            "\u{0}",
            "\u{7f}",
            "\u{10FFFF}",
            "e",
            "pro",
        ]);
        prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn invariants_hold_on_any_string(text in any::<String>()) {
            invariants(&Tokenizer::new(), &text)?;
        }

        #[test]
        fn invariants_hold_on_tricky_strings(text in tricky()) {
            invariants(&Tokenizer::new(), &text)?;
            invariants(&Tokenizer::new().with_hyphens(HyphenMode::Split), &text)?;
        }

        #[test]
        fn invariants_hold_with_special_cases(text in tricky()) {
            let t = Tokenizer::new()
                .with_special_case("U.S", &["U", ".", "S"]).unwrap()
                .with_special_case("a.", &["a."]).unwrap()
                .with_special_case("’s", &["’", "s"]).unwrap()
                .with_special_case("👍🏽", &["👍", "🏽"]).unwrap();
            invariants(&t, &text)?;
        }

        #[test]
        fn tokenizing_is_local_to_lines(a in tricky(), b in tricky()) {
            // Tokens never cross whitespace and rules look back no further than the line
            // start, so tokenizing "a\nb" is tokenizing a, then b.
            let text = format!("{a}\n{b}");
            let joined = tokenize(&text);
            let mut separate = tokenize(&a);
            separate.extend(tokenize(&b).into_iter().map(|(s, e, k)| (s + a.len() + 1, e + a.len() + 1, k)));
            prop_assert_eq!(joined, separate);
        }
    }
}
