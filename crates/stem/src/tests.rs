use super::*;
use strata_core::{Language, Token};

/// Tokens made by hand for the tests: runs of letters, digits and inner apostrophes are
/// words (numbers when all digits), every other non-space character is punctuation.
fn tokens(doc: &Document) -> Vec<Token> {
    let text = doc.text();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '\u{2019}';
    let push = |s: usize, e: usize, out: &mut Vec<Token>| {
        let w = &text[s..e];
        let kind = if w.chars().all(|c| c.is_ascii_digit()) {
            TokenKind::Number
        } else if w.chars().any(char::is_alphanumeric) {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        out.push(Token {
            span: doc.span(s, e).unwrap(),
            kind,
        });
    };
    for (i, c) in text.char_indices() {
        if is_word(c) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            push(s, i, &mut out);
        }
        if !c.is_whitespace() {
            push(i, i + c.len_utf8(), &mut out);
        }
    }
    if let Some(s) = start {
        push(s, text.len(), &mut out);
    }
    out
}

fn language(code: &str) -> Language {
    Language {
        code: code.into(),
        name: String::new(),
        script: None,
        confidence: 1.0,
        reliable: true,
    }
}

/// Runs `stem.snowball` with `settings` on `input` (with a language layer saying `lang`,
/// if given) and compares `surface>stem` pairs, plus the diagnostics' codes.
fn check_with(settings: serde_json::Value, lang: Option<&str>, input: &str, expected: &str) {
    let plugin = build(settings.as_object().unwrap()).unwrap();
    let mut doc = Document::new("t", input);
    doc.tokens = Some(tokens(&doc));
    doc.language = lang.map(language);
    plugin.annotate(&mut doc).unwrap();
    let stems = doc.stems.as_ref().unwrap();
    let toks = doc.tokens.as_ref().unwrap();
    assert_eq!(stems.len(), toks.len());
    let mut shown: Vec<String> = toks
        .iter()
        .zip(stems.iter())
        .map(|(t, s)| {
            assert_eq!(t.span, s.span);
            format!("{}>{}", doc.slice(t.span), s.stem)
        })
        .collect();
    shown.extend(doc.diagnostics.iter().map(|d| format!("!{}", d.code)));
    assert_eq!(shown.join(" "), expected, "input: {input:?}");
}

fn check(lang: Option<&str>, input: &str, expected: &str) {
    check_with(serde_json::json!({}), lang, input, expected);
}

#[test]
fn english_words_are_stemmed_and_the_rest_lowercased() {
    check(
        Some("eng"),
        "Ministers were meeting, running 3 talks on $5 Tariffs!",
        "Ministers>minist were>were meeting>meet ,>, running>run 3>3 talks>talk on>on $>$ 5>5 Tariffs>tariff !>!",
    );
    // typographic apostrophes read like straight ones
    check(Some("eng"), "Baku’s envoy's", "Baku’s>baku envoy's>envoy");
}

#[test]
fn language_comes_from_the_language_layer() {
    check(
        Some("deu"),
        "Die Regierungen beschlossen",
        "Die>die Regierungen>regier beschlossen>beschloss",
    );
    check(
        Some("fra"),
        "les gouvernements présentés",
        "les>le gouvernements>gouvern présentés>présent",
    );
    check(Some("spa"), "las elecciones", "las>las elecciones>eleccion");
}

#[test]
fn unknown_or_undetermined_language_uses_the_fallback() {
    check(None, "running talks", "running>run talks>talk");
    check(Some("und"), "running talks", "running>run talks>talk");
    check_with(
        serde_json::json!({"fallback": "deu"}),
        None,
        "Regierungen",
        "Regierungen>regier",
    );
    check_with(
        serde_json::json!({"fallback": "none"}),
        None,
        "Running Talks",
        "Running>running Talks>talks",
    );
}

#[test]
fn a_language_without_a_stemmer_is_a_diagnostic_not_a_failure() {
    check(
        Some("pol"),
        "Rządy Polski",
        "Rządy>rządy Polski>polski !no-stemmer",
    );
    check(
        Some("jpn"),
        "東京 Running",
        "東京>東京 Running>running !no-stemmer",
    );
}

#[test]
fn a_pinned_language_overrides_the_layer() {
    check_with(
        serde_json::json!({"language": "eng"}),
        Some("deu"),
        "running",
        "running>run",
    );
    check_with(
        serde_json::json!({"language": "none"}),
        Some("eng"),
        "Running",
        "Running>running",
    );
}

