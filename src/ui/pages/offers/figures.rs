//! The markup of the variants' figures side by side: the first year and the horizon,
//! the best for us and for the client, the «discount only» reference, the discount
//! break-even, the capacity check, a bar chart (HTML and SVG text) and the figures of
//! one variant per year ([`super::years`]). Every figure is a slot and the chart a
//! block ([`super::slots`]), so that a keystroke rewrites only what changed.

use super::live::Live;
use super::slots::Slotted;
use super::years::{line_text, row, COLUMN_HEADER, LINES};
use crate::engine::locale::{format_decimal, format_money, format_percent, Locale};
use crate::engine::model::{Currency, Workspace};
use crate::engine::money::Money;
use crate::engine::offer::{compare, discount_only_for, Comparison, Horizon, Offer};
use crate::ui::i18n::Om;
use rust_decimal::Decimal;

/// The figures of offer `o` of `ws`, in three parts written into three containers:
/// - `table`: the first year and the horizon side by side, best for us and for the
///   client, the «discount only» reference, the break-even and capacity notes;
/// - `more`: the bar chart and the per-year figures of variant `by_year` when it names
///   one;
/// - `bar`: the bar of the part being edited, `live` ([`super::live`]).
///
/// `table` and `more` are built only when `in_view` says so: a part out of view is
/// left as it is until it comes into view ([`super::watch`]). Without the markup
/// itself unless `full` (see [`Slotted::values`]).
pub(super) struct Parts {
    pub table: Option<Slotted>,
    pub more: Option<Slotted>,
    pub bar: Slotted,
}

/// The figures' [`Parts`] (see there).
#[inline(never)]
pub(super) fn markup(
    ws: &Workspace,
    o: &Offer,
    by_year: Option<usize>,
    live: Option<Live>,
    locale: Locale,
    full: bool,
    in_view: [bool; 2],
) -> Parts {
    let cur = &ws.settings.currency;
    let horizon = o.horizon(&ws.settings);
    // With only the bar to write (the table and the chart out of view), only the
    // base and the part edited are evaluated.
    let only_bar = in_view == [false; 2];
    let edited = match live {
        Some(Live::Variant(i)) if only_bar => o.variants.get(i..=i).unwrap_or_default(),
        _ if only_bar => &[],
        _ => &o.variants[..],
    };
    let variants: Vec<_> = edited.iter().map(|v| v.variant.clone()).collect();
    let cmp = compare(&o.base, &variants, &horizon);
    let part = match live {
        Some(Live::Base) => Some((Live::Base, &cmp.base)),
        Some(Live::Variant(i)) => cmp
            .variants
            .get(if only_bar { 0 } else { i })
            .map(|f| (Live::Variant(i), f)),
        None => None,
    };
    let fresh = || {
        if full {
            Slotted::new()
        } else {
            Slotted::values()
        }
    };
    let mut bar = fresh();
    super::live::markup(&mut bar, part, cur, locale);
    let table = in_view[0].then(|| {
        let mut h = fresh();
        table(&mut h, o, &cmp, &horizon, cur, locale);
        h
    });
    let more = in_view[1].then(|| {
        let mut h = fresh();
        chart(&mut h, &cmp, cur, locale);
        super::years::markup(&mut h, ws, &cmp, by_year, locale);
        h
    });
    Parts { table, more, bar }
}

