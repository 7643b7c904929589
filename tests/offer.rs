//! Special-offer variants (domain §4): hand-computed break-even, financing cost of a
//! deferral, figures per year, value ratio, deltas against the base, NPV over the
//! horizon, the comparison, the "discount only" reference and the capacity check.

use kam_studio::engine::money::{Money, Rate};
use kam_studio::engine::offer::figures::financing_cost;
use kam_studio::engine::offer::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Today's deal: 10 000 units a year at list 1 000 ₽ less 5 % (net 950 ₽), unit cost
/// 750 ₽ (gross margin 25 % of list), 30 days to pay, cost-to-serve 300 000 ₽ a year,
/// money at 16 %.
fn base() -> BaseDeal {
    BaseDeal {
        volume_per_year: dec!(10000),
        list_price: Money(dec!(1000)),
        unit_cost: Money(dec!(750)),
        discount: Rate(dec!(0.05)),
        payment_days: 30,
        cost_to_serve: Money(dec!(300000)),
        financing_rate: Rate(dec!(0.16)),
    }
}

fn horizon(years: u32) -> Horizon {
    Horizon {
        years,
        discount_rate: Rate(dec!(0.1)),
        growth: Rate::ZERO,
    }
}

fn service(cost: Decimal, value: Decimal, hours: Decimal) -> Service {
    Service {
        name: "Управление запасами".into(),
        cost_to_us: Money(cost),
        value_to_client: Money(value),
        hours,
    }
}

/// «Партнёрство»: same 5 % discount, 12 000 units committed, 2 % retro bonus from
/// 12 000 units, 60 days to pay, one service (100 000 ₽ to us, 250 000 ₽ to the
/// client, 200 h) and training (50 000 ₽ to us, 80 000 ₽ to the client, 40 h).
fn partnership() -> Variant {
    let mut v = base().as_variant();
    v.name = "Партнёрство".into();
    v.volume_commitment = dec!(12000);
    v.volume_bonus = vec![
        BonusThreshold {
            from_volume: dec!(15000),
            bonus: Rate(dec!(0.03)),
        },
        BonusThreshold {
            from_volume: dec!(10000),
            bonus: Rate(dec!(0.01)),
        },
        BonusThreshold {
            from_volume: dec!(12000),
            bonus: Rate(dec!(0.02)),
        },
    ];
    v.payment_days = 60;
    v.services = vec![service(dec!(100000), dec!(250000), dec!(200))];
    v.training = Training {
        cost_to_us: Money(dec!(50000)),
        value_to_client: Money(dec!(80000)),
        hours: dec!(40),
    };
    v
}

#[test]
fn break_even_growth_is_d_over_m_minus_d() {
    // Guards d / (m − d): m = 25 %, d = 5 % → 0.05 / 0.20 = 0.25 (+25 % volume);
    // m = 30 %, d = 10 % → 0.10 / 0.20 = 0.5; m = 30 %, d = 20 % → 0.2 / 0.1 = 2.
    assert_eq!(
        break_even_growth(Rate(dec!(0.05)), Rate(dec!(0.25))),
        Some(Rate(dec!(0.25)))
    );
    assert_eq!(
        break_even_growth(Rate(dec!(0.1)), Rate(dec!(0.3))),
        Some(Rate(dec!(0.5)))
    );
    assert_eq!(
        break_even_growth(Rate(dec!(0.2)), Rate(dec!(0.3))),
        Some(Rate(dec!(2)))
    );
    // m = 30 %, d = 1 % rounds at six places: 0.01 / 0.29 = 0.0344827… → 0.034483.
    assert_eq!(
        break_even_growth(Rate(dec!(0.01)), Rate(dec!(0.3))),
        Some(Rate(dec!(0.034483)))
    );
    // No discount needs no growth.
    assert_eq!(
        break_even_growth(Rate::ZERO, Rate(dec!(0.25))),
        Some(Rate(dec!(0)))
    );
}

#[test]
fn break_even_is_impossible_when_the_discount_eats_the_margin() {
    // Guards the "impossible" case d ≥ m: d = m = 25 % and d = 30 % > m = 25 %.
    assert_eq!(break_even_growth(Rate(dec!(0.25)), Rate(dec!(0.25))), None);
    assert_eq!(break_even_growth(Rate(dec!(0.3)), Rate(dec!(0.25))), None);
}

