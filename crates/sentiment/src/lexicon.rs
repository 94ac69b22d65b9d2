//! The valence lexicon: words, multi-word expressions, stems, and the modifier words the
//! rules react to (negators, intensifiers, diminishers, contrast markers).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use rust_stemmers::{Algorithm, Stemmer};

const BASE: &str = include_str!("../data/vader_lexicon.tsv");
const NEWS: &str = include_str!("../data/news_additions.tsv");

/// Words that flip the valence of what follows them (within a short scope).
const NEGATORS: &[&str] = &[
    "not", "n't", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere",
    "without", "cannot", "cant", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent",
    "wont", "wouldnt", "shouldnt", "couldnt", "hasnt", "havent", "hadnt", "aint", "lack", "lacks",
    "lacking", "rarely", "seldom", "despite", "least",
];

/// Intensifiers (+) and diminishers (-): how much they push the next sentiment word away
/// from (or towards) zero, on the lexicon's scale.
const BOOSTERS: &[(&str, f32)] = &[
    ("absolutely", 0.3),
    ("amazingly", 0.3),
    ("awfully", 0.3),
    ("completely", 0.3),
    ("considerably", 0.3),
    ("decidedly", 0.3),
    ("deeply", 0.3),
    ("enormously", 0.3),
    ("entirely", 0.3),
    ("especially", 0.3),
    ("exceptionally", 0.3),
    ("extremely", 0.3),
    ("fully", 0.3),
    ("greatly", 0.3),
    ("highly", 0.3),
    ("hugely", 0.3),
    ("incredibly", 0.3),
    ("intensely", 0.3),
    ("most", 0.3),
    ("more", 0.2),
    ("particularly", 0.3),
    ("purely", 0.3),
    ("quite", 0.2),
    ("really", 0.3),
    ("remarkably", 0.3),
    ("so", 0.25),
    ("substantially", 0.3),
    ("thoroughly", 0.3),
    ("totally", 0.3),
    ("tremendously", 0.3),
    ("truly", 0.3),
    ("very", 0.3),
    ("firmly", 0.25),
    ("strongly", 0.3),
    ("seriously", 0.3),
    ("utterly", 0.3),
    ("deeply", 0.3),
    ("profoundly", 0.3),
    ("resolutely", 0.3),
    ("almost", -0.3),
    ("barely", -0.3),
    ("hardly", -0.3),
    ("kind of", -0.3),
    ("less", -0.3),
    ("little", -0.3),
    ("marginally", -0.3),
    ("occasionally", -0.3),
    ("partly", -0.3),
    ("scarcely", -0.3),
    ("slightly", -0.3),
    ("somewhat", -0.3),
    ("sort of", -0.3),
    ("relatively", -0.2),
    ("fairly", -0.2),
    ("rather", -0.2),
];

/// Words after which the rest of the sentence carries more weight than what came before.
const CONTRAST: &[&str] = &[
    "but",
    "however",
    "yet",
    "nevertheless",
    "nonetheless",
    "though",
];

/// Verbs and quantifiers that act against what follows: "reduce crime", "prevent abuse",
/// "fewer deaths" are good news. A sentiment word right after one is reversed and damped.
const REVERSERS: &[&str] = &[
    "reduce",
    "lower",
    "curb",
    "prevent",
    "avert",
    "stop",
    "combat",
    "fight",
    "tackle",
    "eliminate",
    "eradicate",
    "end",
    "ease",
    "alleviate",
    "overcome",
    "resist",
    "cure",
    "fix",
    "remedy",
    "prosecute",
    "punish",
    "deter",
    "discourage",
    "counter",
    "confront",
    "minimize",
    "minimise",
    "cut",
    "contain",
    "defeat",
    "ban",
    "outlaw",
    "forbid",
    "halt",
    "fewer",
    "less",
    "avoid",
    "escape",
    "survive",
    "expose",
    "relieve",
    "shrink",
    "fought",
];

