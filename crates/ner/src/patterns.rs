//! `ner.patterns`: dates, times, money, percentages, quantities, ordinals and cardinals
//! by rules over the atoms of the token layer (see [`crate::atoms`]).
//!
//! At each atom every rule is tried and the longest match wins (ties go to the rule
//! listed first: PERCENT, MONEY, QUANTITY, TIME, DATE, ORDINAL, CARDINAL); the scan then
//! continues after the match, so the whole pass is linear (each rule looks at a bounded
//! number of atoms). The conventions are the OntoNotes ones our seeds document follows:
//! modifiers belong to numbers ("about 37%", "more than 8,000"); "the" belongs to a
//! temporal expression when it is part of it ("the same period last year", "the first
//! seven months of this year", "the 76th anniversary", "the end of June"), never to a
//! bare ordinal ("the [first] countries"); ranges are one DATE ("April 22 to 24",
//! "January–October 2025", "between 1952 and 2024"), without a leading "from".
//!
//! Numbers inside names are left to name recognisers: a number right after a capitalised
//! word that does not start a sentence ("Resolution 2758", "Su-35"), a capitalised number
//! or ordinal word in mid-sentence ("Group of Seven", "Fourth Plenary Session") and a
//! numeric ordinal before a capitalised word ("15th Five-Year Plan") are not tagged.

use serde::Deserialize;
use strata_core::{
    AnnotateError, Annotator, BuildError, Document, Entity, Layer, LayerSet, Overlap, SettingDoc,
    Settings, parse_settings,
};

use crate::atoms::{Atom, AtomInfo, AtomKind, Atomized, atomize_with};

pub(crate) const NAME: &str = "ner.patterns";

/// Settings of `ner.patterns`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternSettings {
    /// Labels to produce; empty means all seven.
    #[serde(default)]
    pub labels: Vec<String>,
    /// How to merge with entities already on the document.
    #[serde(default)]
    pub overlap: Overlap,
}

pub(crate) const SETTINGS: &[SettingDoc] = &[
    SettingDoc {
        name: "labels",
        kind: "[string]",
        default: "[]",
        help: "Labels to produce (DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL, CARDINAL); empty = all",
    },
    SettingDoc {
        name: "overlap",
        kind: "string",
        default: "\"keep\"",
        help: "Overlap with existing entities: keep (earlier steps win), replace, longest",
    },
];

/// The labels this recogniser knows.
pub const LABELS: [&str; 7] = [
    "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL",
];

/// The `ner.patterns` annotator.
#[derive(Clone, Debug)]
pub struct Patterns {
    labels: Vec<&'static str>,
    overlap: Overlap,
}

impl Patterns {
    pub fn new(settings: PatternSettings) -> Result<Patterns, BuildError> {
        let mut labels = Vec::new();
        for l in &settings.labels {
            match LABELS.iter().find(|k| k.eq_ignore_ascii_case(l)) {
                Some(k) => labels.push(*k),
                None => {
                    return Err(BuildError::Settings {
                        plugin: NAME.into(),
                        message: format!("unknown label `{l}`; known: {}", LABELS.join(", ")),
                    });
                }
            }
        }
        if labels.is_empty() {
            labels = LABELS.to_vec();
        }
        Ok(Patterns {
            labels,
            overlap: settings.overlap,
        })
    }
}

impl Default for Patterns {
    fn default() -> Patterns {
        Patterns {
            labels: LABELS.to_vec(),
            overlap: Overlap::Keep,
        }
    }
}

pub(crate) fn build(settings: &Settings) -> Result<Box<dyn Annotator>, BuildError> {
    let s: PatternSettings = parse_settings(NAME, settings)?;
    Ok(Box::new(Patterns::new(s)?))
}

impl Annotator for Patterns {
    fn requires(&self) -> LayerSet {
        LayerSet::from([Layer::TOKENS])
    }
    fn provides(&self) -> LayerSet {
        LayerSet::from([Layer::ENTITIES])
    }
    fn annotate(&self, doc: &mut Document) -> Result<(), AnnotateError> {
        doc.require(&Layer::TOKENS)?;
        let found = self.find(doc)?;
        let mut existing = doc.entities.take().unwrap_or_default();
        strata_core::merge_entities(&mut existing, found, self.overlap);
        doc.entities = Some(existing);
        Ok(())
    }
}

impl Patterns {
    /// The entities the rules find, without merging.
    pub fn find(&self, doc: &Document) -> Result<Vec<Entity>, AnnotateError> {
        let tokens = doc.tokens.as_deref().unwrap_or(&[]);
        let text = doc.text();
        let words = &*WORDS;
        let Atomized {
            atoms,
            marked: starts,
        } = atomize_with(text, tokens, Lexer(words));
        let m = Matcher { text, a: &atoms };
        let mut out = Vec::new();
        // Only atoms that may start a rule are tried; a match moves past its end.
        let mut i = 0;
        for &k in &starts {
            let k = k as usize;
            if k < i {
                continue;
            }
            i = k;
            // "the" (which can only start a date) is most often followed by neither a
            // number nor a word of a date: then no rule matches there (see `date`).
            if atoms[i].info & L_THE != 0
                && m.kind(i + 1) != Some(AtomKind::Num)
                && m.flags(i + 1, false) & F_AFTER_THE == 0
            {
                i += 1;
                continue;
            }
            // Likewise "this", "that", "last", "next", "past", "coming" (which start only
            // dates and times) before a word that cannot follow them in one (see `date`
            // and `time`).
            if atoms[i].info & (L_DEICTIC | u64::from(F_ALL))
                == L_DEICTIC | u64::from(F_DATE | F_TIME)
                && m.flags(i + 1, false) & F_AFTER_DEICTIC == 0
            {
                i += 1;
                continue;
            }
            let f = m.start_flags(i);
            match if f == 0 { None } else { m.best_with(i, f) } {
                Some((end, label, source)) if end > i => {
                    if self.labels.contains(&label) {
                        out.push(Entity {
                            span: doc.span(atoms[i].start(), atoms[end - 1].end())?,
                            label: label.into(),
                            source: source.into(),
                            canonical: None,
                            confidence: None,
                        });
                    }
                    i = end;
                }
                _ => i += 1,
            }
        }
        Ok(out)
    }
}

// ---------------------------------------------------------------------------------------
// Word lists (lowercase unless noted).

const UNITS: &[(&str, u64)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];
const SCALES: &[&str] = &["hundred", "thousand", "million", "billion", "trillion"];
const SCALE_ABBR_SPACED: &[&str] = &["bn", "mn", "mln", "bln", "trn"];
const SCALE_ABBR_GLUED: &[&str] = &["m", "bn", "mn", "b", "k", "K", "M", "B"];
const PLURAL_COUNTS: &[&str] = &["dozens", "hundreds", "thousands", "millions", "billions"];
const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
    "thousandth",
];
/// Modifiers that belong to a following number: one or two words.
const MODIFIERS: &[&[&str]] = &[
    &["about"],
    &["around"],
    &["approximately"],
    &["nearly"],
    &["almost"],
    &["roughly"],
    &["some"],
    &["over"],
    &["under"],
    &["only"],
    &["just"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["up", "to"],
    &["at", "least"],
    &["at", "most"],
    &["close", "to"],
    &["upwards", "of"],
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["just", "over"],
    &["just", "under"],
    &["well", "over"],
    &["an", "estimated"],
];
const _: () = assert!(MODIFIERS.len() <= 32, "modifier sets are 32-bit masks");
/// Modifiers that are dropped before "one" and before bare cardinals in OntoNotes style
/// ("only one China"): they stay outside unless a unit follows.
const WEAK_MODIFIERS: &[&str] = &["only", "just", "some", "over", "under"];
const CURRENCY_CODES: &[&str] = &[
    "USD", "US$", "EUR", "GBP", "CNY", "RMB", "JPY", "AZN", "RUB", "INR", "CHF", "TRY", "KZT",
    "UZS", "GEL", "AMD", "IRR", "SAR", "AED", "KRW", "CAD", "AUD", "HKD", "SGD", "BRL", "UAH",
];
const CURRENCY_SYMBOLS: &[&str] = &["$", "€", "£", "¥", "₼", "₽", "₹", "₺", "₩"];
const CURRENCY_WORDS: &[&str] = &[
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "yuan", "renminbi", "manat", "manats",
    "ruble", "rubles", "rouble", "roubles", "yen", "rupee", "rupees", "lira", "liras", "won",
    "franc", "francs", "cent", "cents", "pence", "dinar", "dinars", "riyal", "riyals", "dirham",
    "dirhams", "tenge", "lari", "hryvnia", "som", "sum",
];
/// Unit words after a number that make a QUANTITY (compared exactly: "MW" is not "mw").
const UNIT_WORDS: &[&str] = &[
    "MW",
    "GW",
    "kW",
    "TW",
    "W",
    "kWh",
    "MWh",
    "GWh",
    "TWh",
    "MVA",
    "kV",
    "km",
    "kilometers",
    "kilometres",
    "kilometer",
    "kilometre",
    "miles",
    "mile",
    "meters",
    "metres",
    "meter",
    "metre",
    "cm",
    "mm",
    "centimeters",
    "centimetres",
    "millimeters",
    "feet",
    "foot",
    "ft",
    "inches",
    "inch",
    "yards",
    "kg",
    "kilograms",
    "kilogram",
    "grams",
    "gram",
    "tons",
    "tonnes",
    "ton",
    "tonne",
    "Mt",
    "t",
    "pounds",
    "lbs",
    "lb",
    "ounces",
    "oz",
    "liters",
    "litres",
    "liter",
    "litre",
    "gallons",
    "barrels",
    "barrel",
    "bcm",
    "hectares",
    "hectare",
    "ha",
    "acres",
    "acre",
    "degrees",
    "°C",
    "°F",
    "px",
    "pixels",
    "pt",
    "mph",
    "knots",
    "TEU",
    "TEUs",
    "carats",
    "megawatts",
    "gigawatts",
    "kilowatts",
    "watts",
    "megawatt",
    "gigawatt",
    "kilowatt",
];
/// Words that may precede a unit ("square kilometers", "cubic meters").
const UNIT_PREFIXES: &[&str] = &["square", "cubic", "metric", "nautical", "light"];
const TIME_UNITS: &[&str] = &[
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "decade",
    "decades",
    "century",
    "centuries",
    "quarter",
    "quarters",
    "weekend",
    "weekends",
    "season",
    "seasons",
    "half",
    "millennium",
    "period",
    "fortnight",
];
const DURATION_UNITS: &[&str] = &[
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "decade",
    "decades",
    "century",
    "centuries",
    "quarter",
    "quarters",
];
const SEASONS: &[&str] = &["spring", "summer", "autumn", "winter"];
const RELATIVE_DAYS: &[&str] = &["today", "yesterday", "tomorrow"];

// ---------------------------------------------------------------------------------------

/// `w` is one of `list` (exactly).
#[inline]
fn in_strs(list: &[&str], w: &[u8]) -> bool {
    list.iter().any(|x| x.as_bytes() == w)
}

/// A match: (end atom, label, source "ner.patterns:<rule>").
type Hit = (usize, &'static str, &'static str);

struct Matcher<'a> {
    text: &'a str,
    a: &'a [Atom],
}