#[test]
fn financing_cost_of_a_deferral() {
    // Guards revenue × days / 365 × rate: 12 000 000 × 60 = 720 000 000; / 365 =
    // 1 972 602.739726…; × 0.16 = 315 616.438356… → 315 616.44.
    let cost = financing_cost(Money(dec!(12000000)), 60, Rate(dec!(0.16)));
    assert_eq!(cost, Money(dec!(315616.44)));
    // No days, no cost; negative days (shorter terms) give a negative amount:
    // 12 000 000 × −30 × 0.16 / 365 = −157 808.219… → −157 808.22.
    assert_eq!(
        financing_cost(Money(dec!(12000000)), 0, Rate(dec!(0.16))),
        Money::ZERO
    );
    assert_eq!(
        financing_cost(Money(dec!(12000000)), -30, Rate(dec!(0.16))),
        Money(dec!(-157808.22))
    );
}

#[test]
fn base_deal_figures() {
    // Guards the base year: net price 1 000 × 0.95 = 950; revenue 950 × 10 000 =
    // 9 500 000; cost of goods 750 × 10 000 = 7 500 000; gross profit 2 000 000
    // (margin 2 000 000 / 9 500 000 = 0.2105263… → 0.210526); financing 9 500 000 ×
    // 30 / 365 × 0.16 = 45 600 000 / 365 = 124 931.5068… → 124 931.51 (the only lever);
    // contribution 2 000 000 − 124 931.51 − 300 000 = 1 575 068.49; contribution
    // margin 1 575 068.49 / 9 500 000 = 0.16579668… → 0.165797. Nothing for the client.
    let f = base_figures(&base(), &horizon(1));
    assert_eq!(f.name, "База");
    let y = &f.years[0];
    assert_eq!(y.year, 1);
    assert_eq!(y.volume, dec!(10000));
    assert_eq!(y.net_price, Money(dec!(950)));
    assert_eq!(y.revenue, Money(dec!(9500000)));
    assert_eq!(y.gross_profit, Money(dec!(2000000)));
    assert_eq!(y.gross_margin, Some(Rate(dec!(0.210526))));
    assert_eq!(y.financing_cost, Money(dec!(124931.51)));
    assert_eq!(y.lever_cost, Money(dec!(124931.51)));
    assert_eq!(y.cost_to_serve, Money(dec!(300000)));
    assert_eq!(y.contribution, Money(dec!(1575068.49)));
    assert_eq!(y.contribution_margin, Some(Rate(dec!(0.165797))));
    assert_eq!(y.client_benefit, Money::ZERO);
    assert_eq!(y.our_cost, Money::ZERO);
    assert_eq!(y.value_ratio, None);
    assert_eq!(f.deltas[0].contribution, Money::ZERO);
    assert_eq!(f.npv_delta, Money::ZERO);
}

