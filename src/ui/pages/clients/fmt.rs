//! Formatting shared by the views of the section: money, scores, classes and flags.

use super::ctx::ClientsCtx;
use crate::engine::locale::{format_decimal, format_money, Locale};
use crate::engine::model::{ClientId, Currency};
use crate::engine::money::Money;
use crate::engine::profile::Class;
use crate::engine::profitability::ProfitFlag;
use crate::ui::html::Html;
use crate::ui::i18n::Cm;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Rows shown at first, and added by «Показать ещё».
pub const SHOW_STEP: usize = 100;

/// «Показать ещё (100 из 1 000)» when `total` rows are more than the `limit` shown.
pub fn more_button(
    shown: RwSignal<usize>,
    total: usize,
    limit: usize,
    locale: Locale,
) -> Option<AnyView> {
    (total > limit).then(|| {
        let text = format!(
            "{} ({limit} {} {total})",
            Cm::ShowMore.text(locale),
            Cm::Of.text(locale)
        );
        view! {
            <button type="button" on:click=move |_| shown.update(|n| *n += SHOW_STEP)>{text}</button>
        }
        .into_any()
    })
}

/// A whole amount with the currency sign, ru-RU grouping.
pub fn money(value: Money, currency: &Currency, locale: Locale) -> String {
    format_money(value, currency, true, locale)
}

/// A score with one decimal, or a dash when the client has none.
pub fn score_text(score: Option<Decimal>, locale: Locale) -> String {
    score.map_or_else(|| "—".to_owned(), |s| format_decimal(s, 1, 1, locale))
}

/// The class as a badge.
pub fn class_badge(h: &mut Html, class: Class, locale: Locale) {
    let (css, msg) = match class {
        Class::Key => ("class=\"badge key\"", Cm::ClassKey),
        Class::Development => ("class=\"badge development\"", Cm::ClassDevelopment),
        Class::Standard => ("class=\"badge standard\"", Cm::ClassStandard),
    };
    h.cell("span", css, msg.text(locale));
}

/// The profitability flags as warning badges.
pub fn flag_badges(h: &mut Html, flags: &[ProfitFlag], locale: Locale) {
    for f in flags {
        let msg = match f {
            ProfitFlag::VipLossMaking => Cm::FlagVipLoss,
            ProfitFlag::KeyButUnprofitable => Cm::FlagKeyLoss,
        };
        h.cell("span", "class=\"badge flag\"", msg.text(locale));
    }
}

/// A client's name as a button that opens its card (see [`open_card_on_click`]).
pub fn card_link(h: &mut Html, id: ClientId, name: &str) {
    h.raw("<button type=\"button\" class=\"link\" data-open=\"")
        .raw(&id.0.to_string())
        .raw("\">")
        .text(name)
        .raw("</button>");
}

/// The click handler of a container of [`card_link`]s: opens the card clicked.
pub fn open_card_on_click(ctx: ClientsCtx) -> impl Fn(leptos::ev::MouseEvent) + 'static {
    move |ev| {
        use wasm_bindgen::JsCast;
        let id = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-open]").ok().flatten())
            .and_then(|el| el.get_attribute("data-open"))
            .and_then(|v| v.parse::<u32>().ok());
        if let Some(id) = id {
            ctx.open_card(ClientId(id));
        }
    }
}