/// The `table` part (see [`Parts`]).
fn table(
    h: &mut Slotted,
    o: &Offer,
    cmp: &Comparison,
    horizon: &Horizon,
    cur: &Currency,
    locale: Locale,
) {
    let t = |m: Om| m.text(locale);
    let money = |m: Money| format_money(m, cur, true, locale);
    h.raw("<section class=\"of-figures\" aria-labelledby=\"of-fig-title\">")
        .cell("h2", "id=\"of-fig-title\"", t(Om::FiguresTitle));
    let labels = LINES.iter().map(|(_, label, _)| label.text(locale));
    let others = [
        Om::DeltaContribution,
        Om::Npv,
        Om::NpvDelta,
        Om::ClientBenefit,
        Om::ValueRatio,
        Om::DoDiscount,
        Om::DoContribution,
        Om::DoNpv,
    ];
    super::years::table_scroll(h, labels.chain(others.map(t)), cmp.variants.len() + 1);
    h.raw("<table role=\"table\" class=\"of-table\"")
        .columns("of-fig-table")
        .raw("><thead role=\"rowgroup\">")
        .begin("of-fig-head");
    head(h, cmp, o, locale);
    h.end().raw("</thead><tbody role=\"rowgroup\">");
    section_row(h, t(Om::FirstYear), cmp.variants.len());
    // The first year's lines (those of the per-year table), then the contribution
    // against the base.
    let columns = || {
        std::iter::once((&cmp.base, "b".to_owned()))
            .chain(cmp.variants.iter().zip((0..).map(|i: usize| i.to_string())))
    };
    for (k, (id, label, _)) in LINES.iter().enumerate() {
        row(h, label.text(locale), false);
        for (f, col) in columns() {
            let text = f.years.first().map(|y| line_text(k, y, cur, locale));
            figure(h, &[id, "-", &col].concat(), &text.unwrap_or_default());
        }
    }
    row(h, t(Om::DeltaContribution), false);
    for (f, col) in columns() {
        let text = f.deltas.first().map(|d| money(d.contribution));
        figure(h, &["delta-", &col].concat(), &text.unwrap_or_default());
    }
    section_row(
        h,
        &format!("{} {}", t(Om::OverHorizon), horizon.years),
        cmp.variants.len(),
    );
    for (id, label) in [
        ("npv", Om::Npv),
        ("npv-delta", Om::NpvDelta),
        ("benefit-all", Om::ClientBenefit),
        ("ratio-all", Om::ValueRatio),
    ] {
        row(h, label.text(locale), false);
        for (f, col) in columns() {
            let text = match id {
                "npv" => money(f.npv_contribution),
                "npv-delta" => money(f.npv_delta),
                "benefit-all" => money(f.client_benefit),
                _ => f.value_ratio.map_or_else(
                    || "—".to_owned(),
                    |r| format_decimal(r.fraction(), 1, 2, locale),
                ),
            };
            figure(h, &[id, "-", &col].concat(), &text);
        }
    }
    if o.discount_only {
        section_row(h, t(Om::DiscountOnlyTitle), cmp.variants.len());
        let refs: Vec<_> = cmp
            .variants
            .iter()
            .map(|f| {
                let benefit = f.years.first()?.client_benefit;
                discount_only_for(&o.base, benefit, horizon, &cmp.base.years)
            })
            .collect();
        for (id, m) in [
            ("do-discount", Om::DoDiscount),
            ("do-contribution", Om::DoContribution),
            ("do-npv", Om::DoNpv),
        ] {
            row(h, t(m), false);
            h.raw("<td role=\"cell\"></td>");
            for (i, r) in refs.iter().enumerate() {
                let text = r.as_ref().map_or_else(String::new, |r| match id {
                    "do-discount" => format_percent(r.discount, 2, locale),
                    "do-contribution" => r
                        .figures
                        .years
                        .first()
                        .map(|y| money(y.contribution))
                        .unwrap_or_default(),
                    _ => money(r.figures.npv_contribution),
                });
                figure(h, &format!("{id}-{i}"), &text);
            }
        }
    }
    h.end_columns().raw("</tbody></table></div>");
    super::notes::markup(h, o, locale);
    h.raw("</section>");
}

/// A figure of the table: a `<td>` whose test id is `of-fig-{id}`, holding the
/// [figure](Slotted::figure) of that id.
pub(super) fn figure(h: &mut Slotted, id: &str, text: &str) {
    h.figure_cell(&["of-fig-", id].concat(), "", text);
}

/// The header row of the table: the base, then each variant's name with its badges
/// (best for us, best for the client, the client's choice), one `<tr
/// id="of-fig-head">`. «Best for» may move on any keystroke: both badges are always
/// there, their `class` a slot that hides the one not earned (`off`); the client's
/// choice changes by a click only, and rewrites the row (a block).
fn head(h: &mut Slotted, cmp: &Comparison, o: &Offer, locale: Locale) {
    let t = |m: Om| m.text(locale);
    h.raw("<tr id=\"of-fig-head\" role=\"row\"><th scope=\"col\" role=\"columnheader\"></th>")
        .cell("th", COLUMN_HEADER, t(Om::Base));
    for (i, f) in cmp.variants.iter().enumerate() {
        h.raw("<th ").raw(COLUMN_HEADER).raw(">").text(&f.name);
        for (on, m, class) in [
            (cmp.best_for_us == Some(i), Om::BestForUs, "us"),
            (cmp.best_for_client == Some(i), Om::BestForClient, "client"),
        ] {
            let id = format!("of-badge-{class}-{i}");
            let classes = format!("badge of-{class}{}", if on { "" } else { " off" });
            h.raw("<span id=\"")
                .raw(&id)
                .raw("\" data-testid=\"")
                .raw(&id)
                .raw("\"")
                .attr(&id, "class", &classes)
                .raw(">")
                .text(t(m))
                .raw("</span>");
        }
        if o.chosen == Some(i) {
            h.raw("<span class=\"badge of-chosen\" data-testid=\"of-badge-chosen-")
                .raw(&i.to_string())
                .raw("\">")
                .text(t(Om::ChosenBadge))
                .raw("</span>");
        }
        h.raw("</th>");
    }
    h.raw("</tr>");
}

