//! Export of the whole workspace to a .json file, and import by file picker or
//! drag-and-drop: size checked before reading, every problem listed, a preview of
//! what will be replaced, then Replace after an automatic backup — all or nothing.

use super::backup::{backup_then_replace, NotReplaced};
use super::{alert, slot, Page, State};
use crate::engine::format::{import_json, preview, ImportError, Imported, MAX_IMPORT_BYTES};
use crate::engine::locale::{format_date_time, Locale};
use crate::ui::html::Html;
use crate::ui::i18n::{import_error_text, Dm, Msg};
use crate::ui::storage::{clock, export_now};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, Event, HtmlInputElement};

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

/// The section with its slots 1–6: the export reminder, the last export, why the
/// export failed, the import's problems or preview (with slot 5, why the backup
/// failed), and the import's result.
pub(super) fn frame(h: &mut Html, locale: Locale) {
    let t = |m: Dm| m.text(locale);
    h.raw("<section aria-labelledby=\"transfer-title\">")
        .cell("h2", "id=\"transfer-title\"", t(Dm::TransferHeading))
        .raw("<div id=\"dp1\"></div><div class=\"actions\">")
        .cell(
            "button",
            "type=\"button\" class=\"primary\" id=\"d-export\"",
            t(Dm::ExportFile),
        )
        .raw("<span class=\"muted\" data-testid=\"last-export\" id=\"dp2\"></span></div><div id=\"dp3\"></div><div class=\"drop-zone\">")
        .cell("label", "for=\"import-file\"", t(Dm::ImportFile))
        .raw("<input id=\"import-file\" type=\"file\" accept=\".json,application/json\">")
        .cell("p", "class=\"muted\"", t(Dm::DropHint))
        .raw("</div><div id=\"dp4\"></div><p class=\"status\" role=\"status\" id=\"dp6\"></p></section>");
}

pub(super) fn slots(page: Page, st: &State, locale: Locale, slots: &mut Vec<String>) {
    let t = |m: Dm| m.text(locale);
    let p = page.p;
    let mut h = Html::new();
    // 1: the reminder, after 7 days without an export.
    let old = || {
        let since = p.last_export.get().or_else(|| p.first_save.get())?;
        let age = clock::now_ms() - clock::parse_ms(&since)?;
        Some(age > 7.0 * 24.0 * 3600.0 * 1000.0)
    };
    if old() == Some(true) {
        h.cell(
            "p",
            "class=\"banner warning\" role=\"status\"",
            t(Dm::ExportReminder),
        );
    }
    slot(&mut h, slots);
    // 2: the last export.
    let last = p.last_export.get();
    let last = last.map_or_else(
        || t(Dm::NeverExported).to_owned(),
        |iso| when(Some(&iso), locale),
    );
    h.text(t(Dm::LastExport)).text(": ").text(&last);
    slot(&mut h, slots);
    // 3: why the export failed.
    alert(&mut h, st.export_error.as_deref());
    slot(&mut h, slots);
    // 4: the import's problems, or the preview of what it replaces.
    match &st.outcome {
        Some(Err(e)) => {
            let (headline, list) = import_error_text(e, locale);
            h.raw("<div class=\"problems\" role=\"alert\" data-testid=\"import-problems\">")
                .cell("p", "", &headline)
                .raw("<ul>");
            for line in &list {
                h.cell("li", "", line);
            }
            h.raw("</ul>")
                .cell("p", "", t(Dm::ImportNothingChanged))
                .raw("</div>");
        }
        Some(Ok(imported)) => preview_html(&mut h, page, imported, locale),
        None => {}
    }
    slot(&mut h, slots);
    // 5: why the backup before the import failed (inside the preview).
    if let Some(reason) = &st.backup_failed {
        h.raw("<div class=\"problems\" role=\"alert\">")
            .cell("p", "", t(Dm::BackupFailed))
            .cell("p", "class=\"detail\"", reason)
            .cell(
                "button",
                "type=\"button\" id=\"d-nobackup\"",
                t(Dm::ReplaceWithoutBackup),
            )
            .raw("</div>");
    }
    slot(&mut h, slots);
    // 6: the import's result.
    h.text(if st.imported { t(Dm::ImportDone) } else { "" });
    slot(&mut h, slots);
}

