//! The key-client profile at work (domain §1): normalise each measured value to 0–100,
//! check the knock-out gates, compute the weighted profile score, rank the base, sort it
//! into classes (key / development / standard) and run the Pareto and capacity checks.
//!
//! Ranking the whole base is the hot path (10 000 clients × 30 criteria must stay far
//! below a frame in wasm): the scorable and gated criteria are picked once per call of
//! [`rank_and_classify`], clients are only borrowed, and a client allocates nothing
//! unless it misses a value or fails a gate.

use crate::engine::model::{Client, ClientId, Company, Criterion, CriterionId, Direction, Scale};
use crate::engine::money::round;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Decimal places kept by a profile score (`77.48`).
pub const SCORE_DP: u32 = 2;

/// Decimal places kept by the share of key clients in per cent (`33.3`).
pub const SHARE_DP: u32 = 1;

/// The Pareto limit of the domain brief: key clients are at most 20 % of the base.
pub const PARETO_LIMIT_PERCENT: u32 = 20;

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

/// The knock-out gates (стоп-факторы) the client fails: the ids of the criteria whose gate
/// `[min, max]` (both ends included) does not contain the client's value. A gated
/// criterion without a value fails too: a client cannot become key on missing data.
/// Named after the question it answers; an empty list means the client passes them all.
pub fn passes_gates(criteria: &[Criterion], client: &Client) -> Vec<CriterionId> {
    criteria
        .iter()
        .filter(|k| fails_gate(k, client))
        .map(|k| k.id)
        .collect()
}

/// True when `criterion` has a gate and the client's value is missing or outside it.
fn fails_gate(criterion: &Criterion, client: &Client) -> bool {
    let Some(gate) = &criterion.gate else {
        return false;
    };
    match client.values.get(&criterion.id) {
        None => true,
        Some(v) => gate.min.is_some_and(|min| *v < min) || gate.max.is_some_and(|max| *v > max),
    }
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

/// The criteria that enter the score, picked once for a whole base.
struct Scoring<'a> {
    /// Measurable criteria with a weight above zero and a scale that can score.
    weighted: Vec<(Decimal, &'a Criterion)>,
    /// Σ of their weights.
    total: Decimal,
}

impl<'a> Scoring<'a> {
    fn new(criteria: &'a [Criterion]) -> Scoring<'a> {
        let weighted: Vec<(Decimal, &Criterion)> = criteria
            .iter()
            .filter(|k| k.weight > Decimal::ZERO && k.is_measurable() && can_score(k))
            .map(|k| (k.weight, k))
            .collect();
        let total = weighted
            .iter()
            .try_fold(Decimal::ZERO, |sum, (w, _)| sum.checked_add(*w))
            .unwrap_or(Decimal::ZERO);
        Scoring { weighted, total }
    }

    /// Score = Σ w_c · s_c / Σ w_c, a missing value scoring 0; the missing ids are pushed.
    fn score(&self, client: &Client, missing: &mut Vec<CriterionId>) -> Option<Decimal> {
        if self.total.is_zero() {
            return None;
        }
        let mut sum = Decimal::ZERO;
        for (weight, criterion) in &self.weighted {
            let Some(value) = client.values.get(&criterion.id) else {
                missing.push(criterion.id);
                continue;
            };
            // `can_score` admitted the scale, so `None` here can only be an overflow.
            let s = normalise(criterion, *value)?;
            sum = sum.checked_add(weight.checked_mul(s)?)?;
        }
        Some(round(sum.checked_div(self.total)?, SCORE_DP))
    }
}

/// True when the criterion's scale gives a score for some value (see [`normalise`]).
fn can_score(criterion: &Criterion) -> bool {
    match &criterion.scale {
        Scale::None => false,
        Scale::Linear { low, high } => low < high,
        Scale::Bands { bands } => !bands.is_empty(),
    }
}

/// The profile score (скоринг по профилю) of one client:
/// Score = Σ_c w_c · s_c / Σ_c w_c over the measurable criteria with weight > 0, s_c from
/// [`normalise`], rounded to [`SCORE_DP`]. A missing value counts as 0 and its criterion
/// is listed in the second element. The score is `None` when that total weight is 0
/// (or, for absurd magnitudes, when the sum overflows [`Decimal`]).
pub fn score(criteria: &[Criterion], client: &Client) -> (Option<Decimal>, Vec<CriterionId>) {
    let mut missing = Vec::new();
    let score = Scoring::new(criteria).score(client, &mut missing);
    (score, missing)
}

/// How the ranked base is split into classes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ClassRule {
    /// By score: key from `key_from`, development from `development_from` (both included).
    Thresholds {
        /// Lowest score of a key client.
        key_from: Decimal,
        /// Lowest score of a development client.
        development_from: Decimal,
    },
    /// By rank: ranks 1..=`key` are key, the next `development` ranks are development.
    /// A tie across a boundary stays together on the better side (equal scores, equal class).
    TopN {
        /// How many top ranks are key.
        key: usize,
        /// How many ranks after them are development.
        development: usize,
    },
}

impl ClassRule {
    /// The class a score and rank earn before the gates are applied.
    fn earned(&self, score: Decimal, rank: usize) -> Class {
        match *self {
            ClassRule::Thresholds {
                key_from,
                development_from,
            } => {
                if score >= key_from {
                    Class::Key
                } else if score >= development_from {
                    Class::Development
                } else {
                    Class::Standard
                }
            }
            ClassRule::TopN { key, development } => {
                if rank <= key {
                    Class::Key
                } else if rank <= key.saturating_add(development) {
                    Class::Development
                } else {
                    Class::Standard
                }
            }
        }
    }
}

/// The prioritised client base (приоритизация клиентской базы): every client's score,
/// failed gates, missing values, competition rank by score descending ("1, 2, 2, 4", on the
/// rounded score the user sees) and class under `rule`. A client failing any gate is never
/// key: it drops to development (its place is not handed to the next client). A client
/// without a score is unranked and standard. The output follows the order of `clients`.
pub fn rank_and_classify(
    criteria: &[Criterion],
    clients: &[Client],
    rule: &ClassRule,
) -> Vec<ClientScore> {
    let scoring = Scoring::new(criteria);
    let gated: Vec<&Criterion> = criteria.iter().filter(|k| k.gate.is_some()).collect();
    let mut out: Vec<ClientScore> = clients
        .iter()
        .map(|client| {
            let mut missing = Vec::new();
            let score = scoring.score(client, &mut missing);
            let failed_gates = gated
                .iter()
                .filter(|k| fails_gate(k, client))
                .map(|k| k.id)
                .collect();
            ClientScore {
                client: client.id,
                score,
                failed_gates,
                missing,
                rank: None,
                class: Class::Standard,
            }
        })
        .collect();

    let mut order: Vec<(Decimal, usize)> = out
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.score.map(|v| (v, i)))
        .collect();
    order.sort_unstable_by_key(|&(value, _)| std::cmp::Reverse(value));
    let mut rank = 0;
    for (position, &(value, i)) in order.iter().enumerate() {
        // Competition ranking: a new score starts at its 1-based position.
        if position == 0 || value != order[position - 1].0 {
            rank = position + 1;
        }
        let line = &mut out[i];
        line.rank = Some(rank);
        line.class = match rule.earned(value, rank) {
            Class::Key if !line.failed_gates.is_empty() => Class::Development,
            class => class,
        };
    }
    out
}

