//! The model: BILOU tags over coarse entity types, a weight table, greedy decoding, and
//! the binary format.

use std::io::{self, Write};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::fast::WordCache;
use crate::features;
#[cfg(test)]
use crate::features::SentenceInfo;

/// Version of the feature templates and gazetteer classes. A model trained with other
/// templates is refused at load time instead of tagging nonsense.
pub(crate) const FEATURES_VERSION: u16 = 3;
const MAGIC: &[u8; 8] = b"STRATAPT";
const FORMAT_VERSION: u16 = 3;

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ModelError {
    #[error("not a strata tagger model (bad magic bytes)")]
    BadMagic,
    #[error("model format version {0} is not supported (expected {FORMAT_VERSION})")]
    Version(u16),
    #[error(
        "model was trained with feature templates v{0}, this build uses v{FEATURES_VERSION}; retrain it"
    )]
    Features(u16),
    #[error("model file is truncated or corrupt: {0}")]
    Corrupt(&'static str),
}

/// Tag layout: 0 is `O`; type `k` has `B = 1 + 4k`, `I = 2 + 4k`, `L = 3 + 4k`,
/// `U = 4 + 4k`.
pub(crate) const O: u8 = 0;
pub(crate) const B: u8 = 0;
pub(crate) const I: u8 = 1;
pub(crate) const L: u8 = 2;
pub(crate) const U: u8 = 3;

#[inline]
pub(crate) fn tag(ty: usize, part: u8) -> u8 {
    1 + 4 * ty as u8 + part
}

#[inline]
pub(crate) fn tag_type(t: u8) -> Option<usize> {
    if t == O {
        None
    } else {
        Some(((t - 1) / 4) as usize)
    }
}

#[inline]
pub(crate) fn tag_part(t: u8) -> u8 {
    (t - 1) % 4
}

/// Is tag `t` allowed after `prev`, given whether the next token can continue a name
/// and whether this token is a connector ("of", "and"), which never begins or ends one?
#[inline]
pub(crate) fn allowed(prev: u8, t: u8, next_cand: bool, conn: bool) -> bool {
    let open = prev != O && matches!(tag_part(prev), B | I);
    if conn {
        return if open {
            tag_type(t) == tag_type(prev) && t != O && tag_part(t) == I && next_cand
        } else {
            t == O
        };
    }
    if open {
        if t == O || tag_type(t) != tag_type(prev) {
            return false;
        }
        match tag_part(t) {
            I => next_cand,
            L => true,
            _ => false,
        }
    } else {
        if t == O {
            return true;
        }
        match tag_part(t) {
            B => next_cand,
            U => true,
            _ => false,
        }
    }
}

/// The best allowed tag for the scores.
#[inline]
pub(crate) fn best_tag<S: Copy + PartialOrd>(
    scores: &[S],
    prev: u8,
    next_cand: bool,
    conn: bool,
) -> u8 {
    let mut best = O;
    let mut best_s = scores[0];
    for (t, &s) in scores.iter().enumerate().skip(1) {
        if s > best_s && allowed(prev, t as u8, next_cand, conn) {
            best = t as u8;
            best_s = s;
        }
    }
    if !allowed(prev, best, next_cand, conn) {
        // Only reached when `O` is not allowed (an open name): close or continue it.
        let ty = tag_type(prev).unwrap_or(0);
        let (i, l) = (tag(ty, I), tag(ty, L));
        best = if next_cand && (conn || scores[i as usize] > scores[l as usize]) {
            i
        } else {
            l
        };
    }
    best
}

/// [`best_tag`] with the allowed tags other than `O` listed in `allowed` in increasing
/// order (`Model::allowed`) and as the bit mask `mask` (`allowed_masks`): the same
/// choice, looking only at the tags that can follow (two inside a name, nine outside one
/// with four types) instead of testing the constraints tag by tag.
#[inline]
pub(crate) fn best_tag_masked(
    scores: &[i32],
    allowed: &[u8],
    mask: u64,
    prev: u8,
    next_cand: bool,
    conn: bool,
) -> u8 {
    let mut best = O;
    let mut best_s = scores.first().copied().unwrap_or(0);
    for &t in allowed {
        let s = scores.get(t as usize).copied().unwrap_or(i32::MIN);
        if s > best_s {
            best = t;
            best_s = s;
        }
    }
    fix_disallowed(scores, best, mask, prev, next_cand, conn)
}

