//! The hand-computed workshop session of `tests/workshop.rs`: criteria A (importance
//! 50), B (30), C (20); subjects us, R1, R2; four participants in two rounds and an
//! empty third round; 0 in a grid below is «не знаю».
//!
//! Round 1 (index 0), columns us / R1 / R2:
//!
//! | ballot | A       | B       | C       |
//! |--------|---------|---------|---------|
//! | anna   | 9 6 5   | 8 7 7   | 9 5 6   |
//! | boris  | 3 7 8   | 4 6 5   | 5 — 7   |
//! | vera   | 7 7 6   | 6 8 —   | — 6 6   |
//! | gleb   | 8 6 7   | 7 7 8   | 7 5 —   |
//!
//! Round 2 (index 1), after the discussion: anna and boris came closer to the group.

#![allow(dead_code)]

use kam_studio::engine::model::{
    Ballot, CompetitorId, Round, Workshop, WorkshopCriterion, WorkshopId,
};
use rust_decimal::Decimal;

pub fn criterion(name: &str, importance: i64) -> WorkshopCriterion {
    WorkshopCriterion {
        name: name.into(),
        importance: Decimal::from(importance),
    }
}

/// `grid[criterion][subject]` with 0 meaning «не знаю».
pub fn ballot(id: &str, grid: [[u8; 3]; 3]) -> Ballot {
    Ballot {
        id: id.into(),
        participant: id.into(),
        ratings: grid
            .iter()
            .map(|row| row.iter().map(|&r| (r > 0).then_some(r)).collect())
            .collect(),
    }
}

/// Criteria A (50), B (30), C (20); subjects us, R1, R2 (columns).
pub fn session() -> Workshop {
    let round1 = Round {
        ballots: vec![
            ballot("anna", [[9, 6, 5], [8, 7, 7], [9, 5, 6]]),
            ballot("boris", [[3, 7, 8], [4, 6, 5], [5, 0, 7]]),
            ballot("vera", [[7, 7, 6], [6, 8, 0], [0, 6, 6]]),
            ballot("gleb", [[8, 6, 7], [7, 7, 8], [7, 5, 0]]),
        ],
    };
    let round2 = Round {
        ballots: vec![
            ballot("anna", [[8, 6, 6], [7, 7, 7], [8, 5, 6]]),
            ballot("boris", [[6, 7, 7], [6, 7, 6], [7, 0, 6]]),
            ballot("vera", [[7, 7, 6], [6, 8, 0], [0, 6, 6]]),
            ballot("gleb", [[7, 6, 7], [7, 7, 7], [7, 5, 0]]),
        ],
    };
    Workshop {
        id: WorkshopId(1),
        token: "t".into(),
        name: "Клиент глазами клиента".into(),
        client: None,
        share_client_name: false,
        anonymous: false,
        criteria: vec![criterion("A", 50), criterion("B", 30), criterion("C", 20)],
        rivals: vec![CompetitorId(1), CompetitorId(2)],
        rounds: vec![round1, round2, Round::default()],
    }
}
