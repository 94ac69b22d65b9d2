//! Tagging with a word cache: the same scores as the feature-by-feature path of training
//! (`features::static_features` and `features::tag_features` summed over the weight
//! table), at a fraction of the cost.
//!
//! Most feature templates look at one word only: the word itself (its lowercase form,
//! affixes, shape, length), or one neighbour at a fixed offset. The sum of a word type's
//! rows for each such role is the same wherever the word occurs, so [`WordCache`] keeps,
//! per word type, its hashes, gazetteer classes and these summed rows (computed on first
//! need). A word pair gets two summed rows ([`WordCache::pair_row`]): the right word with
//! its left neighbour and the two templates pairing them, and the left word with its right
//! neighbour and the other two, since news repeats its names in the same company ("Prime
//! Minister", "Lu Mei"). Templates over shapes and gazetteer classes alone have few
//! distinct values and are cached by value: shapes get small ids so that a shape context
//! is one 64-bit key, and gazetteer classes index an array. The templates over the two
//! previous tags are summed per tag pair when the model loads (`Model::tag_pairs`), and
//! those of a previous tag with the word per word and tag. A scored word then costs about
//! eight row additions, read from 16-bit copies of the rows where the weights fit (the
//! caches are far larger than the CPU's first-level cache).
//!
//! Most words are not scored at all: [`anchor_digit_spans`] finds the capitals of a
//! sentence by scanning its text eight bytes at a time, and words are looked up only
//! within two words of a candidate.
//!
//! Integer weights make the sums exact: the fast path tags exactly as the reference path
//! does (a test checks it on the corpus). The cache lives in a [`crate::Workspace`] and
//! is reused across sentences and documents, bounded by [`MAX_WORDS`] word types,
//! [`MAX_VALUES`] shape contexts and [`MAX_PAIRS`] word pairs: it is emptied when full.

use crate::features::{
    self, BOS, EOS, F_ANCHOR, F_CAND, F_DIGIT, F_TITLECASE, feat, feat2, gaz, is_connector_bytes,
    mark_candidates,
};
use crate::labels;
use crate::model::{Model, O, best_tag_masked};

/// Word types kept before the cache is emptied (about 0.5 KB each with their rows).
pub(crate) const MAX_WORDS: usize = 1 << 15;
/// Rows cached by value (shape contexts, gazetteer classes) kept before the cache is
/// emptied.
const MAX_VALUES: usize = 1 << 16;

/// Roles of a word type whose summed rows are cached.
const SELF: usize = 0; // the scored word: bias, word, affixes, shape, length and flags
const LEFT1: usize = 1; // the word just before the scored one: word, shape
const RIGHT1: usize = 2; // just after: word, shape
const LEFT2: usize = 3; // two before: word
const RIGHT2: usize = 4; // two after: word
const AFTER_O: usize = 5; // the scored word after an `O` tag: previous tag with word, shape
const ROLES: usize = 6;

const NONE: u32 = u32::MAX;

/// A cached row that is all zeros (nothing to add).
const ZERO: u32 = u32::MAX - 1;
/// Word ids standing for the sentence boundaries in the keys of word pairs.
const BOS_ID: u64 = u32::MAX as u64;
const EOS_ID: u64 = u32::MAX as u64 - 1;
/// Word pairs kept before the cache is emptied.
const MAX_PAIRS: usize = 1 << 16;

/// What the cache knows about one word type.
#[derive(Clone, Copy)]
struct Entry {
    /// Hash of the word's bytes (for the cache's own table).
    hash: u64,
    /// The word in `WordCache::bytes`.
    start: u32,
    len: u32,
    lower: u64,
    shape: u64,
    /// The shape's small id (see [`SHAPE_BOS`]).
    shape_id: u32,
    /// Word-level gazetteer classes (`labels::gaz_class`).
    gaz: u16,
    /// `features::flags_of`.
    flags: u8,
    /// Length in chars, at most 8.
    len8: u8,
    /// Words of the longest gazetteer phrase it can begin (as `labels::mark_phrases`
    /// tests it; 0: none).
    phrase: u8,
    /// Row index of each role in `WordCache::rows`, `NONE` until needed.
    rows: [u32; ROLES],
}

/// Open addressing from a 64-bit key to a `u32`, for the keys the cache builds itself
/// (shape hashes, and shape-context keys packed from small ids).
#[derive(Default)]
struct KeyMap {
    keys: Vec<u64>,
    /// Value + 1; 0 marks an empty slot.
    vals: Vec<u32>,
    len: usize,
}

impl KeyMap {
    fn clear(&mut self) {
        self.keys.clear();
        self.keys.resize(256, 0);
        self.vals.clear();
        self.vals.resize(256, 0);
        self.len = 0;
    }

