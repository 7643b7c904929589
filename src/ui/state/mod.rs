//! The workspace store: one signal holding the workspace, changed only by engine
//! actions (or by undo/redo of them), with the mode that says whether this tab may write.

use crate::engine::action::{apply, Action};
use crate::engine::history::History;
use crate::engine::model::{Problem, Workspace};
use leptos::prelude::*;

/// Whether this tab edits the workspace.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// Reading the stored workspace; nothing is shown yet.
    Loading,
    /// This tab is the one writer.
    Writer,
    /// Another tab of KAM Studio holds the workspace; this one only shows it.
    OtherTab,
    /// The stored document could not be read (e.g. written by a newer version):
    /// nothing is written over it.
    Unreadable(String),
}

/// Why a change was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// The engine found problems; nothing changed.
    Invalid(Vec<Problem>),
    /// This tab may not write (see [`Mode`]).
    ReadOnly,
}

/// The workspace store, shared through context. Newtyped so that no other
/// `RwSignal<Workspace>` can be mistaken for it.
#[derive(Clone, Copy)]
pub struct Store {
    ws: RwSignal<Workspace>,
    history: StoredValue<History>,
    can_undo: RwSignal<bool>,
    can_redo: RwSignal<bool>,
    /// Counts the user's changes; the autosave effect follows it, not the workspace,
    /// so that loading from storage is not mistaken for an edit.
    revision: RwSignal<u64>,
    mode: RwSignal<Mode>,
}

impl Store {
    /// Read access to the workspace (tracked by whoever reads it).
    pub fn ws(self) -> ReadSignal<Workspace> {
        self.ws.read_only()
    }

    /// The number of user changes so far (tracked).
    pub fn revision(self) -> ReadSignal<u64> {
        self.revision.read_only()
    }

    /// Whether this tab writes (tracked).
    pub fn mode(self) -> ReadSignal<Mode> {
        self.mode.read_only()
    }

    /// True when undo has a step (tracked).
    pub fn can_undo(self) -> bool {
        self.can_undo.get()
    }

    /// True when redo has a step (tracked).
    pub fn can_redo(self) -> bool {
        self.can_redo.get()
    }

    fn writable(self) -> Result<(), Refusal> {
        match self.mode.get_untracked() {
            Mode::Writer => Ok(()),
            _ => Err(Refusal::ReadOnly),
        }
    }

    fn commit(self, next: Workspace) {
        self.ws.set(next);
        self.history.with_value(|h| {
            self.can_undo.set(h.can_undo());
            self.can_redo.set(h.can_redo());
        });
        self.revision.update(|r| *r += 1);
    }

    /// Applies `action` through the engine; on problems nothing changes.
    pub fn dispatch(self, action: Action) -> Result<(), Refusal> {
        self.writable()?;
        let (before, next) = self.ws.with_untracked(|ws| {
            crate::ui::storage::timing::around("kam-apply", || (ws.clone(), apply(ws, action)))
        });
        let next = next.map_err(Refusal::Invalid)?;
        self.history.update_value(|h| h.record(before));
        self.commit(next);
        Ok(())
    }

    /// Applies `action`, or puts what stopped it into `notice` in words (`read_only`
    /// for a read-only tab, the problems named otherwise): the pages written as HTML
    /// text report a refusal this way. True when applied.
    pub fn act(
        self,
        action: Action,
        notice: RwSignal<Option<(bool, String)>>,
        read_only: &str,
        locale: crate::engine::locale::Locale,
    ) -> bool {
        let why = match self.dispatch(action) {
            Ok(()) => return true,
            Err(Refusal::ReadOnly) => read_only.to_owned(),
            Err(Refusal::Invalid(problems)) => crate::ui::i18n::problems_line(&problems, locale),
        };
        notice.set(Some((false, why)));
        false
    }

    /// Goes one change back; false when there is none or the tab may not write.
    pub fn undo(self) -> bool {
        self.step(History::undo)
    }

    /// Goes one undone change forward; false when there is none or the tab may not write.
    pub fn redo(self) -> bool {
        self.step(History::redo)
    }

    /// Moves through the history with `walk` (undo or redo).
    fn step(self, walk: fn(&mut History, Workspace) -> Option<Workspace>) -> bool {
        if self.writable().is_err() {
            return false;
        }
        let current = self.ws.get_untracked();
        match self
            .history
            .try_update_value(|h| walk(h, current))
            .flatten()
        {
            Some(ws) => {
                self.commit(ws);
                true
            }
            None => false,
        }
    }

    /// Shows a workspace read from storage: not an edit, no history, no save.
    pub fn load(self, ws: Workspace) {
        self.history.update_value(History::clear);
        self.can_undo.set(false);
        self.can_redo.set(false);
        self.ws.set(ws);
    }

    /// Sets the mode (storage decides it at start).
    pub fn set_mode(self, mode: Mode) {
        self.mode.set(mode);
    }
}

/// Creates the store (hidden behind «Загрузка» until storage answers) and provides it.
pub fn provide_store() -> Store {
    let store = Store {
        ws: RwSignal::new(Workspace::empty("", 2027)),
        history: StoredValue::new(History::default()),
        can_undo: RwSignal::new(false),
        can_redo: RwSignal::new(false),
        revision: RwSignal::new(0),
        mode: RwSignal::new(Mode::Loading),
    };
    provide_context(store);
    store
}

/// The store from context.
pub fn use_store() -> Store {
    expect_context::<Store>()
}
