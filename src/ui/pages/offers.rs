//! «Спецпредложения»: not built yet; says what it will hold.

use crate::ui::components::ComingNext;
use crate::ui::i18n::{tr, Msg};
use leptos::prelude::*;

/// The special-offers section.
#[component]
pub fn OffersPage() -> impl IntoView {
    view! {
        <h1>{tr(Msg::NavOffers)}</h1>
        <ComingNext text=Msg::OffersSoon />
    }
}
