//! The scanner: one left-to-right pass over the bytes of a text.
//!
//! At each position the next token is chosen by its first byte: whitespace is skipped,
//! a word char starts a *run* (word chars joined by single inner `. , : ' ’ - & / @`),
//! anything else is punctuation, a symbol, an emoji sequence, a handle or a hashtag.
//! A run is then cut where UD would cut it (clitics, hyphens after non-prefixes, commas
//! that are not thousands separators, ...). Every decision looks at a bounded window or at
//! the run itself, and every byte is visited a bounded number of times, so the whole pass
//! is linear in the length of the text whatever it holds.

use std::collections::HashSet;

use serde::Deserialize;
use strata_core::TokenKind;

use crate::tables::*;

/// A token as the scanner emits it: byte offsets `[start, end)` and its kind.
pub type RawToken = (usize, usize, TokenKind);

/// What to do with a hyphen between two words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HyphenMode {
    /// As UD/GUM: split ("front - line", "2015 - 2016") except after a common prefix
    /// ("pro-Beijing", "non-profit", "re-elected", "e-mail").
    #[default]
    Ud,
    /// Keep every hyphenated word whole ("front-line").
    Keep,
    /// Always split around the hyphen ("pro - Beijing").
    Split,
}

/// Why a special case was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecialCaseError(pub String);

impl std::fmt::Display for SpecialCaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SpecialCaseError {}

/// One user exception: a string and the end offsets of its parts.
#[derive(Clone, Debug)]
struct Special {
    key: Box<str>,
    cuts: Vec<usize>,
}

/// User exceptions indexed by first byte, longest key first.
#[derive(Clone, Debug, Default)]
struct Specials {
    by_first: Vec<Vec<Special>>,
}

impl Specials {
    fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    fn insert(&mut self, special: Special) {
        if self.by_first.is_empty() {
            self.by_first = vec![Vec::new(); 256];
        }
        let list = &mut self.by_first[special.key.as_bytes()[0] as usize];
        list.retain(|s| s.key != special.key);
        list.push(special);
        list.sort_by_key(|s| std::cmp::Reverse(s.key.len()));
    }

    /// The special case that matches at `i`, if any. A key that ends in a word char only
    /// matches when the text does not go on with a word char ("gimme" not in "gimmes").
    #[inline]
    fn find(&self, text: &str, i: usize) -> Option<&Special> {
        let list = &self.by_first[text.as_bytes()[i] as usize];
        if list.is_empty() {
            return None;
        }
        let rest = &text[i..];
        list.iter().find(|s| {
            if !rest.starts_with(&*s.key) {
                return false;
            }
            let after = &rest[s.key.len()..];
            match (after.chars().next(), s.key.chars().next_back()) {
                (Some(next), Some(last)) => !(is_word_char(next) && is_word_char(last)),
                _ => true,
            }
        })
    }
}

/// A rule-based tokenizer for English news. Cheap to clone and share across threads.
///
/// ```
/// use strata_tokenize::Tokenizer;
/// let t = Tokenizer::new();
/// let text = "Azerbaijan’s GDP rose 3.2% in 2023–2024.";
/// let words: Vec<&str> = t.tokenize(text).iter().map(|&(s, e, _)| &text[s..e]).collect();
/// assert_eq!(words, ["Azerbaijan", "’s", "GDP", "rose", "3.2", "%", "in", "2023", "–", "2024", "."]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Tokenizer {
    hyphens: HyphenMode,
    specials: Specials,
    abbreviations: HashSet<String>,
    /// Skips the quick paths, so that tests can check they change nothing.
    general_only: bool,
}

impl Tokenizer {
    /// The default tokenizer: UD conventions, no user exceptions.
    pub fn new() -> Tokenizer {
        Tokenizer::default()
    }

    /// Sets how hyphenated words are cut.
    pub fn with_hyphens(mut self, mode: HyphenMode) -> Tokenizer {
        self.hyphens = mode;
        self
    }

    /// Adds an abbreviation that keeps its period ("Supt" or "Supt."), matched case-sensitively.
    pub fn with_abbreviation(mut self, abbreviation: &str) -> Tokenizer {
        let a = abbreviation.strip_suffix('.').unwrap_or(abbreviation);
        if !a.is_empty() {
            self.abbreviations.insert(a.to_string());
        }
        self
    }

    /// Adds a special case, like spaCy's tokenizer exceptions: wherever a token would start
    /// with `key`, the text is cut into `parts` instead (`"gimme"` -> `["gim", "me"]`,
    /// `":-)"` -> `[":-)"]`). The parts must spell `key` exactly; `key` has no whitespace.
    pub fn with_special_case(
        mut self,
        key: &str,
        parts: &[&str],
    ) -> Result<Tokenizer, SpecialCaseError> {
        if key.is_empty() {
            return Err(SpecialCaseError(
                "a special case needs a non-empty string".into(),
            ));
        }
        if key.chars().any(is_space) {
            return Err(SpecialCaseError(format!(
                "special case {key:?} contains whitespace; tokens never do"
            )));
        }
        if parts.is_empty() || parts.iter().any(|p| p.is_empty()) {
            return Err(SpecialCaseError(format!(
                "special case {key:?} needs one or more non-empty parts"
            )));
        }
        if parts.concat() != key {
            return Err(SpecialCaseError(format!(
                "the parts {parts:?} of special case {key:?} do not spell it"
            )));
        }
        let mut cuts = Vec::with_capacity(parts.len());
        let mut at = 0;
        for p in parts {
            at += p.len();
            cuts.push(at);
        }
        self.specials.insert(Special {
            key: key.into(),
            cuts,
        });
        Ok(self)
    }

    /// Tokenizes `text`: sorted, non-overlapping byte spans with their kinds.
    pub fn tokenize(&self, text: &str) -> Vec<RawToken> {
        let mut out = Vec::with_capacity(text.len() / 5 + 1);
        self.tokenize_into(text, &mut out);
        out
    }

    /// Appends the tokens of `text` to `out` (reuse `out` to avoid allocating).
    pub fn tokenize_into(&self, text: &str, out: &mut Vec<RawToken>) {
        *out = self.scan_into(text, std::mem::take(out));
    }