    /// First slot of `k`: the high bits of a multiplicative hash.
    #[inline]
    fn slot(k: u64, mask: usize) -> usize {
        (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & mask
    }

    #[inline]
    fn get(&self, k: u64) -> Option<u32> {
        let mask = self.vals.len().checked_sub(1)?;
        let mut s = KeyMap::slot(k, mask);
        loop {
            let v = *self.vals.get(s)?;
            if v == 0 {
                return None;
            }
            if self.keys[s] == k {
                return Some(v - 1);
            }
            s = (s + 1) & mask;
        }
    }

    /// Sets the value of `k` (which must not be in the map yet).
    fn insert(&mut self, k: u64, v: u32) {
        if (self.len + 1) * 2 > self.vals.len() {
            let old: Vec<(u64, u32)> = self
                .keys
                .iter()
                .zip(&self.vals)
                .filter(|(_, v)| **v != 0)
                .map(|(k, v)| (*k, *v))
                .collect();
            let cap = (self.vals.len() * 2).max(256);
            self.keys.clear();
            self.keys.resize(cap, 0);
            self.vals.clear();
            self.vals.resize(cap, 0);
            for (k, v) in old {
                self.put(k, v);
            }
        }
        self.put(k, v + 1);
        self.len += 1;
    }

    fn put(&mut self, k: u64, stored: u32) {
        let mask = self.vals.len() - 1;
        let mut s = KeyMap::slot(k, mask);
        while self.vals[s] != 0 {
            s = (s + 1) & mask;
        }
        self.keys[s] = k;
        self.vals[s] = stored;
    }
}

/// Shape ids: 0 and 1 stand for the sentence boundaries, words' shapes count from 2.
const SHAPE_BOS: u64 = 0;
const SHAPE_EOS: u64 = 1;
/// Shape ids are packed 20 bits each into the key of a shape-context row.
const SHAPE_ID_LIMIT: u64 = 1 << 20;
/// Gazetteer classes fit 11 bits ([`gaz::BITS`]); rows by class are kept in an array.
const GAZ_VALUES: usize = 1 << gaz::BITS;

/// The first eight bytes of `b` (at least eight), little-endian.
#[inline]
fn le64(b: &[u8]) -> u64 {
    b.first_chunk::<8>().map_or(0, |c| u64::from_le_bytes(*c))
}

/// The first four bytes of `b` (at least four), little-endian.
#[inline]
fn le32(b: &[u8]) -> u64 {
    b.first_chunk::<4>()
        .map_or(0, |c| u32::from_le_bytes(*c) as u64)
}

/// The bytes of a word read as whole 64-bit words: `f` gets consecutive eight-byte
/// chunks, the last one overlapping the one before it when the length is not a
/// multiple of eight; a word of fewer than eight bytes is read as one value (its first
/// and last four bytes, or its first, middle and last byte). Nothing is copied byte by
/// byte (a copy into a padded buffer stalls the load that follows it).
#[inline]
fn for_words(w: &[u8], mut f: impl FnMut(u64)) {
    let n = w.len();
    if n >= 8 {
        let mut at = 0;
        while at + 8 <= n {
            f(le64(&w[at..]));
            at += 8;
        }
        if at < n {
            f(le64(&w[n - 8..]));
        }
    } else if n >= 4 {
        f(le32(w) | le32(&w[n - 4..]) << 32);
    } else if n > 0 {
        f(w[0] as u64 | (w[n / 2] as u64) << 8 | (w[n - 1] as u64) << 16);
    }
}

/// Hash of a word's bytes from `seed` (its length mixed in), eight bytes at a time,
/// multiply and rotate (FNV's byte loop cost more than the table lookups it serves).
pub(crate) fn word_hash(seed: u64, w: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = seed ^ w.len() as u64;
    for_words(w, |v| h = (h.rotate_left(5) ^ v).wrapping_mul(K));
    h ^ (h >> 31)
}

/// `a == b` for the short byte strings of words, without a call to `memcmp`.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    if a.len() > 16 {
        return a == b;
    }
    // At most two values, which cover every byte.
    let values = |w: &[u8]| {
        let mut v = [0u64; 2];
        let mut k = 0;
        for_words(w, |x| {
            v[k & 1] = x;
            k += 1;
        });
        v
    };
    values(a) == values(b)
}

/// `F_ANCHOR` and `F_DIGIT` of `features::flags_of`, without the rest, from the word's
/// bytes (UTF-8): whether a char is upper-case and whether the first is a digit.
#[inline]
fn anchor_digit(b: &[u8]) -> u8 {
    let f = if b.first().is_some_and(u8::is_ascii_digit) {
        F_DIGIT
    } else {
        0
    };
    for &c in b {
        if c.is_ascii_uppercase() {
            return f | F_ANCHOR;
        }
        if c >= 0x80 {
            let w = std::str::from_utf8(b).unwrap_or_default();
            return if w.chars().any(char::is_uppercase) {
                f | F_ANCHOR
            } else {
                f
            };
        }
    }
    f
}

