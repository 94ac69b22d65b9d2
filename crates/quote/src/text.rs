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

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Words and single punctuation marks of `text[start..end]`. Letters and digits form
/// words with inner apostrophes, hyphens and periods ("U.S.", "Azerbaijan’s" is split
/// into "Azerbaijan" and "’s"); known abbreviations keep their final period ("Ms.");
/// every other non-space character is a one-character item.
pub fn words(text: &str, start: usize, end: usize) -> Vec<W> {
    let mut out = Vec::new();
    let s = &text[start..end];
    let mut it = s.char_indices().peekable();
    let sets = Sets::get();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if is_word_char(c) {
            let mut j = i + c.len_utf8();
            loop {
                let rest = &s[j..];
                let mut chars = rest.chars();
                match chars.next() {
                    Some(d) if is_word_char(d) => j += d.len_utf8(),
                    Some(d @ ('-' | '.' | '&')) => match chars.next() {
                        Some(n) if is_word_char(n) => j += d.len_utf8() + n.len_utf8(),
                        _ => break,
                    },
                    Some(d @ ('\'' | '’')) => match chars.next() {
                        // "don't", "O'Neill" but not the possessive "’s" (kept apart)
                        Some(n)
                            if is_word_char(n)
                                && (!matches!(n, 's' | 'S')
                                    || chars.next().is_some_and(is_word_char)) =>
                        {
                            j += d.len_utf8() + n.len_utf8()
                        }
                        _ => break,
                    },
                    _ => break,
                }
            }
            // an abbreviation or initial keeps its period
            if s[j..].starts_with('.') {
                let w = &s[i..j];
                let single_cap = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
                if single_cap
                    || (w.len() <= 6 && sets.abbreviations.contains(w.to_lowercase().as_str()))
                    || w.contains('.')
                {
                    j += 1;
                }
            }
            while let Some(&(k, _)) = it.peek() {
                if k < j {
                    it.next();
                } else {
                    break;
                }
            }
            out.push(W {
                s: start + i,
                e: start + j,
            });
        } else {
            out.push(W {
                s: start + i,
                e: start + i + c.len_utf8(),
            });
        }
    }
    out
}

/// Non-blank lines, trimmed: the paragraphs of a news text (a blank line or a single
/// line break both separate paragraphs).
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let s = pos;
        pos += line.len();
        let l = line.trim_end_matches(['\n', '\r']);
        let lead = l.len() - l.trim_start().len();
        let t = l.trim();
        if !t.is_empty() {
            out.push((s + lead, s + lead + t.len()));
        }
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
    let sets = Sets::get();
    let mut out = Vec::new();
    for &(ps, pe) in paras {
        out.push(ps);
        let p = &text[ps..pe];
        let b = p.as_bytes();
        let mut i = 0;
        while i < b.len() {
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
                let wstart = before
                    .char_indices()
                    .rev()
                    .find(|(_, ch)| !(ch.is_alphanumeric() || *ch == '.'))
                    .map(|(k, ch)| k + ch.len_utf8())
                    .unwrap_or(0);
                let w = &before[wstart..];
                let single = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
                if single
                    || (w.len() <= 6 && sets.abbreviations.contains(w.to_lowercase().as_str()))
                    || (w.contains('.') && w.len() <= 6)
                {
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

/// True when the item is a word (starts with a letter or digit).
pub fn is_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_alphanumeric)
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
    fn sentences_skip_abbreviations() {
        let t = "Ms. Lu came. “Hi,” she said. He left!";
        let p = paragraphs(t);
        let s = sentence_starts(t, &p);
        let firsts: Vec<String> = s.iter().map(|&i| t[i..].chars().take(2).collect()).collect();
        assert_eq!(firsts, vec!["Ms", "“H", "He"]);
    }
}
