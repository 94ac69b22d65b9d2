//! What both plugins read first from a text: its layout (paragraphs, sentence starts) and
//! its words. Reading a text costs each plugin about a fifth of its time, so
//! `quote.detect` leaves what it read on the document ([`Document::put_scratch`]) and
//! `quote.attribute` takes it back ([`Document::take_scratch`]) instead of reading again.
//! The value lives on the one document it was read from, so no other document can get it;
//! when it is absent (attribute run without detect, a cloned document) attribute reads
//! the text itself, and computes the same either way (tested on every case). A text
//! longer than [`MAX_KEPT`] keeps no words and is read a paragraph at a time.
//!
//! [`Document::put_scratch`]: strata_core::Document::put_scratch
//! [`Document::take_scratch`]: strata_core::Document::take_scratch

use crate::detect::Layout;
use crate::text::{W, words_append, words_into};

/// Texts longer than this are not kept (their words would take 3 to 4 times as much).
pub const MAX_KEPT: usize = 1 << 20;

/// The layout and words of one text.
#[derive(Debug)]
pub struct Read {
    pub layout: Layout,
    /// Every word of the text, unless it is longer than [`MAX_KEPT`].
    words: Option<Vec<W>>,
}

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
        Read { layout, words }
    }

    /// The words of the paragraph `text[ps..pe]`: kept ones, or read into `buf`.
    pub fn words_of<'a>(
        &'a self,
        text: &str,
        ps: usize,
        pe: usize,
        buf: &'a mut Vec<W>,
    ) -> &'a [W] {
        match &self.words {
            Some(all) => {
                let lo = all.partition_point(|w| w.s < ps);
                let hi = lo + all[lo..].partition_point(|w| w.e <= pe);
                &all[lo..hi]
            }
            None => {
                words_into(text, ps, pe, buf);
                &buf[..]
            }
        }
    }
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
        for &(ps, pe) in &kept.layout.paras {
            let (mut x, mut y) = (Vec::new(), Vec::new());
            assert_eq!(
                kept.words_of(text, ps, pe, &mut x),
                fresh.words_of(text, ps, pe, &mut y)
            );
        }
    }

    #[test]
    fn a_long_text_is_read_a_paragraph_at_a_time() {
        let text = "word ".repeat(MAX_KEPT / 5 + 1);
        let r = read(&text);
        assert!(r.words.is_none());
        let (ps, pe) = r.layout.paras[0];
        let mut buf = Vec::new();
        assert_eq!(r.words_of(&text, ps, pe, &mut buf).len(), MAX_KEPT / 5 + 1);
    }
}
