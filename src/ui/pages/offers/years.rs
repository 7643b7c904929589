//! The figures of one variant per year of the horizon, with the base deal's under
//! each line (domain §4: "per variant and year"): revenue, gross profit, cost of
//! levers, financing of the deferral, cost-to-serve, contribution, margin, client
//! benefit, value ratio, contribution against the base, and the NPV over the horizon.
//! Years are columns (calendar years from the workspace's start year). A row of
//! buttons, one per variant, opens the table of that variant and closes it again
//! (closed at first: a keystroke then has fewer figures to rewrite and lay out). Our
//! figures only: not in the client-safe view.

use super::slots::Slotted;
use crate::engine::locale::{format_decimal, format_money, format_percent, Locale};
use crate::engine::model::{Currency, Workspace};
use crate::engine::offer::{Comparison, YearFigures};
use crate::ui::i18n::Om;

/// The lines of the table (and of the first year in [`super::figures`]): test id,
/// label, and whether the base deal's value is shown
/// under the variant's.
pub(super) const LINES: [(&str, Om, bool); 9] = [
    ("revenue", Om::Revenue, true),
    ("gross", Om::GrossProfit, true),
    ("levers", Om::LeverCost, true),
    ("financing", Om::FinancingCost, true),
    ("cts", Om::CostToServeRow, true),
    ("contribution", Om::Contribution, true),
    ("margin", Om::Margin, true),
    ("benefit", Om::ClientBenefit, false),
    ("ratio", Om::ValueRatio, false),
];

/// The text of line `k` of [`LINES`] in year `y`: money in whole units, the margin in
/// per cent, the value ratio as a number; «—» when undefined.
pub(super) fn line_text(k: usize, y: &YearFigures, cur: &Currency, locale: Locale) -> String {
    let amount = match k {
        0 => y.revenue,
        1 => y.gross_profit,
        2 => y.lever_cost,
        3 => y.financing_cost,
        4 => y.cost_to_serve,
        5 => y.contribution,
        7 => y.client_benefit,
        6 => {
            return y
                .contribution_margin
                .map_or_else(|| "—".to_owned(), |r| format_percent(r, 1, locale))
        }
        _ => {
            return y.value_ratio.map_or_else(
                || "—".to_owned(),
                |r| format_decimal(r.fraction(), 1, 2, locale),
            )
        }
    };
    format_money(amount, cur, true, locale)
}

