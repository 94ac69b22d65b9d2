//! Pipeline configuration: the TOML file a user writes, checked and converted.

use std::path::Path;

use strata_core::Settings;
use thiserror::Error;

/// The embedded default news pipeline (TOML text).
pub const DEFAULT_PIPELINE: &str = include_str!("../pipelines/news.toml");

/// The name under which the embedded default pipeline appears in messages.
pub const DEFAULT_SOURCE: &str = "<builtin:news>";

/// A parsed pipeline configuration: the steps in order, each with its plugin and settings.
///
/// It says nothing yet about whether the plugins exist or accept the settings: that is
/// [`crate::Pipeline::build`]'s job, against a registry.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Where the config came from (a path, or [`DEFAULT_SOURCE`]), for messages.
    pub source: String,
    pub steps: Vec<StepConfig>,
}

/// One `[steps.NAME]` table.
#[derive(Clone, Debug, PartialEq)]
pub struct StepConfig {
    /// The step's name, as listed in `pipeline.steps`.
    pub name: String,
    /// The registered plugin that runs this step.
    pub plugin: String,
    /// Every key of the table except `plugin`, converted to JSON values.
    pub settings: Settings,
}

/// A config that could not be read or does not have the expected shape.
///
/// Every variant names the file; those about one step or key name them too.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ConfigError {
    #[error("cannot read pipeline config `{file}`: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("pipeline config `{file}` is not valid TOML: {message}")]
    Toml { file: String, message: String },
    #[error(
        "pipeline config `{file}`: unknown top-level key `{key}` (expected `pipeline` and `steps`)"
    )]
    UnknownTopLevel { file: String, key: String },
    #[error("pipeline config `{file}`: missing `[pipeline]` table with `steps = [...]`")]
    MissingSteps { file: String },
    #[error("pipeline config `{file}`: key `{key}`: {message}")]
    BadKey {
        file: String,
        key: String,
        message: String,
    },
    #[error("pipeline config `{file}`: step `{step}` is listed twice in `pipeline.steps`")]
    DuplicateStep { file: String, step: String },
    #[error(
        "pipeline config `{file}`: step `{step}` is listed in `pipeline.steps` but has no `[steps.{step}]` table"
    )]
    MissingStepTable { file: String, step: String },
    #[error(
        "pipeline config `{file}`: table `[steps.{step}]` is not listed in `pipeline.steps` (add it to the list, or remove the table)"
    )]
    UnlistedStep { file: String, step: String },
    #[error("pipeline config `{file}`: step `{step}` has no `plugin = \"...\"` key")]
    MissingPlugin { file: String, step: String },
    #[error("pipeline config `{file}`: step `{step}`, key `{key}`: {message}")]
    BadSetting {
        file: String,
        step: String,
        key: String,
        message: String,
    },
}

impl Config {
    /// The embedded default news pipeline.
    pub fn default_news() -> Config {
        Config::from_toml_str(DEFAULT_PIPELINE, DEFAULT_SOURCE)
            .expect("the embedded default pipeline is valid (tested)")
    }

