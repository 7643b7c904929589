//! «Конкурентный анализ»: the workshop is not built yet; lists the competitors we have.

use crate::ui::components::ComingNext;
use crate::ui::i18n::{tr, use_lang, Msg};
use crate::ui::reactive::dyn_view;
use crate::ui::state::use_store;
use leptos::prelude::*;

/// The competitive-analysis section.
#[component]
pub fn CompetitionPage() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let competitors = move || store.ws().with(|ws| ws.competitors.clone());
    view! {
        <h1>{tr(Msg::NavCompetition)}</h1>
        <ComingNext text=Msg::CompetitionSoon />
        <section aria-labelledby="competitors-title">
            <h2 id="competitors-title">{tr(Msg::CompetitorsHeading)}</h2>
            {dyn_view(move || {
                let list = competitors();
                if list.is_empty() {
                    view! { <p class="empty">{lang.t(Msg::CompetitorsEmpty)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="competitors">
                            {list
                                .into_iter()
                                .map(|c| view! { <li><strong>{c.name}</strong><span>{c.note}</span></li> })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            })}
        </section>
    }
}
