//! The client grid as HTML text: the tab rendered in parts ([`render`]), each row
//! cached while nothing it shows changed ([`RowCache`]), and put on screen where it
//! differs from the last rendering ([`patch`], with a DOM morph).

use super::import;
use super::{
    attr, class_text, columns, display, focus, select, status_text, title, visible, Col, Grid,
    Shown, CLIENTS,
};
use crate::engine::analysis::Ranked;
use crate::engine::locale::Locale;
use crate::engine::model::{Client, ClientId, ClientStatus, Currency, Workspace};
use crate::engine::profile::Class;
use crate::engine::sort::sort_indices;
use crate::ui::html::Html;
use crate::ui::i18n::{plural, Cm, Gm, Msg};
use crate::ui::morph::{morph_element, morph_html};
use crate::ui::pages::clients::fmt::{class_badge, money};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// The HTML of the rows last rendered, with what each was made from: a row whose
/// client is the same `Arc` with the same class, under the same columns, language
/// and currency, is the same text (an edit renders one row, not a hundred).
#[derive(Default)]
pub(super) struct RowCache {
    cols: Vec<Col>,
    locale: Locale,
    currency: Option<Currency>,
    rows: Vec<(Arc<Client>, Class, String)>,
}

/// The tab as HTML in parts, each replaced only when it changed: tools, summary and
/// filters; the grid's header; one row per client; «Показать ещё», news and import.
#[derive(Default)]
pub(super) struct Parts {
    head: String,
    thead: String,
    rows: Vec<(ClientId, String)>,
    tail: String,
}

/// Puts `new` on screen where it differs from `last`: a part whose text changed is
/// replaced, and when the rows are the same clients in the same order only the
/// changed rows are (an edit relays out one row, not a hundred). If the focused
/// element was replaced, the new element with its id gets the focus back, with the
/// text typed in it but not yet committed (and the caret).
pub(super) fn patch(last: &mut Parts, new: Parts) {
    let doc = document();
    let old = doc.active_element();
    let cell = old
        .as_ref()
        .filter(|el| el.id() == "be")
        .and_then(|el| el.parent_element())
        .map(|cell| cell.id());
    let typed = old
        .as_ref()
        .and_then(|el| el.dyn_ref::<HtmlInputElement>())
        .filter(|i| i.value() != i.default_value() && i.type_() != "file")
        .map(|i| {
            let at = |r: Result<Option<u32>, _>| r.ok().flatten().unwrap_or(0);
            (i.value(), at(i.selection_start()), at(i.selection_end()))
        });
    if last.head.is_empty() {
        // The first rendering: the tab's frame.
        if let Some(el) = doc.get_element_by_id("b-tab") {
            el.set_inner_html(FRAME);
        }
    }
    // Morphed, not replaced: only the nodes whose text changed are touched, so the
    // browser restyles and lays out those (and an edit's summary figures) alone.
    let set = |id: &str, old: &mut String, new: String| {
        if *old != new {
            if let Some(el) = doc.get_element_by_id(id) {
                morph_html(&el, &new);
            }
            *old = new;
        }
    };
    set("b-head", &mut last.head, new.head);
    set("b-thead", &mut last.thead, new.thead);
    set("b-tail", &mut last.tail, new.tail);
    let same = last.rows.len() == new.rows.len()
        && last.rows.iter().zip(&new.rows).all(|(a, b)| a.0 == b.0);
    if same {
        for (old, new) in last.rows.iter_mut().zip(new.rows) {
            if old.1 != new.1 {
                if let Some(tr) = doc.get_element_by_id(&row_id(new.0)) {
                    // The row with the open editor is replaced (the editor then
                    // reopens below); any other is morphed, and stays the element
                    // whose visibility the browser already knows (content-visibility).
                    if tr.query_selector("#be").ok().flatten().is_some() {
                        tr.set_outer_html(&new.1);
                    } else {
                        morph_element(&tr, &new.1);
                    }
                }
                *old = new;
            }
        }
    } else {
        let all: String = new.rows.iter().map(|r| r.1.as_str()).collect();
        if let Some(el) = doc.get_element_by_id("b-rows") {
            el.set_inner_html(&all);
        }
        last.rows = new.rows;
    }
    let Some(old) = old.filter(|el| !el.is_connected()) else {
        return;
    };
    // The editor's row was shown anew: focusing its cell opens the editor again
    // (focused in a microtask, after which the typed text is put back).
    let id = old.id();
    let Some(el) = (if id == "be" { cell } else { Some(id.clone()) })
        .and_then(|cell| doc.get_element_by_id(&cell))
    else {
        return;
    };
    focus(&el);
    if let Some((value, from, to)) = typed {
        queue_microtask(move || {
            let input = document().get_element_by_id(&id);
            if let Some(input) = input.and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) {
                input.set_value(&value);
                let _ = input.set_selection_range(from, to);
            }
        });
    }
}

