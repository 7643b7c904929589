//! The markup of the offer's editor: the toolbar, the base deal and the variants side
//! by side (HTML text; see [`super::edit::Editor`]).

use crate::engine::locale::{format_decimal, Locale};
use crate::engine::money::{Money, Rate};
use crate::engine::offer::{Offer, OfferVariant, MAX_VARIANTS};
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
fn pct(r: Rate, locale: Locale) -> String {
    format_decimal(r.fraction() * Decimal::ONE_HUNDRED, 0, 4, locale)
}

/// `<div class="field"><label>…</label><input …></div>` for field `f` of variant `v`
/// and service `s`; `num` marks a number.
fn field(
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
    h.raw("</div><button type=\"button\" class=\"danger\" data-act=\"del-offer\">")
        .text(t(Om::DeleteOffer))
        .raw("</button></section>");
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
        variant(
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

/// One variant's column: its levers and the client's feedback.
fn variant(h: &mut Html, i: usize, ov: &OfferVariant, chosen: bool, room: bool, locale: Locale) {
    let t = |m: Om| m.text(locale);
    let x = &ov.variant;
    let v = Some(i);
    let n = i.to_string();
    let dec = |d: Decimal| format_decimal(d, 0, 4, locale);
    h.raw("<section class=\"of-variant\" data-testid=\"of-variant-")
        .raw(&n)
        .raw("\"><h3>")
        .text(&format!("{} {}", t(Om::Variant), i + 1))
        .raw("</h3>");
    field(h, "name", v, None, t(Om::VariantName), &x.name, false);
    field(h, "note", v, None, t(Om::Note), &x.note, false);
    let price = x
        .price_override
        .map(|p| amount(p, locale))
        .unwrap_or_default();
    for (f, m, value) in [
        ("discount", Om::Discount, pct(x.discount, locale)),
        ("price", Om::PriceOverride, price),
        ("volume", Om::VolumeCommitment, dec(x.volume_commitment)),
        ("days", Om::PaymentDays, x.payment_days.to_string()),
        ("credit", Om::CreditLine, amount(x.credit_line, locale)),
    ] {
        field(h, f, v, None, t(m), &value, true);
    }
    h.cell("h4", "", t(Om::Bonus));
    for (k, b) in x.volume_bonus.iter().enumerate() {
        let s = Some(k);
        h.raw("<fieldset class=\"of-service\">");
        field(
            h,
            "bn-from",
            v,
            s,
            t(Om::BonusFromVolume),
            &dec(b.from_volume),
            true,
        );
        field(
            h,
            "bn-rate",
            v,
            s,
            t(Om::BonusRate),
            &pct(b.bonus, locale),
            true,
        );
        remove(
            h,
            "del-b",
            &n,
            k,
            &format!("{} {}", t(Om::RemoveBonus), k + 1),
        );
    }
    add(h, "add-b", &n, t(Om::AddBonus));
    h.cell("h4", "", t(Om::Services));
    for (k, svc) in x.services.iter().enumerate() {
        let s = Some(k);
        h.raw("<fieldset class=\"of-service\">");
        field(h, "s-name", v, s, t(Om::ServiceName), &svc.name, false);
        field(
            h,
            "s-cost",
            v,
            s,
            t(Om::CostToUs),
            &amount(svc.cost_to_us, locale),
            true,
        );
        field(
            h,
            "s-value",
            v,
            s,
            t(Om::ValueToClient),
            &amount(svc.value_to_client, locale),
            true,
        );
        field(h, "s-hours", v, s, t(Om::Hours), &dec(svc.hours), true);
        remove(
            h,
            "del-s",
            &n,
            k,
            &format!("{} {}", t(Om::RemoveService), svc.name),
        );
    }
    add(h, "add-s", &n, t(Om::AddService));
    field(
        h,
        "x-rev",
        v,
        None,
        t(Om::ExtraRevenue),
        &amount(x.extra_assortment.revenue, locale),
        true,
    );
    field(
        h,
        "x-margin",
        v,
        None,
        t(Om::ExtraMargin),
        &pct(x.extra_assortment.margin, locale),
        true,
    );
    for (title, c, cv, val, vv) in [
        (
            Om::Logistics,
            "log-c",
            x.logistics.cost_to_us,
            "log-v",
            x.logistics.value_to_client,
        ),
        (
            Om::Training,
            "tr-c",
            x.training.cost_to_us,
            "tr-v",
            x.training.value_to_client,
        ),
        (
            Om::CoMarketing,
            "cm-c",
            x.co_marketing.cost_to_us,
            "cm-v",
            x.co_marketing.value_to_client,
        ),
    ] {
        h.raw("<fieldset class=\"of-lever\">")
            .cell("legend", "", t(title));
        field(h, c, v, None, t(Om::CostToUs), &amount(cv, locale), true);
        field(
            h,
            val,
            v,
            None,
            t(Om::ValueToClient),
            &amount(vv, locale),
            true,
        );
        if title == Om::Training {
            field(
                h,
                "tr-h",
                v,
                None,
                t(Om::Hours),
                &dec(x.training.hours),
                true,
            );
        }
        h.raw("</fieldset>");
    }
    feedback(h, i, ov, chosen, locale);
    h.raw("<div class=\"of-variant-actions\"><button type=\"button\" data-act=\"dup-v\" data-v=\"")
        .raw(&n)
        .raw("\"")
        .raw(if room { "" } else { " disabled" })
        .raw(">")
        .text(t(Om::Duplicate))
        .raw("</button><button type=\"button\" class=\"danger\" data-act=\"del-v\" data-v=\"")
        .raw(&n)
        .raw("\">")
        .text(t(Om::RemoveVariant))
        .raw("</button></div></section>");
}

/// The ✕ button `act` of item `k` of variant `n`, closing the item's fieldset.
fn remove(h: &mut Html, act: &str, n: &str, k: usize, label: &str) {
    h.raw("<button type=\"button\" class=\"icon\" data-act=\"")
        .raw(act)
        .raw("\" data-v=\"")
        .raw(n)
        .raw("\" data-s=\"")
        .raw(&k.to_string())
        .raw("\" aria-label=\"")
        .text(label)
        .raw("\">✕</button></fieldset>");
}

/// The button `act` that adds an item to variant `n`.
fn add(h: &mut Html, act: &str, n: &str, label: &str) {
    h.raw("<button type=\"button\" data-act=\"")
        .raw(act)
        .raw("\" data-v=\"")
        .raw(n)
        .raw("\">")
        .text(label)
        .raw("</button>");
}

/// The client's feedback on variant `i` and the «chosen» mark.
fn feedback(h: &mut Html, i: usize, ov: &OfferVariant, chosen: bool, locale: Locale) {
    let t = |m: Om| m.text(locale);
    let fb = &ov.feedback;
    let v = Some(i);
    h.raw("<fieldset class=\"of-feedback\">")
        .cell("legend", "", t(Om::FeedbackTitle));
    let score = fb.score.map(|s| s.to_string()).unwrap_or_default();
    field(h, "score", v, None, t(Om::Score), &score, true);
    field(h, "obj", v, None, t(Om::Objections), &fb.objections, false);
    field(h, "comm", v, None, t(Om::Comments), &fb.comments, false);
    let date = fb
        .date
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    h.raw("<div class=\"field\"><label for=\"of-date-")
        .raw(&i.to_string())
        .raw("\">")
        .text(t(Om::Date))
        .raw("</label><input type=\"date\" id=\"of-date-")
        .raw(&i.to_string())
        .raw("\" data-f=\"date\" data-v=\"")
        .raw(&i.to_string())
        .raw("\" value=\"")
        .text(&date)
        .raw("\"></div><label class=\"check\"><input type=\"checkbox\" id=\"of-chosen-")
        .raw(&i.to_string())
        .raw("\" data-f=\"chosen\" data-v=\"")
        .raw(&i.to_string())
        .raw("\"")
        .raw(if chosen { " checked" } else { "" })
        .raw(">")
        .text(t(Om::Chosen))
        .raw("</label></fieldset>");
}
