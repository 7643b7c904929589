//! Rank statistics for the bias check of the key-client profile (domain §1): rank the
//! base by current revenue, by potential and by profile score, and measure how far
//! those rankings agree with the Spearman rank correlation.
//!
//! Everything is [`Decimal`]; the one square root is a Newton iteration on
//! [`Decimal`] ([`sqrt`]), because `rust_decimal`'s own `sqrt` needs its `maths`
//! feature, which the crate does not enable.

use crate::engine::money::round;
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
    let mut order: Vec<usize> = (0..values.len()).collect();
    if descending {
        order.sort_by(|&a, &b| values[b].cmp(&values[a]));
    } else {
        order.sort_by(|&a, &b| values[a].cmp(&values[b]));
    }
    let mut out = vec![Decimal::ZERO; values.len()];
    let mut start = 0;
    while start < order.len() {
        let mut end = start;
        while end + 1 < order.len() && values[order[end + 1]] == values[order[start]] {
            end += 1;
        }
        // Positions start+1 ..= end+1 (1-based); their average is (start + end + 2) / 2.
        let rank = Decimal::from(start + end + 2) / Decimal::TWO;
        for &i in &order[start..=end] {
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
    if a.len() != b.len() || a.len() < 2 {
        return None;
    }
    let ra = ranks(a, false);
    let rb = ranks(b, false);
    // Average ranks keep the sum n(n+1)/2, so both means are (n + 1) / 2.
    let mean = Decimal::from(a.len() + 1) / Decimal::TWO;
    let (mut cov, mut va, mut vb) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    for (x, y) in ra.iter().zip(&rb) {
        let (dx, dy) = (*x - mean, *y - mean);
        cov = cov.checked_add(dx.checked_mul(dy)?)?;
        va = va.checked_add(dx.checked_mul(dx)?)?;
        vb = vb.checked_add(dy.checked_mul(dy)?)?;
    }
    if va.is_zero() || vb.is_zero() {
        return None;
    }
    // Two roots instead of √(va·vb): the product could overflow for a very long list.
    let denominator = sqrt(va)?.checked_mul(sqrt(vb)?)?;
    let rho = round(cov.checked_div(denominator)?, CORRELATION_DP);
    // The last digit of a root may push a perfect correlation a hair past ±1.
    Some(rho.clamp(-Decimal::ONE, Decimal::ONE))
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
