//! Consumption potential (потенциал потребления) of a client over the planning
//! horizon, and its present value.
//!
//! Domain (§1 of the domain brief): a key client is the one with the largest
//! long-term potential we can serve. Per client and per year of the horizon the
//! team forecasts the client's consumption of our category in money, the share of
//! it we can attain and the margin rate we earn on it; that gives potential revenue
//! and potential margin per year. The **potential value** is the net present value
//! of the yearly margins at the workspace discount rate, with the end-of-year
//! convention of Excel's `NPV()`: the first year of the horizon is discounted once.

use crate::engine::money::{Money, Rate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One year of a client's consumption potential: the forecast and how it was made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PotentialYear {
    /// Calendar year of the horizon, e.g. 2027.
    pub year: i32,
    /// Forecast consumption of our category by the client in that year, in money
    /// (what the client will buy from everyone, not only from us).
    pub consumption: Money,
    /// How the consumption was estimated, so that it can be checked, e.g.
    /// «120 000 м² жилья × 14 кг/м² × 9,5 ₽/кг».
    pub basis: String,
    /// Share of that consumption we can realistically win (доля, которую можем занять).
    pub attainable_share: Rate,
    /// Margin rate we expect to earn on that revenue.
    pub margin_rate: Rate,
}

/// Potential revenue and potential margin of one year (потенциальная выручка и маржа).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PotentialFigures {
    /// Calendar year, copied from the [`PotentialYear`].
    pub year: i32,
    /// Potential revenue = consumption × attainable share, rounded to kopecks.
    pub revenue: Money,
    /// Potential margin = (rounded) potential revenue × margin rate, rounded to kopecks.
    pub margin: Money,
}

/// Potential revenue and margin for each year, in the order given.
///
/// Both amounts are rounded with [`Money::rounded`]; the margin is computed from the
/// rounded revenue, so the figures the user sees reconcile (revenue × rate = margin
/// to the kopeck).
pub fn potential_by_year(years: &[PotentialYear]) -> Vec<PotentialFigures> {
    years.iter().map(PotentialYear::figures).collect()
}

impl PotentialYear {
    /// This year's potential revenue and margin, as in [`potential_by_year`].
    pub fn figures(&self) -> PotentialFigures {
        let revenue = self.consumption.times_rounded(self.attainable_share);
        PotentialFigures {
            year: self.year,
            revenue,
            margin: revenue.times_rounded(self.margin_rate),
        }
    }
}

/// Net present value (чистая приведённая стоимость) as Excel's `NPV(rate; amounts…)`:
/// Σ_t amount_t / (1 + rate)^t with t = 1 for the first amount (end-of-year
/// convention), rounded to kopecks at the end only.
///
/// The rate is annual and given as a fraction (`Rate(0.1)` = 10 %). The result is
/// defined for every rate above −100 %; for a rate of −100 % or below, or when the
/// result does not fit in a [`Decimal`], this returns [`Money::ZERO`] rather than
/// panicking — use [`checked_npv`] to tell those cases apart. The workspace accepts
/// discount rates of 0–100 % only, for which the result is always defined.
pub fn npv(amounts: &[Money], rate: Rate) -> Money {
    checked_npv(amounts, rate).unwrap_or(Money::ZERO)
}

/// [`npv`] that reports an undefined result: `None` when the rate is −100 % or below
/// (the discount factor 1 / (1 + rate)^t is undefined or meaningless) or when an
/// intermediate amount overflows a [`Decimal`].
///
/// The discount factor is carried from year to year (factor_t = factor_{t−1} /
/// (1 + rate)) so that a long horizon never overflows (1 + rate)^t; every step is
/// at full decimal precision (28 digits) and only the sum is rounded.
pub fn checked_npv(amounts: &[Money], rate: Rate) -> Option<Money> {
    let base = Decimal::ONE.checked_add(rate.fraction())?;
    if base <= Decimal::ZERO {
        return None;
    }
    let mut factor = Decimal::ONE;
    let mut sum = Decimal::ZERO;
    for amount in amounts {
        factor = factor.checked_div(base)?;
        sum = sum.checked_add(amount.amount().checked_mul(factor)?)?;
    }
    Some(Money(sum).rounded())
}

/// Potential value of a client (ценность потенциала): the [`npv`] of the yearly
/// potential margins from [`potential_by_year`] at the discount `rate`.
///
/// `years` must be the consecutive years of the horizon in order, starting with its
/// first year (a year without potential is present with zero consumption): the
/// first entry is discounted once, the second twice, and so on, whatever the
/// `year` numbers say.
pub fn potential_value(years: &[PotentialYear], rate: Rate) -> Money {
    let margins: Vec<Money> = potential_by_year(years)
        .into_iter()
        .map(|f| f.margin)
        .collect();
    npv(&margins, rate)
}

/// The discount factors 1 / (1 + rate)^t of the first years, computed once for a whole
/// base: [`Discount::potential_value`] equals [`potential_value`] exactly (the factors
/// are carried as in [`checked_npv`]) but skips its divisions, which dominate the
/// potential value of 10 000 clients.
#[derive(Clone, Debug, PartialEq)]
pub struct Discount {
    rate: Rate,
    /// factor_t for t = 1, 2, …; shorter than asked when a factor is undefined.
    factors: Vec<Decimal>,
}

impl Discount {
    /// The factors of the first `years` years at `rate` (none for a rate of −100 % or
    /// below, where the value is undefined).
    pub fn new(rate: Rate, years: usize) -> Discount {
        let mut factors = Vec::new();
        if let Some(base) = Decimal::ONE
            .checked_add(rate.fraction())
            .filter(|b| *b > Decimal::ZERO)
        {
            let mut factor = Decimal::ONE;
            for _ in 0..years {
                match factor.checked_div(base) {
                    Some(next) => factor = next,
                    None => break,
                }
                factors.push(factor);
            }
        }
        Discount { rate, factors }
    }

    /// [`potential_value`] of `years` at this rate (computed the slow way when there
    /// are more years than factors, or when a product overflows).
    pub fn potential_value(&self, years: &[PotentialYear]) -> Money {
        if years.len() > self.factors.len() {
            return potential_value(years, self.rate);
        }
        let mut sum = Decimal::ZERO;
        for (y, factor) in years.iter().zip(&self.factors) {
            let term = y.figures().margin.amount().checked_mul(*factor);
            match term.and_then(|t| sum.checked_add(t)) {
                Some(next) => sum = next,
                None => return potential_value(years, self.rate),
            }
        }
        Money(sum).rounded()
    }
}
