//! Potential per year and its present value: hand-computed examples, Excel's NPV
//! convention, and the monotonicity of NPV in the discount rate.

use kam_studio::engine::money::{Money, Rate};
use kam_studio::engine::potential::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn year(year: i32, consumption: Decimal, share: Decimal, margin: Decimal) -> PotentialYear {
    PotentialYear {
        year,
        consumption: Money(consumption),
        basis: String::new(),
        attainable_share: Rate(share),
        margin_rate: Rate(margin),
    }
}

fn money(amounts: &[Decimal]) -> Vec<Money> {
    amounts.iter().map(|a| Money(*a)).collect()
}

#[test]
fn potential_revenue_and_margin_per_year() {
    // Guards revenue = consumption × share and margin = revenue × margin rate, in order.
    // 2027: 120 000 м² × 14 кг/м² × 9,5 ₽/кг = 15 960 000; × 25 % = 3 990 000; × 18 % = 718 200.
    // 2028: 12 345 678.91 × 12.5 % = 1 543 209.86375 → 1 543 209.86; × 20 % = 308 641.972 → 308 641.97.
    let mut y2027 = year(2027, dec!(15960000), dec!(0.25), dec!(0.18));
    y2027.basis = "120 000 м² жилья × 14 кг/м² × 9,5 ₽/кг".into();
    let years = [y2027, year(2028, dec!(12345678.91), dec!(0.125), dec!(0.2))];
    assert_eq!(
        potential_by_year(&years),
        vec![
            PotentialFigures {
                year: 2027,
                revenue: Money(dec!(3990000.00)),
                margin: Money(dec!(718200.00)),
            },
            PotentialFigures {
                year: 2028,
                revenue: Money(dec!(1543209.86)),
                margin: Money(dec!(308641.97)),
            },
        ]
    );
    assert_eq!(potential_by_year(&[]), vec![]);
}

#[test]
fn margin_is_taken_from_the_rounded_revenue() {
    // Guards that the shown figures reconcile: revenue 10.01 × 50 % = 5.005 → 5.01 (half
    // away from zero); margin 5.01 × 50 % = 2.505 → 2.51 (the unrounded 5.005 × 50 % =
    // 2.5025 would give 2.50, and 5.01 × 50 % ≠ 2.50 on screen).
    let figures = potential_by_year(&[year(2027, dec!(10.01), dec!(0.5), dec!(0.5))]);
    assert_eq!(figures[0].revenue, Money(dec!(5.01)));
    assert_eq!(figures[0].margin, Money(dec!(2.51)));
}

#[test]
fn npv_discounts_the_first_amount_once() {
    // Guards Excel's end-of-year convention: NPV(10 %; 100; 100)
    // = 100 / 1.1 + 100 / 1.21 = 90.909090… + 82.644628… = 173.553719… → 173.55.
    assert_eq!(
        npv(&money(&[dec!(100), dec!(100)]), Rate(dec!(0.1))),
        Money(dec!(173.55))
    );
    // A single amount: 110 / 1.1 = 100.
    assert_eq!(npv(&money(&[dec!(110)]), Rate(dec!(0.1))), Money(dec!(100)));
}

#[test]
fn npv_at_zero_rate_is_the_plain_sum() {
    // Guards the r = 0 case: every factor is 1, so 100 + 200.005 + 300 = 600.005 → 600.01.
    assert_eq!(
        npv(&money(&[dec!(100), dec!(200.005), dec!(300)]), Rate::ZERO),
        Money(dec!(600.01))
    );
    assert_eq!(npv(&[], Rate(dec!(0.1))), Money::ZERO);
}

