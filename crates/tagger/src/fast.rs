//! Tagging with a word cache: the same scores as the feature-by-feature path of training
//! (`features::static_features` and `features::tag_features` summed over the weight
//! table), at a fraction of the cost.
//!
//! Most feature templates look at one word only: the word itself (its lowercase form,
//! affixes, shape, length), or one neighbour at a fixed offset. The sum of a word type's
//! rows for each such role is the same wherever the word occurs, so [`WordCache`] keeps,
//! per word type, its hashes, gazetteer classes and these summed rows (computed on first
//! need), and a token's score becomes a handful of row additions plus lookups for the
//! templates that pair two words. Templates over shapes and gazetteer classes alone have
//! few distinct values and are cached by value; the two previous-tag templates are
//! summed per tag pair when the model loads (`Model::tag_pairs`).
//!
//! Integer weights make the sums exact: the fast path tags exactly as the reference path
//! does (a test checks it on the corpus). The cache lives in a [`crate::Workspace`] and
//! is reused across sentences and documents (news repeats its words), bounded by
//! [`MAX_WORDS`] word types and [`MAX_VALUES`] rows by value: it is emptied when full.
//! The lookups of the word-pair templates are batched per sentence, since the weight
//! table is far larger than the CPU caches and tagging is bound by memory latency.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use crate::features::{
    self, BOS, EOS, F_ANCHOR, F_CAND, F_DIGIT, F_TITLECASE, feat, feat2, gaz, mark_candidates,
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

/// Word-pair templates looked up per scored word (16, 17, 24, 25).
const PAIRS: usize = 4;

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

/// Multiplicative hasher for keys that are already well-mixed hashes.
#[derive(Default)]
struct MulHasher(u64);

impl Hasher for MulHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

/// The inputs of a template group over shapes or gazetteer classes (a tag in the first
/// word), hashed in one step.
#[derive(Clone, Copy, PartialEq, Eq)]
struct ValueKey([u64; 4]);

impl Hash for ValueKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let [a, b, c, d] = self.0;
        state.write_u64(a ^ b.rotate_left(16) ^ c.rotate_left(32) ^ d.rotate_left(48));
    }
}

/// Hash of a word's bytes from `seed`, eight bytes at a time, multiply and rotate (FNV's
/// byte loop cost more than the table lookups it serves).
pub(crate) fn word_hash(seed: u64, w: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = seed ^ w.len() as u64;
    let mut chunks = w.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ v).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut b = [0u8; 8];
        b[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
    }
    h ^ (h >> 31)
}

