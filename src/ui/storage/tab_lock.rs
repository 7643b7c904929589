//! One writer at a time: the first tab takes a Web Lock for its lifetime; a second
//! tab finds it taken, shows the workspace read-only and offers to reload.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const LOCK_NAME: &str = "kam-studio-writer";

/// The outcome of asking for the writer lock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lock {
    /// This tab is the writer until it closes.
    Acquired,
    /// Another tab is the writer.
    HeldElsewhere,
    /// The browser has no Web Locks (old browser, insecure context): no coordination.
    Unsupported,
}

fn locks() -> Option<(JsValue, Function)> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into()
        .ok()?;
    Some((locks, request))
}

/// Asks for the writer lock without waiting; when granted it is held until the tab closes.
pub async fn acquire() -> Lock {
    let Some((locks, request)) = locks() else {
        return Lock::Unsupported;
    };
    let promise = Promise::new(&mut |resolve: Function, _reject| {
        let callback = Closure::once_into_js(move |lock: JsValue| -> JsValue {
            let granted = !lock.is_null();
            let _ = resolve.call1(&JsValue::NULL, &JsValue::from_bool(granted));
            if granted {
                // A promise that never settles holds the lock for the page's lifetime.
                Promise::new(&mut |_, _| {}).into()
            } else {
                JsValue::UNDEFINED
            }
        });
        let options = Object::new();
        let _ = Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE);
        let _ = request.call3(&locks, &LOCK_NAME.into(), &options, &callback);
    });
    match JsFuture::from(promise).await.map(|v| v.as_bool()) {
        Ok(Some(true)) => Lock::Acquired,
        Ok(Some(false)) => Lock::HeldElsewhere,
        _ => Lock::Unsupported,
    }
}

/// Calls `on_free` once the other tab has released the lock (closed or reloaded).
pub fn when_free(on_free: impl FnOnce() + 'static) {
    let Some((locks, request)) = locks() else {
        return;
    };
    let callback = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        on_free();
        JsValue::UNDEFINED
    });
    let _ = request.call2(&locks, &LOCK_NAME.into(), &callback);
}
