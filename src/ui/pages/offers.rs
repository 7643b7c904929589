//! «Спецпредложения»: not built yet; says what it will hold.

use crate::ui::components::ComingNext;
use crate::ui::i18n::{use_lang, Msg};
use leptos::prelude::*;

/// The special-offers section.
#[component]
pub fn OffersPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <h1>{move || lang.t(Msg::NavOffers)}</h1>
        <ComingNext text=Msg::OffersSoon />
    }
}
