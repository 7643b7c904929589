//! Validation of the special offers of a workspace (domain §4): every amount and rate
//! in its range, the client and the chosen variant existing.

use super::problem::ProblemKind;
use super::validate::{Checker, MAX_LONG_TEXT, MAX_SHORT_TEXT};
use super::Workspace;
use crate::engine::offer::{Offer, Variant, MAX_VARIANTS};
use rust_decimal::Decimal;

/// Longest payment deferral accepted, in days.
pub const MAX_PAYMENT_DAYS: u32 = 365;

/// Checks every offer of `ws`.
pub(super) fn check_offers(c: &mut Checker, ws: &Workspace) {
    c.unique("offers", ws.offers.iter().map(|o| o.id.0));
    for (i, o) in ws.offers.iter().enumerate() {
        check_offer(c, &format!("offers[{i}]"), o, ws);
    }
}

fn check_offer(c: &mut Checker, p: &str, o: &Offer, ws: &Workspace) {
    let (zero, one) = (Decimal::ZERO, Decimal::ONE);
    c.text(|| format!("{p}.name"), &o.name, true, MAX_SHORT_TEXT);
    c.known_client(|| format!("{p}.client"), o.client, ws);
    let b = &o.base;
    c.not_negative(|| format!("{p}.base.volume_per_year"), b.volume_per_year);
    c.not_negative(|| format!("{p}.base.list_price"), b.list_price.0);
    c.not_negative(|| format!("{p}.base.unit_cost"), b.unit_cost.0);
    c.range(|| format!("{p}.base.discount"), b.discount.0, zero, one);
    days(c, || format!("{p}.base.payment_days"), b.payment_days);
    c.not_negative(|| format!("{p}.base.cost_to_serve"), b.cost_to_serve.0);
    c.range(
        || format!("{p}.base.financing_rate"),
        b.financing_rate.0,
        zero,
        one,
    );
    c.range(|| format!("{p}.growth"), o.growth.0, -one, one);
    c.not_negative(|| format!("{p}.available_hours"), o.available_hours);
    if o.variants.len() > MAX_VARIANTS {
        c.push(
            || format!("{p}.variants"),
            ProblemKind::TooMany { max: MAX_VARIANTS },
        );
    }
    for (j, v) in o.variants.iter().enumerate() {
        let q = format!("{p}.variants[{j}]");
        check_variant(c, &q, &v.variant);
        if let Some(score) = v.feedback.score {
            if !(1..=10).contains(&score) {
                c.push(
                    || format!("{q}.feedback.score"),
                    ProblemKind::OutOfRange {
                        min: Decimal::ONE,
                        max: Decimal::TEN,
                    },
                );
            }
        }
        c.text(
            || format!("{q}.feedback.objections"),
            &v.feedback.objections,
            false,
            MAX_LONG_TEXT,
        );
        c.text(
            || format!("{q}.feedback.comments"),
            &v.feedback.comments,
            false,
            MAX_LONG_TEXT,
        );
    }
    if let Some(chosen) = o.chosen {
        if chosen >= o.variants.len() {
            c.push(
                || format!("{p}.chosen"),
                ProblemKind::OutOfRange {
                    min: Decimal::ZERO,
                    max: Decimal::from(o.variants.len().saturating_sub(1) as u64),
                },
            );
        }
    }
}

fn days(c: &mut Checker, path: impl FnOnce() -> String, days: u32) {
    c.range(
        path,
        Decimal::from(days),
        Decimal::ZERO,
        Decimal::from(MAX_PAYMENT_DAYS),
    );
}

fn check_variant(c: &mut Checker, q: &str, v: &Variant) {
    let (zero, one) = (Decimal::ZERO, Decimal::ONE);
    c.text(|| format!("{q}.name"), &v.name, true, MAX_SHORT_TEXT);
    c.text(|| format!("{q}.note"), &v.note, false, MAX_LONG_TEXT);
    c.range(|| format!("{q}.discount"), v.discount.0, zero, one);
    if let Some(price) = v.price_override {
        c.not_negative(|| format!("{q}.price_override"), price.0);
    }
    c.not_negative(|| format!("{q}.volume_commitment"), v.volume_commitment);
    let mut last: Option<Decimal> = None;
    for (k, t) in v.volume_bonus.iter().enumerate() {
        c.not_negative(
            || format!("{q}.volume_bonus[{k}].from_volume"),
            t.from_volume,
        );
        c.range(
            || format!("{q}.volume_bonus[{k}].bonus"),
            t.bonus.0,
            zero,
            one,
        );
        if last.is_some_and(|l| t.from_volume <= l) {
            c.push(
                || format!("{q}.volume_bonus[{k}].from_volume"),
                ProblemKind::BandsNotAscending,
            );
        }
        last = Some(t.from_volume);
    }
    days(c, || format!("{q}.payment_days"), v.payment_days);
    c.not_negative(|| format!("{q}.credit_line"), v.credit_line.0);
    for (k, s) in v.services.iter().enumerate() {
        c.text(
            || format!("{q}.services[{k}].name"),
            &s.name,
            true,
            MAX_SHORT_TEXT,
        );
        c.not_negative(|| format!("{q}.services[{k}].cost_to_us"), s.cost_to_us.0);
        c.not_negative(
            || format!("{q}.services[{k}].value_to_client"),
            s.value_to_client.0,
        );
        c.not_negative(|| format!("{q}.services[{k}].hours"), s.hours);
    }
    c.not_negative(
        || format!("{q}.extra_assortment.revenue"),
        v.extra_assortment.revenue.0,
    );
    c.range(
        || format!("{q}.extra_assortment.margin"),
        v.extra_assortment.margin.0,
        -one,
        one,
    );
    for (name, lever) in [
        ("logistics", &v.logistics),
        ("co_marketing", &v.co_marketing),
    ] {
        c.not_negative(|| format!("{q}.{name}.cost_to_us"), lever.cost_to_us.0);
        c.not_negative(
            || format!("{q}.{name}.value_to_client"),
            lever.value_to_client.0,
        );
    }
    c.not_negative(
        || format!("{q}.training.cost_to_us"),
        v.training.cost_to_us.0,
    );
    c.not_negative(
        || format!("{q}.training.value_to_client"),
        v.training.value_to_client.0,
    );
    c.not_negative(|| format!("{q}.training.hours"), v.training.hours);
}