#[test]
fn variant_figures_value_ratio_and_deltas_against_the_base() {
    // Guards every lever line of «Партнёрство», year 1:
    // volume 12 000 reaches the 10 000 (1 %) and 12 000 (2 %) thresholds, not 15 000:
    // bonus 2 %; revenue 950 × 12 000 = 11 400 000; cost of goods 750 × 12 000 =
    // 9 000 000; gross profit 2 400 000; bonus 11 400 000 × 2 % = 228 000;
    // financing 11 400 000 × 60 / 365 × 0.16 = 109 440 000 / 365 = 299 835.6164… →
    // 299 835.62; levers 228 000 + 299 835.62 + 100 000 + 50 000 = 677 835.62;
    // contribution 2 400 000 − 677 835.62 − 300 000 = 1 422 164.38.
    let f = evaluate(&base(), &partnership(), &horizon(1));
    let y = &f.years[0];
    assert_eq!(y.revenue, Money(dec!(11400000)));
    assert_eq!(y.gross_profit, Money(dec!(2400000)));
    assert_eq!(y.bonus, Money(dec!(228000)));
    assert_eq!(y.financing_cost, Money(dec!(299835.62)));
    assert_eq!(y.lever_cost, Money(dec!(677835.62)));
    assert_eq!(y.contribution, Money(dec!(1422164.38)));
    // Margin 1 422 164.38 / 11 400 000 = 0.12475126… → 0.124751.
    assert_eq!(y.contribution_margin, Some(Rate(dec!(0.124751))));
    // Client benefit: no price saving (950 both); bonus 228 000; 30 extra days
    // 11 400 000 × 30 / 365 × 0.16 = 54 720 000 / 365 = 149 917.808… → 149 917.81;
    // service 250 000; training 80 000: 228 000 + 149 917.81 + 250 000 + 80 000 =
    // 707 917.81. Our cost: 228 000 + 149 917.81 + 100 000 + 50 000 = 527 917.81.
    // Ratio 707 917.81 / 527 917.81 = 1 + 180 000 / 527 917.81 = 1 + 0.3409619… →
    // 1.340962.
    assert_eq!(y.client_benefit, Money(dec!(707917.81)));
    assert_eq!(y.our_cost, Money(dec!(527917.81)));
    assert_eq!(y.value_ratio, Some(Rate(dec!(1.340962))));
    // Deltas against the base year (see base_deal_figures): revenue 11 400 000 −
    // 9 500 000 = 1 900 000; gross profit 2 400 000 − 2 000 000 = 400 000; levers
    // 677 835.62 − 124 931.51 = 552 904.11; contribution 1 422 164.38 − 1 575 068.49 =
    // −152 904.11; margin 0.124751 − 0.165797 = −0.041046; cost-to-serve unchanged.
    let d = &f.deltas[0];
    assert_eq!(d.year, 1);
    assert_eq!(d.revenue, Money(dec!(1900000)));
    assert_eq!(d.gross_profit, Money(dec!(400000)));
    assert_eq!(d.lever_cost, Money(dec!(552904.11)));
    assert_eq!(d.cost_to_serve, Money::ZERO);
    assert_eq!(d.contribution, Money(dec!(-152904.11)));
    assert_eq!(d.contribution_margin, Some(Rate(dec!(-0.041046))));
    // Team hours: 200 (service) + 40 (training) = 240.
    assert_eq!(f.service_hours, dec!(240));
}

#[test]
fn value_ratio_of_services_and_of_nothing() {
    // Guards ratio = benefit ÷ cost: a service costing 100 000 and worth 250 000, on
    // otherwise base terms: 250 000 / 100 000 = 2.5. A free service (cost 0) leaves our
    // cost at 0: no ratio.
    let mut v = base().as_variant();
    v.services = vec![service(dec!(100000), dec!(250000), dec!(0))];
    let f = evaluate(&base(), &v, &horizon(2));
    assert_eq!(f.years[0].value_ratio, Some(Rate(dec!(2.5))));
    // Over two years: 500 000 / 200 000 = 2.5.
    assert_eq!(f.client_benefit, Money(dec!(500000)));
    assert_eq!(f.our_cost, Money(dec!(200000)));
    assert_eq!(f.value_ratio, Some(Rate(dec!(2.5))));
    v.services = vec![service(dec!(0), dec!(250000), dec!(0))];
    let f = evaluate(&base(), &v, &horizon(1));
    assert_eq!(f.years[0].client_benefit, Money(dec!(250000)));
    assert_eq!(f.years[0].value_ratio, None);
}

#[test]
fn price_override_and_extra_assortment() {
    // Guards the price override and cross-selling: net price 900 (instead of 950)
    // on 10 000 units: goods revenue 9 000 000, gross profit 9 000 000 − 7 500 000 =
    // 1 500 000; extra assortment 1 000 000 at 30 %: +1 000 000 revenue, +300 000 gross
    // profit → revenue 10 000 000, gross profit 1 800 000. Client benefit = price saving
    // (950 − 900) × 10 000 = 500 000 (the extra assortment is paid for); our cost the
    // same, ratio 1. Financing at 30 days on 10 000 000: 48 000 000 / 365 =
    // 131 506.849… → 131 506.85.
    let mut v = base().as_variant();
    v.price_override = Some(Money(dec!(900)));
    v.discount = Rate(dec!(0.5)); // ignored under an override
    v.extra_assortment = ExtraAssortment {
        revenue: Money(dec!(1000000)),
        margin: Rate(dec!(0.3)),
    };
    let y = &evaluate(&base(), &v, &horizon(1)).years[0];
    assert_eq!(y.net_price, Money(dec!(900)));
    assert_eq!(y.revenue, Money(dec!(10000000)));
    assert_eq!(y.gross_profit, Money(dec!(1800000)));
    assert_eq!(y.financing_cost, Money(dec!(131506.85)));
    assert_eq!(y.client_benefit, Money(dec!(500000)));
    assert_eq!(y.value_ratio, Some(Rate(dec!(1))));
}

