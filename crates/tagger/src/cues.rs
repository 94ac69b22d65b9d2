//! Person names from the words around them, where the model saw a capitalised stretch and
//! left it out.
//!
//! The model learns from web text and a few news articles, and news has contexts that
//! name a person almost for certain whatever the name looks like: a reporting verb right
//! after it ("…,” Leive said", "Okonkwo told reporters"), an honorific before it ("Ms
//! Pugh"), an age in commas ("Jutting, now 31,") or a relative "who" ("Christian Wolmar,
//! who has written"). Unusual names in those contexts are exactly what the model misses:
//! it has never seen them, and their suffixes look like other words ("Leive" like
//! "receive").
//!
//! [`cue_names`] adds these as PER before the document-level pass, so their other
//! mentions are found too. It only looks at stretches the model left untagged, never
//! changes the model's names, and keeps away from what the word lists know to be
//! something else (a country, a month, an organisation word). A capital at the start of
//! a sentence says nothing, so a name there needs a stronger cue: a known first name or
//! surname, or two words.

use strata_core::Token;

use crate::features::hash_lower;
use crate::labels::{gaz_class, is_person_title};

/// Gazetteer classes that say a word is not part of a person's name.
const NOT_PERSON: u16 = crate::features::gaz::GPE
    | crate::features::gaz::NATIONALITY
    | crate::features::gaz::ORG_WORD
    | crate::features::gaz::LOC_WORD
    | crate::features::gaz::MONTH_OR_DAY
    | crate::features::gaz::ORG
    | crate::features::gaz::LANGUAGE
    | crate::features::gaz::INSIDE;

const NAME_LISTS: u16 = crate::features::gaz::FIRST_NAME | crate::features::gaz::SURNAME;

/// Reporting verbs that follow their subject in news ("Leive said"): past and present
/// third-person forms.
fn is_reporting(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "explained"
            | "explains"
            | "warned"
            | "warns"
            | "insisted"
            | "insists"
            | "argued"
            | "argues"
            | "claimed"
            | "claims"
            | "stated"
            | "noted"
            | "notes"
            | "recalled"
            | "recalls"
            | "replied"
            | "replies"
            | "wrote"
            | "writes"
            | "acknowledged"
            | "admitted"
            | "admits"
            | "announced"
            | "conceded"
            | "concedes"
            | "confirmed"
            | "denied"
            | "denies"
            | "declared"
            | "mocked"
            | "joked"
            | "jokes"
            | "laughed"
            | "dismissed"
            | "dismisses"
            | "countered"
            | "stressed"
            | "urged"
            | "tweeted"
            | "testified"
            | "complained"
            | "remarked"
            | "responded"
            | "emphasised"
            | "emphasized"
            | "asked"
    )
}

/// Honorifics: the word after one begins a person's name.
fn is_honorific(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mr."
            | "Mrs"
            | "Mrs."
            | "Ms"
            | "Ms."
            | "Miss"
            | "Mx"
            | "Dr"
            | "Dr."
            | "Prof"
            | "Prof."
            | "Sir"
            | "Dame"
    )
}

/// Words written in lower case inside names ("Günter de Bruyn", "Ludwig van Beethoven").
const PARTICLES: &[&str] = &[
    "de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "al",
];

/// Capitalised words that name nobody although a reporting verb follows them: pronouns,
/// kin terms used as names, bodies of people, and words that begin sloppy sentences.
const NOT_NAMES: &[&str] = &[
    "He",
    "She",
    "It",
    "They",
    "We",
    "You",
    "One",
    "This",
    "That",
    "These",
    "Those",
    "Who",
    "Everyone",
    "Someone",
    "Somebody",
    "Nobody",
    "Anyone",
    "Everybody",
    "Police",
    "Staff",
    "Mom",
    "Mum",
    "Dad",
    "Ma",
    "Pa",
    "Mother",
    "Father",
    "Grandma",
    "Grandpa",
    "Granny",
    "Just",
    "Enough",
    "Also",
    "Then",
    "Now",
    "Still",
    "Only",
    "God",
    "Allah",
];

/// Prepositions: a name after one is not the subject of the verb after it.
const PREPOSITIONS: &[&str] = &[
    "of", "from", "in", "at", "for", "by", "with", "to", "on", "about", "than", "like", "near",
];

fn titlecase(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase)
}

