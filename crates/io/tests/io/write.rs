//! Writers: the strata/1 record in each unit, CoNLL-U, brat, HTML, spaCy and gold, each
//! snapshotted on the hand-built sample document.

use std::io::Write;
use std::sync::{Arc, Mutex};

use serde_json::Value;
use strata_core::Document;
use strata_io::{ErrorRecord, Format, OffsetUnit, error_json, to_gold, to_json, writer};

use crate::common::sample;

/// A `Write` whose bytes the test can read after the writer is done with it.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn error() -> ErrorRecord {
    ErrorRecord {
        id: "in.jsonl:2".into(),
        source: "in.jsonl:2".into(),
        message: "invalid JSON: EOF while parsing".into(),
    }
}

/// Everything a writer produces for `docs`, with an error record after the first.
fn render(format: Format, unit: OffsetUnit, docs: &[Document]) -> String {
    let buf = Shared::default();
    let mut w = writer(format, unit, Box::new(buf.clone()));
    for (i, d) in docs.iter().enumerate() {
        w.write_doc(d).unwrap();
        if i == 0 {
            w.write_error(&error()).unwrap();
        }
    }
    w.finish().unwrap();
    let bytes = buf.0.lock().unwrap().clone();
    String::from_utf8(bytes).unwrap()
}

/// A compact, reviewable view of a JSON record: a line per top-level key (and per key of
/// `sentiment`), a line per list item, each item as compact JSON.
fn lines(v: &Value) -> String {
    fn walk(v: &Value, path: &str, depth: usize, out: &mut String) {
        match v {
            Value::Object(m) if depth == 0 || path == "sentiment" => {
                for (k, x) in m {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    walk(x, &p, depth + 1, out);
                }
            }
            Value::Array(a) if !a.is_empty() && !a[0].is_number() => {
                out.push_str(&format!("{path}:\n"));
                for x in a {
                    out.push_str(&format!("  {x}\n"));
                }
            }
            _ => out.push_str(&format!("{path}: {v}\n")),
        }
    }
    let mut out = String::new();
    walk(v, "", 0, &mut out);
    out
}

#[test]
fn json_record_in_code_points() {
    insta::assert_snapshot!(lines(&to_json(&sample(), OffsetUnit::Char)));
}

#[test]
fn json_record_in_utf16_units() {
    insta::assert_snapshot!(lines(&to_json(&sample(), OffsetUnit::Utf16)));
}

