//! «Данные»: the workspace summary, its settings, and starting over.

mod backup;
mod replace;
mod settings_form;
mod snapshots;
mod storage_info;
mod transfer;

use crate::ui::i18n::{tr, Msg};
use crate::ui::reactive::dyn_text;
use crate::ui::state::use_store;
use leptos::prelude::*;
use replace::ReplaceWorkspace;
use settings_form::SettingsForm;
use snapshots::Snapshots;
use storage_info::StorageInfo;
use transfer::Transfer;

/// The data section.
#[component]
pub fn DataPage() -> impl IntoView {
    let store = use_store();
    let count = move |f: fn(&crate::engine::model::Workspace) -> usize| {
        dyn_text(move || store.ws().with(f).to_string())
    };
    view! {
        <h1>{tr(Msg::NavData)}</h1>
        <section aria-labelledby="ws-summary-title">
            <h2 id="ws-summary-title">{tr(Msg::WorkspaceHeading)}</h2>
            <dl class="summary">
                <div>
                    <dt>{tr(Msg::SummaryClients)}</dt>
                    <dd data-testid="summary-clients">{count(|ws| ws.clients.len())}</dd>
                </div>
                <div>
                    <dt>{tr(Msg::SummaryCriteria)}</dt>
                    <dd data-testid="summary-criteria">{count(|ws| ws.criteria.len())}</dd>
                </div>
                <div>
                    <dt>{tr(Msg::SummaryCompetitors)}</dt>
                    <dd data-testid="summary-competitors">{count(|ws| ws.competitors.len())}</dd>
                </div>
            </dl>
            <p class="notice">{tr(Msg::StorageNotice)}</p>
        </section>
        <Transfer />
        <SettingsForm />
        <Snapshots />
        <StorageInfo />
        <ReplaceWorkspace />
    }
}
