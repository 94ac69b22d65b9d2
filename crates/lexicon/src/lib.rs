//! strata-lexicon (under construction)
