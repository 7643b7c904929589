//! A criterion of the key-client profile: what is measured, how, and how it scores.

use super::ids::CriterionId;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Whether a larger measured value is better or worse for us.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// More is better (e.g. housing to be built, m²).
    HigherIsBetter,
    /// Less is better (e.g. overdue receivables, days).
    LowerIsBetter,
}

/// One band of a banded scale: values from `from` (inclusive) up to the next band score `score`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Band {
    /// Lower bound of the band, in the criterion's unit.
    pub from: Decimal,
    /// Score 0–100 given to values in this band.
    pub score: Decimal,
}

/// How a measured value is turned into a score 0–100.
///
/// Written as an internally tagged object (`{"kind": "linear", "low": …, "high": …}`);
/// read through [`RawScale`], a flat struct, because serde's internally tagged enums
/// buffer their content (slow, and ≈ 3 KB of gzip bundle per enum).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "RawScale")]
pub enum Scale {
    /// No scale yet: the criterion is not measurable and is flagged.
    None,
    /// Linear between two anchors (`low < high`); `direction` says which end scores 100.
    Linear {
        /// The anchor that scores 0 (higher is better) or 100 (lower is better).
        low: Decimal,
        /// The anchor that scores 100 (higher is better) or 0 (lower is better).
        high: Decimal,
    },
    /// Thresholds: the band whose `from` is the largest not above the value gives the score.
    Bands {
        /// Bands in ascending order of `from`.
        bands: Vec<Band>,
    },
}

/// The `kind` of a [`Scale`] as written.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum ScaleKind {
    None,
    Linear,
    Bands,
}

/// A [`Scale`] as read: the tag and every field any kind may have.
#[derive(Deserialize)]
struct RawScale {
    kind: ScaleKind,
    #[serde(default)]
    low: Option<Decimal>,
    #[serde(default)]
    high: Option<Decimal>,
    #[serde(default)]
    bands: Option<Vec<Band>>,
}

/// serde's own wording, which the importer turns into the path of the field.
pub(crate) fn missing(field: &str) -> String {
    format!("missing field `{field}`")
}

impl TryFrom<RawScale> for Scale {
    type Error = String;

    fn try_from(raw: RawScale) -> Result<Scale, String> {
        match raw.kind {
            ScaleKind::None => Ok(Scale::None),
            ScaleKind::Linear => Ok(Scale::Linear {
                low: raw.low.ok_or_else(|| missing("low"))?,
                high: raw.high.ok_or_else(|| missing("high"))?,
            }),
            ScaleKind::Bands => Ok(Scale::Bands {
                bands: raw.bands.ok_or_else(|| missing("bands"))?,
            }),
        }
    }
}

/// A knock-out gate: a client whose value falls outside `[min, max]` cannot be key.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Gate {
    /// Smallest acceptable value, if any.
    pub min: Option<Decimal>,
    /// Largest acceptable value, if any (e.g. overdue receivables ≤ 60 days).
    pub max: Option<Decimal>,
}

/// A profile criterion (критерий профиля ключевого клиента).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    /// Stable identifier within the workspace.
    pub id: CriterionId,
    /// Short name, e.g. «Объём ввода жилья».
    pub name: String,
    /// How it is measured, e.g. «план ввода по проектной декларации».
    pub measure: String,
    /// Where the figure comes from, e.g. «ЕРЗ.РФ, сайт застройщика».
    pub source: String,
    /// Unit of the measured value, e.g. «тыс. м²/год»; empty means not measurable.
    pub unit: String,
    /// Whether more is better or worse.
    pub direction: Direction,
    /// Normalisation to 0–100.
    pub scale: Scale,
    /// Relative weight (≥ 0); shown as a share of the total.
    pub weight: Decimal,
    /// Optional knock-out gate.
    #[serde(default)]
    pub gate: Option<Gate>,
}

impl Criterion {
    /// True when the criterion has a unit and a scale, i.e. can be measured and scored.
    pub fn is_measurable(&self) -> bool {
        !self.unit.trim().is_empty() && !matches!(self.scale, Scale::None)
    }
}
