//! strata-stem (under construction)
