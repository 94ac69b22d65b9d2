//! strata-cli (under construction)
