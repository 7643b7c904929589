//! The key-account portfolio matrix of McDonald & Rogers (портфельная матрица, domain §1).
//!
//! Each client is a bubble: y = account attractiveness, the profile score 0–100;
//! x = our relative strength in the client's eyes, our rating ÷ the best competitor's
//! (1 = on par); bubble size = potential value. The matrix splits in four quadrants,
//! each with its recommended strategy ([`Quadrant`]):
//!
//! - attractiveness is **high** from [`ATTRACTIVENESS_SPLIT`] = 50 (included);
//! - relative strength is **high** from [`STRENGTH_SPLIT`] = 1 (included): on par with
//!   the best competitor or stronger.
//!
//! A client without a score or without a relative strength cannot be placed and is
//! listed apart ([`NotPlaced`]), so the UI can say what is missing.

use crate::engine::model::ClientId;
use crate::engine::money::{round, Money};
use crate::engine::stats::sqrt;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The lowest attractiveness (score) that counts as high: 50.
pub const ATTRACTIVENESS_SPLIT: Decimal = Decimal::from_parts(50, 0, 0, false, 0);

/// The lowest relative strength that counts as high: 1, on par with the best competitor.
pub const STRENGTH_SPLIT: Decimal = Decimal::ONE;

/// Decimal places of a bubble radius from [`bubble_radius`].
pub const RADIUS_DP: u32 = 2;

/// A quadrant of the matrix and the strategy it recommends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    /// High attractiveness, high strength (стратегические): invest, build a
    /// partnership, joint plans and teams.
    Strategic,
    /// High attractiveness, low strength (развиваемые ключевые): invest selectively to
    /// build our position where the client values it.
    KeyDevelopment,
    /// Low attractiveness, high strength (статусные, поддержание): maintain
    /// efficiently, protect the business without over-investing.
    KeyStatus,
    /// Low attractiveness, low strength (оптимизация): standardise the service and cut
    /// the cost-to-serve.
    Streamline,
}

impl Quadrant {
    /// Every quadrant: the top row (high attractiveness) first, strong before weak.
    pub const ALL: [Quadrant; 4] = [
        Quadrant::Strategic,
        Quadrant::KeyDevelopment,
        Quadrant::KeyStatus,
        Quadrant::Streamline,
    ];

    /// The quadrant of a point: attractiveness ≥ 50 is high, strength ≥ 1 is high.
    pub fn of(attractiveness: Decimal, relative_strength: Decimal) -> Quadrant {
        match (
            attractiveness >= ATTRACTIVENESS_SPLIT,
            relative_strength >= STRENGTH_SPLIT,
        ) {
            (true, true) => Quadrant::Strategic,
            (true, false) => Quadrant::KeyDevelopment,
            (false, true) => Quadrant::KeyStatus,
            (false, false) => Quadrant::Streamline,
        }
    }

    /// [`Quadrant::of`] when both coordinates are known, `None` otherwise.
    pub fn place(
        attractiveness: Option<Decimal>,
        relative_strength: Option<Decimal>,
    ) -> Option<Quadrant> {
        Some(Quadrant::of(attractiveness?, relative_strength?))
    }

    /// Position in [`Quadrant::ALL`] (0–3), e.g. to index [`Portfolio::counts`].
    pub fn index(self) -> usize {
        match self {
            Quadrant::Strategic => 0,
            Quadrant::KeyDevelopment => 1,
            Quadrant::KeyStatus => 2,
            Quadrant::Streamline => 3,
        }
    }
}

/// What the matrix needs to know about one client.
#[derive(Clone, Debug, PartialEq)]
pub struct PortfolioInput {
    /// The client.
    pub client: ClientId,
    /// Profile score 0–100, the attractiveness; `None` when the profile cannot score.
    pub attractiveness: Option<Decimal>,
    /// `Client::relative_strength`; `None` when not assessed yet.
    pub relative_strength: Option<Decimal>,
    /// Potential value, the bubble size.
    pub potential_value: Money,
}

