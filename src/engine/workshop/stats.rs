//! Descriptive statistics of the workshop ratings (domain §3): per cell of the
//! criteria × subjects grid the mean, the median, the spread as a sample standard
//! deviation (Excel's STDEV.S) and the interquartile range with quartiles by linear
//! interpolation (Excel's QUARTILE.INC).
//!
//! Every function takes the values of one cell («не знаю» already left out) and
//! returns `None` when there are too few of them. Results are rounded once, in
//! [`round_stat`], to [`STAT_DP`] places with the application's rounding (half away
//! from zero, [`crate::engine::money::ROUNDING`]). Arithmetic is checked: values so
//! large that a sum of squares overflows [`Decimal`] (about 10¹² and beyond, never a
//! rating) give `None`
//! rather than a panic.

use crate::engine::money::round;
use crate::engine::sort::sort_by;
use crate::engine::stats::sqrt;
use rust_decimal::Decimal;

/// Decimal places kept by every workshop statistic (`2.3452`).
pub const STAT_DP: u32 = 4;

/// Rounds a statistic to [`STAT_DP`] places, half away from zero: the one place where
/// workshop figures are rounded.
pub fn round_stat(value: Decimal) -> Decimal {
    round(value, STAT_DP)
}

/// All the statistics of one cell at once (what [`crate::engine::workshop::results`]
/// shows per criterion × subject).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// How many values (ratings other than «не знаю»).
    pub n: usize,
    /// [`mean`].
    pub mean: Option<Decimal>,
    /// [`median`].
    pub median: Option<Decimal>,
    /// [`stdev`], STDEV.S.
    pub stdev: Option<Decimal>,
    /// First quartile, [`quartile`] 1.
    pub q1: Option<Decimal>,
    /// Third quartile, [`quartile`] 3.
    pub q3: Option<Decimal>,
    /// [`iqr`] = Q3 − Q1.
    pub iqr: Option<Decimal>,
}

/// Arithmetic mean (среднее) = Σ x / n; `None` for no values.
pub fn mean(values: &[Decimal]) -> Option<Decimal> {
    let (sum, _) = sums(values)?;
    mean_of(values.len(), sum)
}

/// Median (медиана): the middle value of the sorted values, or the average of the two
/// middle ones for an even count; QUARTILE.INC's quartile 2. `None` for no values.
pub fn median(values: &[Decimal]) -> Option<Decimal> {
    quartile(values, 2)
}

/// Sample standard deviation (стандартное отклонение), Excel's STDEV.S:
/// s = √( Σ (x − x̄)² / (n − 1) ), computed as √( (n·Σx² − (Σx)²) / (n·(n − 1)) ),
/// which is exact for whole-number ratings; `None` for fewer than two values.
pub fn stdev(values: &[Decimal]) -> Option<Decimal> {
    let (sum, squares) = sums(values)?;
    stdev_of(values.len(), sum, squares)
}

/// Quartile `quart` (0 = minimum, 1 = Q1, 2 = median, 3 = Q3, 4 = maximum) as Excel's
/// QUARTILE.INC: on the sorted values x₀ ≤ … ≤ xₙ₋₁, position h = (n − 1)·quart / 4,
/// k = ⌊h⌋, Q = x_k + (h − k)·(x_{k+1} − x_k). `None` for no values or `quart` > 4.
pub fn quartile(values: &[Decimal], quart: u8) -> Option<Decimal> {
    let sorted = sorted(values);
    quartile_of(sorted.len(), &|k| sorted[k], quart).map(round_stat)
}

/// Interquartile range (межквартильный размах) = Q3 − Q1 ([`quartile`]): the spread
/// of the middle half of the ratings. 0 for a single value, `None` for none.
pub fn iqr(values: &[Decimal]) -> Option<Decimal> {
    summary(values).iqr
}

/// [`Summary`] of unordered values: sorts a copy once.
pub fn summary(values: &[Decimal]) -> Summary {
    summary_sorted(&sorted(values))
}

