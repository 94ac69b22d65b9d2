//! Atoms: a fine, tokenizer-independent segmentation of the token layer.
//!
//! Patterns and gazetteer boundaries must not depend on how a tokenizer treats "1,570",
//! "$5m", "30-fold" or "2025-04-17". So the tokens are grouped into chunks of adjacent
//! tokens (no gap between them), and each chunk is cut again by characters: a number is
//! digits with inner `,`/`.` groups ("57,000", "21.9"); a word is a run of letters and
//! digits ("COP29"), except that a number glued to a known suffix ("5m", "240MW",
//! "1990s") is a number atom followed by a glued word atom, and an ordinal ("29th",
//! "22nd") is one number atom flagged `ordinal`; everything else is one character of
//! punctuation. Each atom records whether it is glued to the previous one and whether a
//! line break lies before it. Linear in the text covered by tokens.

use strata_core::Token;

/// What an atom is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AtomKind {
    Word,
    Num,
    Punct,
}

/// One atom: a byte range of the text (`u32` offsets, like [`strata_core::Span`]'s, so
/// an atom takes 12 bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Atom {
    start: u32,
    end: u32,
    pub kind: AtomKind,
    /// No gap between this atom and the previous one.
    pub glued: bool,
    /// A line break (or the document start) lies between the previous atom and this one.
    pub line_start: bool,
    /// A numeric ordinal ("29th").
    pub ordinal: bool,
    /// What the caller of [`atomize_with`] said of the atom.
    pub info: u64,
}

impl Atom {
    /// Start byte offset.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }
    /// End byte offset (exclusive).
    #[inline]
    pub fn end(&self) -> usize {
        self.end as usize
    }
}

/// Suffixes that split from a number glued to them ("5m", "3bn", "240MW", "1990s").
const NUM_SUFFIXES: &[&str] = &[
    "m", "bn", "mn", "b", "k", "K", "M", "B", "MW", "GW", "kW", "TW", "kWh", "MWh", "GWh", "TWh",
    "km", "kg", "px", "s", "am", "pm", "cm", "mm", "ha", "t", "Mt", "bcm", "mph",
];

fn ordinal_suffix(digits: &str, suffix: &str) -> bool {
    let last = digits.as_bytes().last().copied().unwrap_or(b'0');
    let teen = digits.len() >= 2 && digits.as_bytes()[digits.len() - 2] == b'1';
    let want = match (teen, last) {
        (true, _) => "th",
        (_, b'1') => "st",
        (_, b'2') => "nd",
        (_, b'3') => "rd",
        _ => "th",
    };
    suffix.eq_ignore_ascii_case(want)
}

/// Splits the text covered by `tokens` into atoms (see [`atomize_with`]).
#[cfg(test)]
pub(crate) fn atomize(text: &str, tokens: &[Token]) -> Vec<Atom> {
    atomize_with(text, tokens, ()).atoms
}

/// What a caller of [`atomize_with`] asks of each atom as it is cut: a value stored in
/// the atom ([`Atom::info`]) and whether to list it in [`Atomized::marked`].
pub(crate) trait AtomInfo {
    /// For the atom `bytes[start..end]` of kind `kind`.
    fn info(&mut self, kind: AtomKind, bytes: &[u8], start: usize, end: usize) -> (u64, bool);
    /// The same for a word atom of 1..=8 ASCII letters and digits whose bytes are `x`
    /// (little-endian, zero past the word), which the cutter has already read.
    #[inline(always)]
    fn short_word(&mut self, x: u64, bytes: &[u8], start: usize, end: usize) -> (u64, bool) {
        let _ = x;
        self.info(AtomKind::Word, bytes, start, end)
    }
}

/// Nothing asked.
impl AtomInfo for () {
    fn info(&mut self, _: AtomKind, _: &[u8], _: usize, _: usize) -> (u64, bool) {
        (0, false)
    }
}

/// Atoms, with what the caller's `info` said of each.
pub(crate) struct Atomized {
    pub atoms: Vec<Atom>,
    /// The atoms for which `info` returned `true`, in order.
    pub marked: Vec<u32>,
}

