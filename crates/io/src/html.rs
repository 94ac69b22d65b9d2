//! One self-contained HTML page (inline CSS, no scripts, no external resources) showing
//! each document's text with entities, quotes and speech cues highlighted.
//!
//! Every mark carries a `title` (hover text) with its label, or for a quote its kind,
//! speaker and deciding sieve. Marks nest; where two marks cross, the inner one is closed
//! and reopened so the HTML stays well formed. Errors are not shown on the page
//! ([`crate::Format::records_errors`] is false): the caller reports them.

use std::io::{self, Write};

use strata_core::Document;

use crate::json::quote_kind_name;
use crate::read::ErrorRecord;
use crate::write::{DocWriter, Out};

const HEAD: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Strata annotations</title>
<style>
body { font-family: Georgia, serif; max-width: 52em; margin: 2em auto; line-height: 1.6; color: #222; }
article { border-top: 1px solid #ccc; padding-top: 1em; }
h2 { font-family: sans-serif; font-size: 1em; color: #555; }
.text { white-space: pre-wrap; }
mark { border-radius: 3px; padding: 0 1px; }
mark.ent { background: #dbeafe; }
mark.ent::after { content: attr(data-label); font: bold 0.6em sans-serif; color: #1e40af; margin-left: 2px; vertical-align: super; }
mark.quote { background: #fef3c7; }
mark.quote.indirect { background: #ecfccb; }
mark.quote.scare { background: #f3f4f6; }
mark.cue { background: none; text-decoration: underline 2px #b45309; }
mark.ext { background: none; border-bottom: 2px dotted #7c3aed; }
</style>
</head>
<body>
"#;

const TAIL: &str = "</body>\n</html>\n";

pub(crate) struct HtmlWriter {
    out: Out,
    started: bool,
    finished: bool,
}

impl HtmlWriter {
    pub fn new(out: Out) -> HtmlWriter {
        HtmlWriter {
            out,
            started: false,
            finished: false,
        }
    }
}

impl DocWriter for HtmlWriter {
    fn write_doc(&mut self, doc: &Document) -> io::Result<()> {
        if !self.started {
            self.out.write_all(HEAD.as_bytes())?;
            self.started = true;
        }
        write_html_doc(doc, &mut self.out)
    }
    fn write_error(&mut self, _e: &ErrorRecord) -> io::Result<()> {
        Ok(())
    }
    fn finish(&mut self) -> io::Result<()> {
        if !self.started {
            self.out.write_all(HEAD.as_bytes())?;
            self.started = true;
        }
        if !self.finished {
            self.out.write_all(TAIL.as_bytes())?;
            self.finished = true;
        }
        self.out.flush()
    }
    fn records_errors(&self) -> bool {
        false
    }
}

/// Escapes text for HTML content and attribute values.
pub(crate) fn escape<W: Write + ?Sized>(w: &mut W, s: &str) -> io::Result<()> {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        w.write_all(&s.as_bytes()[last..i])?;
        w.write_all(rep)?;
        last = i + 1;
    }
    w.write_all(&s.as_bytes()[last..])
}

fn escaped(s: &str) -> String {
    let mut v = Vec::with_capacity(s.len());
    // Writing to a Vec cannot fail.
    let _ = escape(&mut v, s);
    String::from_utf8(v).unwrap_or_default()
}

struct Mark {
    start: usize,
    end: usize,
    open: String,
}

/// Writes one `<article>` for `doc`.
pub fn write_html_doc<W: Write + ?Sized>(doc: &Document, w: &mut W) -> io::Result<()> {
    let text = doc.text();
    let mut marks: Vec<Mark> = Vec::new();
    for q in doc.quotes.iter().flatten() {
        let mut title = quote_kind_name(q.kind).to_string();
        if let Some(sp) = &q.speaker {
            match (&sp.name, sp.span) {
                (Some(name), _) => title.push_str(&format!(" quote by {name}")),
                (None, Some(span)) => {
                    title.push_str(&format!(" quote by {}", doc.slice(span)));
                }
                (None, None) => {}
            }
        }
        if let Some(s) = &q.sieve {
            title.push_str(&format!(" ({s})"));
        }
        marks.push(Mark {
            start: q.span.start(),
            end: q.span.end(),
            open: format!(
                "<mark class=\"quote {}\" title=\"{}\">",
                quote_kind_name(q.kind),
                escaped(&title)
            ),
        });
        if let Some(c) = q.cue {
            marks.push(Mark {
                start: c.start(),
                end: c.end(),
                open: "<mark class=\"cue\" title=\"cue\">".to_string(),
            });
        }
    }
    for e in doc.entities.iter().flatten() {
        let l = escaped(&e.label);
        marks.push(Mark {
            start: e.span.start(),
            end: e.span.end(),
            open: format!("<mark class=\"ent\" data-label=\"{l}\" title=\"{l}\">"),
        });
    }
    for (name, layer) in &doc.extensions {
        for s in &layer.spans {
            marks.push(Mark {
                start: s.span.start(),
                end: s.span.end(),
                open: format!(
                    "<mark class=\"ext\" title=\"{}: {}\">",
                    escaped(name),
                    escaped(&s.label)
                ),
            });
        }
    }
    // Empty marks show nothing; a mark that does not fit the text is dropped, not a panic.
    marks.retain(|m| m.start < m.end && text.get(m.start..m.end).is_some());
    // Outer marks first: by start, longer first; the sort is stable, so quotes come
    // before entities of the same extent.
    marks.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));

    write!(w, "<article>\n<h2>")?;
    escape(w, doc.id())?;
    write!(w, "</h2>\n<div class=\"text\">")?;
    let mut bounds: Vec<usize> = marks.iter().flat_map(|m| [m.start, m.end]).collect();
    bounds.push(text.len());
    bounds.sort_unstable();
    bounds.dedup();
    let mut stack: Vec<usize> = Vec::new();
    let mut next = 0usize;
    let mut pos = 0usize;
    for p in bounds {
        escape(w, &text[pos..p])?;
        pos = p;
        // Close every mark ending here; marks above them that go on are reopened.
        if stack.iter().any(|&m| marks[m].end == p) {
            let mut reopen = Vec::new();
            while let Some(&top) = stack.last() {
                if !stack.iter().any(|&m| marks[m].end == p) {
                    break;
                }
                stack.pop();
                w.write_all(b"</mark>")?;
                if marks[top].end != p {
                    reopen.push(top);
                }
            }
            for m in reopen.into_iter().rev() {
                w.write_all(marks[m].open.as_bytes())?;
                stack.push(m);
            }
        }
        while next < marks.len() && marks[next].start == p {
            w.write_all(marks[next].open.as_bytes())?;
            stack.push(next);
            next += 1;
        }
    }
    for _ in stack {
        w.write_all(b"</mark>")?;
    }
    write!(w, "</div>\n</article>\n")
}
