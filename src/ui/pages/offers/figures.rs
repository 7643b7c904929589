//! The markup of the variants' figures side by side: the first year and the horizon,
//! the best for us and for the client, the «discount only» reference, the discount
//! break-even, the capacity check and a bar chart (HTML and SVG text).

use crate::engine::locale::{format_decimal, format_money, format_percent, Locale};
use crate::engine::model::{Currency, Workspace};
use crate::engine::money::{Money, Rate};
use crate::engine::offer::{
    break_even_growth, capacity_check, compare, discount_only, figures::net_price, Comparison,
    Offer, VariantFigures, YearFigures,
};
use crate::ui::html::Html;
use crate::ui::i18n::Om;
use rust_decimal::Decimal;

/// A row of the table: its test id, its label and the value of one column.
type Row<'a> = (&'a str, Om, &'a dyn Fn(&VariantFigures) -> String);

/// The figures' markup for offer `o` of `ws`.
pub(super) fn markup(ws: &Workspace, o: &Offer, locale: Locale) -> String {
    let t = |m: Om| m.text(locale);
    let cur = &ws.settings.currency;
    let horizon = o.horizon(&ws.settings);
    let variants: Vec<_> = o.variants.iter().map(|v| v.variant.clone()).collect();
    let cmp = compare(&o.base, &variants, &horizon);
    let money = |m: Money| format_money(m, cur, true, locale);
    let first = |f: &VariantFigures| f.years.first().cloned();
    let year = |get: fn(&YearFigures) -> Money| {
        move |f: &VariantFigures| first(f).map(|y| money(get(&y))).unwrap_or_default()
    };
    let ratio = |r: Option<Rate>| {
        r.map(|r| format_decimal(r.fraction(), 1, 2, locale))
            .unwrap_or_else(|| "—".to_owned())
    };
    let mut h = Html::new();
    h.raw("<section class=\"of-figures\" aria-labelledby=\"of-fig-title\">")
        .cell("h2", "id=\"of-fig-title\"", t(Om::FiguresTitle))
        .raw("<div class=\"table-scroll\"><table class=\"of-table\"><thead><tr><th scope=\"col\"></th>")
        .cell("th", "scope=\"col\" class=\"num\"", t(Om::Base));
    for (i, f) in cmp.variants.iter().enumerate() {
        h.raw("<th scope=\"col\" class=\"num\">").text(&f.name);
        for (on, m, class) in [
            (cmp.best_for_us == Some(i), Om::BestForUs, "us"),
            (cmp.best_for_client == Some(i), Om::BestForClient, "client"),
            (o.chosen == Some(i), Om::ChosenBadge, "chosen"),
        ] {
            if on {
                h.raw("<br><span class=\"badge of-")
                    .raw(class)
                    .raw("\" data-testid=\"of-badge-")
                    .raw(class)
                    .raw("-")
                    .raw(&i.to_string())
                    .raw("\">")
                    .text(t(m))
                    .raw("</span>");
            }
        }
        h.raw("</th>");
    }
    h.raw("</tr></thead><tbody>");
    section_row(&mut h, t(Om::FirstYear), cmp.variants.len());
    let revenue = year(|y| y.revenue);
    let gross = year(|y| y.gross_profit);
    let levers = year(|y| y.lever_cost);
    let financing = year(|y| y.financing_cost);
    let cts = year(|y| y.cost_to_serve);
    let contribution = year(|y| y.contribution);
    let benefit = year(|y| y.client_benefit);
    let margin = |f: &VariantFigures| {
        first(f)
            .and_then(|y| y.contribution_margin)
            .map(|r| format_percent(r, 1, locale))
            .unwrap_or_else(|| "—".to_owned())
    };
    let value_ratio = |f: &VariantFigures| ratio(first(f).and_then(|y| y.value_ratio));
    let delta = |f: &VariantFigures| {
        f.deltas
            .first()
            .map(|d| money(d.contribution))
            .unwrap_or_default()
    };
    let npv = |f: &VariantFigures| money(f.npv_contribution);
    let npv_delta = |f: &VariantFigures| money(f.npv_delta);
    let benefit_all = |f: &VariantFigures| money(f.client_benefit);
    let ratio_all = |f: &VariantFigures| ratio(f.value_ratio);
    let rows: [Row; 10] = [
        ("revenue", Om::Revenue, &revenue),
        ("gross", Om::GrossProfit, &gross),
        ("levers", Om::LeverCost, &levers),
        ("financing", Om::FinancingCost, &financing),
        ("cts", Om::CostToServeRow, &cts),
        ("contribution", Om::Contribution, &contribution),
        ("margin", Om::Margin, &margin),
        ("benefit", Om::ClientBenefit, &benefit),
        ("ratio", Om::ValueRatio, &value_ratio),
        ("delta", Om::DeltaContribution, &delta),
    ];
    for row in &rows {
        table_row(&mut h, row, &cmp, locale);
    }
    section_row(
        &mut h,
        &format!("{} {}", t(Om::OverHorizon), horizon.years),
        cmp.variants.len(),
    );
    let rows: [Row; 4] = [
        ("npv", Om::Npv, &npv),
        ("npv-delta", Om::NpvDelta, &npv_delta),
        ("benefit-all", Om::ClientBenefit, &benefit_all),
        ("ratio-all", Om::ValueRatio, &ratio_all),
    ];
    for row in &rows {
        table_row(&mut h, row, &cmp, locale);
    }
    if o.discount_only {
        section_row(&mut h, t(Om::DiscountOnlyTitle), cmp.variants.len());
        let refs: Vec<_> = variants
            .iter()
            .map(|v| discount_only(&o.base, v, &horizon))
            .collect();
        for (id, m) in [
            ("do-discount", Om::DoDiscount),
            ("do-contribution", Om::DoContribution),
            ("do-npv", Om::DoNpv),
        ] {
            h.raw("<tr>")
                .cell("th", "scope=\"row\"", t(m))
                .raw("<td></td>");
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
                h.cell(
                    "td",
                    &format!("class=\"num\" data-testid=\"of-fig-{id}-{i}\""),
                    &text,
                );
            }
            h.raw("</tr>");
        }
    }
    h.raw("</tbody></table></div>");
    notes(&mut h, o, locale);
    chart(&mut h, &cmp, cur, locale);
    h.raw("</section>");
    h.finish()
}

