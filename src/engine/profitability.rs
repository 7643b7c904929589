//! Client profitability (прибыльность клиента): cost-to-serve, contribution, the
//! whale curve and the flags that warn about VIP and key clients that lose money.
//!
//! Domain (§2 of the domain brief): count every cost of serving a client — logistics,
//! transport, courier, manager time on negotiations, meetings and trips (hours ×
//! rate), trip expenses, accounting effort, discounts and bonuses, financing of
//! receivables — and see what the client really contributes:
//! contribution = revenue − cost of goods − discounts/bonuses − cost-to-serve.

use crate::engine::money::{round, Money, Rate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Decimal places of the shares on the whale curve (`0.8333` = 83.33 %).
pub const WHALE_DP: u32 = 4;

/// What it costs to serve one client over a year (затраты на обслуживание клиента),
/// entered line by line. All amounts are for the same year as the revenue.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CostToServe {
    /// Warehousing and handling for this client (логистика).
    pub logistics: Money,
    /// Delivery to the client (транспорт).
    pub transport: Money,
    /// Courier services: documents, samples (курьерские расходы).
    pub courier: Money,
    /// Manager hours spent on the client: meetings, negotiations, trips.
    pub manager_hours: Decimal,
    /// Cost of one manager hour (salary with taxes and overhead).
    pub manager_rate: Money,
    /// Travel, hotels and hospitality for trips to the client (командировочные).
    pub trip_expenses: Money,
    /// Accounting hours spent on the client: reconciliations, documents, claims.
    pub accounting_hours: Decimal,
    /// Cost of one accounting hour.
    pub accounting_rate: Money,
    /// Discounts and bonuses granted off the invoiced revenue (скидки и бонусы):
    /// retro bonuses, volume bonuses, promo compensation.
    pub discounts_bonuses: Money,
    /// Average receivables of the client over the year (средняя дебиторская задолженность).
    pub average_receivables: Money,
    /// Annual rate at which those receivables are financed (cost of money).
    pub financing_rate: Rate,
}

impl CostToServe {
    /// Cost of manager time = manager hours × rate per hour, rounded to kopecks.
    pub fn manager_time(&self) -> Money {
        (self.manager_rate * self.manager_hours).rounded()
    }

    /// Cost of accounting effort = accounting hours × rate per hour, rounded to kopecks.
    pub fn accounting_time(&self) -> Money {
        (self.accounting_rate * self.accounting_hours).rounded()
    }

    /// Financing of receivables = average receivables × annual financing rate,
    /// rounded to kopecks.
    pub fn financing(&self) -> Money {
        self.average_receivables.times_rounded(self.financing_rate)
    }

    /// Cost-to-serve in the narrow sense: every line except goods and discounts —
    /// logistics + transport + courier + manager time + trip expenses + accounting
    /// time + financing of receivables, each rounded to kopecks before adding.
    pub fn total(&self) -> Money {
        self.logistics.rounded()
            + self.transport.rounded()
            + self.courier.rounded()
            + self.manager_time()
            + self.trip_expenses.rounded()
            + self.accounting_time()
            + self.financing()
    }
}

/// A client's profit and loss down to contribution (вклад клиента в прибыль).
///
/// Every line is rounded to kopecks, and contribution is exactly
/// revenue − cost of goods − discounts/bonuses − cost-to-serve of the lines shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profitability {
    /// Revenue at invoice prices, before the discounts and bonuses below.
    pub revenue: Money,
    /// Cost of goods sold = revenue − gross profit.
    pub cost_of_goods: Money,
    /// Gross profit = revenue × gross margin.
    pub gross_profit: Money,
    /// Discounts and bonuses granted off the invoiced revenue.
    pub discounts_bonuses: Money,
    /// Cost-to-serve: everything except goods and discounts — logistics, transport,
    /// courier, manager time (hours × rate), trip expenses, accounting time
    /// (hours × rate) and [`financing`](Self::financing); see [`CostToServe::total`].
    pub cost_to_serve: Money,
    /// Financing of receivables = average receivables × annual rate; already
    /// included in `cost_to_serve`, shown apart because it is often forgotten.
    pub financing: Money,
    /// Contribution = revenue − cost of goods − discounts/bonuses − cost-to-serve
    /// (= gross profit − discounts/bonuses − cost-to-serve).
    pub contribution: Money,
    /// Contribution margin = contribution / revenue, rounded to six places of the
    /// fraction; `None` when revenue is zero (a prospect) and the ratio is undefined.
    pub contribution_margin: Option<Rate>,
}

/// The client's profitability from its revenue, gross margin and cost-to-serve.
///
/// `revenue` is invoiced revenue for the year before discounts and bonuses;
/// `gross_margin` is the margin on it as a fraction (cost of goods = revenue ×
/// (1 − gross margin)).
pub fn profitability(revenue: Money, gross_margin: Rate, costs: &CostToServe) -> Profitability {
    let revenue = revenue.rounded();
    let gross_profit = revenue.times_rounded(gross_margin);
    let cost_of_goods = revenue - gross_profit;
    let discounts_bonuses = costs.discounts_bonuses.rounded();
    let cost_to_serve = costs.total();
    let contribution = revenue - cost_of_goods - discounts_bonuses - cost_to_serve;
    let contribution_margin = if revenue.amount().is_zero() {
        None
    } else {
        contribution
            .amount()
            .checked_div(revenue.amount())
            .map(|m| Rate(m).rounded())
    };
    Profitability {
        revenue,
        cost_of_goods,
        gross_profit,
        discounts_bonuses,
        cost_to_serve,
        financing: costs.financing(),
        contribution,
        contribution_margin,
    }
}

