//! Text helpers that need no other layer: words inside a window, paragraphs, sentence
//! boundaries. Every function is linear in the bytes it is given.

use crate::lexicon::Sets;

/// A word: byte offsets into the document text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct W {
    pub s: usize,
    pub e: usize,
}

impl W {
    pub fn t(self, text: &str) -> &str {
        &text[self.s..self.e]
    }
}

/// ASCII letters and digits, by byte (one load instead of three range tests).
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// A non-ASCII character at byte `k`: its length, whether it is white space, whether
/// it is a letter or digit. The punctuation block U+2000..U+203F (curly quotes, dashes,
/// the ellipsis, typographic spaces), the most common non-ASCII characters in news, is
/// classified from its bytes without a Unicode table lookup.
#[inline]
fn non_ascii_at(text: &str, k: usize) -> Option<(usize, bool, bool)> {
    let b = text.as_bytes();
    if b[k] == 0xE2 && b.get(k + 1) == Some(&0x80) {
        let c = *b.get(k + 2)?;
        let space = c <= 0x8A || matches!(c, 0xA8 | 0xA9 | 0xAF);
        return Some((3, space, false));
    }
    let ch = text.get(k..)?.chars().next()?;
    Some((ch.len_utf8(), ch.is_whitespace(), ch.is_alphanumeric()))
}

/// Length of the word character at byte `k` (a letter or digit), if it is one.
#[inline]
fn word_char_at(text: &str, k: usize, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    if k >= end {
        return None;
    }
    let c = b[k];
    if c < 128 {
        return c.is_ascii_alphanumeric().then_some(1);
    }
    let (l, _, alnum) = non_ascii_at(text, k)?;
    alnum.then_some(l)
}

/// True for a word (at most 6 bytes) that keeps its final period ("Ms.", "Gen.").
fn is_abbreviation(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let sets = Sets::get();
    w.len() <= 6
        && sets.abbreviations_pre.may_contain(w.as_bytes())
        && crate::lexicon::lower_bytes(w, &mut buf).is_some_and(|l| sets.abbreviations.contains(l))
}

/// End of the word that starts at `i` (a letter or digit). ASCII letters and digits are
/// consumed a byte at a time; only non-ASCII bytes decode a character.
#[inline(always)]
fn scan_word(text: &str, i: usize, end: usize) -> usize {
    let b = text.as_bytes();
    let bb = &b[..end];
    let mut j = i;
    let mut dotted = false;
    loop {
        while let Some(&c) = bb.get(j) {
            if ALNUM[c as usize] {
                j += 1;
            } else if c >= 0x80 {
                match word_char_at(text, j, end) {
                    Some(l) => j += l,
                    None => break,
                }
            } else {
                break;
            }
        }
        if j >= end {
            break;
        }
        let c = b[j];
        let apos = match c {
            b'-' | b'.' | b'&' => {
                if let Some(l) = word_char_at(text, j + 1, end) {
                    dotted |= c == b'.';
                    j += 1 + l;
                    continue;
                }
                break;
            }
            b'\'' => 1,
            // ’ (E2 80 99)
            0xE2 if b.get(j + 1) == Some(&0x80) && b.get(j + 2) == Some(&0x99) => 3,
            _ => break,
        };
        // "don't", "O'Neill" but not the possessive "’s" (kept apart)
        if let Some(l) = word_char_at(text, j + apos, end) {
            let n = b[j + apos];
            let possessive =
                matches!(n, b's' | b'S') && word_char_at(text, j + apos + 1, end).is_none();
            if !possessive {
                j += apos + l;
                continue;
            }
        }
        break;
    }
    // an abbreviation or initial keeps its period
    if j < end && b[j] == b'.' {
        let single_cap = j - i == 1 && b[i].is_ascii_uppercase();
        if single_cap || dotted || (j - i <= 6 && is_abbreviation(&text[i..j])) {
            j += 1;
        }
    }
    j
}

/// The word splitter behind [`words`] and [`words_into`]: appends the items of
/// `text[start..end]` to `out`, in order.
#[inline(always)]
fn scan_items(text: &str, start: usize, end: usize, out: &mut Vec<W>) {
    let mut push = |s: usize, e: usize| out.push(W { s, e });
    let b = text.as_bytes();
    let mut i = start;
    while i < end {
        let c = b[i];
        if c < 128 {
            if ALNUM[c as usize] {
                let j = scan_word(text, i, end);
                push(i, j);
                // the space after a word, the common case, without another round
                i = if j < end && b[j] == b' ' { j + 1 } else { j };
            } else if c.is_ascii_whitespace() {
                i += 1;
            } else {
                push(i, i + 1);
                i += 1;
            }
            continue;
        }
        let Some((l, space, alnum)) = non_ascii_at(text, i) else {
            break;
        };
        if space {
            i += l;
            continue;
        }
        let j = if alnum {
            scan_word(text, i, end)
        } else {
            i + l
        };
        push(i, j);
        i = j;
    }
}

