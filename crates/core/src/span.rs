//! Byte spans into a document's text.

use serde::{Deserialize, Serialize};

use crate::error::SpanError;

/// A half-open range `[start, end)` of UTF-8 byte offsets into a document's text.
///
/// Spans are built through [`Span::new`], which checks that `start <= end <= text.len()`
/// and that both ends fall on char boundaries. The fields are private so no unchecked span
/// can exist; [`Span::new_unchecked_for_text`] is not offered on purpose. Offsets are `u32`:
/// a document is limited to 4 GiB, which the readers enforce.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    start: u32,
    end: u32,
}

impl Span {
    /// Builds a span after checking it against `text`.
    pub fn new(text: &str, start: usize, end: usize) -> Result<Span, SpanError> {
        if start > end || end > text.len() {
            return Err(SpanError::OutOfBounds {
                start,
                end,
                len: text.len(),
            });
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(SpanError::NotCharBoundary { start, end });
        }
        if end > u32::MAX as usize {
            return Err(SpanError::TooLong { len: text.len() });
        }
        Ok(Span {
            start: start as u32,
            end: end as u32,
        })
    }

    /// Start byte offset.
    #[inline]
    pub fn start(self) -> usize {
        self.start as usize
    }

    /// End byte offset (exclusive).
    #[inline]
    pub fn end(self) -> usize {
        self.end as usize
    }

    /// Length in bytes.
    #[inline]
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// True when the span covers no bytes.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text the span covers. Panics only if the span was built for another text.
    #[inline]
    pub fn text(self, text: &str) -> &str {
        &text[self.start()..self.end()]
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside `self`.
    #[inline]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both. Both must belong to the same text, so the
    /// result is on char boundaries too.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// A sub-span relative to this one, checked against `text`.
    pub fn slice(self, text: &str, rel_start: usize, rel_end: usize) -> Result<Span, SpanError> {
        Span::new(text, self.start() + rel_start, self.start() + rel_end)
    }

    /// The span with surrounding Unicode whitespace removed.
    pub fn trim(self, text: &str) -> Span {
        let s = self.text(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span {
                start: self.start,
                end: self.start,
            };
        }
        Span {
            start: self.start + lead as u32,
            end: self.end - trail as u32,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_out_of_bounds_and_mid_char() {
        let text = "a“b”";
        assert!(Span::new(text, 0, 1).is_ok());
        assert!(matches!(
            Span::new(text, 0, 99),
            Err(SpanError::OutOfBounds { .. })
        ));
        assert!(matches!(
            Span::new(text, 2, 1),
            Err(SpanError::OutOfBounds { .. })
        ));
        assert!(matches!(
            Span::new(text, 2, 4),
            Err(SpanError::NotCharBoundary { .. })
        ));
        let s = Span::new(text, 1, 4).unwrap();
        assert_eq!(s.text(text), "“");
    }

    #[test]
    fn trim_cover_overlap() {
        let text = "  hello  world ";
        let s = Span::new(text, 0, text.len()).unwrap().trim(text);
        assert_eq!(s.text(text), "hello  world");
        let a = Span::new(text, 2, 7).unwrap();
        let b = Span::new(text, 9, 14).unwrap();
        assert!(!a.overlaps(b));
        assert_eq!(a.cover(b).text(text), "hello  world");
        assert!(s.contains(a));
        let blank = Span::new(text, 0, 2).unwrap().trim(text);
        assert!(blank.is_empty());
    }
}
