//! Agreement with the reference scorer (`shared/score/score.py`): on perturbed gold files
//! (see fixtures/README.md) our `evaluate` must give the same numbers, to 1e-9, and the
//! same readable table when run live.
//!
//! The stored fixtures always run. When `python3` and the scorer are present (set
//! `STRATA_SCORE_PY`, or `../shared/score/score.py` from the repository root), every case
//! is also scored live, so a change in either scorer shows up; otherwise that part is
//! skipped quietly (CI has no `../shared`).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use strata_eval::{EvalOptions, PredOffsets, evaluate, parse_layers, read_gold};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

struct Case {
    name: String,
    gold: PathBuf,
    pred: PathBuf,
    args: Vec<String>,
    expected: PathBuf,
}

fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string(fixtures().join("cases.json")).expect("cases.json");
    let list: Vec<Value> = serde_json::from_str(&text).expect("cases.json parses");
    list.iter()
        .map(|c| Case {
            name: c["name"].as_str().unwrap().to_string(),
            gold: repo_root().join(c["gold"].as_str().unwrap()),
            pred: fixtures().join(c["pred"].as_str().unwrap()),
            args: c["args"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().unwrap().to_string())
                .collect(),
            expected: fixtures().join(c["expected"].as_str().unwrap()),
        })
        .collect()
}

/// The scorer's command-line switches as options.
fn options(args: &[String]) -> EvalOptions {
    let mut o = EvalOptions::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--ignore-labels" => o.ignore_labels = true,
            "--keep-nested" => o.keep_nested = true,
            "--quotes-direct-only" => o.quotes_direct_only = true,
            "--layers" => o.layers = Some(parse_layers(it.next().unwrap()).unwrap()),
            "--sent-threshold" => o.sent_threshold = it.next().unwrap().parse().unwrap(),
            "--pred-offsets" => {
                o.pred_offsets = match it.next().unwrap().as_str() {
                    "utf8" => PredOffsets::Utf8,
                    _ => PredOffsets::Chars,
                }
            }
            other => panic!("unexpected argument {other}"),
        }
    }
    o
}

fn ours(case: &Case) -> Value {
    let gold = read_gold(&case.gold).unwrap();
    let pred = read_gold(&case.pred).unwrap();
    serde_json::to_value(evaluate(&gold, &pred, &options(&case.args))).unwrap()
}

/// Structural equality with numbers compared to 1e-9; `gold_file`/`pred_file` ignored.
fn diff(path: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let skip = |k: &String| path.is_empty() && (k == "gold_file" || k == "pred_file");
            for k in x.keys().chain(y.keys()).filter(|k| !skip(k)) {
                match (x.get(k), y.get(k)) {
                    (Some(u), Some(v)) => diff(&format!("{path}.{k}"), u, v, out),
                    (u, v) => out.push(format!("{path}.{k}: ours {u:?} vs reference {v:?}")),
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (u, v)) in x.iter().zip(y).enumerate() {
                diff(&format!("{path}[{i}]"), u, v, out);
            }
        }
        (Value::Number(x), Value::Number(y)) => {
            let (u, v) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            if (u - v).abs() > 1e-9 {
                out.push(format!("{path}: ours {u} vs reference {v}"));
            }
        }
        _ if a == b => {}
        _ => out.push(format!("{path}: ours {a} vs reference {b}")),
    }
}

fn assert_agrees(case: &Case, ours: &Value, reference: &Value, what: &str) {
    let mut out = Vec::new();
    diff("", ours, reference, &mut out);
    out.dedup();
    assert!(
        out.is_empty(),
        "case {} disagrees with {what}:\n{}",
        case.name,
        out.iter().take(20).cloned().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn agrees_with_stored_reference_scores() {
    let cases = cases();
    assert!(cases.len() >= 10, "fixtures missing");
    for case in &cases {
        let text = std::fs::read_to_string(&case.expected).unwrap();
        let reference: Value = serde_json::from_str(&text).unwrap();
        assert_agrees(case, &ours(case), &reference, "the stored reference output");
    }
}

#[test]
fn agrees_with_live_reference_scorer_when_available() {
    let script = std::env::var_os("STRATA_SCORE_PY")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("../shared/score/score.py"));
    if !script.is_file() {
        return;
    }
    for case in cases() {
        let run = Command::new("python3")
            .arg(&script)
            .arg("--gold")
            .arg(&case.gold)
            .arg("--pred")
            .arg(&case.pred)
            .arg("--json")
            .args(&case.args)
            .output();
        let Ok(run) = run else { return };
        assert!(
            run.status.success(),
            "{}: {}",
            case.name,
            String::from_utf8_lossy(&run.stderr)
        );
        let reference: Value = serde_json::from_slice(&run.stdout).unwrap();
        assert_agrees(&case, &ours(&case), &reference, "the live reference scorer");

        // the readable table too, line for line
        let table = Command::new("python3")
            .arg(&script)
            .arg("--gold")
            .arg(&case.gold)
            .arg("--pred")
            .arg(&case.pred)
            .args(&case.args)
            .output()
            .unwrap();
        let gold = read_gold(&case.gold).unwrap();
        let pred = read_gold(&case.pred).unwrap();
        let shown = evaluate(&gold, &pred, &options(&case.args)).to_string();
        assert_eq!(
            shown.trim_end(),
            String::from_utf8_lossy(&table.stdout).trim_end(),
            "case {}: the table differs",
            case.name
        );
    }
}
