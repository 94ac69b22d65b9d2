//! Word lists and character classes the scanner consults.
//!
//! The lists are facts about English spelling (abbreviations that take a period, prefixes
//! that UD/GUM keep attached to the next word, top-level domains), kept short on purpose:
//! every entry was checked against ambiguity at the end of a sentence.

/// Byte classes for ASCII, as bit flags (non-ASCII bytes have class 0).
pub(crate) const SPACE: u8 = 1;
pub(crate) const WORD: u8 = 2;
pub(crate) const DIGIT: u8 = 4;
pub(crate) const UPPER: u8 = 8;
pub(crate) const LOWER: u8 = 16;
pub(crate) const JOINER: u8 = 32;

/// Class of every byte; bytes >= 0x80 are 0 and are decoded by the caller.
pub(crate) static CLASS: [u8; 256] = build_class();

const fn build_class() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b.is_ascii_digit() {
            WORD | DIGIT
        } else if b.is_ascii_uppercase() {
            WORD | UPPER
        } else if b.is_ascii_lowercase() {
            WORD | LOWER
        } else if b == b'_' {
            WORD
        } else if matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            SPACE
        } else if matches!(b, b'.' | b',' | b':' | b'\'' | b'-' | b'&' | b'/' | b'@') {
            JOINER
        } else {
            0
        };
        c += 1;
    }
    t
}

/// What the byte after an ASCII word says about the word, for the scanner's quick path.
pub(crate) const NEXT_SLOW: u8 = 0;
/// The word ends here whatever follows: whitespace or punctuation that never joins.
pub(crate) const NEXT_ENDS: u8 = 1;
/// A joiner (`, : ' & / @`): the word ends unless a word char follows it.
pub(crate) const NEXT_JOINER: u8 = 2;
/// `)`: ends the word, but "a)" may be a list marker.
pub(crate) const NEXT_PAREN: u8 = 3;

/// `.`: ends the word unless the word is an abbreviation that keeps it.
pub(crate) const NEXT_PERIOD: u8 = 4;

/// [`NEXT_SLOW`] for bytes that need the general path: `-` (hyphens, cut-off words), `$`
/// ("US$"), word bytes (`_`, which the quick path does not scan), and non-ASCII bytes.
pub(crate) static NEXT: [u8; 256] = build_next();

const fn build_next() -> [u8; 256] {
    let class = build_class();
    let mut t = [NEXT_SLOW; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if matches!(b, b'-' | b'$') || class[c] & WORD != 0 {
            NEXT_SLOW
        } else if b == b'.' {
            NEXT_PERIOD
        } else if b == b')' {
            NEXT_PAREN
        } else if class[c] & JOINER != 0 {
            NEXT_JOINER
        } else {
            NEXT_ENDS
        };
        c += 1;
    }
    t
}

/// What the first byte of an ASCII word asks the quick path to check (0: nothing).
pub(crate) const FIRST_URL: u8 = 1;
pub(crate) const FIRST_FUSED: u8 = 2;
pub(crate) const FIRST_DIGIT: u8 = 4;

/// Flags by first byte: `h w f m` may start a URL ("http", "www.", "ftp:", "mail"),
/// `a c g h k l o s w` a fused form ("cannot", "gonna"), a digit a clock time ("10am").
pub(crate) static FIRST: [u8; 256] = build_first();

const fn build_first() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        let l = b.to_ascii_lowercase();
        let mut f = 0;
        if matches!(l, b'h' | b'w' | b'f' | b'm') {
            f |= FIRST_URL;
        }
        if matches!(
            l,
            b'a' | b'c' | b'g' | b'h' | b'k' | b'l' | b'o' | b's' | b'w'
        ) {
            f |= FIRST_FUSED;
        }
        if b.is_ascii_digit() {
            f |= FIRST_DIGIT;
        }
        t[c] = f;
        c += 1;
    }
    t
}

/// Whitespace as the tokenizer sees it: Unicode `White_Space` plus the invisible
/// separators that word processors leave in text (zero-width space, word joiner, BOM).
/// No token ever contains one of these, and every other char is inside some token.
#[inline]
pub fn is_space(c: char) -> bool {
    // The White_Space property spelled out, so no table lookup is needed.
    matches!(
        c,
        '\t'..='\r'
            | ' '
            | '\u{85}'
            | '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200B}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{2060}'
            | '\u{3000}'
            | '\u{FEFF}'
    )
}

