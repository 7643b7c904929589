//! Locale-aware formatting and parsing of numbers, money, percentages and dates.
//!
//! Everything here is pure Rust: no browser API (`Intl`) is used, so the output
//! is identical natively and in WASM and can be tested with
//! `cargo test --no-default-features`. Money stays a [`rust_decimal::Decimal`]
//! from end to end; no value ever passes through binary floating point.
//!
//! * [`number`]: [`format_decimal`], [`format_money`], [`format_percent`].
//! * [`parse`]: [`parse_decimal`], [`parse_percent`] and their [`NumberError`].
//! * [`date`]: [`format_date`], [`format_date_time`].

pub mod date;
pub mod number;
pub mod parse;

pub use date::{format_date, format_date_time, format_time};
pub use number::{format_decimal, format_money, format_percent};
pub use parse::{parse_decimal, parse_percent, NumberError};

/// UI locale for formatting.
///
/// `Ru` (the default) writes `1 234 567,89` with U+00A0 NO-BREAK SPACE between
/// digit groups and a decimal comma; `En` writes `1,234,567.89`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    /// Russian: NBSP digit groups, decimal comma, dates as `31.01.2025`.
    #[default]
    Ru,
    /// English: comma digit groups, decimal point, ISO dates `2025-01-31`.
    En,
}
