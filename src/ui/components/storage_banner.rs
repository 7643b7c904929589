//! Loud banners about keeping the data: a failed write (with «Экспортировать сейчас»),
//! another tab holding the workspace, stored data that cannot be read.

use crate::ui::i18n::{use_lang, Msg};
use crate::ui::reactive::dyn_view;
use crate::ui::state::{use_store, Mode};
use crate::ui::storage::{export_now, use_persistence, SaveState};
use leptos::prelude::*;

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Every storage banner that applies now.
#[component]
pub fn StorageBanners() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let p = use_persistence();
    let export_error = RwSignal::new(None::<String>);
    let failed = move || match p.state.get() {
        SaveState::Failed(reason) => Some(reason),
        _ => None,
    };
    view! {
        {dyn_view(move || failed().map(|reason| view! {
            <div class="banner danger" role="alert">
                <strong>{lang.t(Msg::StorageFailedTitle)}</strong>
                <p>{lang.t(Msg::StorageFailedText)}</p>
                <p class="detail">{lang.t(Msg::BrowserSaid)}": " {reason}</p>
                <button type="button" class="primary" on:click=move |_| export_error.set(export_now(p).err())>
                    {lang.t(Msg::ExportNow)}
                </button>
                {dyn_view(move || export_error.get().map(|e| view! { <p class="detail">{e}</p> }))}
            </div>
        }))}
        {dyn_view(move || match store.mode().get() {
            Mode::OtherTab => Some(view! {
                <div class="banner warning" role="alert">
                    <p>
                        {Signal::derive(move || if p.other_tab_closed.get() {
                            lang.t(Msg::OtherTabClosed)
                        } else {
                            lang.t(Msg::OtherTabText)
                        })}
                    </p>
                    <button type="button" on:click=move |_| reload()>{lang.t(Msg::Reload)}</button>
                </div>
            }.into_any()),
            Mode::Unreadable(reason) => Some(view! {
                <div class="banner danger" role="alert">
                    <p>{lang.t(Msg::UnreadableText)}</p>
                    <p class="detail">{reason}</p>
                </div>
            }.into_any()),
            _ => None,
        })}
    }
}
