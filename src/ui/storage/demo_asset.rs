//! The demo workspace is a static file of the site (`public/demo.json`, the engine's
//! `demo_workspace()` exported; `tests/demo_asset.rs` keeps the two identical), read
//! through the ordinary import. Shipping it as data rather than as compiled code keeps
//! ≈ 9 KB gzip out of the wasm bundle; the service worker precaches it with the build.

use crate::engine::format::import_json;
use crate::engine::model::Workspace;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Path of the demo document, relative to the app's folder.
const DEMO_PATH: &str = "public/demo.json";

/// Reads and checks the demo workspace.
pub async fn fetch_demo() -> Result<Workspace, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(DEMO_PATH))
        .await
        .and_then(|r| r.dyn_into())
        .map_err(|e| format!("{DEMO_PATH}: {e:?}"))?;
    if !response.ok() {
        return Err(format!("{DEMO_PATH}: HTTP {}", response.status()));
    }
    let text = match response.text() {
        Ok(p) => JsFuture::from(p).await.ok().and_then(|v| v.as_string()),
        Err(_) => None,
    }
    .ok_or_else(|| format!("{DEMO_PATH}: unreadable"))?;
    import_json(&text)
        .map(|imported| imported.workspace)
        .map_err(|e| format!("{DEMO_PATH}: {e}"))
}
