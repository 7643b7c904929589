//! The key-client profile at work (domain §1): normalise each measured value to 0–100,
//! check the knock-out gates, compute the weighted profile score, rank the base, sort it
//! into classes (key / development / standard) and run the Pareto and capacity checks.
//!
//! Ranking the whole base is the hot path (10 000 clients × 30 criteria must stay far
//! below a frame in wasm): the scored criteria are prepared once per call of
//! [`rank_and_classify`] into a fixed-point plan (`plan.rs`), clients are only borrowed,
//! and a client allocates nothing unless it misses a value or fails a gate.

mod classify;
mod fixed;
mod plan;

pub use classify::{
    checks, rank_and_classify, rank_lines, ClassRule, PortfolioChecks, Scorer,
    PARETO_LIMIT_PERCENT, SHARE_DP,
};

use crate::engine::model::{Client, ClientId, Criterion, CriterionId, Direction, Gate, Scale};
use plan::Plan;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Decimal places kept by a profile score (`77.48`).
pub const SCORE_DP: u32 = 2;

/// Normalisation (нормирование) of a measured value to a criterion score 0–100.
///
/// - Linear, higher is better: (x − low) / (high − low) · 100; lower is better:
///   (high − x) / (high − low) · 100; both clamped to [0, 100].
/// - Bands: the score of the band with the largest `from` ≤ x; below every band, 0.
/// - `None` for a criterion without a scale, and for a scale that cannot score anything
///   (linear with high ≤ low, no bands) — validation reports those to the user.
pub fn normalise(criterion: &Criterion, value: Decimal) -> Option<Decimal> {
    match &criterion.scale {
        Scale::None => None,
        Scale::Linear { low, high } => {
            if high <= low {
                return None;
            }
            let (low, high) = (*low, *high);
            let better_when_higher = criterion.direction == Direction::HigherIsBetter;
            if value <= low {
                return Some(if better_when_higher {
                    Decimal::ZERO
                } else {
                    Decimal::ONE_HUNDRED
                });
            }
            if value >= high {
                return Some(if better_when_higher {
                    Decimal::ONE_HUNDRED
                } else {
                    Decimal::ZERO
                });
            }
            // low < value < high, so both differences are below high − low: divide first,
            // then scale, and nothing can overflow except high − low itself.
            let span = high.checked_sub(low)?;
            let distance = if better_when_higher {
                value - low
            } else {
                high - value
            };
            distance
                .checked_div(span)?
                .checked_mul(Decimal::ONE_HUNDRED)
        }
        Scale::Bands { bands } => {
            if bands.is_empty() {
                return None;
            }
            // Not relying on the order: the band with the largest `from` not above x wins.
            Some(
                bands
                    .iter()
                    .filter(|b| b.from <= value)
                    .max_by(|a, b| a.from.cmp(&b.from))
                    .map_or(Decimal::ZERO, |b| b.score),
            )
        }
    }
}

/// The knock-out gates (стоп-факторы) the client fails: the ids, in ascending order, of the
/// criteria whose gate `[min, max]` (both ends included) does not contain the client's
/// value. A gated criterion without a value fails too: a client cannot become key on
/// missing data. Gates apply whatever the criterion's weight or scale. Named after the
/// question it answers; an empty list means the client passes them all.
pub fn passes_gates(criteria: &[Criterion], client: &Client) -> Vec<CriterionId> {
    let mut failed: Vec<CriterionId> = criteria
        .iter()
        .filter(|k| {
            k.gate
                .as_ref()
                .is_some_and(|gate| client.values.get(&k.id).is_none_or(|x| outside(gate, *x)))
        })
        .map(|k| k.id)
        .collect();
    crate::engine::sort::sort_by_key(&mut failed, |k| *k);
    failed
}

/// True when `x` lies outside the gate's `[min, max]`.
fn outside(gate: &Gate, x: Decimal) -> bool {
    gate.min.is_some_and(|min| x < min) || gate.max.is_some_and(|max| x > max)
}

/// The class (класс клиента) the profile gives a client.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// Key client (ключевой): the largest long-term potential we can serve.
    Key,
    /// Development client (развитие): promising, or key by score but failing a gate.
    Development,
    /// Standard client (стандартный): served by the ordinary sales process.
    Standard,
}

/// One client's line in the ranked list of the profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientScore {
    /// The client.
    pub client: ClientId,
    /// Profile score 0–100 rounded to [`SCORE_DP`]; `None` when the profile's total
    /// weight of measurable criteria is zero.
    pub score: Option<Decimal>,
    /// The knock-out gates the client fails (see [`passes_gates`]).
    pub failed_gates: Vec<CriterionId>,
    /// Scored criteria the client has no value for (each counted as 0).
    pub missing: Vec<CriterionId>,
    /// Competition rank by score, 1 = best, ties share a rank ("1, 2, 2, 4");
    /// `None` for a client without a score.
    pub rank: Option<usize>,
    /// Key, development or standard.
    pub class: Class,
}

/// The profile score (скоринг по профилю) of one client:
/// Score = Σ_c w_c · s_c / Σ_c w_c over the measurable criteria with weight > 0 (and a
/// scale that can score), s_c from [`normalise`], rounded to [`SCORE_DP`] (through a guard
/// rounding to 10 places, so an exact midpoint such as 12.345 becomes 12.35). A missing
/// value counts as 0 and its criterion is listed in the second element, in id order. The
/// score is `None` when that total weight is 0 (or, for absurd magnitudes, on overflow).
pub fn score(criteria: &[Criterion], client: &Client) -> (Option<Decimal>, Vec<CriterionId>) {
    let evaluation = Plan::new(criteria).evaluate(client);
    (evaluation.score, evaluation.missing)
}
