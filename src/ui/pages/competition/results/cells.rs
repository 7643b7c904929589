//! The ratings as a disagreement heat map: criteria down, companies across; each cell
//! its mean, n and standard deviation, shaded by the mean, disputed cells outlined, and
//! in a later round the movement of the mean since the previous one.

use super::View;
use crate::engine::workshop::results::{convergence, CellChange, RoundResults};
use crate::ui::html::Html;
use crate::ui::i18n::Rm;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The shade class of a mean: `m1` (1–2) … `m5` (9–10).
fn shade(mean: Option<Decimal>) -> &'static str {
    let Some(m) = mean.and_then(|m| m.to_f64()) else {
        return "m0";
    };
    match m {
        m if m < 3.0 => "m1",
        m if m < 5.0 => "m2",
        m if m < 7.0 => "m3",
        m if m < 8.5 => "m4",
        _ => "m5",
    }
}

/// The table, then the list of the cells to discuss.
pub(super) fn table(h: &mut Html, v: &View, res: &RoundResults, round: usize) {
    // The previous round with ballots, for the movement of each mean.
    let before = (0..round)
        .rev()
        .find(|&r| !v.w.rounds[r].ballots.is_empty());
    let changes: Vec<Vec<CellChange>> =
        before.map_or_else(Vec::new, |b| convergence(v.w, b, round).changes);
    let subjects = v.w.subjects();
    h.raw("<section class=\"wr-part\" aria-labelledby=\"wr-cells-h\">")
        .cell("h3", "id=\"wr-cells-h\"", v.t(Rm::CellsTitle))
        .cell("p", "class=\"notice\"", v.t(Rm::CellsHint))
        .raw("<div class=\"table-scroll\"><table class=\"wr-cells\" data-testid=\"wr-cells\"><thead><tr>")
        .cell("th", "scope=\"col\"", v.t(Rm::ColCriterion))
        .cell("th", "scope=\"col\" class=\"num\"", v.t(Rm::ColImportance));
    for s in 0..subjects {
        h.cell(
            "th",
            if s == 0 {
                "scope=\"col\" class=\"us\""
            } else {
                "scope=\"col\""
            },
            v.name(s),
        );
    }
    h.raw("</tr></thead><tbody>");
    for (c, row) in res.cells.iter().enumerate() {
        let importance = v.w.criteria.get(c).map(|k| k.importance);
        h.raw("<tr><th scope=\"row\">")
            .text(v.criterion(c))
            .raw("</th>")
            .cell("td", "class=\"num\"", &v.num(importance, 0));
        for (s, cell) in row.iter().enumerate() {
            let disputed = cell.disputed();
            h.raw("<td class=\"wr-cell ")
                .raw(shade(cell.mean))
                .raw(if disputed { " disputed" } else { "" })
                .raw(if s == 0 { " us" } else { "" })
                .raw("\"><span class=\"mean\">")
                .text(&v.num(cell.mean, 1))
                .raw("</span>");
            if let Some(d) = changes.get(c).and_then(|r| r.get(s)).and_then(|x| x.mean) {
                move_mark(h, v, d);
            }
            h.raw("<small>n\u{a0}")
                .text(&cell.n.to_string())
                .raw(" · σ\u{a0}")
                .text(&v.num(cell.stdev, 1))
                .raw("</small><small>Me\u{a0}")
                .text(&v.num(cell.median, 1))
                .raw(" · IQR\u{a0}")
                .text(&v.num(cell.iqr, 1))
                .raw("</small>");
            if disputed {
                h.cell("span", "class=\"flag\"", v.t(Rm::Disputed));
            }
            h.raw("</td>");
        }
        h.raw("</tr>");
    }
    h.raw("</tbody></table></div>");
    discuss(h, v, res);
    h.raw("</section>");
}

/// «↑ 0,5» or «↓ 1,2»: the change of a mean since the previous round (none if 0).
fn move_mark(h: &mut Html, v: &View, d: Decimal) {
    if d.is_zero() {
        return;
    }
    let (class, arrow, title) = if d > Decimal::ZERO {
        ("up", "↑", Rm::Up)
    } else {
        ("down", "↓", Rm::Down)
    };
    h.raw(" <span class=\"move ")
        .raw(class)
        .raw("\" title=\"")
        .text(v.t(title))
        .raw("\">")
        .text(arrow)
        .text(&v.num(Some(d.abs()), 1))
        .raw("</span>");
}

/// «Обсудить»: the disputed cells, the widest spread first.
fn discuss(h: &mut Html, v: &View, res: &RoundResults) {
    h.raw("<div class=\"wr-discuss\" data-testid=\"wr-discuss\">")
        .cell("h4", "", v.t(Rm::Discuss));
    if res.disputed.is_empty() {
        h.cell("p", "class=\"empty\"", v.t(Rm::NoDisputes));
    } else {
        h.raw("<ul>");
        for &(c, s) in &res.disputed {
            let stdev = res
                .cells
                .get(c)
                .and_then(|r| r.get(s))
                .and_then(|x| x.stdev);
            h.raw("<li>")
                .text(v.criterion(c))
                .text(" — ")
                .text(v.name(s))
                .text(" (σ\u{a0}")
                .text(&v.num(stdev, 1))
                .raw(")</li>");
        }
        h.raw("</ul>");
    }
    h.raw("</div>");
}
