//! The pure engine of KAM Studio: model, formulas, formats.
//!
//! Nothing here may depend on leptos, web-sys or wasm-bindgen:
//! `cargo test --no-default-features` builds and tests it natively.

pub mod action;
pub mod analysis;
pub mod bias;
pub mod csv;
pub mod demo;
pub mod format;
pub mod history;
pub mod locale;
pub mod model;
pub mod money;
pub mod offer;
pub mod portfolio;
pub mod potential;
pub mod profile;
pub mod profitability;
pub mod sort;
pub mod stats;
pub mod workshop;
pub mod xlsx;
pub mod xml;
