//! The base deal of a new offer from the client's profitability model (базовая сделка
//! из модели рентабельности, domain §2 and §4).
//!
//! The profitability model keeps a client's last twelve months in money: revenue at
//! invoice prices R, gross margin m on it, discounts and bonuses D, average
//! receivables A and their financing rate r, and the cost-to-serve lines. It keeps no
//! units, so the base deal counts the volume in units of a conventional list price
//! P = [`CONVENTIONAL_LIST_PRICE`]; the KAM replaces price and volume with real ones.
//! The mapping, so that the base deal's contribution is the model's contribution
//! (gross profit − discounts/bonuses − cost-to-serve) up to the roundings named below:
//!
//! - list price = P; volume = R ÷ P (so list price × volume = R);
//! - unit cost = P × (1 − m), to the kopeck (cost of goods = R × (1 − m));
//! - discount = D ÷ R, to [`RATE_DP`] places (the price cut equals D);
//! - payment days = A × 365 ÷ (R − D), to whole days (days sales outstanding on the
//!   revenue after discounts), at most [`MAX_PAYMENT_DAYS`]: the offer's financing of
//!   the deferral, revenue × days / 365 × r, then equals A × r, the model's financing
//!   of receivables;
//! - cost-to-serve = [`CostToServe::total`] − [`CostToServe::financing`]: every line
//!   except the financing of receivables, which the offer's figures count as the
//!   financing of the deferral (counting it in both would count it twice);
//! - financing rate = r.
//!
//! What the client's data lacks is taken from [`default_base`] and named in
//! [`Prefill::gaps`], so the screen can say the base deal was not (fully) prefilled
//! and why.
//!
//! [`MAX_PAYMENT_DAYS`]: crate::engine::model::MAX_PAYMENT_DAYS

use super::figures::kopecks;
use super::BaseDeal;
use crate::engine::model::{Client, MAX_PAYMENT_DAYS};
use crate::engine::money::{round, Money, Rate, RATE_DP};
use crate::engine::profitability::CostToServe;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The list price of one unit when the client's data has none (it never has: the
/// profitability model keeps money, not units): 1 000 of the workspace currency.
pub const CONVENTIONAL_LIST_PRICE: i64 = 1_000;

/// Something the client's profitability model lacks, so that part of the base deal is
/// the [`default_base`]'s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// No revenue over the last twelve months (a prospect, or not entered): volume,
    /// list price, unit cost, discount and payment days are the defaults.
    Revenue,
    /// No average receivables (or no revenue after discounts to divide them by):
    /// payment days are the default.
    Receivables,
    /// No cost-to-serve line besides the financing of receivables: cost-to-serve is
    /// the default.
    CostToServe,
    /// No financing rate of receivables: the default rate.
    FinancingRate,
}

/// A base deal prefilled from a client, and what in it is a default.
#[derive(Clone, Debug, PartialEq)]
pub struct Prefill {
    /// The base deal.
    pub base: BaseDeal,
    /// What the client's data lacked, in the order of [`Gap`]'s variants.
    pub gaps: Vec<Gap>,
}

/// The base deal of an offer without a client's data: 10 000 units a year at a list
/// price of 1 000 and a unit cost of 750, 5 % discount, 30 days, cost-to-serve
/// 500 000 a year, money at 16 % a year.
pub fn default_base() -> BaseDeal {
    BaseDeal {
        volume_per_year: Decimal::from(10_000),
        list_price: Money(Decimal::from(CONVENTIONAL_LIST_PRICE)),
        unit_cost: Money(Decimal::from(750)),
        discount: Rate(Decimal::new(5, 2)),
        payment_days: 30,
        cost_to_serve: Money(Decimal::from(500_000)),
        financing_rate: Rate(Decimal::new(16, 2)),
    }
}

/// The cost-to-serve of the offer's base deal: [`CostToServe::total`] without the
/// financing of receivables (see the module doc), to the kopeck.
pub fn offer_cost_to_serve(costs: &CostToServe) -> Money {
    costs.total() - costs.financing()
}

/// The base deal of a new offer for `client`, from its profitability model (the
/// mapping is in the module doc); the defaults of [`default_base`] where the data
/// lacks something, each named in [`Prefill::gaps`].
pub fn base_from_client(client: &Client) -> Prefill {
    let mut base = default_base();
    let mut gaps = Vec::new();
    let costs = &client.cost_to_serve;
    let revenue = client.revenue.rounded().amount();
    let discounts = costs.discounts_bonuses.rounded().amount();
    if revenue > Decimal::ZERO {
        let price = Decimal::from(CONVENTIONAL_LIST_PRICE);
        base.list_price = Money(price);
        base.volume_per_year = revenue / price;
        base.unit_cost = kopecks(price * (Decimal::ONE - client.gross_margin.fraction()));
        let share = discounts.checked_div(revenue).unwrap_or(Decimal::ZERO);
        base.discount = Rate(round(share.min(Decimal::ONE), RATE_DP));
        match payment_days(costs.average_receivables.rounded(), revenue - discounts) {
            Some(days) => base.payment_days = days,
            None => gaps.push(Gap::Receivables),
        }
    } else {
        gaps.push(Gap::Revenue);
    }
    let cost_to_serve = offer_cost_to_serve(costs);
    if cost_to_serve > Money::ZERO {
        base.cost_to_serve = cost_to_serve;
    } else {
        gaps.push(Gap::CostToServe);
    }
    if costs.financing_rate > Rate::ZERO {
        base.financing_rate = costs.financing_rate;
    } else {
        gaps.push(Gap::FinancingRate);
    }
    Prefill { base, gaps }
}

/// Days sales outstanding = receivables × 365 ÷ revenue, to whole days (half away
/// from zero), at most [`MAX_PAYMENT_DAYS`]; `None` without receivables or revenue.
fn payment_days(receivables: Money, revenue: Decimal) -> Option<u32> {
    if receivables <= Money::ZERO || revenue <= Decimal::ZERO {
        return None;
    }
    let days = receivables
        .amount()
        .checked_mul(Decimal::from(365))?
        .checked_div(revenue)?;
    let days = round(days, 0).min(Decimal::from(MAX_PAYMENT_DAYS));
    days.to_u32()
}
