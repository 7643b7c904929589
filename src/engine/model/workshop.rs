//! A group competitive-analysis workshop (сессия конкурентного анализа), domain §3:
//! participants rate us and the competitors on the key client's criteria, blind, in
//! one or more rounds.
//!
//! The criteria and the competitors of a session are fixed once a ballot exists: every
//! ballot is a grid of `criteria × subjects` ratings, subject 0 being our company and
//! subjects 1.. the session's competitors in order.

use super::ids::{ClientId, CompetitorId, WorkshopId};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Lowest rating on the workshop scale.
pub const SCALE_MIN: u8 = 1;
/// Highest rating on the workshop scale.
pub const SCALE_MAX: u8 = 10;
/// Fewer criteria than this draw a warning (the domain asks for at least ten).
pub const MIN_CRITERIA: usize = 10;
/// Most criteria a session may have.
pub const MAX_CRITERIA: usize = 40;
/// Most competitors a session may rate besides us.
pub const MAX_RIVALS: usize = 12;
/// Most rounds in a session.
pub const MAX_ROUNDS: usize = 5;
/// Most ballots in one round.
pub const MAX_BALLOTS: usize = 100;

/// One criterion as the key client sees it, with its importance to that client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkshopCriterion {
    /// What is compared, e.g. «Цена», «Сроки поставки».
    pub name: String,
    /// Importance to the client in points (e.g. a 100-point allocation); only the
    /// proportions matter. Zero means "shown but not weighted".
    pub importance: Decimal,
}

/// One participant's ratings in one round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ballot {
    /// Random id made by the participant's device: the same ballot added twice is
    /// recognised by it.
    pub id: String,
    /// The participant's name or alias; empty when anonymous.
    pub participant: String,
    /// `ratings[criterion][subject]`: subject 0 is our company, then the session's
    /// competitors in order; `None` is «не знаю».
    pub ratings: Vec<Vec<Option<u8>>>,
}

/// One round of rating; the last round of a session is the current one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    /// The ballots received in this round, in the order they were added.
    pub ballots: Vec<Ballot>,
}

/// A competitive-analysis session from one key client's point of view.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workshop {
    /// Identity within the workspace.
    pub id: WorkshopId,
    /// Random token carried by the session link and every ballot: a ballot made for
    /// another session is refused.
    pub token: String,
    /// Session title, e.g. «Северсталь-Строй глазами клиента».
    pub name: String,
    /// The key client whose point of view the session takes.
    pub client: Option<ClientId>,
    /// Whether the session link may show the client's name to participants.
    pub share_client_name: bool,
    /// Whether the projector views hide participants' names.
    pub anonymous: bool,
    /// The criteria, in the order shown.
    pub criteria: Vec<WorkshopCriterion>,
    /// The competitors rated besides us, from the workspace's competitors.
    pub rivals: Vec<CompetitorId>,
    /// The rounds, at least one; the last is the current one.
    pub rounds: Vec<Round>,
}

impl Workshop {
    /// Number of rated subjects: us plus the rivals.
    pub fn subjects(&self) -> usize {
        1 + self.rivals.len()
    }

    /// Whether any ballot exists: criteria and rivals are then fixed.
    pub fn has_ballots(&self) -> bool {
        self.rounds.iter().any(|r| !r.ballots.is_empty())
    }

    /// The current (last) round's number, from 1.
    pub fn round_number(&self) -> usize {
        self.rounds.len().max(1)
    }
}
