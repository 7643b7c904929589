//! «План и бюджет»: not built yet; says what it will hold.

use crate::ui::components::ComingNext;
use crate::ui::i18n::{tr, Msg};
use leptos::prelude::*;

/// The action-plan and budget section.
#[component]
pub fn PlanPage() -> impl IntoView {
    view! {
        <h1>{tr(Msg::NavPlan)}</h1>
        <ComingNext text=Msg::PlanSoon />
    }
}
