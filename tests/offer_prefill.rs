//! The base deal of a new offer from the client's profitability model (domain §2, §4):
//! hand-computed mappings, the reconciliation with the model's contribution, and the
//! defaults (named as gaps) where the client's data lacks something.

use kam_studio::engine::demo::demo_workspace;
use kam_studio::engine::model::{Client, ClientId};
use kam_studio::engine::money::{Money, Rate};
use kam_studio::engine::offer::prefill::offer_cost_to_serve;
use kam_studio::engine::offer::*;
use kam_studio::engine::profitability::{profitability, CostToServe};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// A client with round figures: revenue 2 000 000 at 25 % gross margin, discounts and
/// bonuses 100 000, average receivables 190 000 at 16 %, and cost-to-serve lines
/// logistics 50 000, transport 30 000, courier 5 000, 40 manager hours × 2 000,
/// trips 10 000, 10 accounting hours × 1 500.
fn client() -> Client {
    let mut c = Client::new(ClientId(1), "Тест");
    c.revenue = Money(dec!(2000000));
    c.gross_margin = Rate(dec!(0.25));
    c.cost_to_serve = CostToServe {
        logistics: Money(dec!(50000)),
        transport: Money(dec!(30000)),
        courier: Money(dec!(5000)),
        manager_hours: dec!(40),
        manager_rate: Money(dec!(2000)),
        trip_expenses: Money(dec!(10000)),
        accounting_hours: dec!(10),
        accounting_rate: Money(dec!(1500)),
        discounts_bonuses: Money(dec!(100000)),
        average_receivables: Money(dec!(190000)),
        financing_rate: Rate(dec!(0.16)),
    };
    c
}

#[test]
fn a_client_with_data_gives_every_field_of_the_base_deal() {
    let p = base_from_client(&client());
    assert!(p.gaps.is_empty(), "{:?}", p.gaps);
    let b = p.base;
    // List price: the conventional 1 000; volume = 2 000 000 ÷ 1 000 = 2 000 units.
    assert_eq!(b.list_price, Money(dec!(1000)));
    assert_eq!(b.volume_per_year, dec!(2000));
    // Unit cost = 1 000 × (1 − 0,25) = 750.
    assert_eq!(b.unit_cost, Money(dec!(750)));
    // Discount = 100 000 ÷ 2 000 000 = 5 %.
    assert_eq!(b.discount, Rate(dec!(0.05)));
    // Days = 190 000 × 365 ÷ (2 000 000 − 100 000) = 69 350 000 ÷ 1 900 000 = 36,5
    // → 37 (half away from zero).
    assert_eq!(b.payment_days, 37);
    // Cost-to-serve without the financing of receivables:
    // 50 000 + 30 000 + 5 000 + 40 × 2 000 + 10 000 + 10 × 1 500 = 190 000
    // (the financing, 190 000 × 0,16 = 30 400, is left to the deferral).
    assert_eq!(b.cost_to_serve, Money(dec!(190000)));
    assert_eq!(b.financing_rate, Rate(dec!(0.16)));
}

#[test]
fn the_base_contribution_is_the_models_up_to_the_rounding_of_days() {
    // The model: 2 000 000 × 0,25 − 100 000 − (190 000 + 30 400) = 179 600.
    let c = client();
    let model = profitability(c.revenue, c.gross_margin, &c.cost_to_serve);
    assert_eq!(model.contribution, Money(dec!(179600)));
    // The base deal: revenue 950 × 2 000 = 1 900 000; gross profit 1 900 000 −
    // 750 × 2 000 = 400 000; financing 1 900 000 × 37 / 365 × 0,16 = 30 816,44;
    // contribution 400 000 − 30 816,44 − 190 000 = 179 183,56. The 416,44 between
    // them is the half day rounded: 1 900 000 × 0,5 / 365 × 0,16 = 416,44.
    let base = base_from_client(&c).base;
    let horizon = Horizon {
        years: 1,
        discount_rate: Rate(dec!(0.1)),
        growth: Rate::ZERO,
    };
    let y = &base_figures(&base, &horizon).years[0];
    assert_eq!(y.revenue, Money(dec!(1900000)));
    assert_eq!(y.financing_cost, Money(dec!(30816.44)));
    assert_eq!(y.contribution, Money(dec!(179183.56)));
    assert_eq!(
        model.contribution - y.contribution,
        Money(dec!(416.44)),
        "the half day of rounding"
    );
}

#[test]
fn a_negative_margin_makes_the_unit_cost_above_the_list_price() {
    // Unit cost = 1 000 × (1 − (−0,035)) = 1 035.
    let mut c = client();
    c.gross_margin = Rate(dec!(-0.035));
    assert_eq!(base_from_client(&c).base.unit_cost, Money(dec!(1035)));
}

