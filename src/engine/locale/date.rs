//! Formatting of calendar dates and times for display.
//!
//! `Ru` writes `31.01.2025`; `En` writes the unambiguous ISO 8601 form
//! `2025-01-31` rather than the US `01/31/2025`. Times are on the 24-hour clock.

use super::Locale;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// The year with at least four digits (`0987`), with a `-` before years BCE.
fn year(date: NaiveDate) -> String {
    let y = date.year();
    if y < 0 {
        format!("-{:04}", y.unsigned_abs())
    } else {
        format!("{y:04}")
    }
}

/// Formats a calendar date: Ru "31.01.2025", En "2025-01-31" (ISO 8601).
pub fn format_date(date: NaiveDate, locale: Locale) -> String {
    match locale {
        Locale::Ru => format!("{:02}.{:02}.{}", date.day(), date.month(), year(date)),
        Locale::En => format!("{}-{:02}-{:02}", year(date), date.month(), date.day()),
    }
}

/// Formats the time of day to the minute, "14:05", the same in both locales.
pub fn format_time(dt: NaiveDateTime) -> String {
    format!("{:02}:{:02}", dt.hour(), dt.minute())
}

/// Formats a date and time to the minute: Ru "31.01.2025 14:05"; En
/// "2025-01-31 14:05". Seconds are dropped, not rounded.
pub fn format_date_time(dt: NaiveDateTime, locale: Locale) -> String {
    format!("{} {}", format_date(dt.date(), locale), format_time(dt))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[test]
    fn dates() {
        assert_eq!(format_date(date(2025, 1, 31), Locale::Ru), "31.01.2025");
        assert_eq!(format_date(date(2025, 1, 31), Locale::En), "2025-01-31");
        assert_eq!(format_date(date(2025, 3, 5), Locale::Ru), "05.03.2025");
        assert_eq!(format_date(date(2025, 12, 9), Locale::En), "2025-12-09");
        assert_eq!(format_date(date(987, 6, 1), Locale::Ru), "01.06.0987");
        assert_eq!(format_date(date(-44, 3, 15), Locale::En), "-0044-03-15");
    }

    #[test]
    fn date_times() {
        let dt = date(2025, 1, 31)
            .and_hms_opt(14, 5, 59)
            .expect("valid time");
        assert_eq!(format_date_time(dt, Locale::Ru), "31.01.2025 14:05");
        assert_eq!(format_date_time(dt, Locale::En), "2025-01-31 14:05");
        let early = date(2025, 3, 5).and_hms_opt(9, 7, 0).expect("valid time");
        assert_eq!(format_date_time(early, Locale::Ru), "05.03.2025 09:07");
        assert_eq!(format_date_time(early, Locale::En), "2025-03-05 09:07");
        let midnight = date(2024, 2, 29).and_hms_opt(0, 0, 0).expect("valid time");
        assert_eq!(format_date_time(midnight, Locale::Ru), "29.02.2024 00:00");
        assert_eq!(format_time(early), "09:07");
    }
}
