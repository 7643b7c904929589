//! The analysis behind the "Clients & portfolio" screens: one call computes every row,
//! the checks, the bias lists, the matrix and the whale curve. A three-client workspace
//! is worked out by hand below; the demo workspace must tell its stories.

use kam_studio::engine::analysis::*;
use kam_studio::engine::demo::{
    demo_workspace, HIDDEN_GEM, TOP_PROSPECT, UNMEASURABLE_CRITERION, VIP_LOSS_MAKING,
    VIP_OVERRATED,
};
use kam_studio::engine::model::*;
use kam_studio::engine::money::{Money, Rate};
use kam_studio::engine::portfolio::Quadrant;
use kam_studio::engine::potential::{PotentialFigures, PotentialYear};
use kam_studio::engine::profile::Class;
use kam_studio::engine::profitability::{CostToServe, ProfitFlag, WhalePoint};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use std::sync::Arc;

fn year(year: i32, consumption: i64, share: Decimal, margin: Decimal) -> PotentialYear {
    PotentialYear {
        year,
        consumption: Money(Decimal::from(consumption)),
        basis: String::new(),
        attainable_share: Rate(share),
        margin_rate: Rate(margin),
    }
}

fn client(id: u32, vip: bool, revenue: i64, margin: Decimal) -> Client {
    Client {
        id: ClientId(id),
        name: format!("Клиент {id}"),
        segment: String::new(),
        status: if revenue == 0 {
            ClientStatus::Prospect
        } else {
            ClientStatus::Current
        },
        vip,
        region: String::new(),
        revenue: Money(Decimal::from(revenue)),
        gross_margin: Rate(margin),
        values: Values::new(),
        potential: Vec::new(),
        cost_to_serve: CostToServe::default(),
        relative_strength: None,
    }
}

fn criterion(id: u32, unit: &str, scale: Scale) -> Criterion {
    Criterion {
        id: CriterionId(id),
        name: format!("Критерий {id}"),
        measure: String::new(),
        source: String::new(),
        unit: unit.into(),
        direction: Direction::HigherIsBetter,
        scale,
        weight: dec!(1),
        gate: None,
    }
}

/// Horizon 2027–2028 at 10 %, one KAM with one account; criterion 1 linear 0–400 (the
/// score is x / 4), criterion 2 without unit or scale (not measurable). Key from 70.
///
/// 1. VIP, revenue 1 000 000 at 10 %, value 300 → score 75 (key); logistics 150 000 →
///    contribution 100 000 − 150 000 = −50 000 (VIP loss-making, key but unprofitable);
///    potential 2027: 2 000 000 × 10 % = 200 000, × 20 % = 40 000;
///    2028: 3 000 000 × 20 % = 600 000, × 20 % = 120 000;
///    value = 40 000 / 1.1 + 120 000 / 1.21 = 36 363.636… + 99 173.553… = 135 537.19;
///    strength 1.2 → Strategic.
/// 2. Revenue 500 000 at 30 %, value 100 → score 25 (standard); manager 10 h × 1 000 =
///    10 000 → contribution 150 000 − 10 000 = 140 000, margin 140 000 / 500 000 = 0.28;
///    no potential (value 0, no first year); strength 0.8 → Streamline.
/// 3. Prospect, no revenue, no value → score 0 (criterion 1 missing); contribution 0,
///    no margin; potential 2027: nothing, 2028: 8 000 000 × 10 % = 800 000, × 25 % =
///    200 000; value = 0 + 200 000 / 1.21 = 165 289.256… → 165 289.26; not rated → not placed.
fn workspace() -> Workspace {
    let mut ws = Workspace::empty("Тест", 2027);
    ws.settings.horizon_years = 2;
    ws.settings.discount_rate = Rate(dec!(0.1));
    ws.company.kam_count = 1;
    ws.company.accounts_per_kam = 1;
    ws.criteria = vec![
        criterion(
            1,
            "тыс. м²",
            Scale::Linear {
                low: dec!(0),
                high: dec!(400),
            },
        ),
        criterion(2, "", Scale::None),
    ];
    let mut c1 = client(1, true, 1_000_000, dec!(0.1));
    c1.values.insert(CriterionId(1), dec!(300));
    c1.cost_to_serve.logistics = Money(dec!(150000));
    c1.potential = vec![
        year(2027, 2_000_000, dec!(0.1), dec!(0.2)),
        year(2028, 3_000_000, dec!(0.2), dec!(0.2)),
    ];
    c1.relative_strength = Some(dec!(1.2));
    let mut c2 = client(2, false, 500_000, dec!(0.3));
    c2.values.insert(CriterionId(1), dec!(100));
    c2.cost_to_serve.manager_hours = dec!(10);
    c2.cost_to_serve.manager_rate = Money(dec!(1000));
    c2.relative_strength = Some(dec!(0.8));
    let mut c3 = client(3, false, 0, dec!(0));
    c3.potential = vec![
        year(2027, 0, dec!(0), dec!(0.25)),
        year(2028, 8_000_000, dec!(0.1), dec!(0.25)),
    ];
    ws.clients = [c1, c2, c3].into_iter().map(Arc::new).collect();
    assert_eq!(validate(&ws), vec![]);
    ws
}