/// Adds the person names the cues find (see the module docs) to `found`, the model's
/// names as `(first token, end token, type)` in text order, as type `per`. `sent_end[i]`
/// is the end token of the sentence holding token `i`. Linear in the tokens.
pub(crate) fn cue_names(
    text: &str,
    tokens: &[Token],
    sent_end: &[usize],
    starts: &[u32],
    per: usize,
    found: &mut Vec<(usize, usize, usize)>,
) {
    let n = tokens.len();
    let word = |i: usize| tokens[i].span.text(text);
    // The first name of `found` that ends after the token looked at (tokens come in
    // order, so it only moves forward).
    let mut cursor = 0;
    let same_sentence = |a: usize, b: usize| sent_end[a] != 0 && sent_end[a] == sent_end[b];
    let sentence_start = |i: usize| i == 0 || !same_sentence(i - 1, i);
    let class = |i: usize| {
        let w = word(i);
        gaz_class(w, hash_lower(w))
    };
    let mut added = Vec::new();
    // Tokens before `next` belong to a run already looked at.
    let mut next_free = 0;
    for &i in starts {
        let i = i as usize;
        if i < next_free || i >= n {
            continue;
        }
        while cursor < found.len() && found[cursor].1 <= i {
            cursor += 1;
        }
        let covered = |k: usize| covered_from(found, cursor, k);
        let w = word(i);
        if covered(i) || !titlecase(w) || (!sentence_start(i) && titlecase(word(i - 1))) {
            continue;
        }
        // The run of capitalised words (with name particles between them) from `i`.
        let mut e = i + 1;
        while e < n && e - i < 4 && same_sentence(i, e) && !covered(e) {
            let x = word(e);
            if titlecase(x) {
                e += 1;
            } else if PARTICLES.contains(&x)
                && e + 1 < n
                && same_sentence(e, e + 1)
                && titlecase(word(e + 1))
                && !covered(e + 1)
            {
                e += 2;
            } else {
                break;
            }
        }
        let run_end = e;
        if e < n && same_sentence(i, e) && (titlecase(word(e)) || covered(e)) {
            // Longer than four words, or running into a name the model found: not ours.
            next_free = run_end;
            continue;
        }
        // Most runs have no cue word around them: leave those before any lookup.
        let after = (e < n && same_sentence(i, e)).then(|| word(e));
        let before = (i > 0 && same_sentence(i - 1, i)).then(|| word(i - 1));
        let maybe = after.is_some_and(|w| w == "," || is_reporting(w))
            || before.is_some_and(|w| is_reporting(w) || is_honorific(w))
            || (i..e).any(|k| is_honorific(word(k)));
        if !maybe {
            next_free = run_end;
            continue;
        }
        let mut s = i;
        let initial = sentence_start(i);
        // "Yesterday Leive said": the sentence's first capital says nothing.
        if initial && e - s >= 2 && class(s) & NAME_LISTS == 0 && !is_person_title(word(s)) {
            s += 1;
        }
        while s < e && is_person_title(word(s)) {
            s += 1;
        }
        let honorific = s > 0 && same_sentence(s - 1, s) && is_honorific(word(s - 1));
        // A word the lists know as something else, unless it is also a known name inside a
        // longer name ("Christian Wolmar", but not "Jordan" alone).
        let other = |k: usize| {
            let c = class(k);
            c & NOT_PERSON != 0 && (e - s == 1 || c & NAME_LISTS == 0)
        };
        if s == e || (s..e).any(other) {
            next_free = run_end;
            continue;
        }
        let single = e - s == 1;
        if (s..e).any(|k| NOT_NAMES.contains(&word(k))) {
            next_free = run_end;
            continue;
        }
        let next = |k: usize| (e + k < n && same_sentence(s, e + k)).then(|| word(e + k));
        let prev = |k: usize| (s > k && same_sentence(s - k - 1, s)).then(|| word(s - k - 1));
        let reporting = |w: Option<&str>| w.is_some_and(is_reporting);
        let closing_quote = |w: Option<&str>| w.is_some_and(|w| matches!(w, "”" | "\"" | "’"));
        let lower = |w: &str| w.starts_with(|c: char| c.is_lowercase());
        // Is the capital news, or would any word be capitalised here? It is after a
        // lower-case word, a comma, the quote closing "“…,”", or the sentence's first word
        // ("Yesterday Leive said"); not at the start of a sentence, after an opening quote,
        // a colon or a full stop inside the sentence.
        let informative = match prev(0) {
            None => false,
            Some(",") => true,
            Some(p) if closing_quote(Some(p)) => prev(1) == Some(","),
            Some(p) => lower(p) || (titlecase(p) && sentence_start(s - 1)),
        };
        let first_name = class(s) & crate::features::gaz::FIRST_NAME != 0;
        // A subject is not the object of a preposition ("a historian from Minneapolis
        // wrote", "the Messenger of Allah explains").
        let subject = !prev(0).is_some_and(|p| PREPOSITIONS.contains(&p));
        let cue = honorific
            // "…,” Leive said" / "Christian Wolmar said" / "Campbell said"
            || (reporting(next(0))
                && subject
                && (informative || first_name || (single && class(s) & NAME_LISTS != 0)))
            // "“…,” said Okonkwo"
            || (reporting(prev(0)) && closing_quote(prev(1)))
            // "Jutting, now 31," / "Okonkwo, 45,"
            || ((informative || first_name) && next(0) == Some(",") && {
                let k = if next(1) == Some("now") { 2 } else { 1 };
                next(k).is_some_and(is_age) && matches!(next(k + 1), Some("," | "-year-old"))
            })
            // "Christian Wolmar, who"
            || (first_name && !single && next(0) == Some(",") && next(1) == Some("who"));
        if cue {
            added.push((s, e, per));
        }
        next_free = run_end;
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort();
    }
}

