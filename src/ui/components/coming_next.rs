//! The honest note of a section that is not built yet: what it will hold.

use crate::ui::i18n::{tr, Msg};
use leptos::prelude::*;

/// A plain statement of what the section will hold; shows no figures.
#[component]
pub fn ComingNext(
    /// The description of the coming features.
    text: Msg,
) -> impl IntoView {
    view! {
        <section class="coming-next" aria-labelledby="coming-next-title">
            <h2 id="coming-next-title">{tr(Msg::ComingNext)}</h2>
            <p>{tr(text)}</p>
        </section>
    }
}
