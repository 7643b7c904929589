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

/// [`div_round`] for `i64`.
pub(super) fn div_round_i64(n: i64, d: i64) -> i64 {
    let (q, r) = (n / d, n % d);
    if r.unsigned_abs() * 2 >= d.unsigned_abs() {
        q + n.signum()
    } else {
        q
    }
}
