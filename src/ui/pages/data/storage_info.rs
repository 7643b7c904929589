//! Whether the browser granted persistent storage, and how much is used.

use crate::engine::locale::format_decimal;
use crate::ui::i18n::{tr, use_lang, Msg};
use crate::ui::reactive::dyn_view;
use crate::ui::storage::use_persistence;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Megabytes with one decimal, e.g. "1,4 МБ".
fn megabytes(bytes: f64, ru: bool) -> String {
    let mb = Decimal::from((bytes / 1000.0) as u64) / Decimal::from(1000u32);
    let locale = if ru {
        crate::engine::locale::Locale::Ru
    } else {
        crate::engine::locale::Locale::En
    };
    let unit = if ru { "МБ" } else { "MB" };
    format!("{}\u{a0}{unit}", format_decimal(mb, 0, 1, locale))
}

/// The storage section of «Данные».
#[component]
pub fn StorageInfo() -> impl IntoView {
    let lang = use_lang();
    let p = use_persistence();
    view! {
        <section aria-labelledby="storage-title">
            <h2 id="storage-title">{tr(Msg::StorageHeading)}</h2>
            <p data-testid="persist-state">
                {dyn_view(move || lang.t(match p.persisted.get() {
                    Some(true) => Msg::PersistGranted,
                    Some(false) => Msg::PersistDenied,
                    None => Msg::PersistUnknown,
                }))}
            </p>
            {dyn_view(move || p.estimate.get().map(|(usage, quota)| {
                let ru = lang.get() == crate::engine::locale::Locale::Ru;
                view! {
                    <p>
                        {lang.t(Msg::StorageUsed)} " " {megabytes(usage, ru)} " "
                        {lang.t(Msg::StorageOf)} " " {megabytes(quota, ru)}
                    </p>
                }
            }))}
        </section>
    }
}
