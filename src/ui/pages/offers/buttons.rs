//! What the editor's buttons do: add, duplicate and remove a variant; add and remove
//! a service or a bonus threshold; take the base deal's cost-to-serve from the
//! profitability model; delete the offer; print. Clicks reach here from the editor's
//! one listener (`edit::on_event`).

use super::edit::{act, update};
use super::Page;
use crate::engine::action::Action;
use crate::engine::locale::format_money;
use crate::engine::money::{Money, Rate};
use crate::engine::offer::prefill::offer_cost_to_serve;
use crate::engine::offer::{BonusThreshold, Offer, OfferVariant, Service, MAX_VARIANTS};
use crate::ui::i18n::Om;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The buttons: add, duplicate, remove a variant; add, remove a service; delete the
/// offer; print.
pub(super) fn on_click(page: Page, what: &str, v: Option<usize>, s: Option<usize>) {
    let locale = page.lang.get_untracked();
    let full = |o: &Offer| o.variants.len() >= MAX_VARIANTS;
    match what {
        "add-v" | "dup-v" => {
            if page.offer().is_some_and(|o| full(&o)) {
                page.notice
                    .set(Some((false, Om::MaxVariants.text(locale).to_owned())));
                return;
            }
            update(page, &mut |o| {
                let copy = v.and_then(|i| o.variants.get(i)).map(|ov| {
                    let mut c = ov.variant.clone();
                    c.name = format!("{} {}", c.name, Om::CopySuffix.text(locale));
                    c
                });
                let variant = copy.unwrap_or_else(|| {
                    let mut c = o.base.as_variant();
                    c.name = format!(
                        "{} {}",
                        Om::NewVariantName.text(locale),
                        o.variants.len() + 1
                    );
                    c
                });
                o.variants.push(OfferVariant {
                    variant,
                    feedback: Default::default(),
                });
            });
        }
        "del-v" => {
            page.by_year.set(None);
            // Its figures leave the bar too (the focus has gone with the button).
            page.live.set(None);
            update(page, &mut |o| {
                let Some(i) = v.filter(|i| *i < o.variants.len()) else {
                    return;
                };
                o.variants.remove(i);
                o.chosen = match o.chosen {
                    Some(c) if c == i => None,
                    Some(c) if c > i => Some(c - 1),
                    c => c,
                };
            });
        }
        "add-s" => {
            update(page, &mut |o| {
                if let Some(ov) = v.and_then(|i| o.variants.get_mut(i)) {
                    ov.variant.services.push(Service {
                        name: Om::NewService.text(locale).to_owned(),
                        cost_to_us: Money::ZERO,
                        value_to_client: Money::ZERO,
                        hours: Decimal::ZERO,
                    });
                }
            });
        }
        "add-b" => {
            update(page, &mut |o| {
                if let Some(ov) = v.and_then(|i| o.variants.get_mut(i)) {
                    let x = &mut ov.variant;
                    x.volume_bonus.push(BonusThreshold {
                        from_volume: x.volume_commitment,
                        bonus: Rate(Decimal::new(1, 2)),
                    });
                }
            });
        }
        "del-b" => {
            update(page, &mut |o| {
                if let Some(ov) = v.and_then(|i| o.variants.get_mut(i)) {
                    if let Some(k) = s.filter(|k| *k < ov.variant.volume_bonus.len()) {
                        ov.variant.volume_bonus.remove(k);
                    }
                }
            });
        }
        "del-s" => {
            update(page, &mut |o| {
                if let Some(ov) = v.and_then(|i| o.variants.get_mut(i)) {
                    if let Some(k) = s.filter(|k| *k < ov.variant.services.len()) {
                        ov.variant.services.remove(k);
                    }
                }
            });
        }
        "del-offer" => {
            if let Some(o) = page.offer() {
                if act(page, Action::DeleteOffer(o.id)) {
                    page.chosen.set(None);
                    page.notice.set(None);
                }
            }
        }
        "cts-model" => cost_to_serve_from_model(page),
        "print" => {
            let _ = window().print();
        }
        "by-year" => {
            // The pressed button closes its table, another opens its variant's.
            page.by_year
                .update(|open| *open = if *open == v { None } else { v });
        }
        _ => {}
    }
}

/// The base deal's cost-to-serve set from the profitability model of the offer's
/// client ([`offer_cost_to_serve`]: its lines without the financing of receivables),
/// with a notice saying so and giving the amount; nothing changes, and the notice
/// says why, when the client has no such lines or is gone.
fn cost_to_serve_from_model(page: Page) {
    let locale = page.lang.get_untracked();
    let Some(client) = page.offer().and_then(|o| o.client) else {
        return;
    };
    let found = page.store.ws().with_untracked(|ws| {
        ws.clients.iter().find(|c| c.id == client).map(|c| {
            (
                offer_cost_to_serve(&c.cost_to_serve),
                ws.settings.currency.clone(),
            )
        })
    });
    let refuse = |m: Om| page.notice.set(Some((false, m.text(locale).to_owned())));
    match found {
        None => refuse(Om::CtsFromModelGone),
        Some((cts, _)) if cts <= Money::ZERO => refuse(Om::CtsFromModelNone),
        Some((cts, currency)) => {
            if update(page, &mut |o| o.base.cost_to_serve = cts) {
                let amount = format_money(cts, &currency, true, locale);
                let text = format!("{} {amount}.", Om::CtsFromModelDone.text(locale));
                page.notice.set(Some((true, text)));
            }
        }
    }
}
