//! Small preferences in localStorage (the language). Workspace data never goes here.
//!
//! Every access tolerates a missing or blocked storage (private mode, disabled
//! cookies): a preference that cannot be stored is simply not remembered.

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored value of `key`, if storage works and holds one.
pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`; silently does nothing when storage is unavailable.
pub fn set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}