/// What the file would replace: now and from the file, side by side.
fn preview_html(h: &mut Html, page: Page, imported: &Imported, locale: Locale) {
    let t = |m: Dm| m.text(locale);
    let now = page.store.ws().with_untracked(preview);
    let file = &imported.preview;
    let exported = imported
        .exported_at
        .map(|t| t.to_rfc3339())
        .map_or_else(|| "—".to_owned(), |iso| when(Some(&iso), locale));
    let count = |n: usize| n.to_string();
    let rows = [
        (
            Msg::FieldWorkspaceName.text(locale),
            now.name.clone(),
            file.name.clone(),
        ),
        (
            Msg::FieldCompany.text(locale),
            now.company.clone(),
            file.company.clone(),
        ),
        (
            Msg::SummaryClients.text(locale),
            count(now.clients),
            count(file.clients),
        ),
        (
            t(Dm::SummaryCriteria),
            count(now.criteria),
            count(file.criteria),
        ),
        (
            t(Dm::SummaryCompetitors),
            count(now.competitors),
            count(file.competitors),
        ),
        (
            t(Dm::PreviewFirstClients),
            now.client_names.join(", "),
            file.client_names.join(", "),
        ),
        (t(Dm::PreviewExportedAt), "—".to_owned(), exported),
    ];
    h.raw("<div class=\"import-preview\" role=\"region\" aria-labelledby=\"preview-title\">")
        .cell("h3", "id=\"preview-title\"", t(Dm::PreviewHeading))
        .raw("<table class=\"preview\"><thead><tr><td></td>")
        .cell("th", "scope=\"col\"", t(Dm::PreviewNow))
        .cell("th", "scope=\"col\"", t(Dm::PreviewFile))
        .raw("</tr></thead><tbody>");
    for (label, now, file) in &rows {
        h.raw("<tr>")
            .cell("th", "scope=\"row\"", label)
            .cell("td", "", now)
            .cell("td", "", file)
            .raw("</tr>");
    }
    h.raw("</tbody></table><div class=\"actions\">")
        .cell(
            "button",
            "type=\"button\" class=\"danger\" id=\"d-replace\"",
            t(Dm::ReplaceConfirm),
        )
        .cell(
            "button",
            "type=\"button\" id=\"d-cancel\"",
            Msg::Cancel.text(locale),
        )
        .raw("</div><div id=\"dp5\"></div></div>");
}

/// A file picked or dropped: read and checked; the outcome is shown.
fn take(page: Page, file: Option<web_sys::File>) {
    let Some(file) = file else { return };
    page.edit(|s| {
        s.imported = false;
        s.backup_failed = None;
    });
    spawn_local(async move {
        let mut outcome = Some(read_file(file).await);
        page.edit(|s| s.outcome = outcome.take());
    });
}

/// The file input changed.
pub(super) fn picked(page: Page, el: Element) {
    let input: HtmlInputElement = el.unchecked_into();
    take(page, input.files().and_then(|f| f.get(0)));
    input.set_value("");
}

/// A file dragged over or dropped on the drop zone.
pub(super) fn on_drag(page: Page, ev: Event, el: Element) {
    if el.closest(".drop-zone").ok().flatten().is_none() {
        return;
    }
    ev.prevent_default();
    if ev.type_() == "drop" {
        let ev: web_sys::DragEvent = ev.unchecked_into();
        take(
            page,
            ev.data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0)),
        );
    }
}

/// Backs up, then replaces the workspace by the file's.
fn replace(page: Page, without_backup: bool) {
    let workspace = page.st.with_untracked(|s| match &s.outcome {
        Some(Ok(imported)) => Some(imported.workspace.clone()),
        _ => None,
    });
    let Some(workspace) = workspace else {
        return;
    };
    spawn_local(async move {
        let result = backup_then_replace(page.store, page.p, workspace, without_backup);
        let mut failed = match result.await {
            Ok(()) => None,
            Err(NotReplaced::BackupFailed(reason)) => Some(reason),
            Err(NotReplaced::Refused(_)) => Some(page.lang.t(Msg::ReadOnlyRefused).to_owned()),
        };
        page.edit(|s| {
            if failed.is_none() {
                s.outcome = None;
                s.imported = true;
            }
            s.backup_failed = failed.take();
        });
    });
}

/// Export, Replace, Replace without a backup, Cancel.
pub(super) fn on_click(page: Page, id: &str) {
    match id {
        "d-export" => {
            let mut error = export_now(page.p).err();
            page.edit(|s| s.export_error = error.take());
        }
        "d-replace" => replace(page, false),
        "d-nobackup" => replace(page, true),
        "d-cancel" => page.edit(|s| s.outcome = None),
        _ => {}
    }
}
