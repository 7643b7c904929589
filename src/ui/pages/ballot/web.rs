//! What the ballot page asks of the browser: localStorage for the draft, the
//! clipboard, the share sheet, selecting, focusing and scrolling. The clipboard and the
//! share sheet are reached through `js_sys::Reflect` (no web-sys feature of their own
//! is needed), and every call tolerates a browser that lacks them.

use js_sys::{Function, Object, Promise, Reflect};
use leptos::prelude::{document, window};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The text stored under `key`, if storage works and holds one.
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Forgets `key`.
pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Stores `value` under `key`; whether it was stored (false in a browser that keeps
/// nothing, or when storage is full).
pub fn save(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// The property `name` of `target`, when it exists.
fn prop(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Calls the method `name` of `target` with `args`.
fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let f: Function = prop(target, name)?.dyn_into().ok()?;
    let args: js_sys::Array = args.iter().collect();
    f.apply(target, &args).ok()
}

/// Awaits a promise returned by `value`; whether it resolved.
async fn resolved(value: Option<JsValue>) -> bool {
    match value.and_then(|v| v.dyn_into::<Promise>().ok()) {
        Some(p) => JsFuture::from(p).await.is_ok(),
        None => false,
    }
}

/// The `value` of a form control (input, select or textarea).
pub fn value(el: &web_sys::Element) -> String {
    prop(el, "value")
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Writes `text` to the clipboard; whether the browser accepted it.
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) = prop(&window().navigator(), "clipboard") else {
        return false;
    };
    resolved(call(&clipboard, "writeText", &[JsValue::from_str(text)])).await
}

/// Selects the whole text of the text box `id` (focused), then tries the old
/// `execCommand("copy")`; whether that copied it.
pub fn select_and_copy(id: &str) -> bool {
    let Some(el) = document().get_element_by_id(id) else {
        return false;
    };
    focus(&el);
    let _ = call(&el, "select", &[]);
    call(&document(), "execCommand", &[JsValue::from_str("copy")])
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Whether the browser has a share sheet (`navigator.share`).
pub fn can_share() -> bool {
    prop(&window().navigator(), "share").is_some()
}

/// Opens the share sheet with `title`, `text` and `url`; whether something was
/// shared (false when the user closed the sheet).
pub async fn share(title: &str, text: &str, url: &str) -> bool {
    let data = Object::new();
    for (k, v) in [("title", title), ("text", text), ("url", url)] {
        let _ = Reflect::set(&data, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    resolved(call(&window().navigator(), "share", &[data.into()])).await
}

/// Focuses `el` (an HTML element).
pub fn focus(el: &web_sys::Element) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Brings the element `id` into view (centred, so the sticky bar does not hide it)
/// and focuses it when `and_focus`.
pub fn reveal(id: &str, and_focus: bool) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    let options = Object::new();
    let _ = Reflect::set(&options, &"block".into(), &"center".into());
    let _ = call(&el, "scrollIntoView", &[options.into()]);
    if and_focus {
        focus(&el);
    }
}
