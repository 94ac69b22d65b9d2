//! strata-sentiment (under construction)
