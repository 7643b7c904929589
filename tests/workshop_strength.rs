//! The workshop feeds the portfolio matrix: our relative strength in a key client's
//! eyes comes from the client's session once it has ballots.

use kam_studio::engine::analysis::analyse;
use kam_studio::engine::demo::demo_workspace;
use kam_studio::engine::model::{
    Ballot, ClientId, CompetitorId, Round, Workshop, WorkshopCriterion, WorkshopId,
};
use kam_studio::engine::workshop::strength::session_strengths;
use rust_decimal_macros::dec;

/// Two criteria worth 3 and 1 points, us and one rival, two ballots:
/// us 8, 6 and 6, 6 → means 7 and 6; the rival 5, 9 and 5, 7 → means 5 and 8.
fn session(client: u32) -> Workshop {
    let ballot = |id: &str, r: [[u8; 2]; 2]| Ballot {
        id: id.into(),
        participant: String::new(),
        ratings: r
            .iter()
            .map(|row| row.iter().map(|&v| Some(v)).collect())
            .collect(),
    };
    Workshop {
        id: WorkshopId(9),
        token: "s".into(),
        name: "Тест".into(),
        client: Some(ClientId(client)),
        share_client_name: false,
        anonymous: false,
        criteria: vec![
            WorkshopCriterion {
                name: "Цена".into(),
                importance: dec!(3),
            },
            WorkshopCriterion {
                name: "Сроки".into(),
                importance: dec!(1),
            },
        ],
        rivals: vec![CompetitorId(2)],
        rounds: vec![
            Round {
                ballots: vec![ballot("a", [[8, 5], [6, 9]]), ballot("b", [[6, 5], [6, 7]])],
            },
            // A new round without ballots yet: the last round with ballots counts.
            Round::default(),
        ],
    }
}

#[test]
fn the_session_measures_our_strength_for_its_client() {
    // Weighted scores: us (3 × 7 + 1 × 6) / 4 = 27 / 4 = 6.75; the rival
    // (3 × 5 + 1 × 8) / 4 = 23 / 4 = 5.75; strength 6.75 / 5.75 = 1.1739… → 1.17.
    let mut ws = demo_workspace();
    ws.workshops = vec![session(7)];
    assert_eq!(session_strengths(&ws), vec![(ClientId(7), dec!(1.17))]);

    // The matrix places client 7 with 1.17 instead of the value entered on it.
    let entered = ws
        .clients
        .iter()
        .find(|c| c.id == ClientId(7))
        .unwrap()
        .relative_strength;
    assert_ne!(entered, Some(dec!(1.17)));
    let a = analyse(&ws);
    let row = a.rows.iter().find(|r| r.client == ClientId(7)).unwrap();
    assert_eq!(row.relative_strength, Some(dec!(1.17)));
    assert!(row.strength_from_session);
    let point = a
        .portfolio
        .points
        .iter()
        .find(|p| p.client == ClientId(7))
        .unwrap();
    assert_eq!(point.relative_strength, dec!(1.17));
    // Another client keeps its entered value.
    let other = a.rows.iter().find(|r| r.client == ClientId(2)).unwrap();
    assert!(!other.strength_from_session);
    assert_eq!(other.relative_strength, Some(dec!(0.95)));
}

#[test]
fn a_session_without_ballots_or_client_changes_nothing() {
    let mut ws = demo_workspace();
    let mut empty = session(7);
    empty.rounds = vec![Round::default()];
    let mut anyone = session(7);
    anyone.client = None;
    ws.workshops = vec![empty, anyone];
    assert_eq!(session_strengths(&ws), vec![]);
}