/// Words and single punctuation marks of `text[start..end]`. Letters and digits form
/// words with inner apostrophes, hyphens and periods ("U.S.", "Azerbaijan’s" is split
/// into "Azerbaijan" and "’s"); known abbreviations keep their final period ("Ms.");
/// every other non-space character is a one-character item.
pub fn words(text: &str, start: usize, end: usize) -> Vec<W> {
    let mut out = Vec::with_capacity((end - start) / 5 + 1);
    scan_items(text, start, end, &mut out);
    out
}

/// [`words`] into a buffer kept by the caller (cleared first).
pub fn words_into(text: &str, start: usize, end: usize, out: &mut Vec<W>) {
    out.clear();
    scan_items(text, start, end, out);
}

/// [`words`] appended to `out`.
pub fn words_append(text: &str, start: usize, end: usize, out: &mut Vec<W>) {
    scan_items(text, start, end, out);
}

/// The classes of each of `ws` (words of `text` from [`words`]) into `fl` (cleared
/// first): [`crate::lexicon::word_class`], except that a word opening with an ASCII
/// lower-case letter gets `C_WORD | C_LAZY` (to be classified only when a rule asks) and
/// ASCII punctuation is classified from its byte, so the common words are never sliced
/// or looked up.
pub fn classify_into(text: &str, ws: &[W], fl: &mut Vec<u16>) {
    use crate::lexicon::{C_CONNECTOR, C_LAZY, C_WORD, word_class};
    fl.clear();
    let b = text.as_bytes();
    fl.extend(ws.iter().map(|w| {
        let c = b[w.s];
        if c.is_ascii_lowercase() {
            C_WORD | C_LAZY
        } else if c < 128 && !ALNUM[c as usize] {
            if c == b'&' { C_CONNECTOR } else { 0 }
        } else {
            word_class(&text[w.s..w.e])
        }
    }));
}

/// Non-blank lines, trimmed: the paragraphs of a news text (a blank line or a single
/// line break both separate paragraphs).
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    let b = text.as_bytes();
    for nl in memchr::memchr_iter(b'\n', b).chain(std::iter::once(b.len())) {
        let l = &text[s..nl];
        let lead = l.len() - l.trim_start().len();
        let t = l.trim();
        if !t.is_empty() {
            out.push((s + lead, s + lead + t.len()));
        }
        s = nl + 1;
    }
    out
}

/// True for characters that close a quotation (for sentence ends after a quote).
pub fn is_closer_char(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '\'' | '»' | ')' | ']' | '“')
}

/// Sentence starts (byte offsets), sorted, computed in one pass: a paragraph start, or
/// after `.`/`!`/`?`/`…` (and closing marks) followed by space and an upper-case letter,
/// a digit or an opening mark, unless the period belongs to an abbreviation or initial.
pub fn sentence_starts(text: &str, paras: &[(usize, usize)]) -> Vec<usize> {
    let mut out = Vec::new();
    for &(ps, pe) in paras {
        out.push(ps);
        let p = &text[ps..pe];
        let b = p.as_bytes();
        let mut i = 0;
        // the next terminal: '.', '!', '?' (memchr) or '…' (E2 80 A6)
        // (the next '…' is cached, so each byte is searched once)
        let mut next_ell = find_ellipsis(b, 0);
        while i < b.len() {
            let next_ascii = memchr::memchr3(b'.', b'!', b'?', &b[i..]).map(|k| i + k);
            if next_ell.is_some_and(|e| e < i) {
                next_ell = find_ellipsis(b, i);
            }
            i = match (next_ascii, next_ell) {
                (Some(a), Some(e)) => a.min(e),
                (Some(a), None) => a,
                (None, Some(e)) => e,
                (None, None) => break,
            };
            let c = b[i];
            let term_len = if c == b'.' || c == b'!' || c == b'?' {
                1
            } else if b[i..].starts_with("…".as_bytes()) {
                3
            } else {
                0
            };
            if term_len == 0 {
                i += 1;
                continue;
            }
            let mut j = i + term_len;
            // closers
            while j < b.len() {
                let ch = p[j..].chars().next().unwrap_or(' ');
                if is_closer_char(ch) && ch != '“' {
                    j += ch.len_utf8();
                } else {
                    break;
                }
            }
            let ws_start = j;
            while j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
                j += 1;
            }
            if j == ws_start || j >= b.len() {
                i += term_len;
                continue;
            }
            let next = p[j..].chars().next().unwrap_or(' ');
            let ok_next = next.is_uppercase()
                || next.is_ascii_digit()
                || matches!(next, '“' | '"' | '‘' | '«' | '„' | '–' | '—' | '(' | '\'');
            if !ok_next {
                i += term_len;
                continue;
            }
            if c == b'.' {
                // word before the period
                let before = &p[..i];
                // (ASCII letters, digits and periods by byte; from a non-ASCII byte on,
                // by character)
                let bb = before.as_bytes();
                let mut k = bb.len();
                while k > 0 && (bb[k - 1].is_ascii_alphanumeric() || bb[k - 1] == b'.') {
                    k -= 1;
                }
                let wstart = if k > 0 && !bb[k - 1].is_ascii() {
                    before[..k]
                        .char_indices()
                        .rev()
                        .find(|(_, ch)| !(ch.is_alphanumeric() || *ch == '.'))
                        .map(|(k, ch)| k + ch.len_utf8())
                        .unwrap_or(0)
                } else {
                    k
                };
                let w = &before[wstart..];
                let single = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
                if single || is_abbreviation(w) || (w.contains('.') && w.len() <= 6) {
                    i += 1;
                    continue;
                }
            }
            out.push(ps + j);
            i = j;
        }
    }
    out
}

