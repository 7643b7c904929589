//! Validation of the competitive-analysis workshops of a workspace (domain §3).

use super::problem::{Item, ProblemKind};
use super::validate::{Checker, MAX_SHORT_TEXT};
use super::{Workshop, Workspace, MAX_BALLOTS, MAX_CRITERIA, MAX_RIVALS, MAX_ROUNDS};
use super::{SCALE_MAX, SCALE_MIN};
use rust_decimal::Decimal;
use std::collections::BTreeSet;

/// Largest importance of one workshop criterion, in points.
pub const MAX_IMPORTANCE: u32 = 1000;

/// Checks every workshop: names, the key client and the competitors it refers to, the
/// limits on criteria, competitors, rounds and ballots, and every ballot's grid.
pub(super) fn check_workshops(c: &mut Checker, ws: &Workspace) {
    c.unique("workshops", ws.workshops.iter().map(|w| w.id.0));
    for (i, w) in ws.workshops.iter().enumerate() {
        check_workshop(c, i, w, ws);
    }
}

fn check_workshop(c: &mut Checker, i: usize, w: &Workshop, ws: &Workspace) {
    let p = format!("workshops[{i}]");
    c.text(|| format!("{p}.name"), &w.name, true, MAX_SHORT_TEXT);
    c.text(|| format!("{p}.token"), &w.token, true, MAX_SHORT_TEXT);
    c.known_client(|| format!("{p}.client"), w.client, ws);
    if w.criteria.len() > MAX_CRITERIA {
        c.push(
            || format!("{p}.criteria"),
            ProblemKind::TooMany { max: MAX_CRITERIA },
        );
    }
    for (j, k) in w.criteria.iter().enumerate() {
        c.text(
            || format!("{p}.criteria[{j}].name"),
            &k.name,
            true,
            MAX_SHORT_TEXT,
        );
        c.range(
            || format!("{p}.criteria[{j}].importance"),
            k.importance,
            Decimal::ZERO,
            Decimal::from(MAX_IMPORTANCE),
        );
    }
    if w.rivals.len() > MAX_RIVALS {
        c.push(
            || format!("{p}.rivals"),
            ProblemKind::TooMany { max: MAX_RIVALS },
        );
    }
    let mut seen = BTreeSet::new();
    for (j, r) in w.rivals.iter().enumerate() {
        if !seen.insert(r.0) {
            c.push(
                || format!("{p}.rivals[{j}]"),
                ProblemKind::DuplicateId { id: r.0 },
            );
        } else if !ws.competitors.iter().any(|k| k.id == *r) {
            c.push(
                || format!("{p}.rivals[{j}]"),
                ProblemKind::NotFound {
                    what: Item::Competitor,
                    id: r.0,
                },
            );
        }
    }
    if w.rounds.is_empty() {
        c.push(|| format!("{p}.rounds"), ProblemKind::Empty);
    } else if w.rounds.len() > MAX_ROUNDS {
        c.push(
            || format!("{p}.rounds"),
            ProblemKind::TooMany { max: MAX_ROUNDS },
        );
    }
    for (r, round) in w.rounds.iter().enumerate() {
        check_round(c, &format!("{p}.rounds[{r}]"), w, &round.ballots);
    }
}

fn check_round(c: &mut Checker, p: &str, w: &Workshop, ballots: &[super::Ballot]) {
    if ballots.len() > MAX_BALLOTS {
        c.push(
            || format!("{p}.ballots"),
            ProblemKind::TooMany { max: MAX_BALLOTS },
        );
    }
    let mut ids = BTreeSet::new();
    let subjects = w.subjects();
    for (b, ballot) in ballots.iter().enumerate() {
        let at = || format!("{p}.ballots[{b}]");
        c.text(|| format!("{}.id", at()), &ballot.id, true, MAX_SHORT_TEXT);
        if !ids.insert(ballot.id.as_str()) {
            c.push(|| format!("{}.id", at()), ProblemKind::DuplicateBallot);
        }
        c.text(
            || format!("{}.participant", at()),
            &ballot.participant,
            false,
            MAX_SHORT_TEXT,
        );
        let shape_ok = ballot.ratings.len() == w.criteria.len()
            && ballot.ratings.iter().all(|row| row.len() == subjects);
        if !shape_ok {
            c.push(
                || format!("{}.ratings", at()),
                ProblemKind::BallotShape {
                    criteria: w.criteria.len(),
                    subjects,
                },
            );
            continue;
        }
        for (k, row) in ballot.ratings.iter().enumerate() {
            for (s, rating) in row.iter().enumerate() {
                if let Some(v) = rating {
                    if !(SCALE_MIN..=SCALE_MAX).contains(v) {
                        c.push(
                            || format!("{}.ratings[{k}][{s}]", at()),
                            ProblemKind::OutOfRange {
                                min: Decimal::from(SCALE_MIN),
                                max: Decimal::from(SCALE_MAX),
                            },
                        );
                    }
                }
            }
        }
    }
}
