//! Setting one field of an offer from the text typed in its control.

use crate::engine::locale::{parse_decimal, parse_percent};
use crate::engine::money::{Money, Rate};
use crate::engine::offer::Offer;
use crate::ui::i18n::Om;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// How the text of field `f` is read: `'n'` a number (amounts too), `'p'` a
/// percentage, `'d'` whole days, `'t'` anything else (read by the field itself).
fn kind(f: &str) -> char {
    match f {
        "b-discount" | "b-rate" | "growth" | "discount" | "x-margin" | "bn-rate" => 'p',
        "b-days" | "days" => 'd',
        "b-volume" | "b-price" | "b-cost" | "b-cts" | "hours" | "volume" | "credit" | "x-rev"
        | "log-c" | "log-v" | "tr-c" | "tr-v" | "tr-h" | "cm-c" | "cm-v" | "bn-from" | "s-cost"
        | "s-value" | "s-hours" => 'n',
        _ => 't',
    }
}

/// A number typed, in either locale's notation.
fn number(text: &str) -> Result<Decimal, Om> {
    parse_decimal(text).map_err(|_| Om::NotANumber)
}

/// Sets field `f` of the offer (of variant `v`, service `s`) from the text typed;
/// the reason when the text is refused. The text is read once, by the field's
/// [`kind`].
pub(super) fn set_field(
    o: &mut Offer,
    v: Option<usize>,
    s: Option<usize>,
    f: &str,
    text: &str,
    checked: bool,
) -> Result<(), Om> {
    let (mut d, mut r, mut n) = (Decimal::ZERO, Rate::ZERO, 0);
    match kind(f) {
        'n' => d = number(text)?,
        'p' => r = parse_percent(text).map_err(|_| Om::NotANumber)?,
        'd' => {
            let days = number(text)?;
            n = days
                .fract()
                .is_zero()
                .then(|| days.to_u32())
                .flatten()
                .ok_or(Om::NotANumber)?;
        }
        _ => {}
    }
    let m = Money(d);
    let trimmed = text.trim().to_owned();
    let b = &mut o.base;
    match f {
        "name" if v.is_none() => o.name = trimmed,
        "b-volume" => b.volume_per_year = d,
        "b-price" => b.list_price = m,
        "b-cost" => b.unit_cost = m,
        "b-discount" => b.discount = r,
        "b-days" => b.payment_days = n,
        "b-cts" => b.cost_to_serve = m,
        "b-rate" => b.financing_rate = r,
        "growth" => o.growth = r,
        "hours" => o.available_hours = d,
        "chosen" => {
            o.chosen = if checked {
                v
            } else {
                o.chosen.filter(|c| Some(*c) != v)
            };
        }
        _ => {
            let Some(ov) = v.and_then(|i| o.variants.get_mut(i)) else {
                return Ok(());
            };
            let x = &mut ov.variant;
            let fb = &mut ov.feedback;
            match f {
                "name" => x.name = trimmed,
                "note" => x.note = trimmed,
                "discount" => x.discount = r,
                "price" => {
                    x.price_override = if trimmed.is_empty() {
                        None
                    } else {
                        Some(Money(number(text)?))
                    }
                }
                "volume" => x.volume_commitment = d,
                "days" => x.payment_days = n,
                "credit" => x.credit_line = m,
                "x-rev" => x.extra_assortment.revenue = m,
                "x-margin" => x.extra_assortment.margin = r,
                "log-c" => x.logistics.cost_to_us = m,
                "log-v" => x.logistics.value_to_client = m,
                "tr-c" => x.training.cost_to_us = m,
                "tr-v" => x.training.value_to_client = m,
                "tr-h" => x.training.hours = d,
                "cm-c" => x.co_marketing.cost_to_us = m,
                "cm-v" => x.co_marketing.value_to_client = m,
                "score" => {
                    fb.score = if trimmed.is_empty() {
                        None
                    } else {
                        let d = number(text)?;
                        let ok = d.fract().is_zero() && d >= Decimal::ONE && d <= Decimal::TEN;
                        if !ok {
                            return Err(Om::ScoreRange);
                        }
                        d.to_u8()
                    }
                }
                "obj" => fb.objections = trimmed,
                "comm" => fb.comments = trimmed,
                "date" => {
                    fb.date = if trimmed.is_empty() {
                        None
                    } else {
                        // The date input gives `YYYY-MM-DD`.
                        Some(crate::engine::format::iso::parse_date(&trimmed).ok_or(Om::NotADate)?)
                    }
                }
                "bn-from" | "bn-rate" => {
                    if let Some(t) = s.and_then(|k| x.volume_bonus.get_mut(k)) {
                        if f == "bn-from" {
                            t.from_volume = d;
                        } else {
                            t.bonus = r;
                        }
                    }
                }
                _ => {
                    let Some(svc) = s.and_then(|k| x.services.get_mut(k)) else {
                        return Ok(());
                    };
                    match f {
                        "s-name" => svc.name = trimmed,
                        "s-cost" => svc.cost_to_us = m,
                        "s-value" => svc.value_to_client = m,
                        "s-hours" => svc.hours = d,
                        _ => {}
                    }
                }
            }
        }
    }
    Ok(())
}