/// [`anchor_digit`] of every token of a sentence, appended to `out`: the tokens are the
/// byte ranges `spans` of `text`. The text the tokens cover is scanned eight bytes at a
/// time for capitals and non-ASCII bytes (rare in news), so a token costs a digit test,
/// not a loop over its bytes. Tokens out of order or overlapping are tested one by one.
/// The tokens whose first byte is an ASCII capital or not ASCII (a superset of those that
/// start with a capital) are appended to `capital_first`, in order.
pub(crate) fn anchor_digit_spans(
    text: &[u8],
    spans: &[(usize, usize)],
    out: &mut Vec<u8>,
    capital_first: &mut Vec<u32>,
) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let from = out.len();
    let in_order = spans.iter().all(|&(s, e)| s <= e && e <= text.len())
        && spans.windows(2).all(|w| w[0].1 <= w[1].0);
    if !in_order {
        out.extend(
            spans
                .iter()
                .map(|&(s, e)| anchor_digit(text.get(s..e).unwrap_or_default())),
        );
        for (k, &(s, e)) in spans.iter().enumerate() {
            let first = text.get(s).filter(|_| s < e);
            if first.is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80) {
                capital_first.push(k as u32);
            }
        }
        return;
    }
    out.extend(spans.iter().map(|&(s, _)| {
        if text.get(s).is_some_and(u8::is_ascii_digit) {
            F_DIGIT
        } else {
            0
        }
    }));
    let (Some(&(lo, _)), Some(&(_, hi))) = (spans.first(), spans.last()) else {
        return;
    };
    let flags = &mut out[from..];
    // Token `k` holds byte `p`? Bytes are visited in increasing order, so `k` only grows.
    // A token with non-ASCII bytes is tested char by char once (`tested`).
    let mut k = 0;
    let mut tested = usize::MAX;
    let mut visit = |p: usize, flags: &mut [u8]| {
        while k < spans.len() && spans[k].1 <= p {
            k += 1;
        }
        if k < spans.len() && spans[k].0 == p {
            capital_first.push(k as u32);
        }
        if k < spans.len() && spans[k].0 <= p && flags[k] & F_ANCHOR == 0 {
            if text[p] < 0x80 {
                flags[k] |= F_ANCHOR;
            } else if tested != k {
                tested = k;
                let (s, e) = spans[k];
                flags[k] |= anchor_digit(&text[s..e]) & F_ANCHOR;
            }
        }
    };
    let mut at = lo;
    while at + 8 <= hi {
        let x = le64(&text[at..]);
        let x7 = x & !HIGH;
        let upper = (x7 + (0x80 - b'A' as u64) * ONES) & !(x7 + (0x80 - b'Z' as u64 - 1) * ONES);
        let mut m = (upper | x) & HIGH;
        while m != 0 {
            visit(at + (m.trailing_zeros() / 8) as usize, flags);
            m &= m - 1;
        }
        at += 8;
    }
    for (p, &c) in text.iter().enumerate().take(hi).skip(at) {
        if c.is_ascii_uppercase() || c >= 0x80 {
            visit(p, flags);
        }
    }
}

/// Adds `row` to `out` element-wise, widening `i16` rows (the shipped model's) to `i32`.
#[inline]
pub(crate) fn add_row<T: Copy + Into<i32>>(out: &mut [i32], row: &[T]) {
    // The shipped models have 17 tags: sixteen lanes the compiler turns into four SIMD
    // adds (a 17-wide loop it unrolls into scalar adds instead), then the last one.
    if out.len() == 17
        && row.len() == 17
        && let Some((o16, [o])) = out.split_first_chunk_mut::<16>()
        && let Some((r16, [r])) = row.split_first_chunk::<16>()
    {
        let (a, b) = (*o16, *r16);
        let mut sum = [0i32; 16];
        for k in 0..16 {
            sum[k] = a[k] + b[k].into();
        }
        *o16 = sum;
        *o += (*r).into();
        return;
    }
    for (s, &w) in out.iter_mut().zip(row) {
        *s += w.into();
    }
}

/// Per-word-type features and summed rows of one model, and the per-sentence buffers of
/// the fast path.
#[derive(Default)]
pub(crate) struct WordCache {
    /// `Model::id` of the model the rows belong to (0: none yet).
    model: u64,
    nt: usize,
    /// Open addressing: entry index + 1, 0 for an empty slot.
    slots: Vec<u32>,
    entries: Vec<Entry>,
    bytes: Vec<u8>,
    /// Summed rows, `nt` weights each; rows 0..4 are the sentence-boundary rows of
    /// `LEFT1`, `RIGHT1`, `LEFT2` and `RIGHT2`.
    rows: Vec<i32>,
    /// The same rows as 16-bit weights, for the rows whose weights fit (see `wide`).
    narrow: Vec<i16>,
    /// One bit per row: its weights do not fit 16 bits (read it from `rows`).
    wide: Vec<u64>,
    /// Shape hash -> shape id.
    shape_ids: KeyMap,
    /// Rows of the shape-context templates (14, 15, 18, 23) by their inputs packed in a
    /// key (`context_key`).
    contexts: KeyMap,
    /// Rows of the gazetteer templates by class: the word's class and title case (20, 26)
    /// at `2 * class + titlecase`, the previous word's class (21) at `GAZ_VALUES * 2 +
    /// class`, the next word's (22) at `GAZ_VALUES * 3 + class`; `NONE` until needed.
    gaz_rows: Vec<u32>,
    /// Word pair (`left id << 32 | right id`) -> index in `pair_rows`.
    pairs: KeyMap,
    /// Per word pair, the rows of [`WordCache::pair_row`] for the right word scored and
    /// for the left word scored, `NONE` until needed.
    pair_rows: Vec<[u32; 2]>,
    /// Word id and previous tag (`id << 8 | tag`) -> row of the previous-tag templates
    /// (`ZERO` when the model has no weight for them).
    after_tag: KeyMap,
    feats: Vec<u32>,
    slot_buf: Vec<u64>,
    // Per sentence.
    wid: Vec<u32>,
    flags: Vec<u8>,
    lower: Vec<u64>,
    gaz: Vec<u16>,
    /// Words of the sentence that can begin a gazetteer phrase, with its longest length.
    phrase_at: Vec<(u32, u8)>,
    scores: Vec<i32>,
}

