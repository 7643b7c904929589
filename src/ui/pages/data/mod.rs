//! «Данные»: the workspace summary, export and import, its settings, the kept
//! snapshots, storage, and starting over.
//!
//! The page is written as HTML text ([`Html`]), like the clients section: a `view!`
//! compiles to code per line of markup, text is data. A frame of the sections
//! ([`frame`], rewritten when the language changes) holds numbered slots (`dp0`,
//! `dp1`, …) for what changes; one effect writes each slot whose text changed, and
//! one listener on the page takes every click, change, submit and drop, and finds
//! what was touched from the element's id (`d-…`).

mod backup;
mod replace;
mod settings_form;
mod snapshots;
mod storage_info;
mod transfer;

use crate::engine::format::{ImportError, Imported};
use crate::engine::locale::Locale;
use crate::ui::components::ShownProblem;
use crate::ui::html::{host, target, Html, Listening};
use crate::ui::i18n::{use_lang, Dm, Msg, UiLang};
use crate::ui::state::{use_store, Store};
use crate::ui::storage::{use_persistence, Persistence};
use leptos::prelude::*;
use replace::Replacement;
use web_sys::Event;

/// The page's state, shared by its rendering and its handlers.
#[derive(Clone, Copy)]
struct Page {
    store: Store,
    p: Persistence,
    lang: UiLang,
    /// What the page shows besides the workspace (one signal: one compiled copy of
    /// the signal code).
    st: RwSignal<State>,
}

/// What the page shows besides the workspace and storage.
#[derive(Default)]
struct State {
    /// The last file read for import: its preview, or why it was refused.
    outcome: Option<Result<Imported, ImportError>>,
    /// Why the backup before an import failed.
    backup_failed: Option<String>,
    /// An import replaced the workspace.
    imported: bool,
    /// Why the export failed.
    export_error: Option<String>,
    /// What refused the settings.
    problems: Vec<ShownProblem>,
    /// The settings were saved.
    saved: bool,
    /// What the last restore did: done, or why not (at most one of them is set).
    restored: Option<String>,
    restore_failed: Option<String>,
    /// The replacement waiting for its confirmation.
    pending: Option<Replacement>,
    /// The replacement done, or why it failed.
    replaced: Option<Dm>,
    replace_failed: Option<String>,
}

impl Page {
    /// Changes the state (and shows it).
    fn edit(self, mut f: impl FnMut(&mut State)) {
        self.edit_dyn(&mut f);
    }

    #[inline(never)]
    fn edit_dyn(self, f: &mut dyn FnMut(&mut State)) {
        self.st.update(|s| f(s));
    }
}

/// The slot of the settings form, written anew on every change of the workspace
/// (so it always starts from the stored values), and only then: what is typed stays.
const FORM: usize = 8;
/// The slot inside the import preview (the backup's failure), written with it.
const IN_PREVIEW: usize = 5;
const PREVIEW: usize = 4;

/// What the page's effect wrote last.
#[derive(Default)]
struct Shown {
    frame: String,
    slots: Vec<String>,
    revision: u64,
}

/// The data section.
#[component]
pub fn DataPage() -> impl IntoView {
    let page = Page {
        store: use_store(),
        p: use_persistence(),
        lang: use_lang(),
        st: RwSignal::new(State::default()),
    };
    let listening = Listening::new(&["click", "change", "submit", "dragover", "drop"]);
    let shown = StoredValue::new(Shown::default());
    // Leptos may reuse the element for the next page: it leaves empty.
    on_cleanup(|| {
        if let Some(el) = document().get_element_by_id("dpage") {
            el.set_inner_html("");
        }
    });
    Effect::new(move |_| {
        listening.attach("dpage", &|| Box::new(move |ev| on_event(page, ev)));
        let locale = page.lang.get();
        let revision = page.store.revision().get();
        let mut h = Html::new();
        frame(&mut h, locale);
        let frame = h.finish();
        let slots = page.st.with(|st| slots(page, st, locale));
        shown.update_value(|shown| write(shown, frame, slots, revision));
    });
    host("dpage")
}

