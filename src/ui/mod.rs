//! The Leptos front end: shell, pages, components, interface language.

mod app;
mod components;
mod html;
mod i18n;
mod lazy;
mod morph;
mod nav;
mod pages;
mod prefs;
mod reactive;
mod state;
mod storage;

pub use app::App;
