//! Building a pipeline from a config and running it on one document.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use strata_core::{
    AnnotateError, Annotator, BuildError, Document, Layer, LayerSet, PluginFactory, Registry,
    RegistryError, SettingDoc, Settings,
};
use thiserror::Error;

use crate::config::{Config, ConfigError};

/// Why a pipeline could not be built. Every variant names the config file and the step.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum PipelineError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("pipeline config `{file}`: step `{step}`: {source}")]
    Plugin {
        file: String,
        step: String,
        #[source]
        source: RegistryError,
    },
    #[error("pipeline config `{file}`: step `{step}`: {source}")]
    Build {
        file: String,
        step: String,
        #[source]
        source: BuildError,
    },
    #[error(
        "pipeline config `{file}`: step `{step}` (plugin `{plugin}`) requires the `{layer}` layer, but no earlier step provides it; {}",
        providers_hint(providers, step)
    )]
    Unmet {
        file: String,
        step: String,
        plugin: String,
        layer: String,
        /// Registered plugins whose default build provides the layer.
        providers: Vec<String>,
    },
}

fn providers_hint(providers: &[String], step: &str) -> String {
    if providers.is_empty() {
        "no registered plugin provides it".to_string()
    } else {
        let list: Vec<String> = providers.iter().map(|p| format!("`{p}`")).collect();
        format!(
            "add a step before `{step}` using a plugin that provides it: {}",
            list.join(", ")
        )
    }
}

/// Why one document could not be annotated. The run goes on with the next document.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum RunError {
    #[error("step `{step}` (plugin `{plugin}`) failed: {source}")]
    Step {
        step: String,
        plugin: String,
        #[source]
        source: AnnotateError,
    },
    #[error("step `{step}` (plugin `{plugin}`) panicked: {message}")]
    Panic {
        step: String,
        plugin: String,
        message: String,
    },
}

impl RunError {
    /// The name of the step that failed.
    pub fn step(&self) -> &str {
        match self {
            RunError::Step { step, .. } | RunError::Panic { step, .. } => step,
        }
    }
    /// The plugin of the step that failed.
    pub fn plugin(&self) -> &str {
        match self {
            RunError::Step { plugin, .. } | RunError::Panic { plugin, .. } => plugin,
        }
    }
}

/// One built step of a pipeline.
pub struct Step {
    name: String,
    factory: &'static PluginFactory,
    settings: Settings,
    annotator: Box<dyn Annotator>,
}

impl Step {
    /// The step's name in the config.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The plugin's registered name.
    pub fn plugin(&self) -> &'static str {
        self.factory.name
    }
    pub fn factory(&self) -> &'static PluginFactory {
        self.factory
    }
    /// The settings given in the config (plugin defaults apply to the rest).
    pub fn settings(&self) -> &Settings {
        &self.settings
    }
    pub fn annotator(&self) -> &dyn Annotator {
        self.annotator.as_ref()
    }
}

impl std::fmt::Debug for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Step")
            .field("name", &self.name)
            .field("plugin", &self.factory.name)
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

/// Time spent in each step, in step order, summed over documents.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StepTimes(pub Vec<Duration>);

impl StepTimes {
    pub fn new(steps: usize) -> StepTimes {
        StepTimes(vec![Duration::ZERO; steps])
    }
    /// Adds another set of times (same pipeline) to this one.
    pub fn add(&mut self, other: &StepTimes) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), Duration::ZERO);
        }
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a += *b;
        }
    }
    pub fn total(&self) -> Duration {
        self.0.iter().sum()
    }
}

/// A built, checked sequence of steps. Itself an [`Annotator`].
#[derive(Debug)]
pub struct Pipeline {
    source: String,
    steps: Vec<Step>,
}

impl Pipeline {
    /// Builds every step of `config` from `registry`, then checks that each step's
    /// requirements are provided by an earlier step. Nothing is read or annotated here, so
    /// a bad config fails before any input is touched.
    pub fn build(registry: &Registry, config: &Config) -> Result<Pipeline, PipelineError> {
        let file = &config.source;
        let mut steps = Vec::with_capacity(config.steps.len());
        for sc in &config.steps {
            let factory = registry
                .get(&sc.plugin)
                .map_err(|source| PipelineError::Plugin {
                    file: file.clone(),
                    step: sc.name.clone(),
                    source,
                })?;
            let annotator =
                build_caught(factory, &sc.settings).map_err(|source| PipelineError::Build {
                    file: file.clone(),
                    step: sc.name.clone(),
                    source,
                })?;
            steps.push(Step {
                name: sc.name.clone(),
                factory,
                settings: sc.settings.clone(),
                annotator,
            });
        }
        let mut available = LayerSet::new();
        for step in &steps {
            for layer in step.annotator.requires().iter() {
                if !available.contains(layer) {
                    return Err(PipelineError::Unmet {
                        file: file.clone(),
                        step: step.name.clone(),
                        plugin: step.plugin().to_string(),
                        layer: layer.name().to_string(),
                        providers: providers_of(registry, layer),
                    });
                }
            }
            available.extend(&step.annotator.provides());
        }
        Ok(Pipeline {
            source: file.clone(),
            steps,
        })
    }

