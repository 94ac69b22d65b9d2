pub use strata_core as core;
