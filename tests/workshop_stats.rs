//! Descriptive statistics of the workshop ratings (domain §3) against Excel's STDEV.S
//! and QUARTILE.INC, worked out by hand; and the results' histogram path against them.

#[path = "support/workshop.rs"]
mod support;

use kam_studio::engine::model::Ballot;
use kam_studio::engine::workshop::results::{cell_means, cells};
use kam_studio::engine::workshop::stats::{iqr, mean, median, quartile, stdev, summary};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use support::session;

fn decimals(values: &[i64]) -> Vec<Decimal> {
    values.iter().map(|&v| Decimal::from(v)).collect()
}

#[test]
fn odd_count_statistics_match_excel() {
    // [7, 8, 8, 9, 3]: mean 35 / 5 = 7; sorted [3, 7, 8, 8, 9] → median 8;
    // STDEV.S = √((0² + 1² + 1² + 2² + 4²) / 4) = √(22 / 4) = √5.5 = 2.34520… → 2.3452;
    // QUARTILE.INC: Q1 at h = 4·¼ = 1 → 7, Q3 at h = 3 → 8, IQR = 8 − 7 = 1.
    let v = decimals(&[7, 8, 8, 9, 3]);
    assert_eq!(mean(&v), Some(dec!(7)));
    assert_eq!(median(&v), Some(dec!(8)));
    assert_eq!(stdev(&v), Some(dec!(2.3452)));
    assert_eq!(quartile(&v, 1), Some(dec!(7)));
    assert_eq!(quartile(&v, 3), Some(dec!(8)));
    assert_eq!(iqr(&v), Some(dec!(1)));
    // Quartiles 0 and 4 are the minimum and the maximum; there is no quartile 5.
    assert_eq!(quartile(&v, 0), Some(dec!(3)));
    assert_eq!(quartile(&v, 4), Some(dec!(9)));
    assert_eq!(quartile(&v, 5), None);
}

#[test]
fn even_count_statistics_interpolate() {
    // [4, 1, 3, 2]: mean 10 / 4 = 2.5; sorted [1, 2, 3, 4] → median (2 + 3) / 2 = 2.5;
    // STDEV.S = √((2.25 + 0.25 + 0.25 + 2.25) / 3) = √(5 / 3) = 1.29099… → 1.2910;
    // Q1 at h = 3·¼ = 0.75 → 1 + 0.75·(2 − 1) = 1.75; Q3 at h = 2.25 → 3 + 0.25·1 = 3.25;
    // IQR = 3.25 − 1.75 = 1.5.
    let v = decimals(&[4, 1, 3, 2]);
    assert_eq!(mean(&v), Some(dec!(2.5)));
    assert_eq!(median(&v), Some(dec!(2.5)));
    assert_eq!(stdev(&v), Some(dec!(1.2910)));
    assert_eq!(quartile(&v, 1), Some(dec!(1.75)));
    assert_eq!(quartile(&v, 3), Some(dec!(3.25)));
    assert_eq!(iqr(&v), Some(dec!(1.5)));
}

#[test]
fn too_few_values_give_none_and_one_value_has_no_spread() {
    let none: [Decimal; 0] = [];
    assert_eq!(
        (mean(&none), median(&none), stdev(&none), iqr(&none)),
        (None, None, None, None)
    );
    // [5]: mean = median = 5; STDEV.S needs n ≥ 2; Q1 = Q3 = 5 → IQR 0.
    let one = [dec!(5)];
    assert_eq!(
        (mean(&one), median(&one), stdev(&one), iqr(&one)),
        (Some(dec!(5)), Some(dec!(5)), None, Some(dec!(0)))
    );
    assert_eq!(summary(&one).n, 1);
}

#[test]
fn fractions_and_rounding_half_away_from_zero() {
    // [1.5, 2.5]: mean 2; STDEV.S = √((0.25 + 0.25) / 1) = √0.5 = 0.70710… → 0.7071.
    let v = [dec!(1.5), dec!(2.5)];
    assert_eq!(mean(&v), Some(dec!(2)));
    assert_eq!(stdev(&v), Some(dec!(0.7071)));
    // Mean 0.0001 / 2 = 0.00005, exactly half of the 4th place: rounds away from zero.
    assert_eq!(mean(&[dec!(0.0001), dec!(0)]), Some(dec!(0.0001)));
    assert_eq!(mean(&[dec!(-0.0001), dec!(0)]), Some(dec!(-0.0001)));
    // Mean 22 / 3 = 7.33333… → 7.3333.
    assert_eq!(mean(&decimals(&[7, 7, 8])), Some(dec!(7.3333)));
}

proptest! {
    /// The cells' counting sort gives the same statistics as the generic functions on
    /// the same ratings with «не знаю» left out.
    #[test]
    fn cells_agree_with_the_generic_statistics(
        column in prop::collection::vec(prop::option::of(1u8..=10), 0..30)
    ) {
        let mut ws = session();
        ws.rounds[0].ballots = column
            .iter()
            .map(|r| Ballot {
                id: String::new(),
                participant: String::new(),
                ratings: vec![vec![*r, None, None], vec![], vec![]],
            })
            .collect();
        let known: Vec<Decimal> = column.iter().flatten().map(|&v| Decimal::from(v)).collect();
        let c = cells(&ws, 0)[0][0];
        prop_assert_eq!(c.n, known.len());
        prop_assert_eq!(
            (c.mean, c.median, c.stdev, c.iqr),
            (mean(&known), median(&known), stdev(&known), iqr(&known))
        );
        // The means alone (the relative strength's path) are the cells' means.
        prop_assert_eq!(cell_means(&ws, 0)[0][0], c.mean);
    }
}
