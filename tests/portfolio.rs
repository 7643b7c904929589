//! The McDonald & Rogers portfolio matrix (domain §1): quadrant split, placement of the
//! base with the clients that cannot be placed, and bubble sizes scaled by area.

use kam_studio::engine::model::ClientId;
use kam_studio::engine::money::Money;
use kam_studio::engine::portfolio::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn input(id: u32, score: Option<Decimal>, strength: Option<Decimal>, value: i64) -> PortfolioInput {
    PortfolioInput {
        client: ClientId(id),
        attractiveness: score,
        relative_strength: strength,
        potential_value: Money(Decimal::from(value)),
    }
}

#[test]
fn the_split_is_at_a_score_of_50_and_a_strength_of_1_both_included() {
    // Guards the boundaries: 50 is high attractiveness, 1 (on par) is high strength.
    assert_eq!(Quadrant::of(dec!(50), dec!(1)), Quadrant::Strategic);
    assert_eq!(Quadrant::of(dec!(50), dec!(0.99)), Quadrant::KeyDevelopment);
    assert_eq!(Quadrant::of(dec!(49.99), dec!(1)), Quadrant::KeyStatus);
    assert_eq!(Quadrant::of(dec!(49.99), dec!(0.99)), Quadrant::Streamline);
    assert_eq!(Quadrant::of(dec!(100), dec!(10)), Quadrant::Strategic);
    assert_eq!(Quadrant::of(dec!(0), dec!(0.1)), Quadrant::Streamline);
    assert_eq!(Quadrant::place(Some(dec!(80)), None), None);
    assert_eq!(Quadrant::place(None, Some(dec!(1.2))), None);
    assert_eq!(
        Quadrant::place(Some(dec!(80)), Some(dec!(1.2))),
        Some(Quadrant::Strategic)
    );
}

#[test]
fn all_lists_each_quadrant_once_at_its_index() {
    for (i, q) in Quadrant::ALL.iter().enumerate() {
        assert_eq!(q.index(), i);
    }
}

#[test]
fn the_base_is_placed_and_counted() {
    // | id | score | strength | value | quadrant                    |
    // |  1 |  82   |  1.25    |  900  | Strategic (82 ≥ 50, 1.25 ≥ 1) |
    // |  2 |  64   |  0.8     | 1200  | KeyDevelopment              |
    // |  3 |  35   |  1.1     |  300  | KeyStatus                   |
    // |  4 |  20   |  0.7     |  -50  | Streamline (value ≤ 0: smallest bubble) |
    // |  5 |  71   |  1       |  400  | Strategic (1 is on par)     |
    // |  6 |  90   |  —       | 5000  | not placed: no strength     |
    // |  7 |  —    |  —       |   10  | not placed: neither         |
    // Counts: Strategic 2, KeyDevelopment 1, KeyStatus 1, Streamline 1. The largest
    // value among the points is 1200 (client 6's 5000 is not on the chart).
    let inputs = vec![
        input(1, Some(dec!(82)), Some(dec!(1.25)), 900),
        input(2, Some(dec!(64)), Some(dec!(0.8)), 1200),
        input(3, Some(dec!(35)), Some(dec!(1.1)), 300),
        input(4, Some(dec!(20)), Some(dec!(0.7)), -50),
        input(5, Some(dec!(71)), Some(dec!(1)), 400),
        input(6, Some(dec!(90)), None, 5000),
        input(7, None, None, 10),
    ];
    let p = portfolio(&inputs);
    let placed: Vec<(u32, Quadrant)> = p
        .points
        .iter()
        .map(|pt| (pt.client.0, pt.quadrant))
        .collect();
    assert_eq!(
        placed,
        vec![
            (1, Quadrant::Strategic),
            (2, Quadrant::KeyDevelopment),
            (3, Quadrant::KeyStatus),
            (4, Quadrant::Streamline),
            (5, Quadrant::Strategic),
        ]
    );
    assert_eq!(p.counts, [2, 1, 1, 1]);
    assert_eq!(p.count(Quadrant::Strategic), 2);
    assert_eq!(p.count(Quadrant::Streamline), 1);
    assert_eq!(p.max_potential, Money(dec!(1200)));
    assert_eq!(
        p.points[0],
        PortfolioPoint {
            client: ClientId(1),
            attractiveness: dec!(82),
            relative_strength: dec!(1.25),
            potential_value: Money(dec!(900)),
            quadrant: Quadrant::Strategic,
        }
    );
    assert_eq!(
        p.not_placed,
        vec![
            NotPlaced {
                client: ClientId(6),
                no_score: false,
                no_strength: true,
            },
            NotPlaced {
                client: ClientId(7),
                no_score: true,
                no_strength: true,
            },
        ]
    );
}

#[test]
fn an_empty_base_has_an_empty_matrix() {
    let p = portfolio(&[]);
    assert!(p.points.is_empty() && p.not_placed.is_empty());
    assert_eq!(p.counts, [0; 4]);
    assert_eq!(p.max_potential, Money::ZERO);
}

#[test]
fn bubble_area_grows_linearly_with_the_value() {
    // min_r = 10, max_r = 50, max_value = 300: r = √(10² + (50² − 10²) · v / 300)
    //   v = 100: √(100 + 2400 · 100 / 300) = √(100 + 800) = √900 = 30
    //   v = 150: √(100 + 1200) = √1300 = 36.0555… → 36.06
    let r = |v: i64| {
        bubble_radius(
            Money(Decimal::from(v)),
            Money(dec!(300)),
            dec!(10),
            dec!(50),
        )
    };
    assert_eq!(r(100), dec!(30));
    assert_eq!(r(150), dec!(36.06));
    // The ends: nothing or a loss → the smallest bubble; the maximum and above → the largest.
    assert_eq!(r(0), dec!(10));
    assert_eq!(r(-40), dec!(10));
    assert_eq!(r(300), dec!(50));
    assert_eq!(r(900), dec!(50));
    // Nothing to scale against: every bubble is the smallest.
    assert_eq!(
        bubble_radius(Money(dec!(5)), Money::ZERO, dec!(10), dec!(50)),
        dec!(10)
    );
}

#[test]
fn four_times_the_value_is_twice_the_radius() {
    // With min_r = 0 the area is proportional to the value: max_value 400, max_r 20;
    // v = 100: √(400 · 100 / 400) = √100 = 10; v = 25: √(400 · 25 / 400) = √25 = 5.
    let r = |v: i64| bubble_radius(Money(Decimal::from(v)), Money(dec!(400)), dec!(0), dec!(20));
    assert_eq!(r(100), dec!(10));
    assert_eq!(r(25), dec!(5));
}
