//! strata-names (under construction)
