//! Client profitability: every line of contribution worked by hand, the loss-making
//! VIP, prospects without revenue, the whale curve and the profitability flags.

use kam_studio::engine::money::{Money, Rate};
use kam_studio::engine::profitability::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn point(clients: Decimal, contribution: Decimal) -> WhalePoint {
    WhalePoint {
        clients_share: Rate(clients),
        contribution_share: Rate(contribution),
    }
}

fn money(amounts: &[Decimal]) -> Vec<Money> {
    amounts.iter().map(|a| Money(*a)).collect()
}

#[test]
fn contribution_line_by_line() {
    // Guards every line of the contribution statement and what each contains.
    // Revenue 12 000 000 at a gross margin of 22 %:
    //   gross profit     = 12 000 000 × 22 %                 =  2 640 000
    //   cost of goods    = 12 000 000 − 2 640 000             =  9 360 000
    //   discounts/bonuses                                     =    480 000
    //   cost-to-serve    = logistics 310 000 + transport 265 000 + courier 18 500
    //                    + manager 96 h × 1 250 = 120 000 + trips 85 000
    //                    + accounting 40 h × 800 = 32 000
    //                    + financing 2 000 000 × 16 % = 320 000 =  1 150 500
    //   contribution     = 12 000 000 − 9 360 000 − 480 000 − 1 150 500 = 1 009 500
    //   margin           = 1 009 500 / 12 000 000             = 0.084125 (8.4125 %)
    let costs = CostToServe {
        logistics: Money(dec!(310000)),
        transport: Money(dec!(265000)),
        courier: Money(dec!(18500)),
        manager_hours: dec!(96),
        manager_rate: Money(dec!(1250)),
        trip_expenses: Money(dec!(85000)),
        accounting_hours: dec!(40),
        accounting_rate: Money(dec!(800)),
        discounts_bonuses: Money(dec!(480000)),
        average_receivables: Money(dec!(2000000)),
        financing_rate: Rate(dec!(0.16)),
    };
    assert_eq!(costs.manager_time(), Money(dec!(120000)));
    assert_eq!(costs.accounting_time(), Money(dec!(32000)));
    assert_eq!(costs.financing(), Money(dec!(320000)));
    assert_eq!(costs.total(), Money(dec!(1150500)));
    assert_eq!(
        profitability(Money(dec!(12000000)), Rate(dec!(0.22)), &costs),
        Profitability {
            revenue: Money(dec!(12000000)),
            cost_of_goods: Money(dec!(9360000)),
            gross_profit: Money(dec!(2640000)),
            discounts_bonuses: Money(dec!(480000)),
            cost_to_serve: Money(dec!(1150500)),
            financing: Money(dec!(320000)),
            contribution: Money(dec!(1009500)),
            contribution_margin: Some(Rate(dec!(0.084125))),
        }
    );
}

#[test]
fn a_big_vip_client_can_lose_money() {
    // Guards the seed's point that VIP ≠ profitable. Revenue 100 000 000 at 12 %:
    //   gross profit  = 12 000 000; cost of goods = 88 000 000
    //   discounts     =  9 000 000
    //   cost-to-serve = logistics 3 500 000 + transport 1 200 000 + courier 60 000
    //                 + manager 400 h × 1 500 = 600 000 + trips 350 000
    //                 + accounting 200 h × 900 = 180 000
    //                 + financing 25 000 000 × 18 % = 4 500 000 = 10 390 000
    //   contribution  = 100 000 000 − 88 000 000 − 9 000 000 − 10 390 000 = −7 390 000
    //   margin        = −7 390 000 / 100 000 000 = −0.0739 (−7.39 %)
    let costs = CostToServe {
        logistics: Money(dec!(3500000)),
        transport: Money(dec!(1200000)),
        courier: Money(dec!(60000)),
        manager_hours: dec!(400),
        manager_rate: Money(dec!(1500)),
        trip_expenses: Money(dec!(350000)),
        accounting_hours: dec!(200),
        accounting_rate: Money(dec!(900)),
        discounts_bonuses: Money(dec!(9000000)),
        average_receivables: Money(dec!(25000000)),
        financing_rate: Rate(dec!(0.18)),
    };
    let p = profitability(Money(dec!(100000000)), Rate(dec!(0.12)), &costs);
    assert_eq!(p.gross_profit, Money(dec!(12000000)));
    assert_eq!(p.cost_of_goods, Money(dec!(88000000)));
    assert_eq!(p.discounts_bonuses, Money(dec!(9000000)));
    assert_eq!(p.financing, Money(dec!(4500000)));
    assert_eq!(p.cost_to_serve, Money(dec!(10390000)));
    assert_eq!(p.contribution, Money(dec!(-7390000)));
    assert_eq!(p.contribution_margin, Some(Rate(dec!(-0.0739))));
    assert_eq!(
        flags(true, false, p.contribution),
        vec![ProfitFlag::VipLossMaking]
    );
}

