//! strata-lang (under construction)
