//! Autosave: every change is written at most 500 ms later, and at once when the page
//! is hidden or left. The save state is always visible; a failure keeps the data in
//! memory and raises the banner with «Экспортировать сейчас».

use super::clock::{now_iso, now_ms};
use super::idb::{self, NewSnapshot, SnapshotInfo};
use super::written::Written;
use crate::engine::format::iso::parse_instant;
use crate::engine::format::{export_file_name, export_json};
use crate::engine::model::Workspace;
use crate::ui::state::Store;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Debounce of autosave.
const DEBOUNCE: Duration = Duration::from_millis(500);
/// A periodic snapshot is taken at most this often while editing.
const SNAPSHOT_EVERY_MS: f64 = 10.0 * 60.0 * 1000.0;
/// Meta key: when the workspace was last exported (ISO 8601).
const META_LAST_EXPORT: &str = "last_export";
/// Meta key: when this browser first saved a workspace (ISO 8601).
const META_FIRST_SAVE: &str = "first_save";

/// What the user sees about saving.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing changed since the workspace was opened.
    Unchanged,
    /// A change waits for the debounce.
    Unsaved,
    /// A write is under way.
    Saving,
    /// Everything is written; when (ISO 8601).
    Saved(String),
    /// The last write failed; the browser's reason.
    Failed(String),
}

/// Storage state shared through context.
#[derive(Clone, Copy)]
pub struct Persistence {
    store: Store,
    /// The save state.
    pub state: RwSignal<SaveState>,
    /// Kept snapshots, newest first.
    pub snapshots: RwSignal<Vec<SnapshotInfo>>,
    /// When the workspace was last exported (ISO 8601).
    pub last_export: RwSignal<Option<String>>,
    /// When this browser first saved a workspace (ISO 8601).
    pub first_save: RwSignal<Option<String>>,
    /// Whether the browser granted persistent storage (None: not known yet).
    pub persisted: RwSignal<Option<bool>>,
    /// Storage usage and quota in bytes, as the browser estimates them.
    pub estimate: RwSignal<Option<(f64, f64)>>,
    /// The other tab that held the workspace has closed.
    pub other_tab_closed: RwSignal<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
    dirty: StoredValue<bool>,
    saving: StoredValue<bool>,
    again: StoredValue<bool>,
    loaded_json: StoredValue<Option<String>>,
    written: StoredValue<Written>,
    last_snapshot_ms: StoredValue<f64>,
    asked_persist: StoredValue<bool>,
}

impl Persistence {
    pub(super) fn new(store: Store) -> Persistence {
        Persistence {
            store,
            state: RwSignal::new(SaveState::Unchanged),
            snapshots: RwSignal::new(Vec::new()),
            last_export: RwSignal::new(None),
            first_save: RwSignal::new(None),
            persisted: RwSignal::new(None),
            estimate: RwSignal::new(None),
            other_tab_closed: RwSignal::new(false),
            timer: StoredValue::new(None),
            dirty: StoredValue::new(false),
            saving: StoredValue::new(false),
            again: StoredValue::new(false),
            loaded_json: StoredValue::new(None),
            written: StoredValue::new(Written::default()),
            last_snapshot_ms: StoredValue::new(now_ms()),
            asked_persist: StoredValue::new(false),
        }
    }

    /// Remembers the document as loaded: the first save of the session keeps it as a snapshot.
    pub(super) fn loaded_from_storage(self, json: String) {
        self.loaded_json.set_value(Some(json));
        self.asked_persist.set_value(true);
    }

    /// Remembers that storage holds `ws` as it was read: saves write only changes.
    pub(super) fn written_as(self, ws: &Workspace) {
        self.written.set_value(Written::of(ws));
    }