impl WordCache {
    /// Empties the cache and prepares it for `model`.
    fn reset(&mut self, model: &Model) {
        self.model = model.id;
        self.nt = model.n_tags();
        self.slots.clear();
        self.slots.resize(1024, 0);
        self.entries.clear();
        self.bytes.clear();
        self.rows.clear();
        self.narrow.clear();
        self.wide.clear();
        self.shape_ids.clear();
        self.contexts.clear();
        self.gaz_rows.clear();
        self.gaz_rows.resize(GAZ_VALUES * 4, NONE);
        self.pairs.clear();
        self.pair_rows.clear();
        self.after_tag.clear();
        let boundary = [
            vec![feat(2, BOS), feat(12, BOS)],
            vec![feat(3, EOS), feat(13, EOS)],
            vec![feat(4, BOS)],
            vec![feat(5, EOS)],
        ];
        for feats in boundary {
            self.push_sealed(model, &feats);
        }
    }

    /// Appends the summed row of `feats`; returns its index.
    fn push_row(&mut self, model: &Model, feats: &[u32]) -> u32 {
        let nt = self.nt;
        let at = self.rows.len();
        self.rows.resize(at + nt, 0);
        model
            .table
            .add(feats, &mut self.rows[at..at + nt], &mut self.slot_buf);
        (at / nt) as u32
    }

    /// [`WordCache::push_row`], sealed (the row is final).
    fn push_sealed(&mut self, model: &Model, feats: &[u32]) -> u32 {
        let r = self.push_row(model, feats);
        self.seal(r);
        r
    }

    /// Copies row `r` into `narrow` when its weights fit 16 bits, and records in `wide`
    /// whether they do not (call again after changing the row).
    fn seal(&mut self, r: u32) {
        let nt = self.nt;
        let at = r as usize * nt;
        if self.narrow.len() < at + nt {
            self.narrow.resize(at + nt, 0);
        }
        let w = r as usize / 64;
        if self.wide.len() <= w {
            self.wide.resize(w + 1, 0);
        }
        let (Some(src), Some(dst)) = (self.rows.get(at..at + nt), self.narrow.get_mut(at..at + nt))
        else {
            return;
        };
        // One pass, no branch per weight: copy, and note any weight the copy changes.
        let mut lost = 0;
        for (d, &x) in dst.iter_mut().zip(src) {
            *d = x as i16;
            lost |= x ^ (x as i16) as i32;
        }
        if lost == 0 {
            self.wide[w] &= !(1 << (r % 64));
        } else {
            self.wide[w] |= 1 << (r % 64);
        }
    }

    /// Adds row `r` to `out`, from its 16-bit copy unless it is wide: tagging reads half
    /// the memory (the caches are far larger than the CPU's first-level cache).
    #[inline]
    fn add_cached(&self, out: &mut [i32], r: u32) {
        let nt = self.nt;
        let at = r as usize * nt;
        let wide = self
            .wide
            .get(r as usize / 64)
            .is_some_and(|w| w >> (r % 64) & 1 != 0);
        if wide {
            add_row(out, self.rows.get(at..at + nt).unwrap_or_default());
        } else {
            add_row(out, self.narrow.get(at..at + nt).unwrap_or_default());
        }
    }

    #[inline]
    fn row(&self, r: u32) -> &[i32] {
        let nt = self.nt;
        let r = r as usize * nt;
        self.rows.get(r..r + nt).unwrap_or_default()
    }

    /// The entry of word `w`, created if new.
    fn word_id(&mut self, w: &str) -> u32 {
        let h = word_hash(0, w.as_bytes());
        let mask = self.slots.len() - 1;
        let mut s = (h ^ (h >> 32)) as usize & mask;
        loop {
            let e = self.slots[s];
            if e == 0 {
                break;
            }
            let ent = &self.entries[(e - 1) as usize];
            if ent.hash == h
                && self
                    .bytes
                    .get(ent.start as usize..(ent.start + ent.len) as usize)
                    .is_some_and(|b| same_bytes(b, w.as_bytes()))
            {
                return e - 1;
            }
            s = (s + 1) & mask;
        }
        let lower = features::hash_lower(w);
        let flags = features::flags_of(w);
        let shape = features::hash_shape(w);
        let shape_id = match self.shape_ids.get(shape) {
            Some(id) => id,
            None => {
                let id = self.shape_ids.len as u32 + 2;
                self.shape_ids.insert(shape, id);
                id
            }
        };
        let id = self.entries.len() as u32;
        self.entries.push(Entry {
            hash: h,
            start: self.bytes.len() as u32,
            len: w.len() as u32,
            lower,
            shape,
            shape_id,
            gaz: labels::gaz_class(w, lower),
            flags,
            len8: w.chars().take(8).count() as u8,
            phrase: if flags & F_ANCHOR != 0 && lower != 0 {
                labels::longest_phrase(lower).min(255) as u8
            } else {
                0
            },
            rows: [NONE; ROLES],
        });
        self.bytes.extend_from_slice(w.as_bytes());
        self.slots[s] = id + 1;
        if self.entries.len() * 2 > self.slots.len() {
            self.grow();
        }
        id
    }

    /// Doubles the slot table.
    fn grow(&mut self) {
        let cap = self.slots.len() * 2;
        self.slots.clear();
        self.slots.resize(cap, 0);
        let mask = cap - 1;
        for (i, e) in self.entries.iter().enumerate() {
            let mut s = (e.hash ^ (e.hash >> 32)) as usize & mask;
            while self.slots[s] != 0 {
                s = (s + 1) & mask;
            }
            self.slots[s] = i as u32 + 1;
        }
    }

