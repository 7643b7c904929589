//! Rank statistics of the bias check (domain §1): average ranks with ties, the Spearman
//! rank correlation and the Decimal square root under it, against hand-computed figures.

use kam_studio::engine::stats::{rank_correlation, ranks, spearman, sqrt};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn decimals(values: &[i64]) -> Vec<Decimal> {
    values.iter().map(|&v| Decimal::from(v)).collect()
}

#[test]
fn ties_share_the_average_rank() {
    // Guards the tie rule: [10, 20, 20, 5] descending puts the 20s at positions 1 and 2,
    // each ranked (1 + 2) / 2 = 1.5; 10 is 3rd, 5 is 4th.
    assert_eq!(
        ranks(&decimals(&[10, 20, 20, 5]), true),
        vec![dec!(3), dec!(1.5), dec!(1.5), dec!(4)]
    );
    // Ascending: 5 → 1, 10 → 2, the 20s share positions 3 and 4 → 3.5.
    assert_eq!(
        ranks(&decimals(&[10, 20, 20, 5]), false),
        vec![dec!(2), dec!(3.5), dec!(3.5), dec!(1)]
    );
    // Three-way tie at the top: positions 1, 2, 3 → (1 + 2 + 3) / 3 = 2 = (1 + 3) / 2.
    assert_eq!(
        ranks(&decimals(&[7, 7, 7, 1]), true),
        vec![dec!(2), dec!(2), dec!(2), dec!(4)]
    );
    assert_eq!(ranks(&[], true), Vec::<Decimal>::new());
}

#[test]
fn equal_values_tie_whatever_their_scale() {
    // Guards the integer sort keys: 1.5 and 1.50 are the same value (positions 1 and 2 →
    // 1.5 each), 2 comes third.
    assert_eq!(
        ranks(&[dec!(1.5), dec!(1.50), dec!(2)], false),
        vec![dec!(1.5), dec!(1.5), dec!(3)]
    );
    // Decimal::MAX at the scale of 10^−28 does not fit an i128: the Decimal path ranks
    // it: 10^−28 → 1, the two 1.5s → (2 + 3) / 2 = 2.5, 2 → 4, MAX → 5.
    let tiny = Decimal::new(1, 28);
    assert_eq!(
        ranks(&[dec!(1.5), dec!(1.50), dec!(2), Decimal::MAX, tiny], false),
        vec![dec!(2.5), dec!(2.5), dec!(4), dec!(5), dec!(1)]
    );
}

#[test]
fn descending_ranks_give_the_same_correlation() {
    // Guards `rank_correlation` on ranks the caller already has: reversing both rankings
    // (r → n + 1 − r) flips the sign of every deviation from the mean on both sides, so
    // the products and the correlation stay. a = 10, 20, 20, 30, 40 and b = 1, 3, 2, 2, 5
    // give 0.7632 (worked out in the test below).
    let a = decimals(&[10, 20, 20, 30, 40]);
    let b = decimals(&[1, 3, 2, 2, 5]);
    let down = rank_correlation(&ranks(&a, true), &ranks(&b, true));
    assert_eq!(down, Some(dec!(0.7632)));
    assert_eq!(down, spearman(&a, &b));
    assert_eq!(rank_correlation(&[dec!(1)], &[dec!(1)]), None);
    assert_eq!(rank_correlation(&[dec!(1), dec!(2)], &[dec!(1)]), None);
}

#[test]
fn monotone_rankings_correlate_perfectly() {
    // Guards the extremes: any increasing transform of a ranking gives ρ = 1 (the values
    // differ, the ranks do not), and reversing it gives ρ = −1.
    let revenue = decimals(&[5, 40, 12, 300, 7]);
    let potential = decimals(&[8, 50, 41, 9000, 13]); // ranks 1, 4, 3, 5, 2 on both sides
    assert_eq!(spearman(&revenue, &potential), Some(dec!(1)));
    let reversed: Vec<Decimal> = revenue.iter().map(|v| -*v).collect();
    assert_eq!(spearman(&revenue, &reversed), Some(dec!(-1)));
}

