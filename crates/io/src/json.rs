//! The versioned JSON output schema (`strata/1`), error records, and the gold format.

use std::cell::Cell;
use std::io::{self, Write};

use serde_json::{Value, json};
use strata_core::{Document, Polarity, QuoteKind, Score, Span, TokenKind};

use crate::offsets::{OffsetMap, OffsetUnit};
use crate::read::ErrorRecord;

/// The value of the `schema` key of every output record.
pub const SCHEMA: &str = "strata/1";

/// Top-level keys of the output record. An extension layer whose name is one of these is
/// written as `"ext.<name>"` so it can never shadow a built-in key.
pub const RESERVED_KEYS: &[&str] = &[
    "schema",
    "id",
    "offsets",
    "meta",
    "text",
    "error",
    "tokens",
    "sentences",
    "language",
    "stems",
    "entities",
    "clusters",
    "quotes",
    "sentiment",
    "diagnostics",
    "targets",
];

/// Texts up to this many bytes get a direct offset table while they are written (four
/// bytes per byte of text, freed with the writer's `Conv`); longer ones convert with the
/// block checkpoints of [`OffsetMap`].
const DIRECT_TABLE_MAX: usize = 8 << 20;

/// Converts byte spans of one text to the output unit.
///
/// Writers convert every span of a document, in several passes over the text (tokens,
/// then stems, then entities...). For ASCII text or byte offsets the offset is the byte.
/// Otherwise a text of up to 8 MB gets a table of the unit offset of every byte, so each
/// conversion is one read; a longer text remembers the last offset converted, so spans
/// written in text order cost a short scan each (see [`OffsetMap::cursor`]).
pub(crate) struct Conv<'t> {
    map: OffsetMap<'t>,
    unit: OffsetUnit,
    direct: Option<Vec<u32>>,
    last: Cell<(usize, usize)>,
}

impl<'t> Conv<'t> {
    pub fn new(text: &'t str, unit: OffsetUnit) -> Conv<'t> {
        let map = OffsetMap::new(text);
        let direct = map.unit_table(unit, DIRECT_TABLE_MAX);
        Conv {
            map,
            unit,
            direct,
            last: Cell::new((0, 0)),
        }
    }
    #[inline]
    pub fn off(&self, byte: usize) -> usize {
        if let Some(table) = &self.direct {
            return table[byte.min(table.len() - 1)] as usize;
        }
        let pos = self.map.step(self.last.get(), byte, self.unit);
        self.last.set(pos);
        pos.1
    }
    #[inline]
    pub fn span(&self, s: Span) -> (usize, usize) {
        (self.off(s.start()), self.off(s.end()))
    }
}

/// The text a span covers, or `""` when the span does not fit the text (a span some
/// plugin built against another text): writers never panic on a bad layer.
pub(crate) fn covered(text: &str, s: Span) -> &str {
    text.get(s.start()..s.end()).unwrap_or("")
}

/// Writes a JSON string (escaped).
pub(crate) fn write_str<W: Write + ?Sized>(w: &mut W, s: &str) -> io::Result<()> {
    if plain(s) {
        w.write_all(b"\"")?;
        w.write_all(s.as_bytes())?;
        w.write_all(b"\"")
    } else {
        serde_json::to_writer(&mut *w, s).map_err(io::Error::other)
    }
}

/// True when a string needs no JSON escaping (printable ASCII without `"` or `\\`).
#[inline]
fn plain(s: &str) -> bool {
    s.bytes()
        .all(|b| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\')
}

/// `"00"` to `"99"`, for writing numbers two digits at a time.
const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// The decimal digits of `v`, two at a time, at the end of `buf`; returns where they start.
#[inline]
fn digits(buf: &mut [u8; 20], mut v: usize) -> usize {
    let mut i = buf.len();
    while v >= 100 {
        let d = (v % 100) * 2;
        v /= 100;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[d..d + 2]);
    }
    if v >= 10 {
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[v * 2..v * 2 + 2]);
    } else {
        i -= 1;
        buf[i] = b'0' + v as u8;
    }
    i
}

/// Writes an unsigned integer in decimal.
#[inline]
pub(crate) fn write_uint<W: Write + ?Sized>(w: &mut W, v: usize) -> io::Result<()> {
    let mut buf = [0u8; 20];
    let i = digits(&mut buf, v);
    w.write_all(&buf[i..])
}

