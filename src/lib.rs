//! KAM Studio: a key-account-management workbench that runs in the browser.
//!
//! `engine` is pure Rust (no web crate) and is tested natively with
//! `cargo test --no-default-features`; `ui` is the Leptos front end.

pub mod engine;

#[cfg(feature = "ui")]
pub mod ui;