/// Combining marks and other code points that belong to the letter before them.
#[inline]
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{200C}' // zero-width non-joiner, inside Persian and Indic words
        | '\u{00AD}' // soft hyphen
    )
}

/// A char that is part of a word (letters, digits, marks, `_`).
///
/// Answers the common non-letters of news text (quotes, dashes, symbols, emoji) without the
/// Unicode table lookups of `char::is_alphanumeric`, which dominate the time otherwise.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return CLASS[u as usize] & WORD != 0;
    }
    if u < 0x100 {
        // Latin-1: letters from U+00C0 except × and ÷; a few letters and numbers below.
        return (u >= 0xC0 && u != 0xD7 && u != 0xF7)
            || matches!(
                u,
                0xAA | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE | 0xAD
            );
    }
    if u < 0x2B0 {
        return true; // Latin Extended-A/B and IPA: all letters
    }
    if (0x2000..=0x206F).contains(&u) {
        return u == 0x200C; // general punctuation; only ZWNJ sits inside words
    }
    if (0x20A0..=0x20CF).contains(&u)
        || (0x2190..=0x23FF).contains(&u)
        || (0x2500..=0x2775).contains(&u)
        || (0x2794..=0x2BFF).contains(&u)
        || (0x1F000..=0x1F0FF).contains(&u)
        || (0x1F1E6..=0x1FAFF).contains(&u)
    {
        return false; // currency, arrows, math, shapes, symbols, dingbats, emoji
    }
    c.is_alphanumeric() || is_mark(c)
}

/// Hyphen-like chars that may join two words (`pro-Beijing`).
#[inline]
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Apostrophes: straight, right single quotation mark (the usual typographic apostrophe).
#[inline]
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// Start of an emoji: pictographs, dingbats and symbols that render as emoji,
/// regional indicators.
#[inline]
pub(crate) fn is_emoji_base(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2300}'..='\u{23FF}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{2194}'..='\u{2199}' | '\u{21A9}' | '\u{21AA}'
        | '\u{25AA}' | '\u{25AB}' | '\u{25B6}' | '\u{25C0}' | '\u{25FB}'..='\u{25FE}'
        | '\u{2934}' | '\u{2935}'
        | '\u{203C}' | '\u{2049}' | '\u{2122}' | '\u{2139}' | '\u{24C2}'
        | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}'
    )
}

/// Code points that extend an emoji: variation selectors, skin tones, keycap, tags.
#[inline]
pub(crate) fn is_emoji_modifier(c: char) -> bool {
    matches!(c,
        '\u{FE0E}' | '\u{FE0F}'
        | '\u{1F3FB}'..='\u{1F3FF}'
        | '\u{20E3}'
        | '\u{E0020}'..='\u{E007F}'
    )
}

#[inline]
pub(crate) fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

/// Currency signs and other symbols that stand as tokens of their own.
#[inline]
pub(crate) fn is_symbol(c: char) -> bool {
    matches!(c,
        '$' | '%' | '&' | '+' | '<' | '=' | '>' | '^' | '|' | '~' | '#' | '*' | '\\' | '@' | '`'
        | '\u{00A2}'..='\u{00A9}' // ¢ £ ¤ ¥ ¦ § ¨ ©
        | '\u{00AC}' | '\u{00AE}'..='\u{00B1}' | '\u{00B4}' | '\u{00B6}' | '\u{00D7}' | '\u{00F7}'
        | '\u{2030}'..='\u{2031}'
        | '\u{2100}'..='\u{214F}'
        | '\u{20A0}'..='\u{20CF}' // currency block: € ₹ ₽ ...
        | '\u{2190}'..='\u{21FF}' // arrows
        | '\u{2200}'..='\u{22FF}' // mathematical operators
        | '\u{25A0}'..='\u{25FF}' // geometric shapes
    )
}

