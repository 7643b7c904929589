//! «Сбросить к демо» and «Новое пустое пространство», each behind an inline confirmation.

use super::backup::backup_then_replace;
use super::{alert, slot, Page, State};
use crate::engine::locale::Locale;
use crate::engine::model::Workspace;
use crate::ui::html::Html;
use crate::ui::i18n::{Dm, Msg};
use crate::ui::storage::fetch_demo;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Replacement {
    Demo,
    Empty,
}

/// The section with its slots 14–16: the confirmation, what was done, why it failed.
pub(super) fn frame(h: &mut Html, locale: Locale) {
    let t = |m: Dm| m.text(locale);
    h.raw("<section aria-labelledby=\"replace-title\">")
        .cell("h2", "id=\"replace-title\"", t(Dm::ReplaceHeading))
        .raw("<div class=\"actions\">")
        .cell("button", "type=\"button\" id=\"d-demo\"", t(Dm::ResetDemo))
        .cell("button", "type=\"button\" id=\"d-empty\"", t(Dm::NewEmpty))
        .raw("</div><div id=\"dp14\"></div><p class=\"status\" role=\"status\" id=\"dp15\"></p><div id=\"dp16\"></div></section>");
}

pub(super) fn slots(_: Page, st: &State, locale: Locale, slots: &mut Vec<String>) {
    let t = |m: Dm| m.text(locale);
    let mut h = Html::new();
    // The confirmation stays the same element when the other command is asked for
    // while it is open (its text is the same); «Да, заменить» reads the kind.
    if st.pending.is_some() {
        h.raw("<div class=\"confirm\" role=\"alertdialog\" aria-labelledby=\"confirm-text\">")
            .cell("p", "id=\"confirm-text\"", t(Dm::ConfirmReplace))
            .cell(
                "button",
                "type=\"button\" class=\"danger\" id=\"d-yes\"",
                t(Dm::ConfirmYes),
            )
            .cell(
                "button",
                "type=\"button\" id=\"d-no\"",
                Msg::Cancel.text(locale),
            )
            .raw("</div>");
    }
    slot(&mut h, slots);
    h.text(st.replaced.map_or("", t));
    slot(&mut h, slots);
    alert(&mut h, st.replace_failed.as_deref());
    slot(&mut h, slots);
}

/// «Да, заменить»: the replacement asked for, after a backup.
fn confirm(page: Page) {
    let Some(kind) = page.st.with_untracked(|s| s.pending) else {
        return;
    };
    let (store, p) = (page.store, page.p);
    let empty_name = page.lang.t(Dm::NewWorkspaceName);
    // A backup first when storage works; in memory-only mode undo still has it.
    let without_backup = matches!(
        p.state.get_untracked(),
        crate::ui::storage::SaveState::Failed(_)
    );
    spawn_local(async move {
        let next = match kind {
            Replacement::Demo => match fetch_demo().await {
                Ok(ws) => ws,
                Err(e) => {
                    let mut e = Some(e);
                    return page.edit(|s| s.replace_failed = e.take());
                }
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
            let done = match kind {
                Replacement::Demo => Dm::DemoLoaded,
                Replacement::Empty => Dm::EmptyCreated,
            };
            page.edit(|s| s.replaced = Some(done));
        }
    });
    page.edit(|s| s.pending = None);
}

/// A replacement asked for: the confirmation opens.
fn ask(page: Page, kind: Replacement) {
    page.edit(|s| {
        s.replaced = None;
        s.replace_failed = None;
        s.pending = Some(kind);
    });
}

/// The two commands and the confirmation's buttons.
pub(super) fn on_click(page: Page, id: &str) {
    match id {
        "d-demo" => ask(page, Replacement::Demo),
        "d-empty" => ask(page, Replacement::Empty),
        "d-yes" => confirm(page),
        "d-no" => page.edit(|s| s.pending = None),
        _ => {}
    }
}