/// `best` when it is allowed; otherwise (only `O` can be chosen and not be allowed: an
/// open name) the name is closed or continued.
#[inline]
fn fix_disallowed(
    scores: &[i32],
    best: u8,
    mask: u64,
    prev: u8,
    next_cand: bool,
    conn: bool,
) -> u8 {
    if mask >> best & 1 != 0 {
        return best;
    }
    let ty = tag_type(prev).unwrap_or(0);
    let (i, l) = (tag(ty, I), tag(ty, L));
    let (si, sl) = (scores.get(i as usize), scores.get(l as usize));
    if next_cand && (conn || si > sl) { i } else { l }
}

/// For each previous tag, next-candidate flag and connector flag (index
/// `prev * 4 + next_cand * 2 + conn`), the tags [`allowed`] after it, as bits.
fn allowed_masks(n_tags: usize) -> Vec<u64> {
    let mut masks = vec![0u64; n_tags * 4];
    for prev in 0..n_tags {
        for k in 0..4 {
            let (next_cand, conn) = (k & 2 != 0, k & 1 != 0);
            for t in 0..n_tags.min(64) {
                if allowed(prev as u8, t as u8, next_cand, conn) {
                    masks[prev * 4 + k] |= 1 << t;
                }
            }
        }
    }
    masks
}

/// Turns a BILOU tag sequence into `(start, end, type)` token ranges.
pub(crate) fn spans_of(tags: &[u8], out: &mut Vec<(usize, usize, usize)>) {
    let mut start = None;
    for (i, &t) in tags.iter().enumerate() {
        let Some(ty) = tag_type(t) else {
            start = None;
            continue;
        };
        match tag_part(t) {
            B => start = Some((i, ty)),
            I => {}
            L => {
                if let Some((s, sty)) = start.take()
                    && sty == ty
                {
                    out.push((s, i + 1, ty));
                }
            }
            _ => {
                start = None;
                out.push((i, i + 1, ty));
            }
        }
    }
}

/// The weights of the shipped form of a model: an open-addressing table from feature id
/// to a row of quantised weights (one per tag).
///
/// A slot packs the feature id and its row index in one `u64`, so finding a feature
/// touches one cache line. [`Table::add`] looks up all features of a word in three passes
/// (gather first slots, resolve probes, gather rows) so that the memory loads of one pass
/// are independent of each other and overlap, instead of waiting on one another behind
/// unpredictable branches: tagging is bound by memory latency, not arithmetic.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Table {
    n_tags: usize,
    mask: usize,
    /// `key << 32 | row`; key 0 marks an empty slot.
    slots: Vec<u64>,
    /// Rows of `n_tags + 1` bytes: a header, then one weight per tag; the weight of tag
    /// `t` is `row[1 + t] << shift` with `shift = row[0] & 15`: 8 bits of precision
    /// relative to the row's largest weight, which halves the memory a lookup touches
    /// compared with 16-bit weights. Heavy rows (shift > 2) need more precision: header
    /// bit 4 says that the next row holds the remainder, and the row index counts it as a
    /// row of its own.
    rows: Vec<i8>,
    /// The rows decoded once at load time (`n_tags` weights per row index, a remainder
    /// row already added in): scoring is then plain integer adds that the compiler
    /// vectorises, which costs fewer instructions than decoding the bytes on every lookup.
    /// Kept as `i16` when every decoded weight fits (the shipped model's do), which halves
    /// the memory a lookup touches (the table is larger than the caches, and tagging is
    /// bound by their misses); otherwise as `i32` in `dense32` (and `dense` is empty).
    dense: Vec<i16>,
    dense32: Vec<i32>,
}

const NO_ROW: u32 = u32::MAX;
/// Row header bit: the next row holds the remainder of this one.
const RESIDUAL: i8 = 16;

impl Table {
    /// Builds the table from distinct non-zero keys and the row index of each (rows as in
    /// [`Table::rows`]).
    pub(crate) fn new(n_tags: usize, keys: &[u32], row_of: &[u32], rows: Vec<i8>) -> Table {
        let cap = (keys.len() + keys.len() / 3).next_power_of_two().max(16);
        let mut t = Table {
            n_tags,
            mask: cap - 1,
            slots: vec![0; cap],
            dense: Vec::new(),
            dense32: decode_rows(n_tags, &rows),
            rows,
        };
        if t.dense32.iter().all(|&w| i16::try_from(w).is_ok()) {
            t.dense = t.dense32.iter().map(|&w| w as i16).collect();
            t.dense32 = Vec::new();
        }
        for (&k, &r) in keys.iter().zip(row_of) {
            let mut s = k as usize & t.mask;
            while t.slots[s] != 0 {
                s = (s + 1) & t.mask;
            }
            t.slots[s] = (k as u64) << 32 | r as u64;
        }
        t
    }

