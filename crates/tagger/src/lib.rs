//! # strata-tagger: `ner.perceptron`, a named-entity tagger we train ourselves
//!
//! This crate finds names of people, organisations, places and other things (PERSON, ORG,
//! GPE, LOC, FAC, NORP, EVENT, LAW, ...) with a statistical model, the part of entity
//! recognition that rules and lists cannot do: "Lu Mei" is a person and "Milli Majlis" an
//! organisation although no list names them. Dates and numbers are left to the rules of
//! `ner.patterns`, and known names can be added by `ner.gazetteer`; the runner merges the
//! three layers with [`strata_core::merge_entities`].
//!
//! ## Main types
//!
//! - [`Model`]: a trained tagger. [`Model::tag`] tags one sentence given as words;
//!   [`Model::save`] and [`Model::load`] read and write the compact binary format.
//! - [`train()`] with [`TrainOptions`]: trains a model from gold JSONL files (the format of
//!   `data/eval`); `strata train ner --train FILE... --dev FILE -o MODEL` calls it.
//! - [`PerceptronNer`]: the `ner.perceptron` plugin (settings `model`, `overlap`).
//!
//! ## Design
//!
//! The model is a linear classifier over one word at a time, decoded greedily from left
//! to right with BILOU tags (Begin, Inside, Last, Unit, Outside) over four coarse types,
//! PER, ORG, LOC and MISC, the distinctions the training data makes. Its features are the
//! lowercased word and its neighbours two words either side, prefixes and suffixes, the
//! word's shape ("Xx", "X.X.", "dd") and its neighbours' shapes, the position in the
//! sentence, gazetteer classes (titles, months, organisation and place head words,
//! demonyms) and the two previous tags. A feature is a 32-bit hash of its template and
//! content computed without allocating, and the weights are an open-addressing table from
//! feature to a row of 8-bit weights with a per-row shift (one weight per tag). An
//! averaged perceptron learns them: simple, fast to train (seconds on one core),
//! deterministic, and as accurate as a CRF for greedy tagging when the features are good.
//! The shipped model averages four runs with different shuffles, which steadies it.
//!
//! After tagging, three constructions of news get their boundaries fixed
//! (`src/bounds.rs`): a title between a place and a name leaves both ("[Denver] Mayor
//! [Celia Vanterpool]", "[Georgia] Secretary of State [Judith Harkins]"), a person's
//! name stops before "of", "from", "at" ... ("[Janet Oyelaran] of [PBS]"), and a
//! capitalised compound cut at its hyphen by the tokenizer is one name with the names it
//! touches ("AFL-CIO", "Caleb Oduya-Franklin"; this last step runs after the cues below).
//! Then contexts that name a person in news whatever the name looks like add
//! the people the model left out (`src/cues.rs`): a reporting verb after the name
//! ("…,” Leive said"), an honorific before it ("Ms Pugh"), an age in commas ("Jutting,
//! now 31,"); and acronyms nothing else tagged become organisations ("GCHQ", "the RSPB"),
//! which news uses far more than the web text the model learns from. Then a
//! document-level pass keeps one type per name string and finds again
//! names the model found elsewhere in the document ("Jose Montalvo" ... "Montalvo"): news
//! repeats names, and the repeats are often in harder contexts than the first mention.
//!
//! Only *candidate* words are scored: words with a capital letter, connectors such as "of"
//! between them, and numbers right after them. Everything else is `O` at once. English
//! names are capitalised, so this costs little recall (lower-case names such as "iPhone"
//! still have a capital), and it makes the tagger several times faster on news, where most
//! words are lower-case; training uses the same rule, so the model never learns to rely on
//! lower-case words being scored.
//!
//! Tagging sums the same weights another way than training does (`src/fast.rs`): the
//! rows of every template that looks at one word are summed once per word type, those of
//! a word with a neighbour and the templates pairing the two once per word pair, and kept
//! in the [`Workspace`] across documents (news repeats its words and names), so a word's
//! score is a handful of row additions; integer weights keep it exact.
//!
//! Coarse types become OntoNotes labels after tagging ([`refine`]): LOC splits into GPE,
//! LOC and FAC, and MISC into NORP, LANGUAGE, EVENT, LAW, WORK_OF_ART and PRODUCT, by the
//! words of the name. See `README.md` for the training data, the label scheme and the
//! exact command that trained the embedded model.

mod bounds;
mod cues;
mod fast;
mod features;
mod gold;
mod labels;
mod model;
mod plugin;
mod train;

pub use labels::refine;
pub use model::{Mention, Model, ModelError, Workspace};
pub use plugin::{PerceptronNer, SETTINGS, builtin_model};
pub use train::{TrainError, TrainOptions, train};