/// Writes the buttons that open the per-year figures of a variant, and those of
/// variant `pick` of `cmp` when it names one, into `h`; nothing without variants.
#[inline(never)]
pub(super) fn markup(
    h: &mut Slotted,
    ws: &Workspace,
    cmp: &Comparison,
    pick: Option<usize>,
    locale: Locale,
) {
    let t = |m: Om| m.text(locale);
    if cmp.variants.is_empty() {
        return;
    }
    let pick = pick.filter(|i| *i < cmp.variants.len());
    let cur = &ws.settings.currency;
    h.raw("<section class=\"of-years\" aria-labelledby=\"of-yr-title\">")
        .cell("h3", "id=\"of-yr-title\"", t(Om::ByYearTitle))
        .raw("<div class=\"of-toolbar\" role=\"group\" aria-label=\"")
        .text(t(Om::ByYearPick))
        .raw("\">");
    let title = |i: usize| format!("{} {}. {}", t(Om::Variant), i + 1, cmp.variants[i].name);
    for i in 0..cmp.variants.len() {
        h.raw("<button type=\"button\" data-act=\"by-year\" data-v=\"")
            .raw(&i.to_string())
            .raw("\" aria-pressed=\"")
            .raw(if pick == Some(i) { "true" } else { "false" })
            .raw("\">")
            .text(&title(i))
            .raw("</button>");
    }
    h.raw("</div>");
    let Some(pick) = pick else {
        h.raw("</section>");
        return;
    };
    let v = &cmp.variants[pick];
    let labels = LINES.iter().map(|(_, label, _)| label.text(locale));
    let labels =
        labels.chain([Om::ByYearBase, Om::DeltaContribution, Om::Npv, Om::NpvDelta].map(t));
    table_scroll(h, labels, v.years.len());
    h.raw("<table role=\"table\" class=\"of-table\"")
        .columns("of-yr-table")
        .raw(" aria-label=\"")
        .text(t(Om::ByYearTitle))
        .raw(": ")
        .text(&title(pick))
        .raw("\"><thead role=\"rowgroup\"><tr role=\"row\"><th scope=\"col\" role=\"columnheader\"></th>");
    for y in &v.years {
        let year = ws.settings.start_year + y.year as i32 - 1;
        h.cell("th", COLUMN_HEADER, &year.to_string());
    }
    h.raw("</tr></thead><tbody role=\"rowgroup\">");
    for (k, (id, label, with_base)) in LINES.iter().enumerate() {
        row(h, label.text(locale), false);
        for y in &v.years {
            cell(h, id, "-", y.year, &line_text(k, y, cur, locale));
        }
        if *with_base {
            row(h, t(Om::ByYearBase), true);
            for y in &cmp.base.years {
                cell(h, id, "-b-", y.year, &line_text(k, y, cur, locale));
            }
        }
    }
    row(h, t(Om::DeltaContribution), false);
    for d in &v.deltas {
        let delta = format_money(d.contribution, cur, true, locale);
        cell(h, "delta", "-", d.year, &delta);
    }
    let span = v.years.len().max(1).to_string();
    for (id, label, value, muted) in [
        ("npv", t(Om::Npv), v.npv_contribution, false),
        ("npv-b", t(Om::ByYearBase), cmp.base.npv_contribution, true),
        ("npv-delta", t(Om::NpvDelta), v.npv_delta, false),
    ] {
        row(h, label, muted);
        let id = ["of-yr-", id].concat();
        h.figure_cell(
            &id,
            &[" colspan=\"", &span, "\""].concat(),
            &format_money(value, cur, true, locale),
        );
    }
    h.end_columns().raw("</tbody></table></div></section>");
}

/// The attributes of a column's header in a table laid out in rows, and of a row's:
/// their roles are spelled out, since the table is not laid out as a table (main.css,
/// `.of-table`; some browsers then drop the table's semantics).
pub(super) const COLUMN_HEADER: &str = "scope=\"col\" class=\"num\" role=\"columnheader\"";
const ROW_HEADER: &str = "scope=\"row\" role=\"rowheader\"";

/// Opens the scrolling box of a table laid out in rows (main.css, `.of-table`): its
/// row headers as wide as the longest of `labels` (in `ch`), and `columns` figure
/// columns, given to the table as `--lw` and `--n`.
pub(super) fn table_scroll<'a>(
    h: &mut Slotted,
    labels: impl Iterator<Item = &'a str>,
    columns: usize,
) {
    let widest = labels.map(|l| l.chars().count()).max().unwrap_or(0);
    h.raw(&format!(
        "<div class=\"table-scroll\" style=\"--lw:{widest};--n:{}\">",
        columns.max(1)
    ));
}

/// Opens a row of figures headed `label` in a table laid out in rows (a `<tr>` needs no
/// end tag: the next one or the end of the body closes it); `muted` for the base's
/// lines. The row is what waits, out of the window, while the user types
/// (`data-wait`, see `write.rs`): the unit the browser lays out and paints.
pub(super) fn row(h: &mut Slotted, label: &str, muted: bool) {
    h.raw(if muted {
        "<tr class=\"muted\" role=\"row\" data-wait>"
    } else {
        "<tr role=\"row\" data-wait>"
    })
    .cell("th", ROW_HEADER, label);
}

/// A figure of the per-year table: a `<td>` whose test id is
/// `of-yr-{line}{sep}{year}` (`of-yr-revenue-2`: revenue in year 2;
/// `of-yr-revenue-b-2`: the base's), holding the [figure](Slotted::figure) of that id.
fn cell(h: &mut Slotted, line: &str, sep: &str, year: u32, text: &str) {
    h.figure_cell(&["of-yr-", line, sep, &year.to_string()].concat(), "", text);
}