/// A client placed on the matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct PortfolioPoint {
    /// The client.
    pub client: ClientId,
    /// y: the profile score 0–100.
    pub attractiveness: Decimal,
    /// x: our rating ÷ the best competitor's.
    pub relative_strength: Decimal,
    /// Bubble size; a value ≤ 0 gets the smallest bubble ([`bubble_radius`]).
    pub potential_value: Money,
    /// Where the point falls.
    pub quadrant: Quadrant,
}

/// A client that cannot be placed, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotPlaced {
    /// The client.
    pub client: ClientId,
    /// It has no profile score.
    pub no_score: bool,
    /// Its relative strength is not assessed yet.
    pub no_strength: bool,
}

/// The matrix, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Portfolio {
    /// The placed clients, in the order of the input.
    pub points: Vec<PortfolioPoint>,
    /// The clients that cannot be placed, in the order of the input.
    pub not_placed: Vec<NotPlaced>,
    /// Points per quadrant, indexed as [`Quadrant::ALL`] ([`Portfolio::count`]).
    pub counts: [usize; 4],
    /// The largest potential value among the points, the `max_value` of
    /// [`bubble_radius`]; zero when no point has a positive one.
    pub max_potential: Money,
}

impl Portfolio {
    /// How many points fall in `quadrant`.
    pub fn count(&self, quadrant: Quadrant) -> usize {
        self.counts[quadrant.index()]
    }
}

/// Places every client of `inputs` on the matrix.
pub fn portfolio(inputs: &[PortfolioInput]) -> Portfolio {
    let mut out = Portfolio {
        points: Vec::new(),
        not_placed: Vec::new(),
        counts: [0; 4],
        max_potential: Money::ZERO,
    };
    for c in inputs {
        match (c.attractiveness, c.relative_strength) {
            (Some(attractiveness), Some(relative_strength)) => {
                let quadrant = Quadrant::of(attractiveness, relative_strength);
                out.counts[quadrant.index()] += 1;
                out.max_potential = out.max_potential.max(c.potential_value);
                out.points.push(PortfolioPoint {
                    client: c.client,
                    attractiveness,
                    relative_strength,
                    potential_value: c.potential_value,
                    quadrant,
                });
            }
            (score, strength) => out.not_placed.push(NotPlaced {
                client: c.client,
                no_score: score.is_none(),
                no_strength: strength.is_none(),
            }),
        }
    }
    out
}

/// The radius of a bubble for `value` when the largest bubble is for `max_value`: the
/// bubble's **area** grows linearly with the value, from the smallest bubble (radius
/// `min_r`, for a value ≤ 0) to the largest (`max_r`, for `max_value` and above):
///
/// r = √(min_r² + (max_r² − min_r²) · value / max_value), rounded to [`RADIUS_DP`].
///
/// Scaling the radius instead would make a client twice as valuable look four times as
/// big. `min_r` is returned when `max_value` ≤ 0 (nothing to scale against) and for
/// arguments so large that the arithmetic would overflow.
pub fn bubble_radius(value: Money, max_value: Money, min_r: Decimal, max_r: Decimal) -> Decimal {
    let (v, max) = (value.amount(), max_value.amount());
    if max <= Decimal::ZERO || v <= Decimal::ZERO {
        return min_r;
    }
    if v >= max {
        return max_r;
    }
    let radius = || {
        let (lo, hi) = (min_r.checked_mul(min_r)?, max_r.checked_mul(max_r)?);
        // Multiply before dividing: (hi − lo) · v / max stays exact more often.
        let extra = match hi.checked_sub(lo)?.checked_mul(v) {
            Some(product) => product.checked_div(max)?,
            None => hi.checked_sub(lo)?.checked_mul(v.checked_div(max)?)?,
        };
        Some(round(sqrt(lo.checked_add(extra)?)?, RADIUS_DP))
    };
    radius().unwrap_or(min_r)
}
