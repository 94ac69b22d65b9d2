//! Text helpers on code-point offsets, with the same notion of whitespace and of case
//! folding as the gold format's reference tooling (Python strings).

use crate::casefold_table::CASEFOLD_SPECIAL;

/// A text indexed by code point.
pub(crate) struct Chars(Vec<char>);

impl Chars {
    pub(crate) fn new(text: &str) -> Chars {
        Chars(text.chars().collect())
    }

    pub(crate) fn len(&self) -> i64 {
        self.0.len() as i64
    }

    /// The char at `i`, or `None` outside the text.
    fn at(&self, i: i64) -> Option<char> {
        usize::try_from(i).ok().and_then(|i| self.0.get(i).copied())
    }

    /// `[s, e)` with whitespace removed from both ends. Positions outside the text count as
    /// non-whitespace, so an out-of-range span is left as it is.
    pub(crate) fn trim(&self, mut s: i64, mut e: i64) -> (i64, i64) {
        while s < e && self.at(s).is_some_and(is_space) {
            s += 1;
        }
        while e > s && self.at(e - 1).is_some_and(is_space) {
            e -= 1;
        }
        (s, e)
    }

    /// The substring `[s, e)` with slice semantics: negative positions count from the end,
    /// and positions are clamped to the text.
    pub(crate) fn slice(&self, s: i64, e: i64) -> String {
        let n = self.len();
        let fix = |i: i64| if i < 0 { (n + i).max(0) } else { i.min(n) };
        let (s, e) = (fix(s), fix(e));
        if s >= e {
            return String::new();
        }
        self.0[s as usize..e as usize].iter().collect()
    }
}

/// Whitespace as the reference scorer sees it: Unicode White_Space plus the four
/// information separators U+001C..U+001F.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Full Unicode case folding of one string.
pub(crate) fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match CASEFOLD_SPECIAL.binary_search_by_key(&c, |&(k, _)| k) {
            Ok(i) => out.push_str(CASEFOLD_SPECIAL[i].1),
            Err(_) => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A speaker name normalised for comparison: whitespace runs collapsed, case folded;
/// `None` when nothing is left.
pub(crate) fn norm_name(x: Option<&str>) -> Option<String> {
    let x = x?;
    let joined = x
        .split(is_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let folded = casefold(&joined);
    (!folded.is_empty()).then_some(folded)
}

/// Whitespace-stripped, lowercased text (for polarity aliases).
pub(crate) fn strip_lower(s: &str) -> String {
    s.trim_matches(is_space).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_and_slice_on_code_points() {
        let t = Chars::new(" “Hi” \u{1f} ");
        assert_eq!(t.trim(0, t.len()), (1, 5));
        assert_eq!(t.trim(2, 2), (2, 2));
        assert_eq!(t.slice(1, 5), "“Hi”");
        assert_eq!(t.slice(-3, 100), " \u{1f} ");
        assert_eq!(t.slice(5, 2), "");
        assert_eq!(t.trim(5, 50), (8, 50));
        assert_eq!(t.trim(40, 50), (40, 50));
    }

    #[test]
    fn names_fold_case_and_space() {
        assert_eq!(norm_name(Some("  Lu \n Mei ")), Some("lu mei".into()));
        assert_eq!(norm_name(Some("STRASSE")), norm_name(Some("Straße")));
        assert_eq!(norm_name(Some("ΣΊΣΥΦΟΣ")), norm_name(Some("σίσυφος")));
        assert_eq!(norm_name(Some(" \t")), None);
        assert_eq!(norm_name(None), None);
    }

    #[test]
    fn casefold_table_is_sorted() {
        assert!(CASEFOLD_SPECIAL.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
