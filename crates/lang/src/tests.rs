use super::*;

fn detector(settings: serde_json::Value) -> Box<dyn Annotator> {
    let settings = settings.as_object().cloned().unwrap_or_default();
    build(&settings).expect("settings are valid")
}

/// Runs the plugin with `settings` on `input` and compares `code (script, reliable)` or
/// `und: reason`.
fn check_with(settings: serde_json::Value, input: &str, expected: &str) {
    let plugin = detector(settings);
    let mut doc = Document::new("t", input);
    plugin.annotate(&mut doc).unwrap();
    let lang = doc.language.as_ref().unwrap();
    let shown = if lang.is_undetermined() {
        assert!(!lang.reliable);
        assert_eq!(lang.name, "Undetermined");
        let d = doc
            .diagnostics
            .last()
            .expect("an undetermined language says why");
        assert_eq!(d.code, "language-undetermined");
        format!(
            "und: {}",
            d.message.trim_start_matches("language undetermined: ")
        )
    } else {
        assert!((0.0..=1.0).contains(&lang.confidence));
        assert!(doc.diagnostics.is_empty());
        format!(
            "{} {} ({}, reliable {})",
            lang.code,
            lang.name,
            lang.script.as_deref().unwrap_or("-"),
            lang.reliable
        )
    };
    assert_eq!(shown, expected, "input: {input:?}");
}

fn check(input: &str, expected: &str) {
    check_with(serde_json::json!({}), input, expected);
}

const ENGLISH: &str = "The central bank raised interest rates on Tuesday for the third time this year, \
saying that inflation remained stubbornly high while the labour market showed few signs of cooling.";
const GERMAN: &str = "Die Bundesregierung hat am Dienstag ein neues Gesetz zur Förderung erneuerbarer \
Energien beschlossen, das nach Angaben des Wirtschaftsministeriums schon im kommenden Jahr gelten soll.";
const FRENCH: &str = "Le gouvernement a présenté mercredi un projet de loi visant à réduire les délais \
de traitement des demandes d'asile, une mesure vivement critiquée par plusieurs associations.";

#[test]
fn news_sentences() {
    check(ENGLISH, "eng English (Latin, reliable true)");
    check(GERMAN, "deu German (Latin, reliable true)");
    check(FRENCH, "fra French (Latin, reliable true)");
}

#[test]
fn short_and_empty_text_is_undetermined() {
    check("", "und: too little text");
    check("Hello there", "und: too little text");
    check("12 345 678 -- 90.5% !!!", "und: too little text");
    check("   \n\t  ", "und: too little text");
}

#[test]
fn mixed_text_is_undetermined() {
    check(
        &format!("{ENGLISH} {ENGLISH}\n\n{GERMAN} {GERMAN}"),
        "und: the text mixes languages",
    );
    // a foreign name inside an English sentence is not mixed text
    check(
        &format!("{ENGLISH} The minister, Jean-Pierre Lefèvre, declined to comment."),
        "eng English (Latin, reliable true)",
    );
}

#[test]
fn settings_change_the_answer() {
    // a short phrase is too short by default, but not with a lower min_chars
    let short = "Der Hund schläft";
    check(short, "und: too little text");
    check_with(
        serde_json::json!({"min_chars": 5, "allow": ["eng", "deu"]}),
        short,
        "deu German (Latin, reliable true)",
    );
    // an allowlist without the language forces a choice among the allowed ones
    check_with(
        serde_json::json!({"allow": ["eng", "fra"]}),
        FRENCH,
        "fra French (Latin, reliable true)",
    );
    // a higher confidence bar leaves the short phrase undetermined
    check_with(
        serde_json::json!({"min_chars": 5, "min_confidence": 0.99}),
        short,
        "und: no confident detection",
    );
}

