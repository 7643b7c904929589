//! «База клиентов»: the client base as an editable grid (search, filters, sorting,
//! typing in place with the keyboard, add and delete), the CSV import and the CSV
//! export of the ranking.
//!
//! The whole tab is data-driven to keep the wasm small: the columns are a list of
//! [`Col`] looped over, and the tab is written as HTML text ([`Html`]) by one effect.
//! No element carries a handler: one listener on the tab ([`listen`]) takes `input`,
//! `change`, `keydown`, `click`, focus and drop events and finds what was touched
//! from its element id — `bg{client}-{column}` for a cell, `be` for the editor,
//! `bd{client}` for delete, `bs{column}` for a sort header, `bf{n}` for a filter,
//! `ci-…` for the import (see [`edit`]).
//!
//! Cells are text in the tab order; the focused one gets the only form control of the
//! grid, laid over it (a hundred rows of inputs cost hundreds of milliseconds to
//! paint on every change). A new rendering replaces only the parts and rows whose
//! text changed ([`patch`]), and puts the focus (and any text typed but not yet
//! committed) back where it was.

mod edit;
mod export;
mod import;

use super::ctx::{use_clients, ClientsCtx};
use super::fmt::{class_badge, money, SHOW_STEP};
use crate::engine::analysis::{ClientRow, Ranked};
use crate::engine::csv::lower_case;
use crate::engine::locale::{format_decimal, format_money, format_percent, Locale};
use crate::engine::model::{Client, ClientId, ClientStatus, CriterionId, Currency, Workspace};
use crate::engine::profile::Class;
use crate::engine::sort::sort_indices;
use crate::ui::html::{host, Html, Listening};
use crate::ui::i18n::{plural, Cm, Msg, PluralForms};
use crate::ui::morph::{morph_element, morph_html};
use crate::ui::storage::timing;
use leptos::prelude::*;
use rust_decimal::Decimal;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

const CLIENTS: PluralForms = PluralForms {
    ru_one: "клиент",
    ru_few: "клиента",
    ru_many: "клиентов",
    en_one: "client",
    en_other: "clients",
};

/// A column of the grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Col {
    Name,
    Segment,
    Status,
    Vip,
    Region,
    Revenue,
    Margin,
    /// The class from the analysis (read only).
    Class,
    /// The measured value of a criterion.
    Value(CriterionId),
}

/// The columns before the criteria.
const FIXED: [Col; 8] = [
    Col::Name,
    Col::Segment,
    Col::Status,
    Col::Vip,
    Col::Region,
    Col::Revenue,
    Col::Margin,
    Col::Class,
];

/// What the grid shows: search, filters, sort, how many rows, a client just added.
pub(super) struct Shown {
    query: String,
    /// Filters by segment text, status index, class index ("" = all).
    filters: [String; 3],
    /// The sorted column and whether descending.
    sort: Option<(Col, bool)>,
    limit: usize,
    /// A client just added: shown first whatever the filters, until the next sort.
    fresh: Option<ClientId>,
    /// A line of news (deleted, imported).
    note: String,
    /// The CSV import under way.
    step: import::Step,
}

/// The tab's state, shared by its view and its handlers.
#[derive(Clone, Copy)]
pub(super) struct Grid {
    ctx: ClientsCtx,
    /// What the grid shows (one signal: one compiled copy of the signal code; changed
    /// through [`Grid::edit`]).
    shown: RwSignal<Shown>,
    /// The clients of the rows on screen, in order, and the columns.
    screen: StoredValue<(Vec<ClientId>, Vec<Col>)>,
    /// The one listener of the tab's events, removed with the tab.
    listening: Listening,
    /// The rows of the last render, reused where nothing they show changed.
    rows: StoredValue<RowCache>,
    /// True while Enter or an arrow key moves the editor (its old cell's change
    /// event fires inside that move, with the focus already where it goes).
    moving: StoredValue<bool>,
}

/// The HTML of the rows last rendered, with what each was made from: a row whose
/// client is the same `Arc` with the same class, under the same columns, language
/// and currency, is the same text (an edit renders one row, not a hundred).
#[derive(Default)]
struct RowCache {
    cols: Vec<Col>,
    locale: Locale,
    currency: Option<Currency>,
    rows: Vec<(Arc<Client>, Class, String)>,
}

