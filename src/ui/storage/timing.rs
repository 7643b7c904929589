//! User-timing marks around saves and loads, read by `scripts/measure-storage.mjs`
//! (performance is measured by scripts, not asserted in tests).

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}

/// Marks the start of `name`.
pub fn start(name: &str) {
    if let Some(p) = performance() {
        let _ = p.mark(&format!("{name}:start"));
    }
}

/// Records the measure `name` from its start mark to now.
pub fn end(name: &str) {
    if let Some(p) = performance() {
        let _ = p.measure_with_start_mark(name, &format!("{name}:start"));
    }
}

/// Runs `f` between the marks of `name`.
pub fn around<T>(name: &str, f: impl FnOnce() -> T) -> T {
    start(name);
    let out = f();
    end(name);
    out
}