#[test]
fn a_prospect_without_revenue_has_no_margin() {
    // Guards revenue 0: contribution = −cost-to-serve = −(10 h × 1 000) = −10 000,
    // and the margin −10 000 / 0 is undefined → None.
    let costs = CostToServe {
        manager_hours: dec!(10),
        manager_rate: Money(dec!(1000)),
        ..CostToServe::default()
    };
    let p = profitability(Money::ZERO, Rate(dec!(0.25)), &costs);
    assert_eq!(p.cost_of_goods, Money::ZERO);
    assert_eq!(p.cost_to_serve, Money(dec!(10000)));
    assert_eq!(p.contribution, Money(dec!(-10000)));
    assert_eq!(p.contribution_margin, None);
    // No costs at all: everything is zero and the margin is still undefined.
    let empty = profitability(Money::ZERO, Rate::ZERO, &CostToServe::default());
    assert_eq!(empty.contribution, Money::ZERO);
    assert_eq!(empty.contribution_margin, None);
}

#[test]
fn each_line_is_rounded_to_kopecks() {
    // Guards rounding per line (half away from zero) so the lines add up on screen:
    //   gross profit  = 1 000.01 × 33.3 % = 333.00333 → 333.00; cost of goods = 667.01
    //   manager       = 1.5 h × 833.33 = 1 249.995 → 1 250.00
    //   financing     = 123 456.78 × 15.75 % = 19 444.44285 → 19 444.44
    //   cost-to-serve = 1 250.00 + 19 444.44 = 20 694.44
    //   contribution  = 1 000.01 − 667.01 − 0 − 20 694.44 = −20 361.44
    //   margin        = −20 361.44 / 1 000.01 = −20.361236387… → −20.361236
    let costs = CostToServe {
        manager_hours: dec!(1.5),
        manager_rate: Money(dec!(833.33)),
        average_receivables: Money(dec!(123456.78)),
        financing_rate: Rate(dec!(0.1575)),
        ..CostToServe::default()
    };
    let p = profitability(Money(dec!(1000.01)), Rate(dec!(0.333)), &costs);
    assert_eq!(p.gross_profit, Money(dec!(333.00)));
    assert_eq!(p.cost_of_goods, Money(dec!(667.01)));
    assert_eq!(costs.manager_time(), Money(dec!(1250.00)));
    assert_eq!(p.financing, Money(dec!(19444.44)));
    assert_eq!(p.cost_to_serve, Money(dec!(20694.44)));
    assert_eq!(p.contribution, Money(dec!(-20361.44)));
    assert_eq!(p.contribution_margin, Some(Rate(dec!(-20.361236))));
}

#[test]
fn cost_to_serve_round_trips_through_json() {
    // Guards that the inputs can be stored in the workspace, decimals as strings.
    let costs = CostToServe {
        logistics: Money(dec!(310000.50)),
        manager_hours: dec!(96.5),
        financing_rate: Rate(dec!(0.16)),
        ..CostToServe::default()
    };
    let json = serde_json::to_string(&costs).unwrap();
    assert!(json.contains("\"manager_hours\":\"96.5\""), "{json}");
    assert_eq!(serde_json::from_str::<CostToServe>(&json).unwrap(), costs);
    let p = profitability(Money(dec!(1000)), Rate(dec!(0.2)), &costs);
    let back: Profitability = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
    assert_eq!(back, p);
}

