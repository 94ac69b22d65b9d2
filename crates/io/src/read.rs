//! Readers: text files, folders, JSONL files and stdin, streamed one document at a time.

use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use strata_core::{Document, Severity, Span};

use crate::offsets::{OffsetMap, OffsetUnit};

/// The `source` name of diagnostics raised while reading.
pub const READER: &str = "io.read";

/// How inputs are read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// Replace invalid UTF-8 with U+FFFD (and add an `invalid-utf8` diagnostic) instead of
    /// turning the document into an error record.
    pub lossy: bool,
    /// The unit of spans given in input JSONL (`targets`). Default: code points.
    pub offsets: OffsetUnit,
}

/// Why inputs could not be opened at all. Problems with one document are [`ErrorRecord`]s.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IoError {
    #[error("input `{}` does not exist", path.display())]
    NotFound { path: PathBuf },
    #[error("cannot read input `{}`: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// An input that could not become a document. It is written to the output (or reported)
/// in place of the document, so no input is silently lost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorRecord {
    /// The document id, as far as it is known (`"<file>:<line>"` otherwise).
    pub id: String,
    /// Where it came from: a file, or `file:line` for JSONL.
    pub source: String,
    pub message: String,
}

impl fmt::Display for ErrorRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source, self.message)
    }
}

/// One item of the input stream.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)] // moved once per document; boxing would only add an allocation
pub enum Record {
    Doc(Document),
    Error(ErrorRecord),
}

/// Size limits; the defaults are the document model's (offsets are `u32`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    /// Largest text, in bytes.
    pub doc_bytes: u64,
    /// Largest JSONL line, in bytes (JSON escapes can make a line longer than its text).
    pub line_bytes: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            doc_bytes: u32::MAX as u64,
            line_bytes: 2 * u32::MAX as u64,
        }
    }
}

/// What is still to be read.
enum Pending {
    /// A path named on the command line (file or folder).
    Named(PathBuf),
    /// A file found in a folder; `id` is its path below the folder, without extension.
    Found {
        path: PathBuf,
        id: String,
    },
    /// A folder found below a named folder, with the id prefix of its files.
    Folder {
        path: PathBuf,
        prefix: String,
    },
    Stdin,
}

/// The stream of input records. Created by [`open_inputs`]; lazy: a file is opened only
/// when the previous one is exhausted, and a JSONL file is read one line at a time.
pub struct Inputs {
    opts: ReadOptions,
    limits: Limits,
    pending: VecDeque<Pending>,
    jsonl: Option<JsonlSource>,
}

/// Opens the inputs, each a path or `-` (JSONL on stdin):
/// - a `.jsonl` / `.ndjson` file: one `{"id","text",...}` object per line;
/// - a folder: its `.txt`, `.jsonl` and `.ndjson` files (any case), recursively, sorted by
///   name; a text file's id is its path below the folder without extension
///   (`sub/story`); hidden entries and symlinked folders are skipped;
/// - any other file: one text document whose id is the file stem.
///
/// Fails before reading anything if a path does not exist; everything after that is a
/// [`Record`] in the stream.
pub fn open_inputs(inputs: &[PathBuf], opts: ReadOptions) -> Result<Inputs, IoError> {
    open_with_limits(inputs, opts, Limits::default())
}

pub(crate) fn open_with_limits(
    inputs: &[PathBuf],
    opts: ReadOptions,
    limits: Limits,
) -> Result<Inputs, IoError> {
    let mut pending = VecDeque::with_capacity(inputs.len());
    for path in inputs {
        if path.as_os_str() == "-" {
            pending.push_back(Pending::Stdin);
            continue;
        }
        match std::fs::metadata(path) {
            Ok(_) => pending.push_back(Pending::Named(path.clone())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(IoError::NotFound { path: path.clone() });
            }
            Err(source) => {
                return Err(IoError::Io {
                    path: path.clone(),
                    source,
                });
            }
        }
    }
    Ok(Inputs {
        opts,
        limits,
        pending,
        jsonl: None,
    })
}

impl Inputs {
    /// Reads JSONL from any reader, as `-` reads stdin; `name` stands for the file in
    /// error sources and missing ids (`name:line`).
    pub fn from_jsonl_reader(
        name: impl Into<String>,
        reader: impl BufRead + Send + 'static,
        opts: ReadOptions,
    ) -> Inputs {
        Inputs {
            opts,
            limits: Limits::default(),
            pending: VecDeque::new(),
            jsonl: Some(JsonlSource::new(name.into(), Box::new(reader))),
        }
    }
}

