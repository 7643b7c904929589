//! Validation and the action path: every problem is reported with its field path,
//! and a refused action changes nothing.

use kam_studio::engine::action::{apply, Action};
use kam_studio::engine::demo::demo_workspace;
use kam_studio::engine::model::*;
use kam_studio::engine::money::{Money, Rate};
use kam_studio::engine::potential::PotentialYear;
use kam_studio::engine::profile::ClassRule;
use kam_studio::engine::profitability::CostToServe;
use rust_decimal_macros::dec;
use std::sync::Arc;

/// Client `i` of `ws`, to change in a test.
fn client(ws: &mut Workspace, i: usize) -> &mut Client {
    Arc::make_mut(&mut ws.clients[i])
}

fn small_workspace() -> Workspace {
    let mut ws = Workspace::empty("Тест", 2027);
    ws.criteria.push(Criterion {
        id: CriterionId(1),
        name: "Объём ввода жилья".into(),
        measure: "план ввода".into(),
        source: "ЕРЗ".into(),
        unit: "тыс. м²".into(),
        direction: Direction::HigherIsBetter,
        scale: Scale::Linear {
            low: dec!(0),
            high: dec!(400),
        },
        weight: dec!(60),
        gate: None,
    });
    ws.clients.push(Arc::new(Client {
        id: ClientId(1),
        name: "ГК Север".into(),
        segment: "Девелопер".into(),
        status: ClientStatus::Current,
        vip: false,
        region: "Москва".into(),
        revenue: Money(dec!(1000000)),
        gross_margin: Rate(dec!(0.2)),
        values: [(CriterionId(1), dec!(120))].into_iter().collect(),
        potential: Vec::new(),
        cost_to_serve: CostToServe::default(),
        relative_strength: None,
    }));
    ws.competitors.push(Competitor {
        id: CompetitorId(1),
        name: "Конкурент".into(),
        note: String::new(),
    });
    ws
}

fn paths(problems: &[Problem]) -> Vec<&str> {
    problems.iter().map(|p| p.path.as_str()).collect()
}

#[test]
fn a_valid_workspace_has_no_problems() {
    assert_eq!(validate(&small_workspace()), vec![]);
    assert_eq!(validate(&Workspace::empty("Пусто", 2027)), vec![]);
    assert_eq!(validate(&demo_workspace()), vec![]);
}

#[test]
fn every_problem_is_reported_with_its_path() {
    let mut ws = small_workspace();
    ws.name = "  ".into();
    ws.settings.currency = Currency("рубль".into());
    ws.settings.horizon_years = 0;
    ws.settings.discount_rate = Rate(dec!(1.5));
    client(&mut ws, 0).revenue = Money(dec!(-1));
    client(&mut ws, 0).gross_margin = Rate(dec!(-2));
    client(&mut ws, 0).values.insert(CriterionId(9), dec!(1));
    ws.clients.push(ws.clients[0].clone());
    ws.criteria[0].scale = Scale::Linear {
        low: dec!(5),
        high: dec!(5),
    };
    ws.criteria[0].weight = dec!(0);
    ws.competitors[0].name = "x".repeat(201);

    let problems = validate(&ws);
    assert_eq!(
        paths(&problems),
        vec![
            "name",
            "settings.currency",
            "settings.horizon_years",
            "settings.discount_rate",
            "criteria[0].scale",
            "criteria",
            "clients[1].id",
            "clients[0].revenue",
            "clients[0].gross_margin",
            "clients[0].values[9]",
            "clients[1].revenue",
            "clients[1].gross_margin",
            "clients[1].values[9]",
            "competitors[0].name",
        ]
    );
    assert_eq!(problems[0].kind, ProblemKind::Empty);
    assert_eq!(
        problems[2].kind,
        ProblemKind::OutOfRange {
            min: dec!(1),
            max: dec!(10)
        }
    );
    assert_eq!(problems[5].kind, ProblemKind::ZeroTotalWeight);
    assert_eq!(problems[6].kind, ProblemKind::DuplicateId { id: 1 });
    assert_eq!(problems[9].kind, ProblemKind::UnknownCriterion { id: 9 });
    assert_eq!(problems[13].kind, ProblemKind::TooLong { max: 200 });
    assert_eq!(
        problems[9].to_string(),
        "clients[0].values[9]: no criterion with id 9"
    );
}

