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

/// The distinct strings of one document, each with a dense `u32` id. All strings live in
/// one arena; the table is open addressing over their ids, so interning allocates only
/// when the arena or the table grows.
pub(crate) struct Interner {
    arena: String,
    /// (start, end) in the arena, by id.
    spans: Vec<(usize, usize)>,
    hashes: Vec<u64>,
    /// id + 1, or 0 for an empty slot; the length is a power of two.
    slots: Vec<u32>,
}

impl Default for Interner {
    fn default() -> Self {
        Interner {
            arena: String::new(),
            spans: Vec::new(),
            hashes: Vec::new(),
            slots: vec![0; 64],
        }
    }
}

impl Interner {
    /// A table sized for about `strings` strings of `bytes` bytes in all.
    pub(crate) fn with_capacity(strings: usize, bytes: usize) -> Interner {
        Interner {
            arena: String::with_capacity(bytes),
            spans: Vec::with_capacity(strings),
            hashes: Vec::with_capacity(strings),
            slots: vec![0; (strings * 2).next_power_of_two().max(64)],
        }
    }

    fn hash(s: &str) -> u64 {
        let mut h = FastBuild.build_hasher();
        h.write(s.as_bytes());
        h.finish()
    }

    pub(crate) fn intern(&mut self, s: &str) -> u32 {
        if (self.spans.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let h = Self::hash(s);
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
                self.slots[i] = id + 1;
                return id;
            }
            let id = (v - 1) as usize;
            if self.hashes[id] == h {
                let (a, b) = self.spans[id];
                if &self.arena[a..b] == s {
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
        }
    }

    pub(crate) fn get(&self, id: u32) -> &str {
        let (a, b) = self.spans[id as usize];
        &self.arena[a..b]
    }
}

/// Lookup tables over the lexicon, built on first use.
pub(crate) struct Lex {
    titles: &'static [Title],
    /// ASCII-lowercased title -> the first title (in phrase order) spelled so.
    folded: Vec<(String, usize)>,
    longest_title: usize,
    /// Titles by their last two bytes and by their first two bytes, as bit sets over
    /// title indices; titles shorter than two bytes are in `short`.
    by_last2: FastMap<[u8; 2], Bits>,
    by_first2: FastMap<[u8; 2], Bits>,
    short: Bits,
    /// Whether the bit sets cover every title (false only for a lexicon of over 256).
    indexed: bool,
    /// Lowercase first words of titles and role nouns, and their shortest and longest
    /// lengths.
    role_first: FastSet<String>,
    role_len: (usize, usize),
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

fn two(b: &[u8]) -> [u8; 2] {
    [b[0], b[1]]
}

pub(crate) static LEX: LazyLock<Lex> = LazyLock::new(|| {
    let titles = strata_lexicon::titles();
    let indexed = titles.len() <= 256;
    let mut folded: Vec<(String, usize)> = Vec::new();
    let mut by_last2: FastMap<[u8; 2], Bits> = FastMap::default();
    let mut by_first2: FastMap<[u8; 2], Bits> = FastMap::default();
    let mut short = Bits::default();
    for (i, t) in titles.iter().enumerate() {
        folded.push((t.phrase.to_ascii_lowercase(), i));
        if !indexed {
            continue;
        }
        let p = t.phrase.as_bytes();
        if p.len() < 2 {
            short.set(i);
        } else {
            by_last2.entry(two(&p[p.len() - 2..])).or_default().set(i);
            by_first2.entry(two(p)).or_default().set(i);
        }
    }
    // Stable sort: among equal spellings the first title stays first.
    folded.sort_by(|a, b| a.0.cmp(&b.0));
    folded.dedup_by(|a, b| a.0 == b.0);
    let role_first: FastSet<String> = titles
        .iter()
        .filter_map(|t| t.phrase.split(' ').next())
        .map(str::to_ascii_lowercase)
        .chain(
            crate::cluster::ROLE_NOUNS
                .iter()
                .filter_map(|r| r.split(' ').next())
                .map(str::to_string),
        )
        .collect();
    let role_len = (
        role_first.iter().map(String::len).min().unwrap_or(0),
        role_first.iter().map(String::len).max().unwrap_or(0),
    );
    let nationalities = strata_lexicon::entries()
        .iter()
        .filter(|e| e.kind == Kind::Nationality)
        .map(|e| e.phrase)
        .collect();
    Lex {
        titles,
        longest_title: titles.iter().map(|t| t.phrase.len()).max().unwrap_or(0),
        folded,
        by_last2,
        by_first2,
        short,
        indexed,
        role_first,
        role_len,
        nationalities,
    }
});

impl Lex {
    /// The title spelled exactly so.
    pub(crate) fn title_exact(&self, phrase: &str) -> Option<&'static Title> {
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
        let phrase = std::str::from_utf8(&buf[..n]).ok()?;
        if let Some(t) = self.title_exact(phrase) {
            return Some(t);
        }
        buf[..n].make_ascii_lowercase();
        let lower = std::str::from_utf8(&buf[..n]).ok()?;
        self.folded
            .binary_search_by(|f| f.0.as_str().cmp(lower))
            .ok()
            .map(|i| &self.titles[self.folded[i].1])
    }

    /// Titles that `s` may end with, either as written or followed by a plural "s", in
    /// phrase order (a superset: callers test each).
    pub(crate) fn titles_ending(&self, s: &str) -> impl Iterator<Item = &'static Title> {
        let b = s.as_bytes();
        let mut set = self.short;
        if self.indexed {
            if b.len() >= 2
                && let Some(x) = self.by_last2.get(&two(&b[b.len() - 2..]))
            {
                set = set.or(*x);
            }
            if b.len() >= 3
                && b[b.len() - 1] == b's'
                && let Some(x) = self.by_last2.get(&two(&b[b.len() - 3..b.len() - 1]))
            {
                set = set.or(*x);
            }
        }
        self.pick(set)
    }

    /// Titles that `s` may start with, in phrase order (a superset).
    pub(crate) fn titles_starting(&self, s: &str) -> impl Iterator<Item = &'static Title> {
        let b = s.as_bytes();
        let mut set = self.short;
        if self.indexed
            && b.len() >= 2
            && let Some(x) = self.by_first2.get(&two(b))
        {
            set = set.or(*x);
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
        let mut buf = [0u8; 24];
        let n = w.len();
        if n < self.role_len.0 || n > self.role_len.1 || n > buf.len() || !w.is_ascii() {
            return false;
        }
        buf[..n].copy_from_slice(w.as_bytes());
        buf[..n].make_ascii_lowercase();
        std::str::from_utf8(&buf[..n]).is_ok_and(|l| self.role_first.contains(l))
    }

    /// Is `w` a nationality ("Chinese", "Azerbaijani")?
    pub(crate) fn is_nationality(&self, w: &str) -> bool {
        self.nationalities.contains(w)
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