/// Words that, after a negator, make it an idiom rather than a negation: "no doubt",
/// "not only", "no wonder", "not just", "no less", "nothing but".
pub(crate) const NOT_NEGATED_AFTER: &[&str] = &[
    "doubt", "only", "just", "wonder", "less", "but", "merely", "least",
];

/// Verbs of criticism (-1) and praise (+1) whose *object* receives their tone: "Warner
/// blasted Assange" is negative towards Assange, and says little about Warner.
const ROLE_VERBS: &[(&str, i8)] = &[
    ("accuse", -1),
    ("criticize", -1),
    ("criticise", -1),
    ("blast", -1),
    ("slam", -1),
    ("attack", -1),
    ("condemn", -1),
    ("denounce", -1),
    ("blame", -1),
    ("grill", -1),
    ("mock", -1),
    ("ridicule", -1),
    ("rebuke", -1),
    ("deride", -1),
    ("chastise", -1),
    ("lambaste", -1),
    ("lambast", -1),
    ("sue", -1),
    ("indict", -1),
    ("impeach", -1),
    ("oust", -1),
    ("assail", -1),
    ("excoriate", -1),
    ("berate", -1),
    ("scold", -1),
    ("insult", -1),
    ("fire", -1),
    ("oppose", -1),
    ("target", -1),
    ("smear", -1),
    ("vilify", -1),
    ("disparage", -1),
    ("denigrate", -1),
    ("fault", -1),
    ("question", -1),
    ("investigate", -1),
    ("probe", -1),
    ("charge", -1),
    ("convict", -1),
    ("arrest", -1),
    ("praise", 1),
    ("hail", 1),
    ("laud", 1),
    ("applaud", 1),
    ("thank", 1),
    ("endorse", 1),
    ("back", 1),
    ("support", 1),
    ("defend", 1),
    ("congratulate", 1),
    ("commend", 1),
    ("champion", 1),
    ("welcome", 1),
    ("honor", 1),
    ("honour", 1),
    ("celebrate", 1),
    ("admire", 1),
    ("credit", 1),
    ("salute", 1),
    ("elect", 1),
    ("reelect", 1),
];

/// Regular inflections of a verb: base, -s, -ed, -ing (with the usual spelling changes).
fn inflect(base: &str) -> Vec<String> {
    let mut out = vec![base.to_string()];
    if let Some(stem) = base.strip_suffix('e') {
        out.push(format!("{base}s"));
        out.push(format!("{base}d"));
        out.push(format!("{stem}ing"));
    } else if let Some(stem) = base.strip_suffix('y') {
        out.push(format!("{stem}ies"));
        out.push(format!("{stem}ied"));
        out.push(format!("{base}ing"));
    } else {
        let b = base.as_bytes();
        let n = b.len();
        // Short consonant-vowel-consonant verbs double: slam -> slammed.
        let double = (3..=4).contains(&n)
            && !b"aeiouwxy".contains(&b[n - 1])
            && b"aeiou".contains(&b[n - 2])
            && !b"aeiou".contains(&b[n - 3]);
        let root = if double {
            format!("{base}{}", b[n - 1] as char)
        } else {
            base.to_string()
        };
        out.push(format!(
            "{base}{}",
            if base.ends_with('s') || base.ends_with("sh") || base.ends_with("ch") {
                "es"
            } else {
                "s"
            }
        ));
        out.push(format!("{root}ed"));
        out.push(format!("{root}ing"));
    }
    out
}

/// Suffixes that make a word an inflection of its stem.
const INFLECTIONS: &[&str] = &["", "e", "s", "es", "ed", "d", "ing", "y", "ies", "ied"];

/// FNV-1a: lexicon keys are short words looked up once per token, where a keyed
/// DoS-resistant hash costs more than the lookup itself (the keys are our own data).
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type Map<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

