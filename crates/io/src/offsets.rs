//! Offset units and conversion between UTF-8 byte offsets and code-point or UTF-16 offsets.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The unit of offsets at the output (and input) edge.
///
/// Inside Strata every offset is a UTF-8 byte offset. Python strings, the gold files and
/// most annotation tools count code points (`Char`); JavaScript, Java and C# count UTF-16
/// code units (`Utf16`). The two differ only for characters outside the Basic Multilingual
/// Plane (most emoji), which take one code point but two UTF-16 units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-8 bytes, as stored.
    Byte,
    /// Unicode code points (Python `str` indices). The default: what the gold format uses.
    #[default]
    Char,
    /// UTF-16 code units (JavaScript `String` indices).
    Utf16,
}

impl OffsetUnit {
    /// Every unit, in the order shown in help texts.
    pub const ALL: [OffsetUnit; 3] = [OffsetUnit::Byte, OffsetUnit::Char, OffsetUnit::Utf16];

    /// The lowercase name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            OffsetUnit::Byte => "byte",
            OffsetUnit::Char => "char",
            OffsetUnit::Utf16 => "utf16",
        }
    }
}

impl fmt::Display for OffsetUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An offset unit name that is not one of `byte`, `char`, `utf16`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown offset unit `{0}`; expected one of: byte, char, utf16")]
pub struct UnknownUnit(pub String);

impl FromStr for OffsetUnit {
    type Err = UnknownUnit;

    fn from_str(s: &str) -> Result<OffsetUnit, UnknownUnit> {
        match s.trim().to_ascii_lowercase().as_str() {
            "byte" | "bytes" | "utf8" | "utf-8" => Ok(OffsetUnit::Byte),
            "char" | "chars" | "codepoint" | "codepoints" => Ok(OffsetUnit::Char),
            "utf16" | "utf-16" => Ok(OffsetUnit::Utf16),
            _ => Err(UnknownUnit(s.to_string())),
        }
    }
}

/// Bytes per checkpoint block. A lookup scans at most this many bytes after a table read.
const BLOCK: usize = 64;

/// Converts offsets within one text between bytes, code points and UTF-16 units.
///
/// Built once per text in one linear pass. It stores, for every 64-byte block, how
/// many code points and UTF-16 units precede it, so a byte -> unit lookup is one table
/// read plus a scan of at most 63 bytes (O(1)), and a unit -> byte lookup is a binary
/// search over the table plus the same short scan (O(log n)). Pure-ASCII text (the common
/// case) needs no table at all: every unit is the byte offset. For spans in text order,
/// an [`OffsetCursor`] ([`OffsetMap::cursor`]) scans only the bytes between consecutive
/// offsets. The map borrows the text and is `Send + Sync`.
#[derive(Clone, Debug)]
pub struct OffsetMap<'t> {
    text: &'t str,
    /// `chars[i]`, `utf16[i]`: units before byte `i * BLOCK`. Empty for ASCII text.
    chars: Vec<u64>,
    utf16: Vec<u64>,
}

#[inline]
fn is_lead(b: u8) -> bool {
    // Every byte that is not a continuation byte starts a code point.
    (b & 0xC0) != 0x80
}

#[inline]
fn is_astral_lead(b: u8) -> bool {
    // A four-byte sequence encodes a code point outside the BMP: two UTF-16 units.
    b >= 0xF0
}

/// Code points (or UTF-16 units) that start in `bytes`. Counted in `u8` lanes over
/// slices of at most 127 bytes (callers pass at most a block), so the compiler turns it
/// into wide SIMD adds.
#[inline]
fn count(bytes: &[u8], unit: OffsetUnit) -> usize {
    if unit == OffsetUnit::Byte {
        return bytes.len();
    }
    let utf16 = unit == OffsetUnit::Utf16;
    bytes
        .chunks(127)
        .map(|c| {
            c.iter().fold(0u8, |n, &b| {
                n + is_lead(b) as u8 + (utf16 && is_astral_lead(b)) as u8
            }) as usize
        })
        .sum()
}

/// Converts byte offsets given mostly in ascending order; see [`OffsetMap::cursor`].
#[derive(Clone, Debug)]
pub struct OffsetCursor<'m, 't> {
    map: &'m OffsetMap<'t>,
    unit: OffsetUnit,
    byte: usize,
    units: usize,
}

impl OffsetCursor<'_, '_> {
    /// The offset of `byte` in the cursor's unit (as [`OffsetMap::to_unit`]).
    #[inline]
    pub fn offset(&mut self, byte: usize) -> usize {
        (self.byte, self.units) = self.map.step((self.byte, self.units), byte, self.unit);
        self.units
    }
}

