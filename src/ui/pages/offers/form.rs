//! The markup of the offer's editor: the toolbar, the base deal and the variants side
//! by side (HTML text; see [`super::edit::Editor`]).

use crate::engine::locale::{format_decimal, Locale};
use crate::engine::money::{Money, Rate};
use crate::engine::offer::{Offer, MAX_VARIANTS};
use crate::ui::html::Html;
use crate::ui::i18n::Om;
use rust_decimal::Decimal;

/// The label of field `f` (`data-f`), for the notice of refused input.
pub(super) fn label(f: &str) -> Om {
    match f {
        "name" => Om::VariantName,
        "b-volume" => Om::Volume,
        "b-price" => Om::ListPrice,
        "b-cost" => Om::UnitCost,
        "b-discount" | "discount" => Om::Discount,
        "b-days" | "days" => Om::PaymentDays,
        "b-cts" => Om::CostToServe,
        "b-rate" => Om::FinancingRate,
        "growth" => Om::Growth,
        "hours" => Om::AvailableHours,
        "price" => Om::PriceOverride,
        "volume" => Om::VolumeCommitment,
        "credit" => Om::CreditLine,
        "x-rev" => Om::ExtraRevenue,
        "x-margin" => Om::ExtraMargin,
        "log-c" | "log-v" => Om::Logistics,
        "tr-c" | "tr-v" | "tr-h" => Om::Training,
        "cm-c" | "cm-v" => Om::CoMarketing,
        "score" => Om::Score,
        "date" => Om::Date,
        "s-cost" | "s-value" | "s-hours" | "s-name" => Om::Services,
        "bn-from" => Om::BonusFromVolume,
        "bn-rate" => Om::BonusRate,
        _ => Om::Offer,
    }
}

/// An amount as typed in a field: up to two decimals, grouped.
pub(super) fn amount(m: Money, locale: Locale) -> String {
    format_decimal(m.amount(), 0, 2, locale)
}

/// A rate as typed in a field: a percentage without the sign.
pub(super) fn pct(r: Rate, locale: Locale) -> String {
    format_decimal(r.fraction() * Decimal::ONE_HUNDRED, 0, 4, locale)
}

/// `<div class="field"><label>…</label><input …></div>` for field `f` of variant `v`
/// and service `s`; `num` marks a number.
pub(super) fn field(
    h: &mut Html,
    f: &str,
    v: Option<usize>,
    s: Option<usize>,
    label: &str,
    value: &str,
    num: bool,
) {
    let mut id = format!("of-{f}");
    let mut data = format!("data-f=\"{f}\"");
    if let Some(v) = v {
        id += &format!("-{v}");
        data += &format!(" data-v=\"{v}\"");
    }
    if let Some(s) = s {
        id += &format!("-{s}");
        data += &format!(" data-s=\"{s}\"");
    }
    h.raw("<div class=\"field\"><label for=\"")
        .raw(&id)
        .raw("\">")
        .text(label)
        .raw("</label><input type=\"text\" id=\"")
        .raw(&id)
        .raw("\" ")
        .raw(&data)
        .raw(if num {
            " inputmode=\"decimal\" class=\"num\""
        } else {
            ""
        })
        .raw(" value=\"")
        .text(value)
        .raw("\"></div>");
}

/// The toolbar shown above both views: the client-safe view toggle and printing.
pub(super) fn toolbar(o: &Offer, client: bool, locale: Locale) -> String {
    let t = |m: Om| m.text(locale);
    let mut h = Html::new();
    h.raw(
        "<div class=\"of-toolbar\"><label class=\"check\"><input type=\"checkbox\" id=\"of-cview\"",
    )
    .raw(if client { " checked" } else { "" })
    .raw(">")
    .text(t(Om::ClientView))
    .raw("</label><button type=\"button\" data-act=\"print\">")
    .text(t(Om::Print))
    .raw("</button>");
    if !client {
        h.raw("<label class=\"check\"><input type=\"checkbox\" id=\"of-donly\"")
            .raw(if o.discount_only { " checked" } else { "" })
            .raw(">")
            .text(t(Om::DiscountOnly))
            .raw("</label>");
    }
    h.raw("</div>");
    h.finish()
}

/// The base deal's markup for offer `o`.
pub(super) fn base(o: &Offer, locale: Locale) -> String {
    let t = |m: Om| m.text(locale);
    let b = &o.base;
    let mut h = Html::new();
    h.raw("<section class=\"of-base\" aria-labelledby=\"of-base-title\">")
        .cell("h2", "id=\"of-base-title\"", t(Om::BaseTitle))
        .raw("<div class=\"of-fields\">");
    field(&mut h, "name", None, None, t(Om::OfferName), &o.name, false);
    let dec = |d: Decimal| format_decimal(d, 0, 4, locale);
    for (f, m, value) in [
        ("b-volume", Om::Volume, dec(b.volume_per_year)),
        ("b-price", Om::ListPrice, amount(b.list_price, locale)),
        ("b-cost", Om::UnitCost, amount(b.unit_cost, locale)),
        ("b-discount", Om::Discount, pct(b.discount, locale)),
        ("b-days", Om::PaymentDays, b.payment_days.to_string()),
        ("b-cts", Om::CostToServe, amount(b.cost_to_serve, locale)),
        ("b-rate", Om::FinancingRate, pct(b.financing_rate, locale)),
        ("growth", Om::Growth, pct(o.growth, locale)),
        ("hours", Om::AvailableHours, dec(o.available_hours)),
    ] {
        field(&mut h, f, None, None, t(m), &value, true);
    }
    h.raw("</div><div class=\"of-variant-actions\">");
    if o.client.is_some() {
        h.raw("<button type=\"button\" data-act=\"cts-model\">")
            .text(t(Om::CtsFromModel))
            .raw("</button>");
    }
    h.raw("<button type=\"button\" class=\"danger\" data-act=\"del-offer\">")
        .text(t(Om::DeleteOffer))
        .raw("</button></div></section>");
    h.finish()
}

/// The variants side by side, each with its levers and the client's feedback.
pub(super) fn variants(o: &Offer, locale: Locale) -> String {
    let t = |m: Om| m.text(locale);
    let mut h = Html::new();
    h.raw("<section class=\"of-variants-part\" aria-labelledby=\"of-var-title\">")
        .cell("h2", "id=\"of-var-title\"", t(Om::VariantsTitle))
        .raw("<div class=\"of-variants\">");
    for (i, ov) in o.variants.iter().enumerate() {
        super::variant_form::variant(
            &mut h,
            i,
            ov,
            o.chosen == Some(i),
            o.variants.len() < MAX_VARIANTS,
            locale,
        );
    }
    h.raw("</div><button type=\"button\" data-act=\"add-v\"")
        .raw(if o.variants.len() < MAX_VARIANTS {
            ""
        } else {
            " disabled"
        })
        .raw(">")
        .text(t(Om::AddVariant))
        .raw("</button></section>");
    h.finish()
}
