//! Money and rates: newtypes over [`rust_decimal::Decimal`] with the one rounding
//! rule of the application.
//!
//! Domain: every amount of money in KAM Studio (revenue, margin, cost-to-serve,
//! budgets) is a [`Money`]; every share or rate (gross margin, discount rate,
//! attainable share) is a [`Rate`] stored as a fraction (`0.25` = 25 %).
//! Both serialise as JSON strings so that no digit is ever lost to binary floating point.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use std::ops::{Add, Mul, Neg, Sub};

/// The rounding strategy used everywhere: half away from zero, as in Russian
/// accounting practice and Excel's ROUND (`2.345 → 2.35`, `-2.345 → -2.35`).
pub const ROUNDING: RoundingStrategy = RoundingStrategy::MidpointAwayFromZero;

/// Decimal places kept by a rounded amount of money (kopecks, cents).
pub const MONEY_DP: u32 = 2;

/// Decimal places kept by a rounded rate as a fraction (`0.123456` = 12.3456 %).
pub const RATE_DP: u32 = 6;

/// Rounds `value` to `dp` decimal places with the application's one rule, [`ROUNDING`].
pub fn round(value: Decimal, dp: u32) -> Decimal {
    value.round_dp_with_strategy(dp, ROUNDING)
}

/// An amount of money in the workspace currency.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(pub Decimal);

impl Money {
    /// Zero money.
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// The amount as a plain decimal.
    pub fn amount(self) -> Decimal {
        self.0
    }

    /// The amount rounded to [`MONEY_DP`] places with [`ROUNDING`].
    pub fn rounded(self) -> Money {
        Money(round(self.0, MONEY_DP))
    }

    /// True when the amount is below zero.
    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// This amount times a rate, e.g. revenue × gross margin = gross profit.
    pub fn times(self, rate: Rate) -> Money {
        Money(self.0 * rate.0)
    }

    /// `self.times(rate).rounded()`, the same amount to the kopeck, but computed on the
    /// integer mantissas when the exact product fits a [`Decimal`] (as it does for every
    /// realistic amount): a [`Decimal`] rounding costs a division, and the analysis of a
    /// large base does this several times per client.
    pub fn times_rounded(self, rate: Rate) -> Money {
        let (a, b) = (self.0, rate.0);
        let scale = a.scale() + b.scale();
        // |product| < 2^96 and scale ≤ 28: the Decimal product is exact too, so both
        // round the same exact value.
        let exact = a
            .mantissa()
            .checked_mul(b.mantissa())
            .filter(|m| m.unsigned_abs() < 1u128 << 96 && scale <= 28);
        let rounded = exact.and_then(|product| {
            if scale <= MONEY_DP {
                return Decimal::try_from_i128_with_scale(product, scale).ok();
            }
            let divisor = 10i128.checked_pow(scale - MONEY_DP)?;
            let (q, r) = (product / divisor, product % divisor);
            // Half away from zero, as ROUNDING.
            let q = if r.unsigned_abs() * 2 >= divisor.unsigned_abs() {
                q + product.signum()
            } else {
                q
            };
            Decimal::try_from_i128_with_scale(q, MONEY_DP).ok()
        });
        match rounded {
            Some(amount) => Money(amount),
            None => self.times(rate).rounded(),
        }
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl Mul<Decimal> for Money {
    type Output = Money;
    fn mul(self, rhs: Decimal) -> Money {
        Money(self.0 * rhs)
    }
}

impl std::iter::Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, |a, b| a + b)
    }
}

/// A rate or share stored as a fraction: `Rate(0.25)` is 25 %.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Rate(pub Decimal);

impl Rate {
    /// Zero per cent.
    pub const ZERO: Rate = Rate(Decimal::ZERO);

    /// A rate from a percentage: `from_percent(12.5)` is the fraction 0.125.
    pub fn from_percent(percent: Decimal) -> Rate {
        Rate(percent / Decimal::ONE_HUNDRED)
    }