/// [`Summary`] of values already in ascending order, without allocating.
pub fn summary_sorted(sorted: &[Decimal]) -> Summary {
    debug_assert!(sorted.windows(2).all(|w| w[0] <= w[1]), "sorted ascending");
    let Some((sum, squares)) = sums(sorted) else {
        return Summary {
            n: sorted.len(),
            ..Summary::default()
        };
    };
    describe(sorted.len(), sum, squares, &|k| sorted[k])
}

/// [`Summary`] of ratings given as a histogram: `counts[v]` ratings equal to `v`
/// (e.g. `counts[7] = 3`: three sevens), for the levels of a `u8` (entries past 255 are
/// ignored). The hot path of the workshop results: whole sums, no sorting, no
/// allocation; the same figures as [`summary`] of those ratings.
pub fn summary_of_counts(counts: &[u32]) -> Summary {
    let counts = &counts[..counts.len().min(256)];
    let (mut n, mut sum, mut squares) = (0usize, 0u64, 0u64);
    for (v, &c) in (0u64..).zip(counts) {
        n += c as usize;
        sum += v * u64::from(c);
        squares += v * v * u64::from(c);
    }
    // The k-th smallest rating (from 0): the level where the running count passes k.
    let nth = |k: usize| {
        let mut seen = 0usize;
        for (v, &c) in (0i64..).zip(counts) {
            seen += c as usize;
            if seen > k {
                return Decimal::from(v);
            }
        }
        Decimal::ZERO
    };
    describe(n, Decimal::from(sum), Decimal::from(squares), &nth)
}

/// Mean (среднее) of ratings given as a histogram (`counts[v]` ratings equal to `v`, as
/// in [`summary_of_counts`]): Σ v·counts[v] / Σ counts[v], rounded to [`STAT_DP`];
/// `None` for no ratings. The same figure as [`Summary::mean`] of [`summary_of_counts`].
pub fn mean_of_counts(counts: &[u32]) -> Option<Decimal> {
    let counts = &counts[..counts.len().min(256)];
    let (mut n, mut sum) = (0usize, 0u64);
    for (v, &c) in (0u64..).zip(counts) {
        n += c as usize;
        sum += v * u64::from(c);
    }
    mean_of(n, Decimal::from(sum))
}

/// The [`Summary`] of `n` values with sum `sum`, sum of squares `squares` and k-th
/// smallest value `nth(k)`.
fn describe(n: usize, sum: Decimal, squares: Decimal, nth: &dyn Fn(usize) -> Decimal) -> Summary {
    let (q1, q3) = (quartile_of(n, nth, 1), quartile_of(n, nth, 3));
    Summary {
        n,
        mean: mean_of(n, sum),
        median: quartile_of(n, nth, 2).map(round_stat),
        stdev: stdev_of(n, sum, squares),
        q1: q1.map(round_stat),
        q3: q3.map(round_stat),
        iqr: q3
            .zip(q1)
            .and_then(|(a, b)| a.checked_sub(b))
            .map(round_stat),
    }
}

/// The values in ascending order (through the program's one sort).
fn sorted(values: &[Decimal]) -> Vec<Decimal> {
    let mut v = values.to_vec();
    sort_by(&mut v, |a, b| a.cmp(b));
    v
}

/// (Σ x, Σ x²), `None` on overflow.
fn sums(values: &[Decimal]) -> Option<(Decimal, Decimal)> {
    let (mut sum, mut squares) = (Decimal::ZERO, Decimal::ZERO);
    for v in values {
        sum = sum.checked_add(*v)?;
        squares = squares.checked_add(v.checked_mul(*v)?)?;
    }
    Some((sum, squares))
}

/// [`mean`] from the count and the sum.
fn mean_of(n: usize, sum: Decimal) -> Option<Decimal> {
    sum.checked_div(Decimal::from(n)).map(round_stat)
}