/// Asks [`WORDS`] about each atom as it is cut (see [`lexical_info`]).
struct Lexer<'w>(&'w WordTable);

impl AtomInfo for Lexer<'_> {
    #[inline(always)]
    fn info(&mut self, kind: AtomKind, bytes: &[u8], start: usize, end: usize) -> (u64, bool) {
        lexical_info(self.0, kind, bytes, start, end)
    }
    #[inline(always)]
    fn short_word(&mut self, x: u64, _: &[u8], _: usize, _: usize) -> (u64, bool) {
        let v = self.0.get_short(x);
        (v, v & u64::from(F_ALL) != 0)
    }
}

/// What [`WORDS`] knows of an atom, asked as it is cut (see [`atomize_with`]): the `F_*`
/// flags of a word (or `F_CUR` for a currency symbol), in bits 16..24 the value + 1 of a
/// number word ("two"), and in bits 32.. the set of [`MODIFIERS`] it opens; and whether
/// a rule may start there: at numbers and atoms with a rule flag (see
/// [`Matcher::start_flags`]; the `F_AFTER_*` flags start nothing). Words are looked up ASCII-lowercased into a stack key, so the
/// rules never hash or allocate.
#[inline(always)]
fn lexical_info(
    words: &WordTable,
    kind: AtomKind,
    bytes: &[u8],
    start: usize,
    end: usize,
) -> (u64, bool) {
    let w = &bytes[start..end];
    let v = match kind {
        AtomKind::Num => return (0, true),
        AtomKind::Word => words.get_at(bytes, start, end),
        // Currency symbols are "$" or start with C2 (£ ¥) or E2 82 (€ ₼ ₽ ...).
        AtomKind::Punct
            if (w == b"$" || w[0] == 0xc2 || (w[0] == 0xe2 && w.get(1) == Some(&0x82)))
                && CURRENCY_SYMBOLS.iter().any(|c| c.as_bytes() == w) =>
        {
            u64::from(F_CUR)
        }
        AtomKind::Punct => 0,
    };
    (v, v & u64::from(F_ALL) != 0)
}