#[test]
fn a_prospect_without_data_gets_the_default_deal_and_every_gap() {
    let c = Client::new(ClientId(8), "Проспект");
    let p = base_from_client(&c);
    assert_eq!(p.base, default_base());
    assert_eq!(
        p.gaps,
        vec![Gap::Revenue, Gap::CostToServe, Gap::FinancingRate]
    );
    // The default deal: 10 000 units at 1 000, cost 750, 5 %, 30 days, 500 000, 16 %.
    let d = default_base();
    assert_eq!(
        (d.volume_per_year, d.list_price, d.unit_cost, d.discount),
        (
            dec!(10000),
            Money(dec!(1000)),
            Money(dec!(750)),
            Rate(dec!(0.05))
        )
    );
    assert_eq!(
        (d.payment_days, d.cost_to_serve, d.financing_rate),
        (30, Money(dec!(500000)), Rate(dec!(0.16)))
    );
}

#[test]
fn a_prospect_with_costs_keeps_its_costs_and_rate() {
    // No revenue, but cost-to-serve lines of 190 000 (as in `client()`) and a rate.
    let mut c = client();
    c.revenue = Money::ZERO;
    let p = base_from_client(&c);
    assert_eq!(p.gaps, vec![Gap::Revenue]);
    assert_eq!(p.base.cost_to_serve, Money(dec!(190000)));
    assert_eq!(p.base.volume_per_year, dec!(10000));
    assert_eq!(p.base.payment_days, 30);
}

#[test]
fn without_receivables_the_days_are_the_default() {
    let mut c = client();
    c.cost_to_serve.average_receivables = Money::ZERO;
    let p = base_from_client(&c);
    assert_eq!(p.gaps, vec![Gap::Receivables]);
    assert_eq!(p.base.payment_days, 30);
    // Everything else still comes from the client: 2 000 units, 5 %.
    assert_eq!(p.base.volume_per_year, dec!(2000));
    assert_eq!(p.base.discount, Rate(dec!(0.05)));
}

#[test]
fn receivables_above_a_years_revenue_are_capped_at_365_days() {
    // 3 800 000 × 365 ÷ 1 900 000 = 730 days → 365, the longest deferral accepted.
    let mut c = client();
    c.cost_to_serve.average_receivables = Money(dec!(3800000));
    assert_eq!(base_from_client(&c).base.payment_days, 365);
}

#[test]
fn discounts_above_revenue_are_capped_at_a_full_discount() {
    // Bonuses of 3 000 000 on 2 000 000 of revenue: 150 % → 100 %, which validation
    // accepts; days have no revenue after discounts to divide by: the default.
    let mut c = client();
    c.cost_to_serve.discounts_bonuses = Money(dec!(3000000));
    let p = base_from_client(&c);
    assert_eq!(p.base.discount, Rate(Decimal::ONE));
    assert_eq!(p.gaps, vec![Gap::Receivables]);
}

#[test]
fn without_cost_lines_or_rate_those_are_the_defaults() {
    let mut c = client();
    c.cost_to_serve = CostToServe {
        discounts_bonuses: Money(dec!(100000)),
        ..CostToServe::default()
    };
    let p = base_from_client(&c);
    assert_eq!(
        p.gaps,
        vec![Gap::Receivables, Gap::CostToServe, Gap::FinancingRate]
    );
    assert_eq!(p.base.cost_to_serve, Money(dec!(500000)));
    assert_eq!(p.base.financing_rate, Rate(dec!(0.16)));
}

#[test]
fn the_demo_client_dommaster_as_the_new_offer_e2e_test_sees_it() {
    // Сеть «ДомМастер» (src/engine/demo): revenue 478 362 410 ₽ at −3,5 %, discounts
    // and bonuses 26 310 000 ₽, receivables 145 475 000 ₽ at 16 %, logistics
    // 10 046 000, transport 4 822 000, courier 180 000, 1 450 manager hours × 2 800,
    // trips 180 000, 620 accounting hours × 1 600.
    let ws = demo_workspace();
    let c = ws.clients.iter().find(|c| c.id == ClientId(2)).unwrap();
    assert_eq!(c.name, "Сеть «ДомМастер»");
    let p = base_from_client(c);
    assert!(p.gaps.is_empty());
    let b = p.base;
    // Volume = 478 362 410 ÷ 1 000 = 478 362,41.
    assert_eq!(b.volume_per_year, dec!(478362.41));
    // Unit cost = 1 000 × 1,035 = 1 035.
    assert_eq!(b.unit_cost, Money(dec!(1035)));
    // Discount = 26 310 000 ÷ 478 362 410 = 0,0550001… → 0,055000.
    assert_eq!(b.discount, Rate(dec!(0.055)));
    // Days = 145 475 000 × 365 ÷ (478 362 410 − 26 310 000) = 53 098 375 000 000 ÷
    // 452 052 410 = 117,46 → 117.
    assert_eq!(b.payment_days, 117);
    // Cost-to-serve = 10 046 000 + 4 822 000 + 180 000 + 1 450 × 2 800 (4 060 000) +
    // 180 000 + 620 × 1 600 (992 000) = 20 280 000.
    assert_eq!(b.cost_to_serve, Money(dec!(20280000)));
    assert_eq!(offer_cost_to_serve(&c.cost_to_serve), b.cost_to_serve);
}
