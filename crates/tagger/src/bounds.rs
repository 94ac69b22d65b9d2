//! Where a name the model found begins and ends, in three constructions of news that the
//! model (trained mostly on web text) gets wrong.
//!
//! - A title between a place or body and a name: "Denver Mayor Celia Vanterpool",
//!   "Georgia Secretary of State Judith Harkins", "Senate Majority Leader Tomas Brekke".
//!   The model runs the three parts into one name of some type, or stops at the title.
//!   [`titles_and_affiliations`] makes the words after the title a person, and the words
//!   before it a place or an organisation by what the word lists know of them.
//! - A person "of" an organisation or place: "Janet Oyelaran of PBS". A name of a person
//!   has no lower-case connector in it (particles such as "de" aside), so a person's name
//!   stops before "of", "from", "at", ...; what follows is named on its own.
//! - Hyphenated names: the tokenizer cuts "AFL-CIO" and "Oduya-Franklin" around the
//!   hyphen, and the model tags the parts apart or only one of them. [`hyphenated`] makes
//!   one name of a capitalised compound that touches a name, and of a known first name
//!   right before such a compound ("Lucía Arrendondo-Park").
//!
//! Both passes take and give back names as `(first token, end token, type)` in text order
//! without overlaps, and are linear in the names and tokens they look at: every lookahead
//! is bounded by a few words.

use strata_core::Token;

use crate::features::{gaz, hash_lower};
use crate::labels::{gaz_class, is_person_title, name_class};

/// The model's type indices the passes produce.
#[derive(Clone, Copy)]
pub(crate) struct Types {
    pub per: usize,
    pub org: Option<usize>,
    pub loc: Option<usize>,
}

/// Titles that, capitalised between a place and a name, make the name a person's:
/// offices of US politics and government, and general ones (compared in lower case).
fn strong_title(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"mayor"
            | b"senator"
            | b"sen."
            | b"rep."
            | b"representative"
            | b"congressman"
            | b"congresswoman"
            | b"congressmember"
            | b"governor"
            | b"gov."
            | b"secretary"
            | b"speaker"
            | b"president"
            | b"chairman"
            | b"chairwoman"
            | b"chairperson"
            | b"ambassador"
            | b"minister"
            | b"premier"
            | b"chancellor"
            | b"attorney"
            | b"commissioner"
            | b"councilman"
            | b"councilwoman"
            | b"councilmember"
            | b"councillor"
            | b"councilor"
            | b"alderman"
            | b"alderwoman"
            | b"assemblyman"
            | b"assemblywoman"
            | b"assemblymember"
            | b"delegate"
            | b"del."
            | b"treasurer"
            | b"comptroller"
            | b"auditor"
            | b"sheriff"
            | b"leader"
            | b"whip"
            | b"spokesman"
            | b"spokeswoman"
            | b"spokesperson"
            | b"director"
            | b"administrator"
            | b"superintendent"
            | b"prosecutor"
            | b"judge"
            | b"justice"
            | b"adviser"
            | b"advisor"
            | b"lt."
    )
}

/// Offices that represent a place: the words before one name a place when the lists do
/// not know them ("Denver Mayor", "Fairfax County Sheriff").
fn place_title(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"mayor"
            | b"senator"
            | b"sen."
            | b"rep."
            | b"representative"
            | b"congressman"
            | b"congresswoman"
            | b"congressmember"
            | b"governor"
            | b"gov."
            | b"lt."
            | b"attorney"
            | b"sheriff"
            | b"councilman"
            | b"councilwoman"
            | b"councilmember"
            | b"alderman"
            | b"alderwoman"
            | b"assemblyman"
            | b"assemblywoman"
            | b"assemblymember"
            | b"delegate"
            | b"del."
            | b"comptroller"
            | b"treasurer"
    )
}

/// Words that modify a title inside a title ("Senate Majority Leader", "Lt. Gov.",
/// "Attorney General", "White House Press Secretary").
fn title_modifier(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"majority"
            | b"minority"
            | b"deputy"
            | b"vice"
            | b"acting"
            | b"assistant"
            | b"associate"
            | b"chief"
            | b"lieutenant"
            | b"under"
            | b"press"
            | b"executive"
            | b"senior"
            | b"general"
            | b"state"
            | b"district"
            | b"federal"
            | b"national"
            | b"security"
            | b"surgeon"
            | b"solicitor"
            | b"inspector"
            | b"floor"
    )
}

