//! Dates and instants as text: ISO 8601 calendar dates (`2026-11-20`, an offer's
//! feedback date) and RFC 3339 instants (`2026-11-23T10:15:00Z`, `exported_at`), read
//! by hand into chrono's types. The calendar (month lengths, leap years) stays
//! chrono's ([`NaiveDate::from_ymd_opt`]); only the reading of the text is here:
//! chrono's own parsers go through its general format machinery, about 14 KB of wasm
//! that the first load would carry for these two fixed formats.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeDelta, Utc};

/// Reads `n` ASCII digits at the start of `s`: the number and the rest of `s`.
fn digits(s: &str, n: usize) -> Option<(u32, &str)> {
    let head = s.get(..n)?;
    if !head.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((head.parse().ok()?, &s[n..]))
}

/// `s` without its first character if that is one of `options`.
fn one_of<'a>(s: &'a str, options: &[char]) -> Option<&'a str> {
    s.strip_prefix(|c: char| options.contains(&c))
}

/// Reads a calendar date `YYYY-MM-DD` at the start of `s`: the date and the rest.
fn date_prefix(s: &str) -> Option<(NaiveDate, &str)> {
    let (year, s) = digits(s, 4)?;
    let (month, s) = digits(one_of(s, &['-'])?, 2)?;
    let (day, s) = digits(one_of(s, &['-'])?, 2)?;
    Some((NaiveDate::from_ymd_opt(year as i32, month, day)?, s))
}

/// Reads an ISO 8601 calendar date, exactly `YYYY-MM-DD` with a four-digit year
/// (what the app writes): `2026-11-20` is 20 November 2026. `None` for anything else,
/// including a day the calendar does not have (`2026-02-29`, `2026-13-01`).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    match date_prefix(s)? {
        (date, "") => Some(date),
        _ => None,
    }
}

/// Reads an RFC 3339 instant (§5.6): `YYYY-MM-DDTHH:MM:SS`, an optional fraction of a
/// second (`.5`, `.000`; digits past nanoseconds are dropped), then `Z` or an offset
/// `±HH:MM`; `T` may be `t` or a space and `Z` may be `z`, as RFC 3339 allows. A leap
/// second `:60` is kept as chrono keeps it (the 59th second, 10⁹ ns and more).
/// `2026-11-23T13:15:00+03:00` is 10:15 UTC. `None` for anything else.
pub fn parse_instant(s: &str) -> Option<DateTime<Utc>> {
    let (date, s) = date_prefix(s)?;
    let (hour, s) = digits(one_of(s, &['T', 't', ' '])?, 2)?;
    let (minute, s) = digits(one_of(s, &[':'])?, 2)?;
    let (second, mut s) = digits(one_of(s, &[':'])?, 2)?;
    let mut nanos = 0u32;
    if let Some(fraction) = one_of(s, &['.']) {
        let len = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 {
            return None;
        }
        // The first nine digits, scaled to nanoseconds: ".5" is 500 000 000 ns.
        let kept = len.min(9);
        nanos = digits(fraction, kept)?.0 * 10u32.pow((9 - kept) as u32);
        s = &fraction[len..];
    }
    let offset_minutes = match s {
        "Z" | "z" => 0,
        _ => {
            let sign = match s.chars().next()? {
                '+' => 1,
                '-' => -1,
                _ => return None,
            };
            let (oh, rest) = digits(&s[1..], 2)?;
            let (om, rest) = digits(one_of(rest, &[':'])?, 2)?;
            if !rest.is_empty() || oh > 23 || om > 59 {
                return None;
            }
            sign * i64::from(oh * 60 + om)
        }
    };
    let time = if second == 60 {
        NaiveTime::from_hms_nano_opt(hour, minute, 59, 1_000_000_000 + nanos)?
    } else {
        NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?
    };
    let utc = date
        .and_time(time)
        .checked_sub_signed(TimeDelta::minutes(offset_minutes))?;
    Some(utc.and_utc())
}

