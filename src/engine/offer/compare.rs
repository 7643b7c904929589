//! Variants side by side: best for us, best for the client, the "discount only"
//! reference, the capacity check, and the discount break-even.

use super::figures::{evaluate_against, year_figures, VariantFigures, YearFigures};
use super::{BaseDeal, Horizon, Variant};
use crate::engine::money::{round, Money, Rate, RATE_DP};
use crate::engine::sort::sorted_indices;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Discount break-even (точка безубыточности скидки): the volume growth that keeps
/// gross profit unchanged after a discount `discount` off the list price at gross
/// margin `margin` (both fractions of the list price) = d / (m − d), rounded to
/// [`RATE_DP`] places. Gross profit per unit falls from m to m − d of the list price,
/// so volume must grow by m / (m − d) − 1 = d / (m − d). `None` ("impossible") when
/// d ≥ m: every unit then earns nothing or loses money.
pub fn break_even_growth(discount: Rate, margin: Rate) -> Option<Rate> {
    let (d, m) = (discount.fraction(), margin.fraction());
    if d >= m {
        return None;
    }
    d.checked_div(m - d).map(|g| Rate(round(g, RATE_DP)))
}

/// The base and the variants evaluated side by side.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// The base deal's figures ([`super::base_figures`]).
    pub base: VariantFigures,
    /// Each variant's figures, in the order given.
    pub variants: Vec<VariantFigures>,
    /// Index of the best variant for us: the highest NPV of contribution (the first
    /// of equals); `None` without variants.
    pub best_for_us: Option<usize>,
    /// Index of the best variant for the client: the highest client benefit summed
    /// over the horizon (the first of equals); `None` without variants.
    pub best_for_client: Option<usize>,
}

/// The index of the largest `key` (the first of equals), through the project's sort.
fn best(items: &[VariantFigures], key: fn(&VariantFigures) -> Money) -> Option<usize> {
    sorted_indices(items.len(), &|a, b| key(&items[b]).cmp(&key(&items[a])))
        .first()
        .copied()
}

/// Evaluates the base and every variant over the horizon (the base once) and picks
/// the best for us and for the client.
pub fn compare(base: &BaseDeal, variants: &[Variant], horizon: &Horizon) -> Comparison {
    let base_figures = super::base_figures(base, horizon);
    let variants: Vec<VariantFigures> = variants
        .iter()
        .map(|v| evaluate_against(base, v, horizon, &base_figures.years))
        .collect();
    Comparison {
        best_for_us: best(&variants, |v| v.npv_contribution),
        best_for_client: best(&variants, |v| v.client_benefit),
        base: base_figures,
        variants,
    }
}

/// The "discount only" reference of a variant: what the same client benefit would
/// cost us as a pure discount.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DiscountOnly {
    /// The variant's first-year client benefit that the discount must match.
    pub target_benefit: Money,
    /// The discount off the list price that gives it on the base deal.
    pub discount: Rate,
    /// The base deal at that discount, without any other lever, named «Только скидка».
    pub figures: VariantFigures,
}

/// The "discount only" reference of `variant`: the base deal (its volume and payment
/// days, no other lever) at the discount d′ that gives the client the variant's
/// first-year benefit B₁ as a price saving:
/// d′ = base discount + B₁ ÷ (list price × base volume), rounded to [`RATE_DP`]
/// places (so the saving matches B₁ to that rounding and the kopeck rounding of the
/// net price). Its figures show our resulting contribution and NPV.
/// `None` for a horizon of zero years or when list price × base volume is zero.
pub fn discount_only(
    base: &BaseDeal,
    variant: &Variant,
    horizon: &Horizon,
) -> Option<DiscountOnly> {
    let first_year = Horizon {
        years: horizon.years.min(1),
        ..horizon.clone()
    };
    let target_benefit = year_figures(base, variant, &first_year)
        .first()?
        .client_benefit;
    let base_years = year_figures(base, &base.as_variant(), horizon);
    discount_only_for(base, target_benefit, horizon, &base_years)
}

/// [`discount_only`] of a variant whose first-year client benefit is `target_benefit`,
/// against the base's yearly figures `base_years` (those of [`compare`], which has
/// evaluated both already: a keystroke does not evaluate them twice).
pub fn discount_only_for(
    base: &BaseDeal,
    target_benefit: Money,
    horizon: &Horizon,
    base_years: &[YearFigures],
) -> Option<DiscountOnly> {
    if horizon.years == 0 {
        return None;
    }
    let list_revenue = base.list_price.amount() * base.volume_per_year;
    if list_revenue.is_zero() {
        return None;
    }
    let extra = target_benefit.amount().checked_div(list_revenue)?;
    let discount = Rate(round(base.discount.fraction() + extra, RATE_DP));
    let mut reference = base.as_variant();
    reference.name = "Только скидка".into();
    reference.discount = discount;
    Some(DiscountOnly {
        target_benefit,
        discount,
        figures: evaluate_against(base, &reference, horizon, base_years),
    })
}

/// Capacity check (проверка ресурсов): the team hours per year a variant's services
/// and training need against the hours the team has.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CapacityCheck {
    /// Hours per year the variant needs ([`Variant::service_hours`]).
    pub needed_hours: Decimal,
    /// Hours per year the team has available for this client.
    pub available_hours: Decimal,
    /// True when the variant needs more hours than available: a promise nobody can
    /// keep (the seed's contract for 1 500 people that nobody could serve).
    pub over_capacity: bool,
}

/// The capacity check of `variant` against `available_hours` per year.
pub fn capacity_check(variant: &Variant, available_hours: Decimal) -> CapacityCheck {
    let needed_hours = variant.service_hours();
    CapacityCheck {
        needed_hours,
        available_hours,
        over_capacity: needed_hours > available_hours,
    }
}