/// [`stdev`] from the count, the sum and the sum of squares.
fn stdev_of(n: usize, sum: Decimal, squares: Decimal) -> Option<Decimal> {
    if n < 2 {
        return None;
    }
    let n = Decimal::from(n);
    let numerator = n.checked_mul(squares)?.checked_sub(sum.checked_mul(sum)?)?;
    // Exact arithmetic cannot go below zero; rounded squares of long fractions might.
    root_of_ratio(
        numerator.max(Decimal::ZERO),
        n.checked_mul(n - Decimal::ONE)?,
    )
}

/// √(num / den) rounded to [`STAT_DP`], for num ≥ 0, den > 0. For whole numbers (every
/// rating variance) exactly in integers: t = ⌊√(⌊num·10¹⁰ / den⌋)⌋ = ⌊10⁵·√(num/den)⌋,
/// then (t + 5) / 10 rounds half away from zero at the 4th place (⌊√⌊y⌋⌋ = ⌊√y⌋).
/// Otherwise (fractions, or too large for `u128`) Newton's [`sqrt`] on the quotient.
fn root_of_ratio(num: Decimal, den: Decimal) -> Option<Decimal> {
    let whole = |d: Decimal| u128::try_from(d.mantissa()).ok().filter(|_| d.scale() == 0);
    let scaled = whole(num).and_then(|a| a.checked_mul(10u128.pow(2 * STAT_DP + 2)));
    if let Some(quotient) = scaled.zip(whole(den)).and_then(|(a, b)| a.checked_div(b)) {
        let t = isqrt(quotient);
        return i128::try_from((t + 5) / 10)
            .ok()
            .and_then(|m| Decimal::try_from_i128_with_scale(m, STAT_DP).ok());
    }
    sqrt(num.checked_div(den)?).map(round_stat)
}

/// ⌊√n⌋ by Newton's method from above.
fn isqrt(n: u128) -> u128 {
    if n < 2 {
        return n;
    }
    // Start at a power of two above the root: 2^⌈bits/2⌉.
    let mut x = 1u128 << (128 - n.leading_zeros()).div_ceil(2);
    loop {
        let y = (x + n / x) / 2;
        if y >= x {
            return x;
        }
        x = y;
    }
}

