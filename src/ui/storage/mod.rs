//! Keeping the workspace: IndexedDB is the source of truth. Loads at start, saves
//! every change (debounced to 500 ms, flushed when the page is hidden or left), keeps
//! snapshots, asks for persistent storage, and coordinates tabs.

mod autosave;
pub mod clock;
mod demo_asset;
mod download;
pub mod idb;
mod tab_lock;
pub mod timing;
mod written;

pub use autosave::{export_now, Persistence, SaveState};
pub use demo_asset::fetch_demo;
pub use download::{download, download_bytes};

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
            load_demo(store).await;
            if lock != tab_lock::Lock::HeldElsewhere {
                store.set_mode(Mode::Writer);
                persistence.watch();
            }
            return;
        }
        timing::start("kam-load");
        timing::start("kam-load-read");
        let stored = idb::load_current().await;
        timing::end("kam-load-read");
        match stored {
            Ok(Some((json, current_layout))) => {
                match timing::around("kam-load-import", || import_json(&json)) {
                    Ok(imported) => {
                        if current_layout {
                            persistence.written_as(&imported.workspace);
                        }
                        store.load(imported.workspace);
                        timing::end("kam-load");
                        persistence.loaded_from_storage(json);
                    }
                    Err(e) => {
                        store.set_mode(Mode::Unreadable(e.to_string()));
                        return;
                    }
                }
            }
            // First start: the demo workspace.
            Ok(None) => load_demo(store).await,
            Err(e) => {
                // The stored data may exist but cannot be read now: never write over it.
                store.set_mode(Mode::Unreadable(e.0));
                return;
            }
        }
        persistence.refresh_meta().await;
        if lock != tab_lock::Lock::HeldElsewhere {
            store.set_mode(Mode::Writer);
            persistence.watch();
        }
    });
    persistence
}

/// Shows the demo workspace (first start); an unreachable demo leaves the empty one.
async fn load_demo(store: Store) {
    if let Ok(ws) = demo_asset::fetch_demo().await {
        store.load(ws);
    }
}

/// The persistence context.
pub fn use_persistence() -> Persistence {
    expect_context::<Persistence>()
}