#[test]
fn bad_settings_are_errors() {
    let err = |v: serde_json::Value| {
        build(v.as_object().unwrap())
            .err()
            .expect("settings are rejected")
            .to_string()
    };
    assert!(
        err(serde_json::json!({"allow": ["english"]})).contains("unknown language code `english`")
    );
    assert!(err(serde_json::json!({"alow": ["eng"]})).contains("unknown field `alow`"));
    assert!(err(serde_json::json!({"min_confidence": 2.0})).contains("min_confidence"));
}

#[test]
fn long_and_odd_input_is_bounded_and_safe() {
    // 3 MB of English: only windows are read; multi-byte characters at the cut points
    let long = format!("{ENGLISH} “Quoted” — ").repeat(12_000);
    check(&long, "eng English (Latin, reliable true)");
    check(&"é".repeat(100_000), "und: no confident detection");
    check(&"a".repeat(1_000_000), "und: no confident detection");
}

#[test]
fn registered_and_declares_layers() {
    let reg = strata_core::Registry::from_inventory().unwrap();
    let f = reg.get(NAME).unwrap();
    assert_eq!(f.settings.len(), 4);
    let p = (f.build)(&Settings::new()).unwrap();
    assert!(p.provides().contains(&Layer::LANGUAGE));
    assert!(p.requires().is_empty());
}

#[test]
fn corpus_articles_are_english() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let plugin = detector(serde_json::json!({}));
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "txt") {
            let mut doc = Document::new("c", std::fs::read_to_string(&path).unwrap());
            plugin.annotate(&mut doc).unwrap();
            let lang = doc.language.unwrap();
            assert_eq!(
                (lang.code.as_str(), lang.reliable),
                ("eng", true),
                "{}",
                path.display()
            );
            n += 1;
        }
    }
    assert!(n >= 5);
}

/// Renders the windows of `text` as `head | tail`.
fn shown_windows(text: &str, max_chars: usize) -> String {
    let (head, tail) = windows(text, max_chars);
    format!("{head} | {tail}").replace('\n', "/")
}

#[test]
fn short_text_is_read_whole_in_two_halves() {
    assert_eq!(
        shown_windows("one two three four five six", 64),
        "one two three |  four five six"
    );
    assert_eq!(shown_windows("", 64), " | ");
}

#[test]
fn long_text_is_read_as_four_slices_cut_at_whitespace() {
    // 26 words of 4 letters (130 bytes): slices start at the word after bytes 8, 40, 72
    // and 104 and hold at most 16 chars, ending at a whitespace
    let text: String = ('a'..='z')
        .map(|c| format!("{c}{c}{c}{c} "))
        .collect::<String>();
    assert_eq!(
        shown_windows(&text, 64),
        "cccc dddd eeee/jjjj kkkk llll | pppp qqqq rrrr/vvvv wwww xxxx"
    );
    // text without whitespace and with multi-byte chars is cut on char boundaries
    let accents = "é".repeat(10_000);
    let (head, tail) = windows(&accents, 1000);
    assert_eq!(head.chars().filter(|&c| c == 'é').count(), 500);
    assert_eq!(tail.chars().filter(|&c| c == 'é').count(), 500);
}

#[test]
fn a_foreign_paragraph_at_either_end_does_not_decide() {
    let body = [ENGLISH; 12].join(" ");
    for text in [format!("{GERMAN}\n\n{body}"), format!("{body}\n\n{FRENCH}")] {
        check(&text, "eng English (Latin, reliable true)");
    }
}

#[test]
fn reading_more_gives_the_same_answer_on_the_corpus() {
    let wide = detector(serde_json::json!({"max_chars": 100_000}));
    let narrow = detector(serde_json::json!({}));
    for text in strata_testdata::articles() {
        let (mut a, mut b) = (
            Document::new("a", text.as_str()),
            Document::new("b", text.as_str()),
        );
        wide.annotate(&mut a).unwrap();
        narrow.annotate(&mut b).unwrap();
        let (a, b) = (a.language.unwrap(), b.language.unwrap());
        assert_eq!((&a.code, a.reliable), (&b.code, b.reliable));
    }
}
