//! The e2e test of collecting ballots (`tests/e2e/workshop.spec.mjs`) pastes a
//! participant's returned ballot for the demo session, kept in
//! `tests/e2e/fixtures/demo-ballot.txt` (the e2e suite cannot call Rust). This guards
//! that the file is exactly that ballot's code. Regenerate it with
//! `UPDATE_DEMO=1 cargo test --no-default-features --test workshop_ballot_fixture`.

use kam_studio::engine::demo::demo_workspace;
use kam_studio::engine::model::Ballot;
use kam_studio::engine::workshop::codec::{decode_ballot, encode_ballot, BallotCode};

const PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/e2e/fixtures/demo-ballot.txt"
);

/// «Женя (закупки)» rates every company 7 on every criterion, in round 2 (the demo
/// session's current round), except «не знаю» for the last competitor's price.
fn ballot() -> BallotCode {
    let ws = demo_workspace();
    let w = &ws.workshops[0];
    let mut ratings = vec![vec![Some(7u8); w.subjects()]; w.criteria.len()];
    ratings[0][4] = None;
    BallotCode::from_ballot(
        &w.token,
        2,
        &Ballot {
            id: "e2e-zhenya-r2".into(),
            participant: "Женя (закупки)".into(),
            ratings,
        },
    )
}

#[test]
fn the_e2e_ballot_is_zhenyas_round_two_ballot() {
    let code = encode_ballot(&ballot());
    assert_eq!(decode_ballot(&code), Ok(ballot()));
    if std::env::var_os("UPDATE_DEMO").is_some() {
        std::fs::write(PATH, &code).expect("write tests/e2e/fixtures/demo-ballot.txt");
    }
    let actual = std::fs::read_to_string(PATH).expect("tests/e2e/fixtures/demo-ballot.txt");
    assert!(
        actual.trim() == code,
        "out of date: run UPDATE_DEMO=1 cargo test --no-default-features --test workshop_ballot_fixture"
    );
}
