//! Formatting of decimals, money and percentages for display.
//!
//! Rules shared by every function here:
//!
//! * Digit groups of three are always separated, whatever the size of the
//!   number: `Ru` uses U+00A0 NO-BREAK SPACE, `En` a comma. Note that browsers'
//!   `Intl.NumberFormat("ru-RU")` does not group four-digit numbers (`1234`);
//!   we group them anyway (`1 234`) so that columns of figures look alike.
//! * The decimal separator is a comma in `Ru` and a point in `En`.
//! * Rounding is [`crate::engine::money::round`] (half away from zero).
//! * A negative number starts with an ASCII `-`; a value that rounds to zero is
//!   printed without sign (`-0.001` → `0`, never `-0`).

use super::Locale;
use crate::engine::model::Currency;
use crate::engine::money::{round, Money, Rate};
use rust_decimal::Decimal;

/// U+00A0 NO-BREAK SPACE: the `Ru` digit-group separator and the space before a sign.
const NBSP: char = '\u{a0}';

/// The largest number of decimal places a [`Decimal`] can hold; `min_dp` is capped to it.
const MAX_SCALE: u32 = 28;

/// The sign, integer digits and fraction digits (without trailing zeros) of a number.
struct Digits {
    negative: bool,
    int: String,
    frac: String,
}

/// Splits `value` into sign, integer digits and fraction digits, trimming the
/// trailing zeros of the fraction. Zero is never negative.
fn digits(value: Decimal) -> Digits {
    let normal = value.normalize();
    let text = normal.abs().to_string();
    let (int, frac) = match text.split_once('.') {
        Some((int, frac)) => (int.to_owned(), frac.trim_end_matches('0').to_owned()),
        None => (text, String::new()),
    };
    Digits {
        negative: normal.is_sign_negative() && !normal.is_zero(),
        int,
        frac,
    }
}

/// The digit-group separator of `locale`.
fn group_separator(locale: Locale) -> char {
    match locale {
        Locale::Ru => NBSP,
        Locale::En => ',',
    }
}

/// The decimal separator of `locale`.
fn decimal_separator(locale: Locale) -> char {
    match locale {
        Locale::Ru => ',',
        Locale::En => '.',
    }
}

/// Writes `digits` with groups of three, padding the fraction with zeros to `min_dp` places.
fn render(digits: Digits, min_dp: u32, locale: Locale) -> String {
    let Digits {
        negative,
        int,
        mut frac,
    } = digits;
    let min_dp = min_dp.min(MAX_SCALE) as usize;
    while frac.len() < min_dp {
        frac.push('0');
    }
    let sep = group_separator(locale);
    let mut out = String::with_capacity(int.len() * 2 + frac.len() + 2);
    if negative {
        out.push('-');
    }
    let len = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(decimal_separator(locale));
        out.push_str(&frac);
    }
    out
}

/// Formats a decimal with grouping, rounding to at most `max_dp` places with
/// [`crate::engine::money::round`] (half away from zero) and trimming trailing
/// zeros, but keeping at least `min_dp` places.
///
/// Digit groups are always separated, even below 10 000 (`Ru` `1 234`, with
/// U+00A0), unlike browsers' `Intl` for `ru-RU`, which leaves `1234` ungrouped;
/// we group always for consistency. `min_dp` is capped at 28; when it exceeds
/// `max_dp` the rounded value is padded with zeros (`1.26`, 3, 1 → `1,300`).
///
/// `format_decimal(dec!(-1234.50), 0, 2, Locale::Ru)` is `"-1 234,5"`;
/// `format_decimal(dec!(-0.001), 0, 2, Locale::Ru)` is `"0"`.
pub fn format_decimal(value: Decimal, min_dp: u32, max_dp: u32, locale: Locale) -> String {
    render(digits(round(value, max_dp)), min_dp, locale)
}

/// Formats an amount of money followed by the currency sign: Ru → "1 234 567,89 ₽"
/// (groups separated by U+00A0 NO-BREAK SPACE, decimal comma, U+00A0 before the
/// sign). En → "1,234,567.89 ₽" (comma groups, dot decimal, U+00A0 before sign).
///
/// `whole`: true → rounded to whole units, no decimals ("12 500 000 ₽");
/// false → exactly 2 decimals ("0,00 ₽"). Rounding is half away from zero.
/// The sign is [`Currency::symbol`]: `₽`, `$`, … or the code itself (`GBP`).
pub fn format_money(value: Money, currency: &Currency, whole: bool, locale: Locale) -> String {
    let dp = if whole { 0 } else { 2 };
    let mut out = format_decimal(value.amount(), dp, dp, locale);
    out.push(NBSP);
    out.push_str(currency.symbol());
    out
}

