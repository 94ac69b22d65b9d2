//! Feature extraction: from the words of one sentence to hashed feature ids.
//!
//! A feature is a 32-bit hash of a template id and its content (a lowercased word, a
//! shape, a suffix, a previous tag). Nothing is allocated per token: words are lowercased
//! while they are hashed, and per-word hashes are computed once per sentence
//! ([`SentenceInfo`]) and then combined by the templates.
//!
//! The tagger only scores *candidate* tokens: those with an upper-case letter, connectors
//! such as "of" or "de" between them ("Bank of America"), and numbers directly after them
//! ("Apollo 11"). Every other token is `O` without scoring. English names are capitalised,
//! so this loses little recall and makes tagging many times faster on news text, where
//! most tokens are lower-case.

/// Word classes a gazetteer can report for a word, as bit flags. The tagger learns how
/// much to trust each one; the model does not depend on which lexicon filled them.
pub(crate) mod gaz {
    pub const PERSON_TITLE: u16 = 1;
    /// A country, city or region of strata-lexicon (GPE).
    pub const GPE: u16 = 2;
    pub const NATIONALITY: u16 = 4;
    /// A head word of organisation names ("University", "Ministry").
    pub const ORG_WORD: u16 = 8;
    /// A head word of natural places ("Sea") or a strata-lexicon location ("Europe").
    pub const LOC_WORD: u16 = 16;
    pub const MONTH_OR_DAY: u16 = 32;
    pub const FIRST_NAME: u16 = 64;
    pub const SURNAME: u16 = 128;
    /// An organisation of strata-lexicon ("UN", "Xinhua").
    pub const ORG: u16 = 256;
    pub const LANGUAGE: u16 = 512;
    /// Inside a multi-word strata-lexicon phrase, after its first word.
    pub const INSIDE: u16 = 1024;
    pub const BITS: u64 = 11;
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

#[inline]
fn fnv_byte(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(FNV_PRIME)
}

#[inline]
fn fnv_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h = fnv_byte(h, b);
    }
    h
}

