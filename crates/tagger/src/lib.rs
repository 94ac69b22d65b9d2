//! strata-tagger (under construction)
