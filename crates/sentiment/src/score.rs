//! The rules: valence of a run of tokens with negation, boosters, emphasis and contrast.

use strata_core::Score;

use crate::lexicon::{Entry, Lexicon};

/// One token prepared for scoring.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tok {
    /// Range of the lowercased, apostrophe-normalised word in [`Prepared::buf`].
    lower: (u32, u32),
    /// What the lexicon knows about the word, looked up once; its valence falls back to
    /// the stem's for inflections the word list lacks.
    pub entry: Entry,
    /// A multi-word expression may start here.
    phrase: bool,
    /// All letters upper case and at least two of them.
    caps: bool,
    /// Has at least one letter.
    wordy: bool,
    /// A comma, semicolon, colon, dash or bracket: negation and boosters do not cross it.
    pub clause_break: bool,
    exclaim: bool,
    question: bool,
}

/// The tokens of a document, lowercased once into one buffer.
#[derive(Debug, Default)]
pub struct Prepared {
    buf: String,
    pub toks: Vec<Tok>,
}

impl Prepared {
    /// Prepares `words` (token texts), their optional stems, and whether each is glued to
    /// both neighbours (no space either side: the hyphen of "self-professed" joins a
    /// compound and breaks no clause): lowercases each word once into one buffer and looks
    /// it up once (no allocation per token).
    pub fn new<'a>(
        lex: &Lexicon,
        words: impl Iterator<Item = (&'a str, Option<&'a str>, bool)>,
    ) -> Prepared {
        let mut p = Prepared::default();
        p.toks.reserve(words.size_hint().0);
        p.buf.reserve(words.size_hint().0 * 6);
        for (w, stem, glued) in words {
            let start = p.buf.len() as u32;
            let mut letters = 0usize;
            let mut upper = 0usize;
            for c in w.chars() {
                if c.is_alphabetic() {
                    letters += 1;
                    if c.is_uppercase() {
                        upper += 1;
                    }
                }
                match c {
                    '’' | '‘' | '`' => p.buf.push('\''),
                    c if c.is_ascii() => p.buf.push(c.to_ascii_lowercase()),
                    c => p.buf.extend(c.to_lowercase()),
                }
            }
            let end = p.buf.len() as u32;
            let lower = &p.buf[start as usize..end as usize];
            let first = w.chars().next().unwrap_or(' ');
            let wordy = letters > 0;
            let capitalised = first.is_uppercase();
            let mut entry = lex.word(lower).copied().unwrap_or_default();
            if entry.valence == 0.0
                && entry.boost == 0.0
                && !entry.negator
                && wordy
                && !capitalised
                && let Some(s) = stem.filter(|s| !s.is_empty())
            {
                entry.valence = lex.stem(s).unwrap_or(0.0);
            }
            let phrase = lex.starts_phrase(lower);
            p.toks.push(Tok {
                lower: (start, end),
                entry,
                phrase,
                caps: letters >= 2 && upper == letters,
                wordy,
                clause_break: w.len() <= 3
                    && matches!(first, ',' | ';' | ':' | '—' | '–' | '(' | ')' | '-')
                    && !(glued && w == "-"),
                exclaim: w.starts_with('!'),
                question: w.starts_with('?'),
            });
        }
        p
    }

    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        let (a, b) = self.toks[i].lower;
        &self.buf[a as usize..b as usize]
    }
}

/// Tunable constants of the rules, with the values Strata ships.
#[derive(Clone, Copy, Debug)]
pub struct Params {
    /// Normalisation: compound = s / sqrt(s^2 + alpha).
    pub alpha: f32,
    /// Added to `alpha` per neutral word: one strong word in a long sentence counts less.
    pub length: f32,
    /// Factor applied to a negated positive valence ("not good").
    pub negation: f32,
    /// Factor applied to a negated negative valence ("not bad", "no crisis"): weaker than
    /// for positive words, since denying something bad rarely praises.
    pub negation_negative: f32,
    /// Extra valence for an all-caps word in a mixed-case sentence.
    pub caps: f32,
    /// Extra valence per "!" (at most four count).
    pub exclaim: f32,
    /// Weights before and after a contrast word.
    pub before_contrast: f32,
    pub after_contrast: f32,
    /// How many tokens back negators and boosters reach.
    pub scope: usize,
    /// Factor applied to a sentiment word governed by a reverser ("reduce crime").
    pub reverse: f32,
    /// Factor on a negator's own lexicon valence ("no" is -1.2 in the base list).
    pub negator_valence: f32,
    /// Subtracted from every word's |valence| before the rules (weak words are noise).
    pub floor: f32,
    /// Factor on negative word valences: readers of news weigh harm more than praise
    /// (praise words are often routine there: "good faith", "help", "well").
    pub negative: f32,
    /// Factor applied to a sentence that ends in a single question mark.
    pub question: f32,
    /// Factor on words in a conditional clause ("if", "unless", "whether" up to the next
    /// clause break): a condition states no fact.
    pub irrealis: f32,
    /// Targets: valence (lexicon scale) a verb of criticism or praise gives its object.
    pub role_object: f32,
    /// Targets: factor left of such a verb's own valence when the target is its subject.
    pub role_agent: f32,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            alpha: 5.0,
            length: 1.0,
            negation: -0.74,
            negation_negative: -0.3,
            caps: 0.733,
            exclaim: 0.292,
            before_contrast: 0.5,
            after_contrast: 1.2,
            scope: 3,
            reverse: -0.5,
            question: 0.7,
            irrealis: 0.7,
            negative: 1.3,
            negator_valence: 0.5,
            floor: 0.2,
            role_object: 3.0,
            role_agent: 0.3,
        }
    }
}