impl Grid {
    /// Changes what the grid shows (and shows it).
    fn edit(self, mut f: impl FnMut(&mut Shown)) {
        self.edit_dyn(&mut f);
    }

    #[inline(never)]
    fn edit_dyn(self, f: &mut dyn FnMut(&mut Shown)) {
        self.shown.update(|s| f(s));
    }
}

/// The client base tab.
#[allow(non_snake_case)]
pub fn BaseView() -> impl IntoView {
    let ctx = use_clients();
    let g = Grid {
        ctx,
        shown: RwSignal::new(Shown {
            query: String::new(),
            filters: Default::default(),
            sort: None,
            limit: SHOW_STEP,
            fresh: None,
            note: String::new(),
            step: import::Step::default(),
        }),
        screen: StoredValue::new((Vec::new(), Vec::new())),
        listening: Listening::new(&[
            "input", "change", "keydown", "click", "focusin", "focusout", "dragover", "drop",
        ]),
        rows: StoredValue::new(RowCache::default()),
        moving: StoredValue::new(false),
    };
    let last = StoredValue::new(Parts::default());
    Effect::new(move |_| {
        // One listener for every event of the tab (a `dyn Fn`: focus moved inside a
        // handler dispatches the next event while the first is being handled), which
        // `edit::on_event` sends on by type.
        g.listening
            .attach("b-tab", &|| Box::new(move |ev| edit::on_event(g, ev)));
        let a = ctx.ranked.get();
        let locale = ctx.lang.get();
        let parts = g.shown.with(|s| {
            ctx.store
                .ws()
                .with(|ws| timing::around("kam-base-render", || render(g, s, ws, &a, locale)))
        });
        last.update_value(|last| patch(last, parts));
    });
    host("b-tab")
}

/// Focuses an element; a text field gets its text selected, so typing replaces it.
pub(super) fn focus(el: &Element) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    }
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        input.select();
    }
}

