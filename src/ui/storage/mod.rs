//! Keeping the workspace: IndexedDB is the source of truth. Loads at start, saves
//! every change (debounced to 500 ms, flushed when the page is hidden or left), keeps
//! snapshots, asks for persistent storage, and coordinates tabs.

mod autosave;
pub mod clock;
mod download;
pub mod idb;
mod tab_lock;
mod timing;

pub use autosave::{export_now, Persistence, SaveState};
pub use download::download;

use crate::engine::format::import_json;
use crate::ui::state::{Mode, Store};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Starts storage for `store`: lock, load, then autosave. Provides [`Persistence`].
pub fn start(store: Store) -> Persistence {
    let persistence = Persistence::new(store);
    provide_context(persistence);
    spawn_local(async move {
        let lock = tab_lock::acquire().await;
        if lock == tab_lock::Lock::HeldElsewhere {
            store.set_mode(Mode::OtherTab);
            tab_lock::when_free(move || persistence.other_tab_closed.set(true));
        }
        if let Err(e) = idb::open().await {
            // Private mode or a broken profile: work in memory, say so loudly.
            persistence.state.set(SaveState::Failed(e.0));
            if lock != tab_lock::Lock::HeldElsewhere {
                store.set_mode(Mode::Writer);
                persistence.watch();
            }
            return;
        }
        timing::start("kam-load");
        match idb::load_current().await {
            Ok(Some(json)) => match import_json(&json) {
                Ok(imported) => {
                    store.load(imported.workspace);
                    timing::end("kam-load");
                    persistence.loaded_from_storage(json);
                }
                Err(e) => {
                    store.set_mode(Mode::Unreadable(e.to_string()));
                    return;
                }
            },
            Ok(None) => {}
            Err(e) => persistence.state.set(SaveState::Failed(e.0)),
        }
        persistence.refresh_meta().await;
        if lock != tab_lock::Lock::HeldElsewhere {
            store.set_mode(Mode::Writer);
            persistence.watch();
        }
    });
    persistence
}

/// The persistence context.
pub fn use_persistence() -> Persistence {
    expect_context::<Persistence>()
}
