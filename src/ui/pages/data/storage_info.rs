//! Whether the browser granted persistent storage, and how much is used.

use super::{slot, Page, State};
use crate::engine::locale::{format_decimal, Locale};
use crate::ui::html::Html;
use crate::ui::i18n::Dm;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Megabytes with one decimal, e.g. "1,4 МБ".
fn megabytes(bytes: f64, locale: Locale) -> String {
    let mb = Decimal::from((bytes / 1000.0) as u64) / Decimal::from(1000u32);
    let unit = if locale == Locale::Ru { "МБ" } else { "MB" };
    format_decimal(mb, 0, 1, locale) + "\u{a0}" + unit
}

/// The section with its slots 12–13: whether storage is persistent, how much is used.
pub(super) fn frame(h: &mut Html, locale: Locale) {
    h.raw("<section aria-labelledby=\"storage-title\">")
        .cell(
            "h2",
            "id=\"storage-title\"",
            Dm::StorageHeading.text(locale),
        )
        .raw("<p data-testid=\"persist-state\" id=\"dp12\"></p><p id=\"dp13\"></p></section>");
}

pub(super) fn slots(page: Page, _: &State, locale: Locale, slots: &mut Vec<String>) {
    let t = |m: Dm| m.text(locale);
    let mut h = Html::new();
    h.text(t(match page.p.persisted.get() {
        Some(true) => Dm::PersistGranted,
        Some(false) => Dm::PersistDenied,
        None => Dm::PersistUnknown,
    }));
    slot(&mut h, slots);
    if let Some((usage, quota)) = page.p.estimate.get() {
        h.text(t(Dm::StorageUsed))
            .text(" ")
            .text(&megabytes(usage, locale))
            .text(" ")
            .text(t(Dm::StorageOf))
            .text(" ")
            .text(&megabytes(quota, locale));
    }
    slot(&mut h, slots);
}
