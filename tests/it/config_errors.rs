//! The messages a user sees when a pipeline config is wrong. Each names the file, the
//! step and the key or layer at fault, and comes before any text is read.

use strata::{Config, Pipeline};

/// The error message for `toml`, built against the real registry.
fn check(toml: &str) -> String {
    let registry = strata::registry().unwrap();
    match Config::from_toml_str(toml, "my.toml") {
        Err(e) => e.to_string(),
        Ok(cfg) => match Pipeline::build(&registry, &cfg) {
            Err(e) => e.to_string(),
            Ok(_) => "ok".to_string(),
        },
    }
}

#[test]
fn a_valid_config_builds() {
    assert_eq!(
        check(
            "[pipeline]\nsteps = [\"t\"]\n[steps.t]\nplugin = \"tokenize.rules\"\nhyphens = \"keep\"\n"
        ),
        "ok"
    );
}

#[test]
fn unknown_plugin_suggests_the_nearest_name() {
    insta::assert_snapshot!(check(
        "[pipeline]\nsteps = [\"tokens\"]\n[steps.tokens]\nplugin = \"tokenise.rules\"\n"
    ));
}

#[test]
fn unknown_setting_names_step_and_key() {
    insta::assert_snapshot!(check(
        "[pipeline]\nsteps = [\"tokens\"]\n[steps.tokens]\nplugin = \"tokenize.rules\"\nhyphen = \"ud\"\n"
    ));
}

#[test]
fn bad_toml_names_file_and_line() {
    insta::assert_snapshot!(check(
        "[pipeline]\nsteps = [\"tokens\"\n[steps.tokens]\nplugin = \"tokenize.rules\"\n"
    ));
}

#[test]
fn a_step_without_a_table() {
    insta::assert_snapshot!(check("[pipeline]\nsteps = [\"tokens\"]\n"));
}

#[test]
fn unmet_requirement_names_step_layer_and_providers() {
    insta::assert_snapshot!(check(
        "[pipeline]\nsteps = [\"sentences\", \"entities\"]\n[steps.sentences]\nplugin = \"sentences.rules\"\n[steps.entities]\nplugin = \"ner.patterns\"\n"
    ));
}
