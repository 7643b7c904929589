//! The editing actions of the profile editor and the client grid: what each changes,
//! that every client it does not touch stays the same `Arc` (structural sharing), that
//! unknown ids and invalid results are refused, and that a refused action changes nothing.

use kam_studio::engine::action::*;
use kam_studio::engine::demo::demo_workspace;
use kam_studio::engine::model::*;
use kam_studio::engine::money::{Money, Rate};
use kam_studio::engine::potential::PotentialYear;
use kam_studio::engine::profile::ClassRule;
use kam_studio::engine::profitability::CostToServe;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use std::sync::Arc;

#[path = "support/client.rs"]
mod client;
use client::new_client;

/// The client with `id` in `ws`.
fn find(ws: &Workspace, id: u32) -> &Arc<Client> {
    ws.clients
        .iter()
        .find(|c| c.id == ClientId(id))
        .unwrap_or_else(|| panic!("no client {id}"))
}

/// Asserts that every client of `after` except those in `changed` is the very `Arc` of
/// `before` (pointer-equal), and that those in `changed` are not.
fn shares_all_but(before: &Workspace, after: &Workspace, changed: &[u32]) {
    for c in &after.clients {
        let Some(old) = before.clients.iter().find(|o| o.id == c.id) else {
            continue;
        };
        assert_eq!(
            Arc::ptr_eq(old, c),
            !changed.contains(&c.id.0),
            "client {}",
            c.id
        );
    }
}

fn criterion_ids(ws: &Workspace) -> Vec<u32> {
    ws.criteria.iter().map(|k| k.id.0).collect()
}

fn not_found(path: &str, what: Item, id: u32) -> Vec<Problem> {
    vec![Problem {
        path: path.into(),
        kind: ProblemKind::NotFound { what, id },
    }]
}

#[test]
fn fresh_ids_follow_the_largest() {
    let ws = demo_workspace();
    // Demo: criteria 1–13, clients 1–35.
    assert_eq!(next_criterion_id(&ws), CriterionId(14));
    assert_eq!(next_client_id(&ws), ClientId(36));
    let empty = Workspace::empty("Пусто", 2027);
    assert_eq!(next_criterion_id(&empty), CriterionId(1));
    assert_eq!(next_client_id(&empty), ClientId(1));
}

#[test]
fn add_update_and_move_criteria() {
    let ws = demo_workspace();
    let mut k = ws.criteria[0].clone();
    k.id = CriterionId(999); // ignored: the action picks the fresh id
    k.name = "Доля монолитного строительства".into();
    let added = apply(&ws, Action::AddCriterion(k)).unwrap();
    assert_eq!(added.criteria.len(), 14);
    assert_eq!(added.criteria[13].id, CriterionId(14));
    assert_eq!(added.criteria[13].name, "Доля монолитного строительства");
    shares_all_but(&ws, &added, &[]);

    let mut changed = added.criteria[13].clone();
    changed.weight = dec!(5);
    let updated = apply(&added, Action::UpdateCriterion(changed)).unwrap();
    assert_eq!(updated.criteria[13].weight, dec!(5));
    assert_eq!(updated.criteria[..13], added.criteria[..13]);

    // Move criterion 14 to the front, then criterion 1 (now second) past the end.
    let moved = apply(
        &updated,
        Action::MoveCriterion {
            id: CriterionId(14),
            to: 0,
        },
    )
    .unwrap();
    assert_eq!(criterion_ids(&moved)[..3], [14, 1, 2]);
    let moved = apply(
        &moved,
        Action::MoveCriterion {
            id: CriterionId(1),
            to: 100,
        },
    )
    .unwrap();
    assert_eq!(criterion_ids(&moved)[..2], [14, 2]);
    assert_eq!(criterion_ids(&moved).last(), Some(&1));
    shares_all_but(&ws, &moved, &[]);
}

#[test]
fn deleting_a_criterion_copies_only_the_clients_that_had_a_value() {
    let ws = demo_workspace();
    // Client 5 loses its value of criterion 1 first; then criterion 1 goes.
    let cleared = apply(
        &ws,
        Action::SetValue {
            client: ClientId(5),
            criterion: CriterionId(1),
            value: None,
        },
    )
    .unwrap();
    shares_all_but(&ws, &cleared, &[5]);
    let deleted = apply(&cleared, Action::DeleteCriterion(CriterionId(1))).unwrap();
    assert_eq!(criterion_ids(&deleted), (2..=13).collect::<Vec<u32>>());
    assert!(deleted
        .clients
        .iter()
        .all(|c| !c.values.contains_key(&CriterionId(1))));
    let others: Vec<u32> = (1..=35).filter(|&id| id != 5).collect();
    shares_all_but(&cleared, &deleted, &others);
    // The unmeasurable criterion 13 has no values: deleting it copies no client.
    let gone = apply(&ws, Action::DeleteCriterion(CriterionId(13))).unwrap();
    shares_all_but(&ws, &gone, &[]);
}

