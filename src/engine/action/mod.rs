//! The single path of every change: an [`Action`] applied to a [`Workspace`].
//!
//! `apply` never mutates its input: it returns the new workspace, or every problem
//! found, in which case nothing changes. Undo/redo, autosave and tests all stand on
//! this one function.
//!
//! Structural sharing: the new workspace shares every client it does not change with
//! the old one (the same `Arc`), so an edit of one client copies one client, undo
//! history stays cheap and storage rewrites only the clients whose pointer changed.
//! An action that changes nothing keeps even the client it names.
//!
//! Every action is validated as a whole workspace afterwards ([`validate`]: lazy
//! paths, a few milliseconds for 10 000 clients). An action naming a client or
//! criterion that does not exist is refused with [`ProblemKind::NotFound`].

mod clients;
mod criteria;
mod offers;
mod workshops;

pub use clients::next_client_id;
pub use criteria::{copy_name, next_criterion_id, COPY_SUFFIX};
pub use offers::next_offer_id;
pub use workshops::next_workshop_id;

use crate::engine::model::{
    validate_since, Ballot, Client, ClientId, Company, Criterion, CriterionId, Item, Problem,
    ProblemKind, Settings, Workshop, WorkshopId, Workspace,
};
use crate::engine::potential::PotentialYear;
use crate::engine::profile::ClassRule;
use crate::engine::profitability::CostToServe;
use rust_decimal::Decimal;

/// A change the user asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Replace the whole workspace (reset to the demo, start empty, import a file).
    ReplaceWorkspace(Box<Workspace>),
    /// Change the workspace name, our company and the settings together (one form).
    UpdateSettings {
        /// New workspace name.
        name: String,
        /// New company data.
        company: Company,
        /// New settings.
        settings: Settings,
    },
    /// Replace the rule that splits the ranked base into classes.
    SetClassRule(ClassRule),

    /// Append a criterion to the profile. Its `id` is ignored: it gets
    /// [`next_criterion_id`] of the workspace (read it beforehand to select the new row).
    AddCriterion(Criterion),
    /// Replace the criterion with the same id; the clients' values stay as they are.
    UpdateCriterion(Criterion),
    /// Remove a criterion and every client's value of it (only the clients that had
    /// one are copied).
    DeleteCriterion(CriterionId),
    /// Move a criterion so that it ends up at index `to` of the profile (an index past
    /// the end moves it to the end).
    MoveCriterion {
        /// The criterion to move.
        id: CriterionId,
        /// Its index after the move.
        to: usize,
    },
    /// Insert a copy right after the criterion: id [`next_criterion_id`], name with
    /// [`COPY_SUFFIX`] ([`copy_name`]), and every client's value copied to the new id.
    DuplicateCriterion(CriterionId),

    /// Append a client. Its `id` is ignored: it gets [`next_client_id`] of the
    /// workspace (read it beforehand to select the new row).
    AddClient(Client),
    /// Append clients, e.g. from a CSV import: all or nothing. Their ids are ignored:
    /// they are numbered on from [`next_client_id`] in the order given (the ids
    /// `csv::build_clients` gives when passed the workspace's current ids).
    AddClients(Vec<Client>),
    /// Replace the client with the same id.
    UpdateClient(Client),
    /// Remove a client.
    DeleteClient(ClientId),
    /// Set (`Some`) or clear (`None`) a client's measured value of a criterion.
    SetValue {
        /// The client.
        client: ClientId,
        /// The criterion, which must exist.
        criterion: CriterionId,
        /// The value in the criterion's unit; `None` clears it.
        value: Option<Decimal>,
    },
    /// Replace a client's consumption potential, one entry per year of the horizon.
    SetPotential {
        /// The client.
        client: ClientId,
        /// The years, in order from the first year of the horizon.
        years: Vec<PotentialYear>,
    },
    /// Replace a client's cost-to-serve.
    SetCostToServe {
        /// The client.
        client: ClientId,
        /// The new cost lines.
        costs: CostToServe,
    },
    /// Set or clear our relative strength in the client's eyes.
    SetRelativeStrength {
        /// The client.
        client: ClientId,
        /// Our rating ÷ the best competitor's, in (0, 10]; `None` = not assessed.
        value: Option<Decimal>,
    },

    /// Append a workshop. Its `id` is ignored: it gets [`next_workshop_id`].
    AddWorkshop(Workshop),
    /// Replace the workshop with the same id (its setup, flags and ballots). Once a
    /// ballot exists, the number of criteria and the competitors cannot change.
    UpdateWorkshop(Workshop),
    /// Remove a workshop with its ballots.
    DeleteWorkshop(WorkshopId),
    /// Add a ballot to the workshop's current (last) round. Refused when the same
    /// ballot id, or the same participant name (spaces around it aside), is already
    /// in that round.
    AddBallot {
        /// The workshop.
        workshop: WorkshopId,
        /// The ballot.
        ballot: Ballot,
    },
    /// Remove the ballot with this id from a round (index from 0).
    RemoveBallot {
        /// The workshop.
        workshop: WorkshopId,
        /// The round, from 0.
        round: usize,
        /// The ballot's id.
        ballot: String,
    },
    /// Start the next round of a workshop (after the discussion).
    NextRound(WorkshopId),

    /// Append a special offer. Its `id` is ignored: it gets [`next_offer_id`].
    AddOffer(Box<crate::engine::offer::Offer>),
    /// Replace the offer with the same id (base deal, variants, feedback, choice).
    UpdateOffer(Box<crate::engine::offer::Offer>),
    /// Remove an offer with its variants and feedback.
    DeleteOffer(crate::engine::model::OfferId),
}

