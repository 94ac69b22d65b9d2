//! The registry: plugin names to factories, as a value.

use std::collections::BTreeMap;

use crate::error::RegistryError;
use crate::plugin::PluginFactory;

/// Every plugin a pipeline can use, sorted by name.
///
/// The binary builds it from everything linked in ([`Registry::from_inventory`]); tests
/// build one by hand with [`Registry::register`]. A name registered twice is an error,
/// never a silent override.
#[derive(Debug, Default, Clone)]
pub struct Registry {
    factories: BTreeMap<&'static str, &'static PluginFactory>,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Registry {
        Registry::default()
    }

    /// Every factory submitted with `inventory::submit!` in the linked crates.
    pub fn from_inventory() -> Result<Registry, RegistryError> {
        let mut reg = Registry::new();
        for f in inventory::iter::<PluginFactory> {
            reg.register(f)?;
        }
        Ok(reg)
    }

    /// Adds a factory; a name already present is an error.
    pub fn register(&mut self, factory: &'static PluginFactory) -> Result<(), RegistryError> {
        if self.factories.contains_key(factory.name) {
            return Err(RegistryError::Duplicate {
                name: factory.name.to_string(),
            });
        }
        self.factories.insert(factory.name, factory);
        Ok(())
    }

    /// The factory for `name`, or an error listing the known names and the nearest one.
    pub fn get(&self, name: &str) -> Result<&'static PluginFactory, RegistryError> {
        if let Some(f) = self.factories.get(name) {
            return Ok(f);
        }
        let suggestion = self
            .factories
            .keys()
            .map(|k| (edit_distance(name, k), *k))
            .filter(|(d, k)| *d <= (k.len() / 3).max(2))
            .min()
            .map(|(_, k)| k.to_string());
        Err(RegistryError::Unknown {
            name: name.to_string(),
            suggestion,
            known: self.names().map(str::to_string).collect(),
        })
    }

    /// Registered names, sorted.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.factories.keys().copied()
    }

    /// Registered factories, sorted by name.
    pub fn factories(&self) -> impl Iterator<Item = &'static PluginFactory> + '_ {
        self.factories.values().copied()
    }

    pub fn len(&self) -> usize {
        self.factories.len()
    }

    pub fn is_empty(&self) -> bool {
        self.factories.is_empty()
    }
}

/// Levenshtein distance over chars, for "did you mean" suggestions.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Annotator, BuildError, Settings};

    fn never(_: &Settings) -> Result<Box<dyn Annotator>, BuildError> {
        Err(BuildError::Model {
            plugin: "x".into(),
            message: "test factory".into(),
        })
    }

    static A: PluginFactory = PluginFactory {
        name: "tokenize.rules",
        summary: "a",
        settings: &[],
        build: never,
    };
    static B: PluginFactory = PluginFactory {
        name: "sentences.rules",
        summary: "b",
        settings: &[],
        build: never,
    };

    #[test]
    fn duplicates_are_errors_and_unknown_names_suggest() {
        let mut reg = Registry::new();
        reg.register(&B).unwrap();
        reg.register(&A).unwrap();
        assert_eq!(
            reg.names().collect::<Vec<_>>(),
            ["sentences.rules", "tokenize.rules"]
        );
        assert_eq!(
            reg.register(&A),
            Err(RegistryError::Duplicate {
                name: "tokenize.rules".into()
            })
        );
        let err = reg.get("tokenise.rules").unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown plugin `tokenise.rules` (did you mean `tokenize.rules`?); known plugins: sentences.rules, tokenize.rules"
        );
        let err = reg.get("zzz").unwrap_err();
        assert!(matches!(
            err,
            RegistryError::Unknown {
                suggestion: None,
                ..
            }
        ));
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("ab", "ab"), 0);
    }
}