/// Hash of `s` lowercased, without allocating.
pub(crate) fn hash_lower(s: &str) -> u64 {
    let mut h = FNV_OFFSET;
    if s.is_ascii() {
        for &b in s.as_bytes() {
            h = fnv_byte(h, b.to_ascii_lowercase());
        }
    } else {
        let mut buf = [0u8; 4];
        for c in s.chars() {
            for l in c.to_lowercase() {
                h = fnv_bytes(h, l.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    h
}

/// Hash of the compressed shape of `s`: upper-case letters become `X`, lower-case `x`,
/// digits `d`, other characters stay; runs of one class collapse to one symbol, so
/// "McDonald" is `XxXx`, "U.S." is `X.X.` and "1,570" is `d,d`.
pub(crate) fn hash_shape(s: &str) -> u64 {
    let mut h = FNV_OFFSET;
    let mut last = 0u32;
    if s.is_ascii() {
        for &b in s.as_bytes() {
            let cls = if b.is_ascii_uppercase() {
                b'X'
            } else if b.is_ascii_lowercase() {
                b'x'
            } else if b.is_ascii_digit() {
                b'd'
            } else {
                b
            };
            if cls as u32 != last {
                h = fnv_byte(h, cls);
                last = cls as u32;
            }
        }
        return h;
    }
    let mut buf = [0u8; 4];
    for c in s.chars() {
        let cls = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if cls as u32 != last {
            h = fnv_bytes(h, cls.encode_utf8(&mut buf).as_bytes());
            last = cls as u32;
        }
    }
    h
}

/// Lowercased hash of the first `n` chars (prefix) or last `n` chars (suffix); `None`
/// when the word is not longer than `n` chars (the word feature covers it).
pub(crate) fn hash_affix(s: &str, n: usize, suffix: bool) -> Option<u64> {
    if suffix {
        let (i, _) = s.char_indices().rev().nth(n - 1)?;
        if i == 0 {
            return None;
        }
        Some(hash_lower(&s[i..]))
    } else {
        let mut it = s.char_indices();
        let (i, _) = it.nth(n)?;
        Some(hash_lower(&s[..i]))
    }
}

/// Final mixing of a 64-bit hash to a 32-bit feature id (never 0, which marks an empty
/// slot in the model's table).
#[inline]
pub(crate) fn finish(h: u64) -> u32 {
    let mut x = h;
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^= x >> 33;
    let f = (x ^ (x >> 32)) as u32;
    if f == 0 { 1 } else { f }
}

#[inline]
pub(crate) fn feat(template: u64, a: u64) -> u32 {
    finish(
        a.wrapping_add(template.wrapping_mul(0x9e37_79b9_7f4a_7c15))
            .rotate_left(7),
    )
}

#[inline]
pub(crate) fn feat2(template: u64, a: u64, b: u64) -> u32 {
    feat(
        template,
        a.rotate_left(17) ^ b.wrapping_mul(0x2545_f491_4f6c_dd1d),
    )
}

/// Token flags.
pub(crate) const F_ANCHOR: u8 = 1; // has an upper-case letter
pub(crate) const F_CAND: u8 = 2; // scored by the model
pub(crate) const F_TITLECASE: u8 = 4; // first char upper, some lower
pub(crate) const F_ALLCAPS: u8 = 8; // letters, all upper
pub(crate) const F_DIGIT: u8 = 16; // starts with a digit

/// Connectors that may join capitalised words inside a name.
pub(crate) fn is_connector(w: &str) -> bool {
    is_connector_bytes(w.as_bytes())
}

/// [`is_connector`] of a word's bytes.
pub(crate) fn is_connector_bytes(w: &[u8]) -> bool {
    matches!(
        w,
        b"of"
            | b"the"
            | b"de"
            | b"del"
            | b"da"
            | b"di"
            | b"du"
            | b"des"
            | b"van"
            | b"von"
            | b"der"
            | b"den"
            | b"la"
            | b"le"
            | b"and"
            | b"&"
            | b"for"
            | b"on"
            | b"y"
            | b"al"
            | b"bin"
            | b"ibn"
            | b"-"
            | b"\xe2\x80\x93" // "–"
    )
}

pub(crate) fn flags_of(w: &str) -> u8 {
    let mut upper = false;
    let mut lower = false;
    let mut letters = false;
    if w.is_ascii() {
        for &b in w.as_bytes() {
            upper |= b.is_ascii_uppercase();
            lower |= b.is_ascii_lowercase();
        }
        letters = upper || lower;
    } else {
        for c in w.chars() {
            if c.is_uppercase() {
                upper = true;
                letters = true;
            } else if c.is_lowercase() {
                lower = true;
                letters = true;
            } else if c.is_alphabetic() {
                letters = true;
            }
        }
    }
    let first = w.chars().next();
    let mut f = 0;
    if upper {
        f |= F_ANCHOR;
    }
    if first.is_some_and(char::is_uppercase) && lower {
        f |= F_TITLECASE;
    }
    if letters && upper && !lower {
        f |= F_ALLCAPS;
    }
    if first.is_some_and(|c| c.is_ascii_digit()) {
        f |= F_DIGIT;
    }
    f
}

/// Marks the candidates with `F_CAND` in `flags` (one entry per word, already holding
/// `F_ANCHOR` and `F_DIGIT`): anchors, connectors between a candidate and an anchor, and
/// numbers right after an anchor; `connector(i)` says whether word `i` is a connector
/// ([`is_connector`]). Returns whether any word is a candidate.
pub(crate) fn mark_candidates(connector: impl Fn(usize) -> bool, flags: &mut [u8]) -> bool {
    let n = flags.len();
    let mut any = false;
    for i in 0..n {
        let f = flags[i];
        let cand = if f & F_ANCHOR != 0 {
            true
        } else if i > 0 && flags[i - 1] & F_CAND != 0 {
            if f & F_DIGIT != 0 {
                flags[i - 1] & F_ANCHOR != 0
            } else if connector(i) {
                let a1 = i + 1 < n && flags[i + 1] & F_ANCHOR != 0;
                let a2 = i + 2 < n && connector(i + 1) && flags[i + 2] & F_ANCHOR != 0;
                a1 || a2
            } else {
                false
            }
        } else {
            false
        };
        if cand {
            flags[i] |= F_CAND;
            any = true;
        }
    }
    any
}

/// Per-word information for one sentence, computed once and shared by every template.
#[derive(Default)]
pub(crate) struct SentenceInfo {
    pub lower: Vec<u64>,
    pub shape: Vec<u64>,
    pub flags: Vec<u8>,
    pub gaz: Vec<u16>,
}

impl SentenceInfo {
    /// Fills the per-word tables for `words`.
    pub fn fill(&mut self, words: &[&str]) {
        self.lower.clear();
        self.shape.clear();
        self.flags.clear();
        self.gaz.clear();
        for w in words {
            self.flags.push(flags_of(w));
        }
        let n = words.len();
        mark_candidates(|i| is_connector(words[i]), &mut self.flags);
        // Hashes only where a template can look: within two tokens of a candidate.
        for (i, w) in words.iter().enumerate() {
            let lo = i.saturating_sub(2);
            let hi = (i + 3).min(n);
            let near = (lo..hi).any(|j| self.flags[j] & F_CAND != 0);
            if near {
                let h = hash_lower(w);
                self.lower.push(h);
                self.shape.push(hash_shape(w));
                self.gaz.push(crate::labels::gaz_class(w, h));
            } else {
                self.lower.push(0);
                self.shape.push(0);
                self.gaz.push(0);
            }
        }
        crate::labels::mark_phrases(&self.lower, &self.flags, &mut self.gaz);
    }

    #[inline]
    pub fn is_candidate(&self, i: usize) -> bool {
        self.flags[i] & F_CAND != 0
    }

    /// A candidate joining capitalised words ("of", "and"), not a name word itself.
    #[inline]
    pub fn is_connector(&self, i: usize) -> bool {
        self.flags[i] & (F_CAND | F_ANCHOR | F_DIGIT) == F_CAND
    }
}

pub(crate) const BOS: u64 = 0x5eed_0001;
pub(crate) const EOS: u64 = 0x5eed_0002;

/// The affix templates: (template, length in chars, suffix?).
pub(crate) const AFFIXES: [(u64, usize, bool); 5] = [
    (6, 2, true),
    (7, 3, true),
    (8, 4, true),
    (9, 2, false),
    (10, 3, false),
];

/// Appends the features of token `i` that do not depend on previous tags. Tagging sums
/// the same templates another way (`src/fast.rs`): a change here must be made there too
/// (the test `fast_path_equals_reference` fails otherwise).
pub(crate) fn static_features(words: &[&str], info: &SentenceInfo, i: usize, out: &mut Vec<u32>) {
    let n = words.len();
    let w = words[i];
    let lw = info.lower[i];
    let sh = info.shape[i];
    let at = |j: isize, v: &Vec<u64>| -> u64 {
        if j < 0 {
            BOS
        } else if j as usize >= n {
            EOS
        } else {
            v[j as usize]
        }
    };
    let ii = i as isize;
    let lp1 = at(ii - 1, &info.lower);
    let ln1 = at(ii + 1, &info.lower);
    let sp1 = at(ii - 1, &info.shape);
    let sn1 = at(ii + 1, &info.shape);
    out.push(feat(0, 0)); // bias
    out.push(feat(1, lw));
    out.push(feat(2, lp1));
    out.push(feat(3, ln1));
    out.push(feat(4, at(ii - 2, &info.lower)));
    out.push(feat(5, at(ii + 2, &info.lower)));
    for (t, k, suf) in AFFIXES {
        if let Some(h) = hash_affix(w, k, suf) {
            out.push(feat(t, h));
        }
    }
    out.push(feat(11, sh));
    out.push(feat(12, sp1));
    out.push(feat(13, sn1));
    out.push(feat2(14, sp1, sh));
    out.push(feat2(15, sh, sn1));
    out.push(feat2(16, lp1, lw));
    out.push(feat2(17, lw, ln1));
    // Position: sentence-initial capitalised words are weak evidence.
    let pos = match i {
        0 => 0u64,
        1 => 1,
        _ => 2,
    };
    out.push(feat2(18, pos, sh));
    let len = w.chars().take(8).count() as u64;
    out.push(feat2(19, len, info.flags[i] as u64));
    // Gazetteer classes of the word and its neighbours.
    let g = info.gaz[i] as u64;
    if g != 0 {
        out.push(feat(20, g));
        for bit in 0..gaz::BITS {
            if g & (1 << bit) != 0 {
                out.push(feat2(26, bit, (info.flags[i] & F_TITLECASE) as u64));
            }
        }
    }
    let gp = if i > 0 { info.gaz[i - 1] as u64 } else { 0 };
    let gn = if i + 1 < n { info.gaz[i + 1] as u64 } else { 0 };
    if gp != 0 {
        out.push(feat(21, gp));
    }
    if gn != 0 {
        out.push(feat(22, gn));
    }
    // Candidate neighbourhood: is this token inside a run of capitalised words?
    let cp = i > 0 && info.is_candidate(i - 1);
    let cn = i + 1 < n && info.is_candidate(i + 1);
    out.push(feat2(23, cp as u64 * 2 + cn as u64, sh));
    out.push(feat2(24, lp1, sh));
    out.push(feat2(25, sh, ln1));
}

/// Appends the features that depend on the two previous tags.
#[inline]
pub(crate) fn tag_features(info: &SentenceInfo, i: usize, prev: u8, prev2: u8, out: &mut Vec<u32>) {
    let lw = info.lower[i];
    let sh = info.shape[i];
    out.push(feat(30, prev as u64));
    out.push(feat2(31, prev as u64, prev2 as u64));
    out.push(feat2(32, prev as u64, lw));
    out.push(feat2(33, prev as u64, sh));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_hash_ignores_case_and_handles_unicode() {
        assert_eq!(hash_lower("Baku"), hash_lower("BAKU"));
        assert_eq!(hash_lower("Zürich"), hash_lower("ZÜRICH"));
        assert_ne!(hash_lower("Baku"), hash_lower("Bakü"));
        assert_eq!(hash_shape("McDonald"), hash_shape("DeVito"));
        assert_ne!(hash_shape("U.S."), hash_shape("US"));
    }

    #[test]
    fn affixes_respect_char_boundaries() {
        assert_eq!(hash_affix("Aliyev", 3, true), Some(hash_lower("yev")));
        assert_eq!(hash_affix("Niño", 2, true), Some(hash_lower("ño")));
        assert_eq!(hash_affix("ab", 2, true), None);
        assert_eq!(hash_affix("Lu", 3, false), None);
        assert_eq!(hash_affix("Émile", 2, false), Some(hash_lower("ém")));
    }

    #[test]
    fn candidates_are_capitalised_runs_with_connectors() {
        let words = [
            "the", "Bank", "of", "America", "and", "of", "course", "Apollo", "11", "flew",
        ];
        let mut info = SentenceInfo::default();
        info.fill(&words);
        let cands: Vec<&str> = (0..words.len())
            .filter(|&i| info.is_candidate(i))
            .map(|i| words[i])
            .collect();
        assert_eq!(cands, ["Bank", "of", "America", "Apollo", "11"]);
    }
}