#[test]
fn bands_and_gates_are_checked() {
    let mut ws = small_workspace();
    ws.criteria[0].scale = Scale::Bands {
        bands: vec![
            Band {
                from: dec!(0),
                score: dec!(0),
            },
            Band {
                from: dec!(0),
                score: dec!(120),
            },
        ],
    };
    ws.criteria[0].gate = Some(Gate {
        min: Some(dec!(10)),
        max: Some(dec!(5)),
    });
    assert_eq!(
        paths(&validate(&ws)),
        vec![
            "criteria[0].scale.bands[1].score",
            "criteria[0].scale.bands[1].from",
            "criteria[0].gate",
        ]
    );
    ws.criteria[0].scale = Scale::Bands { bands: vec![] };
    ws.criteria[0].gate = Some(Gate {
        min: None,
        max: None,
    });
    assert_eq!(
        paths(&validate(&ws)),
        vec!["criteria[0].scale.bands", "criteria[0].gate"]
    );
}

fn year(year: i32) -> PotentialYear {
    PotentialYear {
        year,
        consumption: Money(dec!(50000000)),
        basis: "ввод 120 тыс. м² × 14 кг/м² × 30 ₽/кг".into(),
        attainable_share: Rate(dec!(0.3)),
        margin_rate: Rate(dec!(0.2)),
    }
}

fn kinds(problems: &[Problem]) -> Vec<(&str, ProblemKind)> {
    problems
        .iter()
        .map(|p| (p.path.as_str(), p.kind.clone()))
        .collect()
}

#[test]
fn the_version_2_fields_are_valid_when_filled() {
    let mut ws = small_workspace();
    client(&mut ws, 0).potential = vec![year(2027), year(2028), year(2029)];
    client(&mut ws, 0).cost_to_serve = CostToServe {
        logistics: Money(dec!(10000)),
        manager_hours: dec!(12.5),
        manager_rate: Money(dec!(2500)),
        average_receivables: Money(dec!(100000)),
        financing_rate: Rate(dec!(1)),
        ..CostToServe::default()
    };
    client(&mut ws, 0).relative_strength = Some(dec!(10));
    ws.class_rule = ClassRule::Thresholds {
        key_from: dec!(100),
        development_from: dec!(0),
    };
    assert_eq!(validate(&ws), vec![]);
    client(&mut ws, 0).potential[2].margin_rate = Rate(dec!(-1));
    client(&mut ws, 0).potential[2].attainable_share = Rate(dec!(0));
    client(&mut ws, 0).relative_strength = Some(dec!(0.01));
    ws.class_rule = ClassRule::Thresholds {
        key_from: dec!(60),
        development_from: dec!(60),
    };
    assert_eq!(validate(&ws), vec![]);
    ws.class_rule = ClassRule::TopN {
        key: 0,
        development: 0,
    };
    assert_eq!(validate(&ws), vec![]);
}

#[test]
fn potential_years_are_inside_the_horizon_and_unique() {
    let mut ws = small_workspace(); // horizon 2027–2029
    client(&mut ws, 0).potential = vec![year(2026), year(2027), year(2029), year(2027), year(2030)];
    assert_eq!(
        kinds(&validate(&ws)),
        vec![
            (
                "clients[0].potential[0].year",
                ProblemKind::OutOfRange {
                    min: dec!(2027),
                    max: dec!(2029)
                }
            ),
            (
                "clients[0].potential[3].year",
                ProblemKind::DuplicateYear { year: 2027 }
            ),
            (
                "clients[0].potential[4].year",
                ProblemKind::OutOfRange {
                    min: dec!(2027),
                    max: dec!(2029)
                }
            ),
        ]
    );
    // Uniqueness is per client: another client may use the same years.
    let mut ws = small_workspace();
    client(&mut ws, 0).potential = vec![year(2027)];
    let mut other = Client::clone(&ws.clients[0]);
    other.id = ClientId(2);
    ws.clients.push(Arc::new(other));
    assert_eq!(validate(&ws), vec![]);
}