/// The tab's frame, filled by [`patch`].
const FRAME: &str = "<div id=\"b-head\"></div><div class=\"table-scroll\"><table class=\"clients grid\" aria-labelledby=\"base-title\"><thead id=\"b-thead\"></thead><tbody id=\"b-rows\"></tbody></table></div><div id=\"b-tail\"></div>";

/// One row of the grid: the client's cells (the class as a badge) and its delete button.
fn row_html(
    h: &mut Html,
    c: &Client,
    class: Class,
    cols: &[Col],
    currency: &Currency,
    locale: Locale,
) {
    let id = c.id.0.to_string();
    h.raw("<tr id=\"br").raw(&id).raw("\">");
    for (k, &col) in cols.iter().enumerate() {
        let negative = c.gross_margin.0.is_sign_negative() && !c.gross_margin.0.is_zero();
        h.raw(if k == 0 { "<th scope=\"row\"" } else { "<td" })
            .raw(match col {
                Col::Margin if negative => " class=\"num negative\"",
                Col::Revenue | Col::Margin | Col::Value(_) => " class=\"num\"",
                _ => "",
            });
        if col == Col::Class {
            h.raw(">");
            class_badge(h, class, locale);
        } else {
            h.raw(" tabindex=\"0\" id=\"bg")
                .raw(&id)
                .raw("-")
                .raw(&k.to_string())
                .raw("\">")
                .text(&display(col, c, currency, locale));
        }
        h.raw(if k == 0 { "</th>" } else { "</td>" });
    }
    h.raw("<td><button type=\"button\" class=\"icon\" id=\"bd")
        .raw(&id)
        .raw("\"");
    let delete = Gm::DeleteClient.text(locale).to_owned() + ": " + &c.name;
    attr(h, "aria-label", &delete).raw(">✕</button></td></tr>");
}

/// The id of a client's row.
fn row_id(id: ClientId) -> String {
    "br".to_owned() + &id.0.to_string()
}

