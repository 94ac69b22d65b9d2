//! The gold JSONL format: one document per line, every layer optional, code-point offsets.
//!
//! Predictions use the same format, so [`GoldDoc`] reads both. The reader is lenient where
//! the reference scorer is lenient (a predicted offset that is not an integer makes the item
//! unscorable rather than the file unreadable) and keeps fields it does not know in `extra`,
//! so a document read and written again loses nothing.

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};
use thiserror::Error;

/// Why a gold or prediction file could not be read, or options could not be used.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum EvalError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}:{line}: invalid JSON: {message}", path.display())]
    Json {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{}:{line}: not an object with a string \"id\"", path.display())]
    MissingId { path: PathBuf, line: usize },
    #[error("{}:{line}: duplicate id {id:?}", path.display())]
    DuplicateId {
        path: PathBuf,
        line: usize,
        id: String,
    },
    #[error("unknown layer `{name}`; known layers: {}", crate::LAYERS.join(", "))]
    UnknownLayer { name: String },
}

/// A `[start, end)` pair of code-point offsets.
pub type Offsets = (i64, i64);

/// One document of a gold (or prediction) file. Every layer is optional: `None` means the
/// file does not annotate it, which differs from `Some(vec![])` (annotated, nothing there).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldDoc {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Predictions may leave the text out; a gold file always has it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// True when quote speakers are canonical names rather than mention texts.
    #[serde(
        default,
        deserialize_with = "opt_truthy",
        skip_serializing_if = "Option::is_none"
    )]
    pub speakers_resolved: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<Offsets>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<Offsets>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<GoldEntity>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quotes: Option<Vec<GoldQuote>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentiment: Option<GoldSentiment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targets: Option<Vec<GoldTarget>>,
    /// Fields this crate does not interpret (`meta`, ...), kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An entity mention. `label` may list alternatives (`"GPE|LOC"`); `coarse` distinguishes
/// "absent" (`None`) from "present but null" (`Some(None)`), which the scorer treats apart.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldEntity {
    #[serde(default, deserialize_with = "opt_int")]
    pub start: Option<i64>,
    #[serde(default, deserialize_with = "opt_int")]
    pub end: Option<i64>,
    #[serde(default, deserialize_with = "opt_text")]
    pub label: Option<String>,
    #[serde(
        default,
        deserialize_with = "present_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub coarse: Option<Option<String>>,
    #[serde(
        default,
        deserialize_with = "opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub head_start: Option<i64>,
    #[serde(
        default,
        deserialize_with = "opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub head_end: Option<i64>,
    /// A gold mention inside another one: "don't care" unless `keep_nested`.
    #[serde(default, deserialize_with = "truthy", skip_serializing_if = "is_false")]
    pub nested: bool,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A quote. `speaker` distinguishes "absent" (`None`: read the speaker from the mention
/// offsets) from "null" (`Some(None)`: no speaker).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldQuote {
    #[serde(default, deserialize_with = "opt_int")]
    pub start: Option<i64>,
    #[serde(default, deserialize_with = "opt_int")]
    pub end: Option<i64>,
    #[serde(
        default,
        deserialize_with = "opt_truthy",
        skip_serializing_if = "Option::is_none"
    )]
    pub direct: Option<bool>,
    /// `direct`, `indirect` or `turn`.
    #[serde(
        default,
        deserialize_with = "opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub kind: Option<String>,
    #[serde(
        default,
        deserialize_with = "present_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub speaker: Option<Option<String>>,
    #[serde(
        default,
        deserialize_with = "opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub speaker_start: Option<i64>,
    #[serde(
        default,
        deserialize_with = "opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub speaker_end: Option<i64>,
    #[serde(
        default,
        deserialize_with = "opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub cue_start: Option<i64>,
    #[serde(
        default,
        deserialize_with = "opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub cue_end: Option<i64>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A document-level sentiment score (the scale is the gold set's own, see its README).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldSentiment {
    #[serde(default, deserialize_with = "opt_float")]
    pub score: Option<f64>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A span whose polarity is asked for (targeted sentiment).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldTarget {
    #[serde(default, deserialize_with = "opt_int")]
    pub start: Option<i64>,
    #[serde(default, deserialize_with = "opt_int")]
    pub end: Option<i64>,
    /// `negative`, `neutral`, `positive` (or `neg`/`neu`/`pos`, `-1`/`0`/`1`).
    #[serde(default, deserialize_with = "opt_text")]
    pub polarity: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl GoldDoc {
    /// An empty prediction for `id` (what a missing prediction is scored as).
    pub fn empty(id: impl Into<String>) -> GoldDoc {
        GoldDoc {
            id: id.into(),
            ..GoldDoc::default()
        }
    }
}

/// Reads a JSONL file of documents. Blank lines are skipped; an unparsable line, a line
/// without a string `id`, or a repeated id is an error naming `file:line`.
pub fn read_gold(path: &Path) -> Result<Vec<GoldDoc>, EvalError> {
    let io_err = |source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    };
    let reader = BufReader::new(File::open(path).map_err(io_err)?);
    let mut docs = Vec::new();
    let mut seen = HashSet::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(io_err)?;
        let ln = i + 1;
        // a byte-order mark some editors write at the start of a file is not JSON
        let line = if ln == 1 {
            line.trim_start_matches('\u{feff}')
        } else {
            &line
        };
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line).map_err(|e| EvalError::Json {
            path: path.to_path_buf(),
            line: ln,
            message: e.to_string(),
        })?;
        if !matches!(value.get("id"), Some(Value::String(_))) {
            return Err(EvalError::MissingId {
                path: path.to_path_buf(),
                line: ln,
            });
        }
        let doc: GoldDoc = serde_json::from_value(value).map_err(|e| EvalError::Json {
            path: path.to_path_buf(),
            line: ln,
            message: e.to_string(),
        })?;
        if !seen.insert(doc.id.clone()) {
            return Err(EvalError::DuplicateId {
                path: path.to_path_buf(),
                line: ln,
                id: doc.id,
            });
        }
        docs.push(doc);
    }
    Ok(docs)
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Python's truthiness of a JSON value.
pub(crate) fn value_truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// The text a scalar reads as (a number's digits, a bool as `True`/`False`).
fn value_text(v: Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s),
        Value::Bool(true) => Some("True".into()),
        Value::Bool(false) => Some("False".into()),
        other => Some(other.to_string()),
    }
}

