//! Type-erased reactive views.
//!
//! Every `move || view!{…}` closure is its own type, and Leptos compiles its render
//! path once per type. Boxing the closure behind one `Arc<dyn Fn() -> AnyView>` type
//! shares that path (tachys' own `SharedReactiveFunction` shape), which keeps the
//! wasm bundle within its budget (see docs/performance.md).

use leptos::prelude::*;
use std::sync::{Arc, Mutex};

/// A reactive view whose closure type is erased.
pub type DynView = Arc<Mutex<dyn FnMut() -> AnyView + Send>>;

/// Wraps a reactive view closure so that all of them share one render path.
pub fn dyn_view<V: IntoAny>(f: impl Fn() -> V + Send + 'static) -> DynView {
    Arc::new(Mutex::new(move || f().into_any()))
}

/// A reactive text whose closure type is erased.
pub fn dyn_text(f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(f)
}