/// Puts the frame (when it changed) and every slot whose text changed on screen.
fn write(shown: &mut Shown, frame: String, slots: Vec<String>, revision: u64) {
    let doc = document();
    if shown.frame != frame {
        if let Some(el) = doc.get_element_by_id("dpage") {
            el.set_inner_html(&frame);
        }
        shown.frame = frame;
        shown.slots.clear();
    }
    let all = shown.slots.is_empty();
    let new_revision = std::mem::replace(&mut shown.revision, revision) != revision;
    shown.slots.resize(slots.len(), String::new());
    let mut preview_written = false;
    for (k, (old, new)) in shown.slots.iter_mut().zip(slots).enumerate() {
        let forced = all || (k == FORM && new_revision) || (k == IN_PREVIEW && preview_written);
        if forced || *old != new {
            if let Some(el) = doc.get_element_by_id(&("dp".to_owned() + &k.to_string())) {
                el.set_inner_html(&new);
            }
            preview_written |= k == PREVIEW;
            *old = new;
        }
    }
}

/// The sections with their headings, fixed texts and buttons, and the slots.
fn frame(h: &mut Html, locale: Locale) {
    let t = |m: Dm| m.text(locale);
    h.cell("h1", "", Msg::NavData.text(locale))
        .raw("<section aria-labelledby=\"ws-summary-title\">")
        .cell("h2", "id=\"ws-summary-title\"", t(Dm::WorkspaceHeading))
        .raw("<dl class=\"summary\" id=\"dp0\"></dl>")
        .cell("p", "class=\"notice\"", t(Dm::StorageNotice))
        .raw("</section>");
    transfer::frame(h, locale);
    settings_form::frame(h, locale);
    snapshots::frame(h, locale);
    storage_info::frame(h, locale);
    replace::frame(h, locale);
}

/// The text of every slot, in order.
fn slots(page: Page, st: &State, locale: Locale) -> Vec<String> {
    let mut h = Html::new();
    let counts = page.store.ws().with(|ws| {
        [
            (
                Msg::SummaryClients.text(locale),
                "summary-clients",
                ws.clients.len(),
            ),
            (
                Dm::SummaryCriteria.text(locale),
                "summary-criteria",
                ws.criteria.len(),
            ),
            (
                Dm::SummaryCompetitors.text(locale),
                "summary-competitors",
                ws.competitors.len(),
            ),
        ]
    });
    for (m, id, n) in counts {
        h.raw("<div>")
            .cell("dt", "", m)
            .raw("<dd data-testid=\"")
            .raw(id)
            .raw("\">")
            .text(&n.to_string())
            .raw("</dd></div>");
    }
    let mut slots = vec![h.finish()];
    transfer::slots(page, st, locale, &mut slots);
    settings_form::slots(page, st, locale, &mut slots);
    snapshots::slots(page, st, locale, &mut slots);
    storage_info::slots(page, st, locale, &mut slots);
    replace::slots(page, st, locale, &mut slots);
    slots
}

/// Appends `h` as the next slot.
fn slot(h: &mut Html, slots: &mut Vec<String>) {
    slots.push(h.finish());
}

/// `<p class="status" role="status">text</p>` (when there is a text).
fn status(h: &mut Html, text: Option<&str>) {
    if let Some(text) = text {
        h.cell("p", "class=\"status\" role=\"status\"", text);
    }
}

/// `<p class="problems" role="alert">text</p>` (when there is a text).
fn alert(h: &mut Html, text: Option<&str>) {
    if let Some(text) = text {
        h.cell("p", "class=\"problems\" role=\"alert\"", text);
    }
}

/// An event of the page, sent on by the id of the element.
fn on_event(page: Page, ev: Event) {
    let Some(el) = target(&ev) else { return };
    let id = el.id();
    match ev.type_().as_str() {
        "submit" => {
            ev.prevent_default();
            settings_form::submit(page);
        }
        "change" if id == "import-file" => transfer::picked(page, el),
        "click" => {
            if let Some(id) = el.get_attribute("data-restore") {
                snapshots::restore(page, id.parse().unwrap_or(0));
            } else {
                transfer::on_click(page, &id);
                replace::on_click(page, &id);
            }
        }
        "dragover" | "drop" => transfer::on_drag(page, ev, el),
        _ => {}
    }
}
