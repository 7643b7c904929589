//! Parsing of numbers typed by the user into numeric fields.
//!
//! The parser is deliberately tolerant of how people type numbers in Russian
//! and English (`1 234,5`, `1234.5`, `−5 %`) and strict about anything
//! ambiguous (`1,234.5`, `1,2,3`). It works on text only and builds the value
//! with [`Decimal::from_str_exact`], so no digit is lost to binary floating point and it never
//! panics.

use crate::engine::money::Rate;
use rust_decimal::Decimal;

/// The most decimal places a [`Decimal`] can hold.
const MAX_SCALE: usize = 28;

/// The most significant integer digits a [`Decimal`] can hold (`Decimal::MAX` has 29).
const MAX_INT_DIGITS: usize = 29;

/// Error kinds, no text (the UI translates): why a typed number was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing but whitespace was typed.
    Empty,
    /// The text is not a number: letters, exponent notation, a lone sign or
    /// separator, misplaced spaces.
    NotANumber,
    /// More than one decimal separator, or both `,` and `.`.
    TwoSeparators,
    /// The value does not fit in a [`Decimal`] (about ±7.9 × 10²⁸).
    TooLarge,
}

impl std::fmt::Display for NumberError {
    /// Short English text, for logs and developers; the UI shows its own translation.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NumberError::Empty => "empty input",
            NumberError::NotANumber => "not a number",
            NumberError::TwoSeparators => "more than one decimal separator",
            NumberError::TooLarge => "number too large",
        })
    }
}

impl std::error::Error for NumberError {}

/// Parses what a user types into a numeric field. Accepts "1 234,5", "1234,5",
/// "1234.5", "1 234.5", groups separated by ordinary space, U+00A0 or U+202F
/// (narrow no-break space), a leading '-' or U+2212 minus or '+', surrounding
/// whitespace, and an optional trailing '%' or '₽' which is ignored. Rejects:
/// empty input, letters, more than one decimal separator, both ',' and '.'
/// present, a separator with no digits, exponent notation, values too large for
/// Decimal. Never panics.
///
/// Details:
/// * The decimal separator is `,` or `.`; either may stand at the start or end
///   (`,5` = 0.5, `5,` = 5). Hence `En`-grouped text such as `1,234,567` is
///   rejected as [`NumberError::TwoSeparators`]; `1,234` reads as 1.234.
/// * A group space must stand between two digits of the integer part; group
///   sizes are not checked (`12 34` = 1234). Whitespace may follow the sign and
///   precede the `%`/`₽`.
/// * Digits beyond the 28th decimal place, or beyond what fits with the integer
///   part, are rounded half away from zero.
/// * `-0` parses as a positive zero. The scale typed is kept (`1,50` → 1.50).
pub fn parse_decimal(input: &str) -> Result<Decimal, NumberError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    let text = text.strip_suffix(['%', '₽']).unwrap_or(text).trim_end();
    let (negative, text) = if let Some(rest) = text.strip_prefix(['-', '\u{2212}']) {
        (true, rest)
    } else if let Some(rest) = text.strip_prefix('+') {
        (false, rest)
    } else {
        (false, text)
    };
    let text = text.trim_start();

    let mut int = String::new();
    let mut frac = String::new();
    let mut separator: Option<char> = None;
    let mut after_digit = false;
    let mut after_space = false;
    for c in text.chars() {
        match c {
            '0'..='9' => {
                if separator.is_some() {
                    frac.push(c);
                } else {
                    int.push(c);
                }
                after_digit = true;
                after_space = false;
            }
            ' ' | '\u{a0}' | '\u{202f}' => {
                if separator.is_some() || !after_digit {
                    return Err(NumberError::NotANumber);
                }
                after_digit = false;
                after_space = true;
            }
            ',' | '.' => {
                if separator.is_some() {
                    return Err(NumberError::TwoSeparators);
                }
                if after_space {
                    return Err(NumberError::NotANumber);
                }
                separator = Some(c);
                after_digit = false;
            }
            _ => return Err(NumberError::NotANumber),
        }
    }
    if after_space || (int.is_empty() && frac.is_empty()) {
        return Err(NumberError::NotANumber);
    }

    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    if int.len() > MAX_INT_DIGITS {
        return Err(NumberError::TooLarge);
    }
    // Keep as many fraction digits as fit, then round on the first one dropped.
    for kept in (0..=frac.len().min(MAX_SCALE)).rev() {
        let exact = if kept == 0 {
            int.to_owned()
        } else {
            format!("{int}.{}", &frac[..kept])
        };
        let Ok(mut value) = Decimal::from_str_exact(&exact) else {
            continue;
        };
        if frac.as_bytes().get(kept).is_some_and(|&d| d >= b'5') {
            value = value
                .checked_add(Decimal::new(1, kept as u32))
                .ok_or(NumberError::TooLarge)?;
        }
        if negative {
            value.set_sign_negative(true);
        }
        if value.is_zero() {
            value.set_sign_positive(true);
        }
        return Ok(value);
    }
    Err(NumberError::TooLarge)
}

