//! # strata-lang: which language is this document in?
//!
//! One plugin, `lang.whatlang`, fills the document's [`Language`] layer: an ISO 639-3 code
//! (`"eng"`), the language's English name, its script, the detector's confidence and
//! whether that confidence is high enough to rely on. Later steps read it: the stemmer picks
//! its algorithm from it, and a user can route or drop documents by it.
//!
//! Detection is delegated to the `whatlang` crate (character trigram profiles, no model to
//! load, dozens of languages). What this crate adds is the policy around it, because a
//! wrong answer stated confidently is worse than no answer for everything downstream:
//!
//! - **Undetermined is an answer.** Text with fewer letters than `min_chars`, a detection
//!   below `min_confidence`, or a text whose beginning and end are reliably detected as two
//!   different languages (mixed text) yields the code `"und"` ("Undetermined"), with a
//!   `language-undetermined` info diagnostic saying why, rather than a guess.
//! - **An allowlist narrows the choice.** `allow = ["eng", "deu"]` restricts the detector
//!   to those languages, which makes short texts far more reliable when the corpus is known.
//! - **Bounded work.** Detection reads at most `max_chars` bytes (a window from the start,
//!   the middle and the end of long documents, cut on char boundaries), so a 100 MB
//!   document costs the same as a long article.
//!
//! The detector is built once per plugin instance and shared across threads (it is
//! immutable), so annotating is a pure function of the text.

use serde::Deserialize;
use strata_core::{
    AnnotateError, Annotator, BuildError, Document, Language, Layer, LayerSet, PluginFactory,
    SettingDoc, Settings, Severity, parse_settings,
};
use whatlang::{Detector, Lang};

/// The plugin's registered name.
pub const NAME: &str = "lang.whatlang";

/// Settings of `lang.whatlang`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LangSettings {
    /// ISO 639-3 codes the detector may answer with; empty means every language it knows.
    pub allow: Vec<String>,
    /// Texts with fewer letters than this are undetermined.
    pub min_chars: usize,
    /// Detections below this confidence (0..1) are undetermined.
    pub min_confidence: f64,
    /// At most this many bytes of the text are read (start, middle and end windows).
    pub max_chars: usize,
}

impl Default for LangSettings {
    fn default() -> LangSettings {
        LangSettings {
            allow: Vec::new(),
            min_chars: 20,
            min_confidence: 0.5,
            max_chars: 3_000,
        }
    }
}

/// Documentation of every setting, for `strata plugins`.
pub const SETTINGS: &[SettingDoc] = &[
    SettingDoc {
        name: "allow",
        kind: "[string]",
        default: "[]",
        help: "ISO 639-3 codes to choose from (e.g. [\"eng\", \"deu\"]); empty = all languages whatlang knows",
    },
    SettingDoc {
        name: "min_chars",
        kind: "integer",
        default: "20",
        help: "texts with fewer letters than this get the code \"und\" (undetermined)",
    },
    SettingDoc {
        name: "min_confidence",
        kind: "float",
        default: "0.5",
        help: "detections with a lower confidence (0..1) get the code \"und\"",
    },
    SettingDoc {
        name: "max_chars",
        kind: "integer",
        default: "3000",
        help: "read at most this many bytes of a document (windows at its start, middle and end)",
    },
];

/// Letters each half of a text needs before the halves are compared for mixed languages.
/// On shorter stretches whatlang reports full confidence for wrong answers too (a 100-letter
/// English hotel review half came out as French at confidence 1.0 on the UNER EWT dev set),
/// so a disagreement there says nothing.
pub const MIXED_MIN_LETTERS: usize = 200;

/// Bytes read at each end of a long text when checking for mixed languages, which bounds
/// the extra work of that check.
pub const MIXED_WINDOW: usize = 2048;

/// True when `s` has at least `n` letters (stops counting there).
fn has_letters(s: &str, n: usize) -> bool {
    n == 0 || s.chars().filter(|c| c.is_alphabetic()).nth(n - 1).is_some()
}

/// The smallest char boundary at or above `i`.
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Why a text was left undetermined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undetermined {
    /// Fewer letters than `min_chars`.
    TooShort,
    /// The detector had no answer, or one below `min_confidence`.
    LowConfidence,
    /// The two halves of the text are reliably in different languages.
    Mixed,
}

impl Undetermined {
    fn describe(self) -> &'static str {
        match self {
            Undetermined::TooShort => "too little text",
            Undetermined::LowConfidence => "no confident detection",
            Undetermined::Mixed => "the text mixes languages",
        }
    }
}

/// The language identifier: a configured `whatlang` detector plus the undetermined policy.
pub struct LangDetector {
    detector: Detector,
    settings: LangSettings,
}

impl LangDetector {
    /// Builds a detector; an unknown code in `allow` or an out-of-range number is an error.
    pub fn new(settings: LangSettings) -> Result<LangDetector, BuildError> {
        let err = |message: String| BuildError::Settings {
            plugin: NAME.to_string(),
            message,
        };
        if !(0.0..=1.0).contains(&settings.min_confidence) {
            return Err(err(format!(
                "min_confidence must lie in 0..1, got {}",
                settings.min_confidence
            )));
        }
        if settings.max_chars < 64 {
            return Err(err(format!(
                "max_chars must be at least 64, got {}",
                settings.max_chars
            )));
        }
        let mut allow = Vec::with_capacity(settings.allow.len());
        for code in &settings.allow {
            match Lang::from_code(code.trim().to_ascii_lowercase()) {
                Some(l) => allow.push(l),
                None => {
                    return Err(err(format!(
                        "unknown language code `{code}` in allow (use ISO 639-3 codes such as \"eng\", \"deu\", \"fra\")"
                    )));
                }
            }
        }
        let detector = if allow.is_empty() {
            Detector::new()
        } else {
            Detector::with_allowlist(allow)
        };
        Ok(LangDetector { detector, settings })
    }

