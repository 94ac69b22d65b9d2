//! # strata-io: reading inputs, writing annotations, converting offsets
//!
//! This crate is the edge of Strata: everything between files and [`Document`]s. Inside,
//! every position is a UTF-8 byte [`strata_core::Span`]; outside, people count code
//! points (Python, the gold files) or UTF-16 units (JavaScript). [`OffsetMap`] converts
//! between them after one linear pass over the text: byte -> unit in constant time
//! (a table read and a scan of under 64 bytes), unit -> byte by binary search, and an
//! [`OffsetCursor`] makes a sweep over sorted spans cost only the distance between them.
//! Every writer converts every span it writes, nested ones included, this way; ASCII
//! text skips the table altogether.
//!
//! **Reading.** [`open_inputs`] takes the paths given on the command line and returns
//! [`Inputs`], an iterator of [`Record`]s: text files, folders (recursive, sorted),
//! JSONL files and stdin (`-`). It checks that every path exists before reading anything,
//! then reads lazily, one document at a time, so memory is bounded by the largest
//! document, not the corpus. Nothing is dropped: an input that cannot become a document
//! (invalid UTF-8, a bad JSON line, a text over the 4 GiB limit of `u32` spans, a bad
//! target span) becomes an [`ErrorRecord`] that names its file (and line) and takes the
//! document's place in the stream, and reading goes on.
//!
//! **Writing.** [`writer`] returns a [`DocWriter`] for a [`Format`]: the versioned
//! `strata/1` JSON record ([`to_json`], as JSONL or one streamed array), CoNLL-U, brat
//! standoff, an HTML page, spaCy's JSON, and the gold format the shared scorer reads
//! ([`to_gold`]). Writers stream: a document is written as soon as it is given, straight
//! from the document without an intermediate JSON tree.
//!
//! ## The `strata/1` record
//!
//! `{"schema":"strata/1","id","offsets":"char","meta"?,"text",<layers>,"diagnostics"?}`.
//! The text is always included: a record is then self-contained, and offsets can be
//! checked against it (drop it downstream if size matters). `meta` holds the input
//! record's other fields, only when there are any. Only layers present on the document
//! are written (an absent layer never ran; an empty list ran and found nothing); every
//! span is `"start","end"` in the unit named by `offsets`. Extension layers are written
//! under their own name as `[{"start","end","label",<attrs>}]` (`ext.<name>` if the name
//! is one of [`RESERVED_KEYS`]). An unreadable input is
//! `{"schema","id","error":{"source","message"}}`.
//!
//! ## Errors in non-JSON formats
//!
//! CoNLL-U, brat, HTML and spaCy JSON have no place for an error record, so their
//! [`DocWriter::write_error`] writes nothing and [`DocWriter::records_errors`] is false:
//! the caller reports the error itself (the CLI prints it on stderr).

mod brat;
mod conllu;
mod html;
mod json;
mod offsets;
mod read;
mod spacy;
mod write;

pub use brat::write_brat;
pub use conllu::write_conllu;
pub use html::write_html_doc;
pub use json::{
    RESERVED_KEYS, SCHEMA, error_json, extension_key, to_gold, to_json, write_error_json,
    write_gold, write_json,
};
pub use offsets::{OffsetCursor, OffsetMap, OffsetUnit, UnknownUnit};
pub use read::{ErrorRecord, Inputs, IoError, READER, ReadOptions, Record, open_inputs};
pub use spacy::write_spacy;
pub use strata_core::Document;
pub use write::{DocWriter, Format, UnknownFormat, write_line, writer};
