//! strata-eval (under construction)
