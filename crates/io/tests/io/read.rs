//! Readers: every input kind, and every way an input can be odd.

use std::path::PathBuf;

use strata_io::{IoError, OffsetUnit, ReadOptions, Record, open_inputs};

use crate::common::TempDir;

const STRICT: ReadOptions = ReadOptions {
    lossy: false,
    offsets: OffsetUnit::Char,
};

/// One line per record: `doc ID "text" meta={..} targets=[..] diag=[..]` or `error ...`.
fn render(records: impl Iterator<Item = Record>, dir: &TempDir) -> String {
    let root = format!("{}/", dir.path().display());
    let mut out = String::new();
    for r in records {
        let line = match r {
            Record::Doc(d) => {
                let mut s = format!("doc {} {:?}", d.id(), d.text());
                if !d.meta.is_empty() {
                    s += &format!(" meta={}", serde_json::Value::Object(d.meta.clone()));
                }
                if let Some(t) = &d.targets {
                    let t: Vec<String> = t
                        .iter()
                        .map(|s| format!("[{}..{}) {:?}", s.start(), s.end(), d.slice(*s)))
                        .collect();
                    s += &format!(" targets={}", t.join(", "));
                }
                for g in &d.diagnostics {
                    s += &format!(" diag={}:{}", g.code, g.message);
                }
                s
            }
            Record::Error(e) => format!("error id={} source={}: {}", e.id, e.source, e.message),
        };
        out += &line.replace(&root, "");
        out.push('\n');
    }
    out
}

fn check(paths: &[PathBuf], opts: ReadOptions, dir: &TempDir, expected: &str) {
    let inputs = open_inputs(paths, opts).unwrap();
    assert_eq!(render(inputs, dir), expected);
}

#[test]
fn text_file_id_is_the_stem() {
    let dir = TempDir::new("txt");
    let p = dir.file("Story One.txt", "It was “fine”.\n");
    check(&[p], STRICT, &dir, "doc Story One \"It was “fine”.\\n\"\n");
}

#[test]
fn empty_and_whitespace_only_files_are_documents() {
    let dir = TempDir::new("empty");
    let a = dir.file("a.txt", "");
    let b = dir.file("b.txt", " \n\t\n");
    check(&[a, b], STRICT, &dir, "doc a \"\"\ndoc b \" \\n\\t\\n\"\n");
}

#[test]
fn byte_order_mark_is_dropped() {
    let dir = TempDir::new("bom");
    let a = dir.file("a.txt", "\u{feff}Hi");
    let b = dir.file("b.jsonl", "\u{feff}{\"id\":\"x\",\"text\":\"Yo\"}\n");
    check(&[a, b], STRICT, &dir, "doc a \"Hi\"\ndoc x \"Yo\"\n");
}

#[test]
fn folders_are_read_recursively_in_name_order() {
    let dir = TempDir::new("folder");
    dir.file("corpus/b.txt", "B");
    dir.file("corpus/a.txt", "A");
    dir.file("corpus/sub/c.txt", "C");
    dir.file("corpus/sub/d.jsonl", "{\"id\":\"d1\",\"text\":\"D\"}\n");
    dir.file("corpus/notes.md", "not an input");
    dir.file("corpus/.hidden.txt", "hidden");
    check(
        &[dir.path().join("corpus")],
        STRICT,
        &dir,
        "doc a \"A\"\ndoc b \"B\"\ndoc sub/c \"C\"\ndoc d1 \"D\"\n",
    );
}

#[test]
fn jsonl_ids_meta_and_missing_ids() {
    let dir = TempDir::new("jsonl");
    let p = dir.file(
        "in.jsonl",
        concat!(
            "{\"id\":\"n1\",\"text\":\"One\",\"source\":\"wire\",\"tokens\":[1,2]}\n",
            "\n",
            "{\"text\":\"No id\"}\r\n",
            "{\"id\":42,\"text\":\"Numeric id\"}\n",
        ),
    );
    check(
        &[p],
        STRICT,
        &dir,
        concat!(
            "doc n1 \"One\" meta={\"source\":\"wire\",\"tokens\":[1,2]}\n",
            "doc in.jsonl:3 \"No id\"\n",
            "doc 42 \"Numeric id\"\n",
        ),
    );
}

