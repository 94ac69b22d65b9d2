//! spaCy JSON: one object per line in the shape of spaCy's `Doc.to_json()`, so Python
//! users can load our output with `Doc.from_json` or read it as they read spaCy's.
//!
//! Keys: `text`; `ents` `[{start,end,label}]`; `sents` `[{start,end}]`; `tokens`
//! `[{id,start,end}]` (we have no tags, lemmas or parses, so those keys are absent rather
//! than invented), where, as in spaCy, whitespace other than one space after a token is a
//! token of its own, so `Doc.from_json` rebuilds the text (it needs a tokens layer); `spans` with a `quotes` group (label = quote kind) and one group per
//! extension layer, items `{start,end,label,kb_id}` (`kb_id` empty); `_` with the document `id` (spaCy keeps custom attributes there: to
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

/// Byte ranges of spaCy's tokens: ours, plus what spaCy makes a token of its own: any
/// stretch of text between two tokens other than the single space a token may carry
/// (line breaks, runs of spaces, text no token covers). Without these, `Doc.from_json`
/// cannot rebuild the text. Tokens that overlap an earlier one are skipped.
fn spacy_tokens(text: &str, spans: impl Iterator<Item = Span>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0usize;
    let mut seen = false;
    let gap = |out: &mut Vec<(usize, usize)>, from: usize, to: usize, after_token: bool| {
        let from = if after_token && text.as_bytes().get(from) == Some(&b' ') {
            from + 1
        } else {
            from
        };
        if from < to {
            out.push((from, to));
        }
    };
    for s in spans {
        if s.start() < pos || s.is_empty() || s.end() > text.len() {
            continue;
        }
        gap(&mut out, pos, s.start(), seen);
        out.push((s.start(), s.end()));
        pos = s.end();
        seen = true;
    }
    gap(&mut out, pos, text.len(), seen);
    out
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
        let pieces = spacy_tokens(doc.text(), tokens.iter().map(|t| t.span));
        let indexed: Vec<(usize, (usize, usize))> = pieces.into_iter().enumerate().collect();
        o.list("tokens", &indexed, |t, &(i, (a, b))| {
            t.uint("id", i)?;
            t.uint("start", conv.off(a))?;
            t.uint("end", conv.off(b))
        })?;
    }
    if doc.quotes.is_some() || !doc.extensions.is_empty() {
        o.obj("spans", |g| {
            if let Some(quotes) = &doc.quotes {
                g.list("quotes", quotes, |t, q| {
                    t.span(&conv, q.span)?;
                    t.str("label", quote_kind_name(q.kind))?;
                    t.str("kb_id", "")
                })?;
            }
            for (name, layer) in &doc.extensions {
                g.list(name, &layer.spans, |t, s| {
                    t.span(&conv, s.span)?;
                    t.str("label", &s.label)?;
                    t.str("kb_id", "")
                })?;
            }
            Ok(())
        })?;
    }
    o.obj("_", |u| u.str("id", doc.id()))?;
    o.close()
}
