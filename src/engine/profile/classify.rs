//! Ranking and classes of the profiled base, and the Pareto and capacity checks (domain §1).

use super::plan::Plan;
use super::{Class, ClientScore, SCORE_DP};
use crate::engine::model::{Client, Company, Criterion};
use crate::engine::money::round;
use crate::engine::sort::sort_keyed;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::borrow::Borrow;

/// Decimal places kept by the share of key clients in per cent (`33.3`).
pub const SHARE_DP: u32 = 1;

/// The Pareto limit of the domain brief: key clients are at most 20 % of the base.
pub const PARETO_LIMIT_PERCENT: u32 = 20;

/// How the ranked base is split into classes. Written internally tagged, read through
/// [`RawClassRule`] (see `model::Scale` for why).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "RawClassRule")]
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

/// The `kind` of a [`ClassRule`] as written.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RuleKind {
    Thresholds,
    TopN,
}

/// A [`ClassRule`] as read: the tag and every field either kind may have.
#[derive(Deserialize)]
struct RawClassRule {
    kind: RuleKind,
    #[serde(default)]
    key_from: Option<Decimal>,
    #[serde(default)]
    development_from: Option<Decimal>,
    #[serde(default)]
    key: Option<usize>,
    #[serde(default)]
    development: Option<usize>,
}

impl TryFrom<RawClassRule> for ClassRule {
    type Error = String;

    fn try_from(raw: RawClassRule) -> Result<ClassRule, String> {
        use crate::engine::model::missing;
        match raw.kind {
            RuleKind::Thresholds => Ok(ClassRule::Thresholds {
                key_from: raw.key_from.ok_or_else(|| missing("key_from"))?,
                development_from: raw
                    .development_from
                    .ok_or_else(|| missing("development_from"))?,
            }),
            RuleKind::TopN => Ok(ClassRule::TopN {
                key: raw.key.ok_or_else(|| missing("key"))?,
                development: raw.development.ok_or_else(|| missing("development"))?,
            }),
        }
    }
}

impl ClassRule {
    /// The rule of a new workspace and of a migrated version-1 document: key from a
    /// score of 70, development from 50.
    pub fn default_thresholds() -> ClassRule {
        ClassRule::Thresholds {
            key_from: Decimal::from(70),
            development_from: Decimal::from(50),
        }
    }