/// Splits the text covered by `tokens` into atoms, and asks `info` about each one as it
/// is made (while its bytes are in cache), so that a caller's per-atom
/// lookups need no second pass over the atoms.
pub(crate) fn atomize_with(text: &str, tokens: &[Token], info: impl AtomInfo) -> Atomized {
    let bytes = text.as_bytes();
    let cap = tokens.len() + tokens.len() / 4;
    let mut out = Out {
        atoms: Vec::with_capacity(cap),
        marked: Vec::with_capacity(tokens.len() / 8),
        last_end: usize::MAX,
        line_start: false,
        ask: info,
    };
    // End of the previous chunk (`usize::MAX` before the first).
    let mut prev_end = usize::MAX;
    let mut rest = tokens;
    while let Some((first, tail)) = rest.split_first() {
        // A chunk: tokens that touch each other.
        let start = first.span.start();
        let mut end = first.span.end();
        rest = tail;
        while let Some((t, tail)) = rest.split_first()
            && t.span.start() == end
        {
            end = t.span.end();
            rest = tail;
        }
        let valid = end > start && end <= text.len();
        // (A short word starts with an ASCII letter, so on a char boundary.)
        let short = if valid {
            short_word(bytes, start, end)
        } else {
            None
        };
        if valid && (short.is_some() || text.is_char_boundary(start)) && text.is_char_boundary(end)
        {
            // Spans lie on char boundaries, so a byte search for '\n' is exact.
            out.line_start = if prev_end == usize::MAX {
                true
            } else {
                // (Gaps are mostly one space: test that without a call.)
                match start.checked_sub(prev_end) {
                    Some(1) => bytes[prev_end] == b'\n',
                    Some(_) => bytes[prev_end..start].contains(&b'\n'),
                    None => false,
                }
            };
            // The chunk's first atom is glued when it starts where the last chunk ended.
            out.last_end = prev_end;
            if let Some(x) = short {
                let (info, mark) = out.ask.short_word(x, bytes, start, end);
                out.push_with(start, end, AtomKind::Word, false, info, mark);
            } else {
                cut_chunk(text, start, end, &mut out);
            }
            prev_end = end;
        }
    }
    Atomized {
        atoms: out.atoms,
        marked: out.marked,
    }
}

/// The atoms so far, the end of the last one (or of the last chunk, before a chunk's
/// first atom), whether the next atom opens a line, and the caller's question.
struct Out<F> {
    atoms: Vec<Atom>,
    marked: Vec<u32>,
    last_end: usize,
    line_start: bool,
    ask: F,
}

impl<F: AtomInfo> Out<F> {
    #[inline(always)]
    fn push(&mut self, bytes: &[u8], start: usize, end: usize, kind: AtomKind, ordinal: bool) {
        let (info, mark) = self.ask.info(kind, bytes, start, end);
        self.push_with(start, end, kind, ordinal, info, mark);
    }

    #[inline(always)]
    fn push_with(
        &mut self,
        start: usize,
        end: usize,
        kind: AtomKind,
        ordinal: bool,
        info: u64,
        mark: bool,
    ) {
        if mark {
            self.marked.push(self.atoms.len() as u32);
        }
        // Offsets fit: they come from spans, which are `u32`.
        self.atoms.push(Atom {
            start: start as u32,
            end: end as u32,
            kind,
            glued: self.last_end == start,
            line_start: self.line_start,
            ordinal,
            info,
        });
        self.last_end = end;
        self.line_start = false;
    }
}

/// The char at byte `pos` of `s` (which is on a char boundary), ASCII first.
#[inline]
fn char_at(s: &str, pos: usize) -> char {
    let b = s.as_bytes()[pos];
    if b < 128 {
        b as char
    } else {
        s[pos..].chars().next().unwrap_or(' ')
    }
}

/// `c.is_alphanumeric()`, answered without the Unicode tables for ASCII and for the
/// General Punctuation block (quotes, dashes, spaces: none of it is alphanumeric), the
/// non-ASCII characters news text holds most.
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// ASCII letters and digits, as a table.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = ONES * 0x80;

/// Per byte of `x`, the high bit set when the byte is ASCII in `lo..=hi` (no carry
/// crosses bytes: every byte of `low7` is below 0x80, so each sum stays below 0x100).
#[inline]
fn bytes_in(low7: u64, not_x: u64, lo: u8, hi: u8) -> u64 {
    (low7 + ONES * u64::from(0x80 - lo)) & !(low7 + ONES * u64::from(0x7f - hi)) & not_x & HIGH
}

/// Per byte of `x`, the high bit set when the byte is an ASCII letter or digit (`b | 0x20`
/// is a lowercase letter exactly when `b` is a letter).
#[inline(always)]
fn alnum_bits(x: u64) -> u64 {
    let low7 = x & (ONES * 0x7f);
    bytes_in(low7, !x, b'0', b'9') | bytes_in(low7 | (ONES * 0x20), !x, b'a', b'z')
}

