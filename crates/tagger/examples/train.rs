//! Trains a model: `cargo run --release -p strata-tagger --example train -- --train FILE...
//! --dev FILE... -o MODEL`. The same as `strata train ner`, for use before the CLI exists.

use std::path::PathBuf;

fn main() {
    let mut train = Vec::new();
    let mut dev = Vec::new();
    let mut out = None;
    let mut target = 0;
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--train" => target = 1,
            "--dev" => target = 2,
            "-o" => target = 3,
            _ => match target {
                1 => train.push(PathBuf::from(a)),
                2 => dev.push(PathBuf::from(a)),
                3 => out = Some(PathBuf::from(a)),
                _ => {
                    eprintln!("usage: train --train FILE... --dev FILE... -o MODEL");
                    std::process::exit(2);
                }
            },
        }
    }
    let Some(out) = out else {
        eprintln!("usage: train --train FILE... --dev FILE... -o MODEL");
        std::process::exit(2);
    };
    let mut opts = strata_tagger::TrainOptions::default();
    // Overrides for experiments; the defaults are what the shipped model uses.
    let env = |k: &str| std::env::var(k).ok();
    if let Some(v) = env("TAGGER_EPOCHS").and_then(|v| v.parse().ok()) {
        opts.epochs = v;
    }
    if let Some(v) = env("TAGGER_MIN_COUNT").and_then(|v| v.parse().ok()) {
        opts.min_count = v;
    }
    if let Some(v) = env("TAGGER_PRUNE").and_then(|v| v.parse().ok()) {
        opts.prune = v;
    }
    if let Some(v) = env("TAGGER_RUNS").and_then(|v| v.parse().ok()) {
        opts.runs = v;
    }
    if let Some(v) = env("TAGGER_SEED").and_then(|v| v.parse().ok()) {
        opts.seed = v;
    }
    if let Some(v) = env("TAGGER_HOLDOUT_EVERY").and_then(|v| v.parse().ok()) {
        opts.holdout_every = v;
    }
    match strata_tagger::train(&train, &dev, &opts) {
        Ok(model) => {
            let mut bytes = Vec::new();
            model.save(&mut bytes).expect("writing to memory");
            if let Err(e) = std::fs::write(&out, &bytes) {
                eprintln!("cannot write {}: {e}", out.display());
                std::process::exit(1);
            }
            eprintln!("wrote {} ({} bytes)", out.display(), bytes.len());
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