#[test]
fn npv_five_years_to_the_kopeck() {
    // Guards a full horizon and rounding at the end only. At 15 %:
    //   1 000 000 / 1.15         = 869 565.217391…
    //   1 200 000 / 1.3225       = 907 372.400756…
    //   1 500 000 / 1.520875     = 986 274.348647…
    //   1 500 000 / 1.74900625   = 857 629.868389…
    //   1 800 000 / 2.0113571875 = 894 918.123536…
    //   sum                      = 4 515 759.958721… → 4 515 759.96
    // (rounding each term first would give 869 565.22 + 907 372.40 + 986 274.35
    //  + 857 629.87 + 894 918.12 = 4 515 759.96 too, so the next test pins that rule.)
    let margins = money(&[
        dec!(1000000),
        dec!(1200000),
        dec!(1500000),
        dec!(1500000),
        dec!(1800000),
    ]);
    assert_eq!(npv(&margins, Rate(dec!(0.15))), Money(dec!(4515759.96)));
}

#[test]
fn npv_rounds_only_the_sum() {
    // Guards rounding at the end only: NPV(0 %; 0.004; 0.004) = 0.008 → 0.01, whereas
    // rounding each term first would give 0.00 + 0.00 = 0.00.
    assert_eq!(
        npv(&money(&[dec!(0.004), dec!(0.004)]), Rate::ZERO),
        Money(dec!(0.01))
    );
}

#[test]
fn npv_with_negative_amounts_as_excel() {
    // Guards that amounts keep their sign (an investment first):
    // NPV(10 %; −100; 60; 60) = −90.909090… + 49.586776… + 45.078888… = 3.756574… → 3.76.
    assert_eq!(
        npv(&money(&[dec!(-100), dec!(60), dec!(60)]), Rate(dec!(0.1))),
        Money(dec!(3.76))
    );
}

#[test]
fn npv_is_undefined_at_minus_one_hundred_percent() {
    // Guards the domain of the rate: 1 + r must be positive. At −100 % the factor
    // 1 / 0^t is undefined → None (npv gives 0 instead of panicking); at −50 % it is
    // defined: 100 / 0.5 = 200.
    let amounts = money(&[dec!(100)]);
    assert_eq!(checked_npv(&amounts, Rate(dec!(-1))), None);
    assert_eq!(checked_npv(&amounts, Rate(dec!(-1.5))), None);
    assert_eq!(npv(&amounts, Rate(dec!(-1))), Money::ZERO);
    assert_eq!(
        checked_npv(&amounts, Rate(dec!(-0.5))),
        Some(Money(dec!(200)))
    );
}

#[test]
fn npv_of_a_long_horizon_does_not_overflow() {
    // Guards the carried discount factor: 200 years at 100 % would need 2^200 (beyond
    // Decimal's range) if powers were computed; the sum of 1 / 2^t tends to 1, so
    // 1 000 000 × 200 amounts → 1 000 000 × (1 − 2^−200) → 1 000 000.00.
    let amounts = vec![Money(dec!(1000000)); 200];
    assert_eq!(npv(&amounts, Rate(dec!(1))), Money(dec!(1000000.00)));
}

#[test]
fn potential_value_is_the_npv_of_the_margins() {
    // Guards potential value = NPV of the yearly potential margins, t = 1 for the first.
    // Margins: 15 960 000 × 25 % × 18 % = 718 200; 18 000 000 × 30 % × 18 % = 972 000;
    // 20 000 000 × 35 % × 17 % = 1 190 000. At 10 %:
    // 718 200 / 1.1 + 972 000 / 1.21 + 1 190 000 / 1.331
    // = 652 909.090909… + 803 305.785123… + 894 064.613072… = 2 350 279.489105… → 2 350 279.49.
    let years = [
        year(2027, dec!(15960000), dec!(0.25), dec!(0.18)),
        year(2028, dec!(18000000), dec!(0.30), dec!(0.18)),
        year(2029, dec!(20000000), dec!(0.35), dec!(0.17)),
    ];
    assert_eq!(
        potential_value(&years, Rate(dec!(0.1))),
        Money(dec!(2350279.49))
    );
    assert_eq!(potential_value(&[], Rate(dec!(0.1))), Money::ZERO);
}