#[test]
fn spearman_with_ties_is_the_pearson_of_average_ranks() {
    // Guards the tie-correct formula (the shortcut 1 − 6Σd²/(n(n²−1)) would be wrong here).
    //
    //  i |  a | rank a |  b | rank b | da = ra − 3 | db = rb − 3 | da·db | da² | db²
    //  0 | 10 |   1    |  1 |   1    |    −2       |    −2       |  4    | 4   | 4
    //  1 | 20 |   2.5  |  3 |   4    |    −0.5     |     1       | −0.5  | 0.25| 1
    //  2 | 20 |   2.5  |  2 |   2.5  |    −0.5     |    −0.5     |  0.25 | 0.25| 0.25
    //  3 | 30 |   4    |  2 |   2.5  |     1       |    −0.5     | −0.5  | 1   | 0.25
    //  4 | 40 |   5    |  5 |   5    |     2       |     2       |  4    | 4   | 4
    //                                           mean m = (5 + 1) / 2 = 3
    // Σ da·db = 7.25, Σ da² = 9.5, Σ db² = 9.5
    // ρ = 7.25 / √(9.5 · 9.5) = 7.25 / 9.5 = 0.76315… → 0.7632
    let a = decimals(&[10, 20, 20, 30, 40]);
    let b = decimals(&[1, 3, 2, 2, 5]);
    assert_eq!(
        ranks(&b, false),
        vec![dec!(1), dec!(4), dec!(2.5), dec!(2.5), dec!(5)]
    );
    assert_eq!(spearman(&a, &b), Some(dec!(0.7632)));

    // Unequal variances, so the root is not trivial:
    // a = [1, 2, 3, 4] → ranks 1, 2, 3, 4;  b = [1, 1, 2, 3] → ranks 1.5, 1.5, 3, 4; m = 2.5
    // da = [−1.5, −0.5, 0.5, 1.5], db = [−1, −1, 0.5, 1.5]
    // Σ da·db = 1.5 + 0.5 + 0.25 + 2.25 = 4.5; Σ da² = 5; Σ db² = 1 + 1 + 0.25 + 2.25 = 4.5
    // ρ = 4.5 / √(5 · 4.5) = 4.5 / √22.5 = √0.9 = 0.948683… → 0.9487
    assert_eq!(
        spearman(&decimals(&[1, 2, 3, 4]), &decimals(&[1, 1, 2, 3])),
        Some(dec!(0.9487))
    );
}

#[test]
fn spearman_is_undefined_without_two_varying_rankings() {
    // Guards the refusals: different lengths, fewer than two clients, a constant side.
    assert_eq!(spearman(&decimals(&[1, 2]), &decimals(&[1, 2, 3])), None);
    assert_eq!(spearman(&decimals(&[1]), &decimals(&[1])), None);
    assert_eq!(spearman(&[], &[]), None);
    assert_eq!(spearman(&decimals(&[4, 4, 4]), &decimals(&[1, 2, 3])), None);
    assert_eq!(spearman(&decimals(&[1, 2, 3]), &decimals(&[0, 0, 0])), None);
}

#[test]
fn decimal_square_root() {
    // Guards the Newton root that replaces rust_decimal's `maths` feature.
    // Perfect squares come out exact: √144 = 12, √0.0625 = 0.25, √90.25 = 9.5.
    assert_eq!(sqrt(dec!(144)), Some(dec!(12)));
    assert_eq!(sqrt(dec!(0.0625)), Some(dec!(0.25)));
    assert_eq!(sqrt(dec!(90.25)), Some(dec!(9.5)));
    assert_eq!(sqrt(dec!(1)), Some(dec!(1)));
    assert_eq!(sqrt(dec!(0)), Some(dec!(0)));
    // √2 = 1.41421356237309504880168872420969807856… (to 20 places: …04880).
    assert_eq!(
        sqrt(dec!(2)).map(|r| r.round_dp(20)),
        Some(dec!(1.41421356237309504880))
    );
    // √22.5 = 4.74341649025256940…; the extremes of Decimal do not overflow.
    assert_eq!(
        sqrt(dec!(22.5)).map(|r| r.round_dp(15)),
        Some(dec!(4.743416490252569))
    );
    assert_eq!(
        sqrt(Decimal::MAX).map(|r| r.round()),
        Some(dec!(281474976710656))
    );
    assert_eq!(
        sqrt(dec!(0.0000000000000000000000000001)),
        Some(dec!(0.00000000000001))
    );
    assert_eq!(sqrt(dec!(-1)), None);
}

proptest! {
    #[test]
    fn spearman_is_bounded_and_symmetric(
        pairs in prop::collection::vec((-50i64..50, -50i64..50), 0..40)
    ) {
        // Guards two properties of any correlation: −1 ≤ ρ ≤ 1, and ρ(a, b) = ρ(b, a).
        let a: Vec<Decimal> = pairs.iter().map(|p| Decimal::from(p.0)).collect();
        let b: Vec<Decimal> = pairs.iter().map(|p| Decimal::from(p.1)).collect();
        let ab = spearman(&a, &b);
        prop_assert_eq!(ab, spearman(&b, &a));
        if let Some(rho) = ab {
            prop_assert!(rho >= -Decimal::ONE && rho <= Decimal::ONE, "ρ = {}", rho);
        }
    }

    #[test]
    fn ranks_add_up_to_the_triangle_number(values in prop::collection::vec(-5i64..5, 0..30)) {
        // Guards the average-rank rule: ties never change the total n(n+1)/2.
        let n = values.len();
        let total: Decimal = ranks(&decimals(&values), true).into_iter().sum();
        prop_assert_eq!(total, Decimal::from(n * (n + 1) / 2));
    }

    #[test]
    fn square_root_squares_back(mantissa in 1i64..1_000_000_000_000, scale in 0u32..12) {
        // Guards the Newton iteration: √x · √x equals x to 20 significant digits.
        let x = Decimal::new(mantissa, scale);
        let root = sqrt(x).unwrap();
        let error = (root * root - x).abs();
        prop_assert!(error <= x * dec!(0.00000000000000000001), "x = {}, √x = {}", x, root);
    }
}