/// Acronyms that name no organisation: technology, science, medicine, economics, time,
/// titles, and words written in capitals for emphasis.
const COMMON_ACRONYMS: &[&str] = &[
    "AI", "TV", "DNA", "RNA", "GDP", "GNP", "CPI", "CEO", "CFO", "CTO", "COO", "PM", "AM", "OK",
    "HIV", "AIDS", "COVID", "SARS", "UV", "LED", "LCD", "IQ", "MP", "MPs", "VIP", "IT", "ID", "PR",
    "HR", "UFO", "USB", "PC", "GPS", "SMS", "URL", "HTML", "PDF", "API", "CPU", "GPU", "RAM",
    "DVD", "CD", "EV", "EVs", "SUV", "ATM", "VAT", "GMT", "UTC", "BST", "EST", "PST", "CET", "FAQ",
    "RIP", "DIY", "LGBT", "LGBTQ", "ICU", "ER", "CT", "MRI", "PPE", "AD", "BC", "BCE", "CE", "PS",
    "NB", "TBA", "QC", "KC", "OBE", "MBE", "CBE", "PhD", "MA", "BA", "BSc", "MSc", "MBA", "IPO",
    "ETF", "M&A", "B2B", "R&D", "ESG", "CO", "NO", "NOT", "ALL", "THE", "AND", "OR", "IS", "YES",
    "VERY", "MUST", "NOW", "ONLY", "STOP", "NEW", "FREE", "BIG", "I", "A", "US", "UK", "USA", "EU",
    "VR", "AR", "SEO", "LNG", "LPG", "DUI", "CPA", "SVP", "VP", "EVP", "RFP", "VHS", "IRR", "ROI",
];

/// Everyday words that web text writes in capitals for emphasis ("We have NEVER been").
const SHOUTED: &[&str] = &[
    "YOU", "YOUR", "YET", "YAY", "WOW", "OMG", "LOL", "TOO", "TO", "OF", "IN", "ON", "AT", "BY",
    "FOR", "WITH", "NEVER", "EVER", "LOVE", "HATE", "HUGE", "HAVE", "HAS", "HAD", "GOOD", "BAD",
    "BEST", "WORST", "GREAT", "FIRST", "LAST", "UNLESS", "REALLY", "MUCH", "MORE", "MOST", "LESS",
    "WHY", "WHAT", "HOW", "WHO", "WHEN", "WHERE", "DO", "DID", "DONT", "CANT", "WILL", "WAS",
    "ARE", "BE", "BUT", "IF", "SO", "AS", "IT", "ME", "MY", "WE", "OUR", "HE", "SHE", "HIS", "HER",
    "THEY", "THIS", "THAT", "ANY", "EVERY", "SOME", "NONE", "HELP", "PLEASE", "THANKS", "SORRY",
    "WARNING", "NOTE", "UPDATE", "BREAKING", "WATCH", "READ", "HOT", "SALE", "END", "OUT", "UP",
    "OFF", "OVER", "AGAIN", "HERE", "THERE",
];

