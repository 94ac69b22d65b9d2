//! The scores, as a serialisable [`Report`] (keys as in the reference scorer's `--json`)
//! and as a readable table ([`std::fmt::Display`]).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::metrics::Prf;

/// Everything `evaluate` measured. Layer sections are `None` when not scored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub docs: DocsSummary,
    /// The layers scored, in canonical order.
    pub layers: Vec<String>,
    /// Layers asked for that no gold document has.
    pub layers_not_in_gold: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<TokensReport>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentences: Option<SentencesReport>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<EntitiesReport>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quotes: Option<QuotesReport>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentiment: Option<SentimentReport>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targets: Option<TargetsReport>,
    /// Set by callers that read files, for the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gold_file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pred_file: Option<String>,
}

/// How gold and predicted documents paired up.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DocsSummary {
    pub gold: usize,
    pub pred: usize,
    /// Gold ids without a prediction (scored as empty predictions).
    pub missing: Vec<String>,
    /// Predicted ids not in the gold file (ignored).
    pub extra: Vec<String>,
    /// Ids whose predicted `text` differs from the gold text.
    pub text_mismatch: Vec<String>,
    /// With UTF-8 predicted offsets: how many fell inside a character (rounded down).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offsets_not_on_char_boundary: Option<usize>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TokensReport {
    pub exact: Prf,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SentencesReport {
    /// Whitespace-trimmed spans, exact match.
    pub exact: Prf,
    /// Trimmed end offsets, not counting the end of the document.
    pub boundary: Prf,
    pub docs: usize,
    pub docs_all_correct: usize,
    pub docs_all_correct_share: f64,
    pub docs_failed: Vec<String>,
}

