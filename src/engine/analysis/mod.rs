//! Everything the "Clients & portfolio" screens show, computed in one pass per change.
//!
//! [`analyse`] runs the profile (score, rank, class, gates), the potential value and
//! the first year's potential, the profitability and its flags, the portfolio matrix,
//! the Pareto and capacity checks, the bias check, the whale curve and the list of
//! criteria that cannot be measured. The UI wraps it in one `Memo` over the workspace
//! and renders from the result: no formula lives in a component.
//!
//! Rows, the bias rows and the portfolio inputs all follow the order of
//! `Workspace::clients`: `rows[i]` and `bias.rows[i]` are the same client.
//!
//! [`analyse_with`] keeps what depends on one client alone (score, gates, potential,
//! profitability) in an [`AnalysisCache`] and recomputes it only for clients that
//! changed (`cache.rs`): an edit of one client in a big base costs the portfolio-wide
//! part only (ranks, classes, checks, bias, whale curve). That part comes in two
//! steps, so that a screen needing only the rows does not pay for the charts:
//! [`rank_with`] (rows, classes, checks) and [`complete`] (bias, matrix, whale curve).

mod cache;

pub use cache::AnalysisCache;
use cache::Parts;

use crate::engine::bias::{bias_check, BiasCheck, BiasInput};
use crate::engine::model::{ClientId, CriterionId, Workspace};
use crate::engine::money::Money;
use crate::engine::portfolio::{portfolio, Portfolio, PortfolioInput, Quadrant};
use crate::engine::potential::PotentialFigures;
use crate::engine::profile::{checks, rank_lines, Class, PortfolioChecks};
use crate::engine::profitability::{flags, whale_curve, ProfitFlag, Profitability, WhaleCurve};
use crate::engine::workshop::strength::{session_strengths, strength_of};
use rust_decimal::Decimal;

/// One client's line on the clients screen.
#[derive(Clone, Debug, PartialEq)]
pub struct ClientRow {
    /// The client.
    pub client: ClientId,
    /// Profile score 0–100 (two places); `None` when the profile cannot score.
    pub score: Option<Decimal>,
    /// Competition rank by score ("1, 2, 2, 4"); `None` without a score.
    pub rank: Option<usize>,
    /// Key, development or standard.
    pub class: Class,
    /// Knock-out gates the client fails (it cannot be key), in id order.
    pub failed_gates: Vec<CriterionId>,
    /// Scored criteria without a value (counted as 0), in id order.
    pub missing: Vec<CriterionId>,
    /// Potential value: NPV of the yearly potential margins at the discount rate.
    pub potential_value: Money,
    /// Potential revenue and margin of the first year of the horizon
    /// (`settings.start_year`); `None` when the client has no entry for that year.
    pub first_year: Option<PotentialFigures>,
    /// Revenue down to contribution, contribution margin and cost-to-serve.
    pub profitability: Profitability,
    /// VIP but loss-making; key but unprofitable.
    pub flags: Vec<ProfitFlag>,
    /// Our rating ÷ the best competitor's, if assessed: measured by the client's
    /// workshop when it has one with ballots, else as entered on the client.
    pub relative_strength: Option<Decimal>,
    /// Whether [`ClientRow::relative_strength`] comes from a workshop session.
    pub strength_from_session: bool,
    /// The portfolio quadrant; `None` when the client cannot be placed.
    pub quadrant: Option<Quadrant>,
}

/// The analysis of a whole workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// One row per client, in the order of the workspace.
    pub rows: Vec<ClientRow>,
    /// Pareto (key ≤ 20 % of the base) and KAM capacity checks.
    pub checks: PortfolioChecks,
    /// Revenue vs potential vs score: ranks, correlations, overrated and hidden clients.
    pub bias: BiasCheck,
    /// The McDonald & Rogers matrix.
    pub portfolio: Portfolio,
    /// The whale curve over every client's contribution.
    pub whale: WhaleCurve,
    /// Criteria that cannot be measured (no unit or no scale), in profile order.
    pub unmeasurable: Vec<CriterionId>,
}