    /// The row of word `id` in `role`, computed if new.
    #[inline]
    fn role_row(&mut self, model: &Model, id: u32, role: usize) -> u32 {
        let r = self.entries[id as usize].rows[role];
        if r != NONE {
            return r;
        }
        self.new_role_row(model, id, role)
    }

    #[cold]
    #[inline(never)]
    fn new_role_row(&mut self, model: &Model, id: u32, role: usize) -> u32 {
        let e = self.entries[id as usize];
        let mut feats = std::mem::take(&mut self.feats);
        feats.clear();
        let (lw, sh) = (e.lower, e.shape);
        match role {
            SELF => {
                feats.extend([feat(0, 0), feat(1, lw)]);
                let start = e.start as usize;
                let w = self
                    .bytes
                    .get(start..start + e.len as usize)
                    .and_then(|b| std::str::from_utf8(b).ok())
                    .unwrap_or_default();
                for (t, k, suf) in features::AFFIXES {
                    if let Some(h) = features::hash_affix(w, k, suf) {
                        feats.push(feat(t, h));
                    }
                }
                feats.push(feat(11, sh));
                feats.push(feat2(19, e.len8 as u64, (e.flags | F_CAND) as u64));
            }
            LEFT1 => feats.extend([feat(2, lw), feat(12, sh)]),
            RIGHT1 => feats.extend([feat(3, lw), feat(13, sh)]),
            LEFT2 => feats.push(feat(4, lw)),
            RIGHT2 => feats.push(feat(5, lw)),
            _ => feats.extend([feat2(32, O as u64, lw), feat2(33, O as u64, sh)]),
        }
        let r = self.push_sealed(model, &feats);
        self.feats = feats;
        self.entries[id as usize].rows[role] = r;
        r
    }

    /// The summed row of the templates that look at the word pair `a b` (ids, or
    /// `BOS_ID` / `EOS_ID`) when `b` is scored (`side` 0: `b` itself, `a` as its left
    /// neighbour, and the two pair templates 16 and 24) or when `a` is scored (`side` 1:
    /// `b` as its right neighbour and the pair templates 17 and 25). Computed on first
    /// need.
    #[inline]
    fn pair_row(&mut self, model: &Model, a: u64, b: u64, side: usize) -> u32 {
        let key = a << 32 | b;
        let p = match self.pairs.get(key) {
            Some(p) => p as usize,
            None => {
                let p = self.pair_rows.len();
                self.pair_rows.push([NONE; 2]);
                self.pairs.insert(key, p as u32);
                p
            }
        };
        match self.pair_rows[p][side & 1] {
            NONE => self.new_pair_row(model, p, a, b, side & 1),
            r => r,
        }
    }

    #[cold]
    #[inline(never)]
    fn new_pair_row(&mut self, model: &Model, p: usize, a: u64, b: u64, side: usize) -> u32 {
        let word = |id: u64, boundary: u64| match self.entries.get(id as usize) {
            Some(e) if id < EOS_ID => (e.lower, e.shape),
            _ => (boundary, boundary),
        };
        let (la, sa) = word(a, BOS);
        let (lb, sb) = word(b, EOS);
        // The single-word parts, from the word cache (boundary rows 0 and 1).
        let (parts, n_parts) = if side == 0 {
            let left = if a < EOS_ID {
                self.role_row(model, a as u32, LEFT1)
            } else {
                0
            };
            ([self.role_row(model, b as u32, SELF), left], 2)
        } else {
            let right = if b < EOS_ID {
                self.role_row(model, b as u32, RIGHT1)
            } else {
                1
            };
            ([right, NONE], 1)
        };
        let keys = if side == 0 {
            [feat2(16, la, lb), feat2(24, la, sb)]
        } else {
            [feat2(17, la, lb), feat2(25, sa, lb)]
        };
        let r = self.push_row(model, &keys);
        let nt = self.nt;
        let at = r as usize * nt;
        for &part in &parts[..n_parts] {
            let from = part as usize * nt;
            if from + nt <= at {
                let (done, new) = self.rows.split_at_mut(at);
                add_row(&mut new[..nt], &done[from..from + nt]);
            }
        }
        self.seal(r);
        self.pair_rows[p][side] = r;
        r
    }

    /// The row of the previous-tag templates 32 and 33 for word `id` after tag `prev`
    /// (not `O`: that one is a role of the word), computed on first need.
    #[inline]
    fn after_tag_row(&mut self, model: &Model, id: u32, prev: u8) -> u32 {
        let key = (id as u64) << 8 | prev as u64;
        if let Some(r) = self.after_tag.get(key) {
            return r;
        }
        let e = self.entries[id as usize];
        let keys = [
            feat2(32, prev as u64, e.lower),
            feat2(33, prev as u64, e.shape),
        ];
        let r = self.push_row(model, &keys);
        let r = if self.row(r).iter().all(|&w| w == 0) {
            self.rows.truncate(r as usize * self.nt);
            self.narrow.truncate(r as usize * self.nt);
            ZERO
        } else {
            self.seal(r);
            r
        };
        self.after_tag.insert(key, r);
        r
    }

    /// The row of the shape-context templates listed by `feats`, cached under `key`
    /// (not cached without one).
    fn context_row(
        &mut self,
        model: &Model,
        key: Option<u64>,
        feats: impl FnOnce(&mut Vec<u32>),
    ) -> u32 {
        if let Some(r) = key.and_then(|k| self.contexts.get(k)) {
            return r;
        }
        let r = self.new_row(model, feats);
        if let Some(k) = key {
            self.contexts.insert(k, r);
        }
        r
    }

