//! # strata-sentiment: the tone of documents, sentences, quotes, speakers and entities
//!
//! `sentiment.lexicon` scores text with a valence lexicon and a handful of rules, the way
//! analysts of news expect a transparent, fast scorer to behave: every number can be traced
//! back to the words that produced it.
//!
//! **Lexicon.** The base word list is the VADER lexicon (MIT; C.J. Hutto, see NOTICE): about
//! 7,500 words, emoticons and a few phrases with a mean human valence on a -4..4 scale. We
//! add our own entries for news and diplomatic language it lacks (`data/news_additions.tsv`:
//! "fruitful", "mutually beneficial", "firmly opposes", "provocation", "separatist",
//! "breakthrough", ...), and users add theirs with the `entries` setting. A word the list
//! lacks is looked up by its Snowball stem (from the `stems` layer when `stem.snowball` ran),
//! so "cherishes" finds "cherish".
//!
//! **Rules** (our implementation, in [`score`]): a negator ("not", "n't", "never", "without")
//! up to three tokens before a sentiment word flips and dampens it, a negative word much
//! more than a positive one ("not good" is bad, but "no crisis" is only mildly good news:
//! denying harm rarely praises); intensifiers ("very",
//! "firmly") and diminishers ("slightly") in the same window push it away from or towards
//! zero; a reverser ("reduce", "prevent", "fewer") in that window turns the word around and
//! damps it ("fewer deaths" is good news); idioms are not negations ("no doubt", "not
//! only", "no wonder", "at least"). These windows never cross a comma, colon, semicolon or
//! dash. An all-caps word in a mixed-case sentence and exclamation marks add emphasis; after
//! a contrast word ("but", "however") the rest of the sentence weighs more than what came
//! before; a sentence that is a single question asserts its tone less, and so does a
//! conditional clause ("if", "unless", "whether" up to the next clause break); multi-word
//! expressions are matched before single words, and some of ours have no tone at all so
//! that their words lose theirs ("health care", "United Nations", "as well"). Every valence
//! is first shrunk towards zero by a small constant (the weakest words of the base list are
//! mostly noise in news), negative valences weigh 1.3 times their positive counterparts
//! (readers of news weigh harm more than praise, and praise words are often routine there:
//! "good faith", "help"), and a negator's own valence ("no" is negative in the base list)
//! is spent on the word it flips, or counts half when it flips nothing. A hyphen glued to
//! the words either side ("self-professed", split into three tokens) joins them: it breaks
//! no clause, and hyphenated lexicon entries ("win-win", "so-called") match the three
//! tokens. The sum is squashed into a compound score in [-1, 1] by
//! `s / sqrt(s^2 + alpha + length * n)` with `n` the number of neutral words, so one strong
//! word in a long sentence says less than in a short one; positive, negative and neutral
//! proportions come with it. The constants ([`Params`]) were set on the dev sets as a
//! handful of global numbers, never per word.
//!
//! **Levels.** Sentences are scored one by one; the document's compound is the mean over
//! sentences that carry sentiment (|compound| >= `document_min`: a neutral sentence says
//! nothing about tone, and news is mostly neutral sentences; when no sentence clears it,
//! the whole text's weak tone is kept rather than zero); a quote is scored over the
//! tokens inside it; a speaker's score is the mean over their quotes; an entity target (a
//! name cluster, or a span the input named in `targets`) is scored from the *clauses* that
//! mention it: the tokens between the nearest clause breaks (punctuation, "but", "while",
//! "although", ...) around each mention, the mention itself left out, extended past an
//! aside between commas after a subject to its predicate ("Gardner, in a series of posts,
//! threatened ..."), and over a relative clause that follows it ("the senator, who was
//! widely admired"), plus a role cue: the object of a verb of criticism or praise ("the
//! senator blasted *the minister*", "*the minister* was praised", "vote against *her*")
//! receives its tone, and the agent after "by" does not ("was blasted by *the senator*");
//! for the verb's subject or agent its own valence mostly drops out (attacking says more
//! about the one attacked). The rest of the sentence is deliberately ignored: news
//! sentences often praise one person and attack another; on NewsMTSC dev the clause alone
//! beats the sentence score, and adding a share of the rest of the sentence, even only when
//! the clause has no tone, lowered macro-F1. A target's polarity is positive or negative beyond a narrow neutral
//! band (`neutral_band`), otherwise neutral.
//!
//! **Accuracy** (default pipeline, `strata eval --gold data/eval/<set>/dev.jsonl`): on
//! vader_nyt dev, Pearson r 0.560 and Spearman 0.530 against the mean human rating (VADER
//! 0.509); on newsmtsc_rw dev (targets given in the input), macro-F1 0.631 and accuracy
//! 0.650 (VADER's sentence score as the target's polarity: 0.508); on the seed documents
//! the tone's sign is right on all five, |error| at most 0.25. Tuned rules and constants
//! were kept only if they helped on both halves of each dev file, split by article (nyt r
//! 0.557 / 0.563, newsmtsc macro-F1 0.637 / 0.624 on the two halves); the glued-hyphen
//! and passive-agent fixes are kept as corrections although they did not raise dev
//! scores. About 0.03 of the NewsMTSC figure comes from 16 news-tone words first noticed
//! in dev errors ("lackluster", "tainted", "under the bus"): general words, but expect a
//! smaller gain on held-out text.
//!
//! **Speed.** Each token is lowercased once into one shared buffer and looked up once
//! (lexicon entry, stem fallback and phrase start cached per token, FNV-hashed maps); the
//! rules then read only that cache, and quotes and targets find their sentence by binary
//! search, so every level is linear in the document.

