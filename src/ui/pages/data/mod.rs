//! «Данные»: the workspace summary, its settings, and starting over.

mod backup;
mod replace;
mod settings_form;
mod snapshots;
mod storage_info;
mod transfer;

use crate::ui::i18n::{use_lang, Msg};
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
    let lang = use_lang();
    let store = use_store();
    let count = move |f: fn(&crate::engine::model::Workspace) -> usize| {
        move || store.ws().with(f).to_string()
    };
    view! {
        <h1>{move || lang.t(Msg::NavData)}</h1>
        <section aria-labelledby="ws-summary-title">
            <h2 id="ws-summary-title">{move || lang.t(Msg::WorkspaceHeading)}</h2>
            <dl class="summary">
                <div>
                    <dt>{move || lang.t(Msg::SummaryClients)}</dt>
                    <dd data-testid="summary-clients">{count(|ws| ws.clients.len())}</dd>
                </div>
                <div>
                    <dt>{move || lang.t(Msg::SummaryCriteria)}</dt>
                    <dd data-testid="summary-criteria">{count(|ws| ws.criteria.len())}</dd>
                </div>
                <div>
                    <dt>{move || lang.t(Msg::SummaryCompetitors)}</dt>
                    <dd data-testid="summary-competitors">{count(|ws| ws.competitors.len())}</dd>
                </div>
            </dl>
            <p class="notice">{move || lang.t(Msg::StorageNotice)}</p>
        </section>
        <Transfer />
        <SettingsForm />
        <Snapshots />
        <StorageInfo />
        <ReplaceWorkspace />
    }
}