    /// The language of `text`, and why it is undetermined when it is.
    pub fn identify(&self, text: &str) -> (Language, Option<Undetermined>) {
        let sample = sample(text, self.settings.max_chars);
        // the script is only looked up on its own when no language comes out
        let script = || {
            self.detector
                .detect_script(&sample)
                .map(|s| s.name().to_string())
        };
        if !has_letters(&sample, self.settings.min_chars) {
            return (undetermined(script(), 0.0), Some(Undetermined::TooShort));
        }
        let Some(info) = self.detector.detect(&sample) else {
            return (
                undetermined(script(), 0.0),
                Some(Undetermined::LowConfidence),
            );
        };
        let found_script = || Some(info.script().name().to_string());
        if info.confidence() < self.settings.min_confidence {
            return (
                undetermined(found_script(), info.confidence()),
                Some(Undetermined::LowConfidence),
            );
        }
        if self.is_mixed(&sample) {
            return (undetermined(found_script(), 0.0), Some(Undetermined::Mixed));
        }
        let lang = Language {
            code: info.lang().code().to_string(),
            name: info.lang().eng_name().to_string(),
            script: Some(info.script().name().to_string()),
            confidence: info.confidence(),
            reliable: info.is_reliable(),
        };
        (lang, None)
    }

    /// True when the head and the tail of the sample (its two halves, or windows of
    /// [`MIXED_WINDOW`] bytes at either end of a longer sample) are long enough to judge
    /// (see [`MIXED_MIN_LETTERS`]) and are reliably detected as different languages.
    fn is_mixed(&self, sample: &str) -> bool {
        let mid = split_point(sample);
        let head = &sample[..floor_boundary(sample, mid.min(MIXED_WINDOW))];
        let tail_from = sample.len() - (sample.len() - mid).min(MIXED_WINDOW);
        let tail = &sample[ceil_boundary(sample, tail_from)..];
        let need = MIXED_MIN_LETTERS.max(self.settings.min_chars);
        let (a, b) = (head, tail);
        if !has_letters(a, need) || !has_letters(b, need) {
            return false;
        }
        match (self.detector.detect(a), self.detector.detect(b)) {
            (Some(x), Some(y)) => {
                x.is_reliable()
                    && y.is_reliable()
                    && x.confidence() >= self.settings.min_confidence
                    && y.confidence() >= self.settings.min_confidence
                    && x.lang() != y.lang()
            }
            _ => false,
        }
    }
}

fn undetermined(script: Option<String>, confidence: f64) -> Language {
    Language {
        code: Language::UNDETERMINED.to_string(),
        name: "Undetermined".to_string(),
        script,
        confidence,
        reliable: false,
    }
}

/// The largest char boundary at or below `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The whole text when short enough, else three windows (start, middle, end) of about
/// `max / 3` bytes each, joined by newlines.
fn sample(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if text.len() <= max {
        return text.into();
    }
    let w = max / 3;
    let mid = text.len() / 2 - w / 2;
    let windows = [(0, w), (mid, mid + w), (text.len() - w, text.len())];
    let mut out = String::with_capacity(max + 2);
    for (s, e) in windows {
        let (s, e) = (floor_boundary(text, s), floor_boundary(text, e));
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&text[s..e]);
    }
    out.into()
}

/// A whitespace position near the middle (a char boundary in any case).
fn split_point(s: &str) -> usize {
    let mid = floor_boundary(s, s.len() / 2);
    s[mid..]
        .find(char::is_whitespace)
        .map(|i| mid + i)
        .or_else(|| s[..mid].rfind(char::is_whitespace))
        .unwrap_or(mid)
}

impl Annotator for LangDetector {
    fn requires(&self) -> LayerSet {
        LayerSet::new()
    }

    fn provides(&self) -> LayerSet {
        LayerSet::new().with(Layer::LANGUAGE)
    }

    fn annotate(&self, doc: &mut Document) -> Result<(), AnnotateError> {
        let (lang, why) = self.identify(doc.text());
        if let Some(why) = why {
            doc.diagnose(
                Severity::Info,
                NAME,
                "language-undetermined",
                format!("language undetermined: {}", why.describe()),
                None,
            );
        }
        doc.language = Some(lang);
        Ok(())
    }
}

fn build(settings: &Settings) -> Result<Box<dyn Annotator>, BuildError> {
    let s: LangSettings = parse_settings(NAME, settings)?;
    Ok(Box::new(LangDetector::new(s)?))
}

strata_core::inventory::submit! {
    PluginFactory {
        name: NAME,
        summary: "Language identification with whatlang: ISO 639-3 code, name, script, confidence; \"und\" when short, unsure or mixed",
        settings: SETTINGS,
        build,
    }
}

#[cfg(test)]
mod tests;