    /// Where the config came from.
    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// Runs every step on `doc`. A panicking plugin is caught and reported as
    /// [`RunError::Panic`]; the document may then hold a partial annotation. Values plugins
    /// left on it for each other ([`Document::put_scratch`]) are dropped at the end.
    pub fn run(&self, doc: &mut Document) -> Result<(), RunError> {
        self.run_one(doc, None)
    }

    /// Like [`Pipeline::run`], adding each step's time to `times`.
    pub fn run_timed(&self, doc: &mut Document, times: &mut StepTimes) -> Result<(), RunError> {
        self.run_one(doc, Some(times))
    }

    /// One document is a batch of one.
    fn run_one(&self, doc: &mut Document, times: Option<&mut StepTimes>) -> Result<(), RunError> {
        self.run_batch(std::slice::from_mut(doc), times)
            .pop()
            .expect("one result per document")
    }

    /// Runs every step on each document of `docs`, step by step: the first step on every
    /// document, then the second, and so on. Each document ends as [`Pipeline::run`] would
    /// leave it, and its result says the same; a document whose step fails is left out of
    /// the later steps. Running a batch this way keeps one plugin's tables in the CPU
    /// caches across documents instead of evicting them with every other plugin's for
    /// each document. With `times`, each step's time over the batch is added to it.
    pub fn run_batch(
        &self,
        docs: &mut [Document],
        mut times: Option<&mut StepTimes>,
    ) -> Vec<Result<(), RunError>> {
        if let Some(t) = times.as_deref_mut()
            && t.0.len() < self.steps.len()
        {
            t.0.resize(self.steps.len(), Duration::ZERO);
        }
        let mut results: Vec<Result<(), RunError>> = docs.iter().map(|_| Ok(())).collect();
        for (i, step) in self.steps.iter().enumerate() {
            let t0 = times.as_ref().map(|_| Instant::now());
            for (doc, result) in docs.iter_mut().zip(results.iter_mut()) {
                if result.is_ok() {
                    *result = run_step(step, doc);
                }
            }
            if let (Some(times), Some(t0)) = (times.as_deref_mut(), t0) {
                times.0[i] += t0.elapsed();
            }
        }
        for doc in docs.iter_mut() {
            doc.clear_scratch();
        }
        results
    }
}

/// Runs one step on one document, turning a panic into [`RunError::Panic`].
fn run_step(step: &Step, doc: &mut Document) -> Result<(), RunError> {
    match catch_unwind(AssertUnwindSafe(|| step.annotator.annotate(doc))) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(source)) => Err(RunError::Step {
            step: step.name.clone(),
            plugin: step.plugin().to_string(),
            source,
        }),
        Err(payload) => Err(RunError::Panic {
            step: step.name.clone(),
            plugin: step.plugin().to_string(),
            message: panic_message(payload.as_ref()),
        }),
    }
}

impl Annotator for Pipeline {
    /// Layers some step needs that no earlier step provides (empty for a built pipeline,
    /// whose requirements were checked).
    fn requires(&self) -> LayerSet {
        let mut available = LayerSet::new();
        let mut needed = LayerSet::new();
        for step in &self.steps {
            for layer in step.annotator.requires().iter() {
                if !available.contains(layer) {
                    needed.insert(layer.clone());
                }
            }
            available.extend(&step.annotator.provides());
        }
        needed
    }

    fn provides(&self) -> LayerSet {
        let mut all = LayerSet::new();
        for step in &self.steps {
            all.extend(&step.annotator.provides());
        }
        all
    }

    fn annotate(&self, doc: &mut Document) -> Result<(), AnnotateError> {
        self.run(doc)
            .map_err(|e| AnnotateError::Failed(e.to_string()))
    }
}

/// Calls a factory, turning a panic into a [`BuildError`].
fn build_caught(
    factory: &'static PluginFactory,
    settings: &Settings,
) -> Result<Box<dyn Annotator>, BuildError> {
    match catch_unwind(AssertUnwindSafe(|| (factory.build)(settings))) {
        Ok(r) => r,
        Err(payload) => Err(BuildError::Model {
            plugin: factory.name.to_string(),
            message: format!(
                "panicked while building: {}",
                panic_message(payload.as_ref())
            ),
        }),
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic payload".to_string()
    }
}

/// What a registered plugin is, as `strata plugins` shows it.
#[derive(Debug)]
pub struct PluginInfo {
    pub name: &'static str,
    pub summary: &'static str,
    pub settings: &'static [SettingDoc],
    /// Requires and provides of the plugin built with default (empty) settings, or why
    /// it cannot be built that way (a required setting, say).
    pub layers: Result<(LayerSet, LayerSet), String>,
}

/// Describes every plugin in the registry by building each one with empty settings.
pub fn describe(registry: &Registry) -> Vec<PluginInfo> {
    registry
        .factories()
        .map(|f| PluginInfo {
            name: f.name,
            summary: f.summary,
            settings: f.settings,
            layers: build_caught(f, &Settings::new())
                .map(|a| (a.requires(), a.provides()))
                .map_err(|e| e.to_string()),
        })
        .collect()
}

/// Registered plugins whose default build provides `layer`. Factories that cannot be
/// built with empty settings are skipped.
pub fn providers_of(registry: &Registry, layer: &Layer) -> Vec<String> {
    registry
        .factories()
        .filter(|f| {
            build_caught(f, &Settings::new())
                .map(|a| a.provides().contains(layer))
                .unwrap_or(false)
        })
        .map(|f| f.name.to_string())
        .collect()
}
