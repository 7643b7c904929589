//! The ranking: score 0–100, rank and class of every client, the Pareto check (key
//! clients at most 20 % of the base) and the KAM-capacity check as plain warnings, and
//! the rule that splits the ranked base into classes.
//!
//! Written as HTML text in three parts (see [`super::html_tab`]): the checks, the
//! class rule form (replaced only when its text changes, so a value being typed
//! stays), and the table with «Показать ещё».

use super::ctx::ClientsCtx;
use super::fmt::{card_link, class_badge, flag_badges, money, score_text};
use super::more;
use crate::engine::action::Action;
use crate::engine::analysis::Ranked;
use crate::engine::locale::{format_decimal, parse_decimal, Locale};
use crate::engine::model::Workspace;
use crate::engine::profile::ClassRule;
use crate::engine::sort::sorted_indices;
use crate::ui::html::Html;
use crate::ui::i18n::Cm;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// The tab's parts: checks, class rule form, table.
pub(super) fn parts(ws: &Workspace, a: &Ranked, locale: Locale, limit: usize) -> Vec<String> {
    let mut h = Html::new();
    checks(&mut h, ws, a, locale);
    let checks = h.finish();
    rule_form(&mut h, &ws.class_rule, locale);
    let form = h.finish();
    table(&mut h, ws, a, locale, limit);
    vec![checks, form, h.finish()]
}

/// The Pareto, capacity and measurability warnings.
fn checks(h: &mut Html, ws: &Workspace, a: &Ranked, locale: Locale) {
    let c = &a.checks;
    let t = |m: Cm| m.text(locale);
    let item = |h: &mut Html, ok: bool, id: &str| {
        h.raw(if ok { "<li" } else { "<li class=\"warn\"" })
            .raw(" data-testid=\"")
            .raw(id)
            .raw("\">");
    };
    h.raw("<ul class=\"checks\" aria-label=\"")
        .text(t(Cm::ChecksLabel))
        .raw("\">");
    item(h, c.pareto_ok, "pareto");
    h.text(t(Cm::KeyCount))
        .text(" ")
        .text(&c.key.to_string())
        .text(" ")
        .text(t(Cm::Of))
        .text(" ")
        .text(&c.clients.to_string())
        .text(" (")
        .text(&format_decimal(c.key_share, 0, 1, locale))
        .text(" %). ")
        .text(t(if c.pareto_ok {
            Cm::ParetoOk
        } else {
            Cm::ParetoWarn
        }))
        .raw("</li>");
    item(h, c.capacity_ok, "capacity");
    h.text(t(Cm::Capacity))
        .text(" ")
        .text(&c.capacity.to_string())
        .text(" (")
        .text(&ws.company.kam_count.to_string())
        .text(" × ")
        .text(&ws.company.accounts_per_kam.to_string())
        .text("). ")
        .text(t(if c.capacity_ok {
            Cm::CapacityOk
        } else {
            Cm::CapacityWarn
        }))
        .raw("</li>");
    let mut sep = " «";
    for k in a
        .unmeasurable
        .iter()
        .filter_map(|id| ws.criteria.iter().find(|k| k.id == *id))
    {
        if sep == " «" {
            item(h, false, "unmeasurable");
            h.text(t(Cm::Unmeasurable));
        }
        h.text(sep).text(&k.name).text("»");
        sep = ", «";
    }
    if sep != " «" {
        h.raw("</li>");
    }
    h.raw("</ul>");
}

