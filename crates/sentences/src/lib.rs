//! strata-sentences (under construction)
