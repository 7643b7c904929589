//! «Сбросить к демо» and «Новое пустое пространство», each behind an inline confirmation.

use super::backup::backup_then_replace;
use crate::engine::model::Workspace;
use crate::ui::i18n::{tr, use_lang, Msg};
use crate::ui::reactive::dyn_view;
use crate::ui::state::use_store;
use crate::ui::storage::{fetch_demo, use_persistence};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Replacement {
    Demo,
    Empty,
}

/// Two commands that replace the workspace after the user confirms.
#[component]
pub fn ReplaceWorkspace() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let p = use_persistence();
    let pending = RwSignal::new(None::<Replacement>);
    let done = RwSignal::new(None::<Msg>);
    let failed = RwSignal::new(None::<String>);

    let confirm = move |_| {
        let Some(kind) = pending.get_untracked() else {
            return;
        };
        let empty_name = lang.t(Msg::NewWorkspaceName);
        // A backup first when storage works; in memory-only mode undo still has it.
        let without_backup = matches!(
            p.state.get_untracked(),
            crate::ui::storage::SaveState::Failed(_)
        );
        spawn_local(async move {
            let next = match kind {
                Replacement::Demo => match fetch_demo().await {
                    Ok(ws) => ws,
                    Err(e) => return failed.set(Some(e)),
                },
                Replacement::Empty => {
                    let year = store.ws().with_untracked(|ws| ws.settings.start_year);
                    Workspace::empty(empty_name, year)
                }
            };
            if backup_then_replace(store, p, next, without_backup)
                .await
                .is_ok()
            {
                done.set(Some(match kind {
                    Replacement::Demo => Msg::DemoLoaded,
                    Replacement::Empty => Msg::EmptyCreated,
                }));
            }
        });
        pending.set(None);
    };
    let ask = move |kind| {
        move |_| {
            done.set(None);
            failed.set(None);
            // Asked again while the confirmation is open: it stays the same element
            // (only opening and closing it is tracked); «Да, заменить» reads the kind.
            if pending.get_untracked().is_some() {
                pending.update_untracked(|p| *p = Some(kind));
            } else {
                pending.set(Some(kind));
            }
        }
    };

    view! {
        <section aria-labelledby="replace-title">
            <h2 id="replace-title">{tr(Msg::ReplaceHeading)}</h2>
            <div class="actions">
                <button type="button" on:click=ask(Replacement::Demo)>
                    {tr(Msg::ResetDemo)}
                </button>
                <button type="button" on:click=ask(Replacement::Empty)>
                    {tr(Msg::NewEmpty)}
                </button>
            </div>
            {dyn_view(move || pending.get().is_some().then(|| view! {
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                    <p id="confirm-text">{tr(Msg::ConfirmReplace)}</p>
                    <button type="button" class="danger" on:click=confirm>
                        {tr(Msg::ConfirmYes)}
                    </button>
                    <button type="button" on:click=move |_| pending.set(None)>
                        {tr(Msg::Cancel)}
                    </button>
                </div>
            }))}
            <p class="status" role="status">{dyn_view(move || done.get().map(|m| lang.t(m)))}</p>
            {dyn_view(move || failed.get().map(|e| view! { <p class="problems" role="alert">{e}</p> }))}
        </section>
    }
}