    /// Row index of `key`, probing on from slot `s` whose content is `slot`.
    #[inline]
    fn resolve(&self, key: u32, mut s: usize, mut slot: u64) -> u32 {
        loop {
            let k = (slot >> 32) as u32;
            if k == key {
                return slot as u32;
            }
            if slot == 0 {
                return NO_ROW;
            }
            s = (s + 1) & self.mask;
            slot = self.slots[s];
        }
    }

    #[inline]
    fn add_row(&self, r: u64, out: &mut [i32]) {
        if r as u32 == NO_ROW {
            return;
        }
        let nt = self.n_tags;
        let r = r as usize * nt;
        if self.dense32.is_empty() {
            if let Some(row) = self.dense.get(r..r + nt) {
                crate::fast::add_row(out, row);
            }
        } else if let Some(row) = self.dense32.get(r..r + nt) {
            crate::fast::add_row(out, row);
        }
    }

    /// Are the decoded rows kept as `i16` (see [`Table::dense`])?
    #[cfg(test)]
    pub(crate) fn compact(&self) -> bool {
        self.dense32.is_empty()
    }

    /// Adds the rows of `feats` into `scores`; `buf` is scratch space.
    #[inline]
    pub(crate) fn add(&self, feats: &[u32], scores: &mut [i32], buf: &mut Vec<u64>) {
        buf.clear();
        buf.extend(feats.iter().map(|&f| self.slots[f as usize & self.mask]));
        for (&f, slot) in feats.iter().zip(buf.iter_mut()) {
            *slot = self.resolve(f, f as usize & self.mask, *slot) as u64;
        }
        for &r in buf.iter() {
            self.add_row(r, scores);
        }
    }

    /// Number of features.
    pub(crate) fn len(&self) -> usize {
        self.slots.iter().filter(|s| **s != 0).count()
    }

    /// Keys and rows (with the remainder row, if any) in row order (for saving).
    fn sorted(&self) -> Vec<(u32, &[i8])> {
        let stride = self.n_tags + 1;
        let mut v: Vec<(u32, &[i8])> = self
            .slots
            .iter()
            .filter(|s| **s != 0)
            .map(|&s| {
                let r = (s as u32) as usize * stride;
                let len = if self.rows[r] & RESIDUAL != 0 {
                    2 * stride
                } else {
                    stride
                };
                ((s >> 32) as u32, &self.rows[r..r + len])
            })
            .collect();
        v.sort_unstable_by_key(|e| e.1.as_ptr() as usize);
        v
    }
}

/// Features whose decoded weights are all below this in absolute value are dropped at the
/// end of training (quantised weights are scaled so that the largest is 127 << 7). A perceptron's averaged weights are integers of about one per update; the
/// median feature's largest weight is 12 in `builtin:news-en`, and dropping those below 10
/// (about 40% of its features) leaves the end-to-end scores unchanged (see the README)
/// while the table fits the caches better (tagging is bound by their misses).
pub(crate) const PRUNE_BELOW: i32 = 10;

/// Drops the features whose largest decoded weight is below `min` in absolute value
/// (a remainder row stays with its row); returns the kept keys, their row indices and rows.
pub(crate) fn prune(
    n_tags: usize,
    keys: &[u32],
    row_of: &[u32],
    rows: &[i8],
    min: i32,
) -> (Vec<u32>, Vec<u32>, Vec<i8>) {
    let stride = n_tags + 1;
    let mut kept = (Vec::new(), Vec::new(), Vec::with_capacity(rows.len()));
    let mut w = vec![0i32; n_tags];
    for (&k, &r) in keys.iter().zip(row_of) {
        let base = r as usize * stride;
        let Some(row) = rows.get(base..base + stride) else {
            continue;
        };
        let len = if row[0] & RESIDUAL != 0 {
            2 * stride
        } else {
            stride
        };
        let Some(all) = rows.get(base..base + len) else {
            continue;
        };
        w.iter_mut().for_each(|x| *x = 0);
        add_shifted(row, &mut w);
        if len > stride {
            add_shifted(&all[stride..], &mut w);
        }
        if w.iter().all(|x| x.abs() < min) {
            continue;
        }
        kept.0.push(k);
        kept.1.push((kept.2.len() / stride) as u32);
        kept.2.extend_from_slice(all);
    }
    kept
}