/// The tab as HTML in parts, each replaced only when it changed: tools, summary and
/// filters; the grid's header; one row per client; «Показать ещё», news and import.
#[derive(Default)]
struct Parts {
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
fn patch(last: &mut Parts, new: Parts) {
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
    let delete = Cm::DeleteClient.text(locale).to_owned() + ": " + &c.name;
    attr(h, "aria-label", &delete).raw(">✕</button></td></tr>");
}

/// The id of a client's row.
fn row_id(id: ClientId) -> String {
    "br".to_owned() + &id.0.to_string()
}

/// The columns of `ws`: the fixed ones, then one per criterion.
fn columns(ws: &Workspace) -> Vec<Col> {
    FIXED
        .into_iter()
        .chain(ws.criteria.iter().map(|k| Col::Value(k.id)))
        .collect()
}

/// A column's title (a criterion's with its unit).
pub(super) fn title(col: Col, ws: &Workspace, locale: Locale) -> String {
    let msg = match col {
        Col::Name => Msg::ColName,
        Col::Segment => Msg::ColSegment,
        Col::Status => Msg::ColStatus,
        Col::Vip => Msg::VipMark,
        Col::Region => Msg::ColRegion,
        Col::Revenue => Msg::ColRevenue,
        Col::Margin => Msg::ColMargin,
        Col::Class => return Cm::ColClass.text(locale).to_owned(),
        Col::Value(id) => {
            return ws
                .criteria
                .iter()
                .find(|k| k.id == id)
                .map(|k| match k.unit.trim() {
                    "" => k.name.clone(),
                    unit => k.name.clone() + ", " + unit,
                })
                .unwrap_or_default()
        }
    };
    msg.text(locale).to_owned()
}

pub(super) fn status_text(status: ClientStatus) -> Msg {
    match status {
        ClientStatus::Current => Msg::StatusCurrent,
        ClientStatus::Prospect => Msg::StatusProspect,
        ClientStatus::Former => Msg::StatusFormer,
    }
}

fn class_text(class: Class) -> Cm {
    match class {
        Class::Key => Cm::ClassKey,
        Class::Development => Cm::ClassDevelopment,
        Class::Standard => Cm::ClassStandard,
    }
}

/// The text a cell's input shows: money and numbers formatted for `locale` so that
/// `parse_decimal` reads them back (English without group commas).
pub(super) fn cell_text(col: Col, c: &Client, currency: &Currency, locale: Locale) -> String {
    let mut text = match col {
        Col::Name => return c.name.clone(),
        Col::Segment => return c.segment.clone(),
        Col::Region => return c.region.clone(),
        Col::Revenue => format_money(c.revenue, currency, c.revenue.0.fract().is_zero(), locale),
        Col::Margin => format_percent(c.gross_margin, 2, locale),
        Col::Value(id) => c
            .values
            .get(&id)
            .map(|v| format_decimal(*v, 0, 6, locale))
            .unwrap_or_default(),
        Col::Status | Col::Vip | Col::Class => String::new(),
    };
    if locale == Locale::En {
        text.retain(|ch| ch != ',');
    }
    text
}

/// What a cell shows when it is not being edited.
pub(super) fn display(col: Col, c: &Client, currency: &Currency, locale: Locale) -> String {
    match col {
        Col::Status => status_text(c.status).text(locale).to_owned(),
        Col::Vip if c.vip => Msg::VipMark.text(locale).to_owned(),
        col => cell_text(col, c, currency, locale),
    }
}

/// The key a column sorts by: a number, or a lower-cased text.
fn sort_key(col: Col, c: &Client, r: &ClientRow) -> (Option<Decimal>, String) {
    let n = |d: Decimal| (Some(d), String::new());
    match col {
        Col::Name => (None, lower_case(&c.name)),
        Col::Segment => (None, lower_case(&c.segment)),
        Col::Region => (None, lower_case(&c.region)),
        Col::Status => n((c.status as u8).into()),
        Col::Vip => n((c.vip as u8).into()),
        Col::Revenue => n(c.revenue.0),
        Col::Margin => n(c.gross_margin.0),
        Col::Class => n((r.class as u8).into()),
        Col::Value(id) => (c.values.get(&id).copied(), String::new()),
    }
}

/// The indexes of the clients to show, filtered and sorted (all of them, before the
/// «Показать ещё» limit); a client just added comes first.
fn visible(s: &Shown, ws: &Workspace, a: &Ranked) -> Vec<usize> {
    let query = lower_case(s.query.trim());
    let [segment, status, class] = &s.filters;
    let n = ws.clients.len().min(a.rows.len());
    let mut order: Vec<usize> = (0..n)
        .filter(|&i| {
            let c = &ws.clients[i];
            (query.is_empty()
                || [&c.name, &c.segment, &c.region]
                    .iter()
                    .any(|t| lower_case(t).contains(&query)))
                && (segment.is_empty() || c.segment == *segment)
                && (status.is_empty() || *status == (c.status as u8).to_string())
                && (class.is_empty() || *class == (a.rows[i].class as u8).to_string())
                && Some(c.id) != s.fresh
        })
        .collect();
    if let Some((col, desc)) = s.sort {
        let keys: Vec<_> = (0..n)
            .map(|i| sort_key(col, &ws.clients[i], &a.rows[i]))
            .collect();
        sort_indices(&mut order, &|x, y| {
            if desc {
                keys[y].cmp(&keys[x])
            } else {
                keys[x].cmp(&keys[y])
            }
        });
    }
    if let Some(i) = ws.clients.iter().position(|c| Some(c.id) == s.fresh) {
        order.insert(0, i);
    }
    order
}

/// ` name="value"`, the value escaped.
pub(super) fn attr<'h>(h: &'h mut Html, name: &str, value: &str) -> &'h mut Html {
    h.raw(" ").raw(name).raw("=\"").text(value).raw("\"")
}

/// `<option value="…" selected>text</option>`.
pub(super) fn option(h: &mut Html, value: &str, text: &str, selected: bool) {
    attr(h.raw("<option"), "value", value)
        .raw(if selected { " selected>" } else { ">" })
        .text(text)
        .raw("</option>");
}

