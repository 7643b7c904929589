//! Special-offer variants (варианты спецпредложения) for a key client, modelled live
//! with the client.
//!
//! Domain (§4 of the domain brief): an offer to a key client must add value beyond
//! "another discount", which only starts a price war. The **base deal** is today's
//! deal; a **variant** combines levers — price or discount, volume commitment,
//! volume-bonus thresholds, payment deferral, credit line, value-added services,
//! extra assortment, logistics terms, training, co-marketing — each with its cost to
//! us and its value to the client. [`figures`] computes the figures of a variant per
//! year of the horizon and against the base; [`compare`] puts variants side by side,
//! finds the best for us and for the client, the "discount only" reference and the
//! capacity check; [`compare::break_even_growth`] is the discount break-even.
//!
//! Conventions (see each formula for details):
//! - volume is in units per year; the variant's volume is its `volume_commitment`;
//!   every volume-driven amount (units, extra assortment revenue) grows by the
//!   horizon's `growth` each year, compounded: factor_t = (1 + growth)^(t−1), so the
//!   first year is the volume as entered; fixed yearly amounts (cost-to-serve,
//!   services, logistics, training, co-marketing, credit line) stay flat;
//! - every amount of money is rounded to kopecks in one place, [`figures::kopecks`],
//!   line by line, and totals are sums of rounded lines so that the figures reconcile.

pub mod compare;
pub mod deal;
pub mod figures;
pub mod prefill;

use crate::engine::money::{Money, Rate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub use compare::{
    break_even_growth, capacity_check, compare, discount_only, discount_only_for, CapacityCheck,
    Comparison, DiscountOnly,
};
pub use deal::{Feedback, Offer, OfferVariant, MAX_VARIANTS};
pub use figures::{base_figures, evaluate, year_figures, Delta, VariantFigures, YearFigures};
pub use prefill::{base_from_client, default_base, Gap, Prefill};

/// Today's deal with the client (базовая сделка): what every variant is compared with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BaseDeal {
    /// Units the client buys per year.
    pub volume_per_year: Decimal,
    /// List price of one unit (прайс).
    pub list_price: Money,
    /// Our cost of one unit (себестоимость).
    pub unit_cost: Money,
    /// Current discount off the list price.
    pub discount: Rate,
    /// Payment terms in days (отсрочка платежа).
    pub payment_days: u32,
    /// Cost-to-serve per year, without the financing of receivables (the figures count
    /// that as the financing of the deferral); a new offer takes it from the client's
    /// profitability model ([`prefill::offer_cost_to_serve`]).
    pub cost_to_serve: Money,
    /// Annual rate at which we finance deferrals and credit (cost of money); also the
    /// rate at which the client values them.
    pub financing_rate: Rate,
}

/// A retro volume bonus (бонус за объём): when the year's volume reaches
/// `from_volume` units, `bonus` of the year's goods revenue is paid back to the client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BonusThreshold {
    /// Volume per year (units) from which the bonus applies.
    pub from_volume: Decimal,
    /// Bonus as a share of the year's goods revenue (on the whole volume, retroactively).
    pub bonus: Rate,
}

/// A value-added service (сервис): its yearly cost to us, its yearly value to the
/// client, and the hours per year our team spends on it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Service {
    /// Name shown to the client, e.g. «Управление складскими остатками».
    pub name: String,
    /// What the service costs us per year.
    pub cost_to_us: Money,
    /// What the service is worth to the client per year.
    pub value_to_client: Money,
    /// Hours per year our team spends delivering it.
    pub hours: Decimal,
}

/// Extra assortment sold to the client (кросс-продажи): yearly revenue and its gross
/// margin. Adds revenue and gross profit; worth nothing extra to the client, who
/// pays for it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExtraAssortment {
    /// Revenue of the extra assortment per year (grows with the horizon's growth).
    pub revenue: Money,
    /// Gross margin on that revenue.
    pub margin: Rate,
}

/// A lever with a yearly cost to us and a yearly value to the client: logistics terms
/// (delivery, consignment stock), co-marketing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Lever {
    /// What the lever costs us per year.
    pub cost_to_us: Money,
    /// What the lever is worth to the client per year.
    pub value_to_client: Money,
}

/// Training of the client's staff (обучение): a lever that also takes team hours.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Training {
    /// What the training costs us per year.
    pub cost_to_us: Money,
    /// What it is worth to the client per year.
    pub value_to_client: Money,
    /// Hours per year our team spends on it.
    pub hours: Decimal,
}

/// One variant of the special offer (вариант спецпредложения): a combination of levers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Variant {
    /// Short name, e.g. «Партнёрство».
    pub name: String,
    /// Internal note (not shown to the client).
    pub note: String,
    /// Discount off the list price; ignored when `price_override` is set.
    pub discount: Rate,
    /// Net unit price agreed directly, instead of list price × (1 − discount).
    pub price_override: Option<Money>,
    /// Volume the client commits to, in units per year (the first year; later years
    /// grow by the horizon's growth). A new variant starts at the base volume.
    pub volume_commitment: Decimal,
    /// Retro volume bonuses; the highest threshold the year's volume reaches applies.
    pub volume_bonus: Vec<BonusThreshold>,
    /// Payment terms in days.
    pub payment_days: u32,
    /// Credit line granted to the client; costs us (and is worth to the client) the
    /// credit line × the financing rate per year.
    pub credit_line: Money,
    /// Value-added services.
    pub services: Vec<Service>,
    /// Cross-sold extra assortment.
    pub extra_assortment: ExtraAssortment,
    /// Logistics terms.
    pub logistics: Lever,
    /// Training of the client's staff.
    pub training: Training,
    /// Co-marketing (joint promotion).
    pub co_marketing: Lever,
}

impl BaseDeal {
    /// The base deal as a variant without levers: its discount, volume and payment
    /// days, nothing else. Also the starting point of a new variant.
    pub fn as_variant(&self) -> Variant {
        Variant {
            name: String::new(),
            note: String::new(),
            discount: self.discount,
            price_override: None,
            volume_commitment: self.volume_per_year,
            volume_bonus: Vec::new(),
            payment_days: self.payment_days,
            credit_line: Money::ZERO,
            services: Vec::new(),
            extra_assortment: ExtraAssortment::default(),
            logistics: Lever::default(),
            training: Training::default(),
            co_marketing: Lever::default(),
        }
    }
}

impl Variant {
    /// Team hours per year the variant needs: services' hours + training hours.
    pub fn service_hours(&self) -> Decimal {
        self.services.iter().map(|s| s.hours).sum::<Decimal>() + self.training.hours
    }
}

/// The horizon of the comparison.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Horizon {
    /// Number of years (the first year is year 1).
    pub years: u32,
    /// Discount rate of the NPV (Excel's `NPV()`: the first year is discounted once).
    pub discount_rate: Rate,
    /// Yearly growth of volume-driven amounts, compounded from year 2; zero = flat.
    pub growth: Rate,
}
