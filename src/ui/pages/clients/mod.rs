//! «Клиенты и портфель»: who is key. A key client is the one with the largest
//! long-term potential we can serve — the views rank the base by a weighted profile,
//! show potential and profitability after cost-to-serve, check the ranking for bias
//! and place the clients on the portfolio matrix. Every figure is recomputed (once,
//! in [`ctx::ClientsCtx::analysis`]) as the user types.
//!
//! The tab bar and the read-only tabs (ranking, bias check, profitability, matrix) are
//! written as HTML text ([`Html`]) with one listener on their container, like the
//! profile and the client base: a `view!` compiles to code per line of markup.

mod analysis;
mod base;
mod bias;
mod card;
mod ctx;
mod fmt;
mod matrix;
mod profile;
mod profit;
mod ranking;

use analysis::analysis_view;
pub use base::BaseView;
pub use card::CardView;
pub use ctx::{ClientsCtx, Tab};
pub use profile::ProfileView;

use crate::engine::locale::Locale;
use crate::engine::model::ClientId;
use crate::ui::html::{host, patch_parts, target, Html, Listening};
use crate::ui::i18n::{Cm, Msg};
use crate::ui::lazy;
use crate::ui::reactive::dyn_view;
use fmt::SHOW_STEP;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlElement, KeyboardEvent};

/// The clients & portfolio section: its heading, the tab bar and the line that
/// names the last refused input (HTML text in the host `ch`, one listener), then the
/// open tab.
#[component]
pub fn ClientsPage() -> impl IntoView {
    let ctx = ClientsCtx::provide();
    let listening = Listening::new(&["click", "keydown"]);
    let last = StoredValue::new(Vec::new());
    Effect::new(move |_| {
        listening.attach("ch", &|| Box::new(move |ev| on_tab_event(ctx, ev)));
        let (tab, locale) = (ctx.tab.get(), ctx.lang.get());
        let mut h = Html::new();
        h.cell("h1", "", Msg::NavClients.text(locale)).cell(
            "p",
            "class=\"lead\"",
            Msg::ClientsIntro.text(locale),
        );
        let head = h.finish();
        tab_bar(&mut h, tab, locale);
        let tabs = h.finish();
        if let Some(text) = ctx.refused.get() {
            h.cell("p", "class=\"refused\" role=\"alert\"", &text);
        }
        let parts = vec![head, tabs, h.finish()];
        // A tab button that had the focus gets it back when the bar is written anew.
        let doc = document();
        let focused = doc
            .active_element()
            .filter(|el| el.id().starts_with("tab-"))
            .map(|el| el.id());
        last.update_value(|last| patch_parts("ch", last, parts));
        if let Some(el) = focused.and_then(|id| doc.get_element_by_id(&id)) {
            focus(&el);
        }
        if let Some(panel) = doc.get_element_by_id("clients-panel") {
            let _ = panel.set_attribute("aria-labelledby", tab_id(tab));
        }
    });
    view! {
        {host("ch")}
        <div role="tabpanel" id="clients-panel">
            {dyn_view(move || match ctx.tab.get() {
                // The editing tabs are loaded on demand; the default tab (the
                // ranking) and the other read-only ones come with the app.
                Tab::Profile => lazy::profile(),
                Tab::Base => lazy::base(),
                Tab::Card => lazy::card(),
                Tab::Ranking => ranking_tab(ctx),
                tab => analysis_view(tab),
            })}
        </div>
    }
}

fn tab_id(tab: Tab) -> &'static str {
    match tab {
        Tab::Ranking => "tab-ranking",
        Tab::Profile => "tab-profile",
        Tab::Base => "tab-base",
        Tab::Card => "tab-card",
        Tab::Bias => "tab-bias",
        Tab::Profit => "tab-profit",
        Tab::Matrix => "tab-matrix",
    }
}

/// The tab list: one button per tab, the open one selected and alone in the tab
/// order.
fn tab_bar(h: &mut Html, open: Tab, locale: Locale) {
    h.raw("<div class=\"tabs\" role=\"tablist\" aria-label=\"")
        .text(Cm::TabsLabel.text(locale))
        .raw("\">");
    for t in Tab::ALL {
        let selected = t == open;
        h.raw("<button type=\"button\" role=\"tab\" id=\"")
            .raw(tab_id(t))
            .raw("\" aria-controls=\"clients-panel\" aria-selected=\"")
            .raw(if selected {
                "true\" tabindex=\"0\">"
            } else {
                "false\" tabindex=\"-1\">"
            })
            .text(t.title().text(locale))
            .raw("</button>");
    }
    h.raw("</div>");
}

