//! The kept snapshots, each restorable (after a backup of what is there now).

use super::backup::backup_then_replace;
use crate::engine::format::import_json;
use crate::engine::locale::format_date_time;
use crate::ui::i18n::{import_error_text, tr, use_lang, Msg};
use crate::ui::reactive::dyn_view;
use crate::ui::state::use_store;
use crate::ui::storage::{clock, idb, use_persistence};
use leptos::prelude::*;
use leptos::task::spawn_local;

fn reason(code: &str) -> Msg {
    match code {
        "start" => Msg::ReasonStart,
        "backup" => Msg::ReasonBackup,
        _ => Msg::ReasonPeriodic,
    }
}

/// The list of snapshots with «Восстановить» buttons.
#[component]
pub fn Snapshots() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let p = use_persistence();
    // What the last restore did: done, or why not (at most one of them is set).
    let done = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<String>);

    let restore = move |id: u32| {
        done.set(None);
        failed.set(None);
        spawn_local(async move {
            let json = match idb::snapshot_json(id).await {
                Ok(Some(json)) => json,
                Ok(None) => return,
                Err(e) => return failed.set(Some(e.0)),
            };
            let outcome = match import_json(&json) {
                Ok(imported) => backup_then_replace(store, p, imported.workspace, false)
                    .await
                    .map(|_| lang.t(Msg::RestoreDone).to_owned())
                    .map_err(|e| e.text(lang.get_untracked())),
                Err(e) => Err(import_error_text(&e, lang.get_untracked()).0),
            };
            match outcome {
                Ok(text) => done.set(Some(text)),
                Err(text) => failed.set(Some(text)),
            }
        });
    };

    view! {
        <section aria-labelledby="snapshots-title">
            <h2 id="snapshots-title">{tr(Msg::SnapshotsHeading)}</h2>
            <p class="muted">{tr(Msg::SnapshotsIntro)}</p>
            {dyn_view(move || {
                let list = p.snapshots.get();
                if list.is_empty() {
                    return view! { <p class="empty">{lang.t(Msg::SnapshotsEmpty)}</p> }.into_any();
                }
                view! {
                    <ul class="snapshots">
                        {list
                            .into_iter()
                            .map(|s| {
                                let at = clock::local(Some(&s.saved_at))
                                    .map(|t| format_date_time(t, lang.get()))
                                    .unwrap_or_default();
                                let id = s.id;
                                view! {
                                    <li>
                                        <span>
                                            <strong>{at}</strong>
                                            " · " {lang.t(reason(&s.reason))} " · " {s.name} " · "
                                            {lang.t(Msg::SummaryClients)} ": " {s.clients}
                                        </span>
                                        <button type="button" on:click=move |_| restore(id)>
                                            {lang.t(Msg::Restore)}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            })}
            {dyn_view(move || done.get().map(|text| view! { <p class="status" role="status">{text}</p> }))}
            {dyn_view(move || failed.get().map(|text| view! { <p class="problems" role="alert">{text}</p> }))}
        </section>
    }
}