/// Decodes quantised rows to `n_tags` weights per row index, adding a remainder row into
/// the row before it.
fn decode_rows(n_tags: usize, rows: &[i8]) -> Vec<i32> {
    let stride = n_tags + 1;
    let n = rows.len() / stride;
    let mut dense = vec![0i32; n * n_tags];
    for (i, row) in rows.chunks_exact(stride).enumerate() {
        let out = &mut dense[i * n_tags..(i + 1) * n_tags];
        add_shifted(row, out);
        if row[0] & RESIDUAL != 0
            && let Some(rest) = rows.get((i + 1) * stride..(i + 2) * stride)
        {
            add_shifted(rest, out);
        }
    }
    dense
}

/// Adds one quantised row (header byte, then weights) into `out`.
#[inline]
fn add_shifted(row: &[i8], out: &mut [i32]) {
    let shift = row[0] as u32 & 15;
    if let Ok(row) = <&[i8; 18]>::try_from(row)
        && let Ok(out) = <&mut [i32; 17]>::try_from(&mut *out)
    {
        for (s, &w) in out.iter_mut().zip(&row[1..]) {
            *s += (w as i32) << shift;
        }
        return;
    }
    for (s, &w) in out.iter_mut().zip(&row[1..]) {
        *s += (w as i32) << shift;
    }
}

/// A trained tagger: coarse entity types, quantised weights, and a description of how it
/// was trained.
#[derive(Clone, Debug)]
pub struct Model {
    pub(crate) types: Vec<String>,
    pub(crate) table: Table,
    pub(crate) info: String,
    /// Identifies the weights for the word caches of [`Workspace`]s (unique per process).
    pub(crate) id: u64,
    /// The summed rows of the two previous-tag templates (30, 31) for every pair of
    /// previous tags: row `prev * n_tags + prev2`, `n_tags` weights each.
    pub(crate) tag_pairs: Vec<i32>,
    /// [`allowed_masks`] of the model's tags.
    pub(crate) masks: Vec<u64>,
    /// The same as lists of the allowed tags other than `O`, in increasing order.
    pub(crate) allowed: Vec<Vec<u8>>,
}

impl PartialEq for Model {
    fn eq(&self, other: &Model) -> bool {
        self.types == other.types && self.table == other.table && self.info == other.info
    }
}

/// One name found by [`Model::tag`]: a token range of the sentence and a coarse type
/// (`PER`, `ORG`, `LOC`, `MISC`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention<'m> {
    pub start: usize,
    pub end: usize,
    pub label: &'m str,
}

/// Reusable buffers for tagging, and a cache of what the model knows about each word type
/// (see `src/fast.rs`); one per thread of work. Reusing one across documents makes
/// tagging faster: frequent words are looked up once.
#[derive(Default)]
pub struct Workspace {
    pub(crate) cache: WordCache,
    tags: Vec<u8>,
    spans: Vec<(usize, usize, usize)>,
}

impl Model {
    /// A model from its parts, with the tables derived from the weights.
    pub(crate) fn new(types: Vec<String>, table: Table, info: String) -> Model {
        static NEXT_ID: AtomicU64 = AtomicU64::new(1);
        let nt = 1 + 4 * types.len();
        let mut tag_pairs = vec![0i32; nt * nt * nt];
        let mut buf = Vec::new();
        for prev in 0..nt {
            for prev2 in 0..nt {
                let feats = [
                    features::feat(30, prev as u64),
                    features::feat2(31, prev as u64, prev2 as u64),
                ];
                let at = (prev * nt + prev2) * nt;
                table.add(&feats, &mut tag_pairs[at..at + nt], &mut buf);
            }
        }
        let masks = allowed_masks(nt);
        Model {
            types,
            table,
            info,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            tag_pairs,
            allowed: masks
                .iter()
                .map(|&m| (1..nt.min(64) as u8).filter(|t| m >> t & 1 != 0).collect())
                .collect(),
            masks,
        }
    }

    /// The coarse entity types the model predicts.
    pub fn types(&self) -> &[String] {
        &self.types
    }