/// All-capital acronyms of two to six letters that nothing else tagged are organisations
/// in news ("GCHQ", "the RSPB said", "KFC"): in the news gold sets most acronyms are, while
/// the web text the model learns from is full of capitals for emphasis, so the model
/// leaves them out. Skipped: the common acronyms above, roman numerals, words the lists
/// know (places, nationalities), and capitals next to other capitals (a shouted headline
/// or part of a longer name).
pub(crate) fn acronym_orgs(
    text: &str,
    tokens: &[Token],
    sent_end: &[usize],
    starts: &[u32],
    org: usize,
    found: &mut Vec<(usize, usize, usize)>,
) {
    let n = tokens.len();
    let word = |i: usize| tokens[i].span.text(text);
    let caps = |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let same_sentence = |a: usize, b: usize| sent_end[a] != 0 && sent_end[a] == sent_end[b];
    let mut added = Vec::new();
    // Whether the sentence ending at token `.0` has an exclamation mark: the last sentence
    // looked at (acronyms come in text order, so each sentence is scanned once).
    let mut bang: Option<(usize, bool)> = None;
    let mut cursor = 0;
    for &i in starts {
        let i = i as usize;
        if i >= n {
            continue;
        }
        while cursor < found.len() && found[cursor].1 <= i {
            cursor += 1;
        }
        if covered_from(found, cursor, i) {
            continue;
        }
        let w = word(i);
        if w.len() > 6
            || !caps(w)
            || COMMON_ACRONYMS.contains(&w)
            || SHOUTED.contains(&w)
            || roman(w)
        {
            continue;
        }
        let near_capital = |j: usize| same_sentence(i, j) && capital(word(j));
        if (i > 0 && near_capital(i - 1) && caps(word(i - 1)))
            || (i + 1 < n && near_capital(i + 1))
            || gaz_class(w, hash_lower(w))
                & (crate::features::gaz::GPE
                    | crate::features::gaz::NATIONALITY
                    | crate::features::gaz::MONTH_OR_DAY
                    | crate::features::gaz::LANGUAGE)
                != 0
        {
            continue;
        }
        // "NZ $ 26 million": a currency's country code.
        if i + 1 < n && same_sentence(i, i + 1) && matches!(word(i + 1), "$" | "€" | "£") {
            continue;
        }
        // A sentence with an exclamation mark shouts ("Best YET!").
        let end = sent_end[i];
        let shouts = match bang {
            Some((e, b)) if e == end => b,
            _ => {
                let mut lo = i;
                while lo > 0 && same_sentence(lo - 1, i) {
                    lo -= 1;
                }
                let hi = end.clamp(i + 1, n);
                let from = tokens[lo].span.start();
                let to = tokens[hi - 1].span.end().max(from);
                let b = text.as_bytes()[from..to].contains(&b'!');
                bang = Some((end, b));
                b
            }
        };
        if shouts {
            continue;
        }
        added.push((i, i + 1, org));
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort();
    }
}

/// Whether token `k` is inside one of `found`, names in text order that do not overlap,
/// given the first of them, `from`, that ends after a token at or before `k`.
fn covered_from(found: &[(usize, usize, usize)], from: usize, k: usize) -> bool {
    found[from.min(found.len())..]
        .iter()
        .find(|f| f.1 > k)
        .is_some_and(|f| f.0 <= k)
}

/// A roman numeral ("II", "XIV"), as after a monarch's name or in a list.
fn roman(w: &str) -> bool {
    w.bytes()
        .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'))
}