    /// Calls `f(start, end, kind)` for each token of `text` in order, without building a
    /// list: for callers that store tokens in their own form.
    pub fn tokenize_with<F: FnMut(usize, usize, TokenKind)>(&self, text: &str, f: F) {
        self.scan_into(text, FnSink(f));
    }

    /// Feeds the tokens of `text` to `out` and hands it back. The scanner owns its sink
    /// while it runs, so the hot loop reaches the sink's state without an indirection.
    pub(crate) fn scan_into<S: Sink>(&self, text: &str, out: S) -> S {
        let mut s = Scan {
            tk: self,
            text,
            b: text.as_bytes(),
            out,
            joins: Vec::new(),
        };
        s.run();
        s.out
    }
}

/// Where the scanner puts tokens; generic so that each caller gets a specialised scanner.
pub(crate) trait Sink {
    /// A token `[start, end)` of `text`, the text being scanned.
    fn put(&mut self, text: &str, start: usize, end: usize, kind: TokenKind);
}

impl Sink for Vec<RawToken> {
    #[inline(always)]
    fn put(&mut self, _: &str, start: usize, end: usize, kind: TokenKind) {
        self.push((start, end, kind));
    }
}

struct FnSink<F>(F);

impl<F: FnMut(usize, usize, TokenKind)> Sink for FnSink<F> {
    #[inline(always)]
    fn put(&mut self, _: &str, start: usize, end: usize, kind: TokenKind) {
        (self.0)(start, end, kind);
    }
}

/// Where a plain word ends, as the quick path sees it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ends {
    /// Before the byte after it.
    Here,
    /// After the period that follows it; the word is already pushed.
    AfterPeriod,
    /// Not known without the general path.
    Unknown,
}

/// A joiner inside a run: byte position, byte length, and its ASCII stand-in
/// (`'` for both apostrophes, `-` for all hyphens).
type Join = (usize, usize, u8);

struct Scan<'a, S> {
    tk: &'a Tokenizer,
    text: &'a str,
    b: &'a [u8],
    out: S,
    joins: Vec<Join>,
}

/// The char starting at byte `i` (which must be a char boundary), or NUL past the end.
#[inline]
fn char_at(text: &str, i: usize) -> char {
    text.get(i..).and_then(|s| s.chars().next()).unwrap_or('\0')
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cut {
    Keep,
    /// The joiner is a token of its own.
    Around,
    /// A token starts at the joiner ("’s").
    Before,
    /// A token starts one byte before the joiner ("n't").
    BeforeN,
}

/// Kind of a token from its text.
fn kind_of(s: &str) -> TokenKind {
    let b = s.as_bytes();
    match b.first() {
        Some(&c) if c.is_ascii_digit() => return TokenKind::Number,
        Some(&c) if CLASS[c as usize] & WORD != 0 => return TokenKind::Word,
        Some(&c) if c < 0x80 && c != b'\'' => return punct_kind(c as char),
        _ => {}
    }
    let mut chars = s.chars();
    let Some(c) = chars.next() else {
        return TokenKind::Other;
    };
    if c.is_ascii_digit() {
        return TokenKind::Number;
    }
    if is_word_char(c) {
        return TokenKind::Word;
    }
    if (is_apostrophe(c) || c == '\u{2018}') && chars.next().is_some_and(is_word_char) {
        return TokenKind::Word;
    }
    punct_kind(c)
}

/// Kind of a one-char token that is not a word char.
fn punct_kind(c: char) -> TokenKind {
    if c.is_ascii() {
        return if is_symbol(c) {
            TokenKind::Symbol
        } else if c.is_ascii_punctuation() {
            TokenKind::Punct
        } else {
            TokenKind::Other
        };
    }
    if is_emoji_base(c) || is_regional_indicator(c) {
        TokenKind::Emoji
    } else if is_symbol(c) {
        TokenKind::Symbol
    } else if c.is_ascii_punctuation()
        || matches!(c, '\u{00A1}'..='\u{00BF}' | '\u{2010}'..='\u{205E}' | '\u{3000}'..='\u{303F}' | '\u{FE10}'..='\u{FE6F}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}')
    {
        TokenKind::Punct
    } else {
        TokenKind::Other
    }
}

/// UD's fused forms that are split though written as one word.
fn fused_split(w: &[u8]) -> Option<usize> {
    let mut buf = [0u8; 6];
    match lower_ascii(w, &mut buf)? {
        b"cannot" | b"gonna" | b"wanna" | b"gotta" | b"gimme" | b"lemme" | b"lotta" | b"outta" => {
            Some(3)
        }
        b"kinda" | b"sorta" | b"hafta" => Some(4),
        b"oughta" => Some(5),
        b"alot" => Some(1),
        _ => None,
    }
}

/// `w` lowercased into `buf` when it is ASCII and fits (non-ASCII bytes never match the
/// ASCII words it is compared with, so they need no check).
#[inline]
fn lower_ascii<'b>(w: &[u8], buf: &'b mut [u8]) -> Option<&'b [u8]> {
    if w.len() > buf.len() {
        return None;
    }
    let out = &mut buf[..w.len()];
    out.copy_from_slice(w);
    out.make_ascii_lowercase();
    Some(out)
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// For eight bytes at once: the high bit of each byte that is an ASCII word byte
/// (`0-9`, `A-Z`, `a-z`, `_`). Each lane stays below 0x100, so no carry crosses lanes.
#[inline(always)]
fn word_mask(x: u64) -> u64 {
    let ascii = !x & HIGH;
    let t = x & !HIGH;
    let digit = (t + ONES * (0x80 - 0x30)) & !(t + ONES * (0x7F - 0x39));
    let f = t | (ONES * 0x20);
    let letter = (f + ONES * (0x80 - 0x61)) & !(f + ONES * (0x7F - 0x7A));
    let y = t ^ (ONES * 0x5F);
    let underscore = !((y + ONES * 0x7F) | y);
    (digit | letter | underscore) & ascii
}

