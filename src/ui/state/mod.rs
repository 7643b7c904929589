//! The workspace store: one signal holding the workspace, changed only by engine actions.

use crate::engine::action::{apply, Action};
use crate::engine::demo::demo_workspace;
use crate::engine::model::{Problem, Workspace};
use leptos::prelude::*;

/// The workspace store, shared through context. Newtyped so that no other
/// `RwSignal<Workspace>` can be mistaken for it.
#[derive(Clone, Copy)]
pub struct Store {
    ws: RwSignal<Workspace>,
}

impl Store {
    /// Read access to the workspace (tracked by whoever reads it).
    pub fn ws(self) -> ReadSignal<Workspace> {
        self.ws.read_only()
    }

    /// Applies `action` through the engine; on problems nothing changes and they are returned.
    pub fn dispatch(self, action: Action) -> Result<(), Vec<Problem>> {
        let next = self.ws.with_untracked(|ws| apply(ws, action))?;
        self.ws.set(next);
        Ok(())
    }
}

/// Creates the store with the demo workspace (first start) and provides it.
pub fn provide_store() -> Store {
    let store = Store {
        ws: RwSignal::new(demo_workspace()),
    };
    provide_context(store);
    store
}

/// The store from context.
pub fn use_store() -> Store {
    expect_context::<Store>()
}