/// A labelled select `id`: `(value, text)` options, `current` chosen.
pub(super) fn select(
    h: &mut Html,
    id: &str,
    label: &str,
    current: &str,
    options: &[(String, &str)],
) {
    attr(
        h.raw("<label class=\"filter\">").text(label).raw("<select"),
        "id",
        id,
    )
    .raw(">");
    for (value, text) in options {
        option(h, value, text, value == current);
    }
    h.raw("</select></label>");
}

/// The tab as HTML: tools, summary, filters, the grid's header and rows,
/// «Показать ещё», news, and the CSV import.
fn render(g: Grid, s: &Shown, ws: &Workspace, a: &Ranked, locale: Locale) -> Parts {
    let t = |m: Cm| m.text(locale);
    let currency = &ws.settings.currency;
    let n = ws.clients.len();
    let order = visible(s, ws, a);
    let cols = columns(ws);
    let titles: Vec<String> = cols.iter().map(|&c| title(c, ws, locale)).collect();
    let mut h = Html::new();

    h.raw("<h2 id=\"base-title\">")
        .text(Msg::ClientsTable.text(locale))
        .raw("</h2><div class=\"grid-tools\"><input type=\"search\" id=\"bq\"");
    attr(&mut h, "aria-label", t(Cm::Search));
    attr(&mut h, "placeholder", t(Cm::Search));
    attr(&mut h, "value", &s.query).raw(">");
    h.cell(
        "button",
        "type=\"button\" class=\"primary\" id=\"badd\"",
        t(Cm::AddClient),
    )
    .cell(
        "button",
        "type=\"button\" id=\"bexp\"",
        t(Cm::ExportRanking),
    )
    .raw("</div>")
    .cell("p", "class=\"muted\"", t(Cm::GridHint));

    let summary: [(&str, &str, String); 4] = [
        (
            Msg::SummaryClients.text(locale),
            "client-count",
            n.to_string() + " " + plural(n as u64, &CLIENTS, locale),
        ),
        (
            Msg::ProspectsCount.text(locale),
            "prospects",
            ws.clients
                .iter()
                .filter(|c| c.status == ClientStatus::Prospect)
                .count()
                .to_string(),
        ),
        (
            Msg::TotalRevenue.text(locale),
            "total-revenue",
            money(ws.clients.iter().map(|c| c.revenue).sum(), currency, locale),
        ),
        (t(Cm::Shown), "shown-count", order.len().to_string()),
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
    let everything = |m: Cm| (String::new(), t(m));
    let segments: Vec<(String, &str)> = std::iter::once(everything(Cm::AllSegments))
        .chain(by_name.into_iter().map(|i| (found[i].to_owned(), found[i])))
        .collect();
    let statuses: Vec<(String, &str)> = ClientStatus::ALL
        .iter()
        .map(|&s| ((s as u8).to_string(), status_text(s).text(locale)))
        .collect();
    let classes: Vec<(String, &str)> = std::iter::once(everything(Cm::AllClasses))
        .chain(
            [Class::Key, Class::Development, Class::Standard]
                .iter()
                .map(|&c| ((c as u8).to_string(), t(class_text(c)))),
        )
        .collect();
    let all_statuses: Vec<(String, &str)> = std::iter::once(everything(Cm::AllStatuses))
        .chain(statuses.iter().cloned())
        .collect();
    let [seg, st, cl] = &s.filters;
    h.raw("</dl><div class=\"filters\">");
    select(&mut h, "bf0", Msg::ColSegment.text(locale), seg, &segments);
    select(
        &mut h,
        "bf1",
        Msg::ColStatus.text(locale),
        st,
        &all_statuses,
    );
    select(&mut h, "bf2", t(Cm::ColClass), cl, &classes);

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
        .text(t(Cm::Actions))
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
        h.cell("p", "class=\"empty\" role=\"status\"", t(Cm::NoClients));
    }
    if order.len() > s.limit {
        let more = t(Cm::ShowMore).to_owned()
            + " ("
            + &s.limit.to_string()
            + " "
            + t(Cm::Of)
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