#[test]
fn potential_amounts_shares_margins_and_basis_are_checked() {
    let mut ws = small_workspace();
    let mut y = year(2028);
    y.consumption = Money(dec!(-0.01));
    y.basis = "x".repeat(2001);
    y.attainable_share = Rate(dec!(1.01));
    y.margin_rate = Rate(dec!(-1.5));
    client(&mut ws, 0).potential = vec![year(2027), y];
    let mut z = year(2029);
    z.attainable_share = Rate(dec!(-0.1));
    z.margin_rate = Rate(dec!(1.2));
    client(&mut ws, 0).potential.push(z);
    let (share, margin) = (
        ProblemKind::OutOfRange {
            min: dec!(0),
            max: dec!(1),
        },
        ProblemKind::OutOfRange {
            min: dec!(-1),
            max: dec!(1),
        },
    );
    assert_eq!(
        kinds(&validate(&ws)),
        vec![
            ("clients[0].potential[1].consumption", ProblemKind::Negative),
            (
                "clients[0].potential[1].basis",
                ProblemKind::TooLong { max: 2000 }
            ),
            ("clients[0].potential[1].attainable_share", share.clone()),
            ("clients[0].potential[1].margin_rate", margin.clone()),
            ("clients[0].potential[2].attainable_share", share),
            ("clients[0].potential[2].margin_rate", margin),
        ]
    );
    // A basis of exactly 2000 characters, or an empty one, is accepted.
    client(&mut ws, 0).potential = vec![year(2027), year(2028)];
    client(&mut ws, 0).potential[0].basis = "я".repeat(2000);
    client(&mut ws, 0).potential[1].basis.clear();
    assert_eq!(validate(&ws), vec![]);
}

#[test]
fn cost_to_serve_amounts_and_hours_are_not_negative() {
    let mut ws = small_workspace();
    let minus = Money(dec!(-1));
    client(&mut ws, 0).cost_to_serve = CostToServe {
        logistics: minus,
        transport: minus,
        courier: minus,
        manager_hours: dec!(-1),
        manager_rate: minus,
        trip_expenses: minus,
        accounting_hours: dec!(-0.5),
        accounting_rate: minus,
        discounts_bonuses: minus,
        average_receivables: minus,
        financing_rate: Rate(dec!(-0.01)),
    };
    let problems = validate(&ws);
    assert_eq!(
        paths(&problems),
        vec![
            "clients[0].cost_to_serve.logistics",
            "clients[0].cost_to_serve.transport",
            "clients[0].cost_to_serve.courier",
            "clients[0].cost_to_serve.manager_hours",
            "clients[0].cost_to_serve.manager_rate",
            "clients[0].cost_to_serve.trip_expenses",
            "clients[0].cost_to_serve.accounting_hours",
            "clients[0].cost_to_serve.accounting_rate",
            "clients[0].cost_to_serve.discounts_bonuses",
            "clients[0].cost_to_serve.average_receivables",
            "clients[0].cost_to_serve.financing_rate",
        ]
    );
    assert!(problems[..10]
        .iter()
        .all(|p| p.kind == ProblemKind::Negative));
    assert_eq!(
        problems[10].kind,
        ProblemKind::OutOfRange {
            min: dec!(0),
            max: dec!(1)
        }
    );
    client(&mut ws, 0).cost_to_serve = CostToServe {
        financing_rate: Rate(dec!(1.0001)),
        ..CostToServe::default()
    };
    assert_eq!(
        paths(&validate(&ws)),
        vec!["clients[0].cost_to_serve.financing_rate"]
    );
}

#[test]
fn relative_strength_is_above_zero_and_at_most_ten() {
    let mut ws = small_workspace();
    let out = ProblemKind::OutOfRange {
        min: dec!(0),
        max: dec!(10),
    };
    for bad in [dec!(0), dec!(-0.5), dec!(10.01)] {
        client(&mut ws, 0).relative_strength = Some(bad);
        assert_eq!(
            kinds(&validate(&ws)),
            vec![("clients[0].relative_strength", out.clone())],
            "{bad}"
        );
    }
    for good in [dec!(0.6), dec!(1), dec!(10)] {
        client(&mut ws, 0).relative_strength = Some(good);
        assert_eq!(validate(&ws), vec![], "{good}");
    }
}