/// Is the chunk `start..end` (not empty) one ASCII word of at most eight bytes, a letter
/// then letters and digits? Then it is one word atom, whatever `cut_chunk` would do
/// (the most common chunk, answered with one eight-byte test), and its bytes (zero past
/// the end) are returned.
#[inline(always)]
fn short_word(b: &[u8], start: usize, end: usize) -> Option<u64> {
    let len = end - start;
    if len > 8 {
        return None;
    }
    let chunk = b.get(start..start + 8)?;
    let x = u64::from_le_bytes(chunk.try_into().ok()?);
    let want = HIGH >> (8 * (8 - len));
    ((x as u8).is_ascii_alphabetic() && alnum_bits(x) & want == want)
        .then(|| x & (u64::MAX >> (8 * (8 - len))))
}

/// End of the run of letters and digits starting at `pos`, at most `end` (both byte
/// offsets into `text`, on char boundaries). ASCII is scanned eight bytes at a time.
#[inline(always)]
fn alnum_end(text: &str, mut pos: usize, end: usize) -> usize {
    let b = text.as_bytes();
    loop {
        // Bytes past `end` may be read, never taken: the result is clamped.
        while let Some(chunk) = b.get(pos..pos + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            let stop = !alnum_bits(x) & HIGH;
            if stop != 0 {
                pos += (stop.trailing_zeros() / 8) as usize;
                break;
            }
            pos += 8;
            if pos >= end {
                return end;
            }
        }
        while pos < end && ASCII_ALNUM[usize::from(b[pos])] {
            pos += 1;
        }
        if pos >= end {
            return end;
        }
        if b[pos] < 128 {
            return pos;
        }
        let ch = char_at(text, pos);
        if !is_alnum(ch) {
            return pos;
        }
        pos += ch.len_utf8();
    }
}

