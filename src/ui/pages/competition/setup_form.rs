//! The markup of the session setup form (HTML text; see [`super::setup::Setup`]).

use crate::engine::locale::{format_decimal, Locale};
use crate::engine::model::{Workshop, Workspace, MIN_CRITERIA};
use crate::ui::html::Html;
use crate::ui::i18n::Wm;
use rust_decimal::Decimal;

/// The form's markup for session `w` of `ws`.
pub(super) fn form(ws: &Workspace, w: &Workshop, locale: Locale) -> String {
    let t = |m: Wm| m.text(locale);
    let locked = w.has_ballots();
    let dis = if locked { " disabled" } else { "" };
    let mut h = Html::new();
    h.raw("<section class=\"ws-setup\" aria-labelledby=\"ws-setup-title\">")
        .cell("h2", "id=\"ws-setup-title\"", t(Wm::SetupTitle))
        .raw("<div class=\"field\"><label for=\"ws-name\">")
        .text(t(Wm::SessionName))
        .raw("</label><input id=\"ws-name\" type=\"text\" value=\"")
        .text(&w.name)
        .raw("\"></div><div class=\"field\"><label for=\"ws-client\">")
        .text(t(Wm::KeyClient))
        .raw("</label><select id=\"ws-client\"><option value=\"\">")
        .text(t(Wm::NoClient))
        .raw("</option>");
    for c in &ws.clients {
        h.raw("<option value=\"")
            .raw(&c.id.0.to_string())
            .raw("\">")
            .text(&c.name)
            .raw("</option>");
    }
    h.raw("</select></div>");
    for (id, label) in [
        ("ws-share", Wm::ShareClientName),
        ("ws-anon", Wm::Anonymous),
    ] {
        h.raw("<label class=\"check\"><input type=\"checkbox\" id=\"")
            .raw(id)
            .raw("\">")
            .text(t(label))
            .raw("</label>");
    }
    h.cell("h3", "", t(Wm::CriteriaTitle));
    if locked {
        h.cell("p", "class=\"note\"", t(Wm::Locked));
    }
    let n = w.criteria.len();
    if n < MIN_CRITERIA {
        h.raw("<p class=\"warn\" role=\"status\" data-testid=\"ws-few-criteria\">")
            .text(&format!(
                "{} {n}. {}",
                t(Wm::FewCriteria),
                t(Wm::FewCriteriaHint)
            ))
            .raw("</p>");
    }
    h.raw("<table class=\"ws-criteria\"><thead><tr>")
        .cell("th", "scope=\"col\"", t(Wm::ColCriterion))
        .cell("th", "scope=\"col\" class=\"num\"", t(Wm::ColImportance))
        .raw("<th scope=\"col\"></th></tr></thead><tbody>");
    for (i, k) in w.criteria.iter().enumerate() {
        let i = i.to_string();
        h.raw("<tr><td><input type=\"text\" data-k=\"")
            .raw(&i)
            .raw("\" data-f=\"name\" aria-label=\"")
            .text(&format!(
                "{} {}",
                t(Wm::ColCriterion),
                i.parse::<usize>().unwrap_or(0) + 1
            ))
            .raw("\" value=\"")
            .text(&k.name)
            .raw("\"></td><td class=\"num\"><input type=\"text\" inputmode=\"decimal\" data-k=\"")
            .raw(&i)
            .raw("\" data-f=\"imp\" aria-label=\"")
            .text(&format!("{} — {}", t(Wm::ColImportance), k.name))
            .raw("\" value=\"")
            .text(&format_decimal(k.importance, 0, 2, locale))
            .raw("\"></td><td><button type=\"button\" class=\"icon\" data-del=\"")
            .raw(&i)
            .raw("\" aria-label=\"")
            .text(&format!("{} {}", t(Wm::RemoveCriterion), k.name))
            .raw("\"")
            .raw(dis)
            .raw(">✕</button></td></tr>");
    }
    let total: Decimal = w.criteria.iter().map(|k| k.importance).sum();
    h.raw("</tbody><tfoot><tr>")
        .cell("th", "scope=\"row\"", t(Wm::TotalImportance))
        .cell(
            "td",
            "class=\"num\" data-testid=\"ws-importance-total\"",
            &format_decimal(total, 0, 2, locale),
        )
        .raw("<td></td></tr></tfoot></table><button type=\"button\" id=\"ws-add\"")
        .raw(dis)
        .raw(">")
        .text(t(Wm::AddCriterion))
        .raw("</button>")
        .cell("h3", "", t(Wm::RivalsTitle))
        .raw("<ul class=\"ws-rivals\">");
    for k in &ws.competitors {
        h.raw("<li><label class=\"check\"><input type=\"checkbox\" id=\"ws-rival-")
            .raw(&k.id.0.to_string())
            .raw("\" data-rival=\"")
            .raw(&k.id.0.to_string())
            .raw("\"")
            .raw(dis)
            .raw(">")
            .text(&k.name)
            .raw("</label></li>");
    }
    h.raw("</ul></section>");
    h.finish()
}
