//! Profitability after cost-to-serve: contribution and contribution margin per client,
//! the flags (VIP but loss-making, key but unprofitable) and the whale curve (SVG),
//! its peak above 100 % labelled.

use super::fmt::{card_link, flag_badges, money};
use super::more;
use crate::engine::analysis::Analysis;
use crate::engine::locale::{format_percent, Locale};
use crate::engine::model::Workspace;
use crate::engine::money::Rate;
use crate::engine::profitability::WhaleCurve;
use crate::engine::sort::sorted_indices;
use crate::ui::html::Html;
use crate::ui::i18n::Cm;
use rust_decimal::Decimal;

/// The tab as HTML.
pub(super) fn profit(ws: &Workspace, a: &Analysis, locale: Locale, limit: usize) -> String {
    let t = |m: Cm| m.text(locale);
    let mut h = Html::new();
    if ws.clients.is_empty() {
        h.cell("p", "class=\"empty\" role=\"status\"", t(Cm::NoClients));
        return h.finish();
    }
    let currency = &ws.settings.currency;
    let contribution = |i: usize| a.rows[i].profitability.contribution.0;
    let order = sorted_indices(a.rows.len(), &|x, y| contribution(y).cmp(&contribution(x)));
    whale(&mut h, &a.whale, locale);
    h.raw("<div class=\"table-scroll\"><table data-testid=\"profit\">")
        .head(&[
            t(Cm::ColClient),
            t(Cm::RevenueNum),
            t(Cm::GrossProfitNum),
            t(Cm::AllCostsToServeNum),
            t(Cm::ContributionNum),
            t(Cm::ContributionMarginNum),
            t(Cm::ColFlags),
        ])
        .raw("<tbody>");
    for &i in order.iter().take(limit) {
        let r = &a.rows[i];
        let p = &r.profitability;
        let c = &ws.clients[i];
        h.raw("<tr><th scope=\"row\">");
        card_link(&mut h, c.id, &c.name);
        h.raw("</th>")
            .cell("td", "class=\"num\"", &money(p.revenue, currency, locale))
            .cell(
                "td",
                "class=\"num\"",
                &money(p.gross_profit, currency, locale),
            )
            .cell(
                "td",
                "class=\"num\"",
                &money(
                    p.discounts_bonuses + p.cost_to_serve + p.financing,
                    currency,
                    locale,
                ),
            )
            .cell(
                "td",
                if p.contribution.is_negative() {
                    "class=\"num negative\""
                } else {
                    "class=\"num\""
                },
                &money(p.contribution, currency, locale),
            )
            .cell(
                "td",
                "class=\"num\"",
                &p.contribution_margin
                    .map(|m| format_percent(m, 1, locale))
                    .unwrap_or_default(),
            )
            .raw("<td>");
        flag_badges(&mut h, &r.flags, locale);
        h.raw("</td></tr>");
    }
    h.raw("</tbody></table></div>");
    more(&mut h, order.len(), limit, locale);
    h.finish()
}

const W: i64 = 640;
const H: i64 = 320;
const PAD: i64 = 48;

/// A coordinate for SVG: one decimal place.
pub fn px(v: Decimal) -> String {
    v.round_dp(1).normalize().to_string()
}

/// The whale curve: cumulative contribution (% of the total) against cumulative share
/// of clients, most profitable first; 100 % and 0 % as grid lines; the peak labelled.
fn whale(h: &mut Html, curve: &WhaleCurve, locale: Locale) {
    let t = |m: Cm| m.text(locale);
    let d = Decimal::from;
    let shares = curve.points.iter().map(|p| p.contribution_share.0);
    let top = shares.clone().fold(Decimal::ONE, Decimal::max);
    let bottom = shares.fold(Decimal::ZERO, Decimal::min);
    let span = top - bottom;
    let x = |s: Decimal| px(d(PAD) + s * d(W - 2 * PAD));
    let y = |s: Decimal| px(d(PAD) + (top - s) / span * d(H - 2 * PAD));
    h.raw("<figure class=\"chart\"><svg viewBox=\"0 0 640 320\" role=\"img\" aria-labelledby=\"whale-title\" data-testid=\"whale\"><title id=\"whale-title\">")
        .text(t(Cm::WhaleTitle))
        .raw("</title>");
    for (s, label) in [(Decimal::ONE, "100 %"), (Decimal::ZERO, "0 %")] {
        let at = y(s);
        h.raw("<line class=\"grid\" x1=\"48\" x2=\"592\" y1=\"")
            .raw(&at)
            .raw("\" y2=\"")
            .raw(&at)
            .raw("\"></line><text class=\"axis\" x=\"42\" text-anchor=\"end\" y=\"")
            .raw(&at)
            .raw("\">")
            .text(label)
            .raw("</text>");
    }
    h.raw("<polyline class=\"curve\" points=\"");
    for p in &curve.points {
        h.raw(&x(p.clients_share.0))
            .raw(",")
            .raw(&y(p.contribution_share.0))
            .raw(" ");
    }
    h.raw("\"></polyline>");
    let mut caption = t(Cm::WhaleTitle).to_owned();
    if let Some(p) = &curve.peak {
        let (cx, cy) = (p.clients_share.0, p.contribution_share.0);
        let peak = format_percent(p.contribution_share, 1, locale);
        h.raw("<circle class=\"peak\" r=\"5\" cx=\"")
            .raw(&x(cx))
            .raw("\" cy=\"")
            .raw(&y(cy))
            .raw("\"></circle><text class=\"peak-label\" data-testid=\"whale-peak\" x=\"")
            .raw(&px(d(PAD) + cx * d(W - 2 * PAD) + d(8)))
            .raw("\" y=\"")
            .raw(&px(d(PAD) + (top - cy) / span * d(H - 2 * PAD) - d(8)))
            .raw("\">")
            .text(t(Cm::WhalePeak))
            .text(" ")
            .text(&peak)
            .text(" · ")
            .text(&format_percent(Rate(cx), 0, locale))
            .text(" ")
            .text(t(Cm::WhaleOfClients))
            .raw("</text>");
        caption =
            caption + ". " + t(Cm::WhaleSummary) + " " + &peak + " " + t(Cm::WhaleSummaryTail);
    }
    h.raw("<text class=\"axis\" x=\"320\" y=\"308\" text-anchor=\"middle\">")
        .text(t(Cm::WhaleX))
        .raw("</text></svg>")
        .cell("figcaption", "", &caption)
        .raw("</figure>");
}