#[test]
fn class_rule_thresholds_are_ordered_within_0_to_100() {
    let mut ws = small_workspace();
    let out = ProblemKind::OutOfRange {
        min: dec!(0),
        max: dec!(100),
    };
    ws.class_rule = ClassRule::Thresholds {
        key_from: dec!(101),
        development_from: dec!(-1),
    };
    assert_eq!(
        kinds(&validate(&ws)),
        vec![
            ("class_rule.key_from", out.clone()),
            ("class_rule.development_from", out),
        ]
    );
    ws.class_rule = ClassRule::Thresholds {
        key_from: dec!(50),
        development_from: dec!(70),
    };
    assert_eq!(
        kinds(&validate(&ws)),
        vec![(
            "class_rule.development_from",
            ProblemKind::ThresholdsNotOrdered
        )]
    );
    assert_eq!(
        validate(&ws)[0].to_string(),
        "class_rule.development_from: the development threshold must not exceed the key threshold"
    );
}

#[test]
fn a_refused_action_changes_nothing_and_lists_every_problem() {
    let ws = small_workspace();
    let mut settings = ws.settings.clone();
    settings.horizon_years = 25;
    settings.discount_rate = Rate::from_percent(dec!(150));
    let result = apply(
        &ws,
        Action::UpdateSettings {
            name: ws.name.clone(),
            company: ws.company.clone(),
            settings,
        },
    );
    let problems = result.expect_err("25 years and 150 % must be refused");
    assert_eq!(
        paths(&problems),
        vec!["settings.horizon_years", "settings.discount_rate"]
    );
    // `apply` takes the workspace by reference: the caller's copy is untouched.
    assert_eq!(ws, small_workspace());
}

#[test]
fn an_accepted_action_changes_only_what_it_names() {
    let ws = small_workspace();
    let mut settings = ws.settings.clone();
    settings.discount_rate = Rate::from_percent(dec!(12.5));
    let next = apply(
        &ws,
        Action::UpdateSettings {
            name: "Новое имя".into(),
            company: ws.company.clone(),
            settings,
        },
    )
    .unwrap();
    assert_eq!(next.name, "Новое имя");
    assert_eq!(next.settings.discount_rate, Rate(dec!(0.125)));
    assert_eq!(next.clients, ws.clients);
    assert_eq!(next.criteria, ws.criteria);
}

#[test]
fn replacing_with_an_invalid_workspace_is_refused() {
    let ws = small_workspace();
    let mut bad = small_workspace();
    client(&mut bad, 0).name.clear();
    let problems = apply(&ws, Action::ReplaceWorkspace(Box::new(bad))).unwrap_err();
    assert_eq!(paths(&problems), vec!["clients[0].name"]);
}

#[test]
fn the_workspace_round_trips_through_json_with_money_as_strings() {
    let ws = small_workspace();
    let json = serde_json::to_string(&ws).unwrap();
    assert!(json.contains(r#""revenue":"1000000""#), "{json}");
    assert!(json.contains(r#""discount_rate":"0.15""#), "{json}");
    let back: Workspace = serde_json::from_str(&json).unwrap();
    assert_eq!(back, ws);
}

#[test]
fn not_measurable_criteria_are_recognised() {
    let mut k = small_workspace().criteria[0].clone();
    assert!(k.is_measurable());
    k.unit.clear();
    assert!(!k.is_measurable());
    k.unit = "шт.".into();
    k.scale = Scale::None;
    assert!(!k.is_measurable());
}

/// Checking only what an edit changed finds exactly what a full check finds: a bad
/// client among unchanged ones, and — when the settings change — problems in clients
/// that did not change at all (their potential years fall outside a shorter horizon).
#[test]
fn validation_since_a_valid_workspace_equals_the_full_validation() {
    let before = demo_workspace();
    assert!(validate(&before).is_empty());

    // One client gets a negative revenue: clients[4].revenue, nothing else.
    let mut after = before.clone();
    let mut bad = (*after.clients[4]).clone();
    bad.revenue = Money(dec!(-1));
    after.clients[4] = Arc::new(bad);
    let full = validate(&after);
    assert_eq!(full.len(), 1);
    assert_eq!(full[0].path, "clients[4].revenue");
    assert_eq!(validate_since(&after, Some(&before)), full);

    // A horizon of 3 years instead of 5: every client's years 4 and 5 are out of
    // range although no client changed, so nothing may be skipped.
    let mut shorter = before.clone();
    shorter.settings.horizon_years = 3;
    let full = validate(&shorter);
    assert_eq!(full.len(), 2 * before.clients.len());
    assert_eq!(validate_since(&shorter, Some(&before)), full);
}