#[test]
fn precomputed_discount_factors_give_the_same_value() {
    // Guards `Discount`, the fast path of the analysis: the same 2 350 279.49 as above,
    // the slow path for more years than factors, and nothing for no years.
    let years = [
        year(2027, dec!(15960000), dec!(0.25), dec!(0.18)),
        year(2028, dec!(18000000), dec!(0.30), dec!(0.18)),
        year(2029, dec!(20000000), dec!(0.35), dec!(0.17)),
    ];
    let three = Discount::new(Rate(dec!(0.1)), 3);
    assert_eq!(three.potential_value(&years), Money(dec!(2350279.49)));
    let two = Discount::new(Rate(dec!(0.1)), 2);
    assert_eq!(two.potential_value(&years), Money(dec!(2350279.49)));
    assert_eq!(three.potential_value(&[]), Money::ZERO);
    // At −100 % there are no factors and the value is undefined: zero, as `npv` says.
    let undefined = Discount::new(Rate(dec!(-1)), 3);
    assert_eq!(undefined.potential_value(&years), Money::ZERO);
}

#[test]
fn potential_year_round_trips_through_json() {
    // Guards that the types can be stored in the workspace: amounts travel as strings.
    let y = PotentialYear {
        basis: "парк 40 станков × 12 000 ₽ износа".into(),
        ..year(2027, dec!(480000.00), dec!(0.4), dec!(0.22))
    };
    let json = serde_json::to_string(&y).unwrap();
    assert!(json.contains("\"consumption\":\"480000.00\""), "{json}");
    assert_eq!(serde_json::from_str::<PotentialYear>(&json).unwrap(), y);
    let f = &potential_by_year(std::slice::from_ref(&y))[0];
    let back: PotentialFigures = serde_json::from_str(&serde_json::to_string(f).unwrap()).unwrap();
    assert_eq!(&back, f);
}

proptest! {
    #[test]
    fn discount_factors_agree_with_potential_value(
        rows in prop::collection::vec((0i64..=10_000_000_000, 0u32..=10_000, -10_000i32..=10_000), 0..=10),
        rate in 0u32..=10_000,
    ) {
        // Guards that the precomputed factors change no kopeck: consumption up to
        // 100 000 000.00, share and margin in steps of 0.01 %, rates 0–100 %.
        let years: Vec<PotentialYear> = rows
            .iter()
            .enumerate()
            .map(|(i, (c, share, margin))| PotentialYear {
                year: 2027 + i as i32,
                consumption: Money(Decimal::new(*c, 2)),
                basis: String::new(),
                attainable_share: Rate(Decimal::new(i64::from(*share), 4)),
                margin_rate: Rate(Decimal::new(i64::from(*margin), 4)),
            })
            .collect();
        let r = Rate(Decimal::new(i64::from(rate), 4));
        prop_assert_eq!(Discount::new(r, 10).potential_value(&years), potential_value(&years, r));
    }

    #[test]
    fn a_higher_rate_never_raises_the_npv_of_non_negative_amounts(
        kopecks in prop::collection::vec(0i64..=100_000_000_000, 0..=10),
        low in 0u32..=10_000,
        extra in 0u32..=10_000,
    ) {
        // Guards monotonicity: for amounts ≥ 0, r1 ≤ r2 ⇒ NPV(r1) ≥ NPV(r2)
        // (rates 0–200 % in steps of 0.01 %, amounts up to 1 000 000 000.00).
        let amounts: Vec<Money> = kopecks.iter().map(|k| Money(Decimal::new(*k, 2))).collect();
        let r1 = Rate(Decimal::new(i64::from(low), 4));
        let r2 = Rate(Decimal::new(i64::from(low + extra), 4));
        prop_assert!(npv(&amounts, r1) >= npv(&amounts, r2));
        prop_assert!(npv(&amounts, Rate::ZERO) >= npv(&amounts, r1));
    }
}
