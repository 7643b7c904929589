//! The workspace model: plain serde types with typed ids, and their validation.

mod client;
mod competitor;
mod criterion;
mod ids;
mod problem;
mod validate;
mod validate_offers;
mod validate_workshops;
mod values;
mod workshop;
mod workspace;

pub use client::{Client, ClientStatus};
pub use competitor::Competitor;
pub(crate) use criterion::missing;
pub use criterion::{Band, Criterion, Direction, Gate, Scale};
pub use ids::{next_id, ClientId, CompetitorId, CriterionId, OfferId, WorkshopId};
pub use problem::{Item, Problem, ProblemKind};
pub use validate::{
    validate, validate_since, MAX_HORIZON_YEARS, MAX_LONG_TEXT, MAX_RELATIVE_STRENGTH,
    MAX_SHORT_TEXT,
};
pub use validate_offers::MAX_PAYMENT_DAYS;
pub use values::Values;
pub use workshop::{
    Ballot, Round, Workshop, WorkshopCriterion, MAX_BALLOTS, MAX_CRITERIA, MAX_RIVALS, MAX_ROUNDS,
    MIN_CRITERIA, SCALE_MAX, SCALE_MIN,
};
pub use workspace::{Company, Currency, Settings, Workspace};