    /// The rate as a percentage: 0.125 → 12.5.
    pub fn percent(self) -> Decimal {
        (self.0 * Decimal::ONE_HUNDRED).normalize()
    }

    /// The rate as a fraction.
    pub fn fraction(self) -> Decimal {
        self.0
    }

    /// The rate rounded to [`RATE_DP`] places of its fraction with [`ROUNDING`].
    pub fn rounded(self) -> Rate {
        Rate(round(self.0, RATE_DP))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounding_is_half_away_from_zero() {
        // Hand-computed: 2.345 → 2.35 and −2.345 → −2.35 (not banker's 2.34).
        assert_eq!(Money(dec!(2.345)).rounded(), Money(dec!(2.35)));
        assert_eq!(Money(dec!(-2.345)).rounded(), Money(dec!(-2.35)));
        assert_eq!(Money(dec!(2.344)).rounded(), Money(dec!(2.34)));
    }

    #[test]
    fn rate_percent_round_trip() {
        // 12.5 % is the fraction 0.125; 1/3 rounds to 0.333333 at six places.
        assert_eq!(Rate::from_percent(dec!(12.5)), Rate(dec!(0.125)));
        assert_eq!(Rate(dec!(0.125)).percent(), dec!(12.5));
        let third = Rate(Decimal::ONE / Decimal::from(3));
        assert_eq!(third.rounded(), Rate(dec!(0.333333)));
    }

    #[test]
    fn money_times_rate() {
        // Revenue 1 200 000 at a gross margin of 18 % gives 216 000 gross profit.
        let gp = Money(dec!(1200000)).times(Rate::from_percent(dec!(18)));
        assert_eq!(gp.rounded(), Money(dec!(216000.00)));
    }

    #[test]
    fn times_rounded_to_the_kopeck() {
        // 1 543 209.86 × 12.5 % = 192 901.2325 → 192 901.23; 0.05 × 0.1 = 0.005 → 0.01
        // (half away from zero) and −0.005 → −0.01; 12 × 50 % = 6 keeps its scale 1 (6.0).
        let t = |a, r| Money(a).times_rounded(Rate(r));
        assert_eq!(t(dec!(1543209.86), dec!(0.125)), Money(dec!(192901.23)));
        assert_eq!(t(dec!(0.05), dec!(0.1)), Money(dec!(0.01)));
        assert_eq!(t(dec!(-0.05), dec!(0.1)), Money(dec!(-0.01)));
        assert_eq!(t(dec!(12), dec!(0.5)).0.to_string(), "6.0");
    }

    proptest::proptest! {
        #[test]
        fn times_rounded_is_times_then_rounded(
            a in proptest::prop_oneof![
                -1_000_000_000_000_000i128..=1_000_000_000_000_000,
                proptest::num::i128::ANY,
            ],
            sa in 0u32..=28,
            r in proptest::prop_oneof![-1_000_000i64..=1_000_000, proptest::num::i64::ANY],
            sr in 0u32..=28,
        ) {
            // Guards the integer fast path: the same value and the same scale as the
            // Decimal product rounded, for realistic and for any mantissas and scales.
            let money = Money(Decimal::from_i128_with_scale(a % (1i128 << 96), sa));
            let rate = Rate(Decimal::new(r, sr));
            if let Some(product) = money.0.checked_mul(rate.0) {
                let slow = Money(round(product, MONEY_DP));
                let fast = money.times_rounded(rate);
                proptest::prop_assert_eq!(fast, slow);
                proptest::prop_assert_eq!(fast.0.to_string(), slow.0.to_string());
            }
        }
    }

    #[test]
    fn serialises_as_string() {
        // Money travels as a JSON string so no digit is lost to floating point.
        let json = serde_json::to_string(&Money(dec!(1234.50))).unwrap();
        assert_eq!(json, "\"1234.50\"");
        let back: Money = serde_json::from_str("\"1234.50\"").unwrap();
        assert_eq!(back, Money(dec!(1234.50)));
    }
}