#[test]
fn whale_curve_with_a_hump() {
    // Guards the Stobachoff curve, given in any order. [50, 30, 20, −40] → total 60;
    // cumulative 50, 80, 100, 60 → 50/60 = 83.33 %, 80/60 = 133.33 %, 100/60 = 166.67 %,
    // 60/60 = 100 % at 25/50/75/100 % of clients; peak 166.67 % at 75 %.
    let curve = whale_curve(&money(&[dec!(20), dec!(-40), dec!(50), dec!(30)]));
    assert_eq!(
        curve,
        WhaleCurve {
            points: vec![
                point(dec!(0), dec!(0)),
                point(dec!(0.25), dec!(0.8333)),
                point(dec!(0.5), dec!(1.3333)),
                point(dec!(0.75), dec!(1.6667)),
                point(dec!(1), dec!(1)),
            ],
            peak: Some(point(dec!(0.75), dec!(1.6667))),
            total: Money(dec!(60)),
            base: Money(dec!(60)),
        }
    );
}

#[test]
fn whale_curve_without_loss_makers_has_no_peak() {
    // Guards peak = None when the curve never exceeds 100 %: [10, 30] → total 40;
    // cumulative 30, 40 → 75 %, 100 % at 50 %, 100 % of clients.
    let curve = whale_curve(&money(&[dec!(10), dec!(30)]));
    assert_eq!(
        curve.points,
        vec![
            point(dec!(0), dec!(0)),
            point(dec!(0.5), dec!(0.75)),
            point(dec!(1), dec!(1)),
        ]
    );
    assert_eq!(curve.peak, None);
}

#[test]
fn whale_curve_peak_is_the_first_point_at_the_maximum() {
    // Guards ties: [50, 0, −10] → total 40; cumulative 50, 50, 40 → 125 %, 125 %, 100 %
    // at 33.33 %, 66.67 %, 100 % of clients (1/3 = 0.3333, 2/3 = 0.6667); the peak is the
    // smallest group earning the maximum, the first client.
    let curve = whale_curve(&money(&[dec!(0), dec!(-10), dec!(50)]));
    assert_eq!(
        curve.points[1..],
        [
            point(dec!(0.3333), dec!(1.25)),
            point(dec!(0.6667), dec!(1.25)),
            point(dec!(1), dec!(1)),
        ]
    );
    assert_eq!(curve.peak, Some(point(dec!(0.3333), dec!(1.25))));
}

#[test]
fn whale_curve_with_a_negative_total_uses_the_positive_sum() {
    // Guards the rule for a total ≤ 0: [30, 10, −50] → total −10, undefined as 100 %;
    // base = positive contributions 30 + 10 = 40; cumulative 30, 40, −10 → 75 %, 100 %,
    // −25 % at 33.33 %, 66.67 %, 100 % of clients; peak 100 % at 66.67 % (the
    // profitable clients), since the curve ends below it.
    let curve = whale_curve(&money(&[dec!(-50), dec!(30), dec!(10)]));
    assert_eq!(curve.total, Money(dec!(-10)));
    assert_eq!(curve.base, Money(dec!(40)));
    assert_eq!(
        curve.points,
        vec![
            point(dec!(0), dec!(0)),
            point(dec!(0.3333), dec!(0.75)),
            point(dec!(0.6667), dec!(1)),
            point(dec!(1), dec!(-0.25)),
        ]
    );
    assert_eq!(curve.peak, Some(point(dec!(0.6667), dec!(1))));

    // A total of exactly zero follows the same rule: [40, −40] → base 40; 100 %, 0 %.
    let zero = whale_curve(&money(&[dec!(-40), dec!(40)]));
    assert_eq!(zero.total, Money::ZERO);
    assert_eq!(zero.base, Money(dec!(40)));
    assert_eq!(zero.points[2], point(dec!(1), dec!(0)));
    assert_eq!(zero.peak, Some(point(dec!(0.5), dec!(1))));
}

#[test]
fn whale_curve_of_loss_makers_only_falls_to_minus_one_hundred() {
    // Guards the case with no positive contribution: [−10, −30] → total −40, no positive
    // sum, base = |total| = 40; cumulative −10, −40 → −25 %, −100 %; no hump, no peak.
    let curve = whale_curve(&money(&[dec!(-30), dec!(-10)]));
    assert_eq!(curve.base, Money(dec!(40)));
    assert_eq!(
        curve.points[1..],
        [point(dec!(0.5), dec!(-0.25)), point(dec!(1), dec!(-1))]
    );
    assert_eq!(curve.peak, None);
}