#[test]
fn bad_json_lines_become_error_records_and_reading_goes_on() {
    let dir = TempDir::new("badjson");
    let p = dir.file(
        "in.jsonl",
        concat!(
            "{\"id\":\"ok1\",\"text\":\"A\"}\n",
            "{\"id\":\"broken\",\"text\":\n",
            "[1,2]\n",
            "{\"id\":\"nt\"}\n",
            "{\"id\":\"num\",\"text\":7}\n",
            "{\"id\":\"ok2\",\"text\":\"B\"}",
        ),
    );
    check(
        &[p],
        STRICT,
        &dir,
        concat!(
            "doc ok1 \"A\"\n",
            "error id=in.jsonl:2 source=in.jsonl:2: invalid JSON: EOF while parsing a value at line 2 column 0\n",
            "error id=in.jsonl:3 source=in.jsonl:3: expected a JSON object, found an array\n",
            "error id=nt source=in.jsonl:4: missing field `text`\n",
            "error id=num source=in.jsonl:5: field `text` must be a string, found a number\n",
            "doc ok2 \"B\"\n",
        ),
    );
}

#[test]
fn invalid_utf8_is_an_error_naming_file_and_byte() {
    let dir = TempDir::new("utf8");
    let t = dir.file("bad.txt", b"ab\xffcd");
    let j = dir.file(
        "bad.jsonl",
        b"{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"x\xc3\"}\n",
    );
    check(
        &[t, j],
        STRICT,
        &dir,
        concat!(
            "error id=bad source=bad.txt: invalid UTF-8 at byte 2\n",
            "doc a \"ok\"\n",
            "error id=bad.jsonl:2 source=bad.jsonl:2: invalid UTF-8 at byte 42 (byte 19 of the line)\n",
        ),
    );
}

#[test]
fn lossy_reading_replaces_and_diagnoses() {
    let dir = TempDir::new("lossy");
    let t = dir.file("bad.txt", b"ab\xffcd\xfe");
    let j = dir.file("bad.jsonl", b"{\"id\":\"b\",\"text\":\"x\xc3\"}\n");
    let lossy = ReadOptions {
        lossy: true,
        ..STRICT
    };
    check(
        &[t, j],
        lossy,
        &dir,
        concat!(
            "doc bad \"ab\u{fffd}cd\u{fffd}\" diag=invalid-utf8:bad.txt: 2 invalid UTF-8 sequence(s) replaced with U+FFFD, the first at byte 2\n",
            "doc b \"x\u{fffd}\" diag=invalid-utf8:bad.jsonl:1: 1 invalid UTF-8 sequence(s) replaced with U+FFFD, the first at byte 19\n",
        ),
    );
}

#[test]
fn targets_are_converted_from_the_input_unit() {
    let dir = TempDir::new("targets");
    // `😀` is one code point but two UTF-16 units, so "Cruz" starts at 3 or 4.
    let line = |s: usize, e: usize| {
        format!(
            "{{\"id\":\"t\",\"text\":\"😀 “Cruz” won\",\"targets\":[{{\"start\":{s},\"end\":{e},\"polarity\":\"neutral\"}}]}}\n"
        )
    };
    let chars = dir.file("chars.jsonl", line(3, 7));
    let utf16 = dir.file("utf16.jsonl", line(4, 8));
    let bytes = dir.file("bytes.jsonl", line(8, 12));
    let meta = "meta={\"targets\":[{\"end\":E,\"polarity\":\"neutral\",\"start\":S}]} targets=[8..12) \"Cruz\"\n";
    for (path, unit, (s, e)) in [
        (chars, OffsetUnit::Char, (3, 7)),
        (utf16, OffsetUnit::Utf16, (4, 8)),
        (bytes, OffsetUnit::Byte, (8, 12)),
    ] {
        let opts = ReadOptions {
            offsets: unit,
            ..STRICT
        };
        let expected = format!(
            "doc t \"😀 “Cruz” won\" {}",
            meta.replace('S', &s.to_string())
                .replace('E', &e.to_string())
        );
        check(&[path], opts, &dir, &expected);
    }
}

