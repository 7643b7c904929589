//! Formatting shared by the views of the section: money, scores, classes and flags.

use crate::engine::locale::{format_decimal, format_money, Locale};
use crate::engine::model::{ClientId, Currency};
use crate::engine::money::Money;
use crate::engine::profile::Class;
use crate::engine::profitability::ProfitFlag;
use crate::ui::html::Html;
use crate::ui::i18n::Cm;
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