/// `F_ANCHOR` and `F_DIGIT` of `features::flags_of`, without the rest.
#[inline]
fn anchor_digit(w: &str) -> u8 {
    let b = w.as_bytes();
    let mut f = if b.first().is_some_and(u8::is_ascii_digit) {
        F_DIGIT
    } else {
        0
    };
    for &c in b {
        if c.is_ascii_uppercase() {
            return f | F_ANCHOR;
        }
        if c >= 0x80 {
            if w.chars().any(char::is_uppercase) {
                f |= F_ANCHOR;
            }
            return f;
        }
    }
    f
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
    /// Rows of templates over shapes and gazetteer classes, by their inputs.
    by_value: HashMap<ValueKey, u32, BuildHasherDefault<MulHasher>>,
    feats: Vec<u32>,
    slot_buf: Vec<u64>,
    // Per sentence.
    wid: Vec<u32>,
    flags: Vec<u8>,
    lower: Vec<u64>,
    gaz: Vec<u16>,
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
        self.by_value.clear();
        let boundary = [
            vec![feat(2, BOS), feat(12, BOS)],
            vec![feat(3, EOS), feat(13, EOS)],
            vec![feat(4, BOS)],
            vec![feat(5, EOS)],
        ];
        for feats in boundary {
            self.push_row(model, &feats);
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
                    == Some(w.as_bytes())
            {
                return e - 1;
            }
            s = (s + 1) & mask;
        }
        let lower = features::hash_lower(w);
        let flags = features::flags_of(w);
        let id = self.entries.len() as u32;
        self.entries.push(Entry {
            hash: h,
            start: self.bytes.len() as u32,
            len: w.len() as u32,
            lower,
            shape: features::hash_shape(w),
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
        let r = self.push_row(model, &feats);
        self.feats = feats;
        self.entries[id as usize].rows[role] = r;
        r
    }

    /// The row of the templates listed in `feats`, cached under `key`.
    fn value_row(
        &mut self,
        model: &Model,
        key: ValueKey,
        feats: impl FnOnce(&mut Vec<u32>),
    ) -> u32 {
        if let Some(&r) = self.by_value.get(&key) {
            return r;
        }
        let mut buf = std::mem::take(&mut self.feats);
        buf.clear();
        feats(&mut buf);
        let r = self.push_row(model, &buf);
        self.feats = buf;
        self.by_value.insert(key, r);
        r
    }

    /// Tags one sentence into `tags` (one tag per word). Returns false, leaving `tags`
    /// empty, when no word is a candidate (nothing to tag).
    pub(crate) fn tag(&mut self, model: &Model, words: &[&str], tags: &mut Vec<u8>) -> bool {
        let n = words.len();
        // Candidates, with the same rule as `SentenceInfo::fill`.
        self.flags.clear();
        self.flags.extend(words.iter().map(|w| anchor_digit(w)));
        let any = mark_candidates(words, &mut self.flags);
        if !any {
            return false;
        }
        if self.model != model.id
            || self.entries.len() + n > MAX_WORDS
            || self.by_value.len() > MAX_VALUES
        {
            self.reset(model);
        }
        // Word entries where a template can look: within two words of a candidate.
        self.wid.clear();
        self.wid.resize(n, NONE);
        self.lower.clear();
        self.lower.resize(n, 0);
        self.gaz.clear();
        self.gaz.resize(n, 0);
        let mut phrase = false;
        let mut next_near = 0;
        for i in 0..n {
            if self.flags[i] & F_CAND == 0 {
                continue;
            }
            let lo = i.saturating_sub(2).max(next_near);
            for (j, w) in words.iter().enumerate().take((i + 3).min(n)).skip(lo) {
                let id = self.word_id(w);
                let e = &self.entries[id as usize];
                self.wid[j] = id;
                self.lower[j] = e.lower;
                self.gaz[j] = e.gaz;
                phrase |= e.phrase != 0;
            }
            next_near = (i + 3).min(n);
        }
        if phrase {
            let (wid, entries) = (&self.wid, &self.entries);
            labels::mark_phrases_from(
                &self.lower,
                |i| match wid[i] {
                    NONE => 0,
                    id => entries[id as usize].phrase as usize,
                },
                &mut self.gaz,
            );
        }
        self.decode(model, words, tags);
        true
    }

    /// Greedy decoding of the sentence prepared by [`WordCache::tag`]: first the scores
    /// that do not depend on previous tags, for every candidate, with the lookups of the
    /// word-pair templates batched (the weight table is far larger than the CPU caches:
    /// independent loads overlap their misses); then the tags from left to right.
    fn decode(&mut self, model: &Model, words: &[&str], tags: &mut Vec<u8>) {
        let n = words.len();
        let nt = self.nt;
        let mut stat = std::mem::take(&mut self.scores);
        let mut keys = std::mem::take(&mut self.feats);
        stat.clear();
        keys.clear();
        for i in 0..n {
            if self.flags[i] & F_CAND == 0 {
                continue;
            }
            let at = stat.len();
            stat.resize(at + nt, 0);
            let id = self.wid[i];
            let (lw, sh, flags) = {
                let e = &self.entries[id as usize];
                (e.lower, e.shape, e.flags)
            };
            let mut rows = [0u32; 9];
            let mut k = 0;
            let mut push = |r: u32| {
                rows[k] = r;
                k += 1;
            };
            push(self.role_row(model, id, SELF));
            // Neighbours (boundary rows 0..4 outside the sentence).
            let (lp1, sp1) = if i >= 1 {
                let j = self.wid[i - 1];
                push(self.role_row(model, j, LEFT1));
                let e = &self.entries[j as usize];
                (e.lower, e.shape)
            } else {
                push(0);
                (BOS, BOS)
            };
            let (ln1, sn1) = if i + 1 < n {
                let j = self.wid[i + 1];
                push(self.role_row(model, j, RIGHT1));
                let e = &self.entries[j as usize];
                (e.lower, e.shape)
            } else {
                push(1);
                (EOS, EOS)
            };
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
            push(self.value_row(
                model,
                ValueKey([1 | pos << 8 | ctx << 16, sp1, sh, sn1]),
                |f| {
                    f.extend([
                        feat2(14, sp1, sh),
                        feat2(15, sh, sn1),
                        feat2(18, pos, sh),
                        feat2(23, ctx, sh),
                    ])
                },
            ));
            // Gazetteer classes of the word and its neighbours.
            let g = self.gaz[i] as u64;
            if g != 0 {
                let tc = (flags & F_TITLECASE) as u64;
                push(self.value_row(model, ValueKey([2, g, tc, 0]), |f| {
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
                push(self.value_row(model, ValueKey([3, gp, 0, 0]), |f| f.push(feat(21, gp))));
            }
            let gn = if i + 1 < n { self.gaz[i + 1] as u64 } else { 0 };
            if gn != 0 {
                push(self.value_row(model, ValueKey([4, gn, 0, 0]), |f| f.push(feat(22, gn))));
            }
            let out = &mut stat[at..at + nt];
            for &r in &rows[..k] {
                let nt = self.nt;
                let r = r as usize * nt;
                add_row(out, self.rows.get(r..r + nt).unwrap_or_default());
            }
            // Templates pairing two words: looked up below, all at once.
            keys.extend([
                feat2(16, lp1, lw),
                feat2(17, lw, ln1),
                feat2(24, lp1, sh),
                feat2(25, sh, ln1),
            ]);
        }
        model
            .table
            .add_groups(&keys, PAIRS, &mut stat, &mut self.slot_buf);
        // Greedy decoding with the previous-tag templates.
        let mut scores = [0i32; 64];
        let scores = &mut scores[..nt.min(64)];
        let (mut prev, mut prev2) = (O, O);
        let mut c = 0;
        for i in 0..n {
            if self.flags[i] & F_CAND == 0 {
                tags.push(O);
                prev2 = prev;
                prev = O;
                continue;
            }
            let row = stat.get(c * nt..(c + 1) * nt).unwrap_or_default();
            scores.iter_mut().zip(row).for_each(|(s, &v)| *s = v);
            c += 1;
            let at = (prev as usize * nt + prev2 as usize) * nt;
            add_row(scores, model.tag_pairs.get(at..at + nt).unwrap_or_default());
            let id = self.wid[i];
            if prev == O {
                let r = self.role_row(model, id, AFTER_O);
                add_row(scores, self.row(r));
            } else {
                let e = &self.entries[id as usize];
                let k = [
                    feat2(32, prev as u64, e.lower),
                    feat2(33, prev as u64, e.shape),
                ];
                model.table.add_keys(&k, scores);
            }
            let cn = i + 1 < n && self.flags[i + 1] & F_CAND != 0;
            let conn = self.flags[i] & (F_CAND | F_ANCHOR | F_DIGIT) == F_CAND;
            let mask = model
                .masks
                .get(prev as usize * 4 + cn as usize * 2 + conn as usize)
                .copied()
                .unwrap_or(0);
            let t = best_tag_masked(scores, mask, prev, cn, conn);
            tags.push(t);
            prev2 = prev;
            prev = t;
        }
        self.scores = stat;
        self.feats = keys;
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