    /// The row of the gazetteer templates listed by `feats`, cached at `at` of
    /// `gaz_rows`.
    #[inline]
    fn gaz_row(&mut self, model: &Model, at: usize, feats: impl FnOnce(&mut Vec<u32>)) -> u32 {
        match self.gaz_rows.get(at) {
            Some(&r) if r != NONE => r,
            _ => {
                let r = self.new_row(model, feats);
                if let Some(slot) = self.gaz_rows.get_mut(at) {
                    *slot = r;
                }
                r
            }
        }
    }

    fn new_row(&mut self, model: &Model, feats: impl FnOnce(&mut Vec<u32>)) -> u32 {
        let mut buf = std::mem::take(&mut self.feats);
        buf.clear();
        feats(&mut buf);
        let r = self.push_sealed(model, &buf);
        self.feats = buf;
        r
    }

    /// Tags one sentence into `tags` (one tag per word). Returns false, leaving `tags`
    /// empty, when no word is a candidate (nothing to tag).
    pub(crate) fn tag(&mut self, model: &Model, words: &[&str], tags: &mut Vec<u8>) -> bool {
        let bytes = |i: usize| words.get(i).map_or(&[][..], |w| w.as_bytes());
        let word = |i: usize| words.get(i).copied().unwrap_or_default();
        let flags = |f: &mut Vec<u8>| f.extend(words.iter().map(|w| anchor_digit(w.as_bytes())));
        self.tag_with(model, words.len(), flags, bytes, word, tags)
    }

