//! strata-pipeline (under construction)
