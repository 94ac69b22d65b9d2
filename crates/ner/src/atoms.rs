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

/// One atom: a byte range of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Atom {
    pub start: usize,
    pub end: usize,
    pub kind: AtomKind,
    /// No gap between this atom and the previous one.
    pub glued: bool,
    /// A line break (or the document start) lies between the previous atom and this one.
    pub line_start: bool,
    /// A numeric ordinal ("29th").
    pub ordinal: bool,
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

/// Splits the text covered by `tokens` into atoms.
pub(crate) fn atomize(text: &str, tokens: &[Token]) -> Vec<Atom> {
    let bytes = text.as_bytes();
    let mut atoms = Vec::with_capacity(tokens.len() + tokens.len() / 4);
    let mut i = 0;
    let mut prev_end: Option<usize> = None;
    while i < tokens.len() {
        // A chunk: tokens that touch each other.
        let start = tokens[i].span.start();
        let mut end = tokens[i].span.end();
        let mut j = i + 1;
        while j < tokens.len() && tokens[j].span.start() == end {
            end = tokens[j].span.end();
            j += 1;
        }
        if end > start && end <= text.len() {
            // Spans lie on char boundaries, so a byte search for '\n' is exact.
            let line_start = match prev_end {
                None => true,
                // (Gaps are mostly one space: test that without a call.)
                Some(p) => match start.checked_sub(p) {
                    Some(1) => bytes[p] == b'\n',
                    Some(_) => bytes[p..start].contains(&b'\n'),
                    None => false,
                },
            };
            let first = atoms.len();
            cut_chunk(text, start, end, &mut atoms);
            if let Some(a) = atoms.get_mut(first) {
                a.glued = prev_end == Some(a.start);
                a.line_start = line_start;
            }
            prev_end = Some(end);
        }
        i = j;
    }
    atoms
}

#[inline]
fn push(atoms: &mut Vec<Atom>, start: usize, end: usize, kind: AtomKind, ordinal: bool) {
    let glued = atoms.last().is_some_and(|a| a.end == start);
    atoms.push(Atom {
        start,
        end,
        kind,
        glued,
        line_start: false,
        ordinal,
    });
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

/// ASCII letters and digits, as a table: the inner loop of the scan.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// End of the run of letters and digits starting at `pos`.
#[inline]
fn alnum_end(s: &str, mut pos: usize) -> usize {
    let b = s.as_bytes();
    loop {
        while pos < b.len() && ASCII_ALNUM[usize::from(b[pos])] {
            pos += 1;
        }
        if pos >= b.len() || b[pos] < 128 {
            return pos;
        }
        let ch = char_at(s, pos);
        if !is_alnum(ch) {
            return pos;
        }
        pos += ch.len_utf8();
    }
}

fn cut_chunk(text: &str, start: usize, end: usize, atoms: &mut Vec<Atom>) {
    let s = &text[start..end];
    let b = s.as_bytes();
    let mut pos = 0;
    while pos < b.len() {
        let c0 = b[pos];
        if c0.is_ascii_digit() {
            // digits ( [,.] digits )*
            let mut q = pos;
            while q < b.len() && b[q].is_ascii_digit() {
                q += 1;
            }
            while q + 1 < b.len() && (b[q] == b',' || b[q] == b'.') && b[q + 1].is_ascii_digit() {
                q += 1;
                while q < b.len() && b[q].is_ascii_digit() {
                    q += 1;
                }
            }
            // Letters or digits glued after the number.
            let r = alnum_end(s, q);
            if r == q {
                push(atoms, start + pos, start + q, AtomKind::Num, false);
            } else {
                let suffix = &s[q..r];
                if ordinal_suffix(&s[pos..q], suffix) && !s[pos..q].contains([',', '.']) {
                    push(atoms, start + pos, start + r, AtomKind::Num, true);
                } else if NUM_SUFFIXES.contains(&suffix) {
                    push(atoms, start + pos, start + q, AtomKind::Num, false);
                    push(atoms, start + q, start + r, AtomKind::Word, false);
                } else {
                    push(atoms, start + pos, start + r, AtomKind::Word, false);
                }
            }
            pos = r;
        } else if ASCII_ALNUM[usize::from(c0)] {
            let r = alnum_end(s, pos + 1);
            push(atoms, start + pos, start + r, AtomKind::Word, false);
            pos = r;
        } else {
            let c = char_at(s, pos);
            if is_alnum(c) {
                let r = alnum_end(s, pos + c.len_utf8());
                push(atoms, start + pos, start + r, AtomKind::Word, false);
                pos = r;
            } else {
                let r = pos + c.len_utf8();
                if !c.is_whitespace() {
                    push(atoms, start + pos, start + r, AtomKind::Punct, false);
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
                format!("{g}{}:{k}", &text[a.start..a.end])
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

    #[test]
    fn line_starts() {
        let text = "a b\nc";
        let atoms = atomize(text, &ws_tokens(text));
        let ls: Vec<bool> = atoms.iter().map(|a| a.line_start).collect();
        assert_eq!(ls, [true, false, true]);
    }
}