    /// The class a score and rank earn before the gates are applied.
    fn earned(&self, score: Decimal, rank: usize) -> Class {
        match *self {
            ClassRule::Thresholds {
                key_from,
                development_from,
            } => by_thresholds(score, key_from, development_from),
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
pub fn rank_and_classify<C: Borrow<Client>>(
    criteria: &[Criterion],
    clients: &[C],
    rule: &ClassRule,
) -> Vec<ClientScore> {
    let scorer = Scorer::new(criteria);
    let mut out: Vec<ClientScore> = clients.iter().map(|c| scorer.line(c.borrow())).collect();
    rank_lines(&mut out, rule);
    out
}

/// A profile prepared once to score many clients one at a time: what
/// [`rank_and_classify`] does per client, for callers that keep the lines of clients
/// that did not change (the incremental analysis).
pub struct Scorer<'a>(Plan<'a>);

impl<'a> Scorer<'a> {
    /// Prepares the scored criteria and the gates of `criteria`.
    pub fn new(criteria: &'a [Criterion]) -> Scorer<'a> {
        Scorer(Plan::new(criteria))
    }

    /// The client's score, failed gates and missing values; unranked and standard
    /// until [`rank_lines`] runs over the whole base.
    pub fn line(&self, client: &Client) -> ClientScore {
        let found = self.0.evaluate(client);
        ClientScore {
            client: client.id,
            score: found.score,
            failed_gates: found.failed_gates,
            missing: found.missing,
            rank: None,
            class: Class::Standard,
        }
    }
}

/// Ranks the scored `lines` of a whole base and puts them in classes under `rule`, as
/// described at [`rank_and_classify`]; every rank and class is overwritten.
pub fn rank_lines(lines: &mut [ClientScore], rule: &ClassRule) {
    // Sorting on integer keys: comparing two Decimals costs a rescale each time.
    let mut order: Vec<(i128, usize)> = Vec::with_capacity(lines.len());
    order.extend(
        lines
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.score.map(|v| (sort_key(v), i))),
    );
    sort_keyed(&mut order, true);
    for line in lines.iter_mut() {
        line.rank = None;
        line.class = Class::Standard;
    }
    // Thresholds as keys: a score of 10^−SCORE_DP steps reaches t exactly when its key
    // reaches ⌈t · 10^SCORE_DP⌉ (comparing Decimals cost a rescale per client).
    let threshold_keys = match *rule {
        ClassRule::Thresholds {
            key_from,
            development_from,
        } => threshold_key(key_from).zip(threshold_key(development_from)),
        ClassRule::TopN { .. } => None,
    };
    let mut rank = 0;
    let mut previous = None;
    for (position, &(key, i)) in order.iter().enumerate() {
        // Competition ranking: a new score starts at its 1-based position.
        if previous != Some(key) {
            rank = position + 1;
            previous = Some(key);
        }
        let line = &mut lines[i];
        let Some(value) = line.score else { continue };
        line.rank = Some(rank);
        let earned = match threshold_keys {
            Some((key_from, development_from)) if value.scale() <= SCORE_DP => {
                by_thresholds(key, key_from, development_from)
            }
            _ => rule.earned(value, rank),
        };
        line.class = match earned {
            Class::Key if !line.failed_gates.is_empty() => Class::Development,
            class => class,
        };
    }
}

/// Key from `key_from`, development from `development_from` (both included).
fn by_thresholds<T: PartialOrd>(score: T, key_from: T, development_from: T) -> Class {
    if score >= key_from {
        Class::Key
    } else if score >= development_from {
        Class::Development
    } else {
        Class::Standard
    }
}

/// The smallest [`sort_key`] of a score that reaches `threshold`: ⌈t · 10^SCORE_DP⌉;
/// `None` when it does not fit (the Decimal comparison is used then).
fn threshold_key(threshold: Decimal) -> Option<i128> {
    let scaled = threshold
        .checked_mul(Decimal::from(10i64.pow(SCORE_DP)))?
        .ceil();
    scaled
        .mantissa()
        .checked_div(10i128.checked_pow(scaled.scale())?)
}

/// A score as an integer that orders like it: its mantissa at [`SCORE_DP`] places
/// (< 2^96 · 100, so it always fits an `i128`).
fn sort_key(score: Decimal) -> i128 {
    // Scores from the profile already have SCORE_DP places: no rounding call for them.
    let rounded = if score.scale() <= SCORE_DP {
        score
    } else {
        round(score, SCORE_DP)
    };
    rounded.mantissa() * 10i128.pow(SCORE_DP - rounded.scale())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::ClientId;

    fn line(id: u32, score: Decimal) -> ClientScore {
        ClientScore {
            client: ClientId(id),
            score: Some(score),
            failed_gates: Vec::new(),
            missing: Vec::new(),
            rank: None,
            class: Class::Standard,
        }
    }

    #[test]
    fn thresholds_with_more_places_than_a_score_compare_exactly() {
        // Key from 70.005, development from 40: 70.01 ≥ 70.005 is key, 70.00 is not
        // (development), 40.00 reaches 40 exactly, 39.99 does not.
        let rule = ClassRule::Thresholds {
            key_from: Decimal::new(70_005, 3),
            development_from: Decimal::from(40),
        };
        let mut lines = vec![
            line(1, Decimal::new(7001, 2)),
            line(2, Decimal::new(7000, 2)),
            line(3, Decimal::new(4000, 2)),
            line(4, Decimal::new(3999, 2)),
        ];
        rank_lines(&mut lines, &rule);
        let classes: Vec<Class> = lines.iter().map(|l| l.class).collect();
        assert_eq!(
            classes,
            [
                Class::Key,
                Class::Development,
                Class::Development,
                Class::Standard
            ]
        );
        let ranks: Vec<Option<usize>> = lines.iter().map(|l| l.rank).collect();
        assert_eq!(ranks, [Some(1), Some(2), Some(3), Some(4)]);
    }
}