mod lexicon;
pub mod score;

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use serde::Deserialize;
use strata_core::{
    AnnotateError, Annotator, BuildError, Document, Layer, LayerSet, PluginFactory, Polarity,
    Score, Sentiment, SettingDoc, Settings, Span, SpanScore, SpeakerScore, TargetScore,
    parse_settings,
};

pub use lexicon::{Entry, Lexicon};
pub use score::Params;
use score::{Prepared, Raw, score_range};

const NAME: &str = "sentiment.lexicon";

/// Words that open a new clause for targeted sentiment.
pub(crate) const CLAUSE_WORDS: &[&str] = &[
    "but", "however", "while", "whereas", "although", "though", "yet", "because", "after",
    "before", "despite", "unlike", "who", "which", "that",
];

/// A user lexicon entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntrySetting {
    pub term: String,
    pub valence: f32,
}

/// Settings of `sentiment.lexicon`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SentimentSettings {
    /// Extra lexicon entries (words or phrases), valence on -4..4; they override built-ins.
    pub entries: Vec<EntrySetting>,
    /// Compound scores within +-band are neutral for target polarity.
    pub neutral_band: f32,
    /// Sentences with |compound| below this do not count towards the document score.
    pub document_min: f32,
}

impl Default for SentimentSettings {
    fn default() -> Self {
        SentimentSettings {
            entries: Vec::new(),
            neutral_band: 0.05,
            document_min: 0.1,
        }
    }
}

/// The scorer: a lexicon and the rules' parameters.
pub struct SentimentScorer {
    lex: Arc<Lexicon>,
    params: Params,
    settings: SentimentSettings,
}

fn builtin_lexicon() -> Arc<Lexicon> {
    static LEX: OnceLock<Arc<Lexicon>> = OnceLock::new();
    LEX.get_or_init(|| Arc::new(Lexicon::builtin(&[]))).clone()
}

impl SentimentScorer {
    pub fn new(settings: SentimentSettings) -> SentimentScorer {
        let lex = if settings.entries.is_empty() {
            builtin_lexicon()
        } else {
            let extra: Vec<(String, f32)> = settings
                .entries
                .iter()
                .map(|e| (e.term.clone(), e.valence))
                .collect();
            Arc::new(Lexicon::builtin(&extra))
        };
        SentimentScorer {
            lex,
            params: Params::default(),
            settings,
        }
    }