/// Departments after "Secretary of" or "Chief of" ("Secretary of State", "Secretary of
/// Homeland Security", "Chief of Staff", "Speaker of the House"), in their US and common
/// forms.
const DEPARTMENTS: &[&[&str]] = &[
    &["Health", "and", "Human", "Services"],
    &["Housing", "and", "Urban", "Development"],
    &["Homeland", "Security"],
    &["Veterans", "Affairs"],
    &["Foreign", "Affairs"],
    &["Home", "Affairs"],
    &["Public", "Safety"],
    &["Air", "Force"],
    &["State"],
    &["Defense"],
    &["Defence"],
    &["Labor"],
    &["Labour"],
    &["Commerce"],
    &["Education"],
    &["Energy"],
    &["Agriculture"],
    &["Transportation"],
    &["Treasury"],
    &["Interior"],
    &["Justice"],
    &["Health"],
    &["Staff"],
    &["House"],
    &["Senate"],
    &["War"],
    &["Navy"],
    &["Army"],
    &["Finance"],
    &["Police"],
];

/// Capitalised words before a title that belong to neither the place nor the name
/// ("Former Arizona Attorney General ...").
const NOT_PLACES: &[&str] = &[
    "Former",
    "Then",
    "The",
    "Outgoing",
    "Incoming",
    "Acting",
    "Interim",
    "Retiring",
    "Longtime",
    "Veteran",
    "Embattled",
    "Current",
    "Newly",
    "Ex",
    "Fellow",
    "Republican",
    "Democratic",
    "Democrat",
    "GOP",
];

/// Bodies of government that, before a title, are an organisation ("Senate Majority
/// Leader", "House Speaker").
const BODIES: &[&str] = &[
    "Senate",
    "House",
    "Congress",
    "Legislature",
    "Assembly",
    "Cabinet",
    "Pentagon",
    "Administration",
    "Caucus",
];

/// Lower-case words that join a person to what they belong to ("NAME of PBS", "NAME from
/// Ohio", "NAME at Reuters").
const CONNECTORS: &[&str] = &["of", "from", "at", "on", "in", "for", "with", "by"];

/// Lower-case words inside names ("Günter de Bruyn"): not connectors.
const PARTICLES: &[&str] = &[
    "de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "al",
];

/// Word classes that say a word is not part of a person's name. Nationalities are not
/// among them: the lists take any word ending like a demonym for one ("Oyelaran" like
/// "Indonesian").
const NOT_PERSON: u16 =
    gaz::GPE | gaz::ORG_WORD | gaz::LOC_WORD | gaz::MONTH_OR_DAY | gaz::ORG | gaz::LANGUAGE;

fn capitalised(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase())
}

/// Whether `w` is capitalised and `f` holds for its lower-case ASCII bytes.
fn title_like(w: &str, f: fn(&[u8]) -> bool) -> bool {
    let b = w.as_bytes();
    if b.len() > 24 || !b.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let mut buf = [0u8; 24];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    f(&buf[..b.len()])
}

/// A view of the document's tokens for the passes.
struct Words<'a> {
    text: &'a str,
    tokens: &'a [Token],
    sent_end: &'a [usize],
}

