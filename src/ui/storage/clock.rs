//! The browser's clock, for save times, snapshot times and export dates.

use chrono::{NaiveDate, NaiveDateTime};

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Now as an ISO 8601 UTC string (`2026-11-22T10:15:00.000Z`).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// The local date and time of an ISO 8601 instant (or of now, for `None`).
pub fn local(iso: Option<&str>) -> Option<NaiveDateTime> {
    let date = match iso {
        Some(s) => js_sys::Date::new(&s.into()),
        None => js_sys::Date::new_0(),
    };
    if date.get_time().is_nan() {
        return None;
    }
    NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )?
    .and_hms_opt(date.get_hours(), date.get_minutes(), date.get_seconds())
}

/// Milliseconds since the epoch of an ISO 8601 instant, if it parses.
pub fn parse_ms(iso: &str) -> Option<f64> {
    let t = js_sys::Date::new(&iso.into()).get_time();
    (!t.is_nan()).then_some(t)
}
