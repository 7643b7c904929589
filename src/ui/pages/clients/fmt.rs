//! Formatting shared by the views of the section: money, scores, classes and flags,
//! and the numeric cell that edits a value in place.

use super::ctx::ClientsCtx;
use crate::engine::locale::{format_decimal, format_money, parse_decimal, Locale};
use crate::engine::model::Currency;
use crate::engine::money::Money;
use crate::engine::profile::Class;
use crate::engine::profitability::ProfitFlag;
use crate::ui::i18n::Cm;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Rows shown at first, and added by «Показать ещё».
pub const SHOW_STEP: usize = 100;

/// A whole amount with the currency sign, ru-RU grouping.
pub fn money(value: Money, currency: &Currency, locale: Locale) -> String {
    format_money(value, currency, true, locale)
}

/// A score with one decimal, or a dash when the client has none.
pub fn score_text(score: Option<Decimal>, locale: Locale) -> String {
    score.map_or_else(|| "—".to_owned(), |s| format_decimal(s, 1, 1, locale))
}

/// The class as a badge.
pub fn class_badge(class: Class, locale: Locale) -> impl IntoView {
    let (css, msg) = match class {
        Class::Key => ("badge key", Cm::ClassKey),
        Class::Development => ("badge development", Cm::ClassDevelopment),
        Class::Standard => ("badge standard", Cm::ClassStandard),
    };
    view! { <span class=css>{msg.text(locale)}</span> }
}

/// The profitability flags as warning badges.
pub fn flag_badges(flags: &[ProfitFlag], locale: Locale) -> impl IntoView {
    flags
        .iter()
        .map(|f| {
            let msg = match f {
                ProfitFlag::VipLossMaking => Cm::FlagVipLoss,
                ProfitFlag::KeyButUnprofitable => Cm::FlagKeyLoss,
            };
            view! { <span class="badge flag">{msg.text(locale)}</span> }
        })
        .collect_view()
}

/// A number typed in place: shown formatted, read on change (Enter or leaving the
/// field) in Russian or English style. An empty field is `None` when `optional`. A
/// value that cannot be read is named with `what` and changes nothing.
#[allow(dead_code)] // until the grid and the card use it
pub fn num_cell(
    ctx: ClientsCtx,
    label: String,
    value: Option<Decimal>,
    optional: bool,
    commit: impl Fn(Option<Decimal>) -> bool + 'static,
) -> impl IntoView {
    let locale = ctx.lang.get_untracked();
    let text = value
        .map(|v| format_decimal(v, 0, 6, locale))
        .unwrap_or_default();
    let what = label.clone();
    let shown = text.clone();
    let on_change = move |ev: leptos::ev::Event| {
        let raw = event_target_value(&ev);
        let parsed = if optional && raw.trim().is_empty() {
            Ok(None)
        } else {
            parse_decimal(&raw).map(Some)
        };
        let accepted = match parsed {
            Ok(v) if v != value => commit(v),
            Ok(_) => true,
            Err(_) => {
                ctx.refuse(&what, ctx.t(Cm::NotAValidNumber));
                false
            }
        };
        if !accepted {
            // Nothing changed: the field shows the value that still holds.
            let input: web_sys::HtmlInputElement = event_target(&ev);
            input.set_value(&shown);
        }
    };
    view! {
        <input
            type="text"
            inputmode="decimal"
            autocomplete="off"
            class="num"
            aria-label=label
            prop:value=text
            on:change=on_change
        />
    }
}
