//! The small machinery that keeps clustering cheap: a multiplicative hasher for the
//! per-document maps (keys are short strings and packed integers), a string table that
//! gives every distinct string of a document one `u32` id, and lookup tables over the
//! lexicon's titles and nationalities built once per process.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hasher};
use std::sync::LazyLock;

use strata_lexicon::{Kind, Title};

const K: u64 = 0x517c_c1b7_2722_0a95;

/// A per-process random seed, so that crafted input cannot aim at collisions.
static SEED: LazyLock<u64> =
    LazyLock::new(|| std::collections::hash_map::RandomState::new().hash_one(0x5eed_u64));

/// A multiply-rotate hasher: a few instructions per 8 bytes.
#[derive(Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl FastHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        let mut b = [0u8; 8];
        b[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(b) ^ ((rest.len() as u64) << 59));
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        // Fold the well-mixed high bits into the low ones (tables index with either).
        (self.0 ^ (self.0 >> 29)).wrapping_mul(K)
    }
}

#[derive(Clone, Copy, Default)]
pub(crate) struct FastBuild;

impl BuildHasher for FastBuild {
    type Hasher = FastHasher;
    #[inline]
    fn build_hasher(&self) -> FastHasher {
        FastHasher(*SEED)
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, FastBuild>;
pub(crate) type FastSet<K> = HashSet<K, FastBuild>;

/// Two ids in one map key.
#[inline]
pub(crate) fn pair(a: u32, b: u32) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// Hashes a short string: one multiply per 8 bytes, no call.
#[inline]
fn hash_bytes(seed: u64, b: &[u8]) -> u64 {
    let mut h = seed;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    let mut t = b.len() as u64;
    for (k, &x) in chunks.remainder().iter().enumerate() {
        t ^= u64::from(x) << (8 * k + 8);
    }
    h = (h.rotate_left(5) ^ t).wrapping_mul(K);
    h ^ (h >> 29)
}

/// Byte equality without a library call (the strings compared are short).
#[inline]
pub(crate) fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut ca = a.chunks_exact(8);
    let mut cb = b.chunks_exact(8);
    for (x, y) in (&mut ca).zip(&mut cb) {
        let (mut u, mut v) = ([0u8; 8], [0u8; 8]);
        u.copy_from_slice(x);
        v.copy_from_slice(y);
        if u != v {
            return false;
        }
    }
    ca.remainder()
        .iter()
        .zip(cb.remainder())
        .all(|(x, y)| x == y)
}

/// The distinct strings of one document, each with a dense `u32` id. All strings live in
/// one arena; the table is open addressing over their ids, so interning allocates only
/// when the arena or the table grows.
pub(crate) struct Interner {
    seed: u64,
    arena: String,
    /// (start, end) in the arena, by id.
    spans: Vec<(usize, usize)>,
    hashes: Vec<u64>,
    /// The slot of each id, so that clearing touches only used slots.
    slot_of: Vec<usize>,
    /// id + 1, or 0 for an empty slot; the length is a power of two.
    slots: Vec<u32>,
}

impl Default for Interner {
    fn default() -> Self {
        Interner {
            seed: *SEED,
            arena: String::new(),
            spans: Vec::new(),
            hashes: Vec::new(),
            slot_of: Vec::new(),
            slots: vec![0; 64],
        }
    }
}

impl Interner {
    pub(crate) fn intern(&mut self, s: &str) -> u32 {
        if (self.spans.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let h = hash_bytes(self.seed, s.as_bytes());
        let mask = self.slots.len() - 1;
        let mut i = (h as usize) & mask;
        loop {
            let v = self.slots[i];
            if v == 0 {
                let id = self.spans.len() as u32;
                let start = self.arena.len();
                self.arena.push_str(s);
                self.spans.push((start, self.arena.len()));
                self.hashes.push(h);
                self.slot_of.push(i);
                self.slots[i] = id + 1;
                return id;
            }
            let id = (v - 1) as usize;
            if self.hashes[id] == h {
                let (a, b) = self.spans[id];
                if self
                    .arena
                    .as_bytes()
                    .get(a..b)
                    .is_some_and(|x| same_bytes(x, s.as_bytes()))
                {
                    return id as u32;
                }
            }
            i = (i + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let n = self.slots.len() * 2;
        self.slots = vec![0; n];
        let mask = n - 1;
        for (id, &h) in self.hashes.iter().enumerate() {
            let mut i = (h as usize) & mask;
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = id as u32 + 1;
            self.slot_of[id] = i;
        }
    }

    /// Empties the table, keeping its allocations (a very large table is let go).
    pub(crate) fn clear(&mut self) {
        if self.slots.len() > 1 << 16 {
            *self = Interner::default();
            return;
        }
        for &i in &self.slot_of {
            self.slots[i] = 0;
        }
        self.arena.clear();
        self.spans.clear();
        self.hashes.clear();
        self.slot_of.clear();
    }

    /// The number of strings held.
    pub(crate) fn len(&self) -> usize {
        self.spans.len()
    }

    /// Bytes of string data held.
    pub(crate) fn bytes(&self) -> usize {
        self.arena.capacity()
    }

    pub(crate) fn get(&self, id: u32) -> &str {
        let (a, b) = self.spans[id as usize];
        &self.arena[a..b]
    }
}

/// Lookup tables over the lexicon, built on first use.
pub(crate) struct Lex {
    titles: &'static [Title],
    /// ASCII-lowercased title -> the titles spelled so ignoring ASCII case, in phrase
    /// order.
    folded: FastMap<Box<[u8]>, Vec<usize>>,
    longest_title: usize,
    /// Titles by their last byte, their last byte but one, their first and their second
    /// byte, as bit sets over title indices; titles shorter than two bytes are in `short`.
    last1: Box<[Bits; 256]>,
    last2: Box<[Bits; 256]>,
    first1: Box<[Bits; 256]>,
    first2: Box<[Bits; 256]>,
    short: Bits,
    /// By first byte, the lengths of titles (bit 63: 63 bytes or more).
    title_lens: [u64; 256],
    /// The same for nationalities.
    nationality_lens: [u64; 256],
    /// Whether the bit sets cover every title (false only for a lexicon of over 256).
    indexed: bool,
    /// Lowercase first words of titles and role nouns, and their shortest and longest
    /// lengths.
    role_first: FastSet<([u64; 3], usize)>,
    /// By lowercase first byte, the lengths (as bits) of role first words.
    role_lens: [u32; 256],
    nationalities: FastSet<&'static str>,
}

/// A set of title indices.
#[derive(Clone, Copy, Default)]
pub(crate) struct Bits([u64; 4]);

impl Bits {
    fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn or(self, o: Bits) -> Bits {
        let mut out = self;
        for (a, b) in out.0.iter_mut().zip(o.0) {
            *a |= b;
        }
        out
    }
    /// The indices in the set, ascending.
    fn iter(self) -> impl Iterator<Item = usize> {
        self.0.into_iter().enumerate().flat_map(|(w, mut bits)| {
            std::iter::from_fn(move || {
                (bits != 0).then(|| {
                    let b = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    w * 64 + b
                })
            })
        })
    }
}

/// Up to 24 ASCII-lowercased bytes packed in three words, with the length.
fn pack_lower(b: &[u8]) -> ([u64; 3], usize) {
    let mut w = [0u64; 3];
    for (k, &x) in b.iter().take(24).enumerate() {
        w[k / 8] |= u64::from(x.to_ascii_lowercase()) << (8 * (k % 8));
    }
    (w, b.len())
}

/// The bit standing for a length in the `*_lens` tables.
fn len_bit(n: usize) -> u64 {
    1 << n.min(63)
}

/// Could a phrase of these bytes be in a set with these `lens`?
fn may_be(lens: &[u64; 256], b: &[u8]) -> bool {
    b.first()
        .is_some_and(|&f| lens[f as usize] & len_bit(b.len()) != 0)
}

impl Bits {
    fn and(self, o: Bits) -> Bits {
        let mut out = self;
        for (a, b) in out.0.iter_mut().zip(o.0) {
            *a &= b;
        }
        out
    }
}

pub(crate) static LEX: LazyLock<Lex> = LazyLock::new(|| {
    let titles = strata_lexicon::titles();
    let indexed = titles.len() <= 256;
    let mut folded: FastMap<Box<[u8]>, Vec<usize>> = FastMap::default();
    let mut last1 = Box::new([Bits::default(); 256]);
    let mut last2 = Box::new([Bits::default(); 256]);
    let mut first1 = Box::new([Bits::default(); 256]);
    let mut first2 = Box::new([Bits::default(); 256]);
    let mut short = Bits::default();
    let mut title_lens = [0u64; 256];
    for t in titles {
        if let Some(&b) = t.phrase.as_bytes().first() {
            title_lens[b as usize] |= len_bit(t.phrase.len());
        }
    }
    for (i, t) in titles.iter().enumerate() {
        folded
            .entry(
                t.phrase
                    .to_ascii_lowercase()
                    .into_bytes()
                    .into_boxed_slice(),
            )
            .or_default()
            .push(i);
        if !indexed {
            continue;
        }
        let p = t.phrase.as_bytes();
        if p.len() < 2 {
            short.set(i);
        } else {
            last1[p[p.len() - 1] as usize].set(i);
            last2[p[p.len() - 2] as usize].set(i);
            first1[p[0] as usize].set(i);
            first2[p[1] as usize].set(i);
        }
    }
    let role_words: Vec<String> = titles
        .iter()
        .filter_map(|t| t.phrase.split(' ').next())
        .map(str::to_ascii_lowercase)
        .chain(
            crate::cluster::ROLE_NOUNS
                .iter()
                .filter_map(|r| r.split(' ').next())
                .map(str::to_string),
        )
        .filter(|w| !w.is_empty() && w.len() <= 24 && w.is_ascii())
        .collect();
    let mut role_lens = [0u32; 256];
    for w in &role_words {
        role_lens[w.as_bytes()[0] as usize] |= 1 << w.len();
    }
    let role_first = role_words
        .iter()
        .map(|w| pack_lower(w.as_bytes()))
        .collect();
    let nationalities: FastSet<&'static str> = strata_lexicon::entries()
        .iter()
        .filter(|e| e.kind == Kind::Nationality)
        .map(|e| e.phrase)
        .collect();
    let mut nationality_lens = [0u64; 256];
    for n in &nationalities {
        if let Some(&b) = n.as_bytes().first() {
            nationality_lens[b as usize] |= len_bit(n.len());
        }
    }
    Lex {
        titles,
        longest_title: titles.iter().map(|t| t.phrase.len()).max().unwrap_or(0),
        folded,
        last1,
        last2,
        first1,
        first2,
        short,
        title_lens,
        nationality_lens,
        indexed,
        role_first,
        role_lens,
        nationalities,
    }
});

impl Lex {
    /// The title spelled exactly so.
    pub(crate) fn title_exact(&self, phrase: &str) -> Option<&'static Title> {
        if !may_be(&self.title_lens, phrase.as_bytes()) {
            return None;
        }
        let all = self.titles;
        all.binary_search_by(|t| t.phrase.cmp(phrase))
            .ok()
            .map(|i| &all[i])
    }

    /// As `strata_lexicon::title`: the title spelled exactly so, else the first one equal
    /// ignoring ASCII case. `parts` are joined with single spaces.
    pub(crate) fn title(&self, parts: &[&str]) -> Option<&'static Title> {
        let len = parts.iter().map(|p| p.len()).sum::<usize>() + parts.len().saturating_sub(1);
        let mut buf = [0u8; 96];
        if len > self.longest_title || len > buf.len() {
            return None;
        }
        let mut n = 0;
        for (k, p) in parts.iter().enumerate() {
            if k > 0 {
                buf[n] = b' ';
                n += 1;
            }
            buf[n..n + p.len()].copy_from_slice(p.as_bytes());
            n += p.len();
        }
        let mut lower = buf;
        lower[..n].make_ascii_lowercase();
        let cands = self.folded.get(&lower[..n])?;
        // The exact spelling if it is a title, else the first equal ignoring case.
        let exact = cands
            .iter()
            .find(|&&i| same_bytes(self.titles[i].phrase.as_bytes(), &buf[..n]));
        exact.or(cands.first()).map(|&i| &self.titles[i])
    }

    /// Titles that `s` may end with, either as written or followed by a plural "s", in
    /// phrase order (a superset: callers test each).
    pub(crate) fn titles_ending(&self, s: &str) -> impl Iterator<Item = &'static Title> {
        let b = s.as_bytes();
        let n = b.len();
        let mut set = self.short;
        if self.indexed {
            if n >= 2 {
                set = set.or(self.last1[b[n - 1] as usize].and(self.last2[b[n - 2] as usize]));
            }
            if n >= 3 && b[n - 1] == b's' {
                set = set.or(self.last1[b[n - 2] as usize].and(self.last2[b[n - 3] as usize]));
            }
        }
        self.pick(set)
    }

