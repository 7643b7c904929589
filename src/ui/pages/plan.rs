//! «План и бюджет»: not built yet; says what it will hold.

use crate::ui::components::ComingNext;
use crate::ui::i18n::{use_lang, Msg};
use leptos::prelude::*;

/// The action-plan and budget section.
#[component]
pub fn PlanPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <h1>{move || lang.t(Msg::NavPlan)}</h1>
        <ComingNext text=Msg::PlanSoon />
    }
}