#[test]
fn whale_curve_of_nothing_is_the_origin() {
    // Guards the degenerate inputs: no clients → only (0, 0); all zero → base 0 and
    // every share 0 (nothing to divide), no peak.
    let empty = whale_curve(&[]);
    assert_eq!(empty.points, vec![point(dec!(0), dec!(0))]);
    assert_eq!(
        (empty.peak, empty.total, empty.base),
        (None, Money::ZERO, Money::ZERO)
    );
    let zeros = whale_curve(&money(&[dec!(0), dec!(0)]));
    assert_eq!(
        zeros.points,
        vec![
            point(dec!(0), dec!(0)),
            point(dec!(0.5), dec!(0)),
            point(dec!(1), dec!(0)),
        ]
    );
    assert_eq!(zeros.peak, None);
}

#[test]
fn flags_need_a_negative_contribution() {
    // Guards the flags: VIP and key each flag a loss (contribution < 0), in that order;
    // a zero or positive contribution flags nothing.
    let loss = Money(dec!(-0.01));
    assert_eq!(flags(false, false, loss), vec![]);
    assert_eq!(flags(true, false, loss), vec![ProfitFlag::VipLossMaking]);
    assert_eq!(
        flags(false, true, loss),
        vec![ProfitFlag::KeyButUnprofitable]
    );
    assert_eq!(
        flags(true, true, loss),
        vec![ProfitFlag::VipLossMaking, ProfitFlag::KeyButUnprofitable]
    );
    assert_eq!(flags(true, true, Money::ZERO), vec![]);
    assert_eq!(flags(true, true, Money(dec!(1))), vec![]);
    assert_eq!(
        serde_json::to_string(&ProfitFlag::KeyButUnprofitable).unwrap(),
        "\"key_but_unprofitable\""
    );
}

proptest! {
    #[test]
    fn contribution_is_the_sum_of_its_lines(
        revenue in 0i64..=10_000_000_000_000,
        margin in -5_000i64..=10_000,
        lines in prop::array::uniform7(0i64..=100_000_000_000),
        hours in prop::array::uniform2(0i64..=100_000),
        rate in 0i64..=10_000,
    ) {
        // Guards reconciliation for any input: gross profit + cost of goods = revenue and
        // contribution = revenue − cost of goods − discounts − cost-to-serve, to the kopeck.
        let k = |v: i64| Money(Decimal::new(v, 2));
        let costs = CostToServe {
            logistics: k(lines[0]),
            transport: k(lines[1]),
            courier: k(lines[2]),
            manager_hours: Decimal::new(hours[0], 1),
            manager_rate: k(lines[3]),
            trip_expenses: k(lines[4]),
            accounting_hours: Decimal::new(hours[1], 1),
            accounting_rate: k(lines[5]),
            discounts_bonuses: k(lines[6]),
            average_receivables: k(lines[0]),
            financing_rate: Rate(Decimal::new(rate, 4)),
        };
        let p = profitability(k(revenue), Rate(Decimal::new(margin, 4)), &costs);
        prop_assert_eq!(p.gross_profit + p.cost_of_goods, p.revenue);
        prop_assert_eq!(
            p.contribution,
            p.revenue - p.cost_of_goods - p.discounts_bonuses - p.cost_to_serve
        );
        prop_assert_eq!(p.contribution, p.contribution.rounded());
        prop_assert!(p.financing <= p.cost_to_serve);
        prop_assert_eq!(p.contribution_margin.is_none(), revenue == 0);
    }

    #[test]
    fn whale_curve_ends_at_all_clients(
        cents in prop::collection::vec(-1_000_000i64..=1_000_000, 1..=40),
    ) {
        // Guards the shape: one point per client plus the origin, ending at 100 % of
        // clients; at 100 % of contribution when the total is positive; a peak exactly
        // when some clients earn and some lose.
        let contributions: Vec<Money> = cents.iter().map(|c| Money(Decimal::new(*c, 2))).collect();
        let curve = whale_curve(&contributions);
        prop_assert_eq!(curve.points.len(), cents.len() + 1);
        let last = curve.points.last().unwrap();
        prop_assert_eq!(last.clients_share, Rate(Decimal::ONE));
        if curve.total.amount() > Decimal::ZERO {
            prop_assert_eq!(last.contribution_share, Rate(Decimal::ONE));
        }
        let earns = cents.iter().any(|c| *c > 0);
        let loses = cents.iter().any(|c| *c < 0);
        prop_assert_eq!(curve.peak.is_some(), earns && loses);
        if let Some(peak) = &curve.peak {
            prop_assert!(peak.contribution_share >= Rate(Decimal::ONE));
        }
    }
}