#[test]
fn every_row_worked_by_hand() {
    let a = analyse(&workspace());
    let r = &a.rows;
    assert_eq!(r.len(), 3);

    assert_eq!(r[0].client, ClientId(1));
    assert_eq!(r[0].score, Some(dec!(75)));
    assert_eq!(r[0].rank, Some(1));
    assert_eq!(r[0].class, Class::Key);
    assert_eq!(r[0].potential_value, Money(dec!(135537.19)));
    assert_eq!(
        r[0].first_year,
        Some(PotentialFigures {
            year: 2027,
            revenue: Money(dec!(200000)),
            margin: Money(dec!(40000)),
        })
    );
    assert_eq!(r[0].profitability.gross_profit, Money(dec!(100000)));
    assert_eq!(r[0].profitability.cost_to_serve, Money(dec!(150000)));
    assert_eq!(r[0].profitability.contribution, Money(dec!(-50000)));
    // −50 000 / 1 000 000 = −0.05
    assert_eq!(
        r[0].profitability.contribution_margin,
        Some(Rate(dec!(-0.05)))
    );
    assert_eq!(
        r[0].flags,
        vec![ProfitFlag::VipLossMaking, ProfitFlag::KeyButUnprofitable]
    );
    assert_eq!(r[0].relative_strength, Some(dec!(1.2)));
    assert_eq!(r[0].quadrant, Some(Quadrant::Strategic));

    assert_eq!(r[1].score, Some(dec!(25)));
    assert_eq!(r[1].rank, Some(2));
    assert_eq!(r[1].class, Class::Standard);
    assert_eq!(r[1].potential_value, Money::ZERO);
    assert_eq!(r[1].first_year, None);
    assert_eq!(r[1].profitability.cost_to_serve, Money(dec!(10000)));
    assert_eq!(r[1].profitability.contribution, Money(dec!(140000)));
    assert_eq!(
        r[1].profitability.contribution_margin,
        Some(Rate(dec!(0.28)))
    );
    assert_eq!(r[1].flags, vec![]);
    assert_eq!(r[1].quadrant, Some(Quadrant::Streamline));

    assert_eq!(r[2].score, Some(dec!(0)));
    assert_eq!(r[2].rank, Some(3));
    assert_eq!(r[2].missing, vec![CriterionId(1)]);
    assert_eq!(r[2].failed_gates, vec![]);
    assert_eq!(r[2].potential_value, Money(dec!(165289.26)));
    assert_eq!(
        r[2].first_year,
        Some(PotentialFigures {
            year: 2027,
            revenue: Money::ZERO,
            margin: Money::ZERO,
        })
    );
    assert_eq!(r[2].profitability.contribution, Money::ZERO);
    assert_eq!(r[2].profitability.contribution_margin, None);
    assert_eq!(r[2].quadrant, None);
    assert_eq!(a.unmeasurable, vec![CriterionId(2)]);
}