    /// How the model was trained (data, epochs, dev scores), as recorded by `train`.
    pub fn info(&self) -> &str {
        &self.info
    }

    /// Number of features with weights.
    pub fn n_features(&self) -> usize {
        self.table.len()
    }

    pub(crate) fn n_tags(&self) -> usize {
        1 + 4 * self.types.len()
    }

    /// Tags one sentence given as words; returns the names found.
    pub fn tag(&self, words: &[&str]) -> Vec<Mention<'_>> {
        let mut ws = Workspace::default();
        let mut out = Vec::new();
        self.tag_into(words, &mut ws, &mut out);
        out
    }

    /// Tags one sentence, reusing `ws`, appending to `out`.
    pub fn tag_into<'m>(&'m self, words: &[&str], ws: &mut Workspace, out: &mut Vec<Mention<'m>>) {
        ws.tags.clear();
        if !ws.cache.tag(self, words, &mut ws.tags) {
            return;
        }
        ws.spans.clear();
        spans_of(&ws.tags, &mut ws.spans);
        out.extend(ws.spans.iter().map(|&(start, end, ty)| Mention {
            start,
            end,
            label: &self.types[ty],
        }));
    }

    /// The names of one sentence of `n` words given by functions (see
    /// `WordCache::tag_with`), as `(start, end, type index)` word ranges.
    pub(crate) fn tag_spans_with<'w, 'ws>(
        &self,
        n: usize,
        flags: impl FnOnce(&mut Vec<u8>),
        bytes: impl Fn(usize) -> &'w [u8],
        word: impl Fn(usize) -> &'w str,
        ws: &'ws mut Workspace,
    ) -> &'ws [(usize, usize, usize)] {
        ws.tags.clear();
        ws.spans.clear();
        if ws.cache.tag_with(self, n, flags, bytes, word, &mut ws.tags) {
            spans_of(&ws.tags, &mut ws.spans);
        }
        &ws.spans
    }

    /// The tags of one sentence computed the plain way, feature by feature as in
    /// training: the reference that the cached fast path must equal.
    #[cfg(test)]
    pub(crate) fn tag_reference(&self, words: &[&str]) -> Vec<u8> {
        let nt = self.n_tags();
        let mut info = SentenceInfo::default();
        info.fill(words);
        let mut tags = Vec::new();
        let (mut feats, mut buf, mut scores) = (Vec::new(), Vec::new(), vec![0i32; nt]);
        let n = words.len();
        let (mut prev, mut prev2) = (O, O);
        for i in 0..n {
            let t = if info.is_candidate(i) {
                feats.clear();
                features::static_features(words, &info, i, &mut feats);
                features::tag_features(&info, i, prev, prev2, &mut feats);
                scores.iter_mut().for_each(|s| *s = 0);
                self.table.add(&feats, &mut scores, &mut buf);
                let next_cand = i + 1 < n && info.is_candidate(i + 1);
                best_tag(&scores, prev, next_cand, info.is_connector(i))
            } else {
                O
            };
            tags.push(t);
            prev2 = prev;
            prev = t;
        }
        tags
    }

    /// Writes the model in the compact binary format: a versioned header, then the
    /// feature ids (4 bytes each, in row order: training puts frequent features first so
    /// that their rows share cache lines) and each row as a header byte, a bit mask of
    /// non-zero tags and those weights.
    pub fn save<W: Write>(&self, mut w: W) -> io::Result<()> {
        let mut buf = Vec::with_capacity(self.table.len() * 12 + 1024);
        buf.extend_from_slice(MAGIC);
        buf.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        buf.extend_from_slice(&FEATURES_VERSION.to_le_bytes());
        buf.push(self.types.len() as u8);
        for t in &self.types {
            buf.push(t.len() as u8);
            buf.extend_from_slice(t.as_bytes());
        }
        put_varint(&mut buf, self.info.len() as u64);
        buf.extend_from_slice(self.info.as_bytes());
        let rows = self.table.sorted();
        put_varint(&mut buf, rows.len() as u64);
        for (k, _) in &rows {
            buf.extend_from_slice(&k.to_le_bytes());
        }
        for (_, rows) in &rows {
            for row in rows.chunks(self.n_tags() + 1) {
                buf.push(row[0] as u8);
                let row = &row[1..];
                let mask = row
                    .iter()
                    .enumerate()
                    .filter(|(_, v)| **v != 0)
                    .fold(0u64, |m, (i, _)| m | 1 << i);
                put_varint(&mut buf, mask);
                buf.extend(row.iter().filter(|v| **v != 0).map(|&v| v as u8));
            }
        }
        w.write_all(&buf)
    }

    /// Reads a model written by [`Model::save`]. Never panics on corrupt input.
    pub fn load(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { b: bytes, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let v = r.u16()?;
        if v != FORMAT_VERSION {
            return Err(ModelError::Version(v));
        }
        let fv = r.u16()?;
        if fv != FEATURES_VERSION {
            return Err(ModelError::Features(fv));
        }
        let n_types = r.byte()? as usize;
        if n_types == 0 || n_types > 15 {
            return Err(ModelError::Corrupt("number of entity types"));
        }
        let mut types = Vec::with_capacity(n_types);
        for _ in 0..n_types {
            let len = r.byte()? as usize;
            let s = std::str::from_utf8(r.take(len)?)
                .map_err(|_| ModelError::Corrupt("type name is not UTF-8"))?;
            types.push(s.to_string());
        }
        let info_len = r.varint()? as usize;
        let info = std::str::from_utf8(r.take(info_len)?)
            .map_err(|_| ModelError::Corrupt("info is not UTF-8"))?
            .to_string();
        let n_tags = 1 + 4 * n_types;
        let n = r.varint()? as usize;
        if n > bytes.len() {
            return Err(ModelError::Corrupt("feature count"));
        }
        let mut keys = Vec::with_capacity(n);
        for _ in 0..n {
            let b = r.take(4)?;
            let k = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            if k == 0 {
                return Err(ModelError::Corrupt("feature id 0"));
            }
            keys.push(k);
        }
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        if sorted.windows(2).any(|w| w[0] == w[1]) {
            return Err(ModelError::Corrupt("duplicate feature id"));
        }
        let stride = n_tags + 1;
        let mut rows = Vec::with_capacity(n * stride);
        let mut row_of = Vec::with_capacity(n);
        let mut read_row = |rows: &mut Vec<i8>, residual_ok: bool| -> Result<i8, ModelError> {
            let header = r.byte()? as i8;
            if header & !(15 | RESIDUAL) != 0 || (!residual_ok && header & RESIDUAL != 0) {
                return Err(ModelError::Corrupt("row header"));
            }
            rows.push(header);
            let mask = r.varint()?;
            if mask >> n_tags != 0 {
                return Err(ModelError::Corrupt("row mask"));
            }
            for t in 0..n_tags {
                let v = if mask & (1 << t) != 0 {
                    let v = r.byte()? as i8;
                    if v == 0 {
                        return Err(ModelError::Corrupt("zero weight marked non-zero"));
                    }
                    v
                } else {
                    0
                };
                rows.push(v);
            }
            Ok(header)
        };
        for _ in 0..n {
            row_of.push((rows.len() / stride) as u32);
            if read_row(&mut rows, true)? & RESIDUAL != 0 {
                read_row(&mut rows, false)?;
            }
        }
        if r.pos != bytes.len() {
            return Err(ModelError::Corrupt("trailing bytes"));
        }
        Ok(Model::new(
            types,
            Table::new(n_tags, &keys, &row_of, rows),
            info,
        ))
    }
}