impl Words<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens[i].span.text(self.text)
    }

    /// The end token of the sentence holding token `i` (`i` itself outside sentences).
    fn end_of(&self, i: usize) -> usize {
        let e = self.sent_end.get(i).copied().unwrap_or(0);
        if e > i { e.min(self.tokens.len()) } else { i }
    }

    fn class(&self, i: usize) -> u16 {
        let w = self.word(i);
        gaz_class(w, hash_lower(w))
    }

    /// Tokens `a` and `b = a + 1` touch (no space between them).
    fn joined(&self, a: usize) -> bool {
        self.tokens[a].span.end() == self.tokens[a + 1].span.start()
    }

    /// A word that can be part of a person's name after a title: capitalised with a
    /// lower-case letter, or an initial ("J."), and not a title or a word the lists know
    /// to be something else (unless it is also a known name).
    fn name_word(&self, i: usize) -> bool {
        let w = self.word(i);
        let initial = {
            let b = w.as_bytes();
            b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
        };
        if initial {
            return true;
        }
        if !capitalised(w) || !w.chars().any(char::is_lowercase) || is_person_title(w) {
            return false;
        }
        let c = self.class(i);
        c & NOT_PERSON == 0 || c & (gaz::FIRST_NAME | gaz::SURNAME) != 0
    }

    /// The end of a title run starting at `k` (titles, modifiers, and "of [the]
    /// DEPARTMENT"), before `limit`, and whether it holds a title that names an office.
    fn title_run(&self, k: usize, limit: usize) -> (usize, bool) {
        let mut m = k;
        let mut strong = false;
        // Titles are short: the cap keeps a sentence of titles linear.
        while m < limit && m - k < 8 {
            let w = self.word(m);
            if title_like(w, strong_title) || (capitalised(w) && is_person_title(w)) {
                strong |= title_like(w, strong_title);
                m += 1;
            } else if title_like(w, title_modifier) {
                m += 1;
            } else if w == "of" && m > k {
                let mut d = m + 1;
                if d < limit && self.word(d) == "the" {
                    d += 1;
                }
                let hit = DEPARTMENTS.iter().find(|p| {
                    d + p.len() <= limit
                        && p.iter().enumerate().all(|(j, x)| self.word(d + j) == *x)
                });
                match hit {
                    // "Secretary of State", "Chief of Staff": an office.
                    Some(p) => {
                        m = d + p.len();
                        strong = true;
                    }
                    None => break,
                }
            } else {
                break;
            }
        }
        (m, strong)
    }

    /// The title a name starting at `s` continues when the model left the title and
    /// "of" out ("Chief [of Staff Reince]", "Speaker of the [House Paul Rydell]"): the
    /// capitalised title right before "of [the]", in the same sentence, at or after
    /// `free`.
    fn title_before(&self, s: usize, free: usize) -> Option<usize> {
        let mut j = s;
        if self.word(s) != "of" {
            if j > 0 && self.word(j - 1) == "the" {
                j -= 1;
            }
            if j > 0 && self.word(j - 1) == "of" {
                j -= 1;
            } else {
                return None;
            }
        }
        let k = j.checked_sub(1)?;
        let w = self.word(k);
        let title = title_like(w, strong_title)
            || title_like(w, title_modifier)
            || (capitalised(w) && is_person_title(w));
        (k >= free && title && self.end_of(k) == self.end_of(s)).then_some(k)
    }

    /// The end of a person's name starting at `m` (up to four words, hyphenated parts and
    /// particles inside), if there is one and no capitalised word runs on after it.
    fn name_run(&self, m: usize, limit: usize) -> Option<usize> {
        let mut q = m;
        let mut words = 0;
        while q < limit {
            let w = self.word(q);
            if self.name_word(q) {
                q += 1;
                words += 1;
            } else if q > m
                && matches!(w, "-" | "\u{2010}")
                && q + 1 < limit
                && self.joined(q - 1)
                && self.joined(q)
                && self.name_word(q + 1)
            {
                q += 2;
            } else if q > m && PARTICLES.contains(&w) && q + 1 < limit && self.name_word(q + 1) {
                q += 1;
            } else {
                break;
            }
            if words > 4 || q - m > 12 {
                return None;
            }
        }
        let runs_on = q < limit && capitalised(self.word(q)) && self.word(q).len() > 1;
        (q > m && !runs_on).then_some(q)
    }

    /// The type of the words `[p, k)` before the title `[k, m)`: a place or a body of
    /// government by the word lists, else the model's type unless it said person, else
    /// a place before an office that represents one and an organisation before others
    /// ("Acme Chairman").
    fn place_type(&self, p: usize, k: usize, m: usize, model: usize, ty: Types) -> Option<usize> {
        let words: Vec<&str> = (p..k).map(|i| self.word(i)).collect();
        let last = self.class(k - 1);
        let whole = name_class(&words) | if k - p == 1 { last } else { 0 };
        if whole & (gaz::GPE | gaz::LOC_WORD) != 0 {
            return ty.loc;
        }
        if whole & (gaz::ORG | gaz::ORG_WORD) != 0
            || last & (gaz::ORG | gaz::ORG_WORD) != 0
            || words.iter().any(|w| BODIES.contains(w))
            || words
                .iter()
                .all(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
        {
            return ty.org;
        }
        if last & gaz::GPE != 0 {
            return ty.loc;
        }
        if model != ty.per {
            Some(model)
        } else if (k..m).any(|i| title_like(self.word(i), place_title)) {
            ty.loc
        } else {
            ty.org
        }
    }

    /// Names in `[a, b)` after a person's connector: each capitalised run between
    /// lower-case words, an organisation unless the lists know a place (a day or month
    /// is left out: "on Monday").
    fn affiliations(&self, a: usize, b: usize, ty: Types, out: &mut Vec<(usize, usize, usize)>) {
        let mut i = a;
        while i < b {
            if !capitalised(self.word(i)) {
                i += 1;
                continue;
            }
            // A piece runs to the next connector other than "of" ("Bank of America",
            // "People’s Republic of China"), without lower-case words at its end.
            let mut j = i + 1;
            let mut last = i + 1;
            while j < b {
                let x = self.word(j);
                if x != "of" && CONNECTORS.contains(&x) {
                    break;
                }
                j += 1;
                if capitalised(x) {
                    last = j;
                }
            }
            let j = last;
            let words: Vec<&str> = (i..j).map(|k| self.word(k)).collect();
            let c = name_class(&words) | if j - i == 1 { self.class(i) } else { 0 };
            let t = if c & gaz::MONTH_OR_DAY != 0 {
                None
            } else if c & (gaz::GPE | gaz::LOC_WORD) != 0 {
                ty.loc
            } else {
                ty.org
            };
            if let Some(t) = t {
                out.push((i, j, t));
            }
            i = j;
        }
    }
}

