//! Workshop actions: add, change and remove sessions, their ballots and rounds.

use crate::engine::model::{
    next_id, Ballot, Item, Problem, ProblemKind, Round, Workshop, WorkshopId, Workspace, MAX_ROUNDS,
};

/// The id [`super::Action::AddWorkshop`] gives the next workshop: one past the largest.
pub fn next_workshop_id(ws: &Workspace) -> WorkshopId {
    WorkshopId(next_id(ws.workshops.iter().map(|w| w.id.0)))
}

fn position(ws: &Workspace, id: WorkshopId) -> Result<usize, Problem> {
    ws.workshops.iter().position(|w| w.id == id).ok_or(Problem {
        path: "workshops".to_owned(),
        kind: ProblemKind::NotFound {
            what: Item::Workshop,
            id: id.0,
        },
    })
}

fn problem(i: usize, field: &str, kind: ProblemKind) -> Problem {
    Problem {
        path: format!("workshops[{i}].{field}"),
        kind,
    }
}

pub(super) fn add(ws: &mut Workspace, mut w: Workshop) {
    w.id = next_workshop_id(ws);
    if w.rounds.is_empty() {
        w.rounds.push(Round::default());
    }
    ws.workshops.push(w);
}

pub(super) fn update(ws: &mut Workspace, w: Workshop) -> Result<(), Problem> {
    let i = position(ws, w.id)?;
    let old = &ws.workshops[i];
    if old.has_ballots() {
        if w.criteria.len() != old.criteria.len() {
            return Err(problem(i, "criteria", ProblemKind::LockedByBallots));
        }
        if w.rivals != old.rivals {
            return Err(problem(i, "rivals", ProblemKind::LockedByBallots));
        }
    }
    ws.workshops[i] = w;
    Ok(())
}

pub(super) fn delete(ws: &mut Workspace, id: WorkshopId) -> Result<(), Problem> {
    let i = position(ws, id)?;
    ws.workshops.remove(i);
    Ok(())
}

pub(super) fn add_ballot(
    ws: &mut Workspace,
    id: WorkshopId,
    ballot: Ballot,
) -> Result<(), Problem> {
    let i = position(ws, id)?;
    let w = &mut ws.workshops[i];
    let r = w.rounds.len().saturating_sub(1);
    if w.rounds.is_empty() {
        w.rounds.push(Round::default());
    }
    let round = &mut w.rounds[r];
    let field = || format!("rounds[{r}].ballots");
    if round.ballots.iter().any(|b| b.id == ballot.id) {
        return Err(problem(i, &field(), ProblemKind::DuplicateBallot));
    }
    let name = ballot.participant.trim();
    if !name.is_empty() && round.ballots.iter().any(|b| b.participant.trim() == name) {
        return Err(problem(
            i,
            &field(),
            ProblemKind::DuplicateParticipant {
                name: name.to_owned(),
            },
        ));
    }
    round.ballots.push(ballot);
    Ok(())
}

pub(super) fn remove_ballot(
    ws: &mut Workspace,
    id: WorkshopId,
    round: usize,
    ballot: &str,
) -> Result<(), Problem> {
    let i = position(ws, id)?;
    let w = &mut ws.workshops[i];
    let Some(r) = w.rounds.get_mut(round) else {
        return Err(problem(i, "rounds", ProblemKind::TooMany { max: round }));
    };
    r.ballots.retain(|b| b.id != ballot);
    Ok(())
}

pub(super) fn next_round(ws: &mut Workspace, id: WorkshopId) -> Result<(), Problem> {
    let i = position(ws, id)?;
    let w = &mut ws.workshops[i];
    if w.rounds.len() >= MAX_ROUNDS {
        return Err(problem(
            i,
            "rounds",
            ProblemKind::TooMany { max: MAX_ROUNDS },
        ));
    }
    w.rounds.push(Round::default());
    Ok(())
}