impl Iterator for Inputs {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            if let Some(src) = &mut self.jsonl {
                match src.next_record(self.opts, self.limits) {
                    Some(rec) => return Some(rec),
                    None => self.jsonl = None,
                }
            }
            match self.pending.pop_front()? {
                Pending::Stdin => {
                    let reader: Box<dyn BufRead + Send> =
                        Box::new(BufReader::new(std::io::stdin()));
                    self.jsonl = Some(JsonlSource::new("stdin".to_string(), reader));
                }
                Pending::Named(path) => {
                    let rec = if path.is_dir() {
                        self.push_folder(&path, "")
                    } else {
                        self.open_file(&path, file_stem(&path))
                    };
                    if rec.is_some() {
                        return rec;
                    }
                }
                Pending::Found { path, id } => {
                    if let Some(rec) = self.open_file(&path, id) {
                        return Some(rec);
                    }
                }
                Pending::Folder { path, prefix } => {
                    if let Some(rec) = self.push_folder(&path, &prefix) {
                        return Some(rec);
                    }
                }
            }
        }
    }
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

fn is_jsonl(path: &Path) -> bool {
    matches!(extension(path).as_str(), "jsonl" | "ndjson")
}

impl Inputs {
    /// Lists a folder and queues its entries (sorted by name) before everything else.
    fn push_folder(&mut self, dir: &Path, prefix: &str) -> Option<Record> {
        let entries = match std::fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) => return Some(io_error(dir, &e)),
        };
        let mut found = Vec::new();
        for entry in entries {
            let entry = match entry {
                Ok(en) => en,
                Err(e) => return Some(io_error(dir, &e)),
            };
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            // `file_type` does not follow symlinks: a symlinked folder could form a cycle.
            let Ok(ft) = entry.file_type() else { continue };
            if ft.is_dir() {
                found.push((
                    name.clone(),
                    Pending::Folder {
                        path,
                        prefix: format!("{prefix}{name}/"),
                    },
                ));
            } else if (is_jsonl(&path) || extension(&path) == "txt") && path.is_file() {
                let id = format!("{prefix}{}", file_stem(&path));
                found.push((name, Pending::Found { path, id }));
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, p) in found.into_iter().rev() {
            self.pending.push_front(p);
        }
        None
    }

    /// Opens one file: a JSONL file becomes the current source; a text file is read whole.
    fn open_file(&mut self, path: &Path, id: String) -> Option<Record> {
        let name = path.display().to_string();
        if is_jsonl(path) {
            match File::open(path) {
                Ok(f) => {
                    self.jsonl = Some(JsonlSource::new(name, Box::new(BufReader::new(f))));
                    None
                }
                Err(e) => Some(io_error(path, &e)),
            }
        } else {
            Some(read_text_file(path, id, self.opts, self.limits))
        }
    }
}

fn io_error(path: &Path, e: &std::io::Error) -> Record {
    io_error_id(path.display().to_string(), path, e)
}

fn io_error_id(id: String, path: &Path, e: &std::io::Error) -> Record {
    Record::Error(ErrorRecord {
        id,
        source: path.display().to_string(),
        message: format!("cannot read: {e}"),
    })
}

fn too_large(id: String, source: String, len: u64, limit: u64) -> Record {
    Record::Error(ErrorRecord {
        id,
        source,
        message: format!("document of {len} bytes exceeds the limit of {limit} bytes (4 GiB)"),
    })
}

fn read_text_file(path: &Path, id: String, opts: ReadOptions, limits: Limits) -> Record {
    let name = path.display().to_string();
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return io_error_id(id, path, &e),
    };
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    if len > limits.doc_bytes {
        return too_large(id, name, len, limits.doc_bytes);
    }
    let mut bytes = Vec::with_capacity(len as usize);
    // Read at most one byte past the limit, in case the file grew after `metadata`.
    if let Err(e) = file.take(limits.doc_bytes + 1).read_to_end(&mut bytes) {
        return io_error_id(id, path, &e);
    }
    if bytes.len() as u64 > limits.doc_bytes {
        return too_large(id, name, bytes.len() as u64, limits.doc_bytes);
    }
    match decode(bytes, opts.lossy) {
        Ok((text, bad)) => {
            let mut doc = Document::new(id, text);
            if let Some(bad) = bad {
                bad.diagnose(&mut doc, &name);
            }
            Record::Doc(doc)
        }
        Err(at) => Record::Error(ErrorRecord {
            id,
            source: name,
            message: format!("invalid UTF-8 at byte {at}"),
        }),
    }
}