#[test]
fn bad_target_spans_are_error_records() {
    let dir = TempDir::new("badtargets");
    let p = dir.file(
        "in.jsonl",
        concat!(
            "{\"id\":\"past\",\"text\":\"abc\",\"targets\":[{\"start\":1,\"end\":9}]}\n",
            "{\"id\":\"back\",\"text\":\"abc\",\"targets\":[{\"start\":2,\"end\":1}]}\n",
            "{\"id\":\"neg\",\"text\":\"abc\",\"targets\":[{\"start\":-1,\"end\":1}]}\n",
            "{\"id\":\"obj\",\"text\":\"abc\",\"targets\":{\"start\":0}}\n",
            "{\"id\":\"pair\",\"text\":\"😀x\",\"targets\":[{\"start\":1,\"end\":2}]}\n",
        ),
    );
    let utf16 = ReadOptions {
        offsets: OffsetUnit::Utf16,
        ..STRICT
    };
    check(
        &[p],
        utf16,
        &dir,
        concat!(
            "error id=past source=in.jsonl:1: targets[0]: offset 9 is not a position in the text (3 utf16s long)\n",
            "error id=back source=in.jsonl:2: targets[0]: start 2 is after end 1\n",
            "error id=neg source=in.jsonl:3: targets[0]: `start` must be a non-negative integer\n",
            "error id=obj source=in.jsonl:4: field `targets` must be an array, found an object\n",
            "error id=pair source=in.jsonl:5: targets[0]: offset 1 is not a position in the text (3 utf16s long)\n",
        ),
    );
}

#[test]
fn a_missing_path_fails_up_front_naming_it() {
    let dir = TempDir::new("missing");
    let ok = dir.file("ok.txt", "fine");
    let missing = dir.path().join("nope.txt");
    let err = match open_inputs(&[ok, missing.clone()], STRICT) {
        Err(e) => e,
        Ok(_) => panic!("a missing input must fail before reading"),
    };
    assert!(matches!(&err, IoError::NotFound { path } if *path == missing));
    assert!(err.to_string().contains("nope.txt"), "{err}");
}

#[test]
fn reading_is_lazy() {
    let dir = TempDir::new("lazy");
    dir.file("c/a.txt", "A");
    let b = dir.file("c/b.txt", "B");
    let mut inputs = open_inputs(&[dir.path().join("c")], STRICT).unwrap();
    assert!(matches!(inputs.next(), Some(Record::Doc(d)) if d.text() == "A"));
    // b.txt was listed but not yet read: removing it now turns it into an error record.
    std::fs::remove_file(&b).unwrap();
    match inputs.next() {
        Some(Record::Error(e)) => assert!(e.source.ends_with("b.txt"), "{e}"),
        other => panic!("expected an error record, got {other:?}"),
    }
    assert!(inputs.next().is_none());
}

#[test]
fn jsonl_from_a_reader_names_lines_like_stdin() {
    let data = "{\"id\":\"a\",\"text\":\"A\"}\n{\"text\":\"B\"}\nnot json\n";
    let inputs = strata_io::Inputs::from_jsonl_reader("stdin", std::io::Cursor::new(data), STRICT);
    let dir = TempDir::new("reader");
    assert_eq!(
        render(inputs, &dir),
        concat!(
            "doc a \"A\"\n",
            "doc stdin:2 \"B\"\n",
            "error id=stdin:3 source=stdin:3: invalid JSON: expected ident at line 1 column 2\n",
        )
    );
}

#[test]
fn inputs_can_move_to_another_thread() {
    fn is_send<T: Send>() {}
    is_send::<strata_io::Inputs>();
    is_send::<Record>();
}

#[test]
fn corpus_folder_reads_and_round_trips_through_jsonl() {
    let corpus = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus"));
    let docs: Vec<_> = open_inputs(&[corpus], STRICT)
        .unwrap()
        .map(|r| match r {
            Record::Doc(d) => d,
            Record::Error(e) => panic!("corpus file unreadable: {e}"),
        })
        .collect();
    assert!(docs.len() >= 5, "{} docs", docs.len());
    assert!(
        docs.iter()
            .all(|d| !d.id().contains('/') && !d.text().is_empty())
    );
    // Our own output is valid input: same ids and texts; the rest lands in `meta`.
    let mut jsonl = Vec::new();
    for d in &docs {
        strata_io::write_json(d, OffsetUnit::Char, &mut jsonl).unwrap();
        jsonl.push(b'\n');
    }
    let back: Vec<_> =
        strata_io::Inputs::from_jsonl_reader("out", std::io::Cursor::new(jsonl), STRICT)
            .map(|r| match r {
                Record::Doc(d) => d,
                Record::Error(e) => panic!("{e}"),
            })
            .collect();
    assert_eq!(back.len(), docs.len());
    for (a, b) in docs.iter().zip(&back) {
        assert_eq!((a.id(), a.text()), (b.id(), b.text()));
        assert_eq!(b.meta["schema"], "strata/1");
        assert!(b.tokens.is_none() && b.entities.is_none());
    }
}