/// The result of scoring a run of tokens, before normalisation.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Raw {
    pub sum: f32,
    pub pos: f32,
    pub neg: f32,
    pub neutral: f32,
}

impl Raw {
    pub fn add(&mut self, other: Raw) {
        self.sum += other.sum;
        self.pos += other.pos;
        self.neg += other.neg;
        self.neutral += other.neutral;
    }

    /// Compound in [-1, 1] and proportions.
    pub fn score(self, p: &Params) -> Score {
        let compound = if self.sum == 0.0 {
            0.0
        } else {
            let alpha = p.alpha + p.length * self.neutral;
            (self.sum / (self.sum * self.sum + alpha).sqrt()).clamp(-1.0, 1.0)
        };
        let total = self.pos + self.neg + self.neutral;
        if total == 0.0 {
            return Score {
                compound,
                ..Score::default()
            };
        }
        Score {
            compound,
            positive: self.pos / total,
            negative: self.neg / total,
            neutral: self.neutral / total,
        }
    }
}

/// Scores tokens `range` of `p` as one unit (a sentence or a part of one).
pub fn score_range(
    lex: &Lexicon,
    params: &Params,
    p: &Prepared,
    range: std::ops::Range<usize>,
) -> Raw {
    let (a, b) = (range.start, range.end.min(p.toks.len()));
    if a >= b {
        return Raw::default();
    }
    let mixed_case = p.toks[a..b].iter().any(|t| t.wordy && !t.caps);
    let contrast_at = (a..b).rev().find(|&i| p.toks[i].entry.contrast);
    let entry = |i: usize| p.toks[i].entry;

    let mut raw = Raw::default();
    let mut exclaims = 0u32;
    let mut questions = 0u32;
    let mut irrealis = false;
    let mut i = a;
    while i < b {
        let t = p.toks[i];
        if t.clause_break {
            irrealis = false;
        } else if t.entry.conditional {
            irrealis = true;
        }
        exclaims += u32::from(t.exclaim);
        questions += u32::from(t.question);
        let hit = if t.phrase {
            lex.phrase(|k| (i + k < b).then(|| p.lower(i + k)))
        } else {
            None
        };
        let (n, v) = hit.unwrap_or((1, t.entry.valence));
        // Weak lexicon valences are mostly noise in news: shrink every word towards zero.
        let v0 = v.abs() - params.floor;
        let mut v = if v0 <= 0.0 {
            0.0
        } else if v > 0.0 {
            v0
        } else {
            -v0 * params.negative
        };
        if v != 0.0 && n == 1 && t.entry.negator {
            // A negator's own tone ("no" is negative in the base list) is spent on the
            // sentiment word it flips ("no crisis"); alone ("no, she said") it counts part.
            let governs = (i + 1..b.min(i + 1 + params.scope))
                .take_while(|&j| !p.toks[j].clause_break)
                .any(|j| p.toks[j].entry.valence != 0.0 && !p.toks[j].entry.negator);
            v = if governs {
                0.0
            } else {
                v * params.negator_valence
            };
        }
        if v == 0.0 {
            if t.wordy && t.entry.boost == 0.0 && !t.entry.negator {
                raw.neutral += 1.0;
            }
            i += n;
            continue;
        }
        let sign = v.signum();
        // Boosters and negators in the few tokens before, not across a clause break.
        let mut negated = false;
        let mut reversed = false;
        for k in 1..=params.scope {
            if i < a + k {
                break;
            }
            let j = i - k;
            if p.toks[j].clause_break {
                break;
            }
            let e = entry(j);
            if e.boost != 0.0 {
                v += sign * e.boost * (1.0 - 0.05 * (k - 1) as f32);
            }
            if e.negator && !idiom_not_negation(p, j, b) {
                negated = true;
            }
            if e.reverser {
                reversed = true;
            }
        }
        if t.caps && mixed_case {
            v += sign * params.caps;
        }
        if negated {
            v *= if sign < 0.0 {
                params.negation_negative
            } else {
                params.negation
            };
        } else if reversed {
            v *= params.reverse;
        }
        if irrealis {
            v *= params.irrealis;
        }
        if let Some(c) = contrast_at {
            if i < c {
                v *= params.before_contrast;
            } else if i > c {
                v *= params.after_contrast;
            }
        }
        raw.sum += v;
        if v > 0.0 {
            raw.pos += v + 1.0;
        } else {
            raw.neg += -v + 1.0;
        }
        i += n;
    }
    if questions == 1
        && p.toks[a..b]
            .iter()
            .rev()
            .find(|t| t.wordy || t.question || t.exclaim)
            .is_some_and(|t| t.question)
    {
        // A question puts its sentiment up for debate rather than asserting it.
        raw.sum *= params.question;
    }
    if raw.sum != 0.0 {
        let emph = exclaims.min(4) as f32 * params.exclaim
            + if questions > 1 {
                questions.min(3) as f32 * 0.18
            } else {
                0.0
            };
        raw.sum += raw.sum.signum() * emph;
        if raw.sum > 0.0 {
            raw.pos += emph;
        } else {
            raw.neg += emph;
        }
    }
    raw
}

/// Whether the negator at `j` is part of an idiom that does not negate ("no doubt", "not
/// only", "no wonder", "nothing but"), or is "least" in "at least".
fn idiom_not_negation(p: &Prepared, j: usize, end: usize) -> bool {
    let w = p.lower(j);
    if w == "least" {
        return j > 0 && p.lower(j - 1) == "at";
    }
    j + 1 < end && crate::lexicon::NOT_NEGATED_AFTER.contains(&p.lower(j + 1))
}