/// A row spanning the table that names the rows below it.
fn section_row(h: &mut Slotted, title: &str, variants: usize) {
    h.raw("<tr class=\"of-sub\" role=\"row\">")
        .cell(
            "th",
            &format!(
                "scope=\"rowgroup\" role=\"rowheader\" colspan=\"{}\"",
                variants + 2
            ),
            title,
        )
        .raw("</tr>");
}

/// A bar chart of the first-year contribution and client benefit per variant; nothing
/// when every bar is zero. The bars' corners and their titles are slots. (A bar is a
/// polygon, not a rect: a rect's `y` and `height` are CSS properties in Chromium, and
/// changing them recalculated the page's style on every keystroke.)
fn chart(h: &mut Slotted, cmp: &Comparison, cur: &Currency, locale: Locale) {
    let t = |m: Om| m.text(locale);
    let pairs: Vec<(String, Decimal, Decimal)> = cmp
        .variants
        .iter()
        .map(|f| {
            let y = f.years.first();
            (
                f.name.clone(),
                y.map_or(Decimal::ZERO, |y| y.contribution.amount()),
                y.map_or(Decimal::ZERO, |y| y.client_benefit.amount()),
            )
        })
        .collect();
    let top = pairs
        .iter()
        .map(|p| p.1.max(p.2))
        .fold(Decimal::ZERO, Decimal::max);
    let bottom = pairs
        .iter()
        .map(|p| p.1.min(p.2))
        .fold(Decimal::ZERO, Decimal::min);
    let span = top - bottom;
    if span.is_zero() {
        return;
    }
    let (width, height, plot) = (600, 260, Decimal::from(200));
    // 10–210 px from the top: the plot's 200 px below a margin of 10.
    let y_of = |v: Decimal| -> u32 {
        let px = (top - v) * plot / span + Decimal::from(10);
        px.round().try_into().unwrap_or(0)
    };
    let zero = y_of(Decimal::ZERO).to_string();
    let slot = width / pairs.len().max(1) as i64;
    // The drawing waits out of the window while the user types (`data-wait`, see
    // `write.rs`): with the per-year figures open it is far above the form typed in.
    h.raw("<figure id=\"of-chart\" class=\"of-chart\"><svg viewBox=\"0 0 600 260\" role=\"img\" aria-labelledby=\"of-chart-cap\" data-wait>")
        .raw(&format!("<line id=\"of-chart-0\" x1=\"0\" x2=\"{width}\""))
        .attr("of-chart-0", "y1", &zero)
        .attr("of-chart-0", "y2", &zero)
        .raw(" stroke=\"#888\"/>");
    let zero = y_of(Decimal::ZERO);
    for (i, (name, contribution, benefit)) in pairs.iter().enumerate() {
        let x0 = i as i64 * slot + slot / 2 - 44;
        for (k, (v, class)) in [(contribution, "us"), (benefit, "client")]
            .iter()
            .enumerate()
        {
            let y = y_of(**v);
            let (top_y, bar) = if y < zero {
                (y, zero - y)
            } else {
                (zero, y - zero)
            };
            let id = format!("of-bar-{class}-{i}");
            let (left, right) = (x0 + k as i64 * 46, x0 + k as i64 * 46 + 40);
            let bottom = top_y + bar.max(1);
            h.raw(&format!("<polygon id=\"{id}\" class=\"{class}\""))
                .attr(
                    &id,
                    "points",
                    &format!("{left},{top_y} {right},{top_y} {right},{bottom} {left},{bottom}"),
                )
                .raw(">")
                .slot(
                    "title",
                    &format!("{id}-t"),
                    "",
                    &format_money(Money(**v), cur, true, locale),
                )
                .raw("</polygon>");
        }
        h.raw(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">",
            x0 + 43,
            height - 12
        ))
        .text(name)
        .raw("</text>");
    }
    h.raw("</svg><figcaption id=\"of-chart-cap\">")
        .text(t(Om::ChartTitle))
        .raw(": <span class=\"key us\"></span>")
        .text(t(Om::Contribution))
        .raw(" <span class=\"key client\"></span>")
        .text(t(Om::ClientBenefit))
        .raw("</figcaption></figure>");
}
