//! The language switch: two toggle buttons, Russian first.

use crate::engine::locale::Locale;
use crate::ui::i18n::{tr, use_lang, Msg};
use leptos::prelude::*;

/// Two buttons, «Русский» and «English»; the pressed one is the current language.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    let button = move |locale: Locale, label: &'static str, code: &'static str| {
        view! {
            <button
                type="button"
                lang=code
                aria-pressed=move || if lang.get() == locale { "true" } else { "false" }
                on:click=move |_| lang.set(locale)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=tr(Msg::LangLabel)>
            {button(Locale::Ru, "Русский", "ru")}
            {button(Locale::En, "English", "en")}
        </div>
    }
}
