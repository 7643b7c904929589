//! The notes under the figures table: each variant's discount break-even, and the
//! capacity warning of a variant that needs more hours than the team has.

use super::slots::Slotted;
use crate::engine::locale::{format_decimal, format_percent, Locale};
use crate::engine::money::Rate;
use crate::engine::offer::{break_even_growth, capacity_check, figures::net_price, Offer};
use crate::ui::i18n::Om;
use rust_decimal::Decimal;

/// The break-even line of each variant with a deeper discount than the base, and the
/// capacity warning of each variant that needs more hours than the team has: one
/// `<ul id="of-notes">` (a block: a line that comes or goes rewrites the list only;
/// the numbers in a line are [figures](Slotted::figure)).
///
/// A break-even line is there for every variant (when the list price is known),
/// hidden (`class="off"`) while the variant's discount is not deeper than the base's,
/// and its end reads «impossible» while the discount is not below the margin: the list
/// keeps its shape while a discount is typed, so the keystroke that crosses the
/// base's discount or the margin writes two classes and a few words, not the list;
/// out of the window, they wait until it is near (`data-wait`, see `slots`).
pub(super) fn markup(h: &mut Slotted, o: &Offer, locale: Locale) {
    let t = |m: Om| m.text(locale);
    let b = &o.base;
    let list = b.list_price.amount();
    h.begin("of-notes")
        .raw("<ul id=\"of-notes\" class=\"of-notes\" data-wait>");
    for (i, ov) in o.variants.iter().enumerate() {
        let x = &ov.variant;
        let name = format!("{} {} «{}»", t(Om::Variant), i + 1, x.name);
        if list > Decimal::ZERO {
            // Both as fractions of the list price: the extra discount against the
            // base's net price, and the base's gross margin.
            let base_net = Decimal::ONE - b.discount.fraction();
            let d = base_net - net_price(b, x).amount() / list;
            let m = base_net - b.unit_cost.amount() / list;
            let deeper = d > Decimal::ZERO;
            let growth = deeper
                .then(|| break_even_growth(Rate(d), Rate(m)))
                .flatten();
            let off = |on: bool| if on { "" } else { "off" };
            let line = format!("of-be-{i}");
            let end = format!("of-be-e-{i}");
            let tail = format!("of-be-t-{i}");
            let words = match growth {
                Some(_) => t(Om::BreakEven2),
                None if deeper => t(Om::Impossible),
                None => "",
            };
            let percent = |r: Option<Rate>| r.map(|r| format_percent(r, 1, locale));
            h.raw("<li id=\"")
                .raw(&line)
                .raw("\" data-testid=\"of-break-even-")
                .raw(&i.to_string())
                .raw("\"")
                .attr(&line, "class", off(deeper))
                .raw(">")
                .text(&format!("{name}: {} ", t(Om::BreakEven1)))
                .figure(
                    &format!("of-be-d-{i}"),
                    &percent(deeper.then_some(Rate(d))).unwrap_or_default(),
                )
                .text(&format!(" {}, ", t(Om::OfList)))
                .slot("span", &end, "", words)
                .raw(" <span id=\"")
                .raw(&tail)
                .raw("\"")
                .attr(&tail, "class", off(growth.is_some()))
                .raw(">")
                .figure(
                    &format!("of-be-g-{i}"),
                    &percent(growth).unwrap_or_default(),
                )
                .raw("</span></li>");
        }
        let cap = capacity_check(x, o.available_hours);
        if cap.over_capacity {
            h.raw("<li class=\"warn\" role=\"status\" data-testid=\"of-capacity-")
                .raw(&i.to_string())
                .raw("\">")
                .text(&format!("{name}: {} ", t(Om::Capacity)))
                .figure(
                    &format!("of-cap-n-{i}"),
                    &format_decimal(cap.needed_hours, 0, 1, locale),
                )
                .text(&format!(", {} ", t(Om::CapacityOf)))
                .figure(
                    &format!("of-cap-a-{i}"),
                    &format_decimal(cap.available_hours, 0, 1, locale),
                )
                .raw("</li>");
        }
    }
    h.raw("</ul>").end();
}