    /// Reads snapshots, export time, persistence and the storage estimate.
    pub async fn refresh_meta(self) {
        if let Ok(list) = idb::list_snapshots().await {
            self.snapshots.set(list);
        }
        if let Ok(v) = idb::meta_get(META_LAST_EXPORT).await {
            self.last_export.set(v);
        }
        if let Ok(v) = idb::meta_get(META_FIRST_SAVE).await {
            self.first_save.set(v);
        }
        let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) else {
            return;
        };
        if let Ok(p) = storage.persisted() {
            if let Ok(v) = JsFuture::from(p).await {
                self.persisted.set(v.as_bool());
            }
        }
        if let Ok(p) = storage.estimate() {
            if let Ok(v) = JsFuture::from(p).await {
                let get = |k: &str| {
                    js_sys::Reflect::get(&v, &k.into())
                        .ok()
                        .and_then(|n| n.as_f64())
                };
                if let (Some(usage), Some(quota)) = (get("usage"), get("quota")) {
                    self.estimate.set(Some((usage, quota)));
                }
            }
        }
    }

    /// Starts following the store's changes and the page's lifecycle.
    pub(super) fn watch(self) {
        let store = self.store;
        // The one effect that persists the workspace: it follows the revision counter.
        Effect::new(move |previous: Option<u64>| {
            let revision = store.revision().get();
            if previous.is_some_and(|p| p != revision) {
                self.changed();
            }
            revision
        });
        let _ = window_event_listener(leptos::ev::pagehide, move |_| self.flush_closing());
        let on_hidden = Closure::<dyn Fn()>::new(move || {
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
            if hidden {
                self.flush_closing();
            }
        });
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            let _ = doc.add_event_listener_with_callback(
                "visibilitychange",
                on_hidden.as_ref().unchecked_ref(),
            );
        }
        // The listener lives as long as the page.
        on_hidden.forget();
    }

    fn changed(self) {
        self.dirty.set_value(true);
        if !matches!(self.state.get_untracked(), SaveState::Failed(_)) {
            self.state.set(SaveState::Unsaved);
        }
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || self.flush(), DEBOUNCE).ok();
        self.timer.set_value(handle);
    }

    /// The snapshot this save also writes, if one is due: the document as loaded on the
    /// first save of a session, then the whole current document every ten minutes.
    fn snapshot_due(self, name: &str, clients: usize) -> Option<NewSnapshot> {
        let (reason, doc) = match self.loaded_json.try_update_value(Option::take).flatten() {
            Some(loaded) => ("start", loaded),
            None if now_ms() - self.last_snapshot_ms.get_value() > SNAPSHOT_EVERY_MS => {
                ("periodic", self.current_document().0)
            }
            None => return None,
        };
        self.last_snapshot_ms.set_value(now_ms());
        Some(NewSnapshot {
            saved_at: now_iso(),
            reason,
            name: name.to_owned(),
            clients: clients as u32,
            json: doc,
        })
    }

    /// The stored document of the current workspace, its name and client count.
    fn current_document(self) -> (String, String, usize) {
        self.store
            .ws()
            .with_untracked(|ws| (export_json(ws, None), ws.name.clone(), ws.clients.len()))
    }

    /// Writes the workspace now if it has unsaved changes.
    pub fn flush(self) {
        self.flush_now(false);
    }

    /// [`flush`](Self::flush) as the page is hidden or closed: a save already under
    /// way does not make this one wait for it (the page may be gone by then). Both
    /// transactions write the same stores, so IndexedDB runs them in order and the
    /// later, which holds every change since the last completed save, lands last.
    fn flush_closing(self) {
        self.flush_now(true);
    }

    fn flush_now(self, closing: bool) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if !self.dirty.get_value() {
            return;
        }
        if self.saving.get_value() && !closing {
            self.again.set_value(true);
            return;
        }
        self.dirty.set_value(false);
        self.saving.set_value(true);
        super::timing::start("kam-save");
        if !matches!(self.state.get_untracked(), SaveState::Failed(_)) {
            self.state.set(SaveState::Saving);
        }
        let (changes, written, name, clients) = self.store.ws().with_untracked(|ws| {
            let changes = self.written.with_value(|w| w.changes(ws));
            (changes, Written::of(ws), ws.name.clone(), ws.clients.len())
        });
        let snapshot = self.snapshot_due(&name, clients);
        let took_snapshot = snapshot.is_some();
        spawn_local(async move {
            let result = idb::save(changes, snapshot).await;
            self.saving.set_value(false);
            match result {
                Ok(()) => {
                    self.written.set_value(written);
                    super::timing::end("kam-save");
                    // A change made while this was written waits for its own save:
                    // until then the workspace is not «saved».
                    self.state
                        .set(if self.dirty.get_value() || self.again.get_value() {
                            SaveState::Unsaved
                        } else {
                            SaveState::Saved(now_iso())
                        });
                    self.after_first_save(took_snapshot).await;
                }
                Err(e) => {
                    // The data stays in memory; the next change retries.
                    self.dirty.set_value(true);
                    self.state.set(SaveState::Failed(e.0));
                }
            }
            if self.again.get_value() {
                self.again.set_value(false);
                self.dirty.set_value(true);
                self.flush();
            }
        });
    }

    async fn after_first_save(self, took_snapshot: bool) {
        if self.first_save.get_untracked().is_none() {
            let now = now_iso();
            let _ = idb::meta_set(META_FIRST_SAVE, &now).await;
            self.first_save.set(Some(now));
        }
        if !self.asked_persist.get_value() {
            // Asked after the first real change, not on page load.
            self.asked_persist.set_value(true);
            if let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) {
                if let Ok(p) = storage.persist() {
                    if let Ok(v) = JsFuture::from(p).await {
                        self.persisted.set(v.as_bool());
                    }
                }
            }
        }
        if took_snapshot {
            if let Ok(list) = idb::list_snapshots().await {
                self.snapshots.set(list);
            }
        }
    }

    /// Writes a backup snapshot of the current workspace (before a replacement).
    pub async fn backup(self) -> Result<(), String> {
        let (json, name, clients) = self.current_document();
        idb::add_snapshot(NewSnapshot {
            saved_at: now_iso(),
            reason: "backup",
            name,
            clients: clients as u32,
            json,
        })
        .await
        .map_err(|e| e.0)?;
        if let Ok(list) = idb::list_snapshots().await {
            self.snapshots.set(list);
        }
        Ok(())
    }
}

/// Downloads the whole workspace as a JSON file named after it and today's date,
/// and remembers when (for the export reminder). Works even when storage failed.
pub fn export_now(p: Persistence) -> Result<(), String> {
    let now_text = now_iso();
    let now: Option<DateTime<Utc>> = parse_instant(&now_text);
    let today = super::clock::local(None)
        .map(|d| d.date())
        .or_else(|| now.map(|n| n.date_naive()))
        .unwrap_or_default();
    let (json, file) = p
        .store
        .ws()
        .with_untracked(|ws| (export_json(ws, now), export_file_name(&ws.name, today)));
    super::download(&json, &file, "application/json").map_err(|e| format!("{e:?}"))?;
    p.last_export.set(Some(now_text.clone()));
    spawn_local(async move {
        let _ = idb::meta_set(META_LAST_EXPORT, &now_text).await;
    });
    Ok(())
}
