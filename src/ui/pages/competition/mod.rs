//! «Конкурентный анализ»: the facilitator's side of a workshop (domain §3). Sessions
//! are set up here (the key client, at least ten criteria with their importance, the
//! competitors), shared with the participants' phones by link and QR code, and their
//! ballots are collected (by a returned link, a pasted code or a file) round by round.

mod ballots;
mod export;
mod invite;
mod results;
mod setup;
mod setup_form;
mod util;

use crate::engine::model::{Workshop, WorkshopId};
use crate::ui::i18n::{tr, use_lang, Wm};
use crate::ui::state::use_store;
use leptos::prelude::*;

/// The page's shared state: the open session and the last notice.
#[derive(Clone, Copy)]
pub(super) struct Page {
    /// The workspace store (kept here: event listeners run outside the component's
    /// context, where `use_store` would panic).
    pub store: crate::ui::state::Store,
    /// The interface language.
    pub lang: crate::ui::i18n::UiLang,
    /// The session shown (the first one when none was chosen).
    pub chosen: RwSignal<Option<WorkshopId>>,
    /// The last result of an action: `(ok, text)`.
    pub notice: RwSignal<Option<(bool, String)>>,
}

impl Page {
    /// The session shown, if any.
    pub fn workshop(self) -> Option<Workshop> {
        let store = self.store;
        let chosen = self.chosen.get();
        store.ws().with(|ws| {
            chosen
                .and_then(|id| ws.workshops.iter().find(|w| w.id == id))
                .or_else(|| ws.workshops.first())
                .cloned()
        })
    }
}

/// The session named by the address (`?s=competition&w=2`), so a reload keeps it.
fn chosen_in_address() -> Option<WorkshopId> {
    let search = window().location().search().unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("w="))
        .and_then(|id| id.parse().ok())
        .map(WorkshopId)
}

/// Shows session `id` and names it in the address (replacing the history entry).
pub(super) fn choose(page: Page, id: WorkshopId) {
    page.chosen.set(Some(id));
    if let Ok(history) = window().history() {
        let url = format!("?s=competition&w={}", id.0);
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The competitive-analysis section.
#[component]
pub fn CompetitionPage() -> impl IntoView {
    let page = Page {
        store: use_store(),
        lang: use_lang(),
        chosen: RwSignal::new(chosen_in_address()),
        notice: RwSignal::new(None),
    };
    // A ballot returned as a link (`#ballot=…`) opened here: add it at once.
    ballots::receive_from_address(page);
    let store = use_store();
    let lang = use_lang();
    let has_any = move || store.ws().with(|ws| !ws.workshops.is_empty());
    view! {
        <h1>{tr(Wm::Title)}</h1>
        <p class="lead">{tr(Wm::Intro)}</p>
        <setup::Picker page />
        {move || page.notice.get().map(|(ok, text)| {
            view! {
                <p class=if ok { "notice ok" } else { "notice refused" } role="status" data-testid="ws-notice">
                    {text}
                </p>
            }
        })}
        {move || {
            if has_any() {
                view! {
                    <setup::Setup page />
                    <invite::Invite page />
                    <ballots::Ballots page />
                    <results::Results page />
                }
                    .into_any()
            } else {
                view! { <p class="empty">{Wm::NoSessions.text(lang.get())}</p> }.into_any()
            }
        }}
    }
}
