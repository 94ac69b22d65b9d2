//! example plugin (under construction)