impl<'a> Matcher<'a> {
    fn s(&self, i: usize) -> &'a str {
        self.a.get(i).map_or("", |a| &self.text[a.start()..a.end()])
    }
    /// The bytes of atom `i` (empty past the end): for comparisons, which need no char
    /// boundary checks.
    #[inline]
    fn b(&self, i: usize) -> &'a [u8] {
        self.a.get(i).map_or(&[][..], |a| {
            self.text.as_bytes().get(a.start()..a.end()).unwrap_or(&[])
        })
    }
    /// The bytes of word atom `i`, if it is one.
    #[inline]
    fn word(&self, i: usize) -> Option<&'a [u8]> {
        match self.a.get(i) {
            Some(a) if a.kind == AtomKind::Word => self.text.as_bytes().get(a.start()..a.end()),
            _ => None,
        }
    }
    /// What [`WORDS`] knows of atom `i` (see [`lexical_info`]; 0 past the end).
    #[inline]
    fn info(&self, i: usize) -> u64 {
        self.a.get(i).map_or(0, |a| a.info)
    }
    fn kind(&self, i: usize) -> Option<AtomKind> {
        self.a.get(i).map(|a| a.kind)
    }
    fn glued(&self, i: usize) -> bool {
        self.a.get(i).is_some_and(|a| a.glued)
    }
    /// Word atom equal to `w` ignoring ASCII case.
    fn is(&self, i: usize, w: &str) -> bool {
        self.word(i)
            .is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))
    }
    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|b| ws.iter().any(|w| b.eq_ignore_ascii_case(w.as_bytes())))
    }
    /// Word atom in one of the word lists (an `L_*` bit), any ASCII case: what
    /// `is_any(i, LIST)` says, read from the atom's lexical info.
    #[inline]
    fn in_list(&self, i: usize, list: u64) -> bool {
        self.info(i) & list != 0
    }
    fn punct(&self, i: usize, chars: &str) -> bool {
        // A punctuation atom is one char: an ASCII one is in `chars` when its byte is.
        match self.a.get(i) {
            Some(a) if a.kind == AtomKind::Punct => match self.b(i) {
                &[c] if c < 0x80 => chars.as_bytes().contains(&c),
                _ => chars.contains(self.s(i)),
            },
            _ => false,
        }
    }
    /// The value of a number word ("two" -> 2), any case.
    fn unit_at(&self, i: usize) -> Option<u64> {
        let v = (self.info(i) >> 16) & 0xff;
        (v > 0).then(|| v - 1)
    }
    /// Atom `i` spells `w` (an ASCII lowercase word without "k", so Unicode lowercasing
    /// could not map any other atom onto it) in any case.
    fn spells(&self, i: usize, w: &str) -> bool {
        self.b(i).eq_ignore_ascii_case(w.as_bytes())
    }
    fn is_num(&self, i: usize) -> bool {
        self.a
            .get(i)
            .is_some_and(|a| a.kind == AtomKind::Num && !a.ordinal)
    }
    fn is_ord_num(&self, i: usize) -> bool {
        self.a
            .get(i)
            .is_some_and(|a| a.kind == AtomKind::Num && a.ordinal)
    }
    fn num_value(&self, i: usize) -> Option<f64> {
        if !self.is_num(i) {
            return None;
        }
        self.s(i).replace(',', "").parse().ok()
    }
    fn titlecase(&self, i: usize) -> bool {
        match self.word(i) {
            Some(&[b, ..]) if b < 0x80 => b.is_ascii_uppercase(),
            Some(_) => self.s(i).chars().next().is_some_and(char::is_uppercase),
            None => false,
        }
    }
    fn lowercase_word(&self, i: usize) -> bool {
        match self.word(i) {
            Some(&[b, ..]) if b < 0x80 => b.is_ascii_lowercase(),
            Some(_) => self.s(i).chars().next().is_some_and(char::is_lowercase),
            None => false,
        }
    }
    /// True when atom `i` begins a sentence or a line (heuristically, without a
    /// sentence layer): document start, line start, or after . ! ? : ; an opening
    /// quotation mark, a bracket, a dash or a bullet.
    fn sentence_initial(&self, i: usize) -> bool {
        if i >= self.a.len() {
            return false;
        }
        let mut j = i;
        loop {
            if j == 0 || self.a[j].line_start {
                return true;
            }
            let p = j - 1;
            if self.punct(p, "“\"‘'([") {
                j = p;
                continue;
            }
            return self.punct(p, ".!?:;–—•");
        }
    }
    /// A capitalised word that is not first in its sentence: likely part of a name.
    fn name_like(&self, i: usize) -> bool {
        self.titlecase(i) && !self.sentence_initial(i)
    }
    fn year_value(&self, i: usize) -> Option<u32> {
        if !self.is_num(i) {
            return None;
        }
        let b = self.b(i);
        if b.len() == 4 && b.iter().all(u8::is_ascii_digit) {
            let y = b.iter().fold(0, |y, &d| y * 10 + u32::from(d - b'0'));
            if (1100..=2100).contains(&y) {
                return Some(y);
            }
        }
        None
    }
    fn month(&self, i: usize) -> Option<u8> {
        // Every month name and abbreviation has the date flag in the table.
        if self.kind(i) != Some(AtomKind::Word) || self.info(i) & u64::from(F_DATE) == 0 {
            return None;
        }
        strata_lexicon::month(self.s(i))
    }
    /// Month name, with the period of an abbreviation ("Sept.") included.
    fn month_end(&self, i: usize) -> Option<usize> {
        self.month(i)?;
        let full = strata_lexicon::MONTHS.contains(&self.s(i));
        if !full && self.punct(i + 1, ".") && self.glued(i + 1) {
            return Some(i + 2);
        }
        Some(i + 1)
    }
    fn day(&self, i: usize) -> Option<usize> {
        let s = self.s(i);
        let digits = &s[..s.bytes().take_while(u8::is_ascii_digit).count()];
        if (self.is_num(i) || self.is_ord_num(i)) && !digits.is_empty() && digits.len() <= 2 {
            let d: u32 = digits.parse().ok()?;
            if (1..=31).contains(&d)
                && s.len() == digits.len() + if self.is_ord_num(i) { 2 } else { 0 }
            {
                return Some(i + 1);
            }
        }
        None
    }

    // ---- numbers ------------------------------------------------------------------------

    /// A spelled-out number: "two", "twenty-five", "two hundred and fifty", "three million".
    fn number_words(&self, i: usize) -> Option<usize> {
        if self.unit_at(i).is_none() && !(self.is(i, "a") && self.in_list(i + 1, L_SCALES)) {
            return None;
        }
        let mut end = i + 1;
        loop {
            // "-five" glued
            if self.punct(end, "-") && self.glued(end) && self.glued(end + 1) {
                if self.unit_at(end + 1).is_some_and(|v| v < 10) {
                    end += 2;
                    continue;
                }
                break;
            }
            if self.in_list(end, L_SCALES) {
                end += 1;
                continue;
            }
            if self.is(end, "and")
                && self.in_list(end - 1, L_SCALES)
                && self.unit_at(end + 1).is_some()
            {
                end += 2;
                continue;
            }
            if self.unit_at(end).is_some() && self.in_list(end - 1, L_SCALES) {
                end += 1;
                continue;
            }
            break;
        }
        Some(end)
    }

    /// A number in digits with an optional scale word ("1.4 billion", "5m", "3 bn").
    fn number_digits(&self, i: usize) -> Option<usize> {
        if !self.is_num(i) {
            return None;
        }
        let mut end = i + 1;
        if self.glued(end) && self.kind(end) == Some(AtomKind::Word) {
            if in_strs(SCALE_ABBR_GLUED, self.b(end)) {
                return Some(end + 1);
            }
            return Some(end);
        }
        if self.in_list(end, L_SCALES) || in_strs(SCALE_ABBR_SPACED, self.b(end)) {
            end += 1;
        }
        Some(end)
    }

    fn number(&self, i: usize) -> Option<usize> {
        self.number_digits(i).or_else(|| self.number_words(i))
    }

    /// A modifier phrase ending where a number starts: returns the number's first atom.
    fn modifier(&self, i: usize) -> Option<usize> {
        // Only the modifiers whose first word is atom `i` (bits 32.. of its lexical info).
        let mut mods = self.info(i) >> 32;
        while mods != 0 {
            let m = MODIFIERS[mods.trailing_zeros() as usize];
            if m[1..]
                .iter()
                .enumerate()
                .all(|(k, w)| self.is(i + 1 + k, w))
            {
                return Some(i + m.len());
            }
            mods &= mods - 1;
        }
        None
    }

    /// [modifier] number, and [modifier] number (to|-|–) number ranges for units.
    fn modified_number(&self, i: usize) -> Option<(usize, bool)> {
        if let Some(n) = self.modifier(i)
            && let Some(e) = self.number(n)
        {
            return Some((e, true));
        }
        self.number(i).map(|e| (e, false))
    }

    fn number_range(&self, i: usize) -> Option<usize> {
        let (e, _) = self.modified_number(i)?;
        if (self.punct(e, "-–") || self.is(e, "to"))
            && let Some(e2) = self.number(e + 1)
        {
            return Some(e2);
        }
        Some(e)
    }

    /// A percentage after the number (range) that ends at `e` (see [`Self::number_range`]).
    fn percent(&self, e: Option<usize>) -> Option<usize> {
        let e = e?;
        if self.punct(e, "%") {
            return Some(e + 1);
        }
        if self.is(e, "percent") {
            return Some(e + 1);
        }
        if self.is(e, "per") && self.is(e + 1, "cent") {
            return Some(e + 2);
        }
        if self.is(e, "percentage") && self.is_any(e + 1, &["point", "points"]) {
            return Some(e + 2);
        }
        None
    }

    fn money(&self, i: usize) -> Option<usize> {
        let start = self.modifier(i).unwrap_or(i);
        // Code or symbol first: "USD 1.4 billion", "$5m", "US$ 5", "€3 bn".
        let mut p = start;
        if self.b(p) == b"US" && self.punct(p + 1, "$") && self.glued(p + 1) {
            p += 2;
        } else if self.info(p) & u64::from(F_CUR) != 0
            && ((self.kind(p) == Some(AtomKind::Word) && in_strs(CURRENCY_CODES, self.b(p)))
                || (self.kind(p) == Some(AtomKind::Punct) && in_strs(CURRENCY_SYMBOLS, self.b(p))))
        {
            p += 1;
        }
        if p > start {
            let e = self.number_digits(p).or_else(|| self.number_words(p))?;
            if (self.punct(e, "-–") || self.is(e, "to"))
                && let Some(e2) = self
                    .number_digits(e + 1)
                    .or_else(|| self.number_digits(e + 2))
            {
                return Some(e2);
            }
            return Some(e);
        }
        // Number then a currency word: "5 million dollars", "10 yuan".
        let e = self.number(start)?;
        if self.in_list(e, L_CURRENCY_WORDS) {
            return Some(e + 1);
        }
        None
    }

    /// A quantity after the number (range) that ends at `e` (see [`Self::number_range`]).
    fn quantity(&self, e: Option<usize>) -> Option<usize> {
        let e = e?;
        let mut u = e;
        if self.in_list(u, L_UNIT_PREFIXES) {
            u += 1;
        }
        // (Every unit word is ASCII, so in the table: the bit rules out the rest.)
        if self.in_list(u, L_UNIT_WORDS) && self.word(u).is_some_and(|w| in_strs(UNIT_WORDS, w)) {
            // "km2", "km/h"
            let mut end = u + 1;
            if self.punct(end, "/")
                && self.glued(end)
                && self.glued(end + 1)
                && self.kind(end + 1) == Some(AtomKind::Word)
            {
                end += 2;
            }
            return Some(end);
        }
        if self.punct(u, "°") && self.glued(u + 1) && self.is_any(u + 1, &["C", "F"]) {
            return Some(u + 2);
        }
        None
    }

    fn time(&self, i: usize) -> Option<usize> {
        let mut end = None;
        if self.is_num(i)
            && self.punct(i + 1, ":")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.is_num(i + 2)
            && self.b(i + 2).len() == 2
            && self.num_value(i).is_some_and(|h| h <= 24.0)
        {
            end = Some(i + 3);
        } else if self.is_num(i)
            && self.num_value(i).is_some_and(|h| (1.0..=12.0).contains(&h))
            && (self.is_any(i + 1, &["am", "pm"]) || self.ampm(i + 1).is_some())
        {
            end = Some(i + 1);
        }
        if let Some(e) = end {
            let e = self
                .ampm(e)
                .or_else(|| self.is_any(e, &["am", "pm"]).then_some(e + 1))
                .unwrap_or(e);
            if self.is_any(e, &["GMT", "UTC"]) {
                return Some(e + 1);
            }
            return Some(e);
        }
        if self.is_any(i, &["noon", "midnight", "tonight"]) {
            return Some(i + 1);
        }
        if self.is_any(i, &["this", "yesterday", "tomorrow"])
            && self.is_any(i + 1, &["morning", "afternoon", "evening"])
        {
            return Some(i + 2);
        }
        if self.is(i, "last") && self.is(i + 1, "night") {
            return Some(i + 2);
        }
        None
    }

    /// "a.m." / "p.m." as atoms a . m .
    fn ampm(&self, i: usize) -> Option<usize> {
        if self.is_any(i, &["a", "p"])
            && self.punct(i + 1, ".")
            && self.is(i + 2, "m")
            && self.glued(i + 2)
        {
            return Some(if self.punct(i + 3, ".") && self.glued(i + 3) {
                i + 4
            } else {
                i + 3
            });
        }
        None
    }

    // ---- dates --------------------------------------------------------------------------

    fn year_ok(&self, i: usize) -> bool {
        if self.year_value(i).is_none() {
            return false;
        }
        // "2000 people" is a count, not a year; "the 2014 protests" is a year. A word on
        // the next line says nothing.
        let next = self.s(i + 1);
        let after_the = i > 0 && self.is(i - 1, "the");
        if self.kind(i + 1) == Some(AtomKind::Word)
            && !self.glued(i + 1)
            && !self.a[i + 1].line_start
            && !after_the
        {
            if UNIT_WORDS.contains(&next)
                || self.in_list(i + 1, L_CURRENCY_WORDS)
                || self.in_list(i + 1, L_SCALES)
            {
                return false;
            }
            let l = next.to_lowercase();
            const NOT_PLURAL: &[&str] = &[
                "was", "has", "is", "as", "this", "thus", "plus", "across", "versus", "unless",
                "whereas", "does", "its", "his", "us",
            ];
            if self.lowercase_word(i + 1)
                && l.len() > 3
                && l.ends_with('s')
                && !NOT_PLURAL.contains(&l.as_str())
            {
                return false;
            }
        }
        if self.is_num(i + 1) && self.glued(i + 1) {
            return false;
        }
        true
    }

    /// A year, or a decade "1990s".
    fn year(&self, i: usize) -> Option<usize> {
        if !self.year_ok(i) {
            return None;
        }
        if self.b(i + 1) == b"s" && self.glued(i + 1) {
            return Some(i + 2);
        }
        Some(i + 1)
    }

    /// "this year", "last year", "next year" (the tail of "April of this year").
    fn deictic_year(&self, i: usize) -> Option<usize> {
        if self.is_any(i, &["this", "last", "next", "that"]) && self.is(i + 1, "year") {
            return Some(i + 2);
        }
        None
    }

    /// What may follow a month or a month range: ", 2025", "2025", "of this year", "last year".
    fn year_tail(&self, e: usize) -> usize {
        if let Some(y) = self.year(e) {
            return y;
        }
        if self.punct(e, ",")
            && let Some(y) = self.year(e + 1)
        {
            return y;
        }
        if self.is(e, "of") {
            if let Some(y) = self.deictic_year(e + 1) {
                return y;
            }
            if let Some(y) = self.the_relative(e + 1) {
                return y;
            }
        }
        if let Some(y) = self.deictic_year(e) {
            return y;
        }
        e
    }

    fn range_sep(&self, i: usize) -> Option<usize> {
        if self.punct(i, "-–—") {
            return Some(i + 1);
        }
        if self.is_any(i, &["to", "through", "until", "till", "thru"]) {
            return Some(i + 1);
        }
        None
    }

    /// Month-based dates: "June 10, 2025", "April 22 to 24", "January–October 2025",
    /// "January to April of this year", "March 2023", "July last year".
    fn month_date(&self, i: usize) -> Option<usize> {
        let m_end = self.month_end(i)?;
        // Month Day
        if let Some(d_end) = self.day(m_end) {
            // not "May 5 percent" etc.: a day is never followed by a unit
            let mut e = d_end;
            if let Some(s) = self.range_sep(e)
                && let Some(d2) = self.day(s)
            {
                e = d2;
            } else if let Some(s) = self.range_sep(e)
                && let Some(m2) = self.month_end(s)
                && let Some(d2) = self.day(m2)
            {
                e = d2;
            }
            return Some(self.year_tail(e));
        }
        // Month (to|–) Month [year]
        if let Some(s) = self.range_sep(m_end)
            && let Some(m2) = self.month_end(s)
        {
            return Some(self.year_tail(m2));
        }
        let e = self.year_tail(m_end);
        if e > m_end {
            return Some(e);
        }
        // A bare month: not "May" (a modal verb) and not before a name ("June Smith").
        if self.s(i) == "May" || self.name_like(m_end) || self.is_num(m_end) {
            return None;
        }
        Some(m_end)
    }

    /// "25 September, 2025", "10th of June".
    fn day_month(&self, i: usize) -> Option<usize> {
        let d = self.day(i)?;
        let m = if self.is(d, "of") { d + 1 } else { d };
        let m_end = self.month_end(m)?;
        Some(self.year_tail(m_end))
    }

    /// "2025-04-17".
    fn iso(&self, i: usize) -> Option<usize> {
        self.year_value(i)?;
        let ok = self.punct(i + 1, "-/")
            && self.glued(i + 1)
            && self.is_num(i + 2)
            && self.glued(i + 2)
            && self.b(i + 2).len() == 2
            && self.punct(i + 3, "-/")
            && self.glued(i + 3)
            && self.is_num(i + 4)
            && self.glued(i + 4)
            && self.b(i + 4).len() == 2;
        ok.then_some(i + 5)
    }

    /// A year or year range: "2024", "2003–2025", "2020 to 2024", "1990s".
    fn year_date(&self, i: usize) -> Option<usize> {
        let e = self.year(i)?;
        if let Some(s) = self.range_sep(e)
            && let Some(e2) = self.year(s)
        {
            return Some(e2);
        }
        // "2024-25"
        if self.punct(e, "-–")
            && self.glued(e)
            && self.glued(e + 1)
            && self.is_num(e + 1)
            && self.b(e + 1).len() == 2
        {
            return Some(e + 2);
        }
        Some(e)
    }

    /// Dates that do not begin with "the".
    fn date_core(&self, i: usize) -> Option<usize> {
        if let Some(e) = self.iso(i) {
            return Some(e);
        }
        if let Some(e) = self.month_date(i) {
            return Some(e);
        }
        if let Some(e) = self.day_month(i) {
            return Some(e);
        }
        if self.kind(i) == Some(AtomKind::Word)
            && self.info(i) & u64::from(F_DATE) != 0
            && strata_lexicon::weekday(self.s(i)).is_some()
        {
            let mut e = i + 1;
            if self.punct(e, ",")
                && let Some(m) = self.month_date(e + 1).or_else(|| self.day_month(e + 1))
            {
                e = m;
            }
            return Some(e);
        }
        if let Some(e) = self.year_date(i) {
            return Some(e);
        }
        if RELATIVE_DAYS.iter().any(|d| self.spells(i, d)) {
            return Some(i + 1);
        }
        // "post-2025", "pre-2020", "mid-2025", "mid-April"
        if self.is_any(i, &["post", "pre", "mid"])
            && self.punct(i + 1, "-")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && let Some(e) = self.year(i + 2).or_else(|| self.month_end(i + 2))
        {
            return Some(e);
        }
        // "early 2025", "late April", "mid 2025", "late last year"
        if self.is_any(i, &["early", "late", "mid"])
            && !self.glued(i + 1)
            && let Some(e) = self
                .month_end(i + 1)
                .map(|m| self.year_tail(m))
                .or_else(|| self.year(i + 1))
                .or_else(|| self.deictic_year(i + 1))
        {
            return Some(e);
        }
        // "this weekend", "last year", "next month", "last Thursday", "this spring"
        if self.is_any(i, &["this", "last", "next", "that", "past", "coming"]) {
            let n = i + 1;
            // A time unit is ASCII, so its last byte tells a plural.
            if (self.in_list(n, L_TIME_UNITS)
                && !self.s(n).ends_with(['s', 'S'])
                && !self.spells(n, "half")
                && !self.spells(n, "period"))
                || self.in_list(n, L_SEASONS)
                || (self.kind(n) == Some(AtomKind::Word)
                    && strata_lexicon::weekday(self.s(n)).is_some())
            {
                if (self.spells(i, "this") || self.spells(i, "that"))
                    && self.spells(n, "day")
                    && !self.is_any(i.wrapping_sub(1), &["to", "until", "till"])
                {
                    return None;
                }
                if self.punct(n + 1, "-") && self.glued(n + 1) {
                    return None; // "that year-on-year growth"
                }
                if self.spells(i, "past") || self.spells(i, "coming") {
                    return None; // needs "the"
                }
                return Some(n + 1);
            }
        }
        // "recent years", "recent months"
        if self.spells(i, "recent")
            && self.is_any(i + 1, &["years", "months", "weeks", "decades", "days"])
        {
            return Some(i + 2);
        }
        if self.spells(i, "ancient") && self.is(i + 1, "times") {
            return Some(i + 2);
        }
        if self.in_list(i, L_SEASONS) {
            if let Some(y) = self.year(i + 1) {
                return Some(y);
            }
            // Seasons as nouns only: not "spring rolls" or "summer camp".
            if !self.lowercase_word(i + 1)
                || self.is_any(i + 1, &["and", "or", "of", "to", "is", "was", "in", "when"])
            {
                return Some(i + 1);
            }
        }
        // "year-end"
        if self.is(i, "year")
            && self.punct(i + 1, "-")
            && self.glued(i + 1)
            && self.is(i + 2, "end")
            && self.glued(i + 2)
        {
            return Some(i + 3);
        }
        // "one-year", "five-year", "30-year-old"
        if (self.is_num(i) || (self.unit_at(i).is_some() && !self.name_like(i)))
            && self.punct(i + 1, "-")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.in_list(i + 2, L_DURATION_UNITS)
        {
            let mut e = i + 3;
            if self.punct(e, "-") && self.glued(e) && self.is(e + 1, "old") {
                e += 2;
            }
            return Some(e);
        }
        // durations: "five years", "three days ago", "several months"
        if let Some(n) = self
            .number(i)
            .or_else(|| self.is_any(i, &["several", "few", "many"]).then_some(i + 1))
            && self.in_list(n, L_DURATION_UNITS)
            && !self.is_any(n, &["quarter", "quarters"])
        {
            let mut e = n + 1;
            if self.is_any(e, &["ago", "earlier", "later", "old"]) {
                e += 1;
            }
            return Some(e);
        }
        None
    }

    /// Relative dates that open with "the": "the previous year", "the same period last
    /// year", "the first seven months of this year", "the 76th anniversary", "the end of
    /// June", "the year", "the 1990s".
    fn the_relative(&self, i: usize) -> Option<usize> {
        if !self.is(i, "the") {
            return None;
        }
        let n = i + 1;
        // the same period [of] (last year | the previous year | 2024)
        if self.is(n, "same") && self.is_any(n + 1, &["period", "time", "month", "quarter"]) {
            let mut t = n + 2;
            if self.is_any(t, &["of", "in", "last"]) && !self.is(t, "last") {
                t += 1;
            }
            if let Some(e) = self
                .deictic_year(t)
                .or_else(|| self.the_relative(t))
                .or_else(|| self.year(t))
            {
                return Some(e);
            }
            return None;
        }
        // the end/beginning/start/middle of <date>
        if self.is_any(
            n,
            &[
                "end",
                "beginning",
                "start",
                "middle",
                "turn",
                "close",
                "spring",
                "summer",
                "autumn",
                "winter",
            ],
        ) && self.is(n + 1, "of")
        {
            let t = n + 2;
            if let Some(e) = self.date_core(t).or_else(|| self.the_relative(t)) {
                return Some(e);
            }
            return None;
        }
        // the first/second half of <date>
        // the [first|last|past|next|previous|coming|following] [N|few|several] units [of <date>]
        let mut t = n;
        let mut has_ordinal = false;
        if self.is_any(
            t,
            &[
                "first",
                "last",
                "past",
                "next",
                "previous",
                "coming",
                "following",
                "final",
                "remaining",
                "same",
                "current",
                "entire",
                "whole",
                "new",
                "early",
                "late",
            ],
        ) {
            t += 1;
        } else if self.in_list(t, L_ORDINALS) || self.is_ord_num(t) {
            has_ordinal = true;
            t += 1;
            if self.is_any(t, &["consecutive", "straight", "successive"]) {
                t += 1;
            }
        }
        if let Some(e) = self
            .number(t)
            .or_else(|| self.is_any(t, &["few", "several"]).then_some(t + 1))
            && self.in_list(e, L_TIME_UNITS)
        {
            t = e;
        }
        if self.in_list(t, L_TIME_UNITS) || (has_ordinal && self.is(t, "anniversary")) {
            // "the year-end figure": "year-end" is its own date
            if self.punct(t + 1, "-") && self.glued(t + 1) {
                return None;
            }
            if t == n && !self.is_any(t, &["year", "years"]) {
                return None; // "the day", "the week": too vague alone
            }
            let mut e = t + 1;
            if self.is(e, "of")
                && let Some(x) = self
                    .deictic_year(e + 1)
                    .or_else(|| self.the_relative(e + 1))
                    .or_else(|| self.year(e + 1))
                    .or_else(|| self.month_end(e + 1))
            {
                e = x;
            } else if let Some(x) = self.deictic_year(e) {
                e = x;
            }
            return Some(e);
        }
        // the 1990s
        if let Some(e) = self.year(n)
            && e == n + 2
        {
            return Some(e);
        }
        None
    }

    fn date(&self, i: usize) -> Option<usize> {
        // "between 1952 and 2024"
        if self.is(i, "between")
            && let Some(e) = self.year(i + 1)
            && self.is(e, "and")
            && let Some(e2) = self.year(e + 1)
        {
            return Some(e2);
        }
        if self.is(i, "the") {
            if self.kind(i + 1) != Some(AtomKind::Num)
                && self.flags(i + 1, false) & F_AFTER_THE == 0
            {
                return None;
            }
            return self.the_relative(i);
        }
        if self.is_any(i, DEICTIC) && self.flags(i + 1, false) & F_AFTER_DEICTIC == 0 {
            return None;
        }
        self.date_core(i)
    }

    // ---- ordinals and cardinals -----------------------------------------------------------

    fn ordinal(&self, i: usize) -> Option<usize> {
        if self.is_ord_num(i) {
            // "15th Five-Year Plan", "10th Session": part of a name.
            if self.titlecase(i + 1) && !self.glued(i + 1) {
                return None;
            }
            return Some(i + 1);
        }
        if self.in_list(i, L_ORDINALS) {
            if self.name_like(i) {
                return None;
            }
            return Some(i + 1);
        }
        None
    }

    fn cardinal(&self, i: usize) -> Option<usize> {
        let (e, modified) = self.modified_number(i)?;
        let first = if modified { self.modifier(i)? } else { i };
        if modified
            && WEAK_MODIFIERS.iter().any(|w| self.is(i, w))
            && self.modifier(i) == Some(i + 1)
        {
            return None; // "only one China", "over two years": the number alone is taken later
        }
        // Numbers inside names: "Resolution 2758", "Su-35", "Group of Seven".
        if self.kind(first) == Some(AtomKind::Word) && self.name_like(first) {
            return None;
        }
        if first > 0 {
            let p = first - 1;
            if self.name_like(p)
                && !self.glued(first)
                && self.month(p).is_none()
                && self.kind(first) == Some(AtomKind::Num)
            {
                return None;
            }
            if self.punct(p, "-")
                && self.glued(first)
                && self.glued(p)
                && p > 0
                && self.kind(p - 1) == Some(AtomKind::Word)
            {
                return None;
            }
        }
        if self.spells(first, "one") || self.spells(first, "a") {
            if self.spells(first, "a") {
                return None;
            }
            // “one China”, "no one", "one another", "the one"
            if first > 0 && self.punct(first - 1, "“\"‘'") && self.glued(first) {
                return None;
            }
            if first > 0
                && self.is_any(
                    first - 1,
                    &[
                        "no", "any", "every", "each", "the", "this", "that", "which", "someone",
                        "anyone",
                    ],
                )
            {
                return None;
            }
            // "one should never forget": the pronoun "one".
            if self.is_any(
                e,
                &[
                    "should", "must", "can", "cannot", "could", "would", "might", "ought",
                ],
            ) {
                return None;
            }
            if self.is_any(e, &["another", "'s", "’s"])
                || (self.punct(e, "’'") && self.is(e + 1, "s"))
            {
                return None;
            }
        }
        // "30-fold"
        if self.punct(e, "-") && self.glued(e) && self.glued(e + 1) && self.is(e + 1, "fold") {
            return Some(e + 2);
        }
        Some(e)
    }

    fn plural_count(&self, i: usize) -> Option<usize> {
        if self.in_list(i, L_PLURAL_COUNTS) && self.is(i + 1, "of") {
            return Some(i + 1);
        }
        None
    }

    /// Which rules can start at atom `i` (see the `F_*` flags): every rule for a number,
    /// money for a currency symbol, and for a word what [`WORDS`] says. Most atoms
    /// get no flag, which keeps the scan fast.
    fn starter(&self, i: usize) -> u16 {
        self.flags(i, true)
    }

    /// Word flags of atom `i` from [`WORDS`]; numbers get every rule flag when `num_all`.
    fn flags(&self, i: usize, num_all: bool) -> u16 {
        match self.kind(i) {
            Some(AtomKind::Num) if num_all => F_ALL,
            Some(AtomKind::Punct | AtomKind::Word) => (self.info(i) & 0xff) as u16,
            _ => 0,
        }
    }

    /// The rules that may start at atom `i` (`F_*` flags), without `F_NUM` at a modifier
    /// or "a" that no number follows: 0 when none can.
    #[inline]
    fn start_flags(&self, i: usize) -> u16 {
        let mut f = self.starter(i);
        // A modifier ("about", "at least") only matters before a number.
        if f & F_NUM != 0
            && self.kind(i) == Some(AtomKind::Word)
            && self.unit_at(i).is_none()
            // "a" is a number only in "a hundred", "a million": no rule starts at it
            // otherwise.
            && !(self.is(i, "a") && self.in_list(i + 1, L_SCALES))
            && self.modifier(i).is_none_or(|n| self.number(n).is_none())
        {
            f &= !F_NUM;
        }
        // (The `F_AFTER_*` flags start no rule.)
        f & F_ALL
    }

    /// The best rule at atom `i`, whose start flags are `f` (see [`Self::start_flags`]):
    /// (end, label, rule name).
    fn best_with(&self, i: usize, f: u16) -> Option<Hit> {
        let run = |flag: u16, rule: &dyn Fn() -> Option<usize>| {
            if f & flag != 0 { rule() } else { None }
        };
        // The number (range) at `i`, shared by the percent and quantity rules.
        let range = if f & F_NUM != 0 {
            self.number_range(i)
        } else {
            None
        };
        // Sources are "ner.patterns:<rule>", spelled out so no entity formats a string.
        let cands: [(Option<usize>, &'static str, &'static str); 8] = [
            (
                run(F_NUM, &|| self.percent(range)),
                "PERCENT",
                "ner.patterns:percent",
            ),
            (
                run(F_NUM | F_CUR, &|| self.money(i)),
                "MONEY",
                "ner.patterns:money",
            ),
            (
                run(F_NUM, &|| self.quantity(range)),
                "QUANTITY",
                "ner.patterns:quantity",
            ),
            (run(F_TIME, &|| self.time(i)), "TIME", "ner.patterns:time"),
            (run(F_DATE, &|| self.date(i)), "DATE", "ner.patterns:date"),
            (
                run(F_ORD, &|| self.ordinal(i)),
                "ORDINAL",
                "ner.patterns:ordinal",
            ),
            (
                run(F_NUM, &|| self.cardinal(i)),
                "CARDINAL",
                "ner.patterns:cardinal",
            ),
            (
                run(F_PLURAL, &|| self.plural_count(i)),
                "CARDINAL",
                "ner.patterns:plural-count",
            ),
        ];
        let mut best: Option<Hit> = None;
        for (end, label, source) in cands {
            if let Some(e) = end
                && e > i
                && best.is_none_or(|b| e > b.0)
            {
                best = Some((e, label, source));
            }
        }
        best
    }
}

