//! What both plugins read first from a text: its layout (paragraphs, sentence starts) and
//! its words. `quote.attribute` runs after `quote.detect` on the same documents, and
//! reading a text costs each of them about a fifth of its time, so `quote.detect` leaves
//! what it read with the thread ([`leave`]) and `quote.attribute` takes it back for the
//! same document ([`take`]) instead of reading again. An entry belongs to one document:
//! it is found by the address of the document's text, then checked against a copy of
//! the text (every byte), and removed when taken, so a document never gets
//! another's words and what a plugin computes is the same whether it found an entry or
//! not. A few megabytes of text are kept per thread (a batch of documents between the
//! two steps), the oldest dropped first; a text longer than [`MAX_KEPT`] keeps no words
//! and is read a paragraph at a time.
//!
//! (A stopgap: core has no place where one plugin leaves per-document work for a later
//! one.)

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use crate::detect::Layout;
use crate::text::{W, words_append, words_into};

/// Texts longer than this are not kept (their words would take 3 to 4 times as much).
pub const MAX_KEPT: usize = 1 << 20;
/// Text bytes kept per thread, the most recent texts first.
const KEPT_BYTES: usize = 2 << 20;

/// The layout and words of one text.
#[derive(Debug)]
pub struct Read {
    /// Address of the text read and a copy of it: what [`take_if_left`] checks.
    addr: usize,
    text: Box<str>,
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
        Read {
            addr: text.as_ptr() as usize,
            text: text.into(),
            layout,
            words,
        }
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

/// What [`leave`] left on one thread: by the address of the text, with a serial number,
/// and the (address, serial number) pairs in the order left; a pair whose entry was taken
/// since is skipped when it comes first.
#[derive(Default)]
struct Left {
    by_addr: crate::lexicon::FastMap<usize, (u64, Rc<Read>)>,
    order: VecDeque<(usize, u64)>,
    bytes: usize,
    serial: u64,
}

impl Left {
    /// Drops taken entries from the front, then the oldest while over the budget.
    fn trim(&mut self) {
        while let Some(&(addr, n)) = self.order.front() {
            if let Some((m, r)) = self.by_addr.get(&addr)
                && *m == n
            {
                if self.bytes <= KEPT_BYTES {
                    break;
                }
                self.bytes -= r.text.len();
                self.by_addr.remove(&addr);
            }
            self.order.pop_front();
        }
    }
}

thread_local! {
    static LEFT: RefCell<Left> = RefCell::new(Left::default());
}

/// Reads `text` and, when it is short enough, leaves what was read for [`take`].
pub fn leave(text: &str) -> Rc<Read> {
    if text.len() > MAX_KEPT {
        return Rc::new(Read::new(text, false));
    }
    let r = Rc::new(Read::new(text, true));
    LEFT.with(|left| {
        let mut left = left.borrow_mut();
        left.serial += 1;
        let n = left.serial;
        if let Some((_, old)) = left.by_addr.insert(r.addr, (n, Rc::clone(&r))) {
            left.bytes -= old.text.len();
        }
        left.bytes += text.len();
        left.order.push_back((r.addr, n));
        left.trim();
    });
    r
}

/// What [`leave`] left for this very text (the same string, same bytes), removed.
pub fn take_if_left(text: &str) -> Option<Rc<Read>> {
    let addr = text.as_ptr() as usize;
    LEFT.with(|left| {
        let mut left = left.borrow_mut();
        let (_, r) = left.by_addr.remove(&addr)?;
        left.bytes -= r.text.len();
        left.trim();
        (*r.text == *text).then_some(r)
    })
}

/// The text read now (its words kept whole when it is short enough).
pub fn read(text: &str) -> Rc<Read> {
    Rc::new(Read::new(text, text.len() <= MAX_KEPT))
}

/// [`take_if_left`], or the text read now.
pub fn take(text: &str) -> Rc<Read> {
    take_if_left(text).unwrap_or_else(|| read(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_takes_back_only_what_was_left_for_its_own_text() {
        let a = String::from("He said so.\nShe did not.");
        let b = String::from("He said so.\nShe did not.");
        let left = leave(&a);
        // the same words in another string are read afresh
        let other = take(&b);
        assert!(!Rc::ptr_eq(&left, &other));
        let back = take(&a);
        assert!(Rc::ptr_eq(&left, &back));
        // taken once: a second take reads again
        assert!(!Rc::ptr_eq(&left, &take(&a)));
        let (mut x, mut y) = (Vec::new(), Vec::new());
        let (ps, pe) = back.layout.paras[1];
        assert_eq!(
            back.words_of(&a, ps, pe, &mut x),
            other.words_of(&b, ps, pe, &mut y)
        );
        assert_eq!(back.layout.starts, other.layout.starts);
    }

    #[test]
    fn a_long_text_is_read_a_paragraph_at_a_time() {
        let text = "word ".repeat(MAX_KEPT / 5 + 1);
        let r = leave(&text);
        assert!(r.words.is_none());
        let (ps, pe) = r.layout.paras[0];
        let mut buf = Vec::new();
        assert_eq!(r.words_of(&text, ps, pe, &mut buf).len(), MAX_KEPT / 5 + 1);
    }
}
