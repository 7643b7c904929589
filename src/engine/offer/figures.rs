//! The figures of a special-offer variant per year of the horizon, against the base.
//!
//! Per year t (1-based) with growth factor f_t = (1 + growth)^(t−1):
//! - volume = volume commitment × f_t (units, not rounded);
//! - net price = price override, or list price × (1 − discount), to the kopeck (as on
//!   the invoice);
//! - revenue = goods revenue (net price × volume) + extra assortment revenue × f_t;
//! - gross profit = goods revenue − unit cost × volume + extra revenue × its margin;
//! - cost of levers = volume bonus + financing of deferral + credit line × financing
//!   rate + services + logistics + training + co-marketing (costs to us);
//! - financing of deferral = revenue × payment days / 365 × financing rate;
//! - contribution = gross profit − cost of levers − cost-to-serve;
//! - client benefit = price saving ((base net price − net price) × volume) + volume
//!   bonus + value of the extra deferral days (revenue × (days − base days) / 365 ×
//!   rate) + credit line × rate + values to the client of services, logistics,
//!   training and co-marketing;
//! - our cost of that benefit = the same lines at their cost to us (price saving,
//!   bonus, deferral and credit cost us what they are worth to the client);
//! - value ratio = client benefit ÷ our cost.

use super::{BaseDeal, Horizon, Variant};
use crate::engine::money::{round, Money, Rate, RATE_DP};
use crate::engine::potential::npv;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Days in the year of the financing formula (revenue × days / 365 × rate).
pub const DAYS_PER_YEAR: u32 = 365;

/// The one rounding of the offer figures: an amount of money to kopecks with the
/// application's rule ([`Money::rounded`], half away from zero).
pub fn kopecks(amount: Decimal) -> Money {
    Money(amount).rounded()
}

/// `part ÷ whole` as a rate rounded to [`RATE_DP`] places; `None` when `whole` is not
/// above zero (the ratio is undefined or meaningless).
fn ratio(part: Money, whole: Money) -> Option<Rate> {
    if whole.amount() <= Decimal::ZERO {
        return None;
    }
    part.amount()
        .checked_div(whole.amount())
        .map(|r| Rate(round(r, RATE_DP)))
}

/// Financing cost of a deferral (стоимость отсрочки) = revenue × days / 365 × annual
/// rate, to the kopeck (multiplied out before the one division, so nothing is lost).
pub fn financing_cost(revenue: Money, days: i64, rate: Rate) -> Money {
    kopecks(revenue.amount() * Decimal::from(days) * rate.fraction() / Decimal::from(DAYS_PER_YEAR))
}

/// Figures of one year of the horizon for one variant (or the base).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct YearFigures {
    /// Year of the horizon, 1 for the first.
    pub year: u32,
    /// Units sold this year.
    pub volume: Decimal,
    /// Net unit price, to the kopeck.
    pub net_price: Money,
    /// Revenue = goods revenue + extra assortment revenue.
    pub revenue: Money,
    /// Gross profit = revenue − cost of goods (валовая прибыль).
    pub gross_profit: Money,
    /// Volume bonus paid back = goods revenue × bonus rate reached.
    pub bonus: Money,
    /// Financing cost of the deferral = revenue × days / 365 × rate (in `lever_cost`).
    pub financing_cost: Money,
    /// Cost of levers to us: bonus + financing + credit line + services + logistics +
    /// training + co-marketing.
    pub lever_cost: Money,
    /// Cost-to-serve of the year (the base deal's, flat).
    pub cost_to_serve: Money,
    /// Contribution = gross profit − cost of levers − cost-to-serve.
    pub contribution: Money,
    /// Gross margin = gross profit ÷ revenue; `None` without revenue.
    pub gross_margin: Option<Rate>,
    /// Contribution margin (margin %) = contribution ÷ revenue; `None` without revenue.
    pub contribution_margin: Option<Rate>,
    /// What the variant is worth to the client against the base (see the module doc).
    pub client_benefit: Money,
    /// What that benefit costs us (same lines at their cost to us).
    pub our_cost: Money,
    /// Value ratio = client benefit ÷ our cost; `None` when our cost is zero or below.
    pub value_ratio: Option<Rate>,
}

