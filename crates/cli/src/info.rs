//! `strata plugins` and `strata explain`: what is registered, and what a config resolves to.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use strata_core::{Annotator, LayerSet, SettingDoc};
use strata_pipeline::{Pipeline, describe, json_to_toml_text};

use crate::common::{CliError, load_config, registry, usage};

#[derive(Debug, Args)]
pub struct PluginsArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Pipeline config (TOML); the embedded default news pipeline if absent.
    #[arg(value_name = "CONFIG")]
    pub config: Option<PathBuf>,
}

fn layers(set: &LayerSet) -> String {
    if set.is_empty() {
        "-".to_string()
    } else {
        set.to_string()
    }
}

fn names(set: &LayerSet) -> Vec<String> {
    set.iter().map(|l| l.name().to_string()).collect()
}

fn settings_json(settings: &[SettingDoc]) -> serde_json::Value {
    settings
        .iter()
        .map(|s| {
            serde_json::json!({
                "name": s.name, "type": s.kind, "default": s.default, "help": s.help,
            })
        })
        .collect()
}

/// The text `strata plugins` prints (also used by tests).
pub fn plugins_text(json: bool) -> Result<String, CliError> {
    let reg = registry()?;
    let infos = describe(&reg);
    if json {
        let list: Vec<serde_json::Value> = infos
            .iter()
            .map(|i| {
                let mut v = serde_json::json!({
                    "name": i.name,
                    "summary": i.summary,
                    "settings": settings_json(i.settings),
                });
                match &i.layers {
                    Ok((r, p)) => {
                        v["requires"] = names(r).into();
                        v["provides"] = names(p).into();
                    }
                    Err(e) => v["default_build_error"] = e.clone().into(),
                }
                v
            })
            .collect();
        return Ok(serde_json::to_string_pretty(&list).unwrap_or_default() + "\n");
    }
    let mut out = String::new();
    if infos.is_empty() {
        out.push_str("no plugins are linked into this binary\n");
    }
    for i in &infos {
        let _ = writeln!(out, "{}\n    {}", i.name, i.summary);
        match &i.layers {
            Ok((r, p)) => {
                let _ = writeln!(out, "    requires: {}", layers(r));
                let _ = writeln!(out, "    provides: {}", layers(p));
            }
            Err(e) => {
                let _ = writeln!(
                    out,
                    "    requires/provides: unknown (cannot build with default settings: {e})"
                );
            }
        }
        if i.settings.is_empty() {
            let _ = writeln!(out, "    settings: none");
        } else {
            let _ = writeln!(out, "    settings:");
            for s in i.settings {
                let _ = writeln!(
                    out,
                    "      {} ({}, default {}): {}",
                    s.name, s.kind, s.default, s.help
                );
            }
        }
        out.push('\n');
    }
    Ok(out)
}

pub fn plugins(args: PluginsArgs) -> Result<ExitCode, CliError> {
    print!("{}", plugins_text(args.json)?);
    Ok(ExitCode::SUCCESS)
}

/// The text `strata explain` prints.
pub fn explain_text(pipeline: &Pipeline) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "pipeline {}", pipeline.source());
    for (n, step) in pipeline.steps().iter().enumerate() {
        let a = step.annotator();
        let _ = writeln!(
            out,
            "\n{}. step `{}`: plugin `{}`\n   {}",
            n + 1,
            step.name(),
            step.plugin(),
            step.factory().summary
        );
        let _ = writeln!(out, "   requires: {}", layers(&a.requires()));
        let _ = writeln!(out, "   provides: {}", layers(&a.provides()));
        let given = step.settings();
        let docs = step.factory().settings;
        if given.is_empty() && docs.is_empty() {
            let _ = writeln!(out, "   settings: none");
            continue;
        }
        let _ = writeln!(out, "   settings:");
        for d in docs {
            match given.get(d.name) {
                Some(v) => {
                    let _ = writeln!(out, "     {} = {}", d.name, json_to_toml_text(v));
                }
                None => {
                    let _ = writeln!(out, "     {} = {}  (default)", d.name, d.default);
                }
            }
        }
        // Keys the plugin accepted but did not document.
        for (k, v) in given {
            if !docs.iter().any(|d| d.name == k) {
                let _ = writeln!(out, "     {} = {}", k, json_to_toml_text(v));
            }
        }
    }
    let _ = writeln!(out, "\nprovides: {}", layers(&pipeline.provides()));
    out
}

pub fn explain(args: ExplainArgs) -> Result<ExitCode, CliError> {
    let config = load_config(args.config.as_deref())?;
    let reg = registry()?;
    let pipeline = Pipeline::build(&reg, &config).map_err(usage)?;
    print!("{}", explain_text(&pipeline));
    Ok(ExitCode::SUCCESS)
}
