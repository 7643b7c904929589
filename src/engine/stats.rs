//! Rank statistics for the bias check of the key-client profile (domain §1): rank the
//! base by current revenue, by potential and by profile score, and measure how far
//! those rankings agree with the Spearman rank correlation.
//!
//! Everything is [`Decimal`]; the one square root is a Newton iteration on
//! [`Decimal`] ([`sqrt`]), because `rust_decimal`'s own `sqrt` needs its `maths`
//! feature, which the crate does not enable.

use crate::engine::sort::{sort_keyed, sorted_indices};
use rust_decimal::Decimal;

/// Decimal places kept by a rank correlation (`0.7632`).
pub const CORRELATION_DP: u32 = 4;

/// Fractional ranks (ранги) 1..n of `values`; tied values share the average of the
/// positions they occupy, so the ranks always add up to n(n+1)/2.
///
/// With `descending` the largest value gets rank 1 (the biggest client first), otherwise
/// the smallest does. Example: `[10, 20, 20, 5]` descending → `[3, 1.5, 1.5, 4]`
/// (the two 20s take positions 1 and 2, each gets (1 + 2) / 2 = 1.5).
pub fn ranks(values: &[Decimal], descending: bool) -> Vec<Decimal> {
    match integer_keys(values) {
        Some(keys) => {
            let mut order: Vec<(i128, usize)> = keys.into_iter().zip(0..).collect();
            sort_keyed(&mut order, descending);
            average_ranks(order)
        }
        None => {
            let by = sorted_indices(values.len(), &|a, b| {
                let o = values[a].cmp(&values[b]);
                if descending {
                    o.reverse()
                } else {
                    o
                }
            });
            average_ranks(by.into_iter().map(|i| (values[i], i)).collect())
        }
    }
}

/// The values as integers that order and compare like them: each mantissa at the
/// largest scale among the values; `None` when one does not fit an `i128`.
/// (Comparing two [`Decimal`]s rescales one of them every time: sorting integer keys
/// ranks a base of 10 000 several times faster.)
fn integer_keys(values: &[Decimal]) -> Option<Vec<i128>> {
    let scale = values.iter().map(|v| v.scale()).max().unwrap_or(0);
    values
        .iter()
        .map(|v| {
            let factor = 10i128.checked_pow(scale - v.scale())?;
            v.mantissa().checked_mul(factor)
        })
        .collect()
}

/// [`ranks`] from `(key, index)` pairs sorted by key: tied keys (whatever their
/// order) share the average of their positions.
fn average_ranks<K: PartialEq>(order: Vec<(K, usize)>) -> Vec<Decimal> {
    let mut out = vec![Decimal::ZERO; order.len()];
    let mut start = 0;
    while start < order.len() {
        let mut end = start;
        while end + 1 < order.len() && order[end + 1].0 == order[start].0 {
            end += 1;
        }
        // Positions start+1 ..= end+1 (1-based); their average is (start + end + 2) / 2,
        // written without a division: a whole number, or one with the digit 5 after it.
        let twice = start + end + 2;
        let rank = if twice % 2 == 0 {
            Decimal::from(twice / 2)
        } else {
            Decimal::from(twice / 2) + Decimal::new(5, 1)
        };
        for &(_, i) in &order[start..=end] {
            out[i] = rank;
        }
        start = end + 1;
    }
    out
}

/// Spearman rank correlation (ранговая корреляция Спирмена) of two rankings of the same
/// clients, e.g. revenue vs potential in the bias check: the Pearson correlation of their
/// average ranks ([`ranks`]), so it stays exact with ties.
///
/// ρ = Σ (ra_i − m)(rb_i − m) / √(Σ (ra_i − m)² · Σ (rb_i − m)²), m = (n + 1) / 2,
/// rounded to [`CORRELATION_DP`] places. `None` when the lengths differ, n < 2, or one
/// side is constant (zero variance: the correlation is undefined).
pub fn spearman(a: &[Decimal], b: &[Decimal]) -> Option<Decimal> {
    if a.len() != b.len() {
        return None;
    }
    rank_correlation(&ranks(a, false), &ranks(b, false))
}