    /// Reads and parses a config file.
    pub fn from_file(path: &Path) -> Result<Config, ConfigError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
            file: file.clone(),
            source,
        })?;
        Config::from_toml_str(&text, &file)
    }

    /// Parses config text; `file` names it in error messages.
    pub fn from_toml_str(text: &str, file: &str) -> Result<Config, ConfigError> {
        let file_s = file.to_string();
        let table: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| ConfigError::Toml {
                file: file_s.clone(),
                message: e.to_string().trim_end().to_string(),
            })?;
        for key in table.keys() {
            if key != "pipeline" && key != "steps" {
                return Err(ConfigError::UnknownTopLevel {
                    file: file_s,
                    key: key.clone(),
                });
            }
        }
        let Some(pipeline) = table.get("pipeline") else {
            return Err(ConfigError::MissingSteps { file: file_s });
        };
        let toml::Value::Table(pipeline) = pipeline else {
            return Err(bad_key(file, "pipeline", "must be a table"));
        };
        for key in pipeline.keys() {
            if key != "steps" {
                return Err(bad_key(
                    file,
                    &format!("pipeline.{key}"),
                    "unknown key (the `[pipeline]` table has only `steps`)",
                ));
            }
        }
        let Some(list) = pipeline.get("steps") else {
            return Err(ConfigError::MissingSteps { file: file_s });
        };
        let toml::Value::Array(list) = list else {
            return Err(bad_key(
                file,
                "pipeline.steps",
                "must be a list of step names",
            ));
        };
        let mut names: Vec<String> = Vec::with_capacity(list.len());
        for v in list {
            let toml::Value::String(name) = v else {
                return Err(bad_key(
                    file,
                    "pipeline.steps",
                    &format!("must list step names as strings, found `{v}`"),
                ));
            };
            if names.contains(name) {
                return Err(ConfigError::DuplicateStep {
                    file: file_s,
                    step: name.clone(),
                });
            }
            names.push(name.clone());
        }

        let empty = toml::Table::new();
        let tables = match table.get("steps") {
            None => &empty,
            Some(toml::Value::Table(t)) => t,
            Some(_) => return Err(bad_key(file, "steps", "must be a table of step tables")),
        };
        for key in tables.keys() {
            if !names.contains(key) {
                return Err(ConfigError::UnlistedStep {
                    file: file_s,
                    step: key.clone(),
                });
            }
        }

        let mut steps = Vec::with_capacity(names.len());
        for name in names {
            let Some(step) = tables.get(&name) else {
                return Err(ConfigError::MissingStepTable {
                    file: file_s,
                    step: name,
                });
            };
            let toml::Value::Table(step) = step else {
                return Err(bad_key(file, &format!("steps.{name}"), "must be a table"));
            };
            let plugin = match step.get("plugin") {
                None => {
                    return Err(ConfigError::MissingPlugin {
                        file: file_s,
                        step: name,
                    });
                }
                Some(toml::Value::String(p)) => p.clone(),
                Some(other) => {
                    return Err(ConfigError::BadSetting {
                        file: file_s,
                        step: name,
                        key: "plugin".into(),
                        message: format!("must be a plugin name as a string, found `{other}`"),
                    });
                }
            };
            let mut settings = Settings::new();
            for (key, value) in step {
                if key == "plugin" {
                    continue;
                }
                let json = to_json(value).map_err(|message| ConfigError::BadSetting {
                    file: file_s.clone(),
                    step: name.clone(),
                    key: key.clone(),
                    message,
                })?;
                settings.insert(key.clone(), json);
            }
            steps.push(StepConfig {
                name,
                plugin,
                settings,
            });
        }
        Ok(Config {
            source: file_s,
            steps,
        })
    }

    /// The config as TOML text again (settings in key order), for `strata explain`.
    pub fn to_toml_string(&self) -> String {
        let mut out = String::from("[pipeline]\nsteps = [");
        for (i, s) in self.steps.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&toml::Value::String(s.name.clone()).to_string());
        }
        out.push_str("]\n");
        for s in &self.steps {
            out.push_str(&format!(
                "\n[steps.{}]\nplugin = {}\n",
                toml_key(&s.name),
                toml::Value::String(s.plugin.clone())
            ));
            for (k, v) in &s.settings {
                out.push_str(&format!("{} = {}\n", toml_key(k), json_to_toml_text(v)));
            }
        }
        out
    }
}

fn bad_key(file: &str, key: &str, message: &str) -> ConfigError {
    ConfigError::BadKey {
        file: file.to_string(),
        key: key.to_string(),
        message: message.to_string(),
    }
}

/// A TOML key, quoted when it is not a bare key.
fn toml_key(k: &str) -> String {
    let bare = !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if bare {
        k.to_string()
    } else {
        toml::Value::String(k.to_string()).to_string()
    }
}

/// Renders a JSON setting value as TOML value text (settings came from TOML, so they fit).
pub fn json_to_toml_text(v: &serde_json::Value) -> String {
    use serde_json::Value as J;
    match v {
        J::Null => "\"\"".into(),
        J::Bool(b) => b.to_string(),
        J::Number(n) => n.to_string(),
        J::String(s) => toml::Value::String(s.clone()).to_string(),
        J::Array(a) => {
            let items: Vec<String> = a.iter().map(json_to_toml_text).collect();
            format!("[{}]", items.join(", "))
        }
        J::Object(o) => {
            let items: Vec<String> = o
                .iter()
                .map(|(k, v)| format!("{} = {}", toml_key(k), json_to_toml_text(v)))
                .collect();
            format!("{{ {} }}", items.join(", "))
        }
    }
}

