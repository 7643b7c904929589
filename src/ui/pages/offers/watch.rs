//! Whether the parts of the figures are in view, told by an `IntersectionObserver`.
//!
//! While a lever is typed in a variant's form, the figures table is far above it, out
//! of the window: the KAM sees the figures in the bar of the part being edited
//! ([`super::live`]). Writing the table's figures then (a few dozen boxes laid out and
//! painted on every keystroke, for nobody) is left until the table comes into the
//! window again; the observer tells it in the frame after, so a part scrolled back
//! into view may show its old figures for that one frame. The chart, just above the
//! variants, is watched the same way (its part also holds the per-year figures: while
//! those are open, the part is written on every keystroke). Everything is written in
//! full when a field is left (the offer changes).

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// How far outside the window a part counts as in view.
const MARGIN: &str = "0px";

type Callback = Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>;

/// Watches the elements whose ids are `ids` (id, part), setting `in_view[part]` as
/// each enters or leaves the window.
#[derive(Clone, Copy)]
pub(super) struct Watch {
    kept: StoredValue<Option<(IntersectionObserver, Callback)>, LocalStorage>,
    in_view: RwSignal<[bool; 2]>,
    ids: &'static [(&'static str, usize)],
}

impl Watch {
    /// A watch of the elements `ids` setting `in_view`; it stops when the view is
    /// cleaned up.
    pub fn new(in_view: RwSignal<[bool; 2]>, ids: &'static [(&'static str, usize)]) -> Watch {
        let w = Watch {
            kept: StoredValue::new_local(None),
            in_view,
            ids,
        };
        on_cleanup(move || {
            w.kept.with_value(|kept| {
                if let Some((observer, _)) = kept {
                    observer.disconnect();
                }
            })
        });
        w
    }

    /// Watches the elements now in the document under those ids (instead of those
    /// watched before); without an observer in this browser, every part counts as in
    /// view and is written on every keystroke.
    pub fn watch(self) {
        if self.kept.with_value(Option::is_none) {
            let (in_view, ids) = (self.in_view, self.ids);
            let callback: Callback = Closure::new(move |entries: js_sys::Array, _| {
                let mut now = in_view.get_untracked();
                for entry in entries.iter() {
                    let Ok(entry) = entry.dyn_into::<IntersectionObserverEntry>() else {
                        continue;
                    };
                    let id = entry.target().id();
                    if let Some((_, k)) = ids.iter().find(|(i, _)| *i == id) {
                        if let Some(flag) = now.get_mut(*k) {
                            *flag = entry.is_intersecting();
                        }
                    }
                }
                if in_view.get_untracked() != now {
                    in_view.set(now);
                }
            });
            let init = IntersectionObserverInit::new();
            init.set_root_margin(MARGIN);
            let Ok(observer) =
                IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
            else {
                return;
            };
            self.kept.set_value(Some((observer, callback)));
        }
        self.kept.with_value(|kept| {
            if let Some((observer, _)) = kept {
                observer.disconnect();
                for (id, _) in self.ids {
                    if let Some(el) = document().get_element_by_id(id) {
                        observer.observe(&el);
                    }
                }
            }
        });
    }
}
