//! One variant's column of the editor: its levers, the client's feedback on it and
//! its buttons (HTML text; see [`super::edit::Editor`]).

use super::form::{amount, field, pct};
use crate::engine::locale::{format_decimal, Locale};
use crate::engine::offer::OfferVariant;
use crate::ui::html::Html;
use crate::ui::i18n::Om;
use rust_decimal::Decimal;

/// One variant's column: its levers and the client's feedback.
pub(super) fn variant(
    h: &mut Html,
    i: usize,
    ov: &OfferVariant,
    chosen: bool,
    room: bool,
    locale: Locale,
) {
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
