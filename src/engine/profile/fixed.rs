//! Fixed-point helpers of the score's integer fast path: decimals as whole numbers of
//! 10^−s units, and division with the application's rounding (half away from zero).

use super::plan::POW10;
use rust_decimal::Decimal;

pub(super) fn pow10(n: u32) -> Option<i128> {
    POW10.get(n as usize).copied()
}

/// m · 10^n, or `None` on overflow; skips the slow 128-bit overflow check when
/// |m| < 2^63 and 10^n ≤ 10^18 < 2^60, which cannot overflow.
#[inline]
pub(super) fn mul_pow10(m: i128, n: u32) -> Option<i128> {
    let p = pow10(n)?;
    if n <= 18 && i64::try_from(m).is_ok() {
        Some(m * p)
    } else {
        m.checked_mul(p)
    }
}

/// `d` in units of 10^−s, exactly; `None` if it has more places or does not fit.
pub(super) fn to_units_exact(d: Decimal, s: u32) -> Option<i128> {
    let e = d.scale();
    if e > s {
        return None;
    }
    mul_pow10(d.mantissa(), s - e)
}

/// `d` in units of 10^−s, rounded half away from zero when it has more places.
pub(super) fn to_units(d: Decimal, s: u32) -> Option<i128> {
    let e = d.scale();
    if e <= s {
        return to_units_exact(d, s);
    }
    Some(div_round(d.mantissa(), pow10(e - s)?))
}

/// n / d rounded half away from zero (the application's rounding), for d > 0.
pub(super) fn div_round(n: i128, d: i128) -> i128 {
    let (q, r) = (n / d, n % d);
    if r.unsigned_abs() * 2 >= d.unsigned_abs() {
        q + n.signum()
    } else {
        q
    }
}

/// [`div_round`] without a 128-bit division when the quotient is small (below 4 · 10^15
/// in magnitude, as the score's guard division always is: at most 100 · 10^GUARD_DP).
/// The quotient is guessed in `f64` and then corrected in integers until
/// n = q · d + r with |r| < d and r of the sign of n, so the result is exact; the guess
/// only spares wasm its software 128-bit division (≈ 1.5 ms per 10 000 scores).
/// Any other quotient goes through [`div_round`]. For d > 0.
pub(super) fn div_round_small(n: i128, d: i128) -> i128 {
    let guess = n as f64 / d as f64;
    if guess.is_nan() || guess.abs() >= 4.0e15 {
        return div_round(n, d);
    }
    let mut q = guess as i128;
    let mut r = n - q * d;
    if n >= 0 {
        while r < 0 {
            q -= 1;
            r += d;
        }
        while r >= d {
            q += 1;
            r -= d;
        }
    } else {
        while r > 0 {
            q += 1;
            r -= d;
        }
        while r <= -d {
            q -= 1;
            r += d;
        }
    }
    if r.unsigned_abs() * 2 >= d.unsigned_abs() {
        q + n.signum()
    } else {
        q
    }
}

/// [`div_round`] for `i64`.
pub(super) fn div_round_i64(n: i64, d: i64) -> i64 {
    let (q, r) = (n / d, n % d);
    if r.unsigned_abs() * 2 >= d.unsigned_abs() {
        q + n.signum()
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn small_quotients_round_half_away_from_zero() {
        // 25 / 10 = 2.5 → 3; −25 / 10 → −3; 24 / 10 → 2; 0 / 7 → 0.
        assert_eq!(div_round_small(25, 10), 3);
        assert_eq!(div_round_small(-25, 10), -3);
        assert_eq!(div_round_small(24, 10), 2);
        assert_eq!(div_round_small(0, 7), 0);
        // A score-sized case: 10^37 / (10^25 + 1) = 999 999 999 999.9… → 10^12.
        assert_eq!(
            div_round_small(10i128.pow(37), 10i128.pow(25) + 1),
            10i128.pow(12)
        );
    }

    proptest! {
        #[test]
        fn small_division_equals_the_128_bit_division(
            q in -4_000_000_000_000_000i128..4_000_000_000_000_000,
            d in 1i128..1i128 << 70,
            part in 0.0f64..1.0,
        ) {
            // n = q·d + r with 0 ≤ r < d: quotients of every sign and size the fast
            // path takes, remainders up to and around the half.
            let r = ((d as f64) * part) as i128 % d;
            let n = q * d + r;
            prop_assert_eq!(div_round_small(n, d), div_round(n, d));
            prop_assert_eq!(div_round_small(-n, d), div_round(-n, d));
        }

        #[test]
        fn score_sized_divisions_agree(n in 0i128..10i128.pow(37), d in 10i128.pow(20)..10i128.pow(27)) {
            prop_assert_eq!(div_round_small(n, d), div_round(n, d));
        }
    }
}