const F_NUM: u16 = 1;
const F_CUR: u16 = 2;
const F_TIME: u16 = 4;
const F_DATE: u16 = 8;
const F_ORD: u16 = 16;
const F_PLURAL: u16 = 32;
const F_ALL: u16 = 63;
// Word lists, as bits 8..16 of an atom's lexical info (see [`Matcher::in_list`]).
const L_CURRENCY_WORDS: u64 = 1 << 8;
const L_DURATION_UNITS: u64 = 1 << 9;
const L_ORDINALS: u64 = 1 << 10;
const L_PLURAL_COUNTS: u64 = 1 << 11;
const L_SCALES: u64 = 1 << 12;
const L_SEASONS: u64 = 1 << 13;
const L_TIME_UNITS: u64 = 1 << 14;
const L_UNIT_PREFIXES: u64 = 1 << 15;
/// In [`UNIT_WORDS`] ignoring case (bits 16..24 hold number values, 32.. modifiers).
const L_UNIT_WORDS: u64 = 1 << 24;
/// The word "the" (any case).
const L_THE: u64 = 1 << 25;
/// "this", "that", "last", "next", "past", "coming" (any case).
const L_DEICTIC: u64 = 1 << 26;
const DEICTIC: &[&str] = &["this", "that", "last", "next", "past", "coming"];
/// May follow "the" in a temporal expression ("the same", "the first", "the year").
const F_AFTER_THE: u16 = 64;
/// May follow "this/last/next/that" in a temporal expression ("last year", "this morning").
const F_AFTER_DEICTIC: u16 = 128;