fn focus(el: &web_sys::Element) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// A click on a tab opens it; on a tab, the arrow keys, Home and End move between
/// tabs, as in every tab widget.
fn on_tab_event(ctx: ClientsCtx, ev: Event) {
    let Some(clicked) = target(&ev)
        .and_then(|el| el.closest("[role=tab]").ok().flatten())
        .and_then(|el| Tab::ALL.into_iter().find(|&t| tab_id(t) == el.id()))
    else {
        return;
    };
    let Some(ev) = ev.dyn_ref::<KeyboardEvent>() else {
        ctx.tab.set(clicked);
        return;
    };
    let i = Tab::ALL.iter().position(|t| *t == ctx.tab.get_untracked());
    let n = Tab::ALL.len();
    let next = match (ev.key().as_str(), i) {
        ("ArrowRight", Some(i)) => (i + 1) % n,
        ("ArrowLeft", Some(i)) => (i + n - 1) % n,
        ("Home", _) => 0,
        ("End", _) => n - 1,
        _ => return,
    };
    ev.prevent_default();
    ctx.tab.set(Tab::ALL[next]);
    if let Some(el) = document().get_element_by_id(tab_id(Tab::ALL[next])) {
        focus(&el);
    }
}

/// The ranking tab: the ranked rows only (the rest of the analysis, bias check and
/// charts, is not computed for it).
fn ranking_tab(ctx: ClientsCtx) -> AnyView {
    read_only_tab(
        ctx,
        Box::new(move |locale, limit| {
            let r = ctx.ranked.get();
            ctx.store
                .ws()
                .with(|ws| ranking::parts(ws, &r, locale, limit))
        }),
    )
}

/// The parts of a read-only tab's HTML text for a language and a row limit; read
/// inside an effect, so the signals it reads are tracked.
pub type Parts = Box<dyn Fn(Locale, usize) -> Vec<String>>;

/// A read-only tab (ranking, bias check, profitability, matrix) as HTML text in one
/// part (three for the ranking), each replaced only when its text changed, with one listener:
/// «Показать ещё» (`id="more"`), a client's name or bubble (`data-open`) opens its
/// card, and the ranking's class rule form.
pub fn read_only_tab(ctx: ClientsCtx, parts: Parts) -> AnyView {
    let rows = RwSignal::new(SHOW_STEP);
    let listening = Listening::new(&["click", "change", "submit"]);
    let last = StoredValue::new(Vec::new());
    Effect::new(move |_| {
        listening.attach("ct", &|| Box::new(move |ev| on_event(ctx, rows, ev)));
        let next = parts(ctx.lang.get(), rows.get());
        last.update_value(|last| patch_parts("ct", last, next));
    });
    host("ct")
}

/// An event of an HTML tab.
fn on_event(ctx: ClientsCtx, rows: RwSignal<usize>, ev: Event) {
    let Some(el) = target(&ev) else { return };
    match ev.type_().as_str() {
        "submit" => {
            ev.prevent_default();
            ranking::on_submit(ctx);
        }
        "change" => ranking::on_change(ctx.lang.get_untracked()),
        _ if el.id() == "more" => rows.update(|n| *n += SHOW_STEP),
        _ => {
            let id = el
                .closest("[data-open]")
                .ok()
                .flatten()
                .and_then(|el| el.get_attribute("data-open"))
                .and_then(|v| v.parse::<u32>().ok());
            if let Some(id) = id {
                ctx.open_card(ClientId(id));
            }
        }
    }
}

/// «Показать ещё (100 из 1 000)» when `total` rows are more than the `limit` shown.
fn more(h: &mut Html, total: usize, limit: usize, locale: Locale) {
    if total > limit {
        h.raw("<button type=\"button\" id=\"more\">")
            .text(Cm::ShowMore.text(locale))
            .text(" (")
            .text(&limit.to_string())
            .text(" ")
            .text(Cm::Of.text(locale))
            .text(" ")
            .text(&total.to_string())
            .raw(")</button>");
    }
}
