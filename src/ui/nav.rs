//! Section navigation without a router.
//!
//! The app has one page and five sections addressed by the query string (`?s=data`).
//! The section lives in one signal, read from `location.search` at start and again on
//! every `popstate` (back and forward). The navigation links are real anchors, so a
//! middle click, a modified click or "open in new tab" work as links; a plain left
//! click pushes the address into the history and switches the section in place.

use crate::ui::app::Section;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The section named by the current address (`?s=…`); clients when none or unknown.
fn from_location() -> Section {
    let search = window().location().search().unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("s="))
        .and_then(Section::from_slug)
        .unwrap_or(Section::Clients)
}

/// Shows `section` unless it is already shown (so the page keeps its state).
fn show(current: RwSignal<Section>, section: Section) {
    if current.get_untracked() != section {
        current.set(section);
    }
}

/// The address of a section, relative to the app's folder.
pub fn href(section: Section) -> String {
    format!("?s={}", section.slug())
}

/// The shown section: follows the address, including back and forward.
pub fn section_from_address() -> RwSignal<Section> {
    let current = RwSignal::new(from_location());
    let handle = window_event_listener_untyped("popstate", move |_| {
        show(current, from_location());
    });
    on_cleanup(move || handle.remove());
    current
}

/// The click handler of a link to `section`: a plain left click navigates in place;
/// any other click (modifier keys, middle button) is left to the browser.
pub fn follow(ev: web_sys::MouseEvent, current: RwSignal<Section>, section: Section) {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.alt_key()
        || ev.ctrl_key()
        || ev.shift_key()
    {
        return;
    }
    ev.prevent_default();
    let window = window();
    let url = href(section);
    if window.location().search().ok().as_deref() != Some(url.as_str()) {
        if let Ok(history) = window.history() {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
    window.scroll_to_with_x_and_y(0.0, 0.0);
    show(current, section);
}