/// One small array item (a token, a sentence, a stem) assembled on the stack and handed to
/// the writer in one `write_all`: the three biggest lists of a document are written with
/// one copy per item instead of six to eight small ones.
struct Item {
    buf: [u8; Item::CAP],
    len: usize,
}

impl Item {
    const CAP: usize = 128;
    /// Room a caller must leave for `{"start":S,"end":E` with two 20-digit numbers.
    const SPAN_ROOM: usize = 56;

    #[inline]
    fn new() -> Item {
        Item {
            buf: [0; Item::CAP],
            len: 0,
        }
    }
    /// Appends `b`; the caller keeps the total within `CAP` (checked in debug builds,
    /// truncated rather than overflowing in release).
    #[inline]
    fn push(&mut self, b: &[u8]) {
        debug_assert!(self.len + b.len() <= Item::CAP);
        let n = b.len().min(Item::CAP - self.len);
        self.buf[self.len..self.len + n].copy_from_slice(&b[..n]);
        self.len += n;
    }
    #[inline]
    fn uint(&mut self, v: usize) {
        let mut buf = [0u8; 20];
        let i = digits(&mut buf, v);
        self.push(&buf[i..]);
    }
    /// `{"start":S,"end":E` (no closing brace).
    #[inline]
    fn span(&mut self, (a, b): (usize, usize)) {
        self.push(b"{\"start\":");
        self.uint(a);
        self.push(b",\"end\":");
        self.uint(b);
    }
    #[inline]
    fn write<W: Write + ?Sized>(&self, w: &mut W) -> io::Result<()> {
        w.write_all(&self.buf[..self.len])
    }
}

/// Writes `"key":[item,item,...]` after `o`'s earlier fields, each item from `f`.
fn item_list<W: Write + ?Sized, I: IntoIterator>(
    o: &mut Obj<'_, W>,
    k: &str,
    items: I,
    mut f: impl FnMut(&mut W, I::Item) -> io::Result<()>,
) -> io::Result<()> {
    let w = o.key(k)?;
    w.write_all(b"[")?;
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        f(w, item)?;
    }
    w.write_all(b"]")
}

/// Writes any JSON value.
pub(crate) fn write_value<W: Write + ?Sized>(w: &mut W, v: &Value) -> io::Result<()> {
    serde_json::to_writer(&mut *w, v).map_err(io::Error::other)
}

/// Writes an `f32` in its shortest form (`0.3`, not `0.30000001192092896`); non-finite
/// values become `null`.
pub(crate) fn write_f32<W: Write + ?Sized>(w: &mut W, x: f32) -> io::Result<()> {
    if x.is_finite() {
        write!(w, "{x}")
    } else {
        w.write_all(b"null")
    }
}

/// A JSON object being written field by field, keys in the order they are given.
pub(crate) struct Obj<'w, W: Write + ?Sized> {
    w: &'w mut W,
    first: bool,
}

