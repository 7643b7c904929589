//! Properties of the special-offer figures (domain §4) over generated deals: a larger
//! discount never raises our gross profit at fixed volume, more deferral days never
//! lower the financing cost, and the value ratio exists exactly when our cost is
//! above zero.

use kam_studio::engine::money::{Money, Rate};
use kam_studio::engine::offer::figures::financing_cost;
use kam_studio::engine::offer::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A deal with volume up to 100 000 units, prices in kopecks up to 100 000 ₽, money
/// at up to 30 %, payment terms up to 180 days.
fn deal() -> impl Strategy<Value = BaseDeal> {
    (
        0i64..=100_000,
        0i64..=10_000_000,
        0i64..=10_000_000,
        0i64..=10_000,
        0u32..=180,
        0i64..=3_000,
    )
        .prop_map(|(volume, list, cost, discount, days, rate)| BaseDeal {
            volume_per_year: Decimal::from(volume),
            list_price: Money(Decimal::new(list, 2)),
            unit_cost: Money(Decimal::new(cost, 2)),
            discount: Rate(Decimal::new(discount, 4)),
            payment_days: days,
            cost_to_serve: Money(Decimal::from(300_000)),
            financing_rate: Rate(Decimal::new(rate, 4)),
        })
}

fn one_year() -> Horizon {
    Horizon {
        years: 1,
        discount_rate: Rate(Decimal::new(1, 1)),
        growth: Rate::ZERO,
    }
}

proptest! {
    #[test]
    fn a_larger_discount_never_raises_gross_profit(
        base in deal(),
        a in 0i64..=10_000,
        b in 0i64..=10_000,
    ) {
        // Same volume, discounts d₁ ≤ d₂ (fractions with four places, 0–100 %).
        let (low, high) = (a.min(b), a.max(b));
        let mut v1 = base.as_variant();
        v1.discount = Rate(Decimal::new(low, 4));
        let mut v2 = v1.clone();
        v2.discount = Rate(Decimal::new(high, 4));
        let gp1 = year_figures(&base, &v1, &one_year())[0].gross_profit;
        let gp2 = year_figures(&base, &v2, &one_year())[0].gross_profit;
        prop_assert!(gp2 <= gp1, "{gp2:?} > {gp1:?}");
    }

    #[test]
    fn more_deferral_days_never_lower_the_financing_cost(
        revenue in 0i64..=10_000_000_000_000,
        rate in 0i64..=10_000,
        a in 0i64..=365,
        b in 0i64..=365,
    ) {
        let (revenue, rate) = (Money(Decimal::new(revenue, 2)), Rate(Decimal::new(rate, 4)));
        let (short, long) = (a.min(b), a.max(b));
        prop_assert!(financing_cost(revenue, short, rate) <= financing_cost(revenue, long, rate));
    }

    #[test]
    fn more_days_in_a_variant_never_lower_its_financing_cost(
        base in deal(),
        a in 0u32..=365,
        b in 0u32..=365,
    ) {
        let mut v1 = base.as_variant();
        v1.payment_days = a.min(b);
        let mut v2 = v1.clone();
        v2.payment_days = a.max(b);
        let f1 = year_figures(&base, &v1, &one_year())[0].financing_cost;
        let f2 = year_figures(&base, &v2, &one_year())[0].financing_cost;
        prop_assert!(f1 <= f2);
    }

    #[test]
    fn value_ratio_is_none_when_our_cost_is_zero(
        base in deal(),
        value in 0i64..=100_000_000,
        hours in 0i64..=2_000,
    ) {
        // Base terms plus services that cost us nothing: our cost is zero, whatever
        // they are worth to the client.
        let mut v = base.as_variant();
        v.services = vec![Service {
            name: "Бесплатный сервис".into(),
            cost_to_us: Money::ZERO,
            value_to_client: Money(Decimal::new(value, 2)),
            hours: Decimal::from(hours),
        }];
        let f = evaluate(&base, &v, &one_year());
        prop_assert_eq!(f.years[0].our_cost, Money::ZERO);
        prop_assert_eq!(f.years[0].value_ratio, None);
        prop_assert_eq!(f.value_ratio, None);
    }

    #[test]
    fn value_ratio_exists_exactly_when_our_cost_is_positive(
        base in deal(),
        discount in 0i64..=10_000,
        days in 0u32..=180,
        cost in 0i64..=100_000_000,
        value in 0i64..=100_000_000,
    ) {
        let mut v = base.as_variant();
        v.discount = Rate(Decimal::new(discount, 4));
        v.payment_days = days;
        v.logistics = Lever {
            cost_to_us: Money(Decimal::new(cost, 2)),
            value_to_client: Money(Decimal::new(value, 2)),
        };
        let y = &year_figures(&base, &v, &one_year())[0];
        prop_assert_eq!(y.value_ratio.is_some(), y.our_cost > Money::ZERO);
    }
}
