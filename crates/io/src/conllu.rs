//! CoNLL-U: one token per line in ten tab-separated columns, sentences separated by a
//! blank line.
//!
//! What we know goes where CoNLL-U tools look for it: `# newdoc id`, `# sent_id`
//! (`<doc id>-<n>`), `# text` (newlines shown as spaces); FORM is the token text; UPOS
//! only for what the token kind tells for certain (`PUNCT`, `NUM`, `SYM`), `_` otherwise;
//! MISC holds `Entity=B-LABEL`/`I-LABEL` (outermost entity), `SpaceAfter=No`, `Stem=` and
//! `TokenRange=start:end` in the chosen offset unit. LEMMA, HEAD and DEPREL are `_`: we
//! have no lemmatiser or parser, and a stem is not a lemma. Tokens outside every sentence
//! form sentences of their own; without a sentences layer the document is one sentence.
//! A document without tokens has no CoNLL-U form: only its `# newdoc id` comment and a
//! `# note` saying so are written, as a comment-only block.

use std::borrow::Cow;
use std::io::{self, Write};

use strata_core::{Document, Span, TokenKind};

use crate::json::{Conv, covered, write_uint};
use crate::offsets::OffsetUnit;
use crate::read::ErrorRecord;
use crate::write::{DocWriter, Out};

pub(crate) struct ConlluWriter {
    out: Out,
    unit: OffsetUnit,
}

impl ConlluWriter {
    pub fn new(out: Out, unit: OffsetUnit) -> ConlluWriter {
        ConlluWriter { out, unit }
    }
}

impl DocWriter for ConlluWriter {
    fn write_doc(&mut self, doc: &Document) -> io::Result<()> {
        write_conllu(doc, self.unit, &mut self.out)
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

/// `s` with every char for which `bad` holds replaced by `with`; borrowed when clean.
pub(crate) fn replace_if(s: &str, bad: impl Fn(char) -> bool, with: char) -> Cow<'_, str> {
    if s.chars().any(&bad) {
        Cow::Owned(s.chars().map(|c| if bad(c) { with } else { c }).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// A comment value on one line.
fn one_line(s: &str) -> Cow<'_, str> {
    replace_if(s, char::is_control, ' ')
}

/// A column value: no tabs or newlines, never empty.
fn column(s: &str) -> Cow<'_, str> {
    if s.is_empty() {
        return Cow::Borrowed("_");
    }
    one_line(s)
}

/// A MISC value: no `|`, spaces or control characters.
fn misc_value(s: &str) -> Cow<'_, str> {
    replace_if(s, |c| c == '|' || c.is_whitespace() || c.is_control(), '_')
}

fn upos(kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::Punct => "PUNCT",
        TokenKind::Number => "NUM",
        TokenKind::Symbol | TokenKind::Emoji => "SYM",
        _ => "_",
    }
}

/// Writes one document in CoNLL-U.
pub fn write_conllu<W: Write + ?Sized>(
    doc: &Document,
    unit: OffsetUnit,
    w: &mut W,
) -> io::Result<()> {
    let text = doc.text();
    writeln!(w, "# newdoc id = {}", one_line(doc.id()))?;
    let Some(tokens) = doc.tokens.as_deref().filter(|t| !t.is_empty()) else {
        writeln!(w, "# note = no tokens")?;
        return writeln!(w);
    };
    let conv = Conv::new(text, unit);

    // Entities, outermost first, for BIO labels.
    let mut ents: Vec<(Span, &str)> = doc
        .entities
        .iter()
        .flatten()
        .map(|e| (e.span, e.label.as_ref()))
        .collect();
    ents.sort_by_key(|(s, _)| (s.start(), std::cmp::Reverse(s.end())));
    let mut ep = 0usize;
    let mut last_ent: Option<usize>;

    let sentences = doc.sentences.as_deref().unwrap_or(&[]);
    let mut sp = 0usize;
    let mut sent_no = 0usize;
    let mut i = 0usize;
    while i < tokens.len() {
        // The group of tokens from `i`: those inside sentence `sp`, or a run outside all.
        let t0 = tokens[i].span;
        while sp < sentences.len() && sentences[sp].span.end() <= t0.start() {
            sp += 1;
        }
        let inside = if doc.sentences.is_none() {
            Some(doc.full_span())
        } else {
            sentences
                .get(sp)
                .map(|s| s.span)
                .filter(|s| s.start() <= t0.start())
        };
        let mut j = i + 1;
        match inside {
            Some(s) => {
                while j < tokens.len() && tokens[j].span.start() < s.end() {
                    j += 1;
                }
            }
            None => {
                let next_start = sentences.get(sp).map_or(usize::MAX, |s| s.span.start());
                while j < tokens.len() && tokens[j].span.start() < next_start {
                    j += 1;
                }
            }
        }
        let group = &tokens[i..j];
        let cover = match inside {
            Some(s) if doc.sentences.is_some() => s,
            _ => group[0].span.cover(group[group.len() - 1].span),
        };
        sent_no += 1;
        last_ent = None;
        writeln!(w, "# sent_id = {}-{}", one_line(doc.id()), sent_no)?;
        writeln!(w, "# text = {}", one_line(covered(text, cover).trim()))?;
        for (k, tok) in group.iter().enumerate() {
            let idx = i + k;
            let s = tok.span;
            write_uint(w, k + 1)?;
            w.write_all(b"\t")?;
            w.write_all(column(covered(text, s)).as_bytes())?;
            w.write_all(b"\t_\t")?;
            w.write_all(upos(tok.kind).as_bytes())?;
            w.write_all(b"\t_\t_\t_\t_\t_\t")?;
            while ep < ents.len() && ents[ep].0.end() <= s.start() {
                ep += 1;
            }
            match ents.get(ep) {
                Some((es, label)) if es.start() <= s.start() && !es.is_empty() => {
                    let tag: &[u8] = if last_ent == Some(ep) { b"I-" } else { b"B-" };
                    w.write_all(b"Entity=")?;
                    w.write_all(tag)?;
                    w.write_all(misc_value(label).as_bytes())?;
                    w.write_all(b"|")?;
                    last_ent = Some(ep);
                }
                _ => last_ent = None,
            }
            let after = text.get(s.end()..).and_then(|r| r.chars().next());
            if after.is_some_and(|c| !c.is_whitespace()) {
                w.write_all(b"SpaceAfter=No|")?;
            }
            if let Some(stem) = doc
                .stems
                .as_ref()
                .and_then(|st| st.get(idx))
                .filter(|st| st.span == s)
            {
                w.write_all(b"Stem=")?;
                w.write_all(misc_value(stem.stem).as_bytes())?;
                w.write_all(b"|")?;
            }
            let (a, b) = conv.span(s);
            w.write_all(b"TokenRange=")?;
            write_uint(w, a)?;
            w.write_all(b":")?;
            write_uint(w, b)?;
            w.write_all(b"\n")?;
        }
        writeln!(w)?;
        i = j;
    }
    Ok(())
}