impl<'w, W: Write + ?Sized> Obj<'w, W> {
    pub fn open(w: &'w mut W) -> io::Result<Obj<'w, W>> {
        w.write_all(b"{")?;
        Ok(Obj { w, first: true })
    }

    /// Writes the key (and separator) and hands back the writer for the value.
    pub fn key(&mut self, k: &str) -> io::Result<&mut W> {
        if !self.first {
            self.w.write_all(b",")?;
        }
        self.first = false;
        write_str(self.w, k)?;
        self.w.write_all(b":")?;
        Ok(self.w)
    }

    /// An unsigned integer, formatted without the `fmt` machinery.
    pub fn uint(&mut self, k: &str, v: usize) -> io::Result<()> {
        let w = self.key(k)?;
        write_uint(w, v)
    }

    pub fn str(&mut self, k: &str, v: &str) -> io::Result<()> {
        let w = self.key(k)?;
        write_str(w, v)
    }

    pub fn opt_str(&mut self, k: &str, v: Option<&str>) -> io::Result<()> {
        match v {
            Some(v) => self.str(k, v),
            None => self.null(k),
        }
    }

    pub fn num(&mut self, k: &str, v: impl std::fmt::Display) -> io::Result<()> {
        let w = self.key(k)?;
        write!(w, "{v}")
    }

    pub fn opt_num(&mut self, k: &str, v: Option<impl std::fmt::Display>) -> io::Result<()> {
        match v {
            Some(v) => self.num(k, v),
            None => self.null(k),
        }
    }

    pub fn f32(&mut self, k: &str, v: f32) -> io::Result<()> {
        let w = self.key(k)?;
        write_f32(w, v)
    }

    pub fn bool(&mut self, k: &str, v: bool) -> io::Result<()> {
        let w = self.key(k)?;
        w.write_all(if v { b"true" } else { b"false" })
    }

    pub fn null(&mut self, k: &str) -> io::Result<()> {
        let w = self.key(k)?;
        w.write_all(b"null")
    }

    pub fn value(&mut self, k: &str, v: &Value) -> io::Result<()> {
        let w = self.key(k)?;
        write_value(w, v)
    }

    /// `"start":S,"end":E` in the output unit.
    pub fn span(&mut self, conv: &Conv<'_>, s: Span) -> io::Result<()> {
        let (a, b) = conv.span(s);
        // The hottest path of every writer: the keys as one literal each.
        self.w.write_all(if self.first {
            b"\"start\":"
        } else {
            b",\"start\":"
        })?;
        self.first = false;
        write_uint(self.w, a)?;
        self.w.write_all(b",\"end\":")?;
        write_uint(self.w, b)
    }

    /// A nested object `{"start","end"}` (or `null`).
    pub fn span_obj(&mut self, k: &str, conv: &Conv<'_>, s: Option<Span>) -> io::Result<()> {
        let w = self.key(k)?;
        match s {
            Some(s) => {
                let mut o = Obj::open(w)?;
                o.span(conv, s)?;
                o.close()
            }
            None => w.write_all(b"null"),
        }
    }

    /// An array under `k`, each item written by `f` as an object.
    pub fn list<T>(
        &mut self,
        k: &str,
        items: &[T],
        mut f: impl FnMut(&mut Obj<'_, W>, &T) -> io::Result<()>,
    ) -> io::Result<()> {
        item_list(self, k, items, |w, item| {
            let mut o = Obj::open(w)?;
            f(&mut o, item)?;
            o.close()
        })
    }

    /// A nested object under `k`, written by `f`.
    pub fn obj(
        &mut self,
        k: &str,
        f: impl FnOnce(&mut Obj<'_, W>) -> io::Result<()>,
    ) -> io::Result<()> {
        let w = self.key(k)?;
        let mut o = Obj::open(w)?;
        f(&mut o)?;
        o.close()
    }

    pub fn close(self) -> io::Result<()> {
        self.w.write_all(b"}")
    }
}

fn kind_name(k: TokenKind) -> &'static str {
    match k {
        TokenKind::Word => "word",
        TokenKind::Number => "number",
        TokenKind::Punct => "punct",
        TokenKind::Symbol => "symbol",
        TokenKind::Url => "url",
        TokenKind::Email => "email",
        TokenKind::Handle => "handle",
        TokenKind::Hashtag => "hashtag",
        TokenKind::Emoji => "emoji",
        TokenKind::Other => "other",
    }
}

pub(crate) fn quote_kind_name(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "indirect",
        QuoteKind::Turn => "turn",
        QuoteKind::Scare => "scare",
    }
}

pub(crate) fn polarity_name(p: Polarity) -> &'static str {
    match p {
        Polarity::Negative => "negative",
        Polarity::Neutral => "neutral",
        Polarity::Positive => "positive",
    }
}

fn score_fields<W: Write + ?Sized>(o: &mut Obj<'_, W>, s: &Score) -> io::Result<()> {
    o.f32("compound", s.compound)?;
    o.f32("positive", s.positive)?;
    o.f32("negative", s.negative)?;
    o.f32("neutral", s.neutral)
}

/// The output key of an extension layer.
pub fn extension_key(name: &str) -> String {
    if RESERVED_KEYS.contains(&name) {
        format!("ext.{name}")
    } else {
        name.to_string()
    }
}

