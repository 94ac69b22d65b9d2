//! # strata-testdata: the corpus as benches and tests see it
//!
//! Every criterion bench measures its plugin on the same input: the articles of `corpus/`,
//! read in file-name order and repeated in whole cycles to about 10 MB. This crate is the one
//! place that loads them, so the benches of different plugins stay comparable. It is a
//! dev-dependency only; nothing in the `strata` binary links it.

use std::path::PathBuf;

/// The size the benches repeat the corpus to.
pub const BENCH_BYTES: usize = 10_000_000;

/// The workspace's `corpus/` folder.
pub fn corpus_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus"))
}

/// The `.txt` articles of `corpus/`, sorted by file name.
pub fn articles() -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir(corpus_dir())
        .expect("corpus/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("corpus file is UTF-8"))
        .collect()
}

/// The articles as separate documents, repeated in whole cycles until they hold at least
/// `min_bytes` of text.
pub fn articles_repeated(min_bytes: usize) -> Vec<String> {
    let one = articles();
    let mut out = Vec::new();
    let mut bytes = 0;
    while bytes < min_bytes {
        for a in &one {
            bytes += a.len();
            out.push(a.clone());
        }
    }
    out
}

/// The articles as one text (each followed by a blank line), repeated in whole cycles
/// until it holds at least `min_bytes`.
pub fn text_repeated(min_bytes: usize) -> String {
    let mut one = String::new();
    for a in articles() {
        one.push_str(&a);
        one.push_str("\n\n");
    }
    let mut text = String::with_capacity(min_bytes + one.len());
    while text.len() < min_bytes {
        text.push_str(&one);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_whole_cycles_past_the_size() {
        let one: usize = articles().iter().map(|a| a.len()).sum();
        assert!(articles().len() >= 5);
        let docs = articles_repeated(one + 1);
        assert_eq!(docs.len(), 2 * articles().len());
        let text = text_repeated(100);
        assert!(text.len() >= 100 && text.ends_with("\n\n"));
    }
}