/// Titles between a place and a name, and people "of" something (see the module docs):
/// rewrites `found`.
pub(crate) fn titles_and_affiliations(
    text: &str,
    tokens: &[Token],
    sent_end: &[usize],
    ty: Types,
    found: &mut Vec<(usize, usize, usize)>,
) {
    let w = Words {
        text,
        tokens,
        sent_end,
    };
    let mut out = Vec::with_capacity(found.len() + 4);
    // Tokens before `consumed` are inside a name already given out.
    let mut consumed = 0;
    let mut f = 0;
    while f < found.len() {
        let (s0, e, t) = found[f];
        f += 1;
        if e <= consumed || e > tokens.len() {
            continue;
        }
        let s = s0.max(consumed);
        let limit = w.end_of(s);
        // The first title run inside the name with an office in it.
        let mut k = if t == ty.per { s + 1 } else { s };
        if let Some(before) = w.title_before(s, consumed) {
            k = before;
        }
        let mut split = None;
        while k < e {
            let word = w.word(k);
            if !(title_like(word, strong_title)
                || title_like(word, title_modifier)
                || (capitalised(word) && is_person_title(word)))
            {
                k += 1;
                continue;
            }
            let (m, strong) = w.title_run(k, limit);
            if strong {
                split = w.name_run(m, limit).map(|q| (m, q));
                break;
            }
            k = m.max(k + 1);
        }
        if let Some((m, q)) = split {
            // The names the model found up to the name's end are replaced; one running
            // past it is left alone, and so is this one.
            let mut g = f;
            while g < found.len() && found[g].0 < q {
                g += 1;
            }
            let past = g > f && found[g - 1].1 > q;
            // The model's name may go on after the person: "of Ohio".
            let tail_ok = e <= q || CONNECTORS.contains(&w.word(q));
            if !past && tail_ok {
                let mut p = s;
                while p < k && NOT_PLACES.contains(&w.word(p)) {
                    p += 1;
                }
                if p < k
                    && let Some(pt) = w.place_type(p, k, m, t, ty)
                {
                    out.push((p, k, pt));
                }
                out.push((m, q, ty.per));
                if e > q {
                    w.affiliations(q + 1, e, ty, &mut out);
                }
                consumed = q.max(e);
                f = g;
                continue;
            }
        }
        // A person's name before the connector: two name words or more ("Members of
        // the Sea Org", "Many of the Iraqis" and "Page A14 of" are no names, and one word
        // is too little to tell).
        if t == ty.per
            && let Some(c) = (s + 1..e).find(|&c| CONNECTORS.contains(&w.word(c)))
            && c - s >= 2
            && (s..c).all(|i| w.name_word(i) || w.word(i) == "-" || PARTICLES.contains(&w.word(i)))
        {
            out.push((s, c, t));
            w.affiliations(c + 1, e, ty, &mut out);
            consumed = e;
            continue;
        }
        out.push((s, e, t));
        consumed = e;
    }
    *found = out;
}