/// Serde for an optional calendar date written `YYYY-MM-DD` ([`parse_date`]), or
/// `null`: use with `#[serde(default, with = "…::opt_date")]`.
pub mod opt_date {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer, Serialize, Serializer};

    /// Writes the date through chrono (`2026-11-20`), or `null`.
    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        date.serialize(s)
    }

    /// Reads `null` or a date [`super::parse_date`] accepts.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(text) => super::parse_date(&text)
                .map(Some)
                .ok_or_else(|| D::Error::custom("not a date YYYY-MM-DD")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32, ns: u32) -> DateTime<Utc> {
        let t = NaiveTime::from_hms_nano_opt(h, mi, s, ns).expect("valid time");
        NaiveDateTime::new(date(y, mo, d), t).and_utc()
    }

    #[test]
    fn calendar_dates() {
        assert_eq!(parse_date("2026-11-20"), Some(date(2026, 11, 20)));
        assert_eq!(parse_date("0987-01-05"), Some(date(987, 1, 5)));
        // 2024 is a leap year (divisible by 4), 2100 is not (by 100, not by 400),
        // 2000 is (by 400).
        assert_eq!(parse_date("2024-02-29"), Some(date(2024, 2, 29)));
        assert_eq!(parse_date("2000-02-29"), Some(date(2000, 2, 29)));
        for bad in [
            "2026-02-29",
            "2100-02-29",
            "2026-13-01",
            "2026-04-31",
            "2026-00-10",
            "2026-1-05",
            "26-11-20",
            "2026/11/20",
            "2026-11-20 ",
            " 2026-11-20",
            "2026-11-2x",
            "+2026-11-20",
            "",
            "2026-11-２0",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn rfc3339_instants() {
        let ten_fifteen = utc(2026, 11, 23, 10, 15, 0, 0);
        assert_eq!(parse_instant("2026-11-23T10:15:00Z"), Some(ten_fifteen));
        // The browser's toISOString: milliseconds.
        assert_eq!(parse_instant("2026-11-23T10:15:00.000Z"), Some(ten_fifteen));
        // Moscow, UTC+3: 13:15 there is 10:15 UTC; UTC−05:30 adds 5 h 30 min.
        assert_eq!(
            parse_instant("2026-11-23T13:15:00+03:00"),
            Some(ten_fifteen)
        );
        assert_eq!(
            parse_instant("2026-11-23T04:45:00-05:30"),
            Some(ten_fifteen)
        );
        // Lower-case t and z, a space for T.
        assert_eq!(parse_instant("2026-11-23t10:15:00z"), Some(ten_fifteen));
        assert_eq!(parse_instant("2026-11-23 10:15:00Z"), Some(ten_fifteen));
        // Fractions: .5 s = 500 000 000 ns; digits past the ninth are dropped.
        assert_eq!(
            parse_instant("2026-11-23T10:15:07.5Z"),
            Some(utc(2026, 11, 23, 10, 15, 7, 500_000_000))
        );
        assert_eq!(
            parse_instant("2026-11-23T10:15:07.1234567899Z"),
            Some(utc(2026, 11, 23, 10, 15, 7, 123_456_789))
        );
        // An offset crossing midnight and a year: 00:30 at UTC+01:00 on 1 January 2027
        // is 23:30 UTC on 31 December 2026.
        assert_eq!(
            parse_instant("2027-01-01T00:30:00+01:00"),
            Some(utc(2026, 12, 31, 23, 30, 0, 0))
        );
        // A leap second is the 59th second with 10⁹ ns and more, as chrono keeps it.
        assert_eq!(
            parse_instant("2016-12-31T23:59:60Z"),
            Some(utc(2016, 12, 31, 23, 59, 59, 1_000_000_000))
        );
        for bad in [
            "2026-11-23T10:15:00",
            "2026-11-23T10:15Z",
            "2026-11-23T24:00:00Z",
            "2026-11-23T10:60:00Z",
            "2026-11-23T10:15:00.Z",
            "2026-11-23T10:15:00+3:00",
            "2026-11-23T10:15:00+03",
            "2026-11-23T10:15:00+24:00",
            "2026-11-23T10:15:00Zx",
            "2026-11-23",
            "",
            "2026-02-30T10:15:00Z",
        ] {
            assert_eq!(parse_instant(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_same_as_chrono_on_what_the_app_writes() {
        // Export writes `to_rfc3339_opts(Secs, true)`; the browser gives toISOString.
        let t = utc(2026, 11, 23, 10, 15, 7, 0);
        let written = t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        assert_eq!(written, "2026-11-23T10:15:07Z");
        assert_eq!(parse_instant(&written), Some(t));
        for text in ["2026-11-23T10:15:07.123Z", "2026-11-23T13:15:07+03:00"] {
            let chrono = DateTime::parse_from_rfc3339(text).map(|d| d.with_timezone(&Utc));
            assert_eq!(parse_instant(text), chrono.ok(), "{text}");
        }
        let d = date(2026, 11, 20);
        assert_eq!(parse_date(&d.to_string()), Some(d));
        assert_eq!(
            d.to_string().parse::<NaiveDate>().ok(),
            parse_date("2026-11-20")
        );
    }

    #[test]
    fn optional_dates_in_json() {
        #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
        struct Holder {
            #[serde(default, with = "super::opt_date")]
            date: Option<NaiveDate>,
        }
        let read = |json: &str| serde_json::from_str::<Holder>(json).map(|h| h.date);
        assert_eq!(
            read(r#"{"date":"2026-11-20"}"#).ok(),
            Some(Some(date(2026, 11, 20)))
        );
        assert_eq!(read(r#"{"date":null}"#).ok(), Some(None));
        assert_eq!(read("{}").ok(), Some(None));
        assert!(read(r#"{"date":"20.11.2026"}"#).is_err());
        assert!(read(r#"{"date":7}"#).is_err());
        let written = serde_json::to_string(&Holder {
            date: Some(date(2026, 11, 20)),
        })
        .expect("serialises");
        assert_eq!(written, r#"{"date":"2026-11-20"}"#);
        assert_eq!(
            serde_json::to_string(&Holder { date: None })
                .ok()
                .as_deref(),
            Some(r#"{"date":null}"#)
        );
    }
}
