//! «Доступна новая версия — обновить»: the bar that offers a new build of the app.
//!
//! The service worker is registered by `public/sw-register.js` (plain JavaScript, so it
//! works before and without the wasm). It talks to this component with window events:
//! it sends `kam:update-ready` when a new build is installed and waiting; the banner
//! sends `kam:update-check` when it mounts (the update may have been found before the
//! app started) and `kam:apply-update` when the user clicks «Обновить»; the page then
//! reloads into the new build.

use crate::ui::i18n::{tr, Msg};
use crate::ui::reactive::dyn_view;
use leptos::prelude::*;

const READY: &str = "kam:update-ready";
const CHECK: &str = "kam:update-check";
const APPLY: &str = "kam:apply-update";

fn dispatch(name: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::CustomEvent::new(name)) {
        let _ = window.dispatch_event(&event);
    }
}

/// A polite status bar, shown once a new build is waiting, with a button to switch to it.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(false);
    let handle = window_event_listener_untyped(READY, move |_| ready.set(true));
    on_cleanup(move || handle.remove());
    dispatch(CHECK);

    // The live region is always in the page, so its content is announced when it appears.
    view! {
        <div role="status" class="update-banner-region">
            {dyn_view(move || ready.get().then(|| view! {
                <div class="update-banner">
                    <span>{tr(Msg::UpdateReady)}</span>
                    <button type="button" on:click=move |_| dispatch(APPLY)>
                        {tr(Msg::UpdateApply)}
                    </button>
                </div>
            }))}
        </div>
    }
}
