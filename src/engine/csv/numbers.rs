//! Numbers in CSV cells: Russian (`1 234 567,89`) or English (`1,234,567.89`) style,
//! decided per column, and percentages written as `12,5 %` or as a fraction `0,125`.
//!
//! The one hard case is a lone comma followed by three digits, `1,234`: 1.234 in
//! Russian, 1234 in English. A cell cannot tell, so the column decides (see
//! [`column_style`]): the other cells of a column almost always show which style it
//! is written in (`1 234,50` or `0,125` can only be Russian, `1,234.5` or `12,345,678`
//! only English), and only a column of nothing but such ambiguous numbers falls back
//! to the file's separator.

use super::sniff::Separator;
use crate::engine::locale::{parse_decimal, NumberError};
use crate::engine::money::Rate;
use rust_decimal::Decimal;

/// How the numbers of one column are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum NumberStyle {
    /// Russian: groups separated by spaces (ordinary, U+00A0 or U+202F), decimal
    /// comma (a decimal point is accepted too): `1 234 567,89`, `1234.5`.
    #[default]
    Ru,
    /// English: groups separated by commas (strictly three digits each), decimal
    /// point: `1,234,567.89`, `1,234`.
    En,
}

/// What a single cell says about the style of its column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Evidence {
    /// Could be either (no comma, or `1,234`).
    Neutral,
    /// Only English reads it (`1,234.5`, `1,234,567`).
    En,
    /// Only Russian reads it (a comma that is not an English group: `1,5`, `0,125`).
    Ru,
}

/// The digits of a cell between an optional sign and an optional `%`/`₽` suffix.
fn core(cell: &str) -> &str {
    let text = cell.trim();
    let text = text.strip_suffix(['%', '₽']).unwrap_or(text).trim_end();
    let text = text.strip_prefix(['-', '+', '\u{2212}']).unwrap_or(text);
    text.trim_start()
}

/// True when `int` is an integer with English comma groups: `1,234`, `12,345,678`
/// (first group 1–3 digits not starting with 0, every further group 3 digits).
fn en_grouped(int: &str) -> bool {
    let mut groups = int.split(',');
    let first = groups.next().unwrap_or_default();
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    (1..=3).contains(&first.len())
        && digits(first)
        && !first.starts_with('0')
        && groups.all(|g| g.len() == 3 && digits(g))
}

/// What `cell` says about its column's style.
fn evidence(cell: &str) -> Evidence {
    let text = core(cell);
    let commas = text.matches(',').count();
    if commas == 0 {
        return Evidence::Neutral;
    }
    let (int, frac) = match text.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (text, None),
    };
    let frac_ok = frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    if en_grouped(int) && frac_ok {
        if commas == 1 && frac.is_none() {
            Evidence::Neutral
        } else {
            Evidence::En
        }
    } else {
        Evidence::Ru
    }
}

/// Decides how the numbers of a column are written, from all its cells.
///
/// * English when some cell can only be English (`1,234.5`, `1,234,567`) and none
///   can only be Russian (a comma that is not a strict English group: `1,5`,
///   `1 234,56`, `0,125`, `1,2345`);
/// * Russian when some cell can only be Russian, whatever else the column holds
///   (its English-only cells are then reported as bad numbers rather than guessed);
/// * otherwise — every comma is a lone `d,ddd` such as `1,234`, or there is no comma —
///   English if the file is `,`-separated (English Excel quotes `"1,234"`), Russian if
///   it is `;`- or tab-separated (Russian Excel writes `1234,5` after a `;`).
pub fn column_style<'a>(
    cells: impl IntoIterator<Item = &'a str>,
    separator: Separator,
) -> NumberStyle {
    let (mut en, mut ru) = (false, false);
    for cell in cells {
        match evidence(cell) {
            Evidence::Neutral => {}
            Evidence::En => en = true,
            Evidence::Ru => {
                ru = true;
                break;
            }
        }
    }
    match (en, ru) {
        (_, true) => NumberStyle::Ru,
        (true, false) => NumberStyle::En,
        (false, false) if separator == Separator::Comma => NumberStyle::En,
        (false, false) => NumberStyle::Ru,
    }
}

/// Parses a number written in `style`; accepts and ignores a trailing `%` or `₽`.
///
/// `Ru` is [`parse_decimal`] (`1 234 567,89`, `1234.5`, `−5`); `1,234` is 1.234.
/// `En` removes comma groups (which must be strict: `1,234,567.89`, `-1,234`) and then
/// reads a decimal point: `1,234` is 1234, `1,5` is refused. Never panics.
pub fn parse_number(cell: &str, style: NumberStyle) -> Result<Decimal, NumberError> {
    match style {
        NumberStyle::Ru => parse_decimal(cell),
        NumberStyle::En => {
            let text = cell.trim();
            let text = text.strip_suffix(['%', '₽']).unwrap_or(text).trim_end();
            let int_end = text.find('.').unwrap_or(text.len());
            let (head, tail) = text.split_at(int_end);
            if !head.contains(',') {
                return parse_decimal(text);
            }
            if tail.contains(',') {
                return Err(NumberError::TwoSeparators);
            }
            let digits_at = head
                .find(|c: char| c.is_ascii_digit())
                .unwrap_or(head.len());
            let (sign, int) = head.split_at(digits_at);
            if !en_grouped(int) {
                return Err(NumberError::NotANumber);
            }
            parse_decimal(&format!("{sign}{}{tail}", int.replace(',', "")))
        }
    }
}

/// How the percentage cells of a column without a `%` sign are meant.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RateReading {
    /// `12,5` means 12.5 %.
    #[default]
    Percent,
    /// `0,125` means 12.5 % (Excel's General format of a percentage cell).
    Fraction,
}

/// Decides how the cells of a percentage column without a `%` sign are meant: as
/// fractions when every one of them that is a number lies within −1…1 (and there is
/// at least one), otherwise as percentages. A gross margin is within −100 %…100 %,
/// so a column of `0,125`, `0,3`, `-0,05` holds fractions, and one with a single value
/// such as `12,5` holds percentages; margins all below 1 % are not plausible.
pub fn rate_reading<'a>(
    cells: impl IntoIterator<Item = &'a str>,
    style: NumberStyle,
) -> RateReading {
    let mut any = false;
    for cell in cells {
        if cell.trim().ends_with('%') {
            continue;
        }
        if let Ok(value) = parse_number(cell, style) {
            if value.abs() > Decimal::ONE {
                return RateReading::Percent;
            }
            any = true;
        }
    }
    if any {
        RateReading::Fraction
    } else {
        RateReading::Percent
    }
}

/// Parses a rate cell: with a `%` sign it is a percentage (`12,5 %`, `12.5%`); without
/// one, `reading` says whether `12,5` or `0,125` is meant. Numbers as in [`parse_number`].
pub fn parse_rate(
    cell: &str,
    style: NumberStyle,
    reading: RateReading,
) -> Result<Rate, NumberError> {
    let value = parse_number(cell, style)?;
    if cell.trim().ends_with('%') || reading == RateReading::Percent {
        Ok(Rate::from_percent(value))
    } else {
        Ok(Rate(value))
    }
}
