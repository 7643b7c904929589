//! Workshop sessions through the one change path: add, edit, ballots, rounds, and the
//! validation that keeps every ballot's grid true to its session.

use kam_studio::engine::action::{apply, next_workshop_id, Action};
use kam_studio::engine::demo::demo_workspace;
use kam_studio::engine::model::{
    Ballot, ClientId, CompetitorId, Problem, ProblemKind, Round, Workshop, WorkshopCriterion,
    WorkshopId, Workspace,
};
use rust_decimal::Decimal;

fn session(criteria: usize) -> Workshop {
    Workshop {
        id: WorkshopId(0),
        token: "t-1".into(),
        name: "Сессия".into(),
        client: Some(ClientId(1)),
        share_client_name: false,
        anonymous: true,
        criteria: (0..criteria)
            .map(|i| WorkshopCriterion {
                name: format!("Критерий {}", i + 1),
                importance: Decimal::from(10),
            })
            .collect(),
        rivals: vec![CompetitorId(1), CompetitorId(2)],
        rounds: Vec::new(),
    }
}

/// A ballot for a session of `criteria` criteria and three subjects, every cell `v`.
fn ballot(id: &str, who: &str, criteria: usize, v: u8) -> Ballot {
    Ballot {
        id: id.into(),
        participant: who.into(),
        ratings: vec![vec![Some(v); 3]; criteria],
    }
}

fn with_session() -> (Workspace, WorkshopId) {
    let ws = demo_workspace();
    let id = next_workshop_id(&ws);
    let ws = apply(&ws, Action::AddWorkshop(session(10))).expect("a valid session");
    (ws, id)
}

fn kinds(r: Result<Workspace, Vec<Problem>>) -> Vec<(String, ProblemKind)> {
    r.expect_err("refused")
        .into_iter()
        .map(|p| (p.path, p.kind))
        .collect()
}

#[test]
fn a_new_session_gets_the_next_id_and_a_first_round() {
    // The demo has one session (id 1): the next is 2, and it starts in round 1.
    let (ws, id) = with_session();
    assert_eq!(id, WorkshopId(2));
    let w = ws.workshops.iter().find(|w| w.id == id).unwrap();
    assert_eq!(w.rounds, vec![Round::default()]);
}

#[test]
fn ballots_are_added_to_the_current_round_once() {
    let (ws, id) = with_session();
    let add = |ws: &Workspace, b: Ballot| {
        apply(
            ws,
            Action::AddBallot {
                workshop: id,
                ballot: b,
            },
        )
    };
    let ws = add(&ws, ballot("b1", "Анна", 10, 7)).unwrap();
    // The same ballot again (same id) and another ballot from Анна are refused.
    assert_eq!(
        kinds(add(&ws, ballot("b1", "", 10, 7))),
        vec![(
            "workshops[1].rounds[0].ballots".into(),
            ProblemKind::DuplicateBallot
        )]
    );
    assert_eq!(
        kinds(add(&ws, ballot("b2", " Анна ", 10, 5)))[0].1,
        ProblemKind::DuplicateParticipant {
            name: "Анна".into()
        }
    );
    // Anonymous ballots never collide by name.
    let ws = add(&ws, ballot("b2", "", 10, 5)).unwrap();
    let ws = add(&ws, ballot("b3", "", 10, 6)).unwrap();
    // Round 2: the same participant may vote again.
    let ws = apply(&ws, Action::NextRound(id)).unwrap();
    let ws = add(&ws, ballot("b4", "Анна", 10, 8)).unwrap();
    let w = &ws.workshops[1];
    assert_eq!(w.rounds.len(), 2);
    assert_eq!(w.rounds[0].ballots.len(), 3);
    assert_eq!(w.rounds[1].ballots.len(), 1);
    // A ballot can be removed from a past round by its id.
    let ws = apply(
        &ws,
        Action::RemoveBallot {
            workshop: id,
            round: 0,
            ballot: "b2".into(),
        },
    )
    .unwrap();
    assert_eq!(ws.workshops[1].rounds[0].ballots.len(), 2);
}

#[test]
fn a_ballot_of_the_wrong_shape_or_scale_is_refused_by_validation() {
    let (ws, id) = with_session();
    let wrong = ballot("b1", "", 9, 7);
    assert_eq!(
        kinds(apply(
            &ws,
            Action::AddBallot {
                workshop: id,
                ballot: wrong
            }
        )),
        vec![(
            "workshops[1].rounds[0].ballots[0].ratings".into(),
            ProblemKind::BallotShape {
                criteria: 10,
                subjects: 3
            }
        )]
    );
    let mut eleven = ballot("b1", "", 10, 7);
    eleven.ratings[2][1] = Some(11);
    assert_eq!(
        kinds(apply(
            &ws,
            Action::AddBallot {
                workshop: id,
                ballot: eleven
            }
        )),
        vec![(
            "workshops[1].rounds[0].ballots[0].ratings[2][1]".into(),
            ProblemKind::OutOfRange {
                min: Decimal::from(1),
                max: Decimal::from(10)
            }
        )]
    );
}

#[test]
fn criteria_and_rivals_are_fixed_once_a_ballot_exists() {
    let (ws, id) = with_session();
    // Before any ballot the setup may change freely.
    let mut fewer = ws.workshops[1].clone();
    fewer.criteria.pop();
    let ws2 = apply(&ws, Action::UpdateWorkshop(fewer)).unwrap();
    assert_eq!(ws2.workshops[1].criteria.len(), 9);
    // After a ballot: renaming is fine, adding a criterion or changing rivals is not.
    let ws = apply(
        &ws,
        Action::AddBallot {
            workshop: id,
            ballot: ballot("b1", "", 10, 7),
        },
    )
    .unwrap();
    let mut renamed = ws.workshops[1].clone();
    renamed.criteria[0].name = "Цена".into();
    assert!(apply(&ws, Action::UpdateWorkshop(renamed)).is_ok());
    let mut more = ws.workshops[1].clone();
    more.criteria.push(WorkshopCriterion {
        name: "Ещё".into(),
        importance: Decimal::ONE,
    });
    assert_eq!(
        kinds(apply(&ws, Action::UpdateWorkshop(more))),
        vec![("workshops[1].criteria".into(), ProblemKind::LockedByBallots)]
    );
    let mut rivals = ws.workshops[1].clone();
    rivals.rivals.reverse();
    assert_eq!(
        kinds(apply(&ws, Action::UpdateWorkshop(rivals))),
        vec![("workshops[1].rivals".into(), ProblemKind::LockedByBallots)]
    );
}

#[test]
fn a_session_must_name_existing_clients_and_competitors() {
    let ws = demo_workspace();
    let mut bad = session(10);
    bad.client = Some(ClientId(999));
    bad.rivals = vec![CompetitorId(1), CompetitorId(1), CompetitorId(77)];
    let found = kinds(apply(&ws, Action::AddWorkshop(bad)));
    let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "workshops[1].client",
            "workshops[1].rivals[1]",
            "workshops[1].rivals[2]"
        ]
    );
}

#[test]
fn deleting_the_key_client_keeps_the_session_and_its_ballots() {
    let ws = demo_workspace();
    let ws = apply(&ws, Action::DeleteClient(ClientId(1))).unwrap();
    let w = &ws.workshops[0];
    assert_eq!(w.client, None);
    assert_eq!(w.rounds[0].ballots.len(), 6);
}