/// The correlation under [`spearman`], for rankings already computed with [`ranks`]
/// (both in the same direction, ascending or descending: the result is the same). Lets
/// a caller that shows the ranks anyway (the bias check) skip ranking them again.
///
/// ρ = Σ (ra_i − m)(rb_i − m) / √(Σ (ra_i − m)² · Σ (rb_i − m)²), m = (n + 1) / 2,
/// rounded to [`CORRELATION_DP`] places. `None` when the lengths differ, n < 2, or one
/// side is constant (zero variance: the correlation is undefined).
pub fn rank_correlation(ra: &[Decimal], rb: &[Decimal]) -> Option<Decimal> {
    if ra.len() != rb.len() || ra.len() < 2 {
        return None;
    }
    // Average ranks are whole or halves, so 2·rank is an integer and so are the sums
    // below (exact, in i128); the mean of 2·rank is n + 1.
    let twice = |r: &Decimal| -> Option<i128> {
        let x = r.mantissa().checked_mul(2)?;
        let unit = 10i128.checked_pow(r.scale())?;
        (x % unit == 0).then(|| x / unit)
    };
    let mean = ra.len() as i128 + 1;
    let (mut cov, mut va, mut vb) = (0i128, 0i128, 0i128);
    for (x, y) in ra.iter().zip(rb) {
        let (dx, dy) = (twice(x)? - mean, twice(y)? - mean);
        cov = cov.checked_add(dx.checked_mul(dy)?)?;
        va = va.checked_add(dx.checked_mul(dx)?)?;
        vb = vb.checked_add(dy.checked_mul(dy)?)?;
    }
    if va == 0 || vb == 0 {
        return None;
    }
    // ρ·10⁴ = cov·10⁸ / √(va·vb·10⁸): an integer square root of an exact integer,
    // so the correlation stays exact to its fourth place without a Decimal root (≈ 4 KB
    // of wasm). Fits i128 up to about 100 000 clients; beyond, `None`.
    let root = isqrt(va.checked_mul(vb)?.checked_mul(100_000_000)?);
    let numerator = cov.checked_mul(100_000_000)?;
    // Rounded half away from zero, as `money::round`.
    let scaled = (2 * numerator + numerator.signum() * root) / (2 * root);
    let rho = Decimal::from_i128_with_scale(scaled, CORRELATION_DP).normalize();
    // The last digit of a root may push a perfect correlation a hair past ±1.
    Some(rho.clamp(-Decimal::ONE, Decimal::ONE))
}

/// ⌊√n⌋ of a non-negative integer, by Newton's method from above.
fn isqrt(n: i128) -> i128 {
    if n < 2 {
        return n.max(0);
    }
    let mut x = n;
    let mut y = (x + 1) / 2;
    while y < x {
        x = y;
        y = (x + n / x) / 2;
    }
    x
}

/// Square root of a non-negative [`Decimal`] by Newton's method, y ← (y + x / y) / 2,
/// to the full precision of [`Decimal`] (about 28 significant digits); `None` for a
/// negative `x`. Used by [`spearman`] for the denominator of the correlation.
pub fn sqrt(x: Decimal) -> Option<Decimal> {
    if x.is_zero() {
        return Some(Decimal::ZERO);
    }
    if x.is_sign_negative() {
        return None;
    }
    // Start from a power of ten y with y² ≥ x > (y / 10)²: above the root and within a
    // factor of ten of it, so the iteration decreases monotonically and converges fast.
    let mut y = Decimal::ONE;
    while let Some(square) = y.checked_mul(y) {
        if square >= x {
            break;
        }
        y *= Decimal::TEN;
    }
    loop {
        let lower = y / Decimal::TEN;
        if lower.is_zero() || lower * lower < x {
            break;
        }
        y = lower;
    }
    // From above, Newton's steps only decrease; stop at the first step that does not
    // (the last digit is reached). The cap only guards against a rounding cycle.
    for _ in 0..200 {
        let next = (y + x / y) / Decimal::TWO;
        if next >= y {
            break;
        }
        y = next;
    }
    Some(y)
}
