//! Export of the whole workspace to a .json file, and import by file picker or
//! drag-and-drop: size checked before reading, every problem listed, a preview of
//! what will be replaced, then Replace after an automatic backup — all or nothing.

use super::backup::{backup_then_replace, NotReplaced};
use crate::engine::format::{
    import_json, preview, ImportError, Imported, Preview, MAX_IMPORT_BYTES,
};
use crate::engine::locale::{format_date_time, Locale};
use crate::ui::i18n::{import_error_text, tr, use_lang, Msg};
use crate::ui::reactive::dyn_view;
use crate::ui::state::use_store;
use crate::ui::storage::{clock, export_now, use_persistence};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

/// Reads a picked or dropped file into an import result; the size is checked first.
async fn read_file(file: web_sys::File) -> Result<Imported, ImportError> {
    let size = file.size();
    if size > MAX_IMPORT_BYTES as f64 {
        return Err(ImportError::TooLarge {
            bytes: size as usize,
            max: MAX_IMPORT_BYTES,
        });
    }
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or(ImportError::NotJson { line: 1, column: 0 })?;
    import_json(&text)
}

fn when(iso: Option<&str>, locale: Locale) -> String {
    iso.and_then(|s| clock::local(Some(s)))
        .map(|t| format_date_time(t, locale))
        .unwrap_or_else(|| "—".to_owned())
}

fn preview_row(label: Msg, now: String, file: String) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{tr(label)}</th>
            <td>{now}</td>
            <td>{file}</td>
        </tr>
    }
}

fn preview_table(now: Preview, file: Preview, exported: String) -> impl IntoView {
    view! {
        <table class="preview">
            <thead>
                <tr>
                    <td></td>
                    <th scope="col">{tr(Msg::PreviewNow)}</th>
                    <th scope="col">{tr(Msg::PreviewFile)}</th>
                </tr>
            </thead>
            <tbody>
                {preview_row(Msg::FieldWorkspaceName, now.name, file.name)}
                {preview_row(Msg::FieldCompany, now.company, file.company)}
                {preview_row(Msg::SummaryClients, now.clients.to_string(), file.clients.to_string())}
                {preview_row(Msg::SummaryCriteria, now.criteria.to_string(), file.criteria.to_string())}
                {preview_row(Msg::SummaryCompetitors, now.competitors.to_string(), file.competitors.to_string())}
                {preview_row(Msg::PreviewFirstClients, now.client_names.join(", "), file.client_names.join(", "))}
                {preview_row(Msg::PreviewExportedAt, "—".to_owned(), exported)}
            </tbody>
        </table>
    }
}

/// The export and import section of «Данные».
#[component]
pub fn Transfer() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let p = use_persistence();
    // The last file read: its preview, or why it was refused.
    let outcome = RwSignal::new(None::<Result<Imported, ImportError>>);
    let backup_failed = RwSignal::new(None::<String>);
    let done = RwSignal::new(false);
    let export_error = RwSignal::new(None::<String>);

    let take = move |file: Option<web_sys::File>| {
        let Some(file) = file else { return };
        done.set(false);
        backup_failed.set(None);
        spawn_local(async move { outcome.set(Some(read_file(file).await)) });
    };
    let replace = move |without_backup: bool| {
        let Some(Ok(imported)) = outcome.get_untracked() else {
            return;
        };
        spawn_local(async move {
            match backup_then_replace(store, p, imported.workspace, without_backup).await {
                Ok(()) => {
                    outcome.set(None);
                    backup_failed.set(None);
                    done.set(true);
                }
                Err(NotReplaced::BackupFailed(reason)) => backup_failed.set(Some(reason)),
                Err(NotReplaced::Refused(_)) => {
                    backup_failed.set(Some(lang.t(Msg::ReadOnlyRefused).to_owned()))
                }
            }
        });
    };
    let reminder = move || {
        let since = p.last_export.get().or_else(|| p.first_save.get())?;
        let age = clock::now_ms() - clock::parse_ms(&since)?;
        (age > 7.0 * 24.0 * 3600.0 * 1000.0).then(|| {
            view! { <p class="banner warning" role="status">{lang.t(Msg::ExportReminder)}</p> }
        })
    };

    view! {
        <section aria-labelledby="transfer-title">
            <h2 id="transfer-title">{tr(Msg::TransferHeading)}</h2>
            {dyn_view(reminder)}
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| export_error.set(export_now(p).err())>
                    {tr(Msg::ExportFile)}
                </button>
                <span class="muted" data-testid="last-export">
                    {tr(Msg::LastExport)}": "
                    {dyn_view(move || p.last_export.get().map_or_else(
                        || lang.t(Msg::NeverExported).to_owned(),
                        |iso| when(Some(&iso), lang.get()),
                    ))}
                </span>
            </div>
            {dyn_view(move || export_error.get().map(|e| view! { <p class="problems" role="alert">{e}</p> }))}
            <div
                class="drop-zone"
                on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default()
                on:drop=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    take(ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)));
                }
            >
                <label for="import-file">{tr(Msg::ImportFile)}</label>
                <input
                    id="import-file"
                    type="file"
                    accept=".json,application/json"
                    on:change=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        take(input.files().and_then(|f| f.get(0)));
                        input.set_value("");
                    }
                />
                <p class="muted">{tr(Msg::DropHint)}</p>
            </div>
            {dyn_view(move || outcome.get().and_then(Result::err).map(|e| {
                let (headline, list) = import_error_text(&e, lang.get());
                view! {
                    <div class="problems" role="alert" data-testid="import-problems">
                        <p>{headline}</p>
                        <ul>{list.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                        <p>{lang.t(Msg::ImportNothingChanged)}</p>
                    </div>
                }
            }))}
            {dyn_view(move || outcome.get().and_then(Result::ok).map(|imported| {
                let now = store.ws().with_untracked(preview);
                let exported = imported
                    .exported_at
                    .map(|t| t.to_rfc3339())
                    .map_or_else(|| "—".to_owned(), |iso| when(Some(&iso), lang.get()));
                view! {
                    <div class="import-preview" role="region" aria-labelledby="preview-title">
                        <h3 id="preview-title">{lang.t(Msg::PreviewHeading)}</h3>
                        {preview_table(now, imported.preview.clone(), exported)}
                        <div class="actions">
                            <button type="button" class="danger" on:click=move |_| replace(false)>
                                {lang.t(Msg::ReplaceConfirm)}
                            </button>
                            <button type="button" on:click=move |_| outcome.set(None)>
                                {lang.t(Msg::Cancel)}
                            </button>
                        </div>
                        {dyn_view(move || backup_failed.get().map(|reason| view! {
                            <div class="problems" role="alert">
                                <p>{lang.t(Msg::BackupFailed)}</p>
                                <p class="detail">{reason}</p>
                                <button type="button" on:click=move |_| replace(true)>
                                    {lang.t(Msg::ReplaceWithoutBackup)}
                                </button>
                            </div>
                        }))}
                    </div>
                }
            }))}
            <p class="status" role="status">{dyn_view(move || done.get().then(|| lang.t(Msg::ImportDone)))}</p>
        </section>
    }
}