#[test]
fn checks_bias_matrix_and_whale_curve_worked_by_hand() {
    let a = analyse(&workspace());
    // One key client of three: 33.3 % > 20 % fails Pareto; capacity 1 × 1 = 1 holds.
    assert_eq!((a.checks.clients, a.checks.key), (3, 1));
    assert_eq!(a.checks.key_share, dec!(33.3));
    assert!(!a.checks.pareto_ok && a.checks.capacity_ok);

    // Revenue ranks 1, 2, 3; potential 135 537.19, 0, 165 289.26 → ranks 2, 3, 1; score
    // ranks 1, 2, 3. n = 3, k = 1, middle rank 2.
    // Overrated: client 1 is big (rank 1) and VIP, but its potential rank 2 is not > 2.
    // Hidden: client 3 has no revenue and the top potential: gap 3 − 1 = 2.
    assert!(a.bias.overrated.is_empty());
    assert_eq!(a.bias.hidden.len(), 1);
    assert_eq!(a.bias.hidden[0].client, ClientId(3));
    assert_eq!(a.bias.hidden[0].gap, dec!(2));
    // Revenue vs potential: d = 1 − 2, 2 − 3, 3 − 1 = −1, −1, 2; Σd² = 6;
    // ρ = 1 − 6 · 6 / (3 · 8) = 1 − 1.5 = −0.5. Revenue and score rank alike: 1.
    assert_eq!(a.bias.correlations.revenue_potential, Some(dec!(-0.5)));
    assert_eq!(a.bias.correlations.revenue_score, Some(dec!(1)));
    assert_eq!(a.bias.correlations.potential_score, Some(dec!(-0.5)));
    assert_eq!(a.bias.rows[2].potential_rank, dec!(1));

    // Matrix: client 1 Strategic, client 2 Streamline, client 3 not placed (no strength).
    assert_eq!(a.portfolio.counts, [1, 0, 0, 1]);
    assert_eq!(a.portfolio.not_placed.len(), 1);
    assert_eq!(a.portfolio.not_placed[0].client, ClientId(3));
    assert_eq!(a.portfolio.max_potential, Money(dec!(135537.19)));

    // Whale: contributions −50 000, 140 000, 0 → sorted 140 000, 0, −50 000; total
    // 90 000. Cumulative 140 000 / 90 000 = 1.5556, again 1.5556, then 1.
    assert_eq!(a.whale.total, Money(dec!(90000)));
    let shares: Vec<(Decimal, Decimal)> = a
        .whale
        .points
        .iter()
        .map(|p| (p.clients_share.0, p.contribution_share.0))
        .collect();
    assert_eq!(
        shares,
        vec![
            (dec!(0), dec!(0)),
            (dec!(0.3333), dec!(1.5556)),
            (dec!(0.6667), dec!(1.5556)),
            (dec!(1), dec!(1)),
        ]
    );
    assert_eq!(
        a.whale.peak,
        Some(WhalePoint {
            clients_share: Rate(dec!(0.3333)),
            contribution_share: Rate(dec!(1.5556)),
        })
    );
}

#[test]
fn an_empty_workspace_analyses_to_nothing() {
    let a = analyse(&Workspace::empty("Пусто", 2027));
    assert!(a.rows.is_empty() && a.bias.rows.is_empty() && a.portfolio.points.is_empty());
    assert!(a.checks.pareto_ok && a.checks.capacity_ok);
    assert_eq!(a.whale.points.len(), 1);
}

#[test]
fn the_demo_tells_its_stories() {
    let ws = demo_workspace();
    let a = analyse(&ws);
    let row = |id: ClientId| a.rows.iter().find(|r| r.client == id).unwrap();
    let hidden: Vec<ClientId> = a.bias.hidden.iter().map(|e| e.client).collect();
    let overrated: Vec<ClientId> = a.bias.overrated.iter().map(|e| e.client).collect();

    // «ДомМастер»: the VIP that loses money after cost-to-serve.
    assert!(row(VIP_LOSS_MAKING)
        .flags
        .contains(&ProfitFlag::VipLossMaking));
    assert!(row(VIP_LOSS_MAKING)
        .profitability
        .contribution
        .is_negative());
    // The top prospect: no revenue and the largest potential, so the largest gap of all
    // (revenue rank among the zeros at the bottom, potential rank 1).
    assert_eq!(hidden.first(), Some(&TOP_PROSPECT));
    let top = a
        .bias
        .rows
        .iter()
        .find(|r| r.client == TOP_PROSPECT)
        .unwrap();
    assert_eq!(top.potential_rank, dec!(1));
    // The hidden gem: 4.7 млн ₽ today, a top-five potential.
    assert!(hidden.contains(&HIDDEN_GEM));
    // The famous brand developer: big now, VIP, little potential left.
    assert!(overrated.contains(&VIP_OVERRATED));
    assert!(!hidden.contains(&VIP_LOSS_MAKING) && !hidden.contains(&VIP_OVERRATED));
    // It fails both knock-out gates, so it cannot be key whatever its score.
    assert_ne!(row(VIP_OVERRATED).class, Class::Key);
    assert_eq!(row(VIP_OVERRATED).failed_gates.len(), 2);
    // The unrated top prospect cannot be placed on the matrix.
    assert_eq!(row(TOP_PROSPECT).quadrant, None);
    assert_eq!(a.unmeasurable, vec![UNMEASURABLE_CRITERION]);
    // 35 clients: k = 7.
    assert_eq!(a.bias.top_count, 7);
}