    /// Titles that `s` may start with, in phrase order (a superset).
    pub(crate) fn titles_starting(&self, s: &str) -> impl Iterator<Item = &'static Title> {
        let b = s.as_bytes();
        let mut set = self.short;
        if self.indexed && b.len() >= 2 {
            set = set.or(self.first1[b[0] as usize].and(self.first2[b[1] as usize]));
        }
        self.pick(set)
    }

    fn pick(&self, set: Bits) -> impl Iterator<Item = &'static Title> {
        let titles = self.titles;
        let all = (!self.indexed).then(|| titles.iter());
        let some = self.indexed.then(|| set.iter().map(move |i| &titles[i]));
        all.into_iter().flatten().chain(some.into_iter().flatten())
    }

    /// Can `w` begin a role ("Ambassador", "diplomat", "head", "Prime")?
    pub(crate) fn role_word(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let n = b.len();
        n > 0
            && n <= 24
            && self.role_lens[b[0].to_ascii_lowercase() as usize] & (1 << n) != 0
            && w.is_ascii()
            && self.role_first.contains(&pack_lower(b))
    }

    /// Is `w` a nationality ("Chinese", "Azerbaijani")?
    pub(crate) fn is_nationality(&self, w: &str) -> bool {
        may_be(&self.nationality_lens, w.as_bytes()) && self.nationalities.contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interner_gives_equal_strings_one_id() {
        let mut t = Interner::default();
        let words: Vec<String> = (0..1000).map(|i| format!("w{i}")).collect();
        let ids: Vec<u32> = words.iter().map(|w| t.intern(w)).collect();
        for (w, &id) in words.iter().zip(&ids) {
            assert_eq!(t.intern(w), id);
            assert_eq!(t.get(id), w);
        }
        assert_eq!(t.intern(""), t.intern(""));
        assert_ne!(t.intern("a"), t.intern("b"));
    }

    #[test]
    fn title_tables_agree_with_the_lexicon() {
        for t in strata_lexicon::titles() {
            for p in [
                t.phrase.to_string(),
                t.phrase.to_ascii_lowercase(),
                t.phrase.to_ascii_uppercase(),
            ] {
                assert_eq!(
                    LEX.title(&[&p]).map(|x| x.phrase),
                    strata_lexicon::title(&p).map(|x| x.phrase)
                );
            }
            let head = format!("the new {}", t.phrase);
            assert!(LEX.titles_ending(&head).any(|x| x.phrase == t.phrase));
            assert!(
                LEX.titles_ending(&format!("{head}s"))
                    .any(|x| x.phrase == t.phrase)
            );
            assert!(
                LEX.titles_starting(&format!("{} of", t.phrase))
                    .any(|x| x.phrase == t.phrase)
            );
        }
        assert_eq!(
            LEX.title(&["prime", "minister"]).map(|t| t.phrase),
            Some("Prime Minister")
        );
        assert!(LEX.role_word("AMBASSADOR") && LEX.role_word("diplomat"));
        assert!(!LEX.role_word("Baku") && LEX.is_nationality("Chinese"));
    }
}
