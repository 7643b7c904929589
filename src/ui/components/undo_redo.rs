//! Undo and redo: two buttons and the shortcuts Ctrl+Z, Ctrl+Shift+Z (and Ctrl+Y).

use crate::ui::i18n::{tr, Msg};
use crate::ui::state::use_store;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// True when the key event belongs to a text field, whose own undo must keep working.
fn in_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.is_content_editable()
        })
}

/// Undo and redo buttons; also installs the keyboard shortcuts for the page.
#[component]
pub fn UndoRedo() -> impl IntoView {
    let store = use_store();
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        let key = ev.key();
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() || in_text_field(&ev) {
            return;
        }
        // Both cases of each letter (Shift or Caps Lock): matching them here spares the
        // Unicode case tables that `to_lowercase` would link in (≈ 12 KB).
        let handled = match (key.as_str(), ev.shift_key()) {
            ("z" | "Z" | "я" | "Я", false) => store.undo(),
            ("z" | "Z" | "я" | "Я", true) | ("y" | "Y" | "н" | "Н", false) => store.redo(),
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    });
    view! {
        <div class="undo-redo">
            <button
                type="button"
                aria-keyshortcuts="Control+Z"
                disabled=move || !store.can_undo()
                on:click=move |_| {
                    store.undo();
                }
            >
                {tr(Msg::Undo)}
            </button>
            <button
                type="button"
                aria-keyshortcuts="Control+Shift+Z"
                disabled=move || !store.can_redo()
                on:click=move |_| {
                    store.redo();
                }
            >
                {tr(Msg::Redo)}
            </button>
        </div>
    }
}