/// Cuts `text[start..end]` into atoms (offsets stay absolute).
fn cut_chunk<F: AtomInfo>(text: &str, start: usize, end: usize, atoms: &mut Out<F>) {
    let b = text.as_bytes();
    let mut pos = start;
    while pos < end {
        let c0 = b[pos];
        if c0.is_ascii_digit() {
            // digits ( [,.] digits )*
            let mut q = pos;
            while q < end && b[q].is_ascii_digit() {
                q += 1;
            }
            while q + 1 < end && (b[q] == b',' || b[q] == b'.') && b[q + 1].is_ascii_digit() {
                q += 1;
                while q < end && b[q].is_ascii_digit() {
                    q += 1;
                }
            }
            // Letters or digits glued after the number.
            let r = alnum_end(text, q, end);
            if r == q {
                atoms.push(b, pos, q, AtomKind::Num, false);
            } else {
                let (digits, suffix) = (&text[pos..q], &text[q..r]);
                if ordinal_suffix(digits, suffix) && !digits.contains([',', '.']) {
                    atoms.push(b, pos, r, AtomKind::Num, true);
                } else if NUM_SUFFIXES.contains(&suffix) {
                    atoms.push(b, pos, q, AtomKind::Num, false);
                    atoms.push(b, q, r, AtomKind::Word, false);
                } else {
                    atoms.push(b, pos, r, AtomKind::Word, false);
                }
            }
            pos = r;
        } else if ASCII_ALNUM[usize::from(c0)] {
            let r = alnum_end(text, pos + 1, end);
            atoms.push(b, pos, r, AtomKind::Word, false);
            pos = r;
        } else if c0 < 128 {
            // (`char::is_whitespace` for ASCII: space and \t \n \x0b \x0c \r.)
            if !matches!(c0, b' ' | b'\t'..=b'\r') {
                atoms.push(b, pos, pos + 1, AtomKind::Punct, false);
            }
            pos += 1;
        } else {
            let c = char_at(text, pos);
            if is_alnum(c) {
                let r = alnum_end(text, pos + c.len_utf8(), end);
                atoms.push(b, pos, r, AtomKind::Word, false);
                pos = r;
            } else {
                let r = pos + c.len_utf8();
                if !c.is_whitespace() {
                    atoms.push(b, pos, r, AtomKind::Punct, false);
                }
                pos = r;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strata_core::{Span, TokenKind};

    /// Whitespace tokens: the coarsest tokenizer, so atoms must do all the work.
    fn ws_tokens(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (c.is_whitespace(), start) {
                (true, Some(s)) => {
                    out.push(Token {
                        span: Span::new(text, s, i).unwrap(),
                        kind: TokenKind::Word,
                    });
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        out
    }

    fn check(text: &str, expected: &str) {
        let atoms = atomize(text, &ws_tokens(text));
        let got: Vec<String> = atoms
            .iter()
            .map(|a| {
                let k = match (a.kind, a.ordinal) {
                    (AtomKind::Num, true) => "O",
                    (AtomKind::Num, false) => "N",
                    (AtomKind::Word, _) => "W",
                    (AtomKind::Punct, _) => "P",
                };
                let g = if a.glued { "+" } else { "" };
                format!("{g}{}:{k}", &text[a.start()..a.end()])
            })
            .collect();
        assert_eq!(got.join(" "), expected, "{text:?}");
    }

    #[test]
    fn atoms() {
        check("USD 1.4 billion", "USD:W 1.4:N billion:W");
        check("$5m €3 bn", "$:P +5:N +m:W €:P +3:N bn:W");
        check("57,000 people.", "57,000:N people:W +.:P");
        check("2025-04-17", "2025:N +-:P +04:N +-:P +17:N");
        check("20:18", "20:N +::P +18:N");
        check(
            "30-fold 29th 22nd 11th 3rd",
            "30:N +-:P +fold:W 29th:O 22nd:O 11th:O 3rd:O",
        );
        check("COP29 5G 240MW", "COP29:W 5G:W 240:N +MW:W");
        check("1990s Azerbaijan’s", "1990:N +s:W Azerbaijan:W +’:P +s:W");
        check("", "");
    }

    #[test]
    fn fast_alnum_agrees_with_unicode() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    /// The atoms of one chunk, by the definition, one char at a time.
    fn naive_chunk(s: &str) -> Vec<(usize, usize, AtomKind, bool)> {
        let cs: Vec<(usize, char)> = s.char_indices().collect();
        let at = |k: usize| cs.get(k).map_or(s.len(), |c| c.0);
        let mut out = Vec::new();
        let mut k = 0;
        while k < cs.len() {
            let c = cs[k].1;
            let run_end = |mut j: usize| {
                while j < cs.len() && cs[j].1.is_alphanumeric() {
                    j += 1;
                }
                j
            };
            if c.is_ascii_digit() {
                let mut q = k;
                while q < cs.len() && cs[q].1.is_ascii_digit() {
                    q += 1;
                }
                while q + 1 < cs.len()
                    && matches!(cs[q].1, ',' | '.')
                    && cs[q + 1].1.is_ascii_digit()
                {
                    q += 1;
                    while q < cs.len() && cs[q].1.is_ascii_digit() {
                        q += 1;
                    }
                }
                let r = run_end(q);
                let (num, suf) = (&s[at(k)..at(q)], &s[at(q)..at(r)]);
                if suf.is_empty() {
                    out.push((at(k), at(q), AtomKind::Num, false));
                } else if ordinal_suffix(num, suf) && !num.contains([',', '.']) {
                    out.push((at(k), at(r), AtomKind::Num, true));
                } else if NUM_SUFFIXES.contains(&suf) {
                    out.push((at(k), at(q), AtomKind::Num, false));
                    out.push((at(q), at(r), AtomKind::Word, false));
                } else {
                    out.push((at(k), at(r), AtomKind::Word, false));
                }
                k = r;
            } else if c.is_alphanumeric() {
                let r = run_end(k);
                out.push((at(k), at(r), AtomKind::Word, false));
                k = r;
            } else {
                if !c.is_whitespace() {
                    out.push((at(k), at(k + 1), AtomKind::Punct, false));
                }
                k += 1;
            }
        }
        out
    }

    #[test]
    fn fast_scan_agrees_with_the_definition() {
        const PIECES: &[&str] = &[
            "a",
            "Z",
            "7",
            "0",
            ",",
            ".",
            " ",
            "\n",
            "\u{b}",
            "é",
            "ß",
            "’",
            "“",
            "–",
            "日",
            "٣",
            "th",
            "st",
            "m",
            "MW",
            "x",
            "-",
            "$",
            "\u{a0}",
            "\u{2070}",
            "ABCDEFGHIJ",
        ];
        let mut x: u64 = 3;
        for _ in 0..3000 {
            let mut text = String::new();
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            for _ in 0..(x >> 58) {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(PIECES[((x >> 33) % PIECES.len() as u64) as usize]);
            }
            // The whole text as one token, so it is one chunk.
            let tok = [Token {
                span: Span::new(&text, 0, text.len()).unwrap(),
                kind: TokenKind::Word,
            }];
            let got: Vec<_> = if text.is_empty() {
                Vec::new()
            } else {
                atomize(&text, &tok)
                    .iter()
                    .map(|a| (a.start(), a.end(), a.kind, a.ordinal))
                    .collect()
            };
            assert_eq!(got, naive_chunk(&text), "{text:?}");
        }
    }

    #[test]
    fn line_starts() {
        let text = "a b\nc";
        let atoms = atomize(text, &ws_tokens(text));
        let ls: Vec<bool> = atoms.iter().map(|a| a.line_start).collect();
        assert_eq!(ls, [true, false, true]);
    }
}
