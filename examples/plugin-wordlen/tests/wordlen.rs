//! The plugin inside a real pipeline (the built-in tokenizer, then `wordlen.buckets`),
//! snapshot-tested on a readable rendering: `[start..end) "word" label chars=n`.

use strata::{Config, Document, Pipeline};
// Linking the crate is what registers its plugin.
use strata_plugin_wordlen as _;

fn pipeline(settings: &str) -> Pipeline {
    let toml = format!(
        "[pipeline]\nsteps = [\"tokens\", \"wordlen\"]\n\n[steps.tokens]\nplugin = \"tokenize.rules\"\n\n[steps.wordlen]\nplugin = \"wordlen.buckets\"\n{settings}"
    );
    let config = Config::from_toml_str(&toml, "test.toml").unwrap();
    Pipeline::build(&strata::registry().unwrap(), &config).unwrap()
}

/// Runs the pipeline on `input` and renders the `wordlen` layer, one span a line.
fn check(settings: &str, input: &str) -> String {
    let mut doc = Document::new("t", input);
    pipeline(settings).run(&mut doc).unwrap();
    doc.extensions["wordlen"]
        .spans
        .iter()
        .map(|s| {
            format!(
                "[{}..{}) {:?} {} chars={}",
                s.span.start(),
                s.span.end(),
                doc.slice(s.span),
                s.label,
                s.attrs["chars"]
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn long_words_by_bucket() {
    insta::assert_snapshot!(check("", "The intercivilizational dialogue strengthened Azərbaycan’s partnership."), @r#"
    [4..23) "intercivilizational" 15-19 chars=19
    [33..45) "strengthened" 10-14 chars=12
    [46..57) "Azərbaycan" 10-14 chars=10
    [62..73) "partnership" 10-14 chars=11
    "#);
}

#[test]
fn settings_change_the_buckets() {
    insta::assert_snapshot!(check("min_chars = 6\nbucket = 3\n", "Small words, longer ones, and lengthiest."), @r#"
    [13..19) "longer" 6-8 chars=6
    [30..40) "lengthiest" 9-11 chars=10
    "#);
}

#[test]
fn nothing_long_is_an_empty_layer_not_a_missing_one() {
    assert_eq!(check("", "Short."), "");
    assert_eq!(check("", ""), "");
}

#[test]
fn bad_settings_are_errors_naming_the_key() {
    let toml = "[pipeline]\nsteps = [\"tokens\", \"w\"]\n[steps.tokens]\nplugin = \"tokenize.rules\"\n[steps.w]\nplugin = \"wordlen.buckets\"\nmin_char = 3\n";
    let config = Config::from_toml_str(toml, "test.toml").unwrap();
    let err = Pipeline::build(&strata::registry().unwrap(), &config).unwrap_err();
    insta::assert_snapshot!(err, @"pipeline config `test.toml`: step `w`: invalid settings for `wordlen.buckets`: unknown field `min_char`, expected `min_chars` or `bucket`");
}

#[test]
fn it_needs_tokens_first() {
    let toml = "[pipeline]\nsteps = [\"w\"]\n[steps.w]\nplugin = \"wordlen.buckets\"\n";
    let config = Config::from_toml_str(toml, "test.toml").unwrap();
    let err = Pipeline::build(&strata::registry().unwrap(), &config).unwrap_err();
    assert!(
        err.to_string().contains("requires the `tokens` layer"),
        "{err}"
    );
}