/// Applies `action` to `ws`: the new workspace, or every problem that refuses it
/// (then nothing changes: `ws` is only borrowed).
pub fn apply(ws: &Workspace, action: Action) -> Result<Workspace, Vec<Problem>> {
    // A replacement is checked whole; an edit only where it changed `ws`, which is
    // valid (it went through here or through the import).
    let (next, before) = match action {
        Action::ReplaceWorkspace(new) => (*new, None),
        action => {
            let mut next = ws.clone();
            edit(&mut next, action).map_err(|p| vec![p])?;
            (next, Some(ws))
        }
    };
    let problems = validate_since(&next, before);
    if problems.is_empty() {
        Ok(next)
    } else {
        Err(problems)
    }
}

/// Makes the change in `ws` (a copy sharing the clients), before validation.
fn edit(ws: &mut Workspace, action: Action) -> Result<(), Problem> {
    match action {
        Action::ReplaceWorkspace(new) => *ws = *new,
        Action::UpdateSettings {
            name,
            company,
            settings,
        } => {
            ws.name = name;
            ws.company = company;
            ws.settings = settings;
        }
        Action::SetClassRule(rule) => ws.class_rule = rule,
        Action::AddCriterion(k) => criteria::add(ws, k),
        Action::UpdateCriterion(k) => criteria::update(ws, k)?,
        Action::DeleteCriterion(id) => criteria::delete(ws, id)?,
        Action::MoveCriterion { id, to } => criteria::move_to(ws, id, to)?,
        Action::DuplicateCriterion(id) => criteria::duplicate(ws, id)?,
        Action::AddClient(c) => clients::add(ws, vec![c]),
        Action::AddClients(list) => clients::add(ws, list),
        Action::UpdateClient(c) => clients::update(ws, c)?,
        Action::DeleteClient(id) => clients::delete(ws, id)?,
        Action::SetValue {
            client,
            criterion,
            value,
        } => clients::set_value(ws, client, criterion, value)?,
        Action::SetPotential { client, years } => {
            clients::set(ws, client, years, |c| &c.potential, |c| &mut c.potential)?
        }
        Action::SetCostToServe { client, costs } => clients::set(
            ws,
            client,
            costs,
            |c| &c.cost_to_serve,
            |c| &mut c.cost_to_serve,
        )?,
        Action::SetRelativeStrength { client, value } => clients::set(
            ws,
            client,
            value,
            |c| &c.relative_strength,
            |c| &mut c.relative_strength,
        )?,
        Action::AddWorkshop(w) => workshops::add(ws, w),
        Action::UpdateWorkshop(w) => workshops::update(ws, w)?,
        Action::DeleteWorkshop(id) => workshops::delete(ws, id)?,
        Action::AddBallot { workshop, ballot } => workshops::add_ballot(ws, workshop, ballot)?,
        Action::RemoveBallot {
            workshop,
            round,
            ballot,
        } => workshops::remove_ballot(ws, workshop, round, &ballot)?,
        Action::NextRound(id) => workshops::next_round(ws, id)?,
        Action::AddOffer(o) => offers::add(ws, *o),
        Action::UpdateOffer(o) => offers::update(ws, *o)?,
        Action::DeleteOffer(id) => offers::delete(ws, id)?,
    }
    Ok(())
}

/// The problem of an action that names a missing client or criterion; the path is the
/// list it was looked for in (`clients`, `criteria`).
fn not_found(what: Item, id: u32) -> Problem {
    Problem {
        path: match what {
            Item::Client => "clients",
            Item::Criterion => "criteria",
            Item::Competitor => "competitors",
            Item::Workshop => "workshops",
            Item::Offer => "offers",
        }
        .to_owned(),
        kind: ProblemKind::NotFound { what, id },
    }
}