    /// The same scorer with other rule constants (for experiments and tuning).
    pub fn with_params(mut self, params: Params) -> SentimentScorer {
        self.params = params;
        self
    }

    fn polarity(&self, score: f32) -> Polarity {
        if score > self.settings.neutral_band {
            Polarity::Positive
        } else if score < -self.settings.neutral_band {
            Polarity::Negative
        } else {
            Polarity::Neutral
        }
    }

    /// The clause around token `i` inside token range `sent`: from the last clause break
    /// before it to the first one after it.
    fn clause(
        &self,
        p: &Prepared,
        sent: std::ops::Range<usize>,
        lo: usize,
        hi: usize,
    ) -> std::ops::Range<usize> {
        // A clause reaches at most MAX_CLAUSE tokens either side of the mention, so that
        // many mentions in one endless unpunctuated "sentence" stay linear.
        const MAX_CLAUSE: usize = 40;
        let sent = sent.start.max(lo.saturating_sub(MAX_CLAUSE))..sent.end.min(hi + MAX_CLAUSE);
        let is_break = |j: usize| p.toks[j].clause_break || p.toks[j].entry.clause;
        let mut a = lo;
        while a > sent.start && !is_break(a - 1) {
            a -= 1;
        }
        let mut b = hi;
        while b < sent.end && !is_break(b) {
            b += 1;
        }
        // A clause that is only the mention says nothing: widen to the next clause. When
        // that is an aside between commas after a subject ("Gardner, in a series of
        // tweets, threatened ..."), the predicate after it is what the sentence says
        // about the subject: widen once more.
        if b - a <= hi - lo + 1 && b < sent.end {
            b += 1;
            while b < sent.end && !is_break(b) {
                b += 1;
            }
            if a == lo && b < sent.end && p.lower(hi) == "," && p.lower(b) == "," {
                b += 1;
                while b < sent.end && !is_break(b) {
                    b += 1;
                }
            }
        }
        // A relative clause right after the mention describes it: "the senator, whose
        // campaign has faltered".
        let relative = |j: usize| matches!(p.lower(j), "who" | "whose");
        let rel_at = if b < sent.end && relative(b) {
            Some(b)
        } else if b == hi && b + 1 < sent.end && p.toks[b].clause_break && relative(b + 1) {
            Some(b + 1)
        } else {
            None
        };
        if let Some(r) = rel_at {
            b = r + 1;
            while b < sent.end && !is_break(b) {
                b += 1;
            }
        }
        a..b
    }

    /// Valence a verb of criticism or praise adds for a target in clause `clause` at tokens
    /// `lo..hi`. As its object ("X blasted *Y*", or passive "*Y* was blasted") the target
    /// receives the verb's tone; as its subject ("*X* blasted Y") the verb's own lexicon
    /// valence, already counted in the clause, is mostly taken back: attacking someone says
    /// more about the one attacked.
    fn role_adjustment(
        &self,
        p: &Prepared,
        clause: std::ops::Range<usize>,
        lo: usize,
        hi: usize,
    ) -> f32 {
        const PASSIVE: &[&str] = &[
            "is", "was", "were", "are", "be", "been", "being", "got", "get", "gets",
        ];
        const OBJECT_REACH: usize = 4;
        const SUBJECT_REACH: usize = 5;
        let mut adj = 0.0;
        let start = clause.start.max(lo.saturating_sub(OBJECT_REACH));
        // "Y was blasted by *X*": after "by" the target is the agent, not the object.
        let agent = lo > clause.start && p.lower(lo - 1) == "by";
        for j in start..lo {
            let e = p.toks[j].entry;
            if e.role != 0 {
                if agent {
                    adj -= e.valence * (1.0 - self.params.role_agent);
                } else {
                    adj += f32::from(e.role) * self.params.role_object;
                }
            }
        }
        for j in hi..clause.end.min(hi + SUBJECT_REACH) {
            let e = p.toks[j].entry;
            if e.role == 0 {
                continue;
            }
            let passive = j > hi && PASSIVE.contains(&p.lower(j - 1))
                || j > hi + 1 && PASSIVE.contains(&p.lower(j - 2));
            if passive {
                adj += f32::from(e.role) * self.params.role_object;
            } else {
                adj -= e.valence * (1.0 - self.params.role_agent);
            }
            break;
        }
        adj
    }