/// QUARTILE.INC of `n` sorted values given by `nth`, unrounded.
fn quartile_of(n: usize, nth: &dyn Fn(usize) -> Decimal, quart: u8) -> Option<Decimal> {
    if n == 0 || quart > 4 {
        return None;
    }
    // h = (n − 1)·quart / 4 = k + r/4 with k, r whole.
    let position = (n - 1) * usize::from(quart);
    let (k, r) = (position / 4, position % 4);
    let low = nth(k);
    if r == 0 {
        return Some(low);
    }
    let step = nth(k + 1).checked_sub(low)?;
    let fraction = Decimal::from(r) / Decimal::from(4);
    low.checked_add(step.checked_mul(fraction)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quartile_positions_interpolate_between_neighbours() {
        // [10, 20, 30]: Q1 at h = 2·1/4 = 0.5 → 10 + 0.5·(20 − 10) = 15;
        // Q3 at h = 1.5 → 20 + 0.5·10 = 25; IQR 10.
        let v = [Decimal::from(30), Decimal::from(10), Decimal::from(20)];
        assert_eq!(quartile(&v, 1), Some(Decimal::from(15)));
        assert_eq!(quartile(&v, 3), Some(Decimal::from(25)));
        assert_eq!(iqr(&v), Some(Decimal::from(10)));
    }

    #[test]
    fn whole_roots_are_exact_and_agree_with_newton() {
        // √(83/12) = 2.6299556… → 2.6300 (a 5 in the 5th place, rounded up);
        // √(1/3) = 0.57735… → 0.5774; √4 = 2; √0 = 0.
        let ratio = |a: i64, b: i64| root_of_ratio(Decimal::from(a), Decimal::from(b));
        assert_eq!(ratio(83, 12), Some(Decimal::new(26300, 4)));
        assert_eq!(ratio(1, 3), Some(Decimal::new(5774, 4)));
        assert_eq!(ratio(24, 6), Some(Decimal::TWO));
        assert_eq!(ratio(0, 6), Some(Decimal::ZERO));
        // The integer path and Newton's root on the quotient agree on every variance
        // of up to 40 ratings (numerators 0..2000 over n(n − 1)).
        for n in 2..=40i64 {
            for num in (0..2000).step_by(7) {
                let newton = sqrt(Decimal::from(num) / Decimal::from(n * (n - 1)));
                assert_eq!(ratio(num, n * (n - 1)), newton.map(round_stat), "{num}/{n}");
            }
        }
        assert_eq!(isqrt(99), 9);
        assert_eq!(isqrt(100), 10);
        assert_eq!(isqrt(u128::MAX), u128::from(u64::MAX));
    }

    #[test]
    fn histogram_summary_agrees_with_the_values() {
        // counts: one 3, one 7, two 8s, one 9 = [7, 8, 8, 9, 3] of the odd-count example.
        let mut counts = [0u32; 11];
        for v in [7, 8, 8, 9, 3] {
            counts[v] += 1;
        }
        let values: Vec<Decimal> = [7, 8, 8, 9, 3].into_iter().map(Decimal::from).collect();
        assert_eq!(summary_of_counts(&counts), summary(&values));
        assert_eq!(summary_of_counts(&[]), Summary::default());
    }

    #[test]
    fn histogram_mean_is_the_summary_mean() {
        // One 3, one 7, two 8s, one 9: 35 / 5 = 7. One 1, two 2s: 5 / 3 = 1.66666…
        // → 1.6667. A 7 and an 8: 7.5. No ratings: none.
        let hist = |values: &[usize]| {
            let mut counts = [0u32; 11];
            for &v in values {
                counts[v] += 1;
            }
            counts
        };
        assert_eq!(
            mean_of_counts(&hist(&[3, 7, 8, 8, 9])),
            Some(Decimal::from(7))
        );
        assert_eq!(
            mean_of_counts(&hist(&[1, 2, 2])),
            Some(Decimal::new(16667, 4))
        );
        assert_eq!(mean_of_counts(&hist(&[7, 8])), Some(Decimal::new(75, 1)));
        assert_eq!(mean_of_counts(&hist(&[])), None);
        for values in [&[3, 7, 8, 8, 9][..], &[1, 2, 2], &[10], &[]] {
            let counts = hist(values);
            assert_eq!(mean_of_counts(&counts), summary_of_counts(&counts).mean);
        }
    }

    #[test]
    fn summary_agrees_with_the_single_functions() {
        // [2, 9, 4]: mean 15/3 = 5; sorted [2, 4, 9] → median 4; Q1 at h = 0.5 → 3,
        // Q3 at h = 1.5 → 4 + 0.5·5 = 6.5, IQR 3.5;
        // STDEV.S: (9 + 1 + 16) / 2 = 13 → √13 = 3.60555… → 3.6056.
        let v = [Decimal::from(2), Decimal::from(9), Decimal::from(4)];
        let s = summary(&v);
        assert_eq!(s.n, 3);
        assert_eq!(s.mean, Some(Decimal::from(5)));
        assert_eq!(s.median, Some(Decimal::from(4)));
        assert_eq!(s.stdev, Some(Decimal::new(36056, 4)));
        assert_eq!(s.q1, Some(Decimal::from(3)));
        assert_eq!(s.q3, Some(Decimal::new(65, 1)));
        assert_eq!(s.iqr, Some(Decimal::new(35, 1)));
        assert_eq!(
            (s.mean, s.median, s.stdev, s.iqr),
            (mean(&v), median(&v), stdev(&v), iqr(&v))
        );
    }
}
