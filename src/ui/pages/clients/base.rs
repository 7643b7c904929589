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
//! paint on every change). The rows are CSS grids with fixed columns and off-screen
//! rows are skipped (`style/main.css`). `render.rs` writes the tab, reusing the rows
//! whose client did not change, and morphs only the parts and rows whose text changed
//! ([`patch`]), putting the focus (and any text typed but not yet committed) back
//! where it was if its element had to be replaced.

mod edit;
mod export;
mod import;
mod render;

use render::{patch, render, Parts, RowCache};

use super::ctx::{use_clients, ClientsCtx};
use super::fmt::SHOW_STEP;
use crate::engine::analysis::{ClientRow, Ranked};
use crate::engine::csv::lower_case;
use crate::engine::locale::{format_decimal, format_money, format_percent, Locale};
use crate::engine::model::{Client, ClientId, ClientStatus, CriterionId, Currency, Workspace};
use crate::engine::profile::Class;
use crate::engine::sort::sort_indices;
use crate::ui::html::{host, Html, Listening};
use crate::ui::i18n::{Cm, Gm, PluralForms};
use crate::ui::storage::timing;
use leptos::prelude::*;
use rust_decimal::Decimal;
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
        Col::Name => Gm::ColName,
        Col::Segment => Gm::ColSegment,
        Col::Status => Gm::ColStatus,
        Col::Vip => Gm::VipMark,
        Col::Region => Gm::ColRegion,
        Col::Revenue => Gm::ColRevenue,
        Col::Margin => Gm::ColMargin,
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

pub(super) fn status_text(status: ClientStatus) -> Gm {
    match status {
        ClientStatus::Current => Gm::StatusCurrent,
        ClientStatus::Prospect => Gm::StatusProspect,
        ClientStatus::Former => Gm::StatusFormer,
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
        Col::Vip if c.vip => Gm::VipMark.text(locale).to_owned(),
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
