//! Strata's one integration-test binary. Topic modules:
//!
//! - `registry`: the sorted names of every linked plugin (a crate missing from the CLI's
//!   plugin list fails here);
//! - `config_errors`: the messages a user sees for a wrong pipeline config;
//! - `cli`: the `strata` binary on every kind of bad input, exit codes, formats, offsets;
//! - `corpus`: a readable rendering of the default pipeline's output on corpus/*.txt;
//! - `parallel`: output order and content do not depend on `--jobs`;
//! - `speakers`: quote speakers through the whole default pipeline (entities and name
//!   clusters taking part), in layouts of US political news.

mod cli;
mod config_errors;
mod corpus;
mod parallel;
mod registry;
mod speakers;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the `strata` binary in the repository root with `args` and `stdin`.
pub fn strata_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_strata"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the strata binary starts");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        // The binary may exit before reading everything (a usage error): ignore EPIPE.
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("the strata binary runs");
    writer.join().expect("stdin writer");
    out
}

/// Runs the `strata` binary with `args` and empty stdin.
pub fn strata(args: &[&str]) -> Output {
    strata_with_stdin(args, b"")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The output as JSON lines.
pub fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

/// A fresh, empty scratch folder for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("strata-it-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// A path as the `&str` argument the binary gets.
pub fn arg(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// A `[start..end) "text"` view of a span given in byte offsets.
pub fn show(text: &str, start: usize, end: usize) -> String {
    format!("[{start}..{end}) {:?}", &text[start..end])
}
