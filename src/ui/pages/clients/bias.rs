//! The bias check: ranks by current revenue, by potential and by profile score side by
//! side, their Spearman correlations, and the "overrated" (big or famous now, low
//! potential) and "hidden" (small now, high potential) clients.

use super::fmt::{card_link, money};
use super::more;
use crate::engine::analysis::Analysis;
use crate::engine::bias::BiasEntry;
use crate::engine::locale::{format_decimal, Locale};
use crate::engine::model::Workspace;
use crate::engine::sort::sorted_indices;
use crate::ui::html::Html;
use crate::ui::i18n::Cm;
use rust_decimal::Decimal;

fn rank(r: Decimal, locale: Locale) -> String {
    format_decimal(r, 0, 1, locale)
}

/// The tab as HTML.
pub(super) fn bias(ws: &Workspace, a: &Analysis, locale: Locale, limit: usize) -> String {
    let t = |m: Cm| m.text(locale);
    let mut h = Html::new();
    if ws.clients.is_empty() {
        h.cell("p", "class=\"empty\" role=\"status\"", t(Cm::NoClients));
        return h.finish();
    }
    let b = &a.bias;
    h.raw("<dl class=\"summary\" data-testid=\"correlations\">");
    for (m, v) in [
        (Cm::CorrRevenuePotential, b.correlations.revenue_potential),
        (Cm::CorrRevenueScore, b.correlations.revenue_score),
        (Cm::CorrPotentialScore, b.correlations.potential_score),
    ] {
        let v = v.map_or_else(|| "—".to_owned(), |v| format_decimal(v, 2, 2, locale));
        h.raw("<div>")
            .cell("dt", "", m.text(locale))
            .cell("dd", "", &v)
            .raw("</div>");
    }
    h.raw("</dl>")
        .cell("p", "class=\"notice\"", t(Cm::CorrHint));
    h.raw("<div class=\"bias-lists\">");
    list(
        &mut h,
        ws,
        locale,
        Cm::Overrated,
        Cm::OverratedHint,
        "overrated",
        &b.overrated,
    );
    list(
        &mut h,
        ws,
        locale,
        Cm::Hidden,
        Cm::HiddenHint,
        "hidden",
        &b.hidden,
    );
    h.raw("</div>");
    let order = sorted_indices(b.rows.len(), &|x, y| {
        b.rows[x].revenue_rank.cmp(&b.rows[y].revenue_rank)
    });
    h.raw("<div class=\"table-scroll\"><table data-testid=\"ranks\">")
        .head(&[
            t(Cm::ColClient),
            t(Cm::RankRevenueNum),
            t(Cm::RankPotentialNum),
            t(Cm::RankScoreNum),
        ])
        .raw("<tbody>");
    for &i in order.iter().take(limit) {
        let r = &b.rows[i];
        let c = &ws.clients[i];
        h.raw("<tr><th scope=\"row\">");
        card_link(&mut h, c.id, &c.name);
        h.raw("</th>")
            .cell("td", "class=\"num\"", &rank(r.revenue_rank, locale))
            .cell("td", "class=\"num\"", &rank(r.potential_rank, locale))
            .cell(
                "td",
                "class=\"num\"",
                &r.score_rank.map(|s| rank(s, locale)).unwrap_or_default(),
            )
            .raw("</tr>");
    }
    h.raw("</tbody></table></div>");
    more(&mut h, ws.clients.len(), limit, locale);
    h.finish()
}

fn list(
    h: &mut Html,
    ws: &Workspace,
    locale: Locale,
    title: Cm,
    hint: Cm,
    testid: &str,
    entries: &[BiasEntry],
) {
    let t = |m: Cm| m.text(locale);
    let currency = &ws.settings.currency;
    h.raw("<section class=\"bias-list\" data-testid=\"")
        .raw(testid)
        .raw("\">")
        .cell("h2", "", t(title))
        .cell("p", "class=\"notice\"", t(hint));
    if entries.is_empty() {
        h.cell("p", "class=\"empty\"", t(Cm::NobodyHere));
    }
    h.raw("<ul>");
    for e in entries {
        let Some(c) = ws.clients.iter().find(|c| c.id == e.client) else {
            continue;
        };
        h.raw("<li>");
        card_link(h, c.id, &c.name);
        if e.vip {
            h.raw(" <span class=\"badge vip\">VIP</span>");
        }
        h.text(" — ")
            .text(t(Cm::RankRevenue))
            .text(" ")
            .text(&rank(e.revenue_rank, locale))
            .text(" (")
            .text(&money(e.revenue, currency, locale))
            .text("), ")
            .text(t(Cm::RankPotential))
            .text(" ")
            .text(&rank(e.potential_rank, locale))
            .text(" (")
            .text(&money(e.potential_value, currency, locale))
            .raw(")</li>");
    }
    h.raw("</ul></section>");
}
