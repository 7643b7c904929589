//! Formatting shared by the views of the section: money, scores, classes and flags,
//! and the numeric cell that edits a value in place.

use super::ctx::ClientsCtx;
use crate::engine::locale::{format_decimal, format_money, parse_decimal, Locale};
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

/// A number typed in place: shown formatted, read on change (Enter or leaving the
/// field) in Russian or English style. An empty field is `None` when `optional`. A
/// value that cannot be read is named with `what` and changes nothing.
pub fn num_cell(
    ctx: ClientsCtx,
    label: String,
    value: Option<Decimal>,
    optional: bool,
    commit: impl Fn(Option<Decimal>) -> bool + 'static,
) -> AnyView {
    num_input(ctx, label, value, optional, Box::new(commit))
}

/// [`num_cell`] with its commit boxed: one copy of the input's code for every caller.
fn num_input(
    ctx: ClientsCtx,
    label: String,
    value: Option<Decimal>,
    optional: bool,
    commit: Box<dyn Fn(Option<Decimal>) -> bool>,
) -> AnyView {
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
    .into_any()
}