    /// Scores a target given by byte span: clauses around it, falling back to the sentence.
    fn target_score(
        &self,
        doc: &Document,
        p: &Prepared,
        sent_ranges: &[(Span, std::ops::Range<usize>)],
        mention: Span,
    ) -> Option<(f32, Span)> {
        let tokens = doc.tokens.as_ref()?;
        let si = sent_ranges.partition_point(|(s, _)| s.end() <= mention.start());
        let (_, sent) = sent_ranges.get(si)?;
        let tr = doc.token_range(mention);
        if tr.is_empty() {
            return None;
        }
        let clause = self.clause(p, sent.clone(), tr.start, tr.end);
        let mut raw = score_range(&self.lex, &self.params, p, clause.start..tr.start);
        raw.add(score_range(&self.lex, &self.params, p, tr.end..clause.end));
        raw.sum += self.role_adjustment(p, clause.clone(), tr.start, tr.end);

        let s = raw.score(&self.params).compound;
        let span = tokens[clause.start]
            .span
            .cover(tokens[clause.end.max(clause.start + 1) - 1].span);
        Some((s, span))
    }
}

impl Annotator for SentimentScorer {
    fn requires(&self) -> LayerSet {
        LayerSet::from([Layer::TOKENS, Layer::SENTENCES])
    }

    fn provides(&self) -> LayerSet {
        LayerSet::from([Layer::SENTIMENT])
    }

    fn annotate(&self, doc: &mut Document) -> Result<(), AnnotateError> {
        doc.require(&Layer::TOKENS)?;
        doc.require(&Layer::SENTENCES)?;
        let text = doc.text();
        let tokens = doc.tokens.as_deref().unwrap_or_default();
        let stems = doc.stems.as_ref().filter(|s| s.len() == tokens.len());
        // A hyphen glued to the words either side joins a compound ("self-professed",
        // "so-called"); only a free-standing dash ends a clause.
        let glued = |i: usize| {
            i > 0
                && tokens[i - 1].span.end() == tokens[i].span.start()
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.span.start() == tokens[i].span.end())
        };
        let p = Prepared::new(
            &self.lex,
            tokens.iter().enumerate().map(|(i, t)| {
                let w = t.span.text(text);
                (
                    w,
                    stems.and_then(|s| s.get(i)).map(|s| s.stem),
                    w == "-" && glued(i),
                )
            }),
        );

        // Sentences.
        let sentences = doc.sentences.as_deref().unwrap_or_default();
        let mut sent_ranges = Vec::with_capacity(sentences.len());
        let mut sent_out = Vec::with_capacity(sentences.len());
        let (mut doc_sum, mut doc_n) = (0.0f32, 0u32);
        let mut doc_raw = Raw::default();
        for s in sentences {
            let r = doc.token_range(s.span);
            let raw = score_range(&self.lex, &self.params, &p, r.clone());
            doc_raw.add(raw);
            let score = raw.score(&self.params);
            if score.compound.abs() >= self.settings.document_min {
                doc_sum += score.compound;
                doc_n += 1;
            }
            sent_ranges.push((s.span, r));
            sent_out.push(SpanScore {
                span: s.span,
                score,
            });
        }
        let mut document = doc_raw.score(&self.params);
        // When no sentence clears `document_min`, the weak tone of the whole text is still
        // the best estimate (zero would throw it away).
        if doc_n > 0 {
            document.compound = doc_sum / doc_n as f32;
        }

