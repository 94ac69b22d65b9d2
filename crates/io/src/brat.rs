//! brat standoff annotations (the `.ann` side of brat's `.txt` + `.ann` pairs).
//!
//! brat keeps one `.ann` file per document; a stream has no files, so every document
//! starts with a line `# doc <id>` and a user (or the CLI) splits the stream there. That
//! line is not brat syntax on purpose: brat's own comment lines (`#1 AnnotatorNotes ...`)
//! always refer to an annotation. Lines, tab-separated as brat expects:
//!
//! - `T1  PERSON 0 6  Lu Mei`: entities, quotes (label `Quote`), cues (`Cue`), speaker
//!   mentions (`Speaker`, unless an entity has the same span: then that entity is used)
//!   and extension-layer spans (their label). A span that crosses a line break is
//!   written as brat's fragment list `0 5;6 9`.
//! - `A1  Kind T2 direct`: the kind of a quote.
//! - `R1  Speaker Arg1:T2 Arg2:T1` and `R2  Cue Arg1:T2 Arg2:T3`: who said a quote, and
//!   with what cue.
//! - `#1  AnnotatorNotes T2  speaker=...; sieve=...; confidence=...`: the rest.
//!
//! Offsets are in the chosen unit (brat itself counts code points, the default).
//! Labels have whitespace replaced by `_`; the covered text has line breaks and tabs
//! shown as spaces.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, Write};

use strata_core::{Document, Span};

use crate::conllu::replace_if;
use crate::json::{Conv, covered, quote_kind_name};
use crate::offsets::OffsetUnit;
use crate::read::ErrorRecord;
use crate::write::{DocWriter, Out};

pub(crate) struct BratWriter {
    out: Out,
    unit: OffsetUnit,
}

impl BratWriter {
    pub fn new(out: Out, unit: OffsetUnit) -> BratWriter {
        BratWriter { out, unit }
    }
}

impl DocWriter for BratWriter {
    fn write_doc(&mut self, doc: &Document) -> io::Result<()> {
        write_brat(doc, self.unit, &mut self.out)
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

fn label(s: &str) -> Cow<'_, str> {
    if s.is_empty() {
        return Cow::Borrowed("_");
    }
    replace_if(s, |c| c.is_whitespace() || c.is_control(), '_')
}

fn flat(s: &str) -> Cow<'_, str> {
    replace_if(s, char::is_control, ' ')
}

struct Ann<'a, 'd, W: Write + ?Sized> {
    w: &'a mut W,
    doc: &'d Document,
    conv: Conv<'d>,
    t: usize,
    by_span: HashMap<Span, usize>,
}

impl<W: Write + ?Sized> Ann<'_, '_, W> {
    /// Writes a text-bound annotation and returns its number.
    fn text_bound(&mut self, lab: &str, s: Span) -> io::Result<usize> {
        self.t += 1;
        let text = self.doc.text();
        let covered = covered(text, s);
        write!(self.w, "T{}\t{} ", self.t, label(lab))?;
        if !covered.bytes().any(|b| b == b'\n' || b == b'\r') {
            let (a, b) = self.conv.span(s);
            write!(self.w, "{a} {b}")?;
        } else {
            // Fragments: the span split at line breaks; blank ones dropped.
            let mut frags = Vec::new();
            let mut start = s.start();
            for (i, c) in covered.char_indices() {
                if c == '\n' || c == '\r' {
                    frags.push((start, s.start() + i));
                    start = s.start() + i + c.len_utf8();
                }
            }
            frags.push((start, s.end()));
            frags.retain(|(a, b)| !text.get(*a..*b).unwrap_or("").trim().is_empty());
            if frags.is_empty() {
                frags.push((s.start(), s.end()));
            }
            for (k, (a, b)) in frags.into_iter().enumerate() {
                let sep = if k > 0 { ";" } else { "" };
                write!(self.w, "{sep}{} {}", self.conv.off(a), self.conv.off(b))?;
            }
        }
        writeln!(self.w, "\t{}", flat(covered))?;
        Ok(self.t)
    }
}

/// Writes one document's annotations in brat standoff, after a `# doc <id>` line.
pub fn write_brat<W: Write + ?Sized>(
    doc: &Document,
    unit: OffsetUnit,
    w: &mut W,
) -> io::Result<()> {
    writeln!(w, "# doc {}", flat(doc.id()))?;
    let mut ann = Ann {
        w,
        doc,
        conv: Conv::new(doc.text(), unit),
        t: 0,
        by_span: HashMap::new(),
    };
    for e in doc.entities.iter().flatten() {
        let t = ann.text_bound(&e.label, e.span)?;
        ann.by_span.entry(e.span).or_insert(t);
    }
    let (mut a, mut r, mut notes) = (0usize, 0usize, 0usize);
    for q in doc.quotes.iter().flatten() {
        let qt = ann.text_bound("Quote", q.span)?;
        a += 1;
        writeln!(ann.w, "A{a}\tKind T{qt} {}", quote_kind_name(q.kind))?;
        if let Some(s) = q.speaker.as_ref().and_then(|sp| sp.span) {
            let st = match ann.by_span.get(&s) {
                Some(&t) => t,
                None => {
                    let t = ann.text_bound("Speaker", s)?;
                    ann.by_span.insert(s, t);
                    t
                }
            };
            r += 1;
            writeln!(ann.w, "R{r}\tSpeaker Arg1:T{qt} Arg2:T{st}")?;
        }
        if let Some(c) = q.cue {
            let ct = ann.text_bound("Cue", c)?;
            r += 1;
            writeln!(ann.w, "R{r}\tCue Arg1:T{qt} Arg2:T{ct}")?;
        }
        let mut note = Vec::new();
        if let Some(name) = q.speaker.as_ref().and_then(|sp| sp.name.as_deref()) {
            note.push(format!("speaker={}", flat(name)));
        }
        if let Some(s) = &q.sieve {
            note.push(format!("sieve={}", flat(s)));
        }
        note.push(format!("confidence={}", q.confidence));
        notes += 1;
        writeln!(ann.w, "#{notes}\tAnnotatorNotes T{qt}\t{}", note.join("; "))?;
    }
    for layer in doc.extensions.values() {
        for s in &layer.spans {
            ann.text_bound(&s.label, s.span)?;
        }
    }
    Ok(())
}