#[test]
fn duplicating_a_criterion_copies_it_and_its_values() {
    let ws = demo_workspace();
    let next = apply(&ws, Action::DuplicateCriterion(CriterionId(2))).unwrap();
    // Inserted right after the original (index 1), with the fresh id 14.
    assert_eq!(criterion_ids(&next)[..4], [1, 2, 14, 3]);
    let copy = &next.criteria[2];
    assert_eq!(copy.name, "Плановый объём закупок нашей категории (копия)");
    assert_eq!(
        Criterion {
            id: CriterionId(2),
            name: ws.criteria[1].name.clone(),
            ..copy.clone()
        },
        ws.criteria[1]
    );
    for c in &next.clients {
        assert_eq!(
            c.values.get(&CriterionId(14)),
            c.values.get(&CriterionId(2))
        );
        assert!(c.values.contains_key(&CriterionId(14)), "client {}", c.id);
    }
}

#[test]
fn a_copy_name_stays_within_the_limit() {
    // 200 «ж» + « (копия)» would be 208 characters: the original is cut to 200 − 8 = 192.
    let long = "ж".repeat(MAX_SHORT_TEXT);
    let name = copy_name(&long);
    assert_eq!(name.chars().count(), MAX_SHORT_TEXT);
    assert!(name.starts_with(&"ж".repeat(192)) && name.ends_with(COPY_SUFFIX));
    assert_eq!(copy_name("Рост"), "Рост (копия)");
}

#[test]
fn adding_clients_picks_fresh_ids() {
    let ws = demo_workspace();
    let mut c = new_client("ГК «Амур-Девелопмент»");
    c.id = ClientId(3); // ignored
    let one = apply(&ws, Action::AddClient(c)).unwrap();
    assert_eq!(one.clients.len(), 36);
    assert_eq!(one.clients[35].id, ClientId(36));
    assert_eq!(one.clients[35].name, "ГК «Амур-Девелопмент»");
    shares_all_but(&ws, &one, &[]);

    let many = apply(
        &one,
        Action::AddClients(vec![new_client("А"), new_client("Б"), new_client("В")]),
    )
    .unwrap();
    let ids: Vec<u32> = many.clients[36..].iter().map(|c| c.id.0).collect();
    assert_eq!(ids, vec![37, 38, 39]);
    shares_all_but(&one, &many, &[]);
}

#[test]
fn an_import_is_all_or_nothing() {
    // The second of three clients has no name: the whole import is refused, with the
    // path of the new client (index 35 + 1 = 36).
    let ws = demo_workspace();
    let before = ws.clone();
    let problems = apply(
        &ws,
        Action::AddClients(vec![new_client("А"), new_client(" "), new_client("В")]),
    )
    .unwrap_err();
    assert_eq!(
        problems,
        vec![Problem {
            path: "clients[36].name".into(),
            kind: ProblemKind::Empty,
        }]
    );
    assert_eq!(ws, before);
    assert_eq!(ws.clients.len(), 35);
}

#[test]
fn updating_and_deleting_a_client_touch_only_it() {
    let ws = demo_workspace();
    let mut c = Client::clone(find(&ws, 7));
    c.name = "СЗ «Камская долина — 2»".into();
    let updated = apply(&ws, Action::UpdateClient(c)).unwrap();
    assert_eq!(find(&updated, 7).name, "СЗ «Камская долина — 2»");
    shares_all_but(&ws, &updated, &[7]);

    // Replacing a client by an equal one keeps its Arc.
    let same = Client::clone(find(&ws, 7));
    let unchanged = apply(&ws, Action::UpdateClient(same)).unwrap();
    shares_all_but(&ws, &unchanged, &[]);

    let deleted = apply(&ws, Action::DeleteClient(ClientId(7))).unwrap();
    assert_eq!(deleted.clients.len(), 34);
    assert!(deleted.clients.iter().all(|c| c.id != ClientId(7)));
    shares_all_but(&ws, &deleted, &[]);
}

#[test]
fn setting_one_field_copies_one_client() {
    let ws = demo_workspace();
    let set = apply(
        &ws,
        Action::SetValue {
            client: ClientId(12),
            criterion: CriterionId(1),
            value: Some(dec!(95.5)),
        },
    )
    .unwrap();
    assert_eq!(find(&set, 12).values[&CriterionId(1)], dec!(95.5));
    shares_all_but(&ws, &set, &[12]);
    // Setting the value it already has copies nothing.
    let again = apply(
        &set,
        Action::SetValue {
            client: ClientId(12),
            criterion: CriterionId(1),
            value: Some(dec!(95.5)),
        },
    )
    .unwrap();
    shares_all_but(&set, &again, &[]);

    let years = vec![PotentialYear {
        year: 2027,
        consumption: Money(dec!(1000000)),
        basis: "оценка".into(),
        attainable_share: Rate(dec!(0.1)),
        margin_rate: Rate(dec!(0.2)),
    }];
    let potential = apply(
        &ws,
        Action::SetPotential {
            client: ClientId(3),
            years: years.clone(),
        },
    )
    .unwrap();
    assert_eq!(find(&potential, 3).potential, years);
    shares_all_but(&ws, &potential, &[3]);

    let costs = CostToServe {
        logistics: Money(dec!(12345)),
        ..CostToServe::default()
    };
    let served = apply(
        &ws,
        Action::SetCostToServe {
            client: ClientId(20),
            costs: costs.clone(),
        },
    )
    .unwrap();
    assert_eq!(find(&served, 20).cost_to_serve, costs);
    shares_all_but(&ws, &served, &[20]);

    let rated = apply(
        &ws,
        Action::SetRelativeStrength {
            client: ClientId(8),
            value: Some(dec!(1.15)),
        },
    )
    .unwrap();
    assert_eq!(find(&rated, 8).relative_strength, Some(dec!(1.15)));
    shares_all_but(&ws, &rated, &[8]);
}

