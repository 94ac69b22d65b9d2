//! strata-quote (under construction)
