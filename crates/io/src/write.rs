//! Output formats and the streaming [`DocWriter`]s.

use std::fmt;
use std::io::{self, BufWriter, Write};
use std::str::FromStr;

use strata_core::Document;

use crate::json::{write_error_json, write_gold, write_json};
use crate::offsets::OffsetUnit;
use crate::read::ErrorRecord;

/// An output format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Format {
    /// One `strata/1` object per line (the default).
    #[default]
    Jsonl,
    /// One JSON array of `strata/1` objects, streamed.
    Json,
    /// CoNLL-U: a token per line, sentences separated by blank lines.
    Conllu,
    /// brat standoff (`.ann` lines) for all documents in one stream.
    Brat,
    /// One self-contained HTML page with highlighted entities and quotes.
    Html,
    /// One spaCy `Doc.to_json()` object per line.
    Spacy,
    /// The gold format of `data/eval/README.md`, one document per line.
    Gold,
}

impl Format {
    /// Every format, in the order shown in help texts.
    pub const ALL: [Format; 7] = [
        Format::Jsonl,
        Format::Json,
        Format::Conllu,
        Format::Brat,
        Format::Html,
        Format::Spacy,
        Format::Gold,
    ];

    /// The lowercase name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Json => "json",
            Format::Conllu => "conllu",
            Format::Brat => "brat",
            Format::Html => "html",
            Format::Spacy => "spacy",
            Format::Gold => "gold",
        }
    }

    /// True when error records are part of the output (`jsonl`, `json`, `gold`). In the
    /// other formats [`DocWriter::write_error`] writes nothing, and the caller must report
    /// the error itself (the CLI prints it on stderr).
    pub fn records_errors(self) -> bool {
        matches!(self, Format::Jsonl | Format::Json | Format::Gold)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A format name that is not one of [`Format::ALL`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown format `{0}`; expected one of: jsonl, json, conllu, brat, html, spacy, gold")]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Format, UnknownFormat> {
        let lower = s.trim().to_ascii_lowercase();
        match lower.as_str() {
            "ndjson" => Ok(Format::Jsonl),
            "conll-u" | "conll" => Ok(Format::Conllu),
            _ => Format::ALL
                .into_iter()
                .find(|f| f.name() == lower)
                .ok_or_else(|| UnknownFormat(s.to_string())),
        }
    }
}

/// Writes documents (and error records) to a stream, one at a time.
///
/// Call [`DocWriter::finish`] once at the end: it closes what the format needs closed (the
/// JSON array, the HTML page) and flushes. Errors returned are I/O errors of the stream.
pub trait DocWriter: Send {
    fn write_doc(&mut self, doc: &Document) -> io::Result<()>;
    /// Writes an input that could not be read. Formats without error records
    /// ([`Format::records_errors`] is false) write nothing here: the caller reports it.
    fn write_error(&mut self, e: &ErrorRecord) -> io::Result<()>;
    fn finish(&mut self) -> io::Result<()>;
    /// True when [`DocWriter::write_error`] puts the error into the output.
    fn records_errors(&self) -> bool {
        true
    }
}

/// The writer for `format`. `unit` is the offset unit of every span written; spaCy JSON
/// and the gold format always use code points, as their consumers (Python) expect.
/// The stream is buffered here; `finish` flushes it.
pub fn writer(format: Format, unit: OffsetUnit, out: Box<dyn Write + Send>) -> Box<dyn DocWriter> {
    let out = BufWriter::with_capacity(1 << 16, out);
    match format {
        Format::Jsonl => Box::new(JsonlWriter { out, unit }),
        Format::Json => Box::new(JsonArrayWriter {
            out,
            unit,
            count: 0,
            finished: false,
        }),
        Format::Gold => Box::new(GoldWriter { out }),
        Format::Conllu => Box::new(crate::conllu::ConlluWriter::new(out, unit)),
        Format::Brat => Box::new(crate::brat::BratWriter::new(out, unit)),
        Format::Html => Box::new(crate::html::HtmlWriter::new(out)),
        Format::Spacy => Box::new(crate::spacy::SpacyWriter::new(out)),
    }
}

/// Appends one record of a line-per-document format to `out`, exactly as that format's
/// [`writer`] would write it (the line and its newline; nothing for an error record in a
/// format without error records). This is how workers format documents in parallel (into
/// a `Vec<u8>`), and how a document too large to hold twice is streamed to the output.
/// `None` for the formats that
/// are not one line per document (JSON array, CoNLL-U, brat, HTML), which need their
/// stateful writer.
pub fn write_line<W: Write + ?Sized>(
    format: Format,
    unit: OffsetUnit,
    record: &crate::read::Record,
    out: &mut W,
) -> Option<io::Result<()>> {
    use crate::read::Record;
    let result = match (format, record) {
        (Format::Jsonl, Record::Doc(d)) => write_json(d, unit, out),
        (Format::Gold, Record::Doc(d)) => write_gold(d, out),
        (Format::Spacy, Record::Doc(d)) => crate::spacy::write_spacy(d, out),
        (Format::Jsonl | Format::Gold, Record::Error(e)) => write_error_json(e, out),
        (Format::Spacy, Record::Error(_)) => return Some(Ok(())),
        _ => return None,
    };
    Some(result.and_then(|()| out.write_all(b"\n")))
}

pub(crate) type Out = BufWriter<Box<dyn Write + Send>>;

struct JsonlWriter {
    out: Out,
    unit: OffsetUnit,
}

impl DocWriter for JsonlWriter {
    fn write_doc(&mut self, doc: &Document) -> io::Result<()> {
        write_json(doc, self.unit, &mut self.out)?;
        self.out.write_all(b"\n")
    }
    fn write_error(&mut self, e: &ErrorRecord) -> io::Result<()> {
        write_error_json(e, &mut self.out)?;
        self.out.write_all(b"\n")
    }
    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// `[` before the first record, `,` between records, `]` at the end: the array is never
/// held in memory.
struct JsonArrayWriter {
    out: Out,
    unit: OffsetUnit,
    count: u64,
    finished: bool,
}

impl JsonArrayWriter {
    fn sep(&mut self) -> io::Result<()> {
        self.out
            .write_all(if self.count == 0 { b"[\n" } else { b",\n" })?;
        self.count += 1;
        Ok(())
    }
}

impl DocWriter for JsonArrayWriter {
    fn write_doc(&mut self, doc: &Document) -> io::Result<()> {
        self.sep()?;
        write_json(doc, self.unit, &mut self.out)
    }
    fn write_error(&mut self, e: &ErrorRecord) -> io::Result<()> {
        self.sep()?;
        write_error_json(e, &mut self.out)
    }
    fn finish(&mut self) -> io::Result<()> {
        if !self.finished {
            self.out
                .write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
            self.finished = true;
        }
        self.out.flush()
    }
}

/// Gold-format lines; an error becomes `{"id", "error"}` so the scorer counts the
/// document as predicted-empty rather than missing without a trace.
struct GoldWriter {
    out: Out,
}

impl DocWriter for GoldWriter {
    fn write_doc(&mut self, doc: &Document) -> io::Result<()> {
        write_gold(doc, &mut self.out)?;
        self.out.write_all(b"\n")
    }
    fn write_error(&mut self, e: &ErrorRecord) -> io::Result<()> {
        write_error_json(e, &mut self.out)?;
        self.out.write_all(b"\n")
    }
    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