/// Capitalised compounds cut at their hyphens ("AFL-CIO", "Oduya-Franklin") become one
/// name with the names they touch (see the module docs): rewrites `found`. `caps` are
/// the capitalised tokens in text order.
pub(crate) fn hyphenated(
    text: &str,
    tokens: &[Token],
    sent_end: &[usize],
    caps: &[u32],
    ty: Types,
    found: &mut Vec<(usize, usize, usize)>,
) {
    let w = Words {
        text,
        tokens,
        sent_end,
    };
    let n = tokens.len();
    // A part of a compound: capitalised, two characters or more, not a place or a
    // nationality ("US-China talks", "Israeli-Palestinian", "D-Minn.").
    let part = |i: usize| {
        let x = w.word(i);
        capitalised(x)
            && x.chars().nth(1).is_some_and(char::is_alphanumeric)
            && w.class(i) & (gaz::GPE | gaz::NATIONALITY) == 0
    };
    // Compounds as token ranges, in text order.
    let mut compounds: Vec<(usize, usize)> = Vec::new();
    for &i in caps {
        let i = i as usize;
        if i + 2 >= n
            || !matches!(w.word(i + 1), "-" | "\u{2010}")
            || w.end_of(i) <= i + 2
            || !w.joined(i)
            || !w.joined(i + 1)
            || !part(i)
            || !part(i + 2)
        {
            continue;
        }
        match compounds.last_mut() {
            Some(last) if last.1 == i + 1 => last.1 = i + 3,
            _ => compounds.push((i, i + 3)),
        }
    }
    if compounds.is_empty() {
        return;
    }
    let mut out: Vec<(usize, usize, usize)> = Vec::with_capacity(found.len());
    let mut f = 0;
    for &(a, b) in &compounds {
        // Names before the compound pass through.
        while f < found.len() && found[f].1 <= a {
            out.push(found[f]);
            f += 1;
        }
        let mut g = f;
        while g < found.len() && found[g].0 < b {
            g += 1;
        }
        // Compounds may have been swallowed by a name just given out.
        if out.last().is_some_and(|l| l.1 > a) {
            continue;
        }
        if g == f {
            continue;
        }
        let lo = found[f].0.min(a);
        let hi = found[g - 1].1.max(b);
        // The type of the name covering most of the compound (organisations first on a
        // tie, then people).
        let overlap = |x: &(usize, usize, usize)| x.1.min(b).saturating_sub(x.0.max(a));
        let mut t = found[f].2;
        let mut best = 0;
        for x in &found[f..g] {
            let o = overlap(x);
            let rank = |ty_: usize| {
                if Some(ty_) == ty.org {
                    2
                } else if ty_ == ty.per {
                    1
                } else {
                    0
                }
            };
            if o > best || (o == best && rank(x.2) > rank(t)) {
                best = o;
                t = x.2;
            }
        }
        let mut lo = lo;
        // "Lucía Arrendondo-Park": a known first name right before the compound.
        if lo == a && a > 0 && w.end_of(a - 1) == w.end_of(a) && !w.joined(a - 1) {
            let prev_free = out.last().is_none_or(|l| l.1 < a);
            if prev_free && w.name_word(a - 1) && w.class(a - 1) & gaz::FIRST_NAME != 0 {
                lo = a - 1;
                t = ty.per;
            } else if let Some(l) = out.last_mut()
                && l.1 == a
                && l.2 == ty.per
                && t == ty.per
            {
                // "Caleb" and "Oduya-Franklin" as two people: one.
                lo = l.0;
                out.pop();
            }
        }
        out.push((lo, hi, t));
        f = g;
    }
    out.extend_from_slice(&found[f..]);
    *found = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use strata_core::{Span, TokenKind};

    const TY: Types = Types {
        per: 0,
        org: Some(1),
        loc: Some(2),
    };

    /// Words (with a final "." kept on a capitalised abbreviation such as "Gov.") and
    /// single punctuation marks; one sentence.
    fn tokenize(text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        let mut start = None;
        let push = |s: usize, e: usize, tokens: &mut Vec<Token>| {
            tokens.push(Token {
                span: Span::new(text, s, e).unwrap(),
                kind: TokenKind::Word,
            })
        };
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            let abbreviation = c == '.'
                && start.is_some_and(|s: usize| text[s..i].len() <= 4 && capitalised(&text[s..]));
            if abbreviation {
                continue;
            }
            let punct = c.is_ascii_punctuation() || matches!(c, '“' | '”' | '’');
            if c.is_whitespace() || punct {
                if let Some(s) = start.take() {
                    push(s, i, &mut tokens);
                }
                if punct {
                    push(i, i + 1, &mut tokens);
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        tokens
    }

    /// A pass as the tests call it: text, tokens, sentence ends, capitalised tokens,
    /// names.
    type Pass = fn(&str, &[Token], &[usize], &[u32], &mut Vec<(usize, usize, usize)>);

    /// Runs `pass` over `text` whose model names are `model` (strings with their type)
    /// and compares the result, rendered as `"name" type`.
    fn check(pass: Pass, text: &str, model: &[(&str, usize)], expected: &[&str]) {
        let tokens = tokenize(text);
        let sent_end = vec![tokens.len(); tokens.len()];
        let caps: Vec<u32> = (0..tokens.len() as u32)
            .filter(|&i| capitalised(tokens[i as usize].span.text(text)))
            .collect();
        let mut found = Vec::new();
        for &(m, t) in model {
            let at = text.find(m).unwrap();
            let s = tokens.iter().position(|x| x.span.start() == at).unwrap();
            let e = tokens
                .iter()
                .position(|x| x.span.end() == at + m.len())
                .unwrap();
            found.push((s, e + 1, t));
        }
        pass(text, &tokens, &sent_end, &caps, &mut found);
        let got: Vec<String> = found
            .iter()
            .map(|&(s, e, t)| {
                let name = &text[tokens[s].span.start()..tokens[e - 1].span.end()];
                format!("{name:?} {}", ["PER", "ORG", "LOC"][t])
            })
            .collect();
        assert_eq!(got, expected, "{text}");
    }

    fn titles(
        text: &str,
        tokens: &[Token],
        sent_end: &[usize],
        _: &[u32],
        found: &mut Vec<(usize, usize, usize)>,
    ) {
        titles_and_affiliations(text, tokens, sent_end, TY, found);
    }

    fn hyphens(
        text: &str,
        tokens: &[Token],
        sent_end: &[usize],
        caps: &[u32],
        found: &mut Vec<(usize, usize, usize)>,
    ) {
        hyphenated(text, tokens, sent_end, caps, TY, found);
    }

    #[test]
    fn titles_part_place_and_person() {
        // The model stopped at the title, or ran through it.
        check(
            titles,
            "Yesterday Denver Mayor Celia Vanterpool spoke.",
            &[("Denver Mayor", 0)],
            &["\"Denver\" LOC", "\"Celia Vanterpool\" PER"],
        );
        check(
            titles,
            "He met Georgia Secretary of State Judith Harkins, who won.",
            &[("Georgia Secretary of State Judith Harkins", 0)],
            &["\"Georgia\" LOC", "\"Judith Harkins\" PER"],
        );
        check(
            titles,
            "It angered Senate Majority Leader Tomas Brekke most.",
            &[("Senate Majority Leader Tomas Brekke", 1)],
            &["\"Senate\" ORG", "\"Tomas Brekke\" PER"],
        );
        check(
            titles,
            "Then Acme Chairman Leon Fairweather sold.",
            &[("Acme Chairman Leon", 0), ("Fairweather", 0)],
            &["\"Acme\" ORG", "\"Leon Fairweather\" PER"],
        );
        // The model's name goes on past the person: "of Ohio" is named on its own.
        check(
            titles,
            "Later Ohio Gov. Marcus Whitfield of Ohio spoke.",
            &[("Ohio Gov. Marcus Whitfield of Ohio", 1)],
            &["\"Ohio\" LOC", "\"Marcus Whitfield\" PER", "\"Ohio\" LOC"],
        );
        // The model left the title and "of" out of the name.
        check(
            titles,
            "Then Chief of Staff Reince Priebe left.",
            &[("of Staff Reince", 0)],
            &["\"Reince Priebe\" PER"],
        );
        check(
            titles,
            "He met Speaker of the House Paul Rydell there.",
            &[("House Paul Rydell", 2)],
            &["\"Paul Rydell\" PER"],
        );
        // No name after the title, a title that names no office, an organisation: kept.
        check(
            titles,
            "He told the Denver Mayor about it.",
            &[("Denver Mayor", 0)],
            &["\"Denver Mayor\" PER"],
        );
        check(
            titles,
            "He sold General Motors Europe.",
            &[("General Motors Europe", 1)],
            &["\"General Motors Europe\" ORG"],
        );
        check(
            titles,
            "He asked the Speaker of the House.",
            &[("Speaker of the House", 1)],
            &["\"Speaker of the House\" ORG"],
        );
    }

    #[test]
    fn a_person_stops_before_of() {
        check(
            titles,
            "It was moderated by Janet Oyelaran of PBS NewsHour on Monday.",
            &[("Janet Oyelaran of PBS NewsHour on Monday", 0)],
            &["\"Janet Oyelaran\" PER", "\"PBS NewsHour\" ORG"],
        );
        check(
            titles,
            "He thanked Kendra Malloy of the Bank of America.",
            &[("Kendra Malloy of the Bank of America", 0)],
            &["\"Kendra Malloy\" PER", "\"Bank of America\" ORG"],
        );
        // One word, or no name, before "of": kept.
        check(
            titles,
            "He said Many of the Iraqis left.",
            &[("Many of the Iraqis", 0)],
            &["\"Many of the Iraqis\" PER"],
        );
        check(
            titles,
            "It ran on Page A14 of the paper.",
            &[("Page A14 of the", 0)],
            &["\"Page A14 of the\" PER"],
        );
    }

    #[test]
    fn hyphenated_compounds_are_one_name() {
        check(
            hyphens,
            "The AFL-CIO said no.",
            &[("AFL", 1), ("CIO", 1)],
            &["\"AFL-CIO\" ORG"],
        );
        check(
            hyphens,
            "Then Caleb Oduya-Franklin met Maria Lopez-Garcia-Soto there.",
            &[("Franklin", 0), ("Maria Lopez", 0)],
            &[
                "\"Caleb Oduya-Franklin\" PER",
                "\"Maria Lopez-Garcia-Soto\" PER",
            ],
        );
        check(
            hyphens,
            "We met Lucía Arrendondo-Park today.",
            &[("Park", 2)],
            &["\"Lucía Arrendondo-Park\" PER"],
        );
        // Places, nationalities, lower-case parts, single letters and spaces: apart.
        check(
            hyphens,
            "The US-China talks, Chinese-made drones, Rep. Ames (D-Minn) and Smith - Jones.",
            &[
                ("US", 2),
                ("China", 2),
                ("Ames", 0),
                ("Minn", 2),
                ("Smith", 0),
                ("Jones", 0),
            ],
            &[
                "\"US\" LOC",
                "\"China\" LOC",
                "\"Ames\" PER",
                "\"Minn\" LOC",
                "\"Smith\" PER",
                "\"Jones\" PER",
            ],
        );
        // No name touches the compound: nothing to join.
        check(hyphens, "The Coca-Cola deal.", &[], &[]);
    }

    #[test]
    fn odd_input_is_fine() {
        for text in [
            "",
            "-",
            "A-",
            "-B",
            "Mayor",
            "Gov. Sen. Rep.",
            "A - - B of of",
        ] {
            check(titles, text, &[], &[]);
            check(hyphens, text, &[], &[]);
        }
        check(
            titles,
            "Mayor of",
            &[("Mayor of", 0)],
            &["\"Mayor of\" PER"],
        );
    }

    #[test]
    fn long_runs_of_titles_and_hyphens_are_linear() {
        // Every other word a name of the model in a sentence of 200,000 titles, and a
        // chain of 100,000 hyphenated capitals: done at once, whatever the names.
        let text = "Mayor ".repeat(200_000);
        let tokens = tokenize(&text);
        let sent_end = vec![tokens.len(); tokens.len()];
        let mut found: Vec<_> = (0..tokens.len())
            .step_by(2)
            .map(|i| (i, i + 1, 1))
            .collect();
        titles_and_affiliations(&text, &tokens, &sent_end, TY, &mut found);
        assert_eq!(found.len(), 100_000);
        let text = "Ab-".repeat(100_000) + "Ab";
        let tokens = tokenize(&text);
        let sent_end = vec![tokens.len(); tokens.len()];
        let caps: Vec<u32> = (0..tokens.len() as u32).step_by(2).collect();
        let mut found: Vec<_> = (0..tokens.len())
            .step_by(4)
            .map(|i| (i, i + 1, 1))
            .collect();
        hyphenated(&text, &tokens, &sent_end, &caps, TY, &mut found);
        assert_eq!(found, [(0, tokens.len(), 1)]);
    }
}