fn opt_int<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Number(n) => n.as_i64(),
        Value::Bool(b) => Some(i64::from(b)),
        _ => None,
    })
}

fn opt_float<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        Value::Bool(b) => Some(f64::from(u8::from(b))),
        _ => None,
    })
}

fn opt_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(value_text(Value::deserialize(d)?))
}

fn present_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Ok(Some(value_text(Value::deserialize(d)?)))
}

fn truthy<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(value_truthy(&Value::deserialize(d)?))
}

fn opt_truthy<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    let v = Value::deserialize(d)?;
    Ok((!v.is_null()).then(|| value_truthy(&v)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presence_of_coarse_and_speaker_is_kept() {
        let d: GoldDoc = serde_json::from_str(
            r#"{"id":"a","entities":[{"start":0,"end":1,"label":"X","coarse":null},
                {"start":"x","end":2}],
                "quotes":[{"start":0,"end":3,"speaker":null},{"start":0,"end":3}],
                "meta":{"k":1}}"#,
        )
        .unwrap();
        let e = d.entities.as_ref().unwrap();
        assert_eq!(e[0].coarse, Some(None));
        assert_eq!(e[1].coarse, None);
        assert_eq!(e[1].start, None);
        let q = d.quotes.as_ref().unwrap();
        assert_eq!(q[0].speaker, Some(None));
        assert_eq!(q[1].speaker, None);
        assert!(d.extra.contains_key("meta"));
        let back = serde_json::to_value(&d).unwrap();
        assert_eq!(back["meta"]["k"], 1);
        assert!(back["entities"][0]["coarse"].is_null());
    }

    #[test]
    fn read_errors_name_file_and_line() {
        let dir = std::env::temp_dir().join(format!("strata-eval-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("bad.jsonl");
        std::fs::write(&p, "{\"id\":\"a\",\"text\":\"x\"}\n\n{oops\n").unwrap();
        let err = read_gold(&p).unwrap_err().to_string();
        assert!(
            err.ends_with("bad.jsonl:3: invalid JSON: key must be a string at line 1 column 2"),
            "{err}"
        );
        std::fs::write(&p, "{\"id\":\"a\"}\n{\"id\":\"a\"}\n").unwrap();
        let err = read_gold(&p).unwrap_err().to_string();
        assert!(err.contains("bad.jsonl:2: duplicate id \"a\""), "{err}");
        std::fs::write(&p, "\u{feff}{\"id\":\"a\"}\r\n").unwrap();
        assert_eq!(read_gold(&p).unwrap()[0].id, "a");
        std::fs::write(&p, "[1]\n").unwrap();
        assert!(matches!(
            read_gold(&p),
            Err(EvalError::MissingId { line: 1, .. })
        ));
        std::fs::remove_dir_all(&dir).ok();
    }
}