/// Analyses `ws`: see the module documentation. Never panics; a 10 000-client,
/// 30-criterion workspace takes a few tens of milliseconds natively (benches/engine.rs).
pub fn analyse(ws: &Workspace) -> Analysis {
    analyse_with(ws, &mut AnalysisCache::default())
}

/// [`analyse`], reusing from `cache` the per-client results of every client that is
/// the same `Arc` as at the previous call (and while the criteria and settings are
/// equal); `cache` is then updated for the next call. The result is always equal to
/// `analyse(ws)`.
pub fn analyse_with(ws: &Workspace, cache: &mut AnalysisCache) -> Analysis {
    complete(&rank_with(ws, cache), ws)
}

/// The rows of the analysis with their classes, the portfolio checks and the
/// unmeasurable criteria: everything of [`Analysis`] but the bias check, the matrix
/// and the whale curve.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    /// One row per client, in the order of the workspace.
    pub rows: Vec<ClientRow>,
    /// Pareto (key ≤ 20 % of the base) and KAM capacity checks.
    pub checks: PortfolioChecks,
    /// Criteria that cannot be measured (no unit or no scale), in profile order.
    pub unmeasurable: Vec<CriterionId>,
}

/// The first step of [`analyse_with`]: per-client parts (from `cache` where the client
/// did not change), ranks, classes, flags, quadrants and the checks.
pub fn rank_with(ws: &Workspace, cache: &mut AnalysisCache) -> Ranked {
    let parts: Vec<&Parts> = cache.parts(ws).collect();
    let mut scores: Vec<_> = parts.iter().map(|p| p.score.clone()).collect();
    rank_lines(&mut scores, &ws.class_rule);
    let checks = checks(&scores, &ws.company);
    let sessions = session_strengths(ws);
    let rows = ws
        .clients
        .iter()
        .zip(scores)
        .zip(parts)
        .map(|((client, score), part)| {
            let from_session = strength_of(&sessions, client.id);
            let strength = from_session.or(client.relative_strength);
            ClientRow {
                client: client.id,
                flags: flags(
                    client.vip,
                    score.class == Class::Key,
                    part.profitability.contribution,
                ),
                quadrant: Quadrant::place(score.score, strength),
                score: score.score,
                rank: score.rank,
                class: score.class,
                failed_gates: score.failed_gates,
                missing: score.missing,
                potential_value: part.potential_value,
                first_year: part.first_year.clone(),
                profitability: part.profitability.clone(),
                relative_strength: strength,
                strength_from_session: from_session.is_some(),
            }
        })
        .collect();
    Ranked {
        rows,
        checks,
        unmeasurable: ws
            .criteria
            .iter()
            .filter(|k| !k.is_measurable())
            .map(|k| k.id)
            .collect(),
    }
}

/// The second step of [`analyse_with`]: the bias check, the portfolio matrix and the
/// whale curve over the rows of `ranked` (which must come from `ws`).
pub fn complete(ranked: &Ranked, ws: &Workspace) -> Analysis {
    let pairs = || ws.clients.iter().zip(&ranked.rows);
    let bias_inputs: Vec<BiasInput> = pairs()
        .map(|(client, row)| BiasInput {
            client: client.id,
            vip: client.vip,
            revenue: client.revenue,
            potential_value: row.potential_value,
            score: row.score,
        })
        .collect();
    let matrix_inputs: Vec<PortfolioInput> = pairs()
        .map(|(client, row)| PortfolioInput {
            client: client.id,
            attractiveness: row.score,
            relative_strength: row.relative_strength,
            potential_value: row.potential_value,
        })
        .collect();
    let contributions: Vec<Money> = ranked
        .rows
        .iter()
        .map(|r| r.profitability.contribution)
        .collect();
    Analysis {
        checks: ranked.checks.clone(),
        bias: bias_check(&bias_inputs),
        portfolio: portfolio(&matrix_inputs),
        whale: whale_curve(&contributions),
        unmeasurable: ranked.unmeasurable.clone(),
        rows: ranked.rows.clone(),
    }
}