/// Difference variant − base of one year's figures (дельта к базе).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Delta {
    /// Year of the horizon.
    pub year: u32,
    /// Revenue difference.
    pub revenue: Money,
    /// Gross profit difference.
    pub gross_profit: Money,
    /// Cost of levers difference.
    pub lever_cost: Money,
    /// Cost-to-serve difference.
    pub cost_to_serve: Money,
    /// Contribution difference.
    pub contribution: Money,
    /// Contribution margin difference in fractions (0.01 = one percentage point);
    /// `None` when either margin is undefined.
    pub contribution_margin: Option<Rate>,
}

/// All figures of a variant over the horizon.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VariantFigures {
    /// The variant's name.
    pub name: String,
    /// Figures per year.
    pub years: Vec<YearFigures>,
    /// Variant − base per year.
    pub deltas: Vec<Delta>,
    /// NPV of the yearly contributions at the horizon's rate (Excel's NPV).
    pub npv_contribution: Money,
    /// NPV of the variant − NPV of the base.
    pub npv_delta: Money,
    /// Client benefit summed over the horizon (not discounted).
    pub client_benefit: Money,
    /// Our cost of that benefit summed over the horizon.
    pub our_cost: Money,
    /// Value ratio over the horizon = client benefit ÷ our cost (sums); `None` when
    /// our cost is zero or below.
    pub value_ratio: Option<Rate>,
    /// Team hours per year the variant needs ([`Variant::service_hours`]).
    pub service_hours: Decimal,
}

/// The base deal's net unit price: list price × (1 − discount), to the kopeck.
fn base_net_price(base: &BaseDeal) -> Money {
    kopecks(base.list_price.amount() * (Decimal::ONE - base.discount.fraction()))
}

/// The variant's net unit price: the override, or list price × (1 − discount), to the
/// kopeck.
pub fn net_price(base: &BaseDeal, variant: &Variant) -> Money {
    match variant.price_override {
        Some(price) => price.rounded(),
        None => kopecks(base.list_price.amount() * (Decimal::ONE - variant.discount.fraction())),
    }
}

/// The bonus rate reached by `volume`: that of the highest threshold at or below it.
fn bonus_rate(variant: &Variant, volume: Decimal) -> Rate {
    variant
        .volume_bonus
        .iter()
        .filter(|t| t.from_volume <= volume)
        .max_by(|a, b| a.from_volume.cmp(&b.from_volume))
        .map_or(Rate::ZERO, |t| t.bonus)
}

/// The figures of `variant` for every year of the horizon (see the module doc).
pub fn year_figures(base: &BaseDeal, variant: &Variant, horizon: &Horizon) -> Vec<YearFigures> {
    let rate = base.financing_rate;
    let price = net_price(base, variant);
    let saving_per_unit = base_net_price(base) - price;
    let fixed_cost = variant.credit_line.times_rounded(rate);
    let services_cost: Money = variant
        .services
        .iter()
        .map(|s| s.cost_to_us.rounded())
        .sum();
    let services_value: Money = variant
        .services
        .iter()
        .map(|s| s.value_to_client.rounded())
        .sum();
    let other_cost = services_cost
        + variant.logistics.cost_to_us.rounded()
        + variant.training.cost_to_us.rounded()
        + variant.co_marketing.cost_to_us.rounded();
    let other_value = services_value
        + variant.logistics.value_to_client.rounded()
        + variant.training.value_to_client.rounded()
        + variant.co_marketing.value_to_client.rounded();
    let extra_days = i64::from(variant.payment_days) - i64::from(base.payment_days);
    let cost_to_serve = base.cost_to_serve.rounded();
    let growth = Decimal::ONE + horizon.growth.fraction();
    let mut factor = Decimal::ONE;
    let mut years = Vec::with_capacity(horizon.years as usize);
    for year in 1..=horizon.years {
        if year > 1 {
            factor *= growth;
        }
        let volume = variant.volume_commitment * factor;
        let goods_revenue = kopecks(price.amount() * volume);
        let cost_of_goods = kopecks(base.unit_cost.amount() * volume);
        let extra_revenue = kopecks(variant.extra_assortment.revenue.amount() * factor);
        let extra_profit = extra_revenue.times_rounded(variant.extra_assortment.margin);
        let revenue = goods_revenue + extra_revenue;
        let gross_profit = goods_revenue - cost_of_goods + extra_profit;
        let bonus = goods_revenue.times_rounded(bonus_rate(variant, volume));
        let financing = financing_cost(revenue, i64::from(variant.payment_days), rate);
        let lever_cost = bonus + financing + fixed_cost + other_cost;
        let contribution = gross_profit - lever_cost - cost_to_serve;
        let price_saving = kopecks(saving_per_unit.amount() * volume);
        let deferral = financing_cost(revenue, extra_days, rate);
        let concessions = price_saving + bonus + deferral + fixed_cost;
        let client_benefit = concessions + other_value;
        let our_cost = concessions + other_cost;
        years.push(YearFigures {
            year,
            volume,
            net_price: price,
            revenue,
            gross_profit,
            bonus,
            financing_cost: financing,
            lever_cost,
            cost_to_serve,
            contribution,
            gross_margin: ratio(gross_profit, revenue),
            contribution_margin: ratio(contribution, revenue),
            client_benefit,
            our_cost,
            value_ratio: ratio(client_benefit, our_cost),
        });
    }
    years
}

