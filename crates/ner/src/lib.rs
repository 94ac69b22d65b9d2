//! # strata-ner: entity recognition by rules and lists
//!
//! Two plugins that fill [`strata_core::Document::entities`] with OntoNotes labels:
//!
//! - `ner.patterns` ([`Patterns`]): DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL and
//!   CARDINAL by hand-written rules over the token layer ("June 10, 2025", "April 22 to
//!   24", "the first seven months of this year", "USD 1.4 billion", "about 37%",
//!   "240 MW", "30-fold", "29th", "57,000", "20:18").
//! - `ner.gazetteer` ([`Gazetteer`]): phrase lists matched with Aho-Corasick: the
//!   user's own (inline or from TSV/JSONL files) and the built-in lists of
//!   `strata-lexicon` (places as GPE/LOC, nationalities as NORP, languages,
//!   organisations), with word-boundary checks against the tokens.
//!
//! Names of people and most organisations are the job of the trained tagger
//! (`ner.perceptron` in `strata-tagger`); these plugins are built to run before it. The
//! default order is patterns, gazetteer, tagger, and every entity plugin merges its
//! output with [`strata_core::merge_entities`] (O(n log n)) under its `overlap` setting
//! ([`strata_core::Overlap`]): `keep` (the default: entities from earlier steps win, so
//! the step order is the priority order), `replace` (this step wins) or `longest` (the
//! longer span wins). The result never holds overlapping entities.
//!
//! Both plugins work on *atoms* rather than raw tokens (see `atoms.rs`): adjacent tokens
//! are cut again into numbers, words and punctuation, so the rules give the same result
//! whether a tokenizer keeps "$5m", "1,570" or "30-fold" whole or splits them. Both run in
//! linear time: each rule inspects a bounded window of atoms, and the automaton is walked
//! only from word starts whose first byte begins some phrase, each walk stopping where no
//! phrase continues (so at most the longest phrase's length per start).
//!
//! Both are built to cost a few dozen instructions per token of ordinary text: the text
//! is scanned eight bytes at a time where it can be, each word is looked up once in a
//! table keyed by its ASCII-lowercased bytes on the stack (no allocation, no hashing of
//! `String`s), and rules run only at atoms that can start one (numbers, currency symbols,
//! and the few words the table flags). The lookup happens while the atom is cut, so there
//! is one pass over the tokens: a chunk that is one ASCII word of at most eight bytes
//! (most of them) is recognised, keyed and filtered from a single eight-byte read. The
//! gazetteer decides the commonest boundaries (a space, or a letter or digit, next to a
//! match) without a call. Nothing allocates per token; entities carry `source` strings
//! fixed at compile time.
//!
//! Measured with callgrind in the `strata run` pipeline (instructions per MB of text,
//! `ner.patterns` / `ner.gazetteer` with their merges): on a 1 MB slice of the corpus
//! repeated to 10 MB, 38 / 22 M (53 / 26 M before the single-pass lookups and inline
//! boundary tests); on the distinct texts of the gum_news, uner_pud_news and newsmtsc_rw
//! dev sets, 46 / 18 M (62 / 21 M before).

mod atoms;
mod gazetteer;
mod patterns;
#[cfg(test)]
mod testutil;

pub use gazetteer::{Gazetteer, GazetteerEntry, GazetteerSettings};
pub use patterns::{LABELS as PATTERN_LABELS, PatternSettings, Patterns};

strata_core::inventory::submit! {
    strata_core::PluginFactory {
        name: patterns::NAME,
        summary: "Dates, times, money, percentages, quantities, ordinals and cardinals by rules",
        settings: patterns::SETTINGS,
        build: patterns::build,
    }
}

strata_core::inventory::submit! {
    strata_core::PluginFactory {
        name: gazetteer::NAME,
        summary: "Phrase lists (user and built-in places, nationalities, languages, organisations) with Aho-Corasick",
        settings: gazetteer::SETTINGS,
        build: gazetteer::build,
    }
}
