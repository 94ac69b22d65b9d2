//! spaCy JSON: one object per line in the shape of spaCy's `Doc.to_json()`, so Python
//! users can load our output with `Doc.from_json` or read it as they read spaCy's.
//!
//! Keys: `text`; `ents` `[{start,end,label}]`; `sents` `[{start,end}]`; `tokens`
//! `[{id,start,end}]` (we have no tags, lemmas or parses, so those keys are absent rather
//! than invented); `spans` with a `quotes` group (label = quote kind) and one group per
//! extension layer; `_` with the document `id` (spaCy keeps custom attributes there: to
//! load it with `Doc.from_json`, register `Doc.set_extension("id", default=None)`).
//! Offsets are always code points, as spaCy's are.

use std::io::{self, Write};

use strata_core::{Document, Span};

use crate::json::{Conv, Obj, quote_kind_name};
use crate::offsets::OffsetUnit;
use crate::read::ErrorRecord;
use crate::write::{DocWriter, Out};

pub(crate) struct SpacyWriter {
    out: Out,
}

impl SpacyWriter {
    pub fn new(out: Out) -> SpacyWriter {
        SpacyWriter { out }
    }
}

impl DocWriter for SpacyWriter {
    fn write_doc(&mut self, doc: &Document) -> io::Result<()> {
        write_spacy(doc, &mut self.out)?;
        self.out.write_all(b"\n")
    }
    fn write_error(&mut self, _e: &ErrorRecord) -> io::Result<()> {
        Ok(())
    }
    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
    fn records_errors(&self) -> bool {
        false
    }
}

/// Writes one document as a compact spaCy `Doc.to_json()`-shaped object.
pub fn write_spacy<W: Write + ?Sized>(doc: &Document, w: &mut W) -> io::Result<()> {
    let conv = Conv::new(doc.text(), OffsetUnit::Char);
    let mut o = Obj::open(w)?;
    o.str("text", doc.text())?;
    if let Some(ents) = &doc.entities {
        o.list("ents", ents, |t, e| {
            t.span(&conv, e.span)?;
            t.str("label", &e.label)
        })?;
    }
    if let Some(sents) = &doc.sentences {
        o.list("sents", sents, |t, s| t.span(&conv, s.span))?;
    }
    if let Some(tokens) = &doc.tokens {
        let indexed: Vec<(usize, Span)> = tokens.iter().map(|t| t.span).enumerate().collect();
        o.list("tokens", &indexed, |t, (i, s)| {
            t.num("id", i)?;
            t.span(&conv, *s)
        })?;
    }
    if doc.quotes.is_some() || !doc.extensions.is_empty() {
        o.obj("spans", |g| {
            if let Some(quotes) = &doc.quotes {
                g.list("quotes", quotes, |t, q| {
                    t.span(&conv, q.span)?;
                    t.str("label", quote_kind_name(q.kind))
                })?;
            }
            for (name, layer) in &doc.extensions {
                g.list(name, &layer.spans, |t, s| {
                    t.span(&conv, s.span)?;
                    t.str("label", &s.label)
                })?;
            }
            Ok(())
        })?;
    }
    o.obj("_", |u| u.str("id", doc.id()))?;
    o.close()
}