#[test]
fn credit_line_logistics_and_co_marketing() {
    // Guards the remaining levers: credit line 1 000 000 × 16 % = 160 000 a year (cost
    // and value); logistics 40 000 / 90 000; co-marketing 60 000 / 60 000. Our cost
    // 160 000 + 40 000 + 60 000 = 260 000; benefit 160 000 + 90 000 + 60 000 = 310 000;
    // levers = base financing 124 931.51 + 260 000 = 384 931.51.
    let mut v = base().as_variant();
    v.credit_line = Money(dec!(1000000));
    v.logistics = Lever {
        cost_to_us: Money(dec!(40000)),
        value_to_client: Money(dec!(90000)),
    };
    v.co_marketing = Lever {
        cost_to_us: Money(dec!(60000)),
        value_to_client: Money(dec!(60000)),
    };
    let y = &evaluate(&base(), &v, &horizon(1)).years[0];
    assert_eq!(y.our_cost, Money(dec!(260000)));
    assert_eq!(y.client_benefit, Money(dec!(310000)));
    assert_eq!(y.lever_cost, Money(dec!(384931.51)));
}

#[test]
fn npv_of_contribution_over_three_years_with_growth() {
    // Guards growth and Excel's NPV: 1 000 units at 100 ₽ (no discount), cost 80 ₽,
    // no deferral, cost-to-serve 10 000; growth 10 % a year.
    // Year 1: 1 000 units, gross profit 20 000, contribution 10 000.
    // Year 2: 1 100 units, gross profit 22 000, contribution 12 000.
    // Year 3: 1 210 units, gross profit 24 200, contribution 14 200.
    // NPV at 10 %: 10 000 / 1.1 + 12 000 / 1.21 + 14 200 / 1.331
    // = 9 090.909091 + 9 917.355372 + 10 668.670173 = 29 676.934636 → 29 676.93.
    let deal = BaseDeal {
        volume_per_year: dec!(1000),
        list_price: Money(dec!(100)),
        unit_cost: Money(dec!(80)),
        discount: Rate::ZERO,
        payment_days: 0,
        cost_to_serve: Money(dec!(10000)),
        financing_rate: Rate(dec!(0.16)),
    };
    let h = Horizon {
        years: 3,
        discount_rate: Rate(dec!(0.1)),
        growth: Rate(dec!(0.1)),
    };
    let f = base_figures(&deal, &h);
    let volumes: Vec<Decimal> = f.years.iter().map(|y| y.volume).collect();
    assert_eq!(volumes, vec![dec!(1000), dec!(1100), dec!(1210)]);
    let contributions: Vec<Money> = f.years.iter().map(|y| y.contribution).collect();
    assert_eq!(
        contributions,
        vec![Money(dec!(10000)), Money(dec!(12000)), Money(dec!(14200))]
    );
    assert_eq!(f.npv_contribution, Money(dec!(29676.93)));
    // A zero-year horizon has no figures and an NPV of zero.
    let empty = base_figures(&deal, &horizon(0));
    assert!(empty.years.is_empty());
    assert_eq!(empty.npv_contribution, Money::ZERO);
}

/// A service worth 250 000 to the client for 100 000 of ours, on base terms.
fn with_service() -> Variant {
    let mut v = base().as_variant();
    v.name = "Сервис".into();
    v.services = vec![service(dec!(100000), dec!(250000), dec!(120))];
    v
}