/// Every `{start, end}` object anywhere in the record, with the text it covers, sliced in
/// the record's own unit: the readable view of where each span points.
fn covered(v: &Value, text: &str, unit: OffsetUnit, path: &str, out: &mut Vec<String>) {
    let units: Vec<u32> = match unit {
        OffsetUnit::Char => text.chars().map(|c| c as u32).collect(),
        _ => text.encode_utf16().map(u32::from).collect(),
    };
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e)) = (
                m.get("start").and_then(Value::as_u64),
                m.get("end").and_then(Value::as_u64),
            ) {
                let piece: Vec<u32> = units[s as usize..e as usize].to_vec();
                let s = match unit {
                    OffsetUnit::Char => piece.iter().filter_map(|&c| char::from_u32(c)).collect(),
                    _ => String::from_utf16_lossy(
                        &piece.iter().map(|&u| u as u16).collect::<Vec<_>>(),
                    ),
                };
                out.push(format!("{path}: {s:?}"));
            }
            for (k, x) in m {
                if k != "meta" {
                    covered(x, text, unit, &format!("{path}.{k}"), out);
                }
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                covered(x, text, unit, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_span_points_at_the_same_text_in_every_unit() {
    let doc = sample();
    let mut views = Vec::new();
    for unit in [OffsetUnit::Char, OffsetUnit::Utf16] {
        let mut out = Vec::new();
        covered(&to_json(&doc, unit), doc.text(), unit, "", &mut out);
        views.push(out);
    }
    assert_eq!(views[0], views[1]);
    // Nested spans are converted too: speaker, cue, mentions, evidence, extension.
    let all = views[0].join("\n");
    let mut shown = views[0].clone();
    // Tokens and stems are many and alike; the snapshot shows the rest.
    shown.retain(|l| !l.starts_with(".tokens") && !l.starts_with(".stems"));
    for expected in [
        ".quotes[0].speaker: \"Lu Mei\"",
        ".quotes[0].cue: \"said\"",
        ".clusters[0].mentions[1]: \"She\"",
        ".sentiment.targets[0].evidence[0]: \"“We’ll win 😀,”\"",
        ".wordlen[0]: \"fast\"",
        ".diagnostics[0]: \"–\"",
    ] {
        assert!(all.contains(expected), "missing {expected} in\n{all}");
    }
    insta::assert_snapshot!(shown.join("\n"));
}

#[test]
fn byte_offsets_are_the_stored_spans() {
    let doc = sample();
    let v = to_json(&doc, OffsetUnit::Byte);
    let lu = &v["entities"][0];
    let (s, e) = (lu["start"].as_u64().unwrap(), lu["end"].as_u64().unwrap());
    assert_eq!(&doc.text()[s as usize..e as usize], "Lu Mei");
    assert_eq!(v["offsets"], "byte");
}

#[test]
fn only_layers_present_are_written() {
    let mut doc = Document::new("bare", "Just text.");
    doc.entities = Some(vec![]);
    let v = to_json(&doc, OffsetUnit::Char);
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["entities", "id", "offsets", "schema", "text"]);
    assert_eq!(v["entities"], serde_json::json!([]));
}

#[test]
fn extension_named_like_a_builtin_key_cannot_shadow_it() {
    let mut doc = Document::new("x", "ab");
    doc.extensions
        .insert("tokens".into(), strata_core::ExtLayer::default());
    let v = to_json(&doc, OffsetUnit::Char);
    assert!(v.get("tokens").is_none());
    assert_eq!(v["ext.tokens"], serde_json::json!([]));
}

#[test]
fn jsonl_streams_records_in_documented_key_order() {
    let out = render(
        Format::Jsonl,
        OffsetUnit::Char,
        &[sample(), Document::new("b", "B")],
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(
        lines[0].starts_with(
            r#"{"schema":"strata/1","id":"sample-1","offsets":"char","meta":{"source":"hand-built"},"text":"#
        ),
        "{}",
        lines[0]
    );
    assert_eq!(
        lines[1],
        r#"{"schema":"strata/1","id":"in.jsonl:2","error":{"source":"in.jsonl:2","message":"invalid JSON: EOF while parsing"}}"#
    );
    assert_eq!(
        serde_json::from_str::<Value>(lines[1]).unwrap(),
        error_json(&error())
    );
    assert_eq!(
        serde_json::from_str::<Value>(lines[0]).unwrap(),
        to_json(&sample(), OffsetUnit::Char)
    );
    assert_eq!(
        lines[2],
        r#"{"schema":"strata/1","id":"b","offsets":"char","text":"B"}"#
    );
}

#[test]
fn json_is_one_array() {
    let out = render(
        Format::Json,
        OffsetUnit::Utf16,
        &[sample(), Document::new("b", "B")],
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    let a = v.as_array().unwrap();
    assert_eq!(a.len(), 3);
    assert_eq!(a[0], to_json(&sample(), OffsetUnit::Utf16));
    assert_eq!(a[1], error_json(&error()));
    assert_eq!(render(Format::Json, OffsetUnit::Char, &[]), "[]\n");
}

#[test]
fn finishing_twice_closes_once() {
    for f in [Format::Json, Format::Html] {
        let buf = Shared::default();
        let mut w = writer(f, OffsetUnit::Char, Box::new(buf.clone()));
        w.write_doc(&Document::new("a", "A")).unwrap();
        w.finish().unwrap();
        let once = buf.0.lock().unwrap().len();
        w.finish().unwrap();
        assert_eq!(buf.0.lock().unwrap().len(), once, "{f}");
    }
}

#[test]
fn conllu() {
    insta::assert_snapshot!(render(Format::Conllu, OffsetUnit::Char, &[sample()]));
}

#[test]
fn conllu_without_sentences_or_tokens() {
    let mut doc = Document::new("flat", "a b");
    doc.tokens = Some(vec![
        strata_core::Token {
            span: doc.span(0, 1).unwrap(),
            kind: strata_core::TokenKind::Word,
        },
        strata_core::Token {
            span: doc.span(2, 3).unwrap(),
            kind: strata_core::TokenKind::Word,
        },
    ]);
    let out = render(
        Format::Conllu,
        OffsetUnit::Char,
        &[doc, Document::new("none", "x")],
    );
    assert_eq!(
        out,
        "# newdoc id = flat\n# sent_id = flat-1\n# text = a b\n\
         1\ta\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:1\n\
         2\tb\t_\t_\t_\t_\t_\t_\t_\tTokenRange=2:3\n\n\
         # newdoc id = none\n# note = no tokens\n\n"
    );
}

#[test]
fn brat() {
    insta::assert_snapshot!(render(Format::Brat, OffsetUnit::Char, &[sample()]));
}

#[test]
fn brat_splits_spans_at_line_breaks() {
    let mut doc = Document::new("nl", "one\ntwo");
    doc.entities = Some(vec![strata_core::Entity {
        span: doc.full_span(),
        label: "WORK OF ART".into(),
        source: "t".into(),
        canonical: None,
        confidence: None,
    }]);
    assert_eq!(
        render(Format::Brat, OffsetUnit::Char, &[doc]),
        "# doc nl\nT1\tWORK_OF_ART 0 3;4 7\tone two\n"
    );
}

#[test]
fn html() {
    let out = render(Format::Html, OffsetUnit::Char, &[sample()]);
    assert!(out.starts_with("<!DOCTYPE html>") && out.contains("<style>"));
    assert!(
        !out.contains("<script") && !out.contains("http"),
        "self-contained"
    );
    insta::assert_snapshot!(out.split("<body>\n").nth(1).unwrap());
}

#[test]
fn html_escapes_and_keeps_crossing_marks_well_formed() {
    let mut doc = Document::new("<x>", "a <b> & c d");
    let ent = |s, e, l: &'static str| strata_core::Entity {
        span: doc.span(s, e).unwrap(),
        label: l.into(),
        source: "t".into(),
        canonical: None,
        confidence: None,
    };
    // [0..5) and [2..9) cross.
    doc.entities = Some(vec![ent(0, 5, "A"), ent(2, 9, "B")]);
    let out = render(Format::Html, OffsetUnit::Char, &[doc]);
    let body = out.split("<body>\n").nth(1).unwrap();
    insta::assert_snapshot!(body, @r#"
    <article>
    <h2>&lt;x&gt;</h2>
    <div class="text"><mark class="ent" data-label="A" title="A">a <mark class="ent" data-label="B" title="B">&lt;b&gt;</mark></mark><mark class="ent" data-label="B" title="B"> &amp; c</mark> d</div>
    </article>
    </body>
    </html>
    "#);
}

#[test]
fn spacy() {
    let out = render(Format::Spacy, OffsetUnit::Utf16, &[sample()]);
    let v: Value = serde_json::from_str(out.trim()).unwrap();
    insta::assert_snapshot!(lines(&v));
}

#[test]
fn gold() {
    insta::assert_snapshot!(lines(&to_gold(&sample())));
}

#[test]
fn gold_writer_keeps_errors_as_records() {
    let out = render(Format::Gold, OffsetUnit::Utf16, &[sample()]);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0], to_gold(&sample()));
    assert_eq!(lines[1]["error"]["source"], "in.jsonl:2");
}

#[test]
fn errors_are_left_to_the_caller_in_formats_without_error_records() {
    for f in Format::ALL {
        let buf = Shared::default();
        let mut w = writer(f, OffsetUnit::Char, Box::new(buf.clone()));
        assert_eq!(w.records_errors(), f.records_errors(), "{f}");
        w.write_error(&error()).unwrap();
        w.finish().unwrap();
        let out = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
        assert_eq!(
            out.contains("invalid JSON"),
            f.records_errors(),
            "{f}: {out}"
        );
    }
}

#[test]
fn format_names_round_trip() {
    for f in Format::ALL {
        assert_eq!(f.to_string().parse::<Format>().unwrap(), f);
    }
    assert_eq!("CoNLL-U".parse::<Format>().unwrap(), Format::Conllu);
    let err = "xml".parse::<Format>().unwrap_err().to_string();
    assert!(err.contains("jsonl, json, conllu"), "{err}");
}

#[test]
fn spans_from_another_text_do_not_panic_any_writer() {
    let long = "a much longer text than the document";
    let bad = strata_core::Span::new(long, 20, 30).unwrap();
    let mut doc = Document::new("short", "tiny “text”");
    doc.tokens = Some(vec![strata_core::Token {
        span: bad,
        kind: strata_core::TokenKind::Word,
    }]);
    doc.sentences = Some(vec![strata_core::Sentence { span: bad }]);
    doc.entities = Some(vec![strata_core::Entity {
        span: bad,
        label: "X".into(),
        source: "t".into(),
        canonical: None,
        confidence: None,
    }]);
    for f in Format::ALL {
        for unit in OffsetUnit::ALL {
            let out = render(f, unit, std::slice::from_ref(&doc));
            assert!(out.contains("short") || f == Format::Spacy, "{f}: {out}");
        }
    }
}

/// spaCy makes whitespace other than one trailing space a token of its own, and
/// `Doc.from_json` fails unless the tokens rebuild the text that way (checked against
/// spaCy 3.8: these are the tokens its own tokenizer gives for the whitespace here).
#[test]
fn spacy_tokens_carry_whitespace_as_spacy_does() {
    let mut doc = Document::new("ws", "  Two  spaces\n\nand x. ");
    let tok = |a, b| strata_core::Token {
        span: doc.span(a, b).unwrap(),
        kind: strata_core::TokenKind::Word,
    };
    // "x" is left uncovered on purpose: spaCy needs it as a token too.
    doc.tokens = Some(vec![tok(2, 5), tok(7, 13), tok(15, 18), tok(20, 21)]);
    let mut out = Vec::new();
    strata_io::write_spacy(&doc, &mut out).unwrap();
    let v: Value = serde_json::from_slice(&out).unwrap();
    let text = v["text"].as_str().unwrap();
    let pieces: Vec<String> = v["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let (s, e) = (t["start"].as_u64().unwrap(), t["end"].as_u64().unwrap());
            format!("{:?}", &text[s as usize..e as usize])
        })
        .collect();
    assert_eq!(
        pieces.join(" "),
        r#""  " "Two" " " "spaces" "\n\n" "and" "x" ".""#
    );
}