/// The ranked table, best first; clients without a score at the end.
fn table(h: &mut Html, ws: &Workspace, a: &Ranked, locale: Locale, limit: usize) {
    let t = |m: Cm| m.text(locale);
    if ws.clients.is_empty() {
        h.cell("p", "class=\"empty\" role=\"status\"", t(Cm::NoClients));
        return;
    }
    // Ranked first, by rank; clients without a score (no rank) after them.
    let rank = |i: usize| a.rows[i].rank.unwrap_or(usize::MAX);
    let order = sorted_indices(a.rows.len(), &|x, y| rank(x).cmp(&rank(y)));
    let currency = &ws.settings.currency;
    h.raw("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
        .text(t(Cm::RankingTable))
        .raw("\"><table class=\"ranking\" data-testid=\"ranking\">")
        .head(&[
            t(Cm::ColRankNum),
            t(Cm::ColClient),
            t(Cm::ColClass),
            t(Cm::ColScoreNum),
            t(Cm::ColPotentialValueNum),
            t(Cm::ColContributionNum),
            t(Cm::ColFlags),
        ]);
    h.raw("<tbody>");
    for &i in order.iter().take(limit) {
        let r = &a.rows[i];
        let c = &ws.clients[i];
        h.raw("<tr>")
            .cell(
                "td",
                "class=\"num\"",
                &r.rank.map(|n| n.to_string()).unwrap_or_default(),
            )
            .raw("<th scope=\"row\">");
        card_link(h, c.id, &c.name);
        h.raw("</th><td>");
        class_badge(h, r.class, locale);
        h.raw("</td>")
            .cell("td", "class=\"num\"", &score_text(r.score, locale))
            .cell(
                "td",
                "class=\"num\"",
                &money(r.potential_value, currency, locale),
            );
        let contribution = r.profitability.contribution;
        h.cell(
            "td",
            if contribution.is_negative() {
                "class=\"num negative\""
            } else {
                "class=\"num\""
            },
            &money(contribution, currency, locale),
        )
        .raw("<td>");
        flag_badges(h, &r.flags, locale);
        h.raw("</td></tr>");
    }
    h.raw("</tbody></table></div>");
    more(h, order.len(), limit, locale);
}

/// The labels of the two fields: ranks or scores.
fn field_labels(by_rank: bool) -> [Cm; 2] {
    if by_rank {
        [Cm::KeyTop, Cm::DevelopmentNext]
    } else {
        [Cm::KeyFrom, Cm::DevelopmentFrom]
    }
}

/// The class rule: score thresholds or top-N ranks.
fn rule_form(h: &mut Html, rule: &ClassRule, locale: Locale) {
    let t = |m: Cm| m.text(locale);
    let (by_rank, a, b) = match *rule {
        ClassRule::Thresholds {
            key_from,
            development_from,
        } => (false, key_from, development_from),
        ClassRule::TopN { key, development } => (true, key.into(), development.into()),
    };
    h.raw("<form class=\"class-rule\"><fieldset>")
        .cell("legend", "", t(Cm::ClassRule));
    for (id, checked, m) in [
        ("rule-score", !by_rank, Cm::ByScore),
        ("rule-rank", by_rank, Cm::ByRank),
    ] {
        h.raw("<label><input type=\"radio\" name=\"class-rule\" id=\"")
            .raw(id)
            .raw(if checked { "\" checked>" } else { "\">" })
            .text(t(m))
            .raw("</label>");
    }
    let labels = field_labels(by_rank);
    for (k, (id, value)) in [("rule-key", a), ("rule-dev", b)].into_iter().enumerate() {
        h.raw("<div class=\"field\"><label for=\"")
            .raw(id)
            .raw("\" id=\"")
            .raw(id)
            .raw("-l\">")
            .text(t(labels[k]))
            .raw("</label><input type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" id=\"")
            .raw(id)
            .raw("\" value=\"")
            .text(&format_decimal(value, 0, 2, locale))
            .raw("\"></div>");
    }
    h.cell("button", "type=\"submit\"", t(Cm::ApplyRule))
        .raw("</fieldset></form>");
}

/// The input `id` of the form.
fn input(id: &str) -> Option<HtmlInputElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// Whether the rule is by rank (the second radio is checked).
fn by_rank() -> bool {
    input("rule-rank").is_some_and(|i| i.checked())
}

/// A radio button changed: the fields are named for scores or ranks.
pub(super) fn on_change(locale: Locale) {
    let labels = field_labels(by_rank());
    for (id, m) in ["rule-key-l", "rule-dev-l"].into_iter().zip(labels) {
        if let Some(el) = document().get_element_by_id(id) {
            el.set_text_content(Some(m.text(locale)));
        }
    }
}

/// The form was submitted: its rule, read, is applied; a field that cannot be read
/// is named and nothing changes.
pub(super) fn on_submit(ctx: ClientsCtx) {
    let top = by_rank();
    let labels = field_labels(top);
    let read = |id: &str, label: Cm| {
        let parsed = parse_decimal(&input(id).map(|i| i.value()).unwrap_or_default());
        match parsed {
            Ok(d) if !top || (d.fract().is_zero() && d >= Decimal::ZERO) => Some(d),
            _ => {
                ctx.refuse(ctx.t(label), ctx.t(Cm::NotAValidNumber));
                None
            }
        }
    };
    let (Some(x), Some(y)) = (read("rule-key", labels[0]), read("rule-dev", labels[1])) else {
        return;
    };
    let rule = if top {
        ClassRule::TopN {
            key: x.to_usize().unwrap_or(0),
            development: y.to_usize().unwrap_or(0),
        }
    } else {
        ClassRule::Thresholds {
            key_from: x,
            development_from: y,
        }
    };
    ctx.apply(Action::SetClassRule(rule), ctx.t(Cm::ClassRule));
}
