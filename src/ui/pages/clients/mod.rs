//! «Клиенты и портфель»: who is key. A key client is the one with the largest
//! long-term potential we can serve — the views rank the base by a weighted profile,
//! show potential and profitability after cost-to-serve, check the ranking for bias
//! and place the clients on the portfolio matrix. Every figure is recomputed (once,
//! in [`ctx::ClientsCtx::analysis`]) as the user types.

mod base;
mod bias;
mod card;
mod ctx;
mod fmt;
mod matrix;
mod profile;
mod profit;
mod ranking;

pub use ctx::{ClientsCtx, Tab};

use crate::ui::i18n::{tr, Cm, Msg};
use crate::ui::reactive::dyn_view;
use leptos::prelude::*;

/// The clients & portfolio section.
#[component]
pub fn ClientsPage() -> impl IntoView {
    let ctx = ClientsCtx::provide();
    view! {
        <h1>{tr(Msg::NavClients)}</h1>
        <p class="lead">{tr(Msg::ClientsIntro)}</p>
        <TabBar ctx=ctx />
        {dyn_view(move || {
            ctx.refused
                .get()
                .map(|text| view! { <p class="refused" role="alert">{text}</p> })
        })}
        <div role="tabpanel" id="clients-panel" aria-labelledby=move || tab_id(ctx.tab.get())>
            {dyn_view(move || match ctx.tab.get() {
                Tab::Ranking => ranking::RankingView().into_any(),
                Tab::Profile => profile::ProfileView().into_any(),
                Tab::Base => base::BaseView().into_any(),
                Tab::Card => card::CardView().into_any(),
                Tab::Bias => bias::BiasView().into_any(),
                Tab::Profit => profit::ProfitView().into_any(),
                Tab::Matrix => matrix::MatrixView().into_any(),
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

/// The tab list; the arrow keys move between tabs, as in every tab widget.
#[component]
fn TabBar(ctx: ClientsCtx) -> impl IntoView {
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
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
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    };
    view! {
        <div class="tabs" role="tablist" aria-label=tr(Cm::TabsLabel) on:keydown=on_key>
            {Tab::ALL
                .into_iter()
                .map(|t| {
                    let selected = move || ctx.tab.get() == t;
                    view! {
                        <button
                            type="button"
                            role="tab"
                            id=tab_id(t)
                            aria-controls="clients-panel"
                            aria-selected=move || selected().to_string()
                            tabindex=move || if selected() { "0" } else { "-1" }
                            on:click=move |_| ctx.tab.set(t)
                        >
                            {tr(t.title())}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