/// Invalid UTF-8 that was replaced (lossy mode).
struct Replaced {
    first: usize,
    count: usize,
}

impl Replaced {
    fn diagnose(&self, doc: &mut Document, source: &str) {
        doc.diagnose(
            Severity::Warning,
            READER,
            "invalid-utf8",
            format!(
                "{source}: {} invalid UTF-8 sequence(s) replaced with U+FFFD, the first at byte {}",
                self.count, self.first
            ),
            None,
        );
    }
}

/// Decodes UTF-8 and drops a leading byte-order mark. Strict: `Err(byte offset)` of the
/// first invalid sequence. Lossy: replacement characters, and where they were.
fn decode(bytes: Vec<u8>, lossy: bool) -> Result<(String, Option<Replaced>), usize> {
    let mut text = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let first = e.utf8_error().valid_up_to();
            if !lossy {
                return Err(first);
            }
            let bytes = e.into_bytes();
            let count = bytes
                .utf8_chunks()
                .filter(|c| !c.invalid().is_empty())
                .count();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let mut text = text;
            strip_bom(&mut text);
            return Ok((text, Some(Replaced { first, count })));
        }
    };
    strip_bom(&mut text);
    Ok((text, None))
}

fn strip_bom(text: &mut String) {
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
}

/// A JSONL stream being read line by line.
struct JsonlSource {
    name: String,
    reader: Box<dyn BufRead + Send>,
    line_no: u64,
    /// Byte offset of the next line in the stream.
    pos: u64,
    buf: Vec<u8>,
    done: bool,
}

impl JsonlSource {
    fn new(name: String, reader: Box<dyn BufRead + Send>) -> JsonlSource {
        JsonlSource {
            name,
            reader,
            line_no: 0,
            pos: 0,
            buf: Vec::new(),
            done: false,
        }
    }

    fn here(&self) -> String {
        format!("{}:{}", self.name, self.line_no)
    }

    fn error(&self, id: Option<String>, message: String) -> Record {
        Record::Error(ErrorRecord {
            id: id.unwrap_or_else(|| self.here()),
            source: self.here(),
            message,
        })
    }