impl<'t> OffsetMap<'t> {
    /// Builds the map for `text` in one pass.
    pub fn new(text: &'t str) -> OffsetMap<'t> {
        if text.is_ascii() {
            return OffsetMap {
                text,
                chars: Vec::new(),
                utf16: Vec::new(),
            };
        }
        let n_blocks = text.len() / BLOCK + 1;
        let mut chars = Vec::with_capacity(n_blocks);
        let mut utf16 = Vec::with_capacity(n_blocks);
        let (mut c, mut u) = (0u64, 0u64);
        for block in text.as_bytes().chunks(BLOCK) {
            chars.push(c);
            utf16.push(u);
            c += count(block, OffsetUnit::Char) as u64;
            u += count(block, OffsetUnit::Utf16) as u64;
        }
        if text.len().is_multiple_of(BLOCK) {
            // A checkpoint for the end of the text, so the last block is closed too.
            chars.push(c);
            utf16.push(u);
        }
        OffsetMap { text, chars, utf16 }
    }

    /// The text this map was built for.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// True when the text is pure ASCII, so every unit equals the byte offset.
    pub fn is_ascii(&self) -> bool {
        self.chars.is_empty()
    }

    /// The length of the text in `unit`.
    pub fn len(&self, unit: OffsetUnit) -> usize {
        self.to_unit(self.text.len(), unit)
    }

    /// True for the empty text.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Converts a byte offset to `unit`. A byte offset inside a character counts the
    /// characters that start before it; offsets past the end are clamped to the end.
    pub fn to_unit(&self, byte: usize, unit: OffsetUnit) -> usize {
        let byte = byte.min(self.text.len());
        if unit == OffsetUnit::Byte || self.is_ascii() {
            return byte;
        }
        let block = byte / BLOCK;
        let table = match unit {
            OffsetUnit::Char => &self.chars,
            _ => &self.utf16,
        };
        table[block] as usize + count(&self.text.as_bytes()[block * BLOCK..byte], unit)
    }

    /// The offset in `unit` of every byte offset `0..=len`, for a writer converting many
    /// spans of one text: one pass and four bytes per byte of text, then one read per
    /// offset. `None` when no table is needed (ASCII text, byte offsets) or the text is
    /// longer than `max_len` bytes (then [`OffsetMap::step`] costs no memory).
    pub(crate) fn unit_table(&self, unit: OffsetUnit, max_len: usize) -> Option<Vec<u32>> {
        let bytes = self.text.as_bytes();
        if unit == OffsetUnit::Byte
            || self.is_ascii()
            || bytes.len() > max_len
            || bytes.len() >= u32::MAX as usize
        {
            return None;
        }
        let utf16 = unit == OffsetUnit::Utf16;
        let mut table = Vec::with_capacity(bytes.len() + 1);
        let mut units = 0u32;
        for &b in bytes {
            table.push(units);
            units += is_lead(b) as u32 + (utf16 && is_astral_lead(b)) as u32;
        }
        table.push(units);
        Some(table)
    }

    /// From a known `(byte, units)` position to `byte`: a short forward scan, or a table
    /// lookup. Returns the new position.
    #[inline]
    pub(crate) fn step(
        &self,
        from: (usize, usize),
        byte: usize,
        unit: OffsetUnit,
    ) -> (usize, usize) {
        let byte = byte.min(self.text.len());
        if unit == OffsetUnit::Byte || self.is_ascii() {
            return (byte, byte);
        }
        let (fb, fu) = from;
        let units = if byte >= fb && byte - fb <= BLOCK {
            fu + count(&self.text.as_bytes()[fb..byte], unit)
        } else {
            self.to_unit(byte, unit)
        };
        (byte, units)
    }

    /// A cursor for converting offsets in ascending order: each step costs the distance
    /// from the previous offset, so a sweep over sorted spans is linear in the text.
    /// Offsets out of order are still right, at the cost of one table lookup.
    pub fn cursor(&self, unit: OffsetUnit) -> OffsetCursor<'_, 't> {
        OffsetCursor {
            map: self,
            unit,
            byte: 0,
            units: 0,
        }
    }

    /// Converts an offset in `unit` to a byte offset. `None` when the offset lies past
    /// the end of the text or, for UTF-16, between the two halves of a surrogate pair.
    pub fn to_byte(&self, offset: usize, unit: OffsetUnit) -> Option<usize> {
        if unit == OffsetUnit::Byte {
            return (offset <= self.text.len() && self.text.is_char_boundary(offset))
                .then_some(offset);
        }
        if self.is_ascii() {
            return (offset <= self.text.len()).then_some(offset);
        }
        let table = match unit {
            OffsetUnit::Char => &self.chars,
            _ => &self.utf16,
        };
        let target = offset as u64;
        // The last block starting at or before the target.
        let block = table.partition_point(|&n| n <= target).checked_sub(1)?;
        let mut units = table[block];
        let bytes = self.text.as_bytes();
        let mut i = block * BLOCK;
        loop {
            if units == target && (i == bytes.len() || is_lead(bytes[i])) {
                return Some(i);
            }
            if units > target || i >= bytes.len() {
                return None;
            }
            let b = bytes[i];
            if is_lead(b) {
                units += match unit {
                    OffsetUnit::Utf16 => 1 + is_astral_lead(b) as u64,
                    _ => 1,
                };
            }
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference conversion by walking the whole string.
    fn naive(text: &str, byte: usize, unit: OffsetUnit) -> usize {
        let prefix = &text[..byte];
        match unit {
            OffsetUnit::Byte => byte,
            OffsetUnit::Char => prefix.chars().count(),
            OffsetUnit::Utf16 => prefix.encode_utf16().count(),
        }
    }

    fn check_all(text: &str) {
        let map = OffsetMap::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            for unit in OffsetUnit::ALL {
                let off = map.to_unit(byte, unit);
                assert_eq!(off, naive(text, byte, unit), "{unit} at byte {byte}");
                assert_eq!(map.to_byte(off, unit), Some(byte), "{unit} back from {off}");
            }
        }
        assert_eq!(
            map.to_byte(map.len(OffsetUnit::Char) + 1, OffsetUnit::Char),
            None
        );
        // The writers' direct table gives the same offset at every byte, mid-character
        // bytes included; it exists only where a conversion is needed and the text fits.
        for unit in OffsetUnit::ALL {
            match map.unit_table(unit, usize::MAX) {
                Some(table) => {
                    assert_eq!(table.len(), text.len() + 1);
                    for (byte, &off) in table.iter().enumerate() {
                        assert_eq!(off as usize, map.to_unit(byte, unit), "{unit} at {byte}");
                    }
                }
                None => assert!(unit == OffsetUnit::Byte || map.is_ascii(), "{unit}"),
            }
            assert!(
                map.unit_table(unit, text.len().saturating_sub(1)).is_none() || text.is_empty()
            );
        }
    }

    #[test]
    fn multibyte_news_punctuation_and_emoji() {
        let text = "‘Yes’ – she said “ok” 😀 then 🇦🇿 left.";
        let map = OffsetMap::new(text);
        // `😀` starts after 22 code points; it is one code point but two UTF-16 units.
        let smile = text.find('😀').unwrap();
        assert_eq!(map.to_unit(smile, OffsetUnit::Char), 22);
        assert_eq!(map.to_unit(smile, OffsetUnit::Utf16), 22);
        assert_eq!(map.to_unit(smile + 4, OffsetUnit::Char), 23);
        assert_eq!(map.to_unit(smile + 4, OffsetUnit::Utf16), 24);
        // The middle of the surrogate pair is not a position in the text.
        assert_eq!(map.to_byte(23, OffsetUnit::Utf16), None);
        assert_eq!(map.to_byte(23, OffsetUnit::Char), Some(smile + 4));
        check_all(text);
    }

    #[test]
    fn long_text_crosses_many_blocks() {
        let text = "a’b😀c ".repeat(200);
        check_all(&text);
        // Exactly a block multiple in length.
        let text = "x".repeat(BLOCK * 2 - 3) + "’";
        assert_eq!(text.len(), BLOCK * 2);
        check_all(&text);
    }

    proptest::proptest! {
        /// Any mix of 1- to 4-byte characters, across block boundaries: the map, the
        /// cursor and the way back agree with a walk over the string.
        #[test]
        fn agrees_with_a_walk(parts in proptest::collection::vec(
            proptest::sample::select(vec!["a", " ", "’", "“", "é", "😀", "🇦🇿", "\n"]), 0..200)
        ) {
            check_all(&parts.concat());
        }
    }

    #[test]
    fn ascii_and_empty() {
        check_all("");
        check_all("plain ascii text");
        let map = OffsetMap::new("abc");
        assert!(map.is_ascii());
        assert_eq!(map.to_byte(4, OffsetUnit::Char), None);
    }

    #[test]
    fn byte_unit_rejects_mid_char() {
        let map = OffsetMap::new("a“b");
        assert_eq!(map.to_byte(2, OffsetUnit::Byte), None);
        assert_eq!(map.to_byte(4, OffsetUnit::Byte), Some(4));
    }

    #[test]
    fn unit_names_round_trip() {
        for unit in OffsetUnit::ALL {
            assert_eq!(unit.to_string().parse::<OffsetUnit>().unwrap(), unit);
            let json = serde_json::to_string(&unit).unwrap();
            assert_eq!(json, format!("\"{unit}\""));
        }
        assert!("furlong".parse::<OffsetUnit>().is_err());
    }
}
