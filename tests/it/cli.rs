//! The `strata` binary on every kind of bad input: what it prints, what it writes, and
//! its exit code (0 ok, 1 some documents failed, 2 usage or config error).

use std::fs;

use serde_json::Value;

use crate::{arg, json_lines, scratch, show, stderr, stdout, strata, strata_with_stdin};

fn code(o: &std::process::Output) -> i32 {
    o.status.code().expect("exited normally")
}

#[test]
fn invalid_utf8_is_an_error_record_naming_file_and_byte() {
    let dir = scratch("utf8");
    let bad = dir.join("bad.txt");
    fs::write(&bad, b"Caf\xc3\xa9 ok. Bad \xff byte here.").unwrap();
    let out = strata(&["run", arg(&bad)]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 1);
    let err = &recs[0]["error"];
    assert!(
        err["source"].as_str().unwrap().ends_with("bad.txt"),
        "{err}"
    );
    assert_eq!(err["message"], "invalid UTF-8 at byte 14");
    assert_eq!(recs[0]["id"], "bad");
    assert!(
        stderr(&out).contains("1 of 1 documents failed"),
        "{}",
        stderr(&out)
    );

    // --lossy: a replacement character, a diagnostic, and tokens on the rest.
    let out = strata(&["run", "--lossy", arg(&bad)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let recs = json_lines(&out);
    assert!(recs[0]["text"].as_str().unwrap().contains('\u{fffd}'));
    let diag = &recs[0]["diagnostics"][0];
    assert_eq!(diag["code"], "invalid-utf8");
    assert!(recs[0]["tokens"].as_array().unwrap().len() >= 6);
}

#[test]
fn empty_and_whitespace_only_files_give_empty_layers() {
    let dir = scratch("empty");
    fs::write(dir.join("a_empty.txt"), b"").unwrap();
    fs::write(dir.join("b_blank.txt"), b"  \n\n\t \r\n").unwrap();
    let out = strata(&["run", arg(&dir)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let recs = json_lines(&out);
    let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a_empty", "b_blank"]);
    for r in &recs {
        assert_eq!(r["tokens"], Value::Array(vec![]), "{r}");
        assert_eq!(r["sentences"], Value::Array(vec![]), "{r}");
        assert!(r.get("error").is_none());
    }
}

#[test]
fn a_missing_file_is_a_usage_error() {
    let out = strata(&["run", "corpus", "no/such/file.txt"]);
    assert_eq!(code(&out), 2);
    assert!(
        out.stdout.is_empty(),
        "nothing is processed before the check"
    );
    insta::assert_snapshot!(stderr(&out), @"strata: error: input `no/such/file.txt` does not exist");
}

#[test]
fn config_errors_exit_2_before_reading() {
    let dir = scratch("config");
    let cfg = dir.join("p.toml");
    for (config, message) in [
        (
            "[pipeline]\nsteps = [\"tokens\"]\n[steps.tokens]\nplugin = \"tokenise.rules\"\n",
            "step `tokens`: unknown plugin `tokenise.rules` (did you mean `tokenize.rules`?)",
        ),
        (
            "[pipeline]\nsteps = [\"tokens\"]\n[steps.tokens]\nplugin = \"tokenize.rules\"\nhyphen = \"ud\"\n",
            "unknown field `hyphen`",
        ),
        (
            "[pipeline]\nsteps = [\"entities\"]\n[steps.entities]\nplugin = \"ner.patterns\"\n",
            "requires the `tokens` layer, but no earlier step provides it",
        ),
    ] {
        fs::write(&cfg, config).unwrap();
        let out = strata(&["run", "--pipeline", arg(&cfg), "corpus"]);
        assert_eq!(code(&out), 2);
        assert!(out.stdout.is_empty());
        assert!(stderr(&out).contains(message), "{}", stderr(&out));
    }

    let out = strata(&["run", "--pipeline", "no-such.toml", "corpus"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("cannot read pipeline config `no-such.toml`"));

    let out = strata(&["explain", arg(&cfg)]);
    assert_eq!(code(&out), 2);

    let out = strata(&["run", "--format", "xml", "corpus"]);
    assert_eq!(code(&out), 2, "clap usage errors exit 2 too");
}

#[test]
fn some_failed_documents_exit_1_and_are_counted() {
    let dir = scratch("failed");
    fs::write(dir.join("a.txt"), "One sentence. Another one.").unwrap();
    fs::write(dir.join("b.txt"), b"broken \xc3( text").unwrap();
    fs::write(
        dir.join("c.jsonl"),
        "{\"id\": \"c1\", \"text\": \"Fine.\"}\n{\"id\": \"c2\", \"text\": 5}\nnot json\n",
    )
    .unwrap();
    let out = strata(&["run", arg(&dir)]);
    assert_eq!(code(&out), 1);
    let recs = json_lines(&out);
    let view: Vec<String> = recs
        .iter()
        .map(|r| match r.get("error") {
            Some(e) => format!("{} error: {}", r["id"], e["message"]),
            None => format!("{} ok", r["id"]),
        })
        .collect();
    assert_eq!(view.len(), 5, "every input yields a record: {view:?}");
    assert_eq!(view[0], "\"a\" ok");
    assert_eq!(view[2], "\"c1\" ok");
    assert!(
        view[1].starts_with("\"b\" error: \"invalid UTF-8 at byte 7"),
        "{view:?}"
    );
    assert!(view[3].contains("error"), "{view:?}");
    assert!(view[4].contains("error"), "{view:?}");
    assert!(
        stderr(&out).contains("3 of 5 documents failed"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn stdin_jsonl_in_jsonl_out_keeps_meta_apart() {
    let input = concat!(
        r#"{"id": "n1", "text": "Baku hosted it.", "source": "wire", "tokens": "theirs"}"#,
        "\n",
        r#"{"id": "n2", "text": "Second one."}"#,
        "\n"
    );
    let out = strata_with_stdin(&["run", "-"], input.as_bytes());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["schema"], "strata/1");
    assert_eq!(recs[0]["id"], "n1");
    assert_eq!(
        recs[0]["meta"],
        serde_json::json!({"source": "wire", "tokens": "theirs"})
    );
    assert!(recs[0]["tokens"].is_array(), "our layer, not theirs");
    assert_eq!(recs[0]["tokens"].as_array().unwrap().len(), 4);
    assert!(recs[1].get("meta").is_none());
}

/// A document too large to format in memory (over 1 MB) is streamed to the output by the
/// writing thread: it keeps its place between smaller documents, on one line, with every
/// token, whether formatted by workers or not.
#[test]
fn a_large_document_is_streamed_in_its_place() {
    let para = "“Ça va,” said Lu Mei, the ambassador. Then she left Baku.\n\n";
    let copies = (1 << 20) / para.len() + 10;
    let big = para.repeat(copies);
    assert!(big.len() > 1 << 20);
    let input = [
        serde_json::json!({"id": "small-1", "text": para}),
        serde_json::json!({"id": "big", "text": big}),
        serde_json::json!({"id": "small-2", "text": para}),
    ]
    .map(|v| v.to_string() + "\n")
    .concat();
    for jobs in ["1", "2"] {
        let out = strata_with_stdin(
            &[
                "run",
                "--jobs",
                jobs,
                "--pipeline",
                "benches/pipelines/segment.toml",
                "-",
            ],
            input.as_bytes(),
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let recs = json_lines(&out);
        let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["small-1", "big", "small-2"], "jobs {jobs}");
        let count = |r: &Value, layer: &str| r[layer].as_array().unwrap().len();
        assert_eq!(
            count(&recs[1], "tokens"),
            copies * count(&recs[0], "tokens")
        );
        assert_eq!(
            count(&recs[1], "sentences"),
            copies * count(&recs[0], "sentences")
        );
        let last = recs[1]["tokens"]
            .as_array()
            .unwrap()
            .last()
            .unwrap()
            .clone();
        assert_eq!(
            last["end"].as_u64().unwrap() as usize,
            big.trim_end().chars().count()
        );
    }
}

#[test]
fn offsets_char_and_byte_differ_on_multibyte_text() {
    let text = "“Azerbaijan’s ties,” she said.";
    let input = serde_json::json!({"id": "m", "text": text}).to_string() + "\n";
    let tokens = |unit: &str| -> Vec<(usize, usize)> {
        let out = strata_with_stdin(&["run", "--offsets", unit, "-"], input.as_bytes());
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let recs = json_lines(&out);
        assert_eq!(recs[0]["offsets"], unit);
        recs[0]["tokens"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                (
                    t["start"].as_u64().unwrap() as usize,
                    t["end"].as_u64().unwrap() as usize,
                )
            })
            .collect()
    };
    let bytes = tokens("byte");
    let chars = tokens("char");
    assert_eq!(bytes.len(), chars.len());
    let chars_of: Vec<char> = text.chars().collect();
    let mut view = Vec::new();
    for (&(bs, be), &(cs, ce)) in bytes.iter().zip(&chars) {
        let by_char: String = chars_of[cs..ce].iter().collect();
        assert_eq!(
            &text[bs..be],
            by_char,
            "byte and char offsets cover the same text"
        );
        view.push(format!("{} chars [{cs}..{ce})", show(text, bs, be)));
    }
    insta::assert_snapshot!(view.join("\n"));
    let utf16 = tokens("utf16");
    assert_eq!(
        utf16, chars,
        "no astral characters here: UTF-16 equals code points"
    );
}

#[test]
fn every_format_writes_the_corpus() {
    for format in ["jsonl", "json", "conllu", "brat", "html", "spacy", "gold"] {
        let out = strata(&["run", "--format", format, "--jobs", "2", "corpus"]);
        assert_eq!(code(&out), 0, "{format}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(!text.is_empty(), "{format}");
        match format {
            "json" => {
                let v: Value = serde_json::from_str(&text).unwrap();
                assert_eq!(v.as_array().unwrap().len(), 5);
            }
            "jsonl" | "spacy" | "gold" => assert_eq!(text.lines().count(), 5, "{format}"),
            _ => {}
        }
    }
}

#[test]
fn output_file_and_unwritable_output() {
    let dir = scratch("output");
    let file = dir.join("out.jsonl");
    let out = strata(&["run", "-o", arg(&file), "corpus/004_2e08b1c5623e8171.txt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(fs::read_to_string(&file).unwrap().lines().count(), 1);
    let out = strata(&[
        "run",
        "-o",
        arg(&dir.join("no/such/dir/out.jsonl")),
        "corpus",
    ]);
    assert_eq!(code(&out), 2);
}

#[test]
fn plugins_and_explain_describe_the_default_pipeline() {
    let out = strata(&["plugins"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("tokenize.rules\n"));
    let out = strata(&["explain"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("pipeline <builtin:news>\n"), "{text}");
    assert!(
        text.contains("step `tokens`: plugin `tokenize.rules`"),
        "{text}"
    );
}

#[test]
fn bench_reports_every_step() {
    let out = strata(&["bench", "--json", "--jobs", "1", "corpus"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["docs"], 5);
    assert_eq!(r["bytes"], 46_053);
    let steps: Vec<&str> = r["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["step"].as_str().unwrap())
        .collect();
    let explain = stdout(&strata(&["explain"]));
    for s in &steps {
        assert!(explain.contains(&format!("step `{s}`")));
    }
    assert!(r["tokens"].as_u64().unwrap() > 5_000);
    assert!(r["peak_rss_bytes"].as_u64().unwrap() > 0);
}

/// The pipelines under benches/pipelines measure the issues' speed targets; each one
/// loads and benches exactly the steps it lists.
#[test]
fn bench_pipelines_run_their_steps() {
    for (file, steps) in [
        (
            "benches/pipelines/segment.toml",
            vec!["tokens", "sentences"],
        ),
        (
            "benches/pipelines/entities.toml",
            vec![
                "tokens",
                "sentences",
                "numbers",
                "gazetteer",
                "entities",
                "names",
            ],
        ),
    ] {
        let out = strata(&[
            "bench",
            "--json",
            "--jobs",
            "1",
            "--pipeline",
            file,
            "corpus",
        ]);
        assert_eq!(code(&out), 0, "{file}: {}", stderr(&out));
        let r: Value = serde_json::from_slice(&out.stdout).unwrap();
        let got: Vec<&str> = r["steps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["step"].as_str().unwrap())
            .collect();
        assert_eq!(got, steps, "{file}");
        assert_eq!(r["docs"], 5);
    }
}

/// `--runs` reports medians with the slowest and fastest run; `--group` adds up steps
/// within each run; a group naming a step the pipeline lacks is a usage error.
#[test]
fn bench_runs_and_groups() {
    let file = "benches/pipelines/segment.toml";
    let out = strata(&[
        "bench",
        "--json",
        "--jobs",
        "1",
        "--runs",
        "3",
        "--pipeline",
        file,
        "--group",
        "segment=tokens+sentences",
        "corpus",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["runs"], 3);
    assert_eq!(r["docs"], 5, "docs count one run, not all three");
    let f = |v: &Value, k: &str| v[k].as_f64().unwrap();
    for s in r["steps"]
        .as_array()
        .unwrap()
        .iter()
        .chain(r["groups"].as_array().unwrap())
    {
        assert!(f(s, "mb_per_s_low") <= f(s, "mb_per_s"), "{s}");
        assert!(f(s, "mb_per_s") <= f(s, "mb_per_s_high"), "{s}");
    }
    let g = &r["groups"][0];
    assert_eq!(g["step"], "segment");
    assert_eq!(g["plugin"], "tokens+sentences");
    // In every run the group takes at least as long as each of its steps, so its median
    // does too.
    for s in r["steps"].as_array().unwrap() {
        assert!(f(g, "secs") >= f(s, "secs"), "{g} {s}");
    }

    let one = strata(&[
        "bench",
        "--json",
        "--jobs",
        "1",
        "--pipeline",
        file,
        "--group",
        "all=tokens+sentences",
        "corpus",
    ]);
    let r: Value = serde_json::from_slice(&one.stdout).unwrap();
    let sum: f64 = r["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| f(s, "secs"))
        .sum();
    assert!((f(&r["groups"][0], "secs") - sum).abs() < 1e-9, "{r}");

    // --repeat reads the inputs again as one stream: twice the documents and bytes.
    let twice = strata(&[
        "bench",
        "--json",
        "--jobs",
        "1",
        "--repeat",
        "2",
        "--pipeline",
        file,
        "corpus",
    ]);
    let r: Value = serde_json::from_slice(&twice.stdout).unwrap();
    assert_eq!(r["docs"], 10);
    assert_eq!(r["bytes"], 2 * 46_053);

    let bad = strata(&[
        "bench",
        "--pipeline",
        file,
        "--group",
        "x=tokens+entities",
        "corpus",
    ]);
    assert_eq!(code(&bad), 2);
    assert!(
        stderr(&bad).contains("no step `entities`"),
        "{}",
        stderr(&bad)
    );
}

/// `strata eval` agrees with the independent scorer (shared/score/score.py) on the same
/// predictions, and scoring the pipeline directly equals scoring its `--format gold` output.
#[test]
fn eval_agrees_with_the_reference_scorer() {
    let gold = "data/eval/gum_news/dev.jsonl";
    let dir = scratch("eval");
    let pred = dir.join("pred.jsonl");
    let out = strata(&["run", "--format", "gold", "-o", arg(&pred), gold]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));

    let direct = strata(&[
        "eval",
        "--gold",
        gold,
        "--layers",
        "tokens,sentences",
        "--json",
    ]);
    assert_eq!(code(&direct), 0, "{}", stderr(&direct));
    let from_file = strata(&[
        "eval",
        "--gold",
        gold,
        "--pred",
        arg(&pred),
        "--layers",
        "tokens,sentences",
        "--json",
    ]);
    assert_eq!(code(&from_file), 0, "{}", stderr(&from_file));
    let mut a: Value = serde_json::from_slice(&direct.stdout).unwrap();
    let mut b: Value = serde_json::from_slice(&from_file.stdout).unwrap();
    a.as_object_mut().unwrap().remove("pred_file");
    b.as_object_mut().unwrap().remove("pred_file");
    assert_eq!(a, b);

    let script = crate::root().join("../shared/score/score.py");
    let python = std::process::Command::new("python3")
        .arg(&script)
        .args([
            "--gold",
            gold,
            "--pred",
            arg(&pred),
            "--layers",
            "tokens,sentences",
            "--json",
        ])
        .current_dir(crate::root())
        .output();
    let python = match python {
        Ok(o) if script.exists() && o.status.success() => o,
        _ => {
            eprintln!("skipped the comparison with score.py: python3 or {script:?} missing");
            return;
        }
    };
    let reference: Value = serde_json::from_slice(&python.stdout).unwrap();
    agree(&b, &reference, "report");
}

/// Every value of the reference report is in ours, equal (floats to 1e-9).
fn agree(ours: &Value, theirs: &Value, path: &str) {
    match (ours, theirs) {
        (Value::Object(o), Value::Object(t)) => {
            for (k, tv) in t {
                if k.ends_with("_file") {
                    continue;
                }
                let ov = o
                    .get(k)
                    .unwrap_or_else(|| panic!("{path}.{k} missing in ours"));
                agree(ov, tv, &format!("{path}.{k}"));
            }
        }
        (Value::Array(o), Value::Array(t)) => {
            assert_eq!(o.len(), t.len(), "{path}: lengths differ");
            for (i, (ov, tv)) in o.iter().zip(t).enumerate() {
                agree(ov, tv, &format!("{path}[{i}]"));
            }
        }
        (Value::Number(o), Value::Number(t)) => {
            let (o, t) = (o.as_f64().unwrap(), t.as_f64().unwrap());
            assert!((o - t).abs() < 1e-9, "{path}: ours {o}, score.py {t}");
        }
        _ => assert_eq!(ours, theirs, "{path}"),
    }
}

#[test]
fn train_ner_writes_a_model_the_pipeline_loads() {
    let dir = scratch("train");
    // A small training file: the first documents of a gold set.
    let gold = fs::read_to_string(crate::root().join("data/eval/uner_ewt_dev/dev.jsonl")).unwrap();
    let small: String = gold.lines().take(20).map(|l| format!("{l}\n")).collect();
    let train = dir.join("train.jsonl");
    fs::write(&train, small).unwrap();
    let model = dir.join("model.bin");
    let out = strata(&[
        "train",
        "ner",
        "--train",
        arg(&train),
        "--epochs",
        "2",
        "--quiet",
        "-o",
        arg(&model),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(fs::metadata(&model).unwrap().len() > 0);

    let cfg = dir.join("p.toml");
    fs::write(
        &cfg,
        format!(
            "[pipeline]\nsteps = [\"tokens\", \"sentences\", \"entities\"]\n[steps.tokens]\nplugin = \"tokenize.rules\"\n[steps.sentences]\nplugin = \"sentences.rules\"\n[steps.entities]\nplugin = \"ner.perceptron\"\nmodel = {:?}\n",
            arg(&model)
        ),
    )
    .unwrap();
    let out = strata(&[
        "run",
        "--pipeline",
        arg(&cfg),
        "corpus/004_2e08b1c5623e8171.txt",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(json_lines(&out)[0]["entities"].is_array());

    let out = strata(&[
        "train",
        "ner",
        "--train",
        "no/such.jsonl",
        "-o",
        arg(&model),
    ]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

/// The shipped entity model is exactly what the command in crates/tagger/README.md writes:
/// anyone can rebuild it from the data in the repository, byte for byte.
#[test]
fn shipped_ner_model_is_reproducible() {
    let dir = scratch("retrain");
    let model = dir.join("news-en.bin");
    let out = strata(&[
        "train",
        "ner",
        "--train",
        "data/eval/gum_train/train.jsonl",
        "data/eval/uner_ewt_train/train.jsonl",
        "--dev",
        "data/eval/uner_ewt_dev/dev.jsonl",
        "--quiet",
        "-o",
        arg(&model),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let shipped = fs::read(crate::root().join("crates/tagger/models/news-en.bin")).unwrap();
    assert!(
        fs::read(&model).unwrap() == shipped,
        "retrain the shipped model with the README command: the training code, the word \
         lists or the data changed"
    );
}