/// A row spanning the table that names the rows below it.
fn section_row(h: &mut Html, title: &str, variants: usize) {
    h.raw("<tr class=\"of-sub\">")
        .cell(
            "th",
            &format!("scope=\"rowgroup\" colspan=\"{}\"", variants + 2),
            title,
        )
        .raw("</tr>");
}

/// One row of figures: the base, then every variant.
fn table_row(h: &mut Html, (id, label, value): &Row, cmp: &Comparison, locale: Locale) {
    h.raw("<tr>")
        .cell("th", "scope=\"row\"", label.text(locale))
        .cell(
            "td",
            &format!("class=\"num\" data-testid=\"of-fig-{id}-b\""),
            &value(&cmp.base),
        );
    for (i, f) in cmp.variants.iter().enumerate() {
        h.cell(
            "td",
            &format!("class=\"num\" data-testid=\"of-fig-{id}-{i}\""),
            &value(f),
        );
    }
    h.raw("</tr>");
}

/// The break-even line of each variant with a deeper discount than the base, and the
/// capacity warning of each variant that needs more hours than the team has.
fn notes(h: &mut Html, o: &Offer, locale: Locale) {
    let t = |m: Om| m.text(locale);
    let b = &o.base;
    let list = b.list_price.amount();
    h.raw("<ul class=\"of-notes\">");
    for (i, ov) in o.variants.iter().enumerate() {
        let x = &ov.variant;
        let name = format!("{} {} «{}»", t(Om::Variant), i + 1, x.name);
        if list > Decimal::ZERO {
            // Both as fractions of the list price: the extra discount against the
            // base's net price, and the base's gross margin.
            let base_net = Decimal::ONE - b.discount.fraction();
            let d = base_net - net_price(b, x).amount() / list;
            let m = base_net - b.unit_cost.amount() / list;
            if d > Decimal::ZERO {
                let growth = break_even_growth(Rate(d), Rate(m));
                let tail = growth.map_or_else(
                    || t(Om::Impossible).to_owned(),
                    |g| format!("{} {}", t(Om::BreakEven2), format_percent(g, 1, locale)),
                );
                h.raw("<li data-testid=\"of-break-even-")
                    .raw(&i.to_string())
                    .raw("\">")
                    .text(&format!(
                        "{name}: {} {} {}, {tail}",
                        t(Om::BreakEven1),
                        format_percent(Rate(d), 1, locale),
                        t(Om::OfList)
                    ))
                    .raw("</li>");
            }
        }
        let cap = capacity_check(x, o.available_hours);
        if cap.over_capacity {
            h.raw("<li class=\"warn\" role=\"status\" data-testid=\"of-capacity-")
                .raw(&i.to_string())
                .raw("\">")
                .text(&format!(
                    "{name}: {} {}, {} {}",
                    t(Om::Capacity),
                    format_decimal(cap.needed_hours, 0, 1, locale),
                    t(Om::CapacityOf),
                    format_decimal(cap.available_hours, 0, 1, locale)
                ))
                .raw("</li>");
        }
    }
    h.raw("</ul>");
}

/// A bar chart of the first-year contribution and client benefit per variant.
fn chart(h: &mut Html, cmp: &Comparison, cur: &Currency, locale: Locale) {
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
    let y_of = |v: Decimal| -> i64 {
        let px = (top - v) * plot / span + Decimal::from(10);
        px.round().try_into().unwrap_or(0)
    };
    let zero = y_of(Decimal::ZERO);
    let slot = width / pairs.len().max(1) as i64;
    h.raw("<figure class=\"of-chart\"><svg viewBox=\"0 0 600 260\" role=\"img\" aria-labelledby=\"of-chart-cap\">");
    h.raw(&format!(
        "<line x1=\"0\" x2=\"{width}\" y1=\"{zero}\" y2=\"{zero}\" stroke=\"#888\"/>"
    ));
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
            h.raw(&format!(
                "<rect class=\"{class}\" x=\"{}\" y=\"{top_y}\" width=\"40\" height=\"{}\"><title>",
                x0 + k as i64 * 46,
                bar.max(1)
            ))
            .text(&format_money(Money(**v), cur, true, locale))
            .raw("</title></rect>");
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