const ONES: u64 = 0x0101_0101_0101_0101;

/// Words of up to 16 ASCII bytes, looked up by their ASCII-lowercased bytes packed into
/// two `u64`s: open addressing with linear probing over a power-of-two table, so a
/// lookup is a few multiplications and compares, and allocates nothing.
struct WordTable {
    /// (key low, key high, value); an all-zero key marks an empty slot.
    slots: Vec<(u64, u64, u64)>,
    shift: u32,
    /// A bit per hash of (length, first, second and last byte), set for the table's
    /// words: most words of a text are rejected by this one test, before any key is built.
    filter: Vec<u64>,
    /// A bit per hash of the key of each table word of at most eight bytes (65536 bits).
    short_filter: Vec<u64>,
}

impl WordTable {
    const BITS: u32 = 11;

    /// The key of `w`, or `None` when it cannot be in the table (empty, longer than 16
    /// bytes, or not ASCII).
    #[inline]
    fn key(w: &[u8]) -> Option<(u64, u64)> {
        if w.is_empty() || w.len() > 16 {
            return None;
        }
        let mut buf = [0u8; 16];
        for (d, &b) in buf.iter_mut().zip(w) {
            if b >= 0x80 {
                return None;
            }
            *d = b.to_ascii_lowercase();
        }
        let (lo, hi) = buf.split_at(8);
        Some((
            u64::from_le_bytes(lo.try_into().unwrap_or_default()),
            u64::from_le_bytes(hi.try_into().unwrap_or_default()),
        ))
    }