/// The portfolio checks (проверка Парето и ёмкости) of a classified base.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PortfolioChecks {
    /// Clients in the base.
    pub clients: usize,
    /// Key clients among them.
    pub key: usize,
    /// key / clients · 100, rounded to [`SHARE_DP`]; 0 for an empty base.
    pub key_share: Decimal,
    /// Pareto check: key clients are at most [`PARETO_LIMIT_PERCENT`] % of the base
    /// (decided on the exact share, not the rounded one; true for an empty base).
    pub pareto_ok: bool,
    /// What the KAM team can serve: kam_count × accounts_per_kam.
    pub capacity: u32,
    /// Capacity check: key clients ≤ capacity.
    pub capacity_ok: bool,
}

/// Runs the Pareto check (key ≤ 20 % of the base) and the capacity check (key ≤ KAMs ×
/// accounts per KAM) on the output of [`rank_and_classify`].
pub fn checks(scores: &[ClientScore], company: &Company) -> PortfolioChecks {
    let clients = scores.len();
    let key = scores.iter().filter(|s| s.class == Class::Key).count();
    let key_share = if clients == 0 {
        Decimal::ZERO
    } else {
        round(
            Decimal::from(key) * Decimal::ONE_HUNDRED / Decimal::from(clients),
            SHARE_DP,
        )
    };
    // key / clients ≤ 20 / 100  ⇔  key · 100 ≤ 20 · clients, in integers.
    let pareto_ok = (key as u128) * 100 <= (PARETO_LIMIT_PERCENT as u128) * (clients as u128);
    let capacity = company.kam_count.saturating_mul(company.accounts_per_kam);
    PortfolioChecks {
        clients,
        key,
        key_share,
        pareto_ok,
        capacity,
        capacity_ok: key <= capacity as usize,
    }
}
