//! What both plugins read first from a text: its layout (paragraphs, sentence starts) and
//! its words. Reading a text costs each plugin about a fifth of its time, so
//! `quote.detect` leaves what it read on the document ([`Document::put_scratch`]) and
//! `quote.attribute` takes it back ([`Document::take_scratch`]) instead of reading again.
//! The value lives on the one document it was read from, so no other document can get it;
//! when it is absent (attribute run without detect, a cloned document) attribute reads
//! the text itself, and computes the same either way (tested on every case). A text
//! longer than [`MAX_KEPT`] keeps no words and is read a paragraph at a time.
//!
//! The rules also ask for the words of windows (a quote's lead, a sentence):
//! [`Read::words`] copies them from the kept words when neither end of the window cuts
//! a word, which gives what reading the window afresh gives (the word scanner looks at
//! nothing before a word's start, and nothing after its end decides where it ends),
//! instead of reading it again.
//!
//! [`Document::put_scratch`]: strata_core::Document::put_scratch
//! [`Document::take_scratch`]: strata_core::Document::take_scratch

use crate::detect::Layout;
use crate::text::{W, words, words_append, words_into};

/// Texts longer than this are not kept (their words would take 3 to 4 times as much).
pub const MAX_KEPT: usize = 1 << 20;

/// The layout and words of one text.
#[derive(Debug)]
pub struct Read {
    pub layout: Layout,
    /// Every word of the text, unless it is longer than [`MAX_KEPT`].
    words: Option<Vec<W>>,
    /// The kept words of a window are those [`words`] reads there: the text has no
    /// vertical tab, the one character that trims a paragraph's ends but that the word
    /// scanner keeps as an item.
    windows_kept: bool,
}

/// Windows shorter than this are read afresh: that costs about what finding their kept
/// words does.
const SHORT_WINDOW: usize = 24;

impl Read {
    /// Reads `text` (its words only when `keep_words`).
    pub fn new(text: &str, keep_words: bool) -> Read {
        let layout = Layout::new(text);
        let words = keep_words.then(|| {
            let mut all = Vec::with_capacity(text.len() / 5 + 1);
            // a paragraph at a time: no word crosses a line, so the words are those of
            // the whole text
            for &(ps, pe) in &layout.paras {
                words_append(text, ps, pe, &mut all);
            }
            all
        });
        let windows_kept = words.is_some() && memchr::memchr(0x0B, text.as_bytes()).is_none();
        Read {
            layout,
            words,
            windows_kept,
        }
    }

    /// The words of `text[s..e]`, the same as [`words`]`(text, s, e)`: copied from the
    /// kept words when the window is long enough and neither end falls inside a word.
    pub fn words(&self, text: &str, s: usize, e: usize) -> Vec<W> {
        if let Some(all) = self.words.as_ref().filter(|_| self.windows_kept)
            && s.saturating_add(SHORT_WINDOW) <= e
            && text.is_char_boundary(s)
            && text.is_char_boundary(e)
        {
            let lo = all.partition_point(|w| w.e <= s);
            let hi = lo + all[lo..].partition_point(|w| w.s < e);
            let whole = |k: usize| all[k].s >= s && all[k].e <= e;
            if lo == hi || (whole(lo) && whole(hi - 1)) {
                return all[lo..hi].to_vec();
            }
        }
        words(text, s, e)
    }

    /// The words of the paragraph `text[ps..pe]`: kept ones, or read into `buf`.
    /// `from` (0 at first) is where the previous call's words ended: asked in text order,
    /// each paragraph's words are found by a short search from there, near in memory,
    /// instead of one over all the words (any order still gives the right words).
    pub fn words_of<'a>(
        &'a self,
        text: &str,
        (ps, pe): (usize, usize),
        from: &mut usize,
        buf: &'a mut Vec<W>,
    ) -> &'a [W] {
        match &self.words {
            Some(all) => {
                // every word before `start` opens before `ps`
                let start = match (*from).min(all.len()) {
                    k if k > 0 && all[k - 1].s >= ps => 0,
                    k => k,
                };
                let lo = start + gallop(&all[start..], |w| w.s < ps);
                let hi = lo + gallop(&all[lo..], |w| w.e <= pe);
                *from = hi;
                &all[lo..hi]
            }
            None => {
                words_into(text, ps, pe, buf);
                &buf[..]
            }
        }
    }
}

/// `v.partition_point(pred)` (`pred` true on a prefix of `v`) by probing 1, 2, 4, …
/// words in before the final binary search: quick when the point is near the start.
fn gallop(v: &[W], pred: impl Fn(&W) -> bool) -> usize {
    let mut bound = 1;
    while bound <= v.len() && pred(&v[bound - 1]) {
        bound *= 2;
    }
    // `pred` holds below bound / 2 and fails at bound - 1 (or bound is past the end)
    let lo = bound / 2;
    let hi = bound.min(v.len());
    lo + v[lo..hi].partition_point(pred)
}

/// The text read now (its words kept whole when it is short enough).
pub fn read(text: &str) -> Read {
    Read::new(text, text.len() <= MAX_KEPT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_words_are_the_words_read_a_paragraph_at_a_time() {
        let text = "He said so.\nShe did not, “really”.\n\nThe end";
        let (kept, fresh) = (Read::new(text, true), Read::new(text, false));
        assert_eq!(kept.layout.starts, fresh.layout.starts);
        let mut from = 0;
        // in text order, in reverse and alone: the same words
        for &(ps, pe) in &kept.layout.paras {
            let (mut x, mut y) = (Vec::new(), Vec::new());
            let fresh_ws = fresh.words_of(text, (ps, pe), &mut 0, &mut y);
            assert_eq!(kept.words_of(text, (ps, pe), &mut from, &mut x), fresh_ws);
            assert_eq!(kept.words_of(text, (ps, pe), &mut 0, &mut x), fresh_ws);
        }
        let mut from = 0;
        for &(ps, pe) in kept.layout.paras.iter().rev() {
            let (mut x, mut y) = (Vec::new(), Vec::new());
            assert_eq!(
                kept.words_of(text, (ps, pe), &mut from, &mut x),
                fresh.words_of(text, (ps, pe), &mut 0, &mut y)
            );
        }
    }

    #[test]
    fn the_words_of_any_window_are_those_read_afresh() {
        let texts = [
            "Ms. Lu said U.S. firms’ and Azerbaijan’s don't — “really” … 3.5% O'Neill-Smith.\n\n\u{a0}Gen. Dyer: ‘No,’ he said.\tJr. A. B. ends.",
            "Rep. X (D-Ohio) said: \"fine\"\r\nNext line’s end.\n \u{2003}Q: Why? A: Because.",
            "A vertical\u{b}tab at\n\u{b}a line's start, and one more line with enough words.",
        ];
        for text in texts {
            let r = read(text);
            let cuts: Vec<usize> = (0..=text.len())
                .filter(|&k| text.is_char_boundary(k))
                .collect();
            for &s in &cuts {
                for &e in cuts.iter().filter(|&&e| e >= s) {
                    assert_eq!(
                        r.words(text, s, e),
                        words(text, s, e),
                        "{s}..{e} of {text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_long_text_is_read_a_paragraph_at_a_time() {
        let text = "word ".repeat(MAX_KEPT / 5 + 1);
        let r = read(&text);
        assert!(r.words.is_none());
        let (ps, pe) = r.layout.paras[0];
        let mut buf = Vec::new();
        assert_eq!(
            r.words_of(&text, (ps, pe), &mut 0, &mut buf).len(),
            MAX_KEPT / 5 + 1
        );
    }
}
