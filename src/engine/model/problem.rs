//! A validation problem: the path of the field and what is wrong with it.

use rust_decimal::Decimal;

/// The kind of thing an action names by id, for [`ProblemKind::NotFound`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Item {
    /// A client of the base.
    Client,
    /// A criterion of the profile.
    Criterion,
    /// A competitor of the workspace.
    Competitor,
    /// A competitive-analysis workshop.
    Workshop,
    /// A special offer.
    Offer,
}

impl std::fmt::Display for Item {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Item::Client => "client",
            Item::Criterion => "criterion",
            Item::Competitor => "competitor",
            Item::Workshop => "workshop",
            Item::Offer => "offer",
        })
    }
}

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A required text is empty.
    Empty,
    /// A text is longer than `max` characters.
    TooLong {
        /// The limit in characters.
        max: usize,
    },
    /// A number that cannot be below zero is negative.
    Negative,
    /// A number lies outside `[min, max]`.
    OutOfRange {
        /// Smallest allowed value.
        min: Decimal,
        /// Largest allowed value.
        max: Decimal,
    },
    /// Not a three-letter ISO currency code.
    InvalidCurrency,
    /// Two items share the same id.
    DuplicateId {
        /// The repeated id.
        id: u32,
    },
    /// A value refers to a criterion that does not exist.
    UnknownCriterion {
        /// The missing criterion id.
        id: u32,
    },
    /// A linear scale needs `low < high`.
    AnchorsNotOrdered,
    /// A banded scale has no band.
    NoBands,
    /// Band thresholds must strictly increase.
    BandsNotAscending,
    /// A gate has neither a minimum nor a maximum, or its minimum exceeds its maximum.
    GateInvalid,
    /// The profile has criteria but their weights add up to zero.
    ZeroTotalWeight,
    /// Two potential entries of one client are for the same year.
    DuplicateYear {
        /// The repeated calendar year.
        year: i32,
    },
    /// The development threshold of the class rule lies above the key threshold.
    ThresholdsNotOrdered,
    /// An action names a client or criterion that the workspace does not have (it was
    /// deleted meanwhile, e.g. by an undo in another view).
    NotFound {
        /// What kind of thing was looked for.
        what: Item,
        /// The id that was not found.
        id: u32,
    },
    /// An imported document lacks a required field (the path ends with its name).
    /// A list longer than allowed.
    TooMany {
        /// Most entries allowed.
        max: usize,
    },
    /// A ballot's grid does not match its session: `criteria` rows of `subjects`
    /// ratings each were expected.
    BallotShape {
        /// Rows expected (the session's criteria).
        criteria: usize,
        /// Ratings per row expected (us plus the session's competitors).
        subjects: usize,
    },
    /// The same ballot (by its id) is in a round twice.
    DuplicateBallot,
    /// A ballot from this participant is already in the round.
    DuplicateParticipant {
        /// The participant's name.
        name: String,
    },
    /// The session's criteria count and competitors are fixed once ballots exist.
    LockedByBallots,
    MissingField {
        /// Name of the missing field.
        field: String,
    },
    /// An imported field has the wrong type or an unreadable value.
    WrongType {
        /// serde's message, e.g. ``invalid type: boolean `true`, expected a Decimal …``.
        detail: String,
    },
}

impl std::fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProblemKind::Empty => write!(f, "must not be empty"),
            ProblemKind::TooLong { max } => write!(f, "longer than {max} characters"),
            ProblemKind::Negative => write!(f, "must not be negative"),
            ProblemKind::OutOfRange { min, max } => write!(f, "must be between {min} and {max}"),
            ProblemKind::InvalidCurrency => write!(f, "not a three-letter currency code"),
            ProblemKind::DuplicateId { id } => write!(f, "id {id} is used twice"),
            ProblemKind::UnknownCriterion { id } => write!(f, "no criterion with id {id}"),
            ProblemKind::AnchorsNotOrdered => write!(f, "the low anchor must be below the high"),
            ProblemKind::NoBands => write!(f, "a banded scale needs at least one band"),
            ProblemKind::BandsNotAscending => write!(f, "band thresholds must increase"),
            ProblemKind::GateInvalid => write!(f, "the gate needs a minimum ≤ maximum"),
            ProblemKind::ZeroTotalWeight => write!(f, "criterion weights add up to zero"),
            ProblemKind::DuplicateYear { year } => write!(f, "year {year} is given twice"),
            ProblemKind::ThresholdsNotOrdered => {
                write!(
                    f,
                    "the development threshold must not exceed the key threshold"
                )
            }
            ProblemKind::NotFound { what, id } => write!(f, "no {what} with id {id}"),
            ProblemKind::TooMany { max } => write!(f, "at most {max} entries"),
            ProblemKind::BallotShape { criteria, subjects } => write!(
                f,
                "the ballot must rate {criteria} criteria × {subjects} companies"
            ),
            ProblemKind::DuplicateBallot => write!(f, "the same ballot is added twice"),
            ProblemKind::DuplicateParticipant { name } => {
                write!(f, "a ballot from {name} is already in this round")
            }
            ProblemKind::LockedByBallots => {
                write!(f, "criteria and competitors are fixed once ballots exist")
            }
            ProblemKind::MissingField { field } => write!(f, "required field `{field}` is missing"),
            ProblemKind::WrongType { detail } => write!(f, "wrong type or value: {detail}"),
        }
    }
}

/// One problem: the path of the field (`clients[3].name`) and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Path of the field, e.g. `settings.discount_rate` or `clients[3].revenue`.
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}