/// Abbreviations (without their period) that keep a following period as part of the
/// token, also at the end of a sentence, as UD does ("Ms.", "Jan.", "Inc."). Case matters:
/// "Gen." is an abbreviation, "gen." is not. Words that are also ordinary words at the end
/// of a sentence ("Miss", "Wash", "Mass", "Ill", "Sun", "Sat") are left out on purpose.
pub(crate) fn is_abbreviation(w: &str) -> bool {
    matches!(
        w,
        // titles
        "Mr" | "Mrs" | "Ms" | "Mx" | "Dr" | "Prof" | "Sr" | "Jr" | "St" | "Mt" | "Ft" | "Gen"
            | "Col" | "Lt" | "Maj" | "Sgt" | "Capt" | "Cpl" | "Pvt" | "Cmdr" | "Adm" | "Gov"
            | "Sen" | "Rep" | "Rev" | "Hon" | "Pres" | "Supt" | "Insp" | "Det" | "Fr" | "Msgr"
            | "Messrs" | "Mme" | "Mlle" | "Brig" | "Cdr" | "Gens" | "Reps" | "Sens"
            // months and days
            | "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct"
            | "Nov" | "Dec" | "Mon" | "Tue" | "Tues" | "Wed" | "Thu" | "Thur" | "Thurs" | "Fri"
            // organisations and addresses
            | "Inc" | "Corp" | "Ltd" | "Co" | "Cos" | "Bros" | "Assn" | "Dept" | "Univ"
            | "Intl" | "Ave" | "Blvd" | "Rd" | "Hwy" | "Ct" | "Pl" | "Sq"
            // references and Latin
            | "vs" | "etc" | "approx" | "est" | "cf" | "al" | "ca" | "viz" | "ibid"
            | "Ed" | "Eds" | "eds" | "Rs" | "Mio"
            // US states (AP style), minus those that are also words
            | "Ala" | "Ariz" | "Ark" | "Calif" | "Colo" | "Conn" | "Del" | "Fla" | "Ga"
            | "Kan" | "Kans" | "Ky" | "Md" | "Mich" | "Minn" | "Mont" | "Neb" | "Nev"
            | "Okla" | "Ore" | "Pa" | "Penn" | "Tenn" | "Tex" | "Va" | "Vt" | "Wis" | "Wyo"
    )
}

/// Abbreviations that keep their period only before a number ("No. 5", "c. 1818",
/// "p. 12"): elsewhere they are words ("No.", "Art.") or letters at a sentence end.
pub(crate) fn is_numeric_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "No" | "Nos"
            | "no"
            | "c"
            | "p"
            | "pp"
            | "Art"
            | "Fig"
            | "fig"
            | "Figs"
            | "Vol"
            | "vol"
            | "Ch"
            | "ch"
            | "Sec"
            | "sec"
            | "Op"
            | "Eq"
            | "Para"
            | "para"
    )
}

/// Prefixes after which UD/GUM keep a hyphenated word whole ("pro-Beijing",
/// "non-profit", "re-elected"); other hyphenated compounds are split around the hyphen.
/// Compared lowercased.
pub(crate) fn is_hyphen_prefix(w: &[u8]) -> bool {
    matches!(
        w,
        b"anti"
            | b"co"
            | b"counter"
            | b"cross"
            | b"de"
            | b"e"
            | b"inter"
            | b"intra"
            | b"mid"
            | b"mini"
            | b"multi"
            | b"non"
            | b"post"
            | b"pre"
            | b"pro"
            | b"re"
            | b"semi"
            | b"socio"
            | b"sub"
            | b"super"
            | b"trans"
            | b"un"
    )
}

/// Top-level domains that make `name.tld` a web address. Compared as written (lowercase).
pub(crate) fn is_tld(w: &str) -> bool {
    matches!(
        w,
        "com"
            | "org"
            | "net"
            | "edu"
            | "gov"
            | "mil"
            | "int"
            | "info"
            | "biz"
            | "io"
            | "co"
            | "uk"
            | "us"
            | "nz"
            | "au"
            | "ca"
            | "de"
            | "fr"
            | "jp"
            | "cn"
            | "ru"
            | "es"
            | "nl"
            | "se"
            | "no"
            | "ch"
            | "ie"
            | "eu"
            | "tv"
            | "me"
            | "ly"
            | "ai"
            | "app"
            | "dev"
            | "news"
            | "online"
            | "br"
            | "mx"
            | "za"
            | "kr"
            | "hk"
            | "sg"
            | "tw"
            | "pl"
            | "be"
            | "at"
            | "dk"
            | "fi"
            | "pt"
            | "gr"
            | "il"
            | "ar"
            | "cz"
            | "ua"
            | "az"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_classes_agree_with_unicode_properties() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let word = c.is_alphanumeric() || is_mark(c) || c == '_';
            assert_eq!(
                is_word_char(c),
                word,
                "is_word_char({c:?} U+{:04X})",
                c as u32
            );
            let space = c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}');
            assert_eq!(is_space(c), space, "is_space(U+{:04X})", c as u32);
        }
    }
}