/// The end of the ASCII word bytes from `start`, eight bytes at a time: no branch per
/// byte, so word ends cost no misprediction.
#[inline(always)]
fn ascii_word_end(b: &[u8], mut j: usize) -> usize {
    while let Some(chunk) = b.get(j..j + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let non = !word_mask(x) & HIGH;
        if non != 0 {
            return j + (non.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < b.len() && CLASS[b[j] as usize] & WORD != 0 {
        j += 1;
    }
    j
}

/// The end of the ASCII letters and digits from `j`: a cheaper cousin of
/// [`ascii_word_end`] for the quick path, which may stop early (at `_`), where the
/// general path takes over.
#[inline(always)]
fn alnum_end(b: &[u8], mut j: usize) -> usize {
    while let Some(chunk) = b.get(j..j + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // Range tests by adding to each byte. A byte at or above 0x80 may carry into the
        // byte above it; only the lowest non-word byte matters, and every byte below it
        // is a letter or digit, which never carries, so that one is always exact.
        let f = x | (ONES * 0x20);
        let letter = f.wrapping_add(ONES * (0x80 - 0x61)) & !f.wrapping_add(ONES * (0x7F - 0x7A));
        let digit = x.wrapping_add(ONES * (0x80 - 0x30)) & !x.wrapping_add(ONES * (0x7F - 0x39));
        let non = (!(letter | digit) | x) & HIGH;
        if non != 0 {
            return j + (non.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < b.len() && CLASS[b[j] as usize] & (DIGIT | UPPER | LOWER) != 0 {
        j += 1;
    }
    j
}

/// The union of the classes of `w`'s bytes; any non-ASCII byte counts as a letter.
fn classes(w: &[u8]) -> u8 {
    w.iter().fold(0, |acc, &c| {
        acc | if c < 0x80 { CLASS[c as usize] } else { LOWER }
    })
}

/// A cheap pre-check for `url_at`: the first four bytes spell "http", "www.", "ftp:" or
/// "mail" in any case.
#[inline]
fn may_start_url(b: &[u8], start: usize) -> bool {
    let Some(w) = b.get(start..start + 4) else {
        return false;
    };
    let w = u32::from_le_bytes([w[0], w[1], w[2], w[3]]) | 0x2020_2020;
    w == u32::from_le_bytes(*b"http")
        || w == u32::from_le_bytes(*b"www.")
        || w == u32::from_le_bytes(*b"ftp:")
        || w == u32::from_le_bytes(*b"mail")
}

/// The length of an emoticon at the start of `b` (":)", ":-(", ";)", ":D", "<3"), or 0.
fn emoticon_len(b: &[u8]) -> usize {
    match b {
        [b':' | b';' | b'=', b'-' | b'\'', m, ..] if is_mouth(*m) => 3,
        [b':' | b';' | b'=', m, ..] if is_mouth(*m) => 2,
        [b'<', b'3', ..] => 2,
        _ => 0,
    }
}

fn is_mouth(c: u8) -> bool {
    matches!(
        c,
        b')' | b'(' | b'D' | b'P' | b'p' | b'/' | b'|' | b']' | b'[' | b'O' | b'o'
    )
}

/// A clock time written as one word with "am"/"pm": "10am", "1030pm", "6.30am", "6:30PM".
fn is_clock_time(w: &[u8]) -> bool {
    let (num, suffix) = w.split_at(w.len() - 2);
    let digits = |d: &[u8]| !d.is_empty() && d.iter().all(u8::is_ascii_digit);
    let num_ok = match num {
        [h @ .., b'.' | b':', m1, m2] => h.len() <= 2 && digits(h) && digits(&[*m1, *m2]),
        _ => num.len() <= 4 && digits(num),
    };
    num_ok && matches!(suffix, b"am" | b"pm" | b"AM" | b"PM")
}

/// "2025-04-17": a date that UD keeps whole, unlike the range "2015-2016".
fn is_iso_date(w: &[u8]) -> bool {
    w.len() == 10
        && w.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

impl<S: Sink> Scan<'_, S> {
    #[inline]
    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        if start < end {
            self.out.put(self.text, start, end, kind);
        }
    }

    #[inline]
    fn push_auto(&mut self, start: usize, end: usize) {
        if start < end {
            let k = kind_of(&self.text[start..end]);
            self.out.put(self.text, start, end, k);
        }
    }

    /// Pushes a piece of a cut run, splitting a clock time ("10am") as the quick path does.
    fn push_piece(&mut self, start: usize, end: usize) {
        let w = &self.b[start..end];
        if w.len() >= 3 && w[0].is_ascii_digit() && is_clock_time(w) {
            self.push(start, end - 2, TokenKind::Number);
            self.push(end - 2, end, TokenKind::Word);
        } else {
            self.push_auto(start, end);
        }
    }

    /// True when a word char starts at byte `p`.
    #[inline]
    fn word_at(&self, p: usize) -> bool {
        match self.b.get(p) {
            None => false,
            Some(&c) if c < 0x80 => CLASS[c as usize] & WORD != 0,
            Some(_) => is_word_char(char_at(self.text, p)),
        }
    }

    fn run(&mut self) {
        let b = self.b;
        let n = b.len();
        let specials = !self.tk.specials.is_empty();
        let mut i = 0;
        while i < n {
            let c = b[i];
            let cls = CLASS[c as usize];
            if cls & SPACE != 0 {
                i += 1;
                continue;
            }
            if specials && let Some(e) = self.special(i) {
                i = e;
                continue;
            }
            if c == b',' && !self.tk.general_only {
                // The most common punctuation, a token of its own wherever it starts.
                self.push(i, i + 1, TokenKind::Punct);
                i += 1;
                continue;
            }
            i = if cls & WORD != 0 {
                if self.tk.general_only {
                    self.word(i)
                } else {
                    self.ascii_words(i)
                }
            } else if c >= 0x80 {
                self.non_ascii(i)
            } else {
                self.ascii_punct(i)
            };
        }
    }

    fn special(&mut self, i: usize) -> Option<usize> {
        let tk = self.tk;
        let sp = tk.specials.find(self.text, i)?;
        let mut at = i;
        for &cut in &sp.cuts {
            self.push_auto(at, i + cut);
            at = i + cut;
        }
        Some(at)
    }

    /// Words from the ASCII word byte `start` on: the common case (a plain word or number
    /// followed by whitespace or punctuation that cannot extend it) is pushed here without
    /// the run machinery, word after word while single spaces separate them; anything else
    /// goes to [`Scan::word`]. Both give the same tokens: this only skips checks that
    /// cannot apply. Returns where the scan goes on.
    #[inline(always)]
    fn ascii_words(&mut self, mut start: usize) -> usize {
        // `b` from `text` (not the `b` field) so the compiler sees one text in both.
        let text = self.text;
        let b = text.as_bytes();
        // User exceptions are looked up wherever a token starts: only `run` does that.
        let chain = self.tk.specials.is_empty();
        loop {
            let j = alnum_end(b, start + 1);
            let first = b[start];
            // The explicit `< 0x80` tests below repeat what the tables say; they let the
            // compiler see that both ends are char boundaries and drop those checks.
            let plain = first < 0x80
                && match b.get(j) {
                    // Always true past the text; it tells the compiler `j` is its end.
                    None => j == b.len(),
                    Some(&b' ') => true,
                    Some(&next) => match self.ends_plainly(start, j, next) {
                        Ends::Here => true,
                        Ends::AfterPeriod => return j + 1,
                        Ends::Unknown => false,
                    },
                };
            if !plain {
                return self.word(start);
            }
            let flags = FIRST[first as usize];
            let kind = if flags == 0 {
                TokenKind::Word
            } else if (flags & FIRST_URL != 0 && may_start_url(b, start))
                || (flags & FIRST_FUSED != 0 && self.may_fuse(start, j))
            {
                return self.word(start);
            } else if flags & FIRST_DIGIT == 0 {
                TokenKind::Word
            } else if CLASS[b[j - 1] as usize] & DIGIT != 0 {
                TokenKind::Number
            } else {
                // Clock times ("10am") end with a letter.
                return self.word(start);
            };
            self.out.put(text, start, j, kind);
            // Go on with the next word when a single space separates it.
            if b.get(j) != Some(&b' ') {
                return j;
            }
            match b.get(j + 1) {
                Some(&c) if chain && CLASS[c as usize] & WORD != 0 => start = j + 1,
                _ => return j + 1,
            }
        }
    }

    /// Where the plain word `[start, end)` ends, given `next`, the byte at `end` (not a
    /// space), as [`Scan::word`] would decide. A word that keeps its period ("Ms.") is
    /// pushed here.
    #[inline]
    fn ends_plainly(&mut self, start: usize, end: usize, next: u8) -> Ends {
        let b = self.b;
        // Past a joiner or a period, a word char joins; a non-ASCII byte needs decoding,
        // left to the general path.
        let no_word_after = || {
            b.get(end + 1)
                .is_none_or(|&c| CLASS[c as usize] & WORD == 0 && c < 0x80)
        };
        let here = |yes: bool| if yes { Ends::Here } else { Ends::Unknown };
        if next >= 0x80 {
            // General punctuation U+2000..U+203F (curly quotes, dashes, ...) ends a word,
            // except ZWNJ inside words and the hyphens and ’ that join.
            return here(
                next == 0xE2
                    && b.get(end + 1) == Some(&0x80)
                    && matches!(b.get(end + 2), Some(0x80..=0xBF))
                    && !matches!(b[end + 2], 0x8C | 0x90 | 0x91 | 0x99),
            );
        }
        let class = NEXT[next as usize];
        if class == NEXT_ENDS {
            Ends::Here
        } else if class == NEXT_JOINER {
            here(no_word_after())
        } else if class == NEXT_PERIOD {
            if !no_word_after() {
                return Ends::Unknown;
            }
            if !self.takes_plain_period(start, end) {
                return Ends::Here;
            }
            // An abbreviation, an initial or an item number: the period is part of it.
            // No address ends in a period, and fused forms and clock times are no
            // abbreviations, so nothing else applies.
            let kind = if CLASS[b[start] as usize] & DIGIT != 0 {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            self.out.put(self.text, start, end + 1, kind);
            Ends::AfterPeriod
        } else if class == NEXT_PAREN {
            // "a)" may open a list item.
            here(end - start > 1)
        } else {
            Ends::Unknown
        }
    }

    /// Whether the period at `end` belongs to the word `[start, end)`, which has no joiners
    /// (as [`Scan::word`] decides it).
    #[inline]
    fn takes_plain_period(&mut self, start: usize, end: usize) -> bool {
        if self.b.get(end..end + 3) == Some(b"...") {
            return false;
        }
        self.joins.clear();
        self.takes_period(start, end)
    }

    /// Whether the word `[start, end)` (no joiners, nothing attached) is a fused form that
    /// UD splits ("cannot", "gonna").
    #[inline]
    fn may_fuse(&self, start: usize, end: usize) -> bool {
        let b = self.b;
        (4..=6).contains(&(end - start))
            && matches!(b[end - 1] | 0x20, b'a' | b'e' | b't')
            && fused_split(&b[start..end]).is_some()
    }

    /// A word run starting at `start` (a word char). Returns the end of what it consumed.
    fn word(&mut self, start: usize) -> usize {
        let b = self.b;
        let n = b.len();
        if may_start_url(b, start)
            && let Some(e) = self.url_at(start)
        {
            self.push(start, e, TokenKind::Url);
            return e;
        }
        self.joins.clear();
        let mut j = ascii_word_end(b, start);
        loop {
            if j >= n {
                break;
            }
            let c = b[j];
            if c == b' ' {
                break;
            }
            if c < 0x80 {
                if CLASS[c as usize] & JOINER != 0 && self.word_at(j + 1) {
                    self.joins.push((j, 1, c));
                    j = ascii_word_end(b, j + 1);
                    continue;
                }
                break;
            }
            let ch = char_at(self.text, j);
            let len = ch.len_utf8();
            if is_word_char(ch) {
                j = ascii_word_end(b, j + len);
                continue;
            }
            let jk = if is_apostrophe(ch) {
                b'\''
            } else if is_hyphen(ch) {
                b'-'
            } else {
                0
            };
            if jk != 0 && self.word_at(j + len) {
                self.joins.push((j, len, jk));
                j = ascii_word_end(b, j + len);
                continue;
            }
            break;
        }

        let mut tail = 0;
        if j < n && b[j] == b'.' {
            // One period, or the first of exactly two ("Jr.."), may belong to the run.
            let dots = b[j..].iter().take(3).take_while(|&&c| c == b'.').count();
            if dots != 3 && self.takes_period(start, j) {
                tail = 1;
            }
        } else if j < n
            && b[j] == b'-'
            && b.get(j + 1).is_none_or(|&c| CLASS[c as usize] & SPACE != 0)
        {
            // A hyphen that ends a word before a space: a cut-off word ("th- the") or a
            // suspended compound ("pre- and post-war") keeps it.
            tail = 1;
        }
        if self.joins.is_empty() {
            if tail == 0 {
                // "US$", "HK$", "A$": a currency written as one token.
                if b.get(j) == Some(&b'$')
                    && j - start <= 3
                    && b[start..j].iter().all(u8::is_ascii_uppercase)
                {
                    self.push(start, j + 1, TokenKind::Symbol);
                    return j + 1;
                }
                if (4..=6).contains(&(j - start))
                    && matches!(b[j - 1] | 0x20, b'a' | b'e' | b't')
                    && matches!(
                        b[start] | 0x20,
                        b'a' | b'c' | b'g' | b'h' | b'k' | b'l' | b'o' | b's' | b'w'
                    )
                    && let Some(cut) = fused_split(&b[start..j])
                {
                    self.push(start, start + cut, TokenKind::Word);
                    self.push(start + cut, j, TokenKind::Word);
                    return j;
                }
                // "10am" -> "10" "am", as UD does for clock times.
                if b[start].is_ascii_digit() && j - start >= 3 && is_clock_time(&b[start..j]) {
                    self.push(start, j - 2, TokenKind::Number);
                    self.push(j - 2, j, TokenKind::Word);
                    return j;
                }
                // "a)" opening an item of an inline list: "the sins: a) leaving ...".
                if j - start == 1
                    && b[start].is_ascii_lowercase()
                    && b.get(j) == Some(&b')')
                    && b.get(j + 1).is_none_or(|&c| CLASS[c as usize] & SPACE != 0)
                    && self.starts_list_item(start)
                {
                    self.push(start, j + 1, TokenKind::Punct);
                    return j + 1;
                }
            }
            let kind = if CLASS[b[start] as usize] & DIGIT != 0 {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            self.push(start, j + tail, kind);
            return j + tail;
        }
        self.split_run(start, j, tail)
    }

    /// Whether the text before `start` is a line start or whitespace after a clause end,
    /// where a letter followed by ")" is a list marker rather than part of a parenthesis.
    fn starts_list_item(&self, start: usize) -> bool {
        let b = self.b;
        let mut k = start;
        // Whitespace runs are short in prose; looking back at most 16 bytes keeps it linear.
        while k > 0 && start - k < 16 && CLASS[b[k - 1] as usize] & SPACE != 0 {
            if b[k - 1] == b'\n' {
                return true;
            }
            k -= 1;
        }
        if k == 0 {
            return true;
        }
        k < start && matches!(b[k - 1], b':' | b';' | b'.' | b'!' | b'?')
    }

    /// Whether `i` starts the text or follows whitespace.
    fn at_token_boundary_before(&self, i: usize) -> bool {
        i == 0 || CLASS[self.b[i - 1] as usize] & SPACE != 0
    }

    /// Whether a digit follows `p` after at most a few spaces ("No. 5", "c. 1818").
    fn number_follows(&self, p: usize) -> bool {
        self.b
            .iter()
            .skip(p)
            .take(4)
            .find(|&&c| c != b' ')
            .is_some_and(u8::is_ascii_digit)
    }

    /// Whether only spaces or tabs stand between the line start (or text start) and `start`.
    fn at_line_start(&self, start: usize) -> bool {
        let b = self.b;
        let mut k = start;
        while k > 0 && start - k < 16 && matches!(b[k - 1], b' ' | b'\t') {
            k -= 1;
        }
        k == 0 || b[k - 1] == b'\n'
    }

    /// Whether the period right after the run `[start, end)` belongs to it.
    fn takes_period(&self, start: usize, end: usize) -> bool {
        let w = &self.text[start..end];
        if !self.tk.abbreviations.is_empty() && self.tk.abbreviations.contains(w) {
            return true;
        }
        if self.joins.is_empty() {
            if w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase() {
                return true;
            }
            if is_abbreviation(w) {
                return true;
            }
            if is_numeric_abbreviation(w) {
                return self.number_follows(end + 1);
            }
            // "1." numbering an item at the start of a line.
            return w.len() <= 2
                && w.bytes().all(|c| c.is_ascii_digit())
                && self
                    .b
                    .get(end + 1)
                    .is_none_or(|&c| CLASS[c as usize] & SPACE != 0)
                && self.at_line_start(start);
        }
        // Initials and dotted abbreviations: "U.S", "D.C", "a.m", "Ph.D".
        if self.joins.iter().any(|j| j.2 != b'.') {
            return false;
        }
        let mut seg = 0;
        let mut single = false;
        for &c in w.as_bytes() {
            if c == b'.' {
                single |= seg == 1;
                seg = 0;
            } else if c.is_ascii_alphabetic() {
                seg += 1;
                if seg > 2 {
                    return false;
                }
            } else {
                return false;
            }
        }
        single || seg == 1
    }

    /// Cuts a run that has joiners. `tail` is 1 when the period after it is attached.
    fn split_run(&mut self, start: usize, end: usize, tail: usize) -> usize {
        let joins = std::mem::take(&mut self.joins);
        let r = self.split_joined(&joins, start, end, tail);
        self.joins = joins;
        r
    }

    fn split_joined(&mut self, joins: &[Join], start: usize, end: usize, tail: usize) -> usize {
        let text = self.text;
        // E-mail addresses, domains and ISO dates need an `@`, a `.` or two hyphens: a run
        // with one hyphen or apostrophe ("front-line", "Baku’s", the most common) is none.
        let simple = joins.len() == 1 && matches!(joins[0].2, b'-' | b'\'');
        if !simple {
            if let Some(at) = joins.iter().position(|j| j.2 == b'@')
                && self.is_email(joins, at, end)
            {
                self.push(start, end, TokenKind::Email);
                return end;
            }
            if classes(&self.b[start..end]) & (LOWER | UPPER) != 0
                && let Some(e) = self.domain(joins, start, end)
            {
                self.push(start, e, TokenKind::Url);
                return e;
            }
            if is_iso_date(&self.b[start..end]) {
                self.push(start, end + tail, TokenKind::Number);
                return end + tail;
            }
        }
        let mut tok = start;
        let nj = joins.len();
        for idx in 0..nj {
            let (p, len, kind) = joins[idx];
            let left_start = if idx == 0 {
                start
            } else {
                joins[idx - 1].0 + joins[idx - 1].1
            };
            let right_end = if idx + 1 < nj { joins[idx + 1].0 } else { end };
            let left = &text[left_start..p];
            let right = &text[p + len..right_end];
            let ends_digit = left.as_bytes().last().is_some_and(u8::is_ascii_digit);
            let cut = match kind {
                b'.' | b'&' => Cut::Keep,
                b',' if ends_digit && right.len() == 3 && all_digits(right) => Cut::Keep,
                b':' if ends_digit && right.as_bytes()[0].is_ascii_digit() => Cut::Keep,
                b'/' if all_digits(left) && all_digits(right) => Cut::Keep,
                b'\'' => {
                    let mut buf = [0u8; 2];
                    let last = idx + 1 == nj;
                    match lower_ascii(right.as_bytes(), &mut buf) {
                        Some(b"s" | b"ll" | b"re" | b"ve" | b"m" | b"d") if last => Cut::Before,
                        Some(b"t")
                            if last
                                && left.len() >= 2
                                && matches!(left.as_bytes()[left.len() - 1], b'n' | b'N') =>
                        {
                            Cut::BeforeN
                        }
                        _ => Cut::Keep,
                    }
                }
                b'-' => match self.tk.hyphens {
                    HyphenMode::Keep => Cut::Keep,
                    HyphenMode::Split => Cut::Around,
                    HyphenMode::Ud => {
                        let mut buf = [0u8; 8];
                        match lower_ascii(left.as_bytes(), &mut buf) {
                            Some(l) if is_hyphen_prefix(l) => Cut::Keep,
                            _ => Cut::Around,
                        }
                    }
                },
                _ => Cut::Around,
            };
            match cut {
                Cut::Keep => {}
                Cut::Around => {
                    self.push_piece(tok, p);
                    self.push_auto(p, p + len);
                    tok = p + len;
                }
                Cut::Before => {
                    self.push_piece(tok, p);
                    tok = p;
                }
                Cut::BeforeN => {
                    self.push_piece(tok, p - 1);
                    tok = p - 1;
                }
            }
        }
        self.push_piece(tok, end + tail);
        end + tail
    }

    /// `local@domain.tld` with the `@` at `joins[at]`.
    fn is_email(&self, joins: &[Join], at: usize, end: usize) -> bool {
        let after = &joins[at + 1..];
        if after.iter().any(|j| !matches!(j.2, b'.' | b'-'))
            || joins[..at].iter().any(|j| j.2 == b'@')
        {
            return false;
        }
        let Some(last_dot) = after.iter().rev().find(|j| j.2 == b'.') else {
            return false;
        };
        let tld = &self.text[last_dot.0 + 1..end];
        tld.len() >= 2 && tld.bytes().all(|c| c.is_ascii_alphabetic())
    }

    /// A bare domain (`Gawker.com`, `www.flag.govt.nz`), possibly with a path
    /// (`cra.org/resources`). Returns the end of the address.
    fn domain(&self, joins: &[Join], start: usize, end: usize) -> Option<usize> {
        let host_joins = joins
            .iter()
            .position(|j| !matches!(j.2, b'.' | b'-'))
            .unwrap_or(joins.len());
        let host_end = if host_joins < joins.len() {
            joins[host_joins].0
        } else {
            end
        };
        let last_dot = joins[..host_joins].iter().rev().find(|j| j.2 == b'.')?;
        let tld = &self.text[last_dot.0 + 1..host_end];
        if !is_tld(tld) {
            return None;
        }
        // No hyphen right before the first dot's label etc.: a plain "a.b.com" host.
        if self.text[start..host_end].contains("..") {
            return None;
        }
        if host_joins == joins.len() {
            return Some(end);
        }
        match joins[host_joins].2 {
            b'/' => Some(self.url_end(start)),
            b':' if self.b.get(host_end + 1).is_some_and(u8::is_ascii_digit) => {
                Some(self.url_end(start))
            }
            _ => None,
        }
    }

    /// A URL with a scheme or `www.` at `start`.
    fn url_at(&self, start: usize) -> Option<usize> {
        let rest = &self.b[start..];
        let prefix_len = [&b"https://"[..], b"http://", b"ftp://", b"www.", b"mailto:"]
            .iter()
            .find(|p| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p))
            .map(|p| p.len())?;
        if !self.word_at(start + prefix_len) {
            return None;
        }
        Some(self.url_end(start))
    }

    /// The end of an address starting at `start`: up to the next whitespace, less trailing
    /// punctuation and unbalanced closing brackets.
    fn url_end(&self, start: usize) -> usize {
        let text = self.text;
        let mut end = start;
        let (mut open_paren, mut close_paren, mut open_sq, mut close_sq) = (0i64, 0i64, 0i64, 0i64);
        for (off, c) in text[start..].char_indices() {
            if is_space(c) {
                break;
            }
            match c {
                '(' => open_paren += 1,
                ')' => close_paren += 1,
                '[' => open_sq += 1,
                ']' => close_sq += 1,
                _ => {}
            }
            end = start + off + c.len_utf8();
        }
        while end > start {
            let c = text[..end].chars().next_back().unwrap_or(' ');
            let trim = match c {
                '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"' | '’' | '”' | '»' | '>' | '}' => {
                    true
                }
                ')' => {
                    let t = close_paren > open_paren;
                    close_paren -= 1;
                    t
                }
                ']' => {
                    let t = close_sq > open_sq;
                    close_sq -= 1;
                    t
                }
                _ => false,
            };
            if !trim {
                break;
            }
            end -= c.len_utf8();
        }
        end
    }

    /// An ASCII byte that is neither a word char nor whitespace.
    fn ascii_punct(&mut self, i: usize) -> usize {
        let b = self.b;
        let n = b.len();
        let c = b[i];
        match c {
            b'.' => {
                let mut j = i + 1;
                while j < n && b[j] == c {
                    j += 1;
                }
                // As UD: "..." is one token, ".." two, "...." an ellipsis and a period.
                let end = match j - i {
                    2 => i + 1,
                    4 => i + 3,
                    _ => j,
                };
                self.push(i, end, TokenKind::Punct);
                end
            }
            b'-' | b'`' => {
                let mut j = i + 1;
                while j < n && b[j] == c {
                    j += 1;
                }
                self.push(i, j, TokenKind::Punct);
                j
            }
            b':' | b';' | b'<' if self.at_token_boundary_before(i) => {
                let e = emoticon_len(&b[i..]);
                if e > 0 && b.get(i + e).is_none_or(|&c| CLASS[c as usize] & SPACE != 0) {
                    self.push(i, i + e, TokenKind::Emoji);
                    return i + e;
                }
                let kind = if c == b'<' {
                    TokenKind::Symbol
                } else {
                    TokenKind::Punct
                };
                self.push(i, i + 1, kind);
                i + 1
            }
            b'\'' => self.apostrophe(i, 1),
            b'@' => {
                let mut j = i + 1;
                while j < n && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                    j += 1;
                }
                if j > i + 1 {
                    self.push(i, j, TokenKind::Handle);
                    j
                } else {
                    self.push(i, i + 1, TokenKind::Symbol);
                    i + 1
                }
            }
            b'#' | b'*' => {
                if matches!(char_at(self.text, i + 1), '\u{FE0F}' | '\u{20E3}') {
                    return self.emoji_tail(i, i + 1);
                }
                if c == b'#' {
                    let mut j = i + 1;
                    let mut letter = false;
                    while j < n && self.word_at(j) {
                        let ch = char_at(self.text, j);
                        letter |= !ch.is_ascii_digit();
                        j += ch.len_utf8();
                    }
                    if letter {
                        self.push(i, j, TokenKind::Hashtag);
                        return j;
                    }
                }
                self.push(i, i + 1, TokenKind::Symbol);
                i + 1
            }
            b'[' => {
                let rest = &b[i + 1..];
                // "[...]" and "[…]" (both 4 bytes inside) mark an omission: one token.
                let len = if rest.starts_with(b"...]") || rest.starts_with("…]".as_bytes()) {
                    5
                } else {
                    1
                };
                self.push(i, i + len, TokenKind::Punct);
                i + len
            }
            _ => {
                let kind = match c {
                    b'$' | b'%' | b'&' | b'+' | b'<' | b'=' | b'>' | b'^' | b'|' | b'~' | b'\\' => {
                        TokenKind::Symbol
                    }
                    0..=0x1F | 0x7F => TokenKind::Other,
                    _ => TokenKind::Punct,
                };
                self.push(i, i + 1, kind);
                i + 1
            }
        }
    }

    /// An apostrophe (or left single quote) of `len` bytes at `i`: a token of its own, or
    /// the start of "'90s", "’em", "‘cause".
    fn apostrophe(&mut self, i: usize, len: usize) -> usize {
        let b = self.b;
        let w = i + len;
        let mut j = w;
        while j < b.len() && j - w < 8 && b[j].is_ascii_alphanumeric() {
            j += 1;
        }
        if j > w && !self.word_at(j) {
            let word = &b[w..j];
            let mut buf = [0u8; 8];
            let attach = match lower_ascii(word, &mut buf) {
                Some(l) => {
                    let digits = l.iter().take_while(|c| c.is_ascii_digit()).count();
                    (digits == 2 && (l.len() == 2 || &l[2..] == b"s"))
                        || matches!(l, b"em" | b"cause" | b"cuz" | b"til" | b"tis" | b"twas")
                        // A clitic written apart from its host ("It 's"), as in
                        // text detokenized from a treebank.
                        || (matches!(l, b"s" | b"ll" | b"re" | b"ve" | b"m" | b"d")
                            && self.at_token_boundary_before(i)
                            && !self.text[i..].starts_with('\u{2018}'))
                }
                None => false,
            };
            if attach {
                let kind = if b[w].is_ascii_digit() {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                self.push(i, j, kind);
                return j;
            }
        }
        self.push(i, w, TokenKind::Punct);
        w
    }

    /// A non-ASCII char at `i`.
    fn non_ascii(&mut self, i: usize) -> usize {
        // Dashes and double quotes (U+2013..U+2017, U+201A..U+201F), the most common
        // non-ASCII chars of news text: punctuation tokens of their own.
        if !self.tk.general_only
            && self.b[i] == 0xE2
            && self.b.get(i + 1) == Some(&0x80)
            && matches!(self.b.get(i + 2), Some(0x93..=0x97 | 0x9A..=0x9F))
        {
            self.push(i, i + 3, TokenKind::Punct);
            return i + 3;
        }
        let ch = char_at(self.text, i);
        let len = ch.len_utf8();
        if is_space(ch) {
            return i + len;
        }
        if is_word_char(ch) {
            return self.word(i);
        }
        if is_regional_indicator(ch) {
            let mut j = i + len;
            if is_regional_indicator(char_at(self.text, j)) {
                j += 4;
            }
            return self.emoji_tail(i, j);
        }
        if is_emoji_base(ch) {
            return self.emoji_tail(i, i + len);
        }
        match ch {
            '\u{2019}' | '\u{2018}' => self.apostrophe(i, len),
            _ => {
                self.push(i, i + len, punct_kind(ch));
                i + len
            }
        }
    }

    /// Extends an emoji that starts at `i` and whose base ends at `j` over modifiers and
    /// zero-width-joined emoji.
    fn emoji_tail(&mut self, i: usize, mut j: usize) -> usize {
        let n = self.b.len();
        while j < n {
            let c = char_at(self.text, j);
            if is_emoji_modifier(c) {
                j += c.len_utf8();
            } else if c == '\u{200D}' {
                let d = char_at(self.text, j + 3);
                if is_emoji_base(d) {
                    j += 3 + d.len_utf8();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        self.push(i, j, TokenKind::Emoji);
        j
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_mask_agrees_with_the_class_table() {
        for v in 0..=255u8 {
            for pos in 0..8 {
                let mut bytes = *b"abcdefgh";
                bytes[pos] = v;
                let mask = word_mask(u64::from_le_bytes(bytes));
                for (k, &byte) in bytes.iter().enumerate() {
                    let want = CLASS[byte as usize] & WORD != 0;
                    assert_eq!(mask >> (8 * k + 7) & 1 == 1, want, "byte {byte:#x} at {k}");
                }
            }
        }
    }

    #[test]
    fn alnum_end_stops_at_the_first_byte_that_is_not_a_letter_or_digit() {
        let slow = |b: &[u8], j: usize| {
            j + b[j..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count()
        };
        for v in 0..=255u8 {
            for w in [0u8, b'a', b'Z', b'5', b'_', 0x80, 0xE2, 0xFF] {
                for pos in 0..10 {
                    let mut bytes = *b"abcdefgh1234";
                    bytes[pos] = v;
                    bytes[(pos + 1).min(11)] = w;
                    assert_eq!(alnum_end(&bytes, 0), slow(&bytes, 0), "{bytes:?}");
                    assert_eq!(alnum_end(&bytes, 1), slow(&bytes, 1), "{bytes:?}");
                }
            }
        }
    }

    /// The kind of a token by its first char, without the ASCII shortcuts of `kind_of`.
    fn kind_by_char(s: &str) -> TokenKind {
        let mut chars = s.chars();
        let Some(c) = chars.next() else {
            return TokenKind::Other;
        };
        if c.is_ascii_digit() {
            TokenKind::Number
        } else if is_word_char(c)
            || ((is_apostrophe(c) || c == '\u{2018}') && chars.next().is_some_and(is_word_char))
        {
            TokenKind::Word
        } else if is_emoji_base(c) || is_regional_indicator(c) {
            TokenKind::Emoji
        } else if is_symbol(c) {
            TokenKind::Symbol
        } else if c.is_ascii_punctuation() || (!c.is_ascii() && punct_kind(c) == TokenKind::Punct) {
            TokenKind::Punct
        } else {
            TokenKind::Other
        }
    }

    #[test]
    fn kind_of_agrees_with_the_char_rules() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            for next in ["", "a", " ", "’"] {
                let s = format!("{c}{next}");
                assert_eq!(kind_of(&s), kind_by_char(&s), "{s:?}");
            }
        }
    }

    fn general(t: Tokenizer) -> Tokenizer {
        Tokenizer {
            general_only: true,
            ..t
        }
    }

    fn news_like() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            4 => "[a-z]{1,9}",
            2 => "[A-Z][a-z]{0,6}",
            1 => "[0-9]{1,4}",
            1 => prop::sample::select(vec![
                "Ms", "U.S", "No", "gonna", "cannot", "10am", "www", "http", "mail", "Jr",
                "e.g", "pro", "front", "a", "I", "x_y", "US", "1", "12",
            ])
            .prop_map(str::to_string),
        ];
        let sep = prop::sample::select(vec![
            " ", " ", " ", " ", ".", ". ", "..", "...", ", ", ",", ":", "'", "’", "’s", "-", "- ",
            "–", "“", "”", "‘", ")", "(", "$", "%", "/", "@", "&", "\n", "\u{200C}", "\u{2010}",
            "\u{00A0}", "é", "…", "!", "?", ";", "_", "#", "<3", " a) ",
        ]);
        prop::collection::vec((piece, sep), 0..24)
            .prop_map(|v| v.into_iter().map(|(p, s)| p + s).collect())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// The quick paths give exactly the tokens of the general rules.
        #[test]
        fn quick_paths_change_nothing(text in news_like()) {
            for t in [
                Tokenizer::new(),
                Tokenizer::new().with_hyphens(HyphenMode::Keep).with_abbreviation("Fig"),
            ] {
                let quick = t.tokenize(&text);
                proptest::prop_assert_eq!(quick, general(t).tokenize(&text));
            }
        }

        #[test]
        fn quick_paths_change_nothing_on_any_string(text in proptest::prelude::any::<String>()) {
            proptest::prop_assert_eq!(
                Tokenizer::new().tokenize(&text),
                general(Tokenizer::new()).tokenize(&text)
            );
        }
    }

    #[test]
    fn dashes_and_double_quotes_are_punctuation() {
        for c in ('\u{2013}'..='\u{2017}').chain('\u{201A}'..='\u{201F}') {
            assert_eq!(punct_kind(c), TokenKind::Punct, "{c:?}");
            assert!(
                !is_word_char(c) && !is_space(c) && !is_emoji_base(c),
                "{c:?}"
            );
            let text = format!("a{c}b");
            let toks = Tokenizer::new().tokenize(&text);
            assert_eq!(toks[1], (1, 4, TokenKind::Punct), "{c:?}");
        }
    }

    #[test]
    fn ascii_punct_kinds_agree_with_punct_kind() {
        for c in (0u8..0x80).filter(|c| CLASS[*c as usize] & (WORD | SPACE) == 0) {
            if matches!(
                c,
                b'.' | b'-' | b'`' | b'!' | b'?' | b'\'' | b'@' | b'#' | b'*' | b'['
            ) {
                continue;
            }
            let text = (c as char).to_string();
            let toks = Tokenizer::new().tokenize(&text);
            assert_eq!(toks, [(0, 1, punct_kind(c as char))], "byte {c:#x}");
        }
    }
}