/// Formats a rate as a percentage with at most `max_dp` decimals (trailing zeros
/// trimmed, half away from zero): Rate(0.125) → Ru "12,5 %" (U+00A0 before %),
/// En "12.5%". Grouping follows [`format_decimal`] (`Rate(12.5)` → `1 250 %`).
pub fn format_percent(rate: Rate, max_dp: u32, locale: Locale) -> String {
    // Rounding the fraction at max_dp + 2 places is rounding the percentage at
    // max_dp places; the point is then moved textually so nothing can overflow.
    let Digits {
        negative,
        int,
        mut frac,
    } = digits(round(rate.fraction(), max_dp.saturating_add(2)));
    while frac.len() < 2 {
        frac.push('0');
    }
    let rest = frac.split_off(2);
    let int = format!("{int}{frac}");
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let shifted = Digits {
        negative,
        int: int.to_owned(),
        frac: rest,
    };
    let mut out = render(shifted, 0, locale);
    if locale == Locale::Ru {
        out.push(NBSP);
    }
    out.push('%');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn ru(value: Decimal, min_dp: u32, max_dp: u32) -> String {
        format_decimal(value, min_dp, max_dp, Locale::Ru)
    }

    fn en(value: Decimal, min_dp: u32, max_dp: u32) -> String {
        format_decimal(value, min_dp, max_dp, Locale::En)
    }

    #[test]
    fn groups_of_one_three_four_seven_digits() {
        assert_eq!(ru(dec!(5), 0, 0), "5");
        assert_eq!(ru(dec!(123), 0, 0), "123");
        // Four digits are grouped too (unlike Intl ru-RU).
        assert_eq!(ru(dec!(1234), 0, 0), "1\u{a0}234");
        assert_eq!(ru(dec!(123456), 0, 0), "123\u{a0}456");
        assert_eq!(ru(dec!(1234567), 0, 0), "1\u{a0}234\u{a0}567");
        assert_eq!(en(dec!(5), 0, 0), "5");
        assert_eq!(en(dec!(123), 0, 0), "123");
        assert_eq!(en(dec!(1234), 0, 0), "1,234");
        assert_eq!(en(dec!(1234567), 0, 0), "1,234,567");
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(ru(dec!(2.345), 0, 2), "2,35");
        assert_eq!(ru(dec!(-2.345), 0, 2), "-2,35");
        assert_eq!(ru(dec!(2.344), 0, 2), "2,34");
        assert_eq!(en(dec!(2.345), 0, 2), "2.35");
        assert_eq!(ru(dec!(0.5), 0, 0), "1");
        assert_eq!(ru(dec!(999.996), 0, 2), "1\u{a0}000");
    }

    #[test]
    fn negative_numbers_have_ascii_minus() {
        assert_eq!(ru(dec!(-1234.5), 0, 2), "-1\u{a0}234,5");
        assert_eq!(en(dec!(-1234.5), 0, 2), "-1,234.5");
        assert_eq!(ru(dec!(-7), 0, 0), "-7");
    }

    #[test]
    fn negative_zero_prints_as_zero() {
        assert_eq!(ru(dec!(-0.001), 0, 2), "0");
        assert_eq!(ru(dec!(-0.001), 2, 2), "0,00");
        assert_eq!(ru(dec!(-0.4), 0, 0), "0");
        assert_eq!(ru(-Decimal::ZERO, 0, 0), "0");
        assert_eq!(ru(Decimal::ZERO, 0, 6), "0");
    }

    #[test]
    fn trims_trailing_zeros_but_keeps_min_dp() {
        assert_eq!(ru(dec!(1.500), 0, 6), "1,5");
        assert_eq!(ru(dec!(1.000), 0, 6), "1");
        assert_eq!(ru(dec!(1.5), 2, 6), "1,50");
        assert_eq!(ru(dec!(1), 2, 6), "1,00");
        assert_eq!(ru(dec!(1.123456789), 0, 6), "1,123457");
        assert_eq!(ru(dec!(100), 0, 6), "100");
        // min_dp above max_dp: round first, then pad.
        assert_eq!(ru(dec!(1.26), 3, 1), "1,300");
    }

    #[test]
    fn extreme_values_do_not_panic() {
        assert_eq!(
            ru(Decimal::MAX, 0, 0),
            "79\u{a0}228\u{a0}162\u{a0}514\u{a0}264\u{a0}337\u{a0}593\u{a0}543\u{a0}950\u{a0}335"
        );
        assert_eq!(
            en(Decimal::MIN, 0, 0),
            "-79,228,162,514,264,337,593,543,950,335"
        );
        assert_eq!(
            ru(dec!(0.0000000000000000000000000001), 0, 28),
            "0,0000000000000000000000000001"
        );
        assert_eq!(
            ru(dec!(1), u32::MAX, u32::MAX),
            "1,0000000000000000000000000000"
        );
    }

    #[test]
    fn money_exact_and_whole() {
        let rub = Currency::rub();
        let m = Money(dec!(1234567.89));
        assert_eq!(
            format_money(m, &rub, false, Locale::Ru),
            "1\u{a0}234\u{a0}567,89\u{a0}₽"
        );
        assert_eq!(
            format_money(m, &rub, false, Locale::En),
            "1,234,567.89\u{a0}₽"
        );
        assert_eq!(
            format_money(m, &rub, true, Locale::Ru),
            "1\u{a0}234\u{a0}568\u{a0}₽"
        );
        assert_eq!(
            format_money(Money(dec!(12500000)), &rub, true, Locale::Ru),
            "12\u{a0}500\u{a0}000\u{a0}₽"
        );
        assert_eq!(
            format_money(Money(dec!(12500000)), &rub, true, Locale::En),
            "12,500,000\u{a0}₽"
        );
        assert_eq!(
            format_money(Money::ZERO, &rub, false, Locale::Ru),
            "0,00\u{a0}₽"
        );
        assert_eq!(
            format_money(Money::ZERO, &rub, true, Locale::Ru),
            "0\u{a0}₽"
        );
        assert_eq!(
            format_money(Money(dec!(1234.5)), &rub, false, Locale::Ru),
            "1\u{a0}234,50\u{a0}₽"
        );
        assert_eq!(
            format_money(Money(dec!(0.005)), &rub, false, Locale::Ru),
            "0,01\u{a0}₽"
        );
        assert_eq!(
            format_money(Money(dec!(-0.004)), &rub, false, Locale::Ru),
            "0,00\u{a0}₽"
        );
        assert_eq!(
            format_money(Money(dec!(2.5)), &rub, true, Locale::Ru),
            "3\u{a0}₽"
        );
        assert_eq!(
            format_money(Money(dec!(-2.5)), &rub, true, Locale::Ru),
            "-3\u{a0}₽"
        );
        assert_eq!(
            format_money(Money(dec!(-1500.255)), &rub, false, Locale::Ru),
            "-1\u{a0}500,26\u{a0}₽"
        );
    }

    #[test]
    fn money_other_currencies() {
        let usd = Currency("USD".into());
        let gbp = Currency("GBP".into());
        assert_eq!(
            format_money(Money(dec!(1000)), &usd, false, Locale::En),
            "1,000.00\u{a0}$"
        );
        assert_eq!(
            format_money(Money(dec!(1000)), &gbp, true, Locale::Ru),
            "1\u{a0}000\u{a0}GBP"
        );
    }

    #[test]
    fn percentages() {
        assert_eq!(
            format_percent(Rate(dec!(0.125)), 1, Locale::Ru),
            "12,5\u{a0}%"
        );
        assert_eq!(format_percent(Rate(dec!(0.125)), 1, Locale::En), "12.5%");
        assert_eq!(
            format_percent(Rate(dec!(0.125)), 2, Locale::Ru),
            "12,5\u{a0}%"
        );
        // 12.5 % at 0 places rounds half away from zero to 13 %.
        assert_eq!(
            format_percent(Rate(dec!(0.125)), 0, Locale::Ru),
            "13\u{a0}%"
        );
        assert_eq!(
            format_percent(Rate(dec!(0.12345)), 1, Locale::Ru),
            "12,3\u{a0}%"
        );
        assert_eq!(format_percent(Rate(dec!(0.12355)), 2, Locale::En), "12.36%");
        let third = Rate(Decimal::ONE / Decimal::from(3));
        assert_eq!(format_percent(third, 2, Locale::Ru), "33,33\u{a0}%");
        assert_eq!(format_percent(Rate::ZERO, 2, Locale::Ru), "0\u{a0}%");
        assert_eq!(format_percent(Rate(dec!(1)), 2, Locale::Ru), "100\u{a0}%");
        assert_eq!(format_percent(Rate(dec!(0.5)), 2, Locale::En), "50%");
        assert_eq!(format_percent(Rate(dec!(0.05)), 2, Locale::En), "5%");
        assert_eq!(
            format_percent(Rate(dec!(0.001)), 2, Locale::Ru),
            "0,1\u{a0}%"
        );
        assert_eq!(
            format_percent(Rate(dec!(-0.05)), 2, Locale::Ru),
            "-5\u{a0}%"
        );
        assert_eq!(
            format_percent(Rate(dec!(-0.00001)), 1, Locale::Ru),
            "0\u{a0}%"
        );
        assert_eq!(
            format_percent(Rate(dec!(12.5)), 0, Locale::Ru),
            "1\u{a0}250\u{a0}%"
        );
        assert_eq!(format_percent(Rate(dec!(12.5)), 0, Locale::En), "1,250%");
    }

    #[test]
    fn percent_of_huge_rate_does_not_overflow() {
        assert_eq!(
            format_percent(Rate(Decimal::MAX), 2, Locale::En),
            "7,922,816,251,426,433,759,354,395,033,500%"
        );
        assert_eq!(
            format_percent(
                Rate(dec!(0.0000000000000000000000000001)),
                u32::MAX,
                Locale::En
            ),
            "0.00000000000000000000000001%"
        );
    }
}
