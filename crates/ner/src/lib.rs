//! strata-ner (under construction)