    /// Size of the filter in bits (8 KB).
    const FILTER_BITS: usize = 1 << 16;

    /// The filter bit of the word `w[start..end]` (1..=16 bytes): a hash of its length
    /// and of its first, second and last bytes with ASCII letters folded to lowercase
    /// (`| 0x20`, which maps no other byte onto a letter and leaves every byte of a
    /// table word as it is), so any case of a table word finds the bit of its entry.
    #[inline(always)]
    fn filter_bit(w: &[u8], start: usize, end: usize) -> usize {
        let len = end - start;
        let fold = |k: usize| u32::from(w[k] | 0x20);
        let second = start + usize::from(len > 1);
        let h = (len as u32) | (fold(start) << 8) | (fold(second) << 16) | (fold(end - 1) << 24);
        (h.wrapping_mul(0x9e37_79b1) >> 16) as usize
    }

    #[inline]
    fn slot(&self, k: (u64, u64)) -> usize {
        ((k.0 ^ k.1.rotate_left(31)).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// The value of the word `bytes[start..end]` (any ASCII case), 0 when absent: what
    /// [`Self::get`] says, with the key read eight bytes at a time from the text.
    #[inline(always)]
    fn get_at(&self, bytes: &[u8], start: usize, end: usize) -> u64 {
        let len = end.wrapping_sub(start);
        if !(1..=16).contains(&len) || end > bytes.len() {
            return 0;
        }
        let bit = Self::filter_bit(bytes, start, end);
        if self.filter[bit >> 6] & (1 << (bit & 63)) == 0 {
            return 0;
        }
        self.get_key_at(bytes, start, end)
    }

    /// [`Self::get_at`] past the filter (out of line: most words stop at the filter).
    #[inline(never)]
    fn get_key_at(&self, bytes: &[u8], start: usize, end: usize) -> u64 {
        let len = end - start;
        let load = |at: usize, n: usize| -> Option<u64> {
            // The `n` (1..=8) bytes at `at`, ASCII-lowercased; `None` if one is not ASCII.
            let chunk = bytes.get(at..at + 8)?;
            let x = u64::from_le_bytes(chunk.try_into().ok()?) & (u64::MAX >> (8 * (8 - n)));
            if x & (ONES * 0x80) != 0 {
                return None;
            }
            let upper = (x + ONES * u64::from(0x80 - b'A')) & !(x + ONES * u64::from(0x7f - b'Z'));
            Some(x | ((upper & (ONES * 0x80)) >> 2))
        };
        let k = if len <= 8 {
            load(start, len).map(|lo| (lo, 0))
        } else {
            load(start, 8).zip(load(start + 8, len - 8))
        };
        match k {
            Some(k) => self.probe(k),
            // Near the end of the text: the byte by byte key.
            None if bytes.len() < end + 8 => {
                Self::key(&bytes[start..end]).map_or(0, |k| self.probe(k))
            }
            None => 0,
        }
    }

    /// The value of a word of 1..=8 ASCII letters and digits whose bytes are `x`
    /// (little-endian, zero past the word): what [`Self::get_at`] says, from the
    /// lowercased bytes and a filter on their hash.
    #[inline(always)]
    fn get_short(&self, x: u64) -> u64 {
        let upper = (x + ONES * u64::from(0x80 - b'A')) & !(x + ONES * u64::from(0x7f - b'Z'));
        let lo = x | ((upper & (ONES * 0x80)) >> 2);
        let bit = Self::short_bit(lo);
        if self.short_filter[bit >> 6] & (1 << (bit & 63)) == 0 {
            return 0;
        }
        self.probe((lo, 0))
    }

    /// The bit of [`Self::short_filter`] for the key of a word of at most eight bytes.
    #[inline(always)]
    fn short_bit(lo: u64) -> usize {
        (lo.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - 16)) as usize
    }

    /// The value stored under key `k`, 0 when absent.
    #[inline]
    fn probe(&self, k: (u64, u64)) -> u64 {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(k);
        loop {
            let (lo, hi, v) = self.slots[i];
            if lo == k.0 && hi == k.1 {
                return v;
            }
            if lo == 0 {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }

    /// ORs `v` into the value of `w` (ASCII words of at most 16 bytes; others cannot be
    /// looked up, so they are skipped).
    fn add(&mut self, w: &str, v: u64) {
        let Some(k) = Self::key(w.as_bytes()) else {
            return;
        };
        let b = w.as_bytes();
        let bit = Self::filter_bit(b, 0, b.len());
        self.filter[bit >> 6] |= 1 << (bit & 63);
        if k.1 == 0 {
            let bit = Self::short_bit(k.0);
            self.short_filter[bit >> 6] |= 1 << (bit & 63);
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(k);
        loop {
            let slot = &mut self.slots[i];
            if slot.0 == k.0 && slot.1 == k.1 {
                slot.2 |= v;
                return;
            }
            if slot.0 == 0 {
                *slot = (k.0, k.1, v);
                return;
            }
            i = (i + 1) & mask;
        }
    }
}

/// Lowercase words a rule can start with and which rules (`F_*`), the values of number
/// words (bits 16..24: value + 1) and the modifiers a word opens (bits 32..: indexes
/// into [`MODIFIERS`]).
static WORDS: std::sync::LazyLock<WordTable> = std::sync::LazyLock::new(|| {
    let mut map = WordTable {
        slots: vec![(0, 0, 0); 1 << WordTable::BITS],
        shift: 64 - WordTable::BITS,
        filter: vec![0; WordTable::FILTER_BITS.div_ceil(64)],
        short_filter: vec![0; (1 << 16) / 64],
    };
    for (w, v) in UNITS {
        map.add(w, (v + 1) << 16);
    }
    for (k, m) in MODIFIERS.iter().enumerate() {
        map.add(m[0], 1 << (32 + k));
    }
    for (list, bit) in [
        (CURRENCY_WORDS, L_CURRENCY_WORDS),
        (DURATION_UNITS, L_DURATION_UNITS),
        (ORDINALS, L_ORDINALS),
        (PLURAL_COUNTS, L_PLURAL_COUNTS),
        (SCALES, L_SCALES),
        (SEASONS, L_SEASONS),
        (TIME_UNITS, L_TIME_UNITS),
        (UNIT_PREFIXES, L_UNIT_PREFIXES),
        (UNIT_WORDS, L_UNIT_WORDS),
        (&["the"], L_THE),
        (DEICTIC, L_DEICTIC),
    ] {
        for w in list {
            map.add(w, bit);
        }
    }
    let mut add = |w: &str, f: u16| map.add(w, u64::from(f));
    for w in ORDINALS {
        add(w, F_ORD);
    }
    for w in PLURAL_COUNTS {
        add(w, F_PLURAL);
    }
    for w in SEASONS
        .iter()
        .chain(strata_lexicon::MONTHS.iter())
        .chain(strata_lexicon::WEEKDAYS.iter())
    {
        add(w, F_DATE);
    }
    for w in [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ] {
        add(w, F_DATE);
    }
    for w in CURRENCY_CODES.iter().chain(["us"].iter()) {
        add(w, F_CUR);
    }
    for (w, _) in UNITS {
        add(w, F_NUM | F_DATE);
    }
    for m in MODIFIERS {
        add(m[0], F_NUM);
    }
    add("a", F_NUM);
    for w in RELATIVE_DAYS {
        add(w, F_DATE | F_TIME);
    }
    for w in DEICTIC {
        add(w, F_DATE | F_TIME);
    }
    for w in [
        "the", "recent", "ancient", "post", "pre", "mid", "early", "late", "year", "between",
        "several", "few", "many",
    ] {
        add(w, F_DATE);
    }
    for w in ["tonight", "noon", "midnight"] {
        add(w, F_TIME);
    }
    for w in [
        "same",
        "end",
        "beginning",
        "start",
        "middle",
        "turn",
        "close",
        "first",
        "last",
        "past",
        "next",
        "previous",
        "coming",
        "following",
        "final",
        "remaining",
        "current",
        "entire",
        "whole",
        "new",
        "early",
        "late",
        "few",
        "several",
    ]
    .iter()
    .chain(SEASONS)
    .chain(ORDINALS)
    .chain(TIME_UNITS)
    .chain(UNITS.iter().map(|(w, _)| w))
    {
        add(w, F_AFTER_THE);
    }
    for w in TIME_UNITS
        .iter()
        .chain(SEASONS)
        .chain(strata_lexicon::WEEKDAYS.iter())
        .chain(["morning", "afternoon", "evening", "night"].iter())
    {
        add(w, F_AFTER_DEICTIC);
    }
    map
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::doc;

    /// `expected`: the entities found in `text`, as "covered text LABEL".
    fn check(text: &str, expected: &[&str]) {
        let d = doc(text);
        let got: Vec<String> = Patterns::default()
            .find(&d)
            .unwrap()
            .iter()
            .map(|e| format!("{} {}", d.slice(e.span), e.label))
            .collect();
        assert_eq!(got, expected, "in {text:?}");
    }

    #[test]
    fn dates() {
        check("on June 10, 2025, at a press", &["June 10, 2025 DATE"]);
        check("from April 22 to 24, President", &["April 22 to 24 DATE"]);
        check(
            "from April 22nd to 24th. This",
            &["April 22nd to 24th DATE"],
        );
        check(
            "In January–October 2025, trade",
            &["January–October 2025 DATE"],
        );
        check(
            "from January to April of this year, the",
            &["January to April of this year DATE"],
        );
        check(
            "From January to April this year, the",
            &["January to April this year DATE"],
        );
        check("in March 2023, President", &["March 2023 DATE"]);
        check(
            "in April of this year, President",
            &["April of this year DATE"],
        );
        check("In July last year, our", &["July last year DATE"]);
        check("• 25 September, 2025\n", &["25 September, 2025 DATE"]);
        check("date 2025-04-17 +", &["2025-04-17 DATE"]);
        check("In 1994, the", &["1994 DATE"]);
        check(
            "between 1952 and 2024. China",
            &["between 1952 and 2024 DATE"],
        );
        check("Chronicle (2003–2025)", &["2003–2025 DATE"]);
        check("on Thursday received", &["Thursday DATE"]);
        check("in late April, head", &["late April DATE"]);
        check("the post-2025 climate", &["post-2025 DATE"]);
        check("in the 1990s", &["the 1990s DATE"]);
        check("She may go", &[]);
        check("May 5, 2024", &["May 5, 2024 DATE"]);
        check("before the 2014 protests", &["2014 DATE"]);
        check("some 2000 soldiers", &["2000 CARDINAL"]);
        check(
            "Saturday, September 12, 2015\n\npilgrims at",
            &["Saturday, September 12, 2015 DATE"],
        );
    }

    #[test]
    fn relative_dates_take_the_where_it_belongs() {
        check(
            "In the first seven months of this year, the",
            &["the first seven months of this year DATE"],
        );
        check(
            "compared to the same period last year.",
            &["the same period last year DATE"],
        );
        check(
            "than in the same period of the previous year,",
            &["the same period of the previous year DATE"],
        );
        check(
            "compared to the previous year, making",
            &["the previous year DATE"],
        );
        check(
            "for the next five years and beyond",
            &["the next five years DATE"],
        );
        check("At the end of June, a visit", &["the end of June DATE"]);
        check(
            "to the 76th anniversary of the founding",
            &["the 76th anniversary DATE"],
        );
        check(
            "mark the third consecutive year in",
            &["the third consecutive year DATE"],
        );
        check("On the third day after", &["the third day DATE"]);
        check("In the new year, China", &["the new year DATE"]);
        check("throughout the year, with", &["the year DATE"]);
        check("The current year has been", &["The current year DATE"]);
        check("the year-end figure", &["year-end DATE"]);
        check("Since last year, China", &["last year DATE"]);
        check("In recent years, under", &["recent years DATE"]);
        check("This weekend, I", &["This weekend DATE"]);
        check("continues to this day. In", &["this day DATE"]);
        check("this day is", &[]);
        check("since ancient times.", &["ancient times DATE"]);
        check("use today’s opportunity", &["today DATE"]);
        check("season of spring, it", &["spring DATE"]);
        check("a one-year visa-free policy", &["one-year DATE"]);
        check("another intensive five-year phase", &["five-year DATE"]);
        check("life that year and", &["that year DATE"]);
        check("over the past year, exchanges", &["the past year DATE"]);
        check("for two years", &["two years DATE"]);
    }

    #[test]
    fn amounts() {
        check("reached USD 1.4 billion, which", &["USD 1.4 billion MONEY"]);
        check("raised $5m and €3 bn", &["$5m MONEY", "€3 bn MONEY"]);
        check("cost 5 million dollars", &["5 million dollars MONEY"]);
        check("a growth of about 37%, maintaining", &["about 37% PERCENT"]);
        check("which is 21.9 percent higher", &["21.9 percent PERCENT"]);
        check("increased by 70% compared", &["70% PERCENT"]);
        check("about 50 percent higher", &["about 50 percent PERCENT"]);
        check("a 240 MW wind power plant", &["240 MW QUANTITY"]);
        check("amount to 1,570 MW. Once", &["1,570 MW QUANTITY"]);
        check("a capacity of 3 GW in the", &["3 GW QUANTITY"]);
        check("+ ↺ − 16 px\n", &["16 px QUANTITY"]);
        check("a 100 km/h limit", &["100 km/h QUANTITY"]);
    }

    #[test]
    fn numbers() {
        check("increased 30-fold compared", &["30-fold CARDINAL"]);
        check("the 29th session of", &["29th ORDINAL"]);
        check("the two countries", &["two CARDINAL"]);
        check("exceeded 57,000, which", &["57,000 CARDINAL"]);
        check(
            "Currently, more than 8,000 people",
            &["more than 8,000 CARDINAL"],
        );
        check("by 83 countries", &["83 CARDINAL"]);
        check("visited China eight times", &["eight CARDINAL"]);
        check(
            "two hundred and fifty people",
            &["two hundred and fifty CARDINAL"],
        );
        check("twenty-five people", &["twenty-five CARDINAL"]);
        check("hundreds of people", &["hundreds CARDINAL"]);
        check("fourth-largest trading partner", &["fourth ORDINAL"]);
        check("for the first time", &["first ORDINAL"]);
        check(
            "The first batch of 50 electric buses",
            &["first ORDINAL", "50 CARDINAL"],
        );
        check("was among the first countries", &["first ORDINAL"]);
        check("as the tenth Ambassador", &["tenth ORDINAL"]);
    }

    #[test]
    fn one_and_numbers_in_names() {
        check(
            "became one of the first countries",
            &["one CARDINAL", "first ORDINAL"],
        );
        check("There is only one China in the world", &["one CARDINAL"]);
        check("the “one China” principle one of the", &["one CARDINAL"]);
        check("no one knows", &[]);
        check("When drinking water, one should never forget", &[]);
        check("help one another", &[]);
        check("Assembly Resolution 2758, adopted in 1971", &["1971 DATE"]);
        check("the Fourth Plenary Session", &[]);
        check("the 15th Five-Year Plan", &[]);
        check("the Group of Seven", &[]);
        check("COP29 and G20", &[]);
        check("Second, we", &["Second ORDINAL"]);
    }

    #[test]
    fn times() {
        check("• 20:18\nAmbassador", &["20:18 TIME"]);
        check("at 3 p.m. local", &["3 p.m. TIME"]);
        check("at 10:30 am", &["10:30 am TIME"]);
        check("this morning", &["this morning TIME"]);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "",
            "1",
            "the",
            "the same period of",
            "April",
            "$",
            "between 2020 and",
            "1,,2..3::4--5",
            "９９ ％",
            "the first of the first of the first",
        ] {
            let d = doc(t);
            let _ = Patterns::default().find(&d).unwrap();
        }
        let long = "12 ".repeat(10_000);
        assert_eq!(Patterns::default().find(&doc(&long)).unwrap().len(), 10_000);
    }

    /// The eight-bytes-at-a-time lookup agrees with the key built byte by byte, for
    /// every word of the table in three cases, at the end of a text and inside one, and
    /// for words it must not find.
    #[test]
    fn word_lookup_agrees_with_a_byte_loop() {
        let words = &*WORDS;
        let reference = |w: &[u8]| {
            if w.is_empty() || w.len() > 16 {
                0
            } else {
                WordTable::key(w).map_or(0, |k| words.probe(k))
            }
        };
        let mut list: Vec<String> = Vec::new();
        for w in UNITS
            .iter()
            .map(|(w, _)| *w)
            .chain(SCALES.iter().copied())
            .chain(
                ORDINALS
                    .iter()
                    .chain(TIME_UNITS)
                    .chain(CURRENCY_CODES)
                    .chain(strata_lexicon::MONTHS.iter())
                    .chain(strata_lexicon::WEEKDAYS.iter())
                    .copied(),
            )
        {
            list.extend([w.to_string(), w.to_uppercase(), w.to_lowercase()]);
        }
        list.extend(
            [
                "thé",
                "Zürich",
                "x",
                "abcdefghijklmnop",
                "abcdefghijklmnopq",
                "thee",
                "th",
            ]
            .map(String::from),
        );
        for w in &list {
            let want = reference(w.as_bytes());
            for text in [w.clone(), format!("{w} and more text"), format!("a {w}")] {
                let s = text.find(w.as_str()).unwrap();
                let got = words.get_at(text.as_bytes(), s, s + w.len());
                assert_eq!(got, want, "{w:?} in {text:?}");
            }
        }
        assert_ne!(reference(b"Million"), 0);
        // "the" starts dates only (which `find` relies on to skip most of them).
        assert_eq!(reference(b"the") & 0xff, u64::from(F_DATE));
        assert_ne!(reference(b"THE") & L_THE, 0);
        // The words `find` skips like "the": only date and time rules start at them, and
        // the ones that follow them in those rules have `F_AFTER_DEICTIC`.
        for w in DEICTIC {
            let rules = reference(w.as_bytes()) & u64::from(F_ALL);
            assert_eq!(rules, u64::from(F_DATE | F_TIME), "{w}");
        }
        for w in ["morning", "afternoon", "evening", "night"] {
            assert_ne!(
                reference(w.as_bytes()) & u64::from(F_AFTER_DEICTIC),
                0,
                "{w}"
            );
        }
        // Words of up to eight ASCII letters and digits: the short lookup agrees.
        for w in list.iter().filter(|w| {
            (1..=8).contains(&w.len())
                && w.as_bytes()[0].is_ascii_alphabetic()
                && w.bytes().all(|b| b.is_ascii_alphanumeric())
        }) {
            let mut x = [0u8; 8];
            x[..w.len()].copy_from_slice(w.as_bytes());
            let got = words.get_short(u64::from_le_bytes(x));
            assert_eq!(got, reference(w.as_bytes()), "{w:?}");
        }
        // Month and weekday names have the date flag (`month` and `date_core` test it
        // before asking the lexicon).
        for w in strata_lexicon::MONTHS
            .iter()
            .chain(strata_lexicon::WEEKDAYS.iter())
            .chain(&[
                "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            ])
        {
            assert_ne!(reference(w.as_bytes()) & u64::from(F_DATE), 0, "{w}");
        }
        // The bits that stand in for list scans cover their lists.
        for w in UNIT_WORDS
            .iter()
            .filter(|w| w.chars().all(|c| c.is_ascii_alphanumeric()))
        {
            assert_ne!(reference(w.as_bytes()) & L_UNIT_WORDS, 0, "{w}");
        }
        for w in CURRENCY_CODES
            .iter()
            .filter(|w| w.chars().all(|c| c.is_ascii_alphanumeric()))
        {
            assert_ne!(reference(w.as_bytes()) & u64::from(F_CUR), 0, "{w}");
        }
    }

    #[test]
    fn settings() {
        let s: PatternSettings = parse_settings(
            NAME,
            serde_json::json!({"labels": ["date"]}).as_object().unwrap(),
        )
        .unwrap();
        let p = Patterns::new(s).unwrap();
        let d = doc("On June 10, 2025, 37% of two");
        let got: Vec<String> = p
            .find(&d)
            .unwrap()
            .iter()
            .map(|e| e.label.to_string())
            .collect();
        assert_eq!(got, ["DATE"]);
        let bad = parse_settings::<PatternSettings>(
            NAME,
            serde_json::json!({"lables": []}).as_object().unwrap(),
        );
        assert!(bad.is_err());
        let s: PatternSettings = parse_settings(
            NAME,
            serde_json::json!({"labels": ["FOO"]}).as_object().unwrap(),
        )
        .unwrap();
        assert!(Patterns::new(s).is_err());
    }
}