#[test]
fn edge_tokens() {
    // both apostrophes give one stem for the possessive clitic
    check(Some("eng"), "’s 's", "’s>'s 's>'s");
    assert_eq!(stem_word(&Stemmer::create(Algorithm::English), "'"), "'");
    check(Some("eng"), "", "");
    check(
        Some("eng"),
        "ÉCOLE İstanbul",
        "ÉCOLE>école İstanbul>i̇stanbul",
    );
}

#[test]
fn settings_are_checked() {
    let err = |v: serde_json::Value| build(v.as_object().unwrap()).err().unwrap().to_string();
    assert!(
        err(serde_json::json!({"fallback": "klingon"}))
            .contains("no Snowball stemmer for `klingon`")
    );
    assert!(err(serde_json::json!({"fallbak": "eng"})).contains("unknown field `fallbak`"));
    for l in StemLanguage::ALL {
        assert_eq!(StemLanguage::from_code(l.code()), Some(l));
        let via_serde: StemLanguage = serde_json::from_value(serde_json::json!(l.code())).unwrap();
        assert_eq!(via_serde, l);
    }
    assert_eq!(StemLanguage::from_code("EN"), Some(StemLanguage::English));
}

#[test]
fn missing_tokens_is_an_error_and_registration_works() {
    let plugin = build(&Settings::new()).unwrap();
    let mut doc = Document::new("t", "text");
    assert!(plugin.annotate(&mut doc).is_err());
    assert!(plugin.requires().contains(&Layer::TOKENS));
    assert!(plugin.provides().contains(&Layer::STEMS));
    let reg = strata_core::Registry::from_inventory().unwrap();
    assert_eq!(reg.get(NAME).unwrap().settings.len(), 2);
}

#[test]
fn snapshot_of_a_news_sentence() {
    let plugin = build(&Settings::new()).unwrap();
    let mut doc = Document::new(
        "t",
        "Chinese Ambassador Lu Mei highlighted the deepening partnership between the countries’ governments.",
    );
    doc.tokens = Some(tokens(&doc));
    plugin.annotate(&mut doc).unwrap();
    let rendered: Vec<String> = doc
        .stems
        .as_ref()
        .unwrap()
        .iter()
        .map(|s| {
            format!(
                "[{}..{}) {:?} {}",
                s.span.start(),
                s.span.end(),
                s.span.text(doc.text()),
                s.stem
            )
        })
        .collect();
    insta::assert_snapshot!(rendered.join("\n"));
}

#[test]
fn case_and_cache_do_not_change_stems() {
    let doc = Document::new("t", "ΛΟΓΟΣ λόγος Running running RUNNING");
    let toks = tokens(&doc);
    let greek = stem_tokens(doc.text(), &toks[..2], Some(StemLanguage::Greek));
    let g = Stemmer::create(Algorithm::Greek);
    // the upper-case word keeps its final sigma when lowercased, so it stems like the
    // lower-case one would on its own
    assert_eq!(greek.get(0).unwrap().stem, g.stem("λογος").into_owned());
    assert_eq!(greek.get(1).unwrap().stem, g.stem("λόγος").into_owned());
    let eng = stem_tokens(doc.text(), &toks[2..], Some(StemLanguage::English));
    assert!(eng.iter().all(|s| s.stem == "run"), "{eng:?}");
}

#[test]
fn the_memo_is_per_language_and_survives_filling_up() {
    let doc = Document::new("t", "Regierungen running");
    let toks = tokens(&doc);
    // the same word on one thread, in two languages, in either order
    for _ in 0..2 {
        let de = stem_tokens(doc.text(), &toks, Some(StemLanguage::German));
        let en = stem_tokens(doc.text(), &toks, Some(StemLanguage::English));
        assert_eq!(de.get(0).unwrap().stem, "regier");
        assert_eq!(en.get(0).unwrap().stem, "regierungen");
        assert_eq!(en.get(1).unwrap().stem, "run");
    }
    // more distinct words than the memo holds: it is emptied and stems stay right
    let words: String = (0..CACHE_LIMIT + 10)
        .map(|i| format!("walking{i} "))
        .collect();
    let doc = Document::new("t", words);
    let toks = tokens(&doc);
    let stems = stem_tokens(doc.text(), &toks, Some(StemLanguage::English));
    assert_eq!(stems.len(), CACHE_LIMIT + 10);
    assert_eq!(stems.get(7).unwrap().stem, "walking7");
    let again = stem_tokens(doc.text(), &toks[..3], Some(StemLanguage::English));
    assert!(again.iter().eq(stems.iter().take(3)));
    let run = Document::new("t", "walkings");
    let s = stem_tokens(run.text(), &tokens(&run), Some(StemLanguage::English));
    assert_eq!(s.get(0).unwrap().stem, "walk");
}
