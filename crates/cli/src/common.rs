//! What the subcommands share: the registry, loading a pipeline, exit codes.

use std::path::Path;

use strata_core::Registry;
use strata_pipeline::{Config, Pipeline};

/// An error that ends a command, with its exit code.
#[derive(Debug)]
pub struct CliError {
    pub code: u8,
    pub error: anyhow::Error,
}

/// Exit code 2: the command line or a config is wrong; nothing was processed.
pub fn usage(error: impl Into<anyhow::Error>) -> CliError {
    CliError {
        code: 2,
        error: error.into(),
    }
}

/// Exit code 1: the run started but could not finish (the output could not be written).
pub fn runtime(error: impl Into<anyhow::Error>) -> CliError {
    CliError {
        code: 1,
        error: error.into(),
    }
}

/// Every plugin linked into this binary.
pub fn registry() -> Result<Registry, CliError> {
    Registry::from_inventory().map_err(usage)
}

/// The config at `path`, or the embedded default news pipeline.
pub fn load_config(path: Option<&Path>) -> Result<Config, CliError> {
    match path {
        Some(p) => Config::from_file(p).map_err(usage),
        None => Ok(Config::default_news()),
    }
}

/// Builds and checks the pipeline at `path` (or the default one) before any text is read.
pub fn load_pipeline(path: Option<&Path>) -> Result<Pipeline, CliError> {
    let config = load_config(path)?;
    let registry = registry()?;
    Pipeline::build(&registry, &config).map_err(usage)
}

/// Peak resident set size of this process (`VmHWM`), on Linux.
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// `12.3 MB`, decimal units as throughput figures use.
pub fn human_bytes(n: u64) -> String {
    let n = n as f64;
    if n >= 1e9 {
        format!("{:.2} GB", n / 1e9)
    } else if n >= 1e6 {
        format!("{:.1} MB", n / 1e6)
    } else if n >= 1e3 {
        format!("{:.1} kB", n / 1e3)
    } else {
        format!("{n} B")
    }
}