fn put_varint(buf: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        buf.push((v as u8) | 0x80);
        v >>= 7;
    }
    buf.push(v as u8);
}

/// Quantises one row of weights, already scaled so the model's largest weight is about
/// 127 << 7, appending the row (and its remainder row for heavy rows; see [`Table`]).
pub(crate) fn quantise_row(row: &[f32], out: &mut Vec<i8>) {
    fn level(row: &[f32], out: &mut Vec<i8>) -> (u32, Vec<f32>) {
        let max = row.iter().fold(0f32, |m, w| m.max(w.abs()));
        let mut shift = 0u32;
        while shift < 14 && max / (1u32 << shift) as f32 > 127.0 {
            shift += 1;
        }
        out.push(shift as i8);
        let d = (1u32 << shift) as f32;
        let mut rest = Vec::with_capacity(row.len());
        for &w in row {
            let q = (w / d).round().clamp(-127.0, 127.0);
            out.push(q as i8);
            rest.push(w - q * d);
        }
        (shift, rest)
    }
    let at = out.len();
    let (shift, rest) = level(row, out);
    if shift > 2 && rest.iter().any(|r| r.round() != 0.0) {
        out[at] |= RESIDUAL;
        level(&rest, out);
    }
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.b.len())
            .ok_or(ModelError::Corrupt("unexpected end of file"))?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn byte(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, ModelError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ModelError::Corrupt("varint too long"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_kept_as_i16_when_they_fit() {
        let model = crate::plugin::builtin_model().unwrap();
        assert!(
            model.table.compact(),
            "the shipped model's weights fit in i16"
        );
        // Two rows of 17 tags: one small, one with a weight of 100 << 10 (> i16::MAX).
        let mut rows = [0i8; 36];
        rows[1] = 3;
        rows[18] = 10;
        rows[19] = 100;
        for (small, compact) in [(true, true), (false, false)] {
            let r = if small { &rows[..18] } else { &rows[..] };
            let keys: Vec<u32> = if small { vec![5] } else { vec![5, 9] };
            let row_of: Vec<u32> = (0..keys.len() as u32).collect();
            let t = Table::new(17, &keys, &row_of, r.to_vec());
            assert_eq!(t.compact(), compact);
            let mut out = vec![0i32; 17];
            t.add_row(0, &mut out);
            assert_eq!(out[0], 3);
            if !small {
                t.add_row(1, &mut out);
                assert_eq!(out[0], 3 + (100 << 10));
            }
        }
    }

    #[test]
    fn masked_choice_equals_the_plain_one() {
        let nt = 17;
        let masks = allowed_masks(nt);
        let mut x = 12345u64;
        for round in 0..2000 {
            let scores: Vec<i32> = (0..nt)
                .map(|_| {
                    x = x
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    // Few distinct values, so that ties happen.
                    ((x >> 33) % 7) as i32 - 3 + if round % 2 == 0 { 0 } else { i32::MIN / 2 }
                })
                .collect();
            for prev in 0..nt as u8 {
                for k in 0..4 {
                    let (cn, conn) = (k & 2 != 0, k & 1 != 0);
                    let m = masks[prev as usize * 4 + k];
                    let list: Vec<u8> = (1..nt as u8).filter(|t| m >> t & 1 != 0).collect();
                    assert_eq!(
                        best_tag_masked(&scores, &list, m, prev, cn, conn),
                        best_tag(&scores, prev, cn, conn),
                        "{scores:?} {prev} {cn} {conn}"
                    );
                }
            }
        }
    }

    #[test]
    fn bilou_constraints() {
        let (b_per, i_per, l_per, u_per) = (tag(0, B), tag(0, I), tag(0, L), tag(0, U));
        let b_org = tag(1, B);
        assert!(allowed(O, b_per, true, false));
        assert!(!allowed(O, b_per, false, false));
        assert!(!allowed(O, i_per, true, false));
        assert!(allowed(b_per, l_per, false, false));
        assert!(!allowed(b_per, O, true, false));
        assert!(!allowed(b_per, b_org, true, false));
        assert!(allowed(u_per, b_org, true, false));
        // Connectors only continue a name.
        assert!(allowed(b_per, i_per, true, true));
        assert!(!allowed(b_per, l_per, true, true));
        assert!(!allowed(O, b_per, true, true));
        assert!(allowed(O, O, true, true));
        let mut out = vec![];
        spans_of(&[O, b_per, i_per, l_per, u_per, O], &mut out);
        assert_eq!(out, [(1, 4, 0), (4, 5, 0)]);
    }

    #[test]
    fn corrupt_files_are_errors() {
        assert!(matches!(Model::load(b""), Err(ModelError::Corrupt(_))));
        assert!(matches!(
            Model::load(b"NOTAMODELxxxxxxxx"),
            Err(ModelError::BadMagic)
        ));
        let m = Model::new(
            vec!["PER".into()],
            Table::new(
                5,
                &[3, 9],
                &[0, 2],
                vec![
                    16 | 3,
                    1,
                    0,
                    -2,
                    0,
                    100,
                    0,
                    1,
                    0,
                    0,
                    0,
                    -3,
                    3,
                    0,
                    0,
                    0,
                    0,
                    -7,
                ],
            ),
            "test".into(),
        );
        let mut bytes = vec![];
        m.save(&mut bytes).unwrap();
        assert_eq!(Model::load(&bytes).unwrap(), m);
        for cut in 0..bytes.len() {
            assert!(Model::load(&bytes[..cut]).is_err());
        }
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(Model::load(&extra).is_err());
    }
}