/// Byte offset of the first '…' (E2 80 A6) starting at or after `from`: a vectorised
/// search for its last byte.
fn find_ellipsis(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(k) = memchr::memchr(0xA6, &b[i.min(b.len())..]) {
        let k = i + k;
        if k >= from + 2 && b[k - 2] == 0xE2 && b[k - 1] == 0x80 {
            return Some(k - 2);
        }
        i = k + 1;
    }
    None
}

/// Index of the paragraph containing byte `pos` (or the last one starting before it).
pub fn para_of(paras: &[(usize, usize)], pos: usize) -> Option<usize> {
    let i = paras.partition_point(|p| p.0 <= pos);
    if i == 0 { None } else { Some(i - 1) }
}

/// Start of the sentence containing `pos`.
pub fn sentence_start(starts: &[usize], pos: usize) -> usize {
    let i = starts.partition_point(|&s| s <= pos);
    if i == 0 { 0 } else { starts[i - 1] }
}

/// Start of the next sentence after `pos` (or `limit`).
pub fn next_sentence_start(starts: &[usize], pos: usize, limit: usize) -> usize {
    let i = starts.partition_point(|&s| s <= pos);
    starts.get(i).copied().unwrap_or(limit).min(limit)
}

/// True when the first character is upper case.
pub fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A word with its first letter upper-case and the rest lower-case ("LINDAHL" -> "Lindahl").
pub fn title_case(w: &str) -> String {
    let mut cs = w.chars();
    cs.next().map_or(String::new(), |f| {
        f.to_uppercase()
            .chain(cs.flat_map(char::to_lowercase))
            .collect()
    })
}

/// True when the item is a word (starts with a letter or digit).
pub fn is_word(w: &str) -> bool {
    match w.as_bytes() {
        [c, ..] if c.is_ascii() => c.is_ascii_alphanumeric(),
        // the punctuation block U+2000..U+203F (curly quotes, dashes): no letter or
        // digit there, so no Unicode table is read for the most common marks
        [0xE2, 0x80, ..] => false,
        _ => w.chars().next().is_some_and(char::is_alphanumeric),
    }
}

/// Largest char boundary <= i.
pub fn floor_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Smallest char boundary >= i.
pub fn ceil_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_abbreviations_and_split_possessives() {
        let t = "Ms. Lu said U.S. firms’ and Azerbaijan’s don't.";
        let ws: Vec<&str> = words(t, 0, t.len()).iter().map(|w| w.t(t)).collect();
        assert_eq!(
            ws,
            vec![
                "Ms.",
                "Lu",
                "said",
                "U.S.",
                "firms",
                "’",
                "and",
                "Azerbaijan",
                "’",
                "s",
                "don't",
                "."
            ]
        );
    }

    #[test]
    fn words_are_told_by_their_first_character() {
        for w in [
            "a", "Z", "9", "é", "Ωx", "“", "—", "…", "‿", "’s", "-", "", "\u{2070}",
        ] {
            assert_eq!(
                is_word(w),
                w.chars().next().is_some_and(char::is_alphanumeric),
                "{w:?}"
            );
        }
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let t = "Ms. Lu came. “Hi,” she said. He left!";
        let p = paragraphs(t);
        let s = sentence_starts(t, &p);
        let firsts: Vec<String> = s
            .iter()
            .map(|&i| t[i..].chars().take(2).collect())
            .collect();
        assert_eq!(firsts, vec!["Ms", "“H", "He"]);
    }
}