/// Parses a percentage typed by the user ("12,5" or "12,5 %") into a Rate
/// (fraction 0.125). Accepts everything [`parse_decimal`] accepts.
pub fn parse_percent(input: &str) -> Result<Rate, NumberError> {
    parse_decimal(input).map(Rate::from_percent)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::locale::{format_decimal, Locale};
    use crate::engine::money::round;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    fn ok(input: &str) -> Decimal {
        parse_decimal(input).unwrap_or_else(|e| panic!("{input:?} rejected: {e}"))
    }

    #[test]
    fn accepts_every_listed_form() {
        assert_eq!(ok("1 234,5"), dec!(1234.5));
        assert_eq!(ok("1234,5"), dec!(1234.5));
        assert_eq!(ok("1234.5"), dec!(1234.5));
        assert_eq!(ok("1 234.5"), dec!(1234.5));
        assert_eq!(ok("1\u{a0}234,5"), dec!(1234.5));
        assert_eq!(ok("1\u{202f}234,5"), dec!(1234.5));
        assert_eq!(ok("1\u{a0}234\u{a0}567,89"), dec!(1234567.89));
        assert_eq!(ok("1 234 567"), dec!(1234567));
        assert_eq!(ok("-1 234,5"), dec!(-1234.5));
        assert_eq!(ok("\u{2212}1 234,5"), dec!(-1234.5));
        assert_eq!(ok("+1 234,5"), dec!(1234.5));
        assert_eq!(ok("- 5"), dec!(-5));
        assert_eq!(ok("  42  "), dec!(42));
        assert_eq!(ok("\t7\n"), dec!(7));
        assert_eq!(ok("\u{a0}8\u{202f}"), dec!(8));
        assert_eq!(ok("12,5 %"), dec!(12.5));
        assert_eq!(ok("12,5%"), dec!(12.5));
        assert_eq!(ok("12,5\u{a0}%"), dec!(12.5));
        assert_eq!(ok("1 234 ₽"), dec!(1234));
        assert_eq!(ok("1\u{a0}234,50\u{a0}₽"), dec!(1234.5));
        assert_eq!(ok("1234₽"), dec!(1234));
        assert_eq!(ok("-3 %"), dec!(-3));
        assert_eq!(ok("0,5"), dec!(0.5));
        assert_eq!(ok(",5"), dec!(0.5));
        assert_eq!(ok("5,"), dec!(5));
        assert_eq!(ok("007"), dec!(7));
        assert_eq!(ok("0"), Decimal::ZERO);
    }

    #[test]
    fn keeps_typed_scale_and_positive_zero() {
        assert_eq!(ok("1234,50").to_string(), "1234.50");
        let zero = ok("-0");
        assert!(zero.is_zero() && zero.is_sign_positive());
        let zero = ok("-0,000");
        assert!(zero.is_zero() && zero.is_sign_positive());
    }

    #[test]
    fn accepts_extremes_and_rounds_surplus_digits() {
        assert_eq!(ok("79228162514264337593543950335"), Decimal::MAX);
        assert_eq!(ok("-79 228 162 514 264 337 593 543 950 335"), Decimal::MIN);
        assert_eq!(ok("0079228162514264337593543950335,0"), Decimal::MAX);
        // 29 decimals: the 29th (9) rounds the 28th up.
        assert_eq!(
            ok("0,12345678901234567890123456789"),
            dec!(0.1234567890123456789012345679)
        );
        assert_eq!(
            ok("-0,12345678901234567890123456784"),
            dec!(-0.1234567890123456789012345678)
        );
        assert_eq!(ok("1,00000000000000000000000000000000001"), dec!(1));
        // Too many digits in total: 28 integer digits leave room for one decimal.
        assert_eq!(
            ok("1000000000000000000000000000,44"),
            dec!(1000000000000000000000000000.4)
        );
        assert_eq!(
            ok("1000000000000000000000000000,45"),
            dec!(1000000000000000000000000000.5)
        );
    }

    #[test]
    fn rejects_every_listed_bad_form() {
        use NumberError::*;
        let cases: &[(&str, NumberError)] = &[
            ("", Empty),
            ("   ", Empty),
            ("\u{a0}\t", Empty),
            ("abc", NotANumber),
            ("12a", NotANumber),
            ("a12", NotANumber),
            ("NaN", NotANumber),
            ("inf", NotANumber),
            ("0x10", NotANumber),
            ("١٢", NotANumber),
            ("1,2,3", TwoSeparators),
            ("1.2.3", TwoSeparators),
            ("1,,5", TwoSeparators),
            ("1,234,567", TwoSeparators),
            ("1,234.5", TwoSeparators),
            ("1.234,5", TwoSeparators),
            (",", NotANumber),
            (".", NotANumber),
            ("-,", NotANumber),
            (", %", NotANumber),
            ("-", NotANumber),
            ("\u{2212}", NotANumber),
            ("+", NotANumber),
            ("%", NotANumber),
            ("₽", NotANumber),
            ("1e5", NotANumber),
            ("1E5", NotANumber),
            ("1,5e3", NotANumber),
            ("1e-5", NotANumber),
            ("--5", NotANumber),
            ("+-5", NotANumber),
            ("5-", NotANumber),
            ("1  234", NotANumber),
            ("1 ,5", NotANumber),
            ("1, 5", NotANumber),
            ("1,2 3", NotANumber),
            ("12 %%", NotANumber),
            ("% 12", NotANumber),
            ("12 $", NotANumber),
            ("79228162514264337593543950336", TooLarge),
            ("-79228162514264337593543950336", TooLarge),
            ("100000000000000000000000000000000", TooLarge),
            ("79228162514264337593543950335,5", TooLarge),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_decimal(input), Err(expected.clone()), "{input:?}");
        }
    }

    #[test]
    fn parses_percentages() {
        assert_eq!(parse_percent("12,5"), Ok(Rate(dec!(0.125))));
        assert_eq!(parse_percent("12,5 %"), Ok(Rate(dec!(0.125))));
        assert_eq!(parse_percent("12.5%"), Ok(Rate(dec!(0.125))));
        assert_eq!(parse_percent("100"), Ok(Rate(dec!(1))));
        assert_eq!(parse_percent("\u{2212}3\u{a0}%"), Ok(Rate(dec!(-0.03))));
        assert_eq!(parse_percent("0"), Ok(Rate::ZERO));
        assert_eq!(parse_percent(""), Err(NumberError::Empty));
        assert_eq!(parse_percent("x %"), Err(NumberError::NotANumber));
        assert_eq!(parse_percent("1,2.3"), Err(NumberError::TwoSeparators));
    }

    #[test]
    fn error_texts() {
        assert_eq!(NumberError::Empty.to_string(), "empty input");
        assert_eq!(NumberError::NotANumber.to_string(), "not a number");
        assert_eq!(
            NumberError::TwoSeparators.to_string(),
            "more than one decimal separator"
        );
        assert_eq!(NumberError::TooLarge.to_string(), "number too large");
    }

    proptest! {
        #[test]
        fn ru_format_round_trips(mantissa in any::<i64>(), scale in 0u32..=6) {
            let x = Decimal::new(mantissa, scale);
            let text = format_decimal(x, 0, 6, Locale::Ru);
            prop_assert_eq!(parse_decimal(&text), Ok(round(x, 6)));
        }

        #[test]
        fn ru_format_round_trips_after_rounding(mantissa in any::<i64>(), scale in 0u32..=12) {
            let x = Decimal::new(mantissa, scale);
            let text = format_decimal(x, 0, 6, Locale::Ru);
            prop_assert_eq!(parse_decimal(&text), Ok(round(x, 6)));
        }

        #[test]
        fn never_panics_on_arbitrary_strings(s in any::<String>()) {
            let _ = parse_decimal(&s);
            let _ = parse_percent(&s);
        }

        #[test]
        fn never_panics_on_number_like_strings(
            s in "[-+\u{2212} ]{0,2}[0-9 \u{a0}\u{202f},.eE]{0,40}[ %₽]{0,2}"
        ) {
            if let Ok(value) = parse_decimal(&s) {
                // Whatever is accepted is a plain number whose Ru form parses back.
                let text = format_decimal(value, 0, 28, Locale::Ru);
                prop_assert_eq!(parse_decimal(&text), Ok(value));
            }
        }
    }
}