    /// [`WordCache::tag`] with the `n` words of the sentence given by functions: `flags`
    /// must append [`anchor_digit`] of every word, `bytes(i)` must be the bytes of
    /// `word(i)`. Only the bytes of words after a candidate are looked at (is it a
    /// connector?), the words themselves only near candidates.
    pub(crate) fn tag_with<'w>(
        &mut self,
        model: &Model,
        n: usize,
        flags: impl FnOnce(&mut Vec<u8>),
        bytes: impl Fn(usize) -> &'w [u8],
        word: impl Fn(usize) -> &'w str,
        tags: &mut Vec<u8>,
    ) -> bool {
        // Candidates, with the same rule as `SentenceInfo::fill`.
        self.flags.clear();
        flags(&mut self.flags);
        if self.flags.len() != n {
            self.flags.resize(n, 0);
        }
        let any = mark_candidates(|i| is_connector_bytes(bytes(i)), &mut self.flags);
        if !any {
            return false;
        }
        if self.model != model.id
            || self.entries.len() + n > MAX_WORDS
            || self.contexts.len > MAX_VALUES
            || self.pairs.len > MAX_PAIRS
            || self.after_tag.len > MAX_PAIRS
        {
            self.reset(model);
        }
        self.lookup_words(n, word);
        if !self.phrase_at.is_empty() {
            labels::mark_phrases_at(
                &self.lower,
                self.phrase_at
                    .iter()
                    .map(|&(i, len)| (i as usize, len as usize)),
                &mut self.gaz,
            );
        }
        self.decode(model, n, tags);
        true
    }

    /// Finds the entries of the words where a template can look (within two words of a
    /// candidate), and lists in `phrase_at` those that can begin a gazetteer phrase.
    fn lookup_words<'w>(&mut self, n: usize, word: impl Fn(usize) -> &'w str) {
        self.wid.clear();
        self.wid.resize(n, NONE);
        self.lower.clear();
        self.lower.resize(n, 0);
        self.gaz.clear();
        self.gaz.resize(n, 0);
        self.phrase_at.clear();
        let mut next_near = 0;
        for i in 0..n {
            if self.flags[i] & F_CAND == 0 {
                continue;
            }
            let lo = i.saturating_sub(2).max(next_near);
            for j in lo..(i + 3).min(n) {
                let id = self.word_id(word(j));
                let e = &self.entries[id as usize];
                self.wid[j] = id;
                self.lower[j] = e.lower;
                self.gaz[j] = e.gaz;
                if e.phrase >= 2 {
                    self.phrase_at.push((j as u32, e.phrase));
                }
            }
            next_near = (i + 3).min(n);
        }
    }

    /// Greedy decoding of the sentence prepared by [`WordCache::tag`]: first the scores
    /// that do not depend on previous tags, for every candidate, from cached rows; then
    /// the tags from left to right ([`WordCache::greedy`]).
    fn decode(&mut self, model: &Model, n: usize, tags: &mut Vec<u8>) {
        let nt = self.nt;
        let mut stat = std::mem::take(&mut self.scores);
        stat.clear();
        for i in 0..n {
            if self.flags[i] & F_CAND == 0 {
                continue;
            }
            let at = stat.len();
            stat.resize(at + nt, 0);
            let id = self.wid[i];
            let (sh, shid, flags) = {
                let e = &self.entries[id as usize];
                (e.shape, e.shape_id as u64, e.flags)
            };
            let mut rows = [0u32; 8];
            let mut k = 0;
            let mut push = |r: u32| {
                if r != ZERO {
                    rows[k] = r;
                    k += 1;
                }
            };
            // The word with each neighbour (boundary rows 2 and 3 two words out).
            let (left, sp1, sp1id) = if i >= 1 {
                let j = self.wid[i - 1];
                let e = &self.entries[j as usize];
                (j as u64, e.shape, e.shape_id as u64)
            } else {
                (BOS_ID, BOS, SHAPE_BOS)
            };
            let (right, sn1, sn1id) = if i + 1 < n {
                let j = self.wid[i + 1];
                let e = &self.entries[j as usize];
                (j as u64, e.shape, e.shape_id as u64)
            } else {
                (EOS_ID, EOS, SHAPE_EOS)
            };
            push(self.pair_row(model, left, id as u64, 0));
            push(self.pair_row(model, id as u64, right, 1));
            push(if i >= 2 {
                self.role_row(model, self.wid[i - 2], LEFT2)
            } else {
                2
            });
            push(if i + 2 < n {
                self.role_row(model, self.wid[i + 2], RIGHT2)
            } else {
                3
            });
            // Shapes and position.
            let pos = i.min(2) as u64;
            let cp = i > 0 && self.flags[i - 1] & F_CAND != 0;
            let cn = i + 1 < n && self.flags[i + 1] & F_CAND != 0;
            let ctx = cp as u64 * 2 + cn as u64;
            let key = (sp1id.max(shid).max(sn1id) < SHAPE_ID_LIMIT)
                .then_some(pos | ctx << 2 | sp1id << 4 | shid << 24 | sn1id << 44);
            push(self.context_row(model, key, |f| {
                f.extend([
                    feat2(14, sp1, sh),
                    feat2(15, sh, sn1),
                    feat2(18, pos, sh),
                    feat2(23, ctx, sh),
                ])
            }));
            // Gazetteer classes of the word and its neighbours.
            let g = self.gaz[i] as u64;
            if g != 0 {
                let tc = (flags & F_TITLECASE) as u64;
                let at = 2 * g as usize + (tc != 0) as usize;
                push(self.gaz_row(model, at, |f| {
                    f.push(feat(20, g));
                    for bit in 0..gaz::BITS {
                        if g & (1 << bit) != 0 {
                            f.push(feat2(26, bit, tc));
                        }
                    }
                }));
            }
            let gp = if i > 0 { self.gaz[i - 1] as u64 } else { 0 };
            if gp != 0 {
                push(self.gaz_row(model, GAZ_VALUES * 2 + gp as usize, |f| {
                    f.push(feat(21, gp))
                }));
            }
            let gn = if i + 1 < n { self.gaz[i + 1] as u64 } else { 0 };
            if gn != 0 {
                push(self.gaz_row(model, GAZ_VALUES * 3 + gn as usize, |f| {
                    f.push(feat(22, gn))
                }));
            }
            let out = &mut stat[at..at + nt];
            for &r in &rows[..k] {
                self.add_cached(out, r);
            }
        }
        self.scores = stat;
        self.greedy(model, n, tags);
    }

    /// Greedy decoding with the previous-tag templates, from the scores of
    /// [`WordCache::decode`] (added to in place).
    fn greedy(&mut self, model: &Model, n: usize, tags: &mut Vec<u8>) {
        let nt = self.nt;
        let mut stat = std::mem::take(&mut self.scores);
        let (mut prev, mut prev2) = (O, O);
        let mut rows = stat.chunks_exact_mut(nt.max(1));
        let from = tags.len();
        tags.resize(from + n, O);
        for (i, tag) in tags[from..].iter_mut().enumerate() {
            if self.flags[i] & F_CAND == 0 {
                prev2 = prev;
                prev = O;
                continue;
            }
            let Some(scores) = rows.next() else {
                break;
            };
            let at = (prev as usize * nt + prev2 as usize) * nt;
            add_row(scores, model.tag_pairs.get(at..at + nt).unwrap_or_default());
            let id = self.wid[i];
            if prev == O {
                let r = self.role_row(model, id, AFTER_O);
                self.add_cached(scores, r);
            } else {
                let r = self.after_tag_row(model, id, prev);
                if r != ZERO {
                    self.add_cached(scores, r);
                }
            }
            let cn = i + 1 < n && self.flags[i + 1] & F_CAND != 0;
            let conn = self.flags[i] & (F_CAND | F_ANCHOR | F_DIGIT) == F_CAND;
            let k = prev as usize * 4 + cn as usize * 2 + conn as usize;
            let mask = model.masks.get(k).copied().unwrap_or(0);
            let allowed = model.allowed.get(k).map_or(&[][..], Vec::as_slice);
            let t = best_tag_masked(scores, allowed, mask, prev, cn, conn);
            *tag = t;
            prev2 = prev;
            prev = t;
        }
        self.scores = stat;
    }
}

#[cfg(test)]
mod tests {
    use crate::{Model, Workspace, builtin_model};

    /// Words of `text`: whitespace-separated, with leading and trailing punctuation split
    /// off; one sentence per line.
    fn sentences(text: &str) -> Vec<Vec<&str>> {
        text.lines()
            .map(|line| {
                let mut words = Vec::new();
                for w in line.split_whitespace() {
                    let core = w.trim_matches(|c: char| !c.is_alphanumeric());
                    let Some(at) = (!core.is_empty()).then(|| w.find(core)).flatten() else {
                        words.push(w);
                        continue;
                    };
                    if at > 0 {
                        words.push(&w[..at]);
                    }
                    words.push(core);
                    if at + core.len() < w.len() {
                        words.push(&w[at + core.len()..]);
                    }
                }
                words
            })
            .collect()
    }

