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

use crate::engine::bias::{bias_check, BiasCheck, BiasInput};
use crate::engine::model::{ClientId, CriterionId, Workspace, MAX_HORIZON_YEARS};
use crate::engine::money::Money;
use crate::engine::portfolio::{portfolio, Portfolio, PortfolioInput, Quadrant};
use crate::engine::potential::{Discount, PotentialFigures};
use crate::engine::profile::{checks, rank_and_classify, Class, PortfolioChecks};
use crate::engine::profitability::{
    flags, profitability, whale_curve, ProfitFlag, Profitability, WhaleCurve,
};
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
    /// Our rating ÷ the best competitor's, if assessed.
    pub relative_strength: Option<Decimal>,
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
    let scores = rank_and_classify(&ws.criteria, &ws.clients, &ws.class_rule);
    let checks = checks(&scores, &ws.company);
    // A valid horizon has at most 10 years; a longer list falls back to the slow path.
    let years = ws.settings.horizon_years.min(MAX_HORIZON_YEARS) as usize;
    let discount = Discount::new(ws.settings.discount_rate, years);
    let first = ws.settings.start_year;

    let n = ws.clients.len();
    let mut rows = Vec::with_capacity(n);
    let mut bias_inputs = Vec::with_capacity(n);
    let mut matrix_inputs = Vec::with_capacity(n);
    let mut contributions = Vec::with_capacity(n);
    for (client, score) in ws.clients.iter().zip(scores) {
        let value = discount.potential_value(&client.potential);
        let first_year = client
            .potential
            .iter()
            .find(|y| y.year == first)
            .map(|y| y.figures());
        let profit = profitability(client.revenue, client.gross_margin, &client.cost_to_serve);
        contributions.push(profit.contribution);
        bias_inputs.push(BiasInput {
            client: client.id,
            vip: client.vip,
            revenue: client.revenue,
            potential_value: value,
            score: score.score,
        });
        matrix_inputs.push(PortfolioInput {
            client: client.id,
            attractiveness: score.score,
            relative_strength: client.relative_strength,
            potential_value: value,
        });
        rows.push(ClientRow {
            client: client.id,
            flags: flags(client.vip, score.class == Class::Key, profit.contribution),
            quadrant: Quadrant::place(score.score, client.relative_strength),
            score: score.score,
            rank: score.rank,
            class: score.class,
            failed_gates: score.failed_gates,
            missing: score.missing,
            potential_value: value,
            first_year,
            profitability: profit,
            relative_strength: client.relative_strength,
        });
    }

    Analysis {
        checks,
        bias: bias_check(&bias_inputs),
        portfolio: portfolio(&matrix_inputs),
        whale: whale_curve(&contributions),
        unmeasurable: ws
            .criteria
            .iter()
            .filter(|k| !k.is_measurable())
            .map(|k| k.id)
            .collect(),
        rows,
    }
}
