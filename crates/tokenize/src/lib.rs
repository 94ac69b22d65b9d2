//! strata-tokenize (under construction)
