//! The save state in the header: unsaved / saving / saved at HH:MM / failed.

use crate::engine::locale::{format_time, Locale};
use crate::ui::i18n::{tr, use_lang, Msg};
use crate::ui::reactive::dyn_text;
use crate::ui::storage::{clock, use_persistence, SaveState};
use leptos::prelude::*;

fn saved_at(iso: &str, locale: Locale) -> String {
    let time = clock::local(Some(iso)).map(format_time).unwrap_or_default();
    format!("{} {time}", Msg::SaveSavedAt.text(locale))
}

/// A live status line (`role="status"`) saying whether every change is saved.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let lang = use_lang();
    let p = use_persistence();
    let text = dyn_text(move || {
        let l = lang.get();
        match p.state.get() {
            SaveState::Unchanged => Msg::SaveUnchanged.text(l).to_owned(),
            SaveState::Unsaved => Msg::SaveUnsaved.text(l).to_owned(),
            SaveState::Saving => Msg::SaveSaving.text(l).to_owned(),
            SaveState::Saved(at) => saved_at(&at, l),
            SaveState::Failed(_) => Msg::SaveFailed.text(l).to_owned(),
        }
    });
    let class = move || match p.state.get() {
        SaveState::Failed(_) => "save-status failed",
        SaveState::Unsaved | SaveState::Saving => "save-status pending",
        _ => "save-status",
    };
    view! {
        <span class=class role="status" aria-label=tr(Msg::SaveStatusLabel) data-testid="save-status">
            {text}
        </span>
    }
}