#[test]
fn discount_only_reference() {
    // Guards d′ = base discount + B₁ / (list × volume): B₁ = 250 000, so d′ = 0.05 +
    // 250 000 / (1 000 × 10 000) = 0.075; net price 925, revenue 9 250 000, gross profit
    // 9 250 000 − 7 500 000 = 1 750 000, financing 9 250 000 × 30 / 365 × 0.16 =
    // 44 400 000 / 365 = 121 643.835… → 121 643.84; contribution 1 750 000 −
    // 121 643.84 − 300 000 = 1 328 356.16, against 2 000 000 − 124 931.51 − 100 000 −
    // 300 000 = 1 475 068.49 for the service: the same benefit costs 146 712.33 more as
    // a discount.
    let r = discount_only(&base(), &with_service(), &horizon(3)).unwrap();
    assert_eq!(r.target_benefit, Money(dec!(250000)));
    assert_eq!(r.discount, Rate(dec!(0.075)));
    assert_eq!(r.figures.name, "Только скидка");
    assert_eq!(r.figures.years.len(), 3);
    assert_eq!(r.figures.years[0].client_benefit, Money(dec!(250000)));
    assert_eq!(r.figures.years[0].contribution, Money(dec!(1328356.16)));
    let service = evaluate(&base(), &with_service(), &horizon(1));
    assert_eq!(service.years[0].contribution, Money(dec!(1475068.49)));
    // Undefined without a year or without list revenue.
    assert_eq!(discount_only(&base(), &with_service(), &horizon(0)), None);
    let mut free = base();
    free.list_price = Money::ZERO;
    assert_eq!(discount_only(&free, &with_service(), &horizon(1)), None);
}

#[test]
fn discount_only_from_the_figures_already_compared() {
    // Guards the keystroke's path: the same reference as `discount_only_reference`,
    // from the client benefit and base years that `compare` has computed. B₁ = 250 000
    // (the service's first-year value), d′ = 0.075, first-year contribution
    // 1 328 356.16, and its delta to the base's contribution (no lever: net price
    // 950, revenue 9 500 000, gross profit 2 000 000, financing 9 500 000 × 30 / 365 ×
    // 0.16 = 124 931.51, cost-to-serve 300 000: 1 575 068.49): −246 712.33.
    let c = compare(&base(), &[with_service()], &horizon(3));
    let benefit = c.variants[0].years[0].client_benefit;
    assert_eq!(benefit, Money(dec!(250000)));
    let r = discount_only_for(&base(), benefit, &horizon(3), &c.base.years).unwrap();
    assert_eq!(r.discount, Rate(dec!(0.075)));
    assert_eq!(r.figures.years.len(), 3);
    assert_eq!(r.figures.years[0].contribution, Money(dec!(1328356.16)));
    assert_eq!(r.figures.deltas[0].contribution, Money(dec!(-246712.33)));
    assert_eq!(
        Some(r),
        discount_only(&base(), &with_service(), &horizon(3))
    );
    // Undefined without a year or without list revenue.
    assert_eq!(discount_only_for(&base(), benefit, &horizon(0), &[]), None);
    let mut free = base();
    free.list_price = Money::ZERO;
    assert_eq!(
        discount_only_for(&free, benefit, &horizon(1), &c.base.years),
        None
    );
}

#[test]
fn best_for_us_and_best_for_the_client() {
    // Guards the picks: a 10 % discount gives the client (950 − 900) × 10 000 =
    // 500 000 a year but costs us the same in gross profit; the service gives 250 000
    // for 100 000. Best for us: the service (index 1); for the client: the discount (0).
    let mut discount = base().as_variant();
    discount.name = "Скидка 10 %".into();
    discount.discount = Rate(dec!(0.1));
    let c = compare(&base(), &[discount, with_service()], &horizon(3));
    assert_eq!(c.variants.len(), 2);
    assert_eq!(c.best_for_us, Some(1));
    assert_eq!(c.best_for_client, Some(0));
    assert_eq!(c.variants[0].client_benefit, Money(dec!(1500000)));
    assert_eq!(c.base.name, "База");
    // Equal variants: the first one wins; no variants: no pick.
    let c = compare(&base(), &[with_service(), with_service()], &horizon(3));
    assert_eq!((c.best_for_us, c.best_for_client), (Some(0), Some(0)));
    let c = compare(&base(), &[], &horizon(3));
    assert_eq!((c.best_for_us, c.best_for_client), (None, None));
}

#[test]
fn capacity_check_flags_a_promise_nobody_can_keep() {
    // Guards hours = services + training: 200 + 40 = 240 needed; 200 available → over;
    // exactly 240 available → fine.
    let over = capacity_check(&partnership(), dec!(200));
    assert_eq!(over.needed_hours, dec!(240));
    assert!(over.over_capacity);
    assert!(!capacity_check(&partnership(), dec!(240)).over_capacity);
}
