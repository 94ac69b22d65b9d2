//! strata-io (under construction)