/// `write_line` (how `strata run` formats documents on its workers) writes exactly what
/// the format's streaming writer writes, document and error record alike, in every unit;
/// formats that are not one line per document are refused.
#[test]
fn write_line_matches_the_streaming_writers() {
    use strata_core::{Stem, Token, TokenKind};
    use strata_io::{Record, write_line};
    // A second document whose stems take every path of the writer: short and plain, long,
    // non-ASCII and needing escapes.
    let long = "x".repeat(90);
    let text = format!("{long} “q\\\"” ok");
    let mut odd = Document::new("odd", text.clone());
    let mut tokens = Vec::new();
    let mut start = 0;
    for w in text.split(' ') {
        tokens.push(Token {
            span: odd.span(start, start + w.len()).unwrap(),
            kind: TokenKind::Word,
        });
        start += w.len() + 1;
    }
    odd.stems = Some(
        tokens
            .iter()
            .map(|t| Stem {
                span: t.span,
                stem: odd.slice(t.span),
            })
            .collect(),
    );
    odd.tokens = Some(tokens);
    let docs = [sample(), odd];
    for format in [Format::Jsonl, Format::Gold, Format::Spacy] {
        for unit in OffsetUnit::ALL {
            let mut lines = Vec::new();
            for (i, d) in docs.iter().enumerate() {
                write_line(format, unit, &Record::Doc(d.clone()), &mut lines)
                    .unwrap()
                    .unwrap();
                if i == 0 {
                    write_line(format, unit, &Record::Error(error()), &mut lines)
                        .unwrap()
                        .unwrap();
                }
            }
            let streamed = render(format, unit, &docs);
            assert_eq!(
                String::from_utf8(lines).unwrap(),
                streamed,
                "{format} {unit}"
            );
            if format == Format::Jsonl {
                let second: Value = serde_json::from_str(streamed.lines().nth(2).unwrap()).unwrap();
                assert_eq!(second["stems"][1]["stem"], "“q\\\"”", "{unit}");
                assert_eq!(second["stems"][0]["stem"].as_str().unwrap().len(), 90);
            }
        }
    }
    for format in [Format::Json, Format::Conllu, Format::Brat, Format::Html] {
        let mut out = Vec::new();
        assert!(write_line(format, OffsetUnit::Char, &Record::Doc(sample()), &mut out).is_none());
    }
}