/// Writes `doc` as one compact `strata/1` JSON object (no trailing newline), streaming
/// straight from the document with no intermediate `Value`. Key order is fixed: `schema`,
/// `id`, `offsets`, `meta` (if non-empty), `text`, the layers present in
/// [`Document::layers`] order, `diagnostics` (if any).
pub fn write_json<W: Write + ?Sized>(
    doc: &Document,
    unit: OffsetUnit,
    w: &mut W,
) -> io::Result<()> {
    let text = doc.text();
    let conv = Conv::new(text, unit);
    let mut o = Obj::open(w)?;
    o.str("schema", SCHEMA)?;
    o.str("id", doc.id())?;
    o.str("offsets", unit.name())?;
    if !doc.meta.is_empty() {
        let w = o.key("meta")?;
        serde_json::to_writer(&mut *w, &doc.meta).map_err(io::Error::other)?;
    }
    o.str("text", text)?;
    if let Some(tokens) = &doc.tokens {
        item_list(&mut o, "tokens", tokens, |w, tok| {
            let mut item = Item::new();
            item.span(conv.span(tok.span));
            item.push(b",\"kind\":\"");
            item.push(kind_name(tok.kind).as_bytes());
            item.push(b"\"}");
            item.write(w)
        })?;
    }
    if let Some(sentences) = &doc.sentences {
        item_list(&mut o, "sentences", sentences, |w, s| {
            let mut item = Item::new();
            item.span(conv.span(s.span));
            item.push(b"}");
            item.write(w)
        })?;
    }
    if let Some(lang) = &doc.language {
        o.obj("language", |l| {
            l.str("code", &lang.code)?;
            l.str("name", &lang.name)?;
            l.opt_str("script", lang.script.as_deref())?;
            l.num("confidence", format_f64(lang.confidence))?;
            l.bool("reliable", lang.reliable)
        })?;
    }
    if let Some(stems) = &doc.stems {
        item_list(&mut o, "stems", stems.iter(), |w, s| {
            let mut item = Item::new();
            item.span(conv.span(s.span));
            item.push(b",\"stem\":");
            // what follows the span: `,"stem":"` + the stem + `"}`
            let room = Item::CAP - Item::SPAN_ROOM - br#","stem":""}"#.len();
            if s.stem.len() <= room && plain(s.stem) {
                item.push(b"\"");
                item.push(s.stem.as_bytes());
                item.push(b"\"}");
                item.write(w)
            } else {
                item.write(w)?;
                write_str(w, s.stem)?;
                w.write_all(b"}")
            }
        })?;
    }
    if let Some(entities) = &doc.entities {
        o.list("entities", entities, |t, e| {
            t.span(&conv, e.span)?;
            t.str("label", &e.label)?;
            t.str("text", covered(text, e.span))?;
            t.str("source", &e.source)?;
            if let Some(c) = &e.canonical {
                t.str("canonical", c)?;
            }
            if let Some(c) = e.confidence {
                t.f32("confidence", c)?;
            }
            Ok(())
        })?;
    }
    if let Some(clusters) = &doc.clusters {
        o.list("clusters", clusters, |t, c| {
            t.num("id", c.id)?;
            t.str("canonical", &c.canonical)?;
            t.str("label", &c.label)?;
            let w = t.key("titles")?;
            serde_json::to_writer(&mut *w, &c.titles).map_err(io::Error::other)?;
            t.list("mentions", &c.mentions, |m, men| {
                m.span(&conv, men.span)?;
                m.str(
                    "kind",
                    match men.kind {
                        strata_core::MentionKind::Name => "name",
                        strata_core::MentionKind::Nominal => "nominal",
                        strata_core::MentionKind::Pronoun => "pronoun",
                    },
                )?;
                if let Some(e) = men.entity {
                    m.num("entity", e)?;
                }
                Ok(())
            })
        })?;
    }
    if let Some(quotes) = &doc.quotes {
        o.list("quotes", quotes, |t, q| {
            t.str("kind", quote_kind_name(q.kind))?;
            t.span(&conv, q.span)?;
            match &q.speaker {
                Some(sp) => t.obj("speaker", |s| {
                    s.opt_str("name", sp.name.as_deref())?;
                    let (a, b) = match sp.span {
                        Some(span) => {
                            let (a, b) = conv.span(span);
                            (Some(a), Some(b))
                        }
                        None => (None, None),
                    };
                    s.opt_num("start", a)?;
                    s.opt_num("end", b)?;
                    s.opt_num("cluster", sp.cluster)
                })?,
                None => t.null("speaker")?,
            }
            t.span_obj("cue", &conv, q.cue)?;
            t.opt_str("sieve", q.sieve.as_deref())?;
            t.f32("confidence", q.confidence)?;
            if let Some(u) = q.utterance {
                t.num("utterance", u)?;
            }
            if let Some(r) = &q.role {
                t.str("role", r)?;
            }
            Ok(())
        })?;
    }
    if let Some(s) = &doc.sentiment {
        o.obj("sentiment", |o| {
            o.obj("document", |d| score_fields(d, &s.document))?;
            o.list("sentences", &s.sentences, |t, ss| {
                t.span(&conv, ss.span)?;
                score_fields(t, &ss.score)
            })?;
            o.list("quotes", &s.quotes, |t, ss| {
                t.span(&conv, ss.span)?;
                score_fields(t, &ss.score)
            })?;
            o.list("speakers", &s.speakers, |t, sp| {
                t.str("speaker", &sp.speaker)?;
                t.opt_num("cluster", sp.cluster)?;
                t.num("quotes", sp.quotes)?;
                score_fields(t, &sp.score)
            })?;
            o.list("targets", &s.targets, |t, ts| {
                t.str("name", &ts.name)?;
                t.opt_num("cluster", ts.cluster)?;
                if let Some(span) = ts.span {
                    t.span(&conv, span)?;
                }
                t.str("polarity", polarity_name(ts.polarity))?;
                t.f32("score", ts.score)?;
                t.list("evidence", &ts.evidence, |e, span| e.span(&conv, *span))
            })
        })?;
    }
    for (name, layer) in &doc.extensions {
        o.list(&extension_key(name), &layer.spans, |t, s| {
            t.span(&conv, s.span)?;
            t.str("label", &s.label)?;
            for (k, v) in &s.attrs {
                // Attributes never overwrite the span's own keys.
                if !matches!(k.as_str(), "start" | "end" | "label") {
                    t.value(k, v)?;
                }
            }
            Ok(())
        })?;
    }
    if !doc.diagnostics.is_empty() {
        o.list("diagnostics", &doc.diagnostics, |t, d| {
            t.str(
                "severity",
                match d.severity {
                    strata_core::Severity::Info => "info",
                    strata_core::Severity::Warning => "warning",
                },
            )?;
            t.str("source", &d.source)?;
            t.str("code", &d.code)?;
            t.str("message", &d.message)?;
            if let Some(span) = d.span {
                t.span(&conv, span)?;
            }
            Ok(())
        })?;
    }
    o.close()
}