/// Converts a TOML value to the JSON value a plugin's settings struct deserialises.
fn to_json(v: &toml::Value) -> Result<serde_json::Value, String> {
    use serde_json::Value as J;
    Ok(match v {
        toml::Value::String(s) => J::String(s.clone()),
        toml::Value::Integer(i) => J::from(*i),
        toml::Value::Float(f) => match serde_json::Number::from_f64(*f) {
            Some(n) => J::Number(n),
            None => return Err(format!("{f} is not a finite number")),
        },
        toml::Value::Boolean(b) => J::Bool(*b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(a) => J::Array(a.iter().map(to_json).collect::<Result<_, _>>()?),
        toml::Value::Table(t) => {
            let mut m = serde_json::Map::new();
            for (k, v) in t {
                m.insert(k.clone(), to_json(v)?);
            }
            J::Object(m)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        Config::from_toml_str(text, "p.toml")
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn default_pipeline_parses() {
        let c = Config::default_news();
        let names: Vec<&str> = c.steps.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "tokens",
                "sentences",
                "lang",
                "stems",
                "numbers",
                "gazetteer",
                "entities",
                "names",
                "quotes",
                "speakers",
                "sentiment"
            ]
        );
        assert_eq!(c.source, DEFAULT_SOURCE);
    }

    #[test]
    fn settings_become_json_and_round_trip() {
        let text = r#"
[pipeline]
steps = ["a", "b"]

[steps.b]
plugin = "x.y"
n = 3
ratio = 0.5
words = ["Mr.", "Dr."]
nested = { on = true }

[steps.a]
plugin = "x.z"
"#;
        let c = Config::from_toml_str(text, "p.toml").unwrap();
        assert_eq!(c.steps[0].name, "a");
        assert!(c.steps[0].settings.is_empty());
        let b = &c.steps[1];
        assert_eq!(b.plugin, "x.y");
        assert_eq!(
            serde_json::Value::Object(b.settings.clone()),
            serde_json::json!({"n": 3, "ratio": 0.5, "words": ["Mr.", "Dr."], "nested": {"on": true}})
        );
        let again = Config::from_toml_str(&c.to_toml_string(), "p.toml").unwrap();
        assert_eq!(again, c);
    }

    #[test]
    fn shape_errors_name_file_step_and_key() {
        insta::assert_snapshot!(err("[pipeline]\nsteps = [\"a\"]\n"), @"pipeline config `p.toml`: step `a` is listed in `pipeline.steps` but has no `[steps.a]` table");
        insta::assert_snapshot!(err("[pipeline]\nsteps = []\n[steps.a]\nplugin = \"x\"\n"), @"pipeline config `p.toml`: table `[steps.a]` is not listed in `pipeline.steps` (add it to the list, or remove the table)");
        insta::assert_snapshot!(err("[pipeline]\nsteps = [\"a\"]\n[steps.a]\nmodel = 1\n"), @r#"pipeline config `p.toml`: step `a` has no `plugin = "..."` key"#);
        insta::assert_snapshot!(err("[pipeline]\nsteps = [\"a\"]\n[steps.a]\nplugin = 3\n"), @"pipeline config `p.toml`: step `a`, key `plugin`: must be a plugin name as a string, found `3`");
        insta::assert_snapshot!(err("[pipeline]\nsteps = [\"a\", \"a\"]\n"), @"pipeline config `p.toml`: step `a` is listed twice in `pipeline.steps`");
        insta::assert_snapshot!(err("[pipline]\nsteps = []\n"), @"pipeline config `p.toml`: unknown top-level key `pipline` (expected `pipeline` and `steps`)");
        insta::assert_snapshot!(err("[pipeline]\nstep = []\n"), @"pipeline config `p.toml`: key `pipeline.step`: unknown key (the `[pipeline]` table has only `steps`)");
        insta::assert_snapshot!(err("[pipeline]\nsteps = \"a\"\n"), @"pipeline config `p.toml`: key `pipeline.steps`: must be a list of step names");
        insta::assert_snapshot!(err(""), @"pipeline config `p.toml`: missing `[pipeline]` table with `steps = [...]`");
        insta::assert_snapshot!(err("[pipeline]\nsteps = [1]\n"), @"pipeline config `p.toml`: key `pipeline.steps`: must list step names as strings, found `1`");
        insta::assert_snapshot!(err("[pipeline]\nsteps = [\"a\"]\n[steps.a]\nplugin = \"x\"\nv = nan\n"), @"pipeline config `p.toml`: step `a`, key `v`: NaN is not a finite number");
    }

    #[test]
    fn bad_toml_names_the_file_and_line() {
        let e = err("[pipeline\nsteps = []\n");
        assert!(
            e.starts_with("pipeline config `p.toml` is not valid TOML: "),
            "{e}"
        );
        assert!(e.contains("line 1"), "{e}");
    }
}
