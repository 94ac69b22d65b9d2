//! The output does not depend on the number of worker threads: same records, same order.

use std::fs;

use crate::{arg, scratch, stderr, strata};

#[test]
fn parallel_output_equals_sequential() {
    // 300 documents of very different sizes, so workers finish out of order.
    let dir = scratch("parallel");
    let input = dir.join("many.jsonl");
    let mut lines = String::new();
    let texts: Vec<String> = fs::read_dir(crate::root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| fs::read_to_string(p).unwrap())
        .collect();
    for i in 0..300 {
        let t = &texts[i % texts.len()];
        let cut = t
            .char_indices()
            .map(|(b, _)| b)
            .nth((i * 7919) % t.chars().count())
            .unwrap_or(0);
        let text = if i % 3 == 0 { &t[..cut] } else { &t[..] };
        lines.push_str(&serde_json::json!({"id": format!("d{i}"), "text": text}).to_string());
        lines.push('\n');
        if i == 150 {
            lines.push_str("not json\n");
        }
    }
    fs::write(&input, lines).unwrap();
    let one = strata(&["run", "--jobs", "1", arg(&input)]);
    assert_eq!(one.status.code(), Some(1), "{}", stderr(&one));
    assert_eq!(
        one.stdout
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .count(),
        301
    );
    for jobs in ["2", "4"] {
        let many = strata(&["run", "--jobs", jobs, arg(&input)]);
        assert_eq!(many.status.code(), Some(1));
        assert!(
            one.stdout == many.stdout,
            "--jobs {jobs} output differs from --jobs 1"
        );
    }
    // A stateful format (one JSON array) too.
    let one = strata(&["run", "--jobs", "1", "--format", "json", arg(&input)]);
    let two = strata(&["run", "--jobs", "2", "--format", "json", arg(&input)]);
    assert!(one.stdout == two.stdout);
}