/// What the lexicon knows about one lowercased word.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Entry {
    /// Valence on the -4..4 scale (0 when the word has none).
    pub valence: f32,
    /// Booster strength (0 when not a booster).
    pub boost: f32,
    pub negator: bool,
    pub contrast: bool,
    /// Reverses the sentiment word it governs ("reduce", "prevent", "fewer").
    pub reverser: bool,
    /// Tone a verb of criticism (-1) or praise (+1) gives its object; 0 otherwise.
    pub role: i8,
    /// Opens a new clause for targeted sentiment ("but", "while", "who").
    pub clause: bool,
    /// Opens a conditional clause ("if", "unless", "whether").
    pub conditional: bool,
}

/// The lexicon, built once at plugin construction.
#[derive(Debug)]
pub struct Lexicon {
    words: Map<Entry>,
    /// Multi-word expressions by their first word: (remaining words, valence), longest first.
    phrases: Map<Vec<(Vec<String>, f32)>>,
    /// Valence by English Snowball stem, for inflections the word list lacks.
    stems: Map<f32>,
}

impl Lexicon {
    /// The built-in lexicon: the base word list plus Strata's news additions plus `extra`
    /// user entries (which win).
    pub fn builtin(extra: &[(String, f32)]) -> Lexicon {
        let mut lex = Lexicon {
            words: Map::with_capacity_and_hasher(8192, Default::default()),
            phrases: Map::default(),
            stems: Map::with_capacity_and_hasher(8192, Default::default()),
        };
        for (term, v) in parse_tsv(BASE).chain(parse_tsv(NEWS)) {
            lex.add(term, v);
        }
        for (term, v) in extra {
            lex.add(term, *v);
        }
        for &n in NEGATORS {
            lex.words.entry(n.to_string()).or_default().negator = true;
        }
        for &(b, s) in BOOSTERS {
            if !b.contains(' ') {
                lex.words.entry(b.to_string()).or_default().boost = s;
            }
        }
        for &r in REVERSERS {
            for w in inflect(r) {
                lex.words.entry(w).or_default().reverser = true;
            }
        }
        for &(v, r) in ROLE_VERBS {
            for w in inflect(v) {
                lex.words.entry(w).or_default().role = r;
            }
        }
        // "vote against X": the object of "against" receives its tone too.
        lex.words.entry("against".to_string()).or_default().role = -1;
        for &c in crate::CLAUSE_WORDS {
            lex.words.entry(c.to_string()).or_default().clause = true;
        }
        for c in ["if", "unless", "whether"] {
            lex.words.entry(c.to_string()).or_default().conditional = true;
        }
        for &c in CONTRAST {
            lex.words.entry(c.to_string()).or_default().contrast = true;
        }
        // Stem index: average valence of the words sharing a stem.
        let stemmer = Stemmer::create(Algorithm::English);
        let mut acc: HashMap<String, (f32, u32)> = HashMap::new();
        for (w, e) in &lex.words {
            if e.valence != 0.0 && w.chars().all(|c| c.is_alphabetic()) {
                let s = stemmer.stem(w).into_owned();
                // Only inflections share a stem's valence: "cherished" lends to "cherish",
                // but "wonderful" must not lend its valence to "wonder".
                let inflection = w
                    .strip_prefix(s.as_str())
                    .is_some_and(|suffix| INFLECTIONS.contains(&suffix));
                if !inflection {
                    continue;
                }
                let a = acc.entry(s).or_insert((0.0, 0));
                a.0 += e.valence;
                a.1 += 1;
            }
        }
        lex.stems = acc
            .into_iter()
            .map(|(s, (v, n))| (s, v / n as f32))
            .collect();
        for list in lex.phrases.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        }
        lex
    }

    fn add(&mut self, term: &str, valence: f32) {
        let term = term.trim().to_lowercase();
        let mut parts = term.split(' ').filter(|p| !p.is_empty());
        let Some(first) = parts.next() else { return };
        let rest: Vec<String> = parts.map(str::to_string).collect();
        if rest.is_empty() {
            // Tokenizers split "win-win" into "win", "-", "win": match that too (words
            // only: emoticons such as ":-)" stay single entries).
            if term.contains('-')
                && term
                    .split('-')
                    .all(|w| !w.is_empty() && w.chars().all(char::is_alphabetic))
            {
                let mut pieces = term.split('-');
                let head = pieces.next().unwrap_or_default().to_string();
                let mut tail = Vec::new();
                for piece in pieces {
                    tail.push("-".to_string());
                    tail.push(piece.to_string());
                }
                if tail.iter().all(|t| !t.is_empty()) {
                    let list = self.phrases.entry(head).or_default();
                    list.retain(|(r, _)| *r != tail);
                    list.push((tail, valence));
                }
            }
            self.words.entry(term).or_default().valence = valence;
        } else {
            let list = self.phrases.entry(first.to_string()).or_default();
            list.retain(|(r, _)| *r != rest);
            list.push((rest, valence));
        }
    }

    /// The entry of a lowercased word.
    #[inline]
    pub fn word(&self, w: &str) -> Option<&Entry> {
        self.words.get(w)
    }

    /// Valence by stem.
    #[inline]
    pub fn stem(&self, s: &str) -> Option<f32> {
        self.stems.get(s).copied()
    }

    /// Whether some multi-word expression starts with `w`.
    #[inline]
    pub fn starts_phrase(&self, w: &str) -> bool {
        self.phrases.contains_key(w)
    }

    /// The longest phrase starting at `words[0]`: (number of words, valence).
    pub fn phrase<'a>(&self, words: impl Fn(usize) -> Option<&'a str>) -> Option<(usize, f32)> {
        let first = words(0)?;
        let list = self.phrases.get(first)?;
        'outer: for (rest, v) in list {
            for (i, r) in rest.iter().enumerate() {
                if words(i + 1) != Some(r.as_str()) {
                    continue 'outer;
                }
            }
            return Some((rest.len() + 1, *v));
        }
        None
    }

    /// Number of single-word entries (for tests and `strata plugins`).
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