        // Quotes and speakers.
        let mut quote_out = Vec::new();
        let mut speakers: BTreeMap<String, (Option<u32>, u32, f32, Raw)> = BTreeMap::new();
        for q in doc.quotes.as_deref().unwrap_or_default() {
            let mut raw = Raw::default();
            let tr = doc.token_range(q.span);
            let first = sent_ranges.partition_point(|(s, _)| s.end() <= q.span.start());
            for (s, r) in &sent_ranges[first..] {
                if s.overlaps(q.span) {
                    raw.add(score_range(
                        &self.lex,
                        &self.params,
                        &p,
                        tr.start.max(r.start)..tr.end.min(r.end),
                    ));
                }
                if s.start() >= q.span.end() {
                    break;
                }
            }
            let score = raw.score(&self.params);
            // by name: a speaker given only as "a spokesman" is nobody in particular
            if let Some(sp) = &q.speaker
                && let Some(name) = &sp.name
            {
                let e =
                    speakers
                        .entry(name.clone())
                        .or_insert((sp.cluster, 0, 0.0, Raw::default()));
                e.1 += 1;
                e.2 += score.compound;
                e.3.add(raw);
            }
            quote_out.push(SpanScore {
                span: q.span,
                score,
            });
        }
        let speakers = speakers
            .into_iter()
            .map(|(name, (cluster, n, sum, raw))| {
                let mut score = raw.score(&self.params);
                score.compound = sum / n as f32;
                SpeakerScore {
                    speaker: name,
                    cluster,
                    quotes: n,
                    score,
                }
            })
            .collect();

        // Targets: name clusters, then spans given in the input.
        let mut targets = Vec::new();
        for c in doc.clusters.as_deref().unwrap_or_default() {
            let mut sum = 0.0;
            let mut evidence = Vec::new();
            for m in &c.mentions {
                if let Some((s, span)) = self.target_score(doc, &p, &sent_ranges, m.span) {
                    sum += s;
                    evidence.push(span);
                }
            }
            if evidence.is_empty() {
                continue;
            }
            let score = sum / evidence.len() as f32;
            targets.push(TargetScore {
                cluster: Some(c.id),
                name: c.canonical.clone(),
                span: None,
                polarity: self.polarity(score),
                score,
                evidence,
            });
        }
        for &t in doc.targets.as_deref().unwrap_or_default() {
            let (score, evidence) = match self.target_score(doc, &p, &sent_ranges, t) {
                Some((s, span)) => (s, vec![span]),
                None => (0.0, vec![]),
            };
            targets.push(TargetScore {
                cluster: None,
                name: doc.slice(t).to_string(),
                span: Some(t),
                polarity: self.polarity(score),
                score,
                evidence,
            });
        }

        doc.sentiment = Some(Sentiment {
            document,
            sentences: sent_out,
            quotes: quote_out,
            speakers,
            targets,
        });
        Ok(())
    }
}

/// Scores one text on its own with the built-in lexicon, splitting nothing: for quick use
/// and tests. `words` are the text's tokens.
pub fn score_words<'a>(words: impl Iterator<Item = &'a str>) -> Score {
    let lex = builtin_lexicon();
    let params = Params::default();
    let p = Prepared::new(&lex, words.map(|w| (w, None, false)));
    score_range(&lex, &params, &p, 0..p.toks.len()).score(&params)
}

fn build(settings: &Settings) -> Result<Box<dyn Annotator>, BuildError> {
    let s: SentimentSettings = parse_settings(NAME, settings)?;
    Ok(Box::new(SentimentScorer::new(s)))
}

strata_core::inventory::submit! {
    PluginFactory {
        name: NAME,
        summary: "Lexicon-and-rules sentiment: document, sentence, quote, speaker and entity-targeted",
        settings: &[
            SettingDoc { name: "entries", kind: "[{term, valence}]", default: "[]", help: "extra lexicon words or phrases, valence -4..4; override built-ins" },
            SettingDoc { name: "neutral_band", kind: "float", default: "0.05", help: "target scores within +-band are neutral" },
            SettingDoc { name: "document_min", kind: "float", default: "0.1", help: "sentences below this |compound| do not count towards the document score" },
        ],
        build,
    }
}