/// An f64 as JSON text (`null` when not finite).
fn format_f64(x: f64) -> String {
    if x.is_finite() {
        format!("{x}")
    } else {
        "null".to_string()
    }
}

/// The `strata/1` output record of `doc` as a `Value` (see [`write_json`] for the
/// layout; a `Value`'s keys are sorted, the streamed form keeps the documented order).
pub fn to_json(doc: &Document, unit: OffsetUnit) -> Value {
    let mut buf = Vec::new();
    match write_json(doc, unit, &mut buf) {
        // Writing to a Vec cannot fail and the writer emits valid JSON.
        Ok(()) => serde_json::from_slice(&buf).unwrap_or(Value::Null),
        Err(_) => Value::Null,
    }
}

/// The output record of an input that could not be read:
/// `{"schema","id","error":{"source","message"}}`.
pub fn error_json(e: &ErrorRecord) -> Value {
    json!({
        "schema": SCHEMA,
        "id": e.id,
        "error": {"source": e.source, "message": e.message},
    })
}

/// Writes an error record as compact JSON in the documented key order.
pub fn write_error_json<W: Write + ?Sized>(e: &ErrorRecord, w: &mut W) -> io::Result<()> {
    let mut o = Obj::open(w)?;
    o.str("schema", SCHEMA)?;
    o.str("id", &e.id)?;
    o.obj("error", |x| {
        x.str("source", &e.source)?;
        x.str("message", &e.message)
    })?;
    o.close()
}

/// `doc` in the gold format of `data/eval/README.md`, so the shared scorer reads our
/// predictions: code-point offsets; `tokens` and `sentences` as `[start, end]` pairs;
/// `entities` `{start,end,label}`; `quotes` with flat speaker and cue offsets (scare
/// quotes are left out: the gold sets annotate statements only); `sentiment` as the
/// document compound on the `-1..1` scale; `targets` from the targeted sentiment that
/// carries a span. Only layers present on the document are written. See [`write_gold`]
/// for the streamed form.
pub fn to_gold(doc: &Document) -> Value {
    let mut buf = Vec::new();
    match write_gold(doc, &mut buf) {
        Ok(()) => serde_json::from_slice(&buf).unwrap_or(Value::Null),
        Err(_) => Value::Null,
    }
}