    /// The next record, skipping blank lines; `None` at the end of the stream.
    fn next_record(&mut self, opts: ReadOptions, limits: Limits) -> Option<Record> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            let line_start = self.pos;
            let read = (&mut self.reader)
                .take(limits.line_bytes + 1)
                .read_until(b'\n', &mut self.buf);
            let n = match read {
                Ok(0) => return None,
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    self.line_no += 1;
                    return Some(self.error(None, format!("read error: {e}")));
                }
            };
            self.line_no += 1;
            self.pos += n as u64;
            if self.buf.last() != Some(&b'\n') && n as u64 > limits.line_bytes {
                let skipped = self.skip_line();
                return Some(too_large(
                    self.here(),
                    self.here(),
                    n as u64 + skipped,
                    limits.doc_bytes,
                ));
            }
            if self.buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            return Some(self.parse_line(line_start, opts, limits));
        }
    }

    /// Discards the rest of an over-long line; returns how many bytes it had.
    fn skip_line(&mut self) -> u64 {
        let mut skipped = 0u64;
        loop {
            let (used, found) = match self.reader.fill_buf() {
                Ok([]) => return skipped,
                Ok(chunk) => match chunk.iter().position(|&b| b == b'\n') {
                    Some(i) => (i + 1, true),
                    None => (chunk.len(), false),
                },
                Err(_) => {
                    self.done = true;
                    return skipped;
                }
            };
            self.reader.consume(used);
            skipped += used as u64;
            self.pos += used as u64;
            if found {
                return skipped;
            }
        }
    }

    fn parse_line(&mut self, line_start: u64, opts: ReadOptions, limits: Limits) -> Record {
        let mut line = std::mem::take(&mut self.buf);
        if self.line_no == 1 && line.starts_with("\u{feff}".as_bytes()) {
            line.drain(..3);
        }
        let (text, replaced) = match decode(line, opts.lossy) {
            Ok(ok) => ok,
            Err(at) => {
                return self.error(
                    None,
                    format!(
                        "invalid UTF-8 at byte {} (byte {at} of the line)",
                        line_start + at as u64
                    ),
                );
            }
        };
        let mut obj: Map<String, Value> = match serde_json::from_str(&text) {
            Ok(Value::Object(obj)) => obj,
            Ok(other) => {
                return self.error(
                    None,
                    format!("expected a JSON object, found {}", json_kind(&other)),
                );
            }
            Err(e) => return self.error(None, format!("invalid JSON: {e}")),
        };
        let id = match obj.remove("id") {
            None | Some(Value::Null) => self.here(),
            Some(Value::String(s)) => s,
            Some(other) => other.to_string(),
        };
        let text = match obj.remove("text") {
            Some(Value::String(s)) => s,
            Some(other) => {
                return self.error(
                    Some(id),
                    format!("field `text` must be a string, found {}", json_kind(&other)),
                );
            }
            None => return self.error(Some(id), "missing field `text`".to_string()),
        };
        if text.len() as u64 > limits.doc_bytes {
            return too_large(id, self.here(), text.len() as u64, limits.doc_bytes);
        }
        let targets = match obj.get("targets") {
            None | Some(Value::Null) => None,
            Some(t) => match parse_targets(&text, t, opts.offsets) {
                Ok(spans) => Some(spans),
                Err(msg) => return self.error(Some(id), msg),
            },
        };
        let mut doc = Document::new(id, text);
        doc.meta = obj;
        doc.targets = targets;
        if let Some(r) = replaced {
            r.diagnose(&mut doc, &self.here());
        }
        Record::Doc(doc)
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Converts an input `targets` array of `{"start","end",...}` in `unit` to byte spans.
fn parse_targets(text: &str, targets: &Value, unit: OffsetUnit) -> Result<Vec<Span>, String> {
    let Value::Array(items) = targets else {
        return Err(format!(
            "field `targets` must be an array, found {}",
            json_kind(targets)
        ));
    };
    let map = OffsetMap::new(text);
    let mut spans = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let get = |key: &str| {
            item.get(key)
                .and_then(Value::as_u64)
                .ok_or_else(|| format!("targets[{i}]: `{key}` must be a non-negative integer"))
        };
        let (start, end) = (get("start")?, get("end")?);
        if start > end {
            return Err(format!("targets[{i}]: start {start} is after end {end}"));
        }
        let to_byte = |off: u64| {
            usize::try_from(off)
                .ok()
                .and_then(|o| map.to_byte(o, unit))
                .ok_or_else(|| {
                    format!(
                        "targets[{i}]: offset {off} is not a position in the text ({} {unit}s long)",
                        map.len(unit)
                    )
                })
        };
        let (s, e) = (to_byte(start)?, to_byte(end)?);
        let span = Span::new(text, s, e).map_err(|e| format!("targets[{i}]: {e}"))?;
        spans.push(span);
    }
    Ok(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("strata-io-unit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn small() -> Limits {
        Limits {
            doc_bytes: 10,
            line_bytes: 40,
        }
    }

    fn messages(path: &Path) -> Vec<String> {
        open_with_limits(&[path.to_path_buf()], ReadOptions::default(), small())
            .unwrap()
            .map(|r| match r {
                Record::Doc(d) => format!("doc {} {:?}", d.id(), d.text()),
                Record::Error(e) => format!("error {} @ {}: {}", e.id, e.source, e.message),
            })
            .collect()
    }

    #[test]
    fn text_over_the_size_limit_is_an_error_record() {
        let path = temp_file("big.txt", b"eleven byte");
        let got = messages(&path);
        assert_eq!(got.len(), 1);
        assert!(got[0].starts_with("error big @ "), "{got:?}");
        assert!(got[0].contains("exceeds the limit"), "{got:?}");
    }

    #[test]
    fn jsonl_text_or_line_over_the_limit_is_an_error_and_reading_goes_on() {
        let long_line = format!("{{\"id\":\"a\",\"text\":\"{}\"}}\n", "x".repeat(60));
        let body = format!(
            "{long_line}{{\"id\":\"b\",\"text\":\"0123456789AB\"}}\n{{\"id\":\"c\",\"text\":\"ok\"}}\n"
        );
        let path = temp_file("big.jsonl", body.as_bytes());
        let got = messages(&path);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].contains("big.jsonl:1") && got[0].contains("exceeds"));
        assert!(got[1].starts_with("error b @ ") && got[1].contains("big.jsonl:2"));
        assert_eq!(got[2], "doc c \"ok\"");
    }
}
