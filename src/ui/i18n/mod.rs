//! Interface language: Russian first, English second.
//!
//! Every visible string is a [`Msg`]; `text` matches exhaustively, so the compiler
//! refuses a message that lacks either translation. The choice is remembered in
//! localStorage (a small preference, not workspace data).

mod ballot;
mod base;
mod card;
mod clients;
mod data;
mod import_errors;
mod messages;
mod offers;
mod plural;
mod problems;
mod profile;
mod workshop;
mod workshop_results;

pub use ballot::Bm;
pub use base::Gm;
pub use card::Km;
pub use clients::Cm;
pub use data::Dm;
pub use import_errors::import_error_text;
pub use messages::{Msg, Text};
pub use offers::Om;
pub use plural::{plural, PluralForms};
pub use problems::{field_label, problem_text, problems_line};
pub use profile::Pm;
pub use workshop::Wm;
pub use workshop_results::Rm;

use crate::engine::locale::Locale;
use leptos::prelude::*;

const STORAGE_KEY: &str = "kam-studio.lang";

/// The current interface language, shared through context (newtyped so it cannot be
/// confused with another `RwSignal<Locale>`).
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Locale>);

impl UiLang {
    /// The current locale (tracked).
    pub fn get(self) -> Locale {
        self.0.get()
    }

    /// The current locale, without tracking (for event handlers and tasks).
    pub fn get_untracked(self) -> Locale {
        self.0.get_untracked()
    }

    /// The text of `msg` in the current language (tracked).
    pub fn t(self, msg: impl Text) -> &'static str {
        msg.text(self.0.get())
    }

    /// Switches the language, remembers it and updates `<html lang>`.
    pub fn set(self, locale: Locale) {
        self.0.set(locale);
        crate::ui::prefs::set(STORAGE_KEY, code(locale));
        set_document_lang(locale);
    }
}

/// Creates the language signal from the remembered choice (Russian by default) and provides it.
pub fn provide_lang() -> UiLang {
    let locale = match crate::ui::prefs::get(STORAGE_KEY).as_deref() {
        Some("en") => Locale::En,
        _ => Locale::Ru,
    };
    set_document_lang(locale);
    let lang = UiLang(RwSignal::new(locale));
    provide_context(lang);
    lang
}

/// The text of `msg` in the current language as a reactive value.
///
/// A `Signal` erases the closure's type, so every translated text node shares one
/// compiled render path instead of one per closure — this keeps the wasm small.
pub fn tr(msg: impl Text) -> Signal<&'static str> {
    let lang = use_lang();
    Signal::derive(move || msg.text(lang.get()))
}

/// The language from context.
pub fn use_lang() -> UiLang {
    expect_context::<UiLang>()
}

fn code(locale: Locale) -> &'static str {
    match locale {
        Locale::Ru => "ru",
        Locale::En => "en",
    }
}

fn set_document_lang(locale: Locale) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", code(locale));
    }
}