/// The variant's figures against the base's yearly figures `base_years`.
pub(crate) fn evaluate_against(
    base: &BaseDeal,
    variant: &Variant,
    horizon: &Horizon,
    base_years: &[YearFigures],
) -> VariantFigures {
    with_years(
        variant,
        year_figures(base, variant, horizon),
        horizon,
        base_years,
    )
}

/// The figures of `variant` from its yearly figures `years`, against the base's
/// `base_years`.
fn with_years(
    variant: &Variant,
    years: Vec<YearFigures>,
    horizon: &Horizon,
    base_years: &[YearFigures],
) -> VariantFigures {
    let deltas = years
        .iter()
        .zip(base_years)
        .map(|(v, b)| Delta {
            year: v.year,
            revenue: v.revenue - b.revenue,
            gross_profit: v.gross_profit - b.gross_profit,
            lever_cost: v.lever_cost - b.lever_cost,
            cost_to_serve: v.cost_to_serve - b.cost_to_serve,
            contribution: v.contribution - b.contribution,
            contribution_margin: v
                .contribution_margin
                .zip(b.contribution_margin)
                .map(|(v, b)| Rate(v.fraction() - b.fraction())),
        })
        .collect();
    let npv_contribution = contribution_npv(&years, horizon);
    let npv_base = contribution_npv(base_years, horizon);
    let client_benefit: Money = years.iter().map(|y| y.client_benefit).sum();
    let our_cost: Money = years.iter().map(|y| y.our_cost).sum();
    VariantFigures {
        name: variant.name.clone(),
        deltas,
        npv_contribution,
        npv_delta: npv_contribution - npv_base,
        client_benefit,
        our_cost,
        value_ratio: ratio(client_benefit, our_cost),
        service_hours: variant.service_hours(),
        years,
    }
}

/// NPV of the yearly contributions at the horizon's discount rate, with
/// [`npv`] (Excel's convention: the first year is discounted once).
fn contribution_npv(years: &[YearFigures], horizon: &Horizon) -> Money {
    let contributions: Vec<Money> = years.iter().map(|y| y.contribution).collect();
    npv(&contributions, horizon.discount_rate)
}

/// The figures of `variant` over the horizon, against the base deal.
pub fn evaluate(base: &BaseDeal, variant: &Variant, horizon: &Horizon) -> VariantFigures {
    let base_years = year_figures(base, &base.as_variant(), horizon);
    evaluate_against(base, variant, horizon, &base_years)
}

/// The base deal's own figures (every delta zero, client benefit zero, value ratio
/// `None`), named «База».
pub fn base_figures(base: &BaseDeal, horizon: &Horizon) -> VariantFigures {
    let mut variant = base.as_variant();
    variant.name = "База".into();
    // (Its years once: they are also what it is measured against.)
    let years = year_figures(base, &variant, horizon);
    with_years(&variant, years.clone(), horizon, &years)
}