/// P/R/F1 of one entity-matching variant, with the predictions that matched a
/// "don't care" gold mention (counted neither way).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VariantPrf {
    #[serde(flatten)]
    pub prf: Prf,
    pub dont_care: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabelRecall {
    pub n_gold: usize,
    pub tp: usize,
    pub r: f64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabelPrecision {
    pub n_pred: usize,
    pub tp: usize,
    pub p: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EntitiesReport {
    /// Exact span and an accepted label.
    pub exact: VariantPrf,
    /// Exact span, any label.
    pub span: VariantPrf,
    /// Overlapping span and an accepted label.
    pub overlap: VariantPrf,
    /// Inside the gold span and containing its head (gold sets with heads).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head: Option<VariantPrf>,
    /// The same on coarse labels (gold sets with `coarse`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coarse_exact: Option<VariantPrf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coarse_overlap: Option<VariantPrf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coarse_head: Option<VariantPrf>,
    pub per_gold_label_recall: BTreeMap<String, LabelRecall>,
    pub per_pred_label_precision: BTreeMap<String, LabelPrecision>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_coarse_label: Option<BTreeMap<String, Prf>>,
    /// True when gold nested mentions were "don't care".
    pub nested_dont_care: bool,
    /// With `ignore_labels`: predicted labels dropped, with counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignored_pred_labels: Option<BTreeMap<String, usize>>,
}

impl EntitiesReport {
    /// The variants present, by name, in display order.
    pub fn variants(&self) -> Vec<(&'static str, &VariantPrf)> {
        let mut v = vec![
            ("exact", &self.exact),
            ("span", &self.span),
            ("overlap", &self.overlap),
        ];
        for (name, m) in [
            ("head", &self.head),
            ("coarse_exact", &self.coarse_exact),
            ("coarse_overlap", &self.coarse_overlap),
            ("coarse_head", &self.coarse_head),
        ] {
            if let Some(m) = m {
                v.push((name, m));
            }
        }
        v
    }
}

/// Quote detection under one matching mode (exact or lenient).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuoteModeReport {
    #[serde(flatten)]
    pub prf: Prf,
    /// Share of matched quotes with the right speaker.
    pub speaker_acc: f64,
    pub speaker_ok: usize,
    /// A quote counts when matched and its speaker is right.
    pub attributed: Prf,
    /// Among matched quotes whose gold has a speaker mention: share whose predicted
    /// mention overlaps it (`None` when there is none).
    pub speaker_mention_overlap_acc: Option<f64>,
    pub by_class: BTreeMap<String, Prf>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuotesReport {
    pub exact: QuoteModeReport,
    pub lenient: QuoteModeReport,
    pub speakers_resolved: bool,
    pub direct_only: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SentimentReport {
    pub n: usize,
    /// Gold documents with a score whose prediction has none.
    pub missing: usize,
    pub pearson: Option<f64>,
    pub spearman: Option<f64>,
    /// Agreement of negative / neutral / positive at +-threshold.
    pub sign3_acc: Option<f64>,
    pub threshold: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TargetsReport {
    pub n: usize,
    /// Gold targets with a predicted polarity.
    pub covered: usize,
    pub accuracy: f64,
    pub macro_f1: f64,
    pub per_class: BTreeMap<String, Prf>,
    /// `"gold->pred"` counts (`None` for an unknown or missing polarity).
    pub confusion: BTreeMap<String, usize>,
}

fn pct(x: Option<f64>) -> String {
    match x {
        Some(x) => format!("{:6.2}", 100.0 * x),
        None => "n/a".into(),
    }
}

fn prf_row(
    f: &mut fmt::Formatter<'_>,
    indent: &str,
    name: &str,
    m: &Prf,
    extra: &str,
) -> fmt::Result {
    writeln!(
        f,
        "{indent}{name:<22} P {}  R {}  F1 {}   (tp {}, pred {}, gold {}){extra}",
        pct(Some(m.p)),
        pct(Some(m.r)),
        pct(Some(m.f1)),
        m.tp,
        m.n_pred,
        m.n_gold
    )
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = &self.docs;
        writeln!(
            f,
            "documents: gold {}, pred {}, missing {}, extra {}, text mismatch {}",
            d.gold,
            d.pred,
            d.missing.len(),
            d.extra.len(),
            d.text_mismatch.len()
        )?;
        if !d.missing.is_empty() {
            let shown: Vec<&str> = d.missing.iter().take(10).map(String::as_str).collect();
            let more = if d.missing.len() > 10 { " ..." } else { "" };
            writeln!(f, "  missing (scored as empty): {}{more}", shown.join(", "))?;
        }
        if let Some(bad) = d.offsets_not_on_char_boundary.filter(|&b| b > 0) {
            writeln!(
                f,
                "  WARNING: {bad} byte offsets not on a character boundary"
            )?;
        }
        if !self.layers_not_in_gold.is_empty() {
            writeln!(
                f,
                "layers not in gold (skipped): {}",
                self.layers_not_in_gold.join(", ")
            )?;
        }
        if let Some(t) = &self.tokens {
            writeln!(f, "\n[tokens]")?;
            prf_row(f, "  ", "exact span", &t.exact, "")?;
        }
        if let Some(s) = &self.sentences {
            writeln!(f, "\n[sentences]")?;
            prf_row(f, "  ", "exact span (trimmed)", &s.exact, "")?;
            prf_row(f, "  ", "end boundary", &s.boundary, "")?;
            writeln!(
                f,
                "  documents fully correct: {}/{} ({}%)",
                s.docs_all_correct,
                s.docs,
                pct(Some(s.docs_all_correct_share)).trim()
            )?;
        }
        if let Some(e) = &self.entities {
            let dc = if e.nested_dont_care {
                "  (gold nested mentions: don't care)"
            } else {
                ""
            };
            writeln!(f, "\n[entities]{dc}")?;
            for (name, m) in e.variants() {
                let extra = if m.dont_care > 0 {
                    format!(", don't care {}", m.dont_care)
                } else {
                    String::new()
                };
                prf_row(f, "  ", name, &m.prf, &extra)?;
            }
            if let Some(ign) = e.ignored_pred_labels.as_ref().filter(|m| !m.is_empty()) {
                // ordered as the reference scorer prints them: by the text of each
                // (label, count) pair, a missing label (`null` in JSON) shown as `None`
                let mut items: Vec<(String, String)> = ign
                    .iter()
                    .map(|(k, v)| match k.as_str() {
                        "null" => (format!("(None, {v})"), format!("None {v}")),
                        _ => (format!("('{k}', {v})"), format!("{k} {v}")),
                    })
                    .collect();
                items.sort();
                let list: Vec<String> = items.into_iter().map(|(_, shown)| shown).collect();
                writeln!(
                    f,
                    "  ignored predicted labels (not in gold scheme): {}",
                    list.join(", ")
                )?;
            }
            if let Some(pc) = &e.per_coarse_label {
                writeln!(f, "  per coarse label (exact span):")?;
                for (k, m) in pc {
                    prf_row(f, "    ", k, m, "")?;
                }
            }
            writeln!(f, "  recall per gold label (exact span+label):")?;
            for (k, m) in &e.per_gold_label_recall {
                writeln!(
                    f,
                    "    {k:<44} R {}  ({}/{})",
                    pct(Some(m.r)),
                    m.tp,
                    m.n_gold
                )?;
            }
            writeln!(f, "  precision per predicted label (exact span+label):")?;
            for (k, m) in &e.per_pred_label_precision {
                writeln!(
                    f,
                    "    {k:<44} P {}  ({}/{})",
                    pct(Some(m.p)),
                    m.tp,
                    m.n_pred
                )?;
            }
        }
        if let Some(q) = &self.quotes {
            let direct = if q.direct_only { "  (direct only)" } else { "" };
            let spk = if q.speakers_resolved {
                "  (speakers resolved: by canonical name)"
            } else {
                "  (speakers: mention overlap or surface name)"
            };
            writeln!(f, "\n[quotes]{direct}{spk}")?;
            for (mode, m) in [("exact", &q.exact), ("lenient", &q.lenient)] {
                prf_row(f, "  ", &format!("{mode} detection"), &m.prf, "")?;
                for (c, cm) in &m.by_class {
                    prf_row(f, "    ", &format!("  {c}"), cm, "")?;
                }
                let men = match m.speaker_mention_overlap_acc {
                    Some(x) => format!("{}%", pct(Some(x)).trim()),
                    None => "n/a".into(),
                };
                writeln!(
                    f,
                    "    speaker accuracy over matched: {}% ({}/{}); speaker mention overlap: {men}",
                    pct(Some(m.speaker_acc)).trim(),
                    m.speaker_ok,
                    m.prf.tp
                )?;
                prf_row(f, "    ", &format!("{mode} attributed"), &m.attributed, "")?;
            }
        }
        if let Some(s) = &self.sentiment {
            let corr = |x: Option<f64>| x.map_or("n/a".to_string(), |x| format!("{x:7.4}"));
            writeln!(f, "\n[sentiment]")?;
            writeln!(
                f,
                "  n {} (missing {})  Pearson {}  Spearman {}  sign accuracy (+-{}) {}%",
                s.n,
                s.missing,
                corr(s.pearson),
                corr(s.spearman),
                s.threshold,
                pct(s.sign3_acc).trim()
            )?;
        }
        if let Some(t) = &self.targets {
            writeln!(f, "\n[targets]")?;
            writeln!(
                f,
                "  n {} (covered {})  accuracy {}%  macro-F1 {}%",
                t.n,
                t.covered,
                pct(Some(t.accuracy)).trim(),
                pct(Some(t.macro_f1)).trim()
            )?;
            for (c, m) in &t.per_class {
                prf_row(f, "    ", c, m, "")?;
            }
        }
        Ok(())
    }
}