/// A whole number a person's age can be (1 to 119).
fn is_age(w: &str) -> bool {
    w.len() <= 3 && w.parse::<u32>().is_ok_and(|a| (1..120).contains(&a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use strata_core::{Span, TokenKind};

    /// Words and single punctuation marks.
    fn tokenize(text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            let punct = c.is_ascii_punctuation() || matches!(c, '“' | '”' | '’');
            if c.is_whitespace() || punct {
                if let Some(s) = start.take() {
                    tokens.push(Token {
                        span: Span::new(text, s, i).unwrap(),
                        kind: TokenKind::Word,
                    });
                }
                if punct {
                    tokens.push(Token {
                        span: Span::new(text, i, i + c.len_utf8()).unwrap(),
                        kind: TokenKind::Punct,
                    });
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        tokens
    }

    /// The names `cue_names` adds to a one-sentence text, given the model's names as
    /// strings.
    fn check(text: &str, model: &[&str], expected: &[&str]) {
        let tokens = tokenize(text);
        let sent_end = vec![tokens.len(); tokens.len()];
        let mut found = Vec::new();
        for m in model {
            let at = text.find(m).unwrap();
            let s = tokens.iter().position(|t| t.span.start() == at).unwrap();
            let e = tokens
                .iter()
                .position(|t| t.span.end() == at + m.len())
                .unwrap()
                + 1;
            found.push((s, e, 0));
        }
        let before = found.clone();
        let starts: Vec<u32> = (0..tokens.len() as u32).collect();
        cue_names(text, &tokens, &sent_end, &starts, 0, &mut found);
        let added: Vec<&str> = found
            .iter()
            .filter(|f| !before.contains(f))
            .map(|&(s, e, _)| &text[tokens[s].span.start()..tokens[e - 1].span.end()])
            .collect();
        assert_eq!(added, expected, "{text}");
    }

    #[test]
    fn reporting_verbs_name_their_subject() {
        check("“It is late,” Okonkwo said.", &[], &["Okonkwo"]);
        check("“It is late,” said Okonkwo.", &[], &["Okonkwo"]);
        check(
            "Yesterday Leive told reporters it was late.",
            &[],
            &["Leive"],
        );
        check(
            "Christian Wolmar said it was late.",
            &[],
            &["Christian Wolmar"],
        );
        check(
            "The writer Günter de Bruyn said so.",
            &[],
            &["Günter de Bruyn"],
        );
        // A sentence's first capital needs more than the verb.
        check("Leive said it was late.", &[], &[]);
        check("Police said it was late.", &[], &[]);
        check("Officials said it was late.", &[], &[]);
        check("He said it was late.", &[], &[]);
        check("“It blew up.” He recalled the day.", &[], &[]);
        check("I'm sure my Mom told you.", &[], &[]);
        check("A historian from Minneapolis wrote to us.", &[], &[]);
        check(
            "John Wheeler put it so: “Matter tells space how to curve.”",
            &[],
            &[],
        );
        // What the lists know is something else stays out.
        check("Yesterday Azerbaijan said it was late.", &[], &[]);
        check("Yesterday Ministry said it was late.", &[], &[]);
    }

    #[test]
    fn honorifics_ages_and_relatives() {
        check("The doctors treated Ms Pugh at home.", &[], &["Pugh"]);
        check(
            "Two years later, Jutting, now 31, is on trial.",
            &[],
            &["Jutting"],
        );
        check("The driver, Okonkwo, 45, was unhurt.", &[], &["Okonkwo"]);
        check(
            "Christian Wolmar, who writes books, will stand.",
            &[],
            &["Christian Wolmar"],
        );
        // No cue: nothing added. Coordination with a person is too weak a cue ("Saturn
        // and Venus", "the Agreement and Special Provisions" in web text).
        check("The deal between Aoun and Hariri held.", &["Hariri"], &[]);
        check("Campbell went around to churches.", &[], &[]);
        check("Many are Bangladeshis, who work abroad.", &[], &[]);
        check("In 2019, 45 people came.", &[], &[]);
    }

    /// The organisations `acronym_orgs` adds to a one-sentence text.
    fn check_acronyms(text: &str, expected: &[&str]) {
        let tokens = tokenize(text);
        let sent_end = vec![tokens.len(); tokens.len()];
        let mut found = Vec::new();
        let starts: Vec<u32> = (0..tokens.len() as u32).collect();
        acronym_orgs(text, &tokens, &sent_end, &starts, 1, &mut found);
        let got: Vec<&str> = found
            .iter()
            .map(|&(s, e, _)| &text[tokens[s].span.start()..tokens[e - 1].span.end()])
            .collect();
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn acronyms_are_organisations_unless_common_or_shouted() {
        check_acronyms(
            "The RSPB said the course was certified by GCHQ.",
            &["RSPB", "GCHQ"],
        );
        check_acronyms("The AI boom lifted GDP and TV sales.", &[]);
        check_acronyms("Louis XIV ruled the US for a while.", &[]);
        check_acronyms("We have NEVER been so happy.", &[]);
        check_acronyms("Best ABC in town!", &[]);
        check_acronyms("It cost NZ $ 26 million.", &[]);
        // Next to other capitals: a headline, or part of a name the model should find.
        check_acronyms("BBC World Service staff left.", &[]);
        check_acronyms("CRTC HEARINGS BEGIN", &[]);
    }
}
