//! Saving a text as a file the user downloads (export), with no request anywhere.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a download named `file_name` with the given MIME type.
pub fn download(text: &str, file_name: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    save(
        &Blob::new_with_str_sequence_and_options(&parts, &options)?,
        file_name,
    )
}

/// Offers `bytes` as a download named `file_name` with the given MIME type.
pub fn download_bytes(bytes: &[u8], file_name: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    save(
        &Blob::new_with_u8_array_sequence_and_options(&parts, &options)?,
        file_name,
    )
}

/// Offers `blob` as a download named `file_name`.
fn save(blob: &Blob, file_name: &str) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let anchor: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    // Marked external so the router does not treat the click as navigation.
    anchor.set_rel("external");
    anchor.click();
    // The download reads the blob asynchronously: release it a little later.
    leptos::prelude::set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}