#[test]
fn unknown_ids_are_refused() {
    let ws = demo_workspace();
    let missing_client = Action::SetValue {
        client: ClientId(99),
        criterion: CriterionId(1),
        value: Some(dec!(1)),
    };
    assert_eq!(
        apply(&ws, missing_client),
        Err(not_found("clients", Item::Client, 99))
    );
    let missing_criterion = Action::SetValue {
        client: ClientId(1),
        criterion: CriterionId(77),
        value: None,
    };
    assert_eq!(
        apply(&ws, missing_criterion),
        Err(not_found("criteria", Item::Criterion, 77))
    );
    let mut ghost = ws.criteria[0].clone();
    ghost.id = CriterionId(50);
    let refused = [
        (Action::UpdateCriterion(ghost), Item::Criterion, 50),
        (
            Action::DeleteCriterion(CriterionId(50)),
            Item::Criterion,
            50,
        ),
        (
            Action::MoveCriterion {
                id: CriterionId(50),
                to: 0,
            },
            Item::Criterion,
            50,
        ),
        (
            Action::DuplicateCriterion(CriterionId(50)),
            Item::Criterion,
            50,
        ),
        (Action::DeleteClient(ClientId(36)), Item::Client, 36),
        (
            Action::UpdateClient(Client {
                id: ClientId(36),
                ..new_client("Нет")
            }),
            Item::Client,
            36,
        ),
        (
            Action::SetRelativeStrength {
                client: ClientId(36),
                value: None,
            },
            Item::Client,
            36,
        ),
        (
            Action::SetPotential {
                client: ClientId(36),
                years: Vec::new(),
            },
            Item::Client,
            36,
        ),
        (
            Action::SetCostToServe {
                client: ClientId(36),
                costs: CostToServe::default(),
            },
            Item::Client,
            36,
        ),
    ];
    for (action, what, id) in refused {
        let path = if what == Item::Client {
            "clients"
        } else {
            "criteria"
        };
        assert_eq!(apply(&ws, action), Err(not_found(path, what, id)));
    }
    assert_eq!(
        not_found("clients", Item::Client, 99)[0].to_string(),
        "clients: no client with id 99"
    );
}

#[test]
fn a_refused_edit_changes_nothing() {
    // A relative strength of 0 is outside (0, 10]: refused with the field's path; the
    // workspace passed in is untouched, down to its client pointers.
    let ws = demo_workspace();
    let before_clients = ws.clients.clone();
    let before = ws.clone();
    let problems = apply(
        &ws,
        Action::SetRelativeStrength {
            client: ClientId(4),
            value: Some(Decimal::ZERO),
        },
    )
    .unwrap_err();
    assert_eq!(
        problems,
        vec![Problem {
            path: "clients[3].relative_strength".into(),
            kind: ProblemKind::OutOfRange {
                min: Decimal::ZERO,
                max: Decimal::from(MAX_RELATIVE_STRENGTH),
            },
        }]
    );
    assert_eq!(ws, before);
    assert!(ws
        .clients
        .iter()
        .zip(&before_clients)
        .all(|(a, b)| Arc::ptr_eq(a, b)));
    assert_eq!(find(&ws, 4).relative_strength, Some(dec!(1.1)));
}

#[test]
fn the_class_rule_is_set_and_validated() {
    let ws = demo_workspace();
    let top = ClassRule::TopN {
        key: 5,
        development: 10,
    };
    let next = apply(&ws, Action::SetClassRule(top.clone())).unwrap();
    assert_eq!(next.class_rule, top);
    shares_all_but(&ws, &next, &[]);
    let inverted = ClassRule::Thresholds {
        key_from: dec!(40),
        development_from: dec!(60),
    };
    let problems = apply(&ws, Action::SetClassRule(inverted)).unwrap_err();
    assert_eq!(
        problems,
        vec![Problem {
            path: "class_rule.development_from".into(),
            kind: ProblemKind::ThresholdsNotOrdered,
        }]
    );
}

#[test]
fn a_new_criterion_that_breaks_validation_is_refused() {
    // Adding a criterion with an unordered linear scale: refused, path of the new one.
    let ws = demo_workspace();
    let mut k = ws.criteria[0].clone();
    k.scale = Scale::Linear {
        low: dec!(10),
        high: dec!(10),
    };
    let problems = apply(&ws, Action::AddCriterion(k)).unwrap_err();
    assert_eq!(
        problems,
        vec![Problem {
            path: "criteria[13].scale".into(),
            kind: ProblemKind::AnchorsNotOrdered,
        }]
    );
}