/// The tab as HTML: tools, summary, filters, the grid's header and rows,
/// «Показать ещё», news, and the CSV import.
pub(super) fn render(g: Grid, s: &Shown, ws: &Workspace, a: &Ranked, locale: Locale) -> Parts {
    let t = |m: Gm| m.text(locale);
    let currency = &ws.settings.currency;
    let n = ws.clients.len();
    let order = visible(s, ws, a);
    let cols = columns(ws);
    let titles: Vec<String> = cols.iter().map(|&c| title(c, ws, locale)).collect();
    let mut h = Html::new();

    h.raw("<h2 id=\"base-title\">")
        .text(Gm::ClientsTable.text(locale))
        .raw("</h2><div class=\"grid-tools\"><input type=\"search\" id=\"bq\"");
    attr(&mut h, "aria-label", t(Gm::Search));
    attr(&mut h, "placeholder", t(Gm::Search));
    attr(&mut h, "value", &s.query).raw(">");
    h.cell(
        "button",
        "type=\"button\" class=\"primary\" id=\"badd\"",
        t(Gm::AddClient),
    )
    .cell(
        "button",
        "type=\"button\" id=\"bexp\"",
        t(Gm::ExportRanking),
    )
    .cell(
        "button",
        "type=\"button\" id=\"bexpx\"",
        t(Gm::ExportRankingXlsx),
    )
    .raw("</div>")
    .cell("p", "class=\"muted\"", t(Gm::GridHint));

    let summary: [(&str, &str, String); 4] = [
        (
            Msg::SummaryClients.text(locale),
            "client-count",
            n.to_string() + " " + plural(n as u64, &CLIENTS, locale),
        ),
        (
            Gm::ProspectsCount.text(locale),
            "prospects",
            ws.clients
                .iter()
                .filter(|c| c.status == ClientStatus::Prospect)
                .count()
                .to_string(),
        ),
        (
            Gm::TotalRevenue.text(locale),
            "total-revenue",
            money(ws.clients.iter().map(|c| c.revenue).sum(), currency, locale),
        ),
        (t(Gm::Shown), "shown-count", order.len().to_string()),
    ];
    h.raw("<dl class=\"summary\">");
    for (label, id, value) in &summary {
        h.raw("<div>").cell("dt", "", label);
        attr(h.raw("<dd"), "data-testid", id)
            .raw(">")
            .text(value)
            .raw("</dd></div>");
    }

    // Filters: every segment in the base (sorted), the statuses, the classes.
    let mut found: Vec<&str> = Vec::new();
    for c in ws.clients.iter() {
        if !c.segment.is_empty() && !found.contains(&c.segment.as_str()) {
            found.push(&c.segment);
        }
    }
    let mut by_name: Vec<usize> = (0..found.len()).collect();
    sort_indices(&mut by_name, &|x, y| found[x].cmp(found[y]));
    let everything = |m: Gm| (String::new(), t(m));
    let segments: Vec<(String, &str)> = std::iter::once(everything(Gm::AllSegments))
        .chain(by_name.into_iter().map(|i| (found[i].to_owned(), found[i])))
        .collect();
    let statuses: Vec<(String, &str)> = ClientStatus::ALL
        .iter()
        .map(|&s| ((s as u8).to_string(), status_text(s).text(locale)))
        .collect();
    let classes: Vec<(String, &str)> = std::iter::once(everything(Gm::AllClasses))
        .chain(
            [Class::Key, Class::Development, Class::Standard]
                .iter()
                .map(|&c| ((c as u8).to_string(), class_text(c).text(locale))),
        )
        .collect();
    let all_statuses: Vec<(String, &str)> = std::iter::once(everything(Gm::AllStatuses))
        .chain(statuses.iter().cloned())
        .collect();
    let [seg, st, cl] = &s.filters;
    h.raw("</dl><div class=\"filters\">");
    select(&mut h, "bf0", Gm::ColSegment.text(locale), seg, &segments);
    select(&mut h, "bf1", Gm::ColStatus.text(locale), st, &all_statuses);
    select(&mut h, "bf2", Cm::ColClass.text(locale), cl, &classes);

    h.raw("</div>");
    let head = h.finish();
    h.raw("<tr>");
    for (k, title) in titles.iter().enumerate() {
        h.raw("<th scope=\"col\"");
        if matches!(cols[k], Col::Revenue | Col::Margin | Col::Value(_)) {
            h.raw(" class=\"num\"");
        }
        if let Some((_, desc)) = s.sort.filter(|(c, _)| *c == cols[k]) {
            h.raw(if desc {
                " aria-sort=\"descending\""
            } else {
                " aria-sort=\"ascending\""
            });
        }
        h.raw("><button type=\"button\" class=\"sort\" id=\"bs")
            .raw(&k.to_string())
            .raw("\">")
            .text(title)
            .raw("</button></th>");
    }
    h.raw("<th scope=\"col\"><span class=\"vh\">")
        .text(t(Gm::Actions))
        .raw("</span></th></tr>");
    let thead = h.finish();

    let rows: Vec<usize> = order.iter().take(s.limit).copied().collect();
    let mut cache = g.rows.try_update_value(std::mem::take).unwrap_or_default();
    if cache.cols != cols || cache.locale != locale || cache.currency.as_ref() != Some(currency) {
        cache = RowCache {
            cols: cols.clone(),
            locale,
            currency: Some(currency.clone()),
            rows: Vec::new(),
        };
    }
    let mut html = Vec::with_capacity(rows.len());
    let mut kept = Vec::with_capacity(rows.len());
    for &i in &rows {
        let c = &ws.clients[i];
        let class = a.rows[i].class;
        let cached = cache
            .rows
            .iter()
            .find(|(old, k, _)| Arc::ptr_eq(old, c) && *k == class);
        let text = match cached {
            Some((_, _, text)) => text.clone(),
            None => {
                row_html(&mut h, c, class, &cols, currency, locale);
                h.finish()
            }
        };
        html.push((c.id, text.clone()));
        kept.push((Arc::clone(c), class, text));
    }
    cache.rows = kept;
    g.rows.set_value(cache);
    if n == 0 {
        h.cell(
            "p",
            "class=\"empty\" role=\"status\"",
            Cm::NoClients.text(locale),
        );
    }
    if order.len() > s.limit {
        let more = Cm::ShowMore.text(locale).to_owned()
            + " ("
            + &s.limit.to_string()
            + " "
            + Cm::Of.text(locale)
            + " "
            + &order.len().to_string()
            + ")";
        h.cell("button", "type=\"button\" id=\"bmore\"", &more);
    }
    h.cell("p", "class=\"status\" role=\"status\"", &s.note);
    import::html(&mut h, &s.step, ws, locale);
    g.screen
        .set_value((rows.iter().map(|&i| ws.clients[i].id).collect(), cols));
    Parts {
        head,
        thead,
        rows: html,
        tail: h.finish(),
    }
}
