//! Setting one field of an offer from the text typed in its control.

use crate::engine::locale::{parse_decimal, parse_percent};
use crate::engine::money::Money;
use crate::engine::offer::Offer;
use crate::ui::i18n::Om;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// Sets field `f` of the offer (of variant `v`, service `s`) from the text typed;
/// the reason when the text is refused.
pub(super) fn set_field(
    o: &mut Offer,
    v: Option<usize>,
    s: Option<usize>,
    f: &str,
    text: &str,
    checked: bool,
) -> Result<(), Om> {
    let num = || parse_decimal(text).map_err(|_| Om::NotANumber);
    let money = || num().map(Money);
    let pct = || parse_percent(text).map_err(|_| Om::NotANumber);
    let days = || {
        num().and_then(|d| {
            d.fract()
                .is_zero()
                .then(|| d.to_u32())
                .flatten()
                .ok_or(Om::NotANumber)
        })
    };
    let trimmed = text.trim().to_owned();
    let b = &mut o.base;
    match f {
        "name" if v.is_none() => o.name = trimmed,
        "b-volume" => b.volume_per_year = num()?,
        "b-price" => b.list_price = money()?,
        "b-cost" => b.unit_cost = money()?,
        "b-discount" => b.discount = pct()?,
        "b-days" => b.payment_days = days()?,
        "b-cts" => b.cost_to_serve = money()?,
        "b-rate" => b.financing_rate = pct()?,
        "growth" => o.growth = pct()?,
        "hours" => o.available_hours = num()?,
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
                "discount" => x.discount = pct()?,
                "price" => {
                    x.price_override = if trimmed.is_empty() {
                        None
                    } else {
                        Some(money()?)
                    }
                }
                "volume" => x.volume_commitment = num()?,
                "days" => x.payment_days = days()?,
                "credit" => x.credit_line = money()?,
                "x-rev" => x.extra_assortment.revenue = money()?,
                "x-margin" => x.extra_assortment.margin = pct()?,
                "log-c" => x.logistics.cost_to_us = money()?,
                "log-v" => x.logistics.value_to_client = money()?,
                "tr-c" => x.training.cost_to_us = money()?,
                "tr-v" => x.training.value_to_client = money()?,
                "tr-h" => x.training.hours = num()?,
                "cm-c" => x.co_marketing.cost_to_us = money()?,
                "cm-v" => x.co_marketing.value_to_client = money()?,
                "score" => {
                    fb.score = if trimmed.is_empty() {
                        None
                    } else {
                        let d = num()?;
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
                        Some(
                            chrono::NaiveDate::parse_from_str(&trimmed, "%Y-%m-%d")
                                .map_err(|_| Om::NotADate)?,
                        )
                    }
                }
                "bn-from" | "bn-rate" => {
                    if let Some(b) = s.and_then(|k| x.volume_bonus.get_mut(k)) {
                        if f == "bn-from" {
                            b.from_volume = num()?;
                        } else {
                            b.bonus = pct()?;
                        }
                    }
                }
                _ => {
                    let Some(svc) = s.and_then(|k| x.services.get_mut(k)) else {
                        return Ok(());
                    };
                    match f {
                        "s-name" => svc.name = trimmed,
                        "s-cost" => svc.cost_to_us = money()?,
                        "s-value" => svc.value_to_client = money()?,
                        "s-hours" => svc.hours = num()?,
                        _ => {}
                    }
                }
            }
        }
    }
    Ok(())
}