    fn check_equal(model: &Model, ws: &mut Workspace, words: &[&str]) {
        let mut tags = Vec::new();
        if !ws.cache.tag(model, words, &mut tags) {
            tags = vec![0; words.len()];
        }
        assert_eq!(tags, model.tag_reference(words), "{words:?}");
    }

    #[test]
    fn fast_path_equals_reference() {
        let model = builtin_model().unwrap();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        texts.push(
            "Ambassador Lu Mei met Xi Jinping and Aliyev in Baku .\nThe Bank of America and \
             of course Apollo 11 flew .\nZÜRICH , Zürich and the Caspian Sea ; U.S. President \
             Joe Biden , 1,570 people\nA\nThe\nNew York Times"
                .to_string(),
        );
        let mut ws = Workspace::default();
        let mut n = 0;
        for text in &texts {
            for s in sentences(text) {
                check_equal(&model, &mut ws, &s);
                n += s.len();
            }
        }
        assert!(n > 5000, "{n} words");
        // Again with the cache warm, then with another model in the same workspace.
        for s in sentences(&texts[0]) {
            check_equal(&model, &mut ws, &s);
        }
        let other = Model::load(&{
            let mut b = Vec::new();
            model.save(&mut b).unwrap();
            b
        })
        .unwrap();
        assert_ne!(other.id, model.id);
        for s in sentences(&texts[1]) {
            check_equal(&other, &mut ws, &s);
        }
    }

    #[test]
    fn word_level_shortcuts_agree_with_the_plain_functions() {
        use crate::features::{F_ANCHOR, F_DIGIT, flags_of};
        let words = [
            "",
            "a",
            "A",
            "ab",
            "aB",
            "abc",
            "abC",
            "@[`{",
            "Zz",
            "zZ",
            "iPhone",
            "eBay",
            "hello",
            "helloWorld",
            "lowercase-words",
            "UPPER",
            "1,570",
            "29th",
            "ZÜRICH",
            "zürich",
            "Émile",
            "émile",
            "ß",
            "東京",
            "abcdefghijklmnopQ",
            "abcdefghijklmnopq",
        ];
        for w in words {
            let want = flags_of(w) & (F_ANCHOR | F_DIGIT);
            assert_eq!(super::anchor_digit(w.as_bytes()), want, "{w:?}");
            for v in words {
                let same = super::same_bytes(w.as_bytes(), v.as_bytes());
                assert_eq!(same, w == v, "{w:?} {v:?}");
            }
        }
    }

    #[test]
    fn sentence_scan_finds_the_capitals_of_each_token() {
        let text = "The iPhone 16, made by Apple in Zürich (ZÜRICH) — über 1,570 \
                    Ωmega units; aaaaaaaaaaaaaaaaaaaaaaaaaaaaaB x";
        let mut spans = Vec::new();
        let mut at = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (c.is_whitespace(), at) {
                (true, Some(s)) => {
                    spans.push((s, i));
                    at = None;
                }
                (false, None) => at = Some(i),
                _ => {}
            }
        }
        let each = |spans: &[(usize, usize)]| -> Vec<u8> {
            spans
                .iter()
                .map(|&(s, e)| super::anchor_digit(&text.as_bytes()[s..e]))
                .collect()
        };
        for spans in [spans.clone(), spans.iter().rev().copied().collect(), vec![]] {
            let (mut out, mut capital_first) = (vec![], vec![]);
            super::anchor_digit_spans(text.as_bytes(), &spans, &mut out, &mut capital_first);
            assert_eq!(out, each(&spans), "{spans:?}");
            let want: Vec<u32> = (0..spans.len() as u32)
                .filter(|&k| {
                    let b = text.as_bytes()[spans[k as usize].0];
                    b.is_ascii_uppercase() || b >= 0x80
                })
                .collect();
            assert_eq!(capital_first, want);
        }
    }

    #[test]
    fn rows_too_wide_for_16_bits_are_read_whole() {
        let mut c = super::WordCache {
            nt: 3,
            rows: vec![1, -2, 3, 40000, 5, -70000],
            ..Default::default()
        };
        c.seal(0);
        c.seal(1);
        assert_eq!(c.wide, [0b10]);
        let mut out = vec![0; 3];
        c.add_cached(&mut out, 0);
        c.add_cached(&mut out, 1);
        assert_eq!(out, [40001, 3, -69997]);
    }

    #[test]
    fn key_map_finds_what_it_holds() {
        let mut m = super::KeyMap::default();
        m.clear();
        for k in 0..5000u64 {
            m.insert(k.wrapping_mul(0x1_0000_0001), k as u32);
        }
        for k in 0..5000u64 {
            assert_eq!(m.get(k.wrapping_mul(0x1_0000_0001)), Some(k as u32));
        }
        assert_eq!(m.get(7), None);
        assert_eq!(m.len, 5000);
    }

    #[test]
    fn the_cache_is_bounded() {
        let model = builtin_model().unwrap();
        let words: Vec<String> = (0..super::MAX_WORDS + 100)
            .map(|i| format!("Word{i}"))
            .collect();
        let mut ws = Workspace::default();
        for chunk in words.chunks(50) {
            let s: Vec<&str> = chunk.iter().map(String::as_str).collect();
            check_equal(&model, &mut ws, &s);
            assert!(ws.cache.entries.len() <= super::MAX_WORDS);
        }
    }
}