/// One point of the whale curve (кривая Стобачоффа).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WhalePoint {
    /// Cumulative share of clients, most profitable first (`0.25` = the top 25 %),
    /// rounded to [`WHALE_DP`] places.
    pub clients_share: Rate,
    /// Cumulative contribution of those clients divided by [`WhaleCurve::base`],
    /// rounded to [`WHALE_DP`] places (`1.6667` = 166.67 %).
    pub contribution_share: Rate,
}

/// The whale curve of a client base (Stobachoff): how the cumulative contribution
/// grows as clients are added from the most to the least profitable.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WhaleCurve {
    /// One point per client plus the origin: starts at (0, 0), ends at (100 %, total / base).
    pub points: Vec<WhalePoint>,
    /// The highest point, when the loss-making clients give part of it back (the curve
    /// ends below it): the "hump of the whale". With a positive total this is exactly
    /// the maximum when it is above 100 %. The first point reaching the maximum is
    /// taken (the fewest clients). `None` when no client has a positive contribution
    /// or none has a negative one.
    pub peak: Option<WhalePoint>,
    /// Total contribution of all clients.
    pub total: Money,
    /// What cumulative contributions are divided by: the total when it is positive;
    /// otherwise the sum of the positive contributions (the curve then tops out at
    /// 100 % and ends at or below 0 %); with no positive contribution at all, the
    /// absolute total (the curve falls from 0 % to −100 %); zero when every
    /// contribution is zero (every share is then 0).
    pub base: Money,
}

/// The whale curve of the given contributions, one per client, in any order.
///
/// Clients are sorted by contribution, highest first; after the k-th of n clients
/// the point is (k / n, cumulative contribution / base), both rounded to
/// [`WHALE_DP`] places with [`round`].
///
/// The shares are "% of total contribution" only when the total is positive. When
/// the total is zero or negative that ratio is undefined or upside down, so the
/// shares are taken against the sum of the positive contributions instead
/// (100 % = everything the profitable clients earn), and against the absolute
/// total when no client is profitable; see [`WhaleCurve::base`].
pub fn whale_curve(contributions: &[Money]) -> WhaleCurve {
    let mut sorted: Vec<Decimal> = contributions.iter().map(|c| c.amount()).collect();
    crate::engine::sort::sort_by(&mut sorted, |a, b| b.cmp(a));
    let total: Decimal = sorted.iter().sum();
    let positive: Decimal = sorted.iter().filter(|c| **c > Decimal::ZERO).sum();
    let base = if total > Decimal::ZERO {
        total
    } else if positive > Decimal::ZERO {
        positive
    } else {
        -total
    };
    let n = Decimal::from(sorted.len());
    let share = |part: Decimal, whole: Decimal| {
        if whole.is_zero() {
            Rate::ZERO
        } else {
            Rate(round(part / whole, WHALE_DP))
        }
    };

    let mut points = vec![WhalePoint {
        clients_share: Rate::ZERO,
        contribution_share: Rate::ZERO,
    }];
    let mut cumulative = Decimal::ZERO;
    let mut best: Option<(Decimal, usize)> = None;
    for (i, c) in sorted.iter().enumerate() {
        cumulative += c;
        if best.is_none_or(|(max, _)| cumulative > max) {
            best = Some((cumulative, i + 1));
        }
        points.push(WhalePoint {
            clients_share: share(Decimal::from(i + 1), n),
            contribution_share: share(cumulative, base),
        });
    }
    let peak = best
        .filter(|(max, _)| *max > Decimal::ZERO && *max > total)
        .map(|(_, at)| points[at].clone());

    WhaleCurve {
        points,
        peak,
        total: Money(total),
        base: Money(base),
    }
}

/// A warning about a client's profitability (сигнал о прибыльности).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfitFlag {
    /// Marked VIP (famous or big) but its contribution is negative: VIP ≠ key.
    VipLossMaking,
    /// Key by profile score but its contribution today is negative.
    KeyButUnprofitable,
}

/// The profitability flags of a client: [`ProfitFlag::VipLossMaking`] when it is VIP
/// and [`ProfitFlag::KeyButUnprofitable`] when it is key, each only when the
/// contribution is below zero (a zero contribution, e.g. a prospect with no costs,
/// raises no flag). Flags come in that order.
pub fn flags(vip: bool, is_key: bool, contribution: Money) -> Vec<ProfitFlag> {
    let mut out = Vec::new();
    if contribution.is_negative() {
        if vip {
            out.push(ProfitFlag::VipLossMaking);
        }
        if is_key {
            out.push(ProfitFlag::KeyButUnprofitable);
        }
    }
    out
}
