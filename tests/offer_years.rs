//! The figures of a variant in a later year of the horizon (domain §4: "per variant
//! and year"), hand-computed on the demo offer, as the per-year table shows them.

use kam_studio::engine::demo::demo_workspace;
use kam_studio::engine::money::{Money, Rate};
use kam_studio::engine::offer::compare;
use rust_decimal_macros::dec;

#[test]
fn year_two_of_the_demo_offers_first_variant() {
    // The demo deal: 200 000 units at list 520 ₽ less 5 % (494 ₽), unit cost 390 ₽,
    // 30 days, cost-to-serve 9 800 000 ₽, money at 16 %, volume growth 5 % a year.
    // Variant 1 «Скидка 8 %»: net price 520 × 0,92 = 478,40 ₽.
    let ws = demo_workspace();
    let o = &ws.offers[0];
    let variants: Vec<_> = o.variants.iter().map(|v| v.variant.clone()).collect();
    let cmp = compare(&o.base, &variants, &o.horizon(&ws.settings));
    let y = &cmp.variants[0].years[1];
    let b = &cmp.base.years[1];
    assert_eq!(y.year, 2);
    // Year 2: volume 200 000 × 1,05 = 210 000 units.
    assert_eq!(y.volume, dec!(210000));
    // Revenue 478,40 × 210 000 = 100 464 000; gross profit 100 464 000 − 390 × 210 000
    // (81 900 000) = 18 564 000.
    assert_eq!(y.revenue, Money(dec!(100464000)));
    assert_eq!(y.gross_profit, Money(dec!(18564000)));
    // Financing 100 464 000 × 30 / 365 × 0,16 = 1 321 170,41 (the only lever).
    assert_eq!(y.financing_cost, Money(dec!(1321170.41)));
    assert_eq!(y.lever_cost, Money(dec!(1321170.41)));
    // Contribution 18 564 000 − 1 321 170,41 − 9 800 000 = 7 442 829,59; margin
    // 7 442 829,59 ÷ 100 464 000 = 7,4085 %.
    assert_eq!(y.contribution, Money(dec!(7442829.59)));
    assert_eq!(y.contribution_margin, Some(Rate(dec!(0.074085))));
    // The base in year 2: 494 × 210 000 = 103 740 000; gross profit 21 840 000;
    // financing 103 740 000 × 30 / 365 × 0,16 = 1 364 252,05; contribution
    // 21 840 000 − 1 364 252,05 − 9 800 000 = 10 675 747,95.
    assert_eq!(b.contribution, Money(dec!(10675747.95)));
    // Against the base: 7 442 829,59 − 10 675 747,95 = −3 232 918,36.
    assert_eq!(
        cmp.variants[0].deltas[1].contribution,
        Money(dec!(-3232918.36))
    );
}
