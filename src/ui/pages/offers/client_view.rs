//! The client-safe view: the variants as the client sees them — price, volume, terms,
//! services and their value — with none of our costs, margins, contributions or
//! internal notes. Printed on A4 (the print rules in `style/main.css`).

use crate::engine::locale::{format_decimal, format_money, format_percent, Locale};
use crate::engine::model::Workspace;
use crate::engine::money::Money;
use crate::engine::offer::{figures::net_price, year_figures, Offer, Variant};
use crate::ui::html::Html;
use crate::ui::i18n::Om;

/// The client-safe markup of offer `o`.
pub(super) fn markup(ws: &Workspace, o: &Offer, locale: Locale) -> String {
    let t = |m: Om| m.text(locale);
    let cur = &ws.settings.currency;
    let money = |m: Money| format_money(m, cur, true, locale);
    let client = o
        .client
        .and_then(|id| ws.clients.iter().find(|c| c.id == id))
        .map(|c| c.name.clone());
    let first_year = crate::engine::offer::Horizon {
        years: 1,
        ..o.horizon(&ws.settings)
    };
    let mut h = Html::new();
    h.raw("<section class=\"of-client\" data-testid=\"of-client-view\">")
        .cell("h2", "", t(Om::ClientTitle));
    if let Some(name) = client {
        h.cell("p", "class=\"of-client-name\"", &name);
    }
    h.cell("p", "class=\"of-client-title\"", &o.name)
        .raw("<div class=\"of-client-cards\">");
    for (i, ov) in o.variants.iter().enumerate() {
        let x: &Variant = &ov.variant;
        h.raw("<article class=\"of-card\">")
            .cell(
                "h3",
                "",
                &format!("{} {}. {}", t(Om::Variant), i + 1, x.name),
            )
            .raw("<dl>");
        let mut pair = |term: &str, value: &str| {
            h.cell("dt", "", term).cell("dd", "", value);
        };
        pair(
            t(Om::NetPrice),
            &format_money(net_price(&o.base, x), cur, false, locale),
        );
        pair(
            t(Om::ClientVolume),
            &format_decimal(x.volume_commitment, 0, 2, locale),
        );
        pair(t(Om::ClientDays), &x.payment_days.to_string());
        if !x.credit_line.amount().is_zero() {
            pair(t(Om::CreditLine), &money(x.credit_line));
        }
        for b in &x.volume_bonus {
            pair(
                t(Om::Bonus),
                &format!(
                    "{} {} {} {}",
                    format_percent(b.bonus, 2, locale),
                    t(Om::BonusFrom),
                    format_decimal(b.from_volume, 0, 2, locale),
                    t(Om::Units)
                ),
            );
        }
        h.raw("</dl>");
        let mut items: Vec<(String, Money)> = x
            .services
            .iter()
            .map(|s| (s.name.clone(), s.value_to_client))
            .collect();
        for (m, value) in [
            (Om::Logistics, x.logistics.value_to_client),
            (Om::Training, x.training.value_to_client),
            (Om::CoMarketing, x.co_marketing.value_to_client),
        ] {
            if !value.amount().is_zero() {
                items.push((t(m).to_owned(), value));
            }
        }
        if !items.is_empty() {
            h.cell("h4", "", t(Om::Included)).raw("<ul>");
            for (name, value) in items {
                h.raw("<li>")
                    .text(&format!("{name} — {}: {}", t(Om::Value), money(value)))
                    .raw("</li>");
            }
            h.raw("</ul>");
        }
        if let Some(y) = year_figures(&o.base, x, &first_year).first() {
            h.raw("<p class=\"of-benefit\">")
                .text(&format!(
                    "{}: {}",
                    t(Om::YourBenefit),
                    money(y.client_benefit)
                ))
                .raw("</p>");
        }
        h.raw("</article>");
    }
    h.raw("</div></section>");
    h.finish()
}
