//! The kept snapshots, each restorable (after a backup of what is there now).

use super::backup::backup_then_replace;
use super::{alert, slot, status, Page, State};
use crate::engine::format::import_json;
use crate::engine::locale::{format_date_time, Locale};
use crate::ui::html::Html;
use crate::ui::i18n::{import_error_text, Dm, Msg};
use crate::ui::storage::{clock, idb};
use leptos::prelude::*;
use leptos::task::spawn_local;

fn reason(code: &str) -> Dm {
    match code {
        "start" => Dm::ReasonStart,
        "backup" => Dm::ReasonBackup,
        _ => Dm::ReasonPeriodic,
    }
}

/// The section with its slots 10–11: the list with «Восстановить» buttons
/// (`data-restore` = the snapshot's key), what the last restore did.
pub(super) fn frame(h: &mut Html, locale: Locale) {
    h.raw("<section aria-labelledby=\"snapshots-title\">")
        .cell(
            "h2",
            "id=\"snapshots-title\"",
            Dm::SnapshotsHeading.text(locale),
        )
        .cell("p", "class=\"muted\"", Dm::SnapshotsIntro.text(locale))
        .raw("<div id=\"dp10\"></div><div id=\"dp11\"></div></section>");
}

pub(super) fn slots(page: Page, st: &State, locale: Locale, slots: &mut Vec<String>) {
    let t = |m: Dm| m.text(locale);
    let mut h = Html::new();
    page.p.snapshots.with(|list| {
        if list.is_empty() {
            h.cell("p", "class=\"empty\"", t(Dm::SnapshotsEmpty));
            return;
        }
        h.raw("<ul class=\"snapshots\">");
        for s in list {
            let at = clock::local(Some(&s.saved_at))
                .map(|t| format_date_time(t, locale))
                .unwrap_or_default();
            h.raw("<li><span>")
                .cell("strong", "", &at)
                .text(" · ")
                .text(t(reason(&s.reason)))
                .text(" · ")
                .text(&s.name)
                .text(" · ")
                .text(Msg::SummaryClients.text(locale))
                .text(": ")
                .text(&s.clients.to_string())
                .raw("</span><button type=\"button\" data-restore=\"")
                .raw(&s.id.to_string())
                .raw("\">")
                .text(t(Dm::Restore))
                .raw("</button></li>");
        }
        h.raw("</ul>");
    });
    slot(&mut h, slots);
    status(&mut h, st.restored.as_deref());
    alert(&mut h, st.restore_failed.as_deref());
    slot(&mut h, slots);
}

/// Restores snapshot `id` after a backup of the workspace there now.
pub(super) fn restore(page: Page, id: u32) {
    page.edit(|s| {
        s.restored = None;
        s.restore_failed = None;
    });
    let lang = page.lang;
    spawn_local(async move {
        let json = match idb::snapshot_json(id).await {
            Ok(Some(json)) => json,
            Ok(None) => return,
            Err(e) => {
                let mut e = Some(e.0);
                return page.edit(|s| s.restore_failed = e.take());
            }
        };
        let outcome = match import_json(&json) {
            Ok(imported) => backup_then_replace(page.store, page.p, imported.workspace, false)
                .await
                .map(|_| lang.t(Dm::RestoreDone).to_owned())
                .map_err(|e| e.text(lang.get_untracked())),
            Err(e) => Err(import_error_text(&e, lang.get_untracked()).0),
        };
        let mut outcome = Some(outcome);
        page.edit(|s| match outcome.take() {
            Some(Ok(text)) => s.restored = Some(text),
            Some(Err(text)) => s.restore_failed = Some(text),
            None => {}
        });
    });
}