fn parse_tsv(data: &str) -> impl Iterator<Item = (&str, f32)> {
    data.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (term, v) = l.split_once('\t')?;
            Some((term, v.trim().parse().ok()?))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_phrases_and_stems() {
        let lex = Lexicon::builtin(&[("zorbly".into(), 1.5)]);
        assert!(lex.len() > 7000);
        assert!(lex.word("good").unwrap().valence > 1.0);
        assert!(lex.word("not").unwrap().negator);
        assert!(lex.word("very").unwrap().boost > 0.0);
        assert!(lex.word("but").unwrap().contrast);
        assert!(lex.word("reduces").unwrap().reverser);
        assert_eq!(lex.word("slammed").unwrap().role, -1);
        assert_eq!(lex.word("praising").unwrap().role, 1);
        assert_eq!(lex.word("criticized").unwrap().role, -1);
        assert_eq!(lex.word("accuses").unwrap().role, -1);
        assert_eq!(lex.word("zorbly").unwrap().valence, 1.5);
        assert!(lex.word("fruitful").unwrap().valence > 0.0);
        let words = ["firmly", "opposes", "x"];
        let (n, v) = lex.phrase(|i| words.get(i).copied()).unwrap();
        assert_eq!(n, 2);
        assert!(v < -2.0);
        // "condemning" is not in the word list; "condemn"/"condemns" share its stem.
        assert!(lex.word("condemning").is_none_or(|e| e.valence == 0.0));
        assert!(lex.stem("condemn").unwrap() < 0.0);
        // Derivations do not lend valence: "wonderful" does not make "wonder" positive.
        assert!(lex.stem("wonder").is_none_or(|v| v.abs() < 1.0));
    }
}