/// Writes [`to_gold`]'s record as compact JSON straight from the document (keys in the
/// order `id`, `text`, `tokens`, `sentences`, `entities`, `quotes`, `sentiment`,
/// `targets`).
pub fn write_gold<W: Write + ?Sized>(doc: &Document, w: &mut W) -> io::Result<()> {
    let text = doc.text();
    let conv = Conv::new(text, OffsetUnit::Char);
    let mut o = Obj::open(w)?;
    o.str("id", doc.id())?;
    o.str("text", text)?;
    let pairs = |o: &mut Obj<'_, W>, k: &str, spans: &mut dyn Iterator<Item = Span>| {
        let w = o.key(k)?;
        w.write_all(b"[")?;
        for (i, s) in spans.enumerate() {
            w.write_all(if i > 0 { b",[" } else { b"[" })?;
            let (a, b) = conv.span(s);
            write_uint(w, a)?;
            w.write_all(b",")?;
            write_uint(w, b)?;
            w.write_all(b"]")?;
        }
        w.write_all(b"]")
    };
    if let Some(tokens) = &doc.tokens {
        pairs(&mut o, "tokens", &mut tokens.iter().map(|t| t.span))?;
    }
    if let Some(sentences) = &doc.sentences {
        pairs(&mut o, "sentences", &mut sentences.iter().map(|s| s.span))?;
    }
    if let Some(entities) = &doc.entities {
        o.list("entities", entities, |t, e| {
            t.span(&conv, e.span)?;
            t.str("label", &e.label)
        })?;
    }
    if let Some(quotes) = &doc.quotes {
        let statements: Vec<&strata_core::Quote> = quotes
            .iter()
            .filter(|q| q.kind != QuoteKind::Scare)
            .collect();
        o.list("quotes", &statements, |t, q| {
            t.span(&conv, q.span)?;
            t.bool(
                "direct",
                matches!(q.kind, QuoteKind::Direct | QuoteKind::Turn),
            )?;
            t.str("kind", quote_kind_name(q.kind))?;
            let sp = q.speaker.as_ref();
            t.opt_str("speaker", sp.and_then(|s| s.name.as_deref()))?;
            let sp_span = sp.and_then(|s| s.span).map(|s| conv.span(s));
            t.opt_num("speaker_start", sp_span.map(|s| s.0))?;
            t.opt_num("speaker_end", sp_span.map(|s| s.1))?;
            let cue = q.cue.map(|s| conv.span(s));
            t.opt_num("cue_start", cue.map(|s| s.0))?;
            t.opt_num("cue_end", cue.map(|s| s.1))
        })?;
    }
    if let Some(s) = &doc.sentiment {
        o.obj("sentiment", |x| {
            x.f32("score", s.document.compound)?;
            x.str("scale", "-1..1")
        })?;
        let targets: Vec<(Span, Polarity)> = s
            .targets
            .iter()
            .filter_map(|t| Some((t.span?, t.polarity)))
            .collect();
        if !targets.is_empty() || doc.targets.is_some() {
            o.list("targets", &targets, |t, (span, pol)| {
                t.span(&conv, *span)?;
                t.str("polarity", polarity_name(*pol))
            })?;
        }
    }
    o.close()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_written_as_decimal() {
        for v in [
            0,
            7,
            9,
            10,
            42,
            99,
            100,
            101,
            999,
            1000,
            65_535,
            1_234_567,
            usize::MAX,
        ] {
            let mut out = Vec::new();
            write_uint(&mut out, v).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), v.to_string());
        }
    }

    #[test]
    fn strings_are_escaped_only_when_needed() {
        for s in [
            "plain",
            "",
            "quote \" here",
            "back\\slash",
            "tab\there",
            "“curly”",
            "\u{7f}",
        ] {
            let mut out = Vec::new();
            write_str(&mut out, s).unwrap();
            let back: String = serde_json::from_slice(&out).unwrap();
            assert_eq!(back, s);
        }
    }
}
