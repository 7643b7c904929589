//! The profile score of a whole base, fast: Score = Σ w_c · s_c / Σ w_c evaluated in
//! fixed-point integers prepared once per profile.
//!
//! Why: a [`Decimal`] division costs a few hundred nanoseconds, so normalising 10 000
//! clients × 30 criteria the direct way takes tens of milliseconds natively and far more
//! in wasm. Here everything that does not depend on the client is computed once:
//!
//! - the sum is kept in *units* of 10^−S of w · s (an `i128`), S being the largest
//!   exponent with G = 100 · Σw · 10^S ≤ 10^37 (G is the sum when every s_c = 100), so no
//!   sum can overflow;
//! - a value x = m · 10^−e is read at the scale q = max(e, scale of the criterion's own
//!   figures): its mantissa m, no conversion at all in the usual case;
//! - a linear criterion has, per q, the anchors low_q, high_q in 10^−q and
//!   K_q = round(100 · w · 10^S / span_q); it compares x_q with the anchors and adds
//!   d_q · K_q, d_q = x_q − low_q (or high_q − x_q). Rounding K_q moves the term by at most
//!   0.5 · span_q units, and only the q with span_q ≤ G / 5·10^16 are kept, so each term is
//!   off by at most 10^−15 score points;
//! - a band criterion compares x_q with its `from`s at q and adds the precomputed
//!   w · score of its band (exact);
//! - a value that does not fit (more places than any kept q, absurd magnitude) is scored
//!   the direct way with [`normalise`], as is everything when the weights do not fit.
//!
//! The score is then rounded to [`GUARD_DP`] places and finally to [`SCORE_DP`]: the guard
//! step absorbs the 10^−15-sized errors, so a score that is exactly a midpoint (12.345)
//! rounds as in exact arithmetic.

use super::fixed::{div_round, div_round_i64, mul_pow10, pow10, to_units, to_units_exact};
use super::{normalise, SCORE_DP};
use crate::engine::model::{Client, Criterion, CriterionId, Direction, Gate, Scale};
use crate::engine::money::round;
use crate::engine::sort::sort_by_key;
use rust_decimal::Decimal;

/// Decimal places the score is rounded to before its final rounding to [`SCORE_DP`].
pub(super) const GUARD_DP: u32 = 10;

/// Upper bound of G = 100 · Σw · 10^S; an `i128` holds about 1.7 · 10^38.
const FULL_SCALE_MAX: i128 = 10i128.pow(37);

/// A linear term is kept at scale q only while span_q ≤ G / 5·10^16: its error, at most
/// 0.5 · span_q units, is then 100 · 0.5 · span_q / G ≤ 10^−15 score points.
const SPAN_BUDGET: i128 = 5 * 10i128.pow(16);

/// Largest scale of a [`Decimal`].
const MAX_SCALE: u32 = 28;

/// 10^0 … 10^38, every power of ten an `i128` holds: looked up, not computed.
pub(super) const POW10: [i128; 39] = {
    let mut table = [1i128; 39];
    let mut i = 1;
    while i < 39 {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// How one weighted criterion adds to the sum. Row i of a table is for scale q = q0 + i.
enum Term {
    /// A linear scale.
    Linear {
        q0: u32,
        /// (low_q, high_q, K_q) per scale.
        rows: Vec<(i128, i128, i128)>,
        /// 100 · w · 10^S: the units of s = 100.
        full: i128,
        higher_is_better: bool,
    },
    /// A banded scale, bands ascending by `from`.
    Bands {
        q0: u32,
        /// The `from`s in 10^−q per scale.
        rows: Vec<Vec<i128>>,
        /// w · score of each band, in units.
        units: Vec<i128>,
    },
    /// Scored with [`normalise`] in [`Decimal`].
    Direct,
}

struct Entry<'a> {
    id: CriterionId,
    criterion: &'a Criterion,
    term: Term,
}

/// The fixed-point frame shared by all terms.
struct Frame {
    /// Units are 10^−S of w · s.
    s: u32,
    /// G = 100 · Σw · 10^S: the sum when every criterion scores 100.
    g: i128,
    /// Σw · 10^(S − GUARD_DP): the sum divided by it is the score in 10^−GUARD_DP.
    divisor: i128,
}

/// What the profile finds for one client.
pub(super) struct Evaluation {
    /// The score rounded to [`SCORE_DP`]; `None` when Σw = 0 (or on overflow).
    pub(super) score: Option<Decimal>,
    /// Scored criteria without a value (each counted as 0), in id order.
    pub(super) missing: Vec<CriterionId>,
    /// Gates failed, in id order.
    pub(super) failed_gates: Vec<CriterionId>,
}

/// The scoring plan of a profile, prepared once for [`Plan::evaluate`]: the measurable
/// criteria with weight > 0 and a scale that can score, and the gated criteria, each in
/// ascending id order.
pub(super) struct Plan<'a> {
    entries: Vec<Entry<'a>>,
    gates: Vec<(CriterionId, &'a Gate)>,
    /// Σ of the weights (0 when nothing can be scored).
    total: Decimal,
    /// `None` when the weights do not fit the fixed-point frame: everything goes direct.
    frame: Option<Frame>,
}

impl<'a> Plan<'a> {
    /// Picks and prepares the scored criteria once for a whole base.
    pub(super) fn new(criteria: &'a [Criterion]) -> Plan<'a> {
        let mut picked: Vec<&Criterion> = criteria
            .iter()
            .filter(|k| k.weight > Decimal::ZERO && k.is_measurable() && can_score(k))
            .collect();
        sort_by_key(&mut picked, |k| k.id);
        let total = picked
            .iter()
            .try_fold(Decimal::ZERO, |sum, k| sum.checked_add(k.weight))
            .unwrap_or(Decimal::ZERO);
        let frame = frame(total);
        let entries = picked
            .into_iter()
            .map(|criterion| Entry {
                id: criterion.id,
                criterion,
                term: frame
                    .as_ref()
                    .and_then(|f| term(criterion, f))
                    .unwrap_or(Term::Direct),
            })
            .collect();
        let mut gates: Vec<(CriterionId, &Gate)> = criteria
            .iter()
            .filter_map(|k| Some((k.id, k.gate.as_ref()?)))
            .collect();
        sort_by_key(&mut gates, |g| g.0);
        Plan {
            entries,
            gates,
            total,
            frame,
        }
    }

    /// Scores one client and checks its gates in a single walk over its values.
    pub(super) fn evaluate(&self, client: &Client) -> Evaluation {
        let (mut missing, mut failed_gates) = (Vec::new(), Vec::new());
        // Slices, not the Vecs: built-in indexing, no call to `Index` at opt-level "z".
        let (entries, gates) = (self.entries.as_slice(), self.gates.as_slice());
        let (mut e, mut g) = (0, 0);
        // The fixed-point sum; once `fixed` is false the score goes down the direct path.
        let (mut sum, mut fixed) = (0i128, self.frame.is_some());
        let s = self.frame.as_ref().map_or(0, |f| f.s);
        // Every list ascends by id: walk the client's values once (a map lookup per
        // criterion costs more) and move through the plan alongside.
        for (id, &x) in &client.values {
            while g < gates.len() && gates[g].0 < *id {
                failed_gates.push(gates[g].0);
                g += 1;
            }
            while g < gates.len() && gates[g].0 == *id {
                if super::outside(gates[g].1, x) {
                    failed_gates.push(*id);
                }
                g += 1;
            }
            while e < entries.len() && entries[e].id < *id {
                missing.push(entries[e].id);
                e += 1;
            }
            while e < entries.len() && entries[e].id == *id {
                if fixed {
                    match entries[e].units(x, s).and_then(|u| sum.checked_add(u)) {
                        Some(next) => sum = next,
                        None => fixed = false,
                    }
                }
                e += 1;
            }
            if e == entries.len() && g == gates.len() {
                break;
            }
        }
        missing.extend(entries[e..].iter().map(|k| k.id));
        failed_gates.extend(gates[g..].iter().map(|k| k.0));
        let score = match &self.frame {
            _ if self.total.is_zero() => None,
            Some(frame) if fixed => finish(sum, frame).or_else(|| self.score_direct(client)),
            _ => self.score_direct(client),
        };
        Evaluation {
            score,
            missing,
            failed_gates,
        }
    }

    /// The same formula in [`Decimal`] throughout: the fallback for absurd magnitudes.
    fn score_direct(&self, client: &Client) -> Option<Decimal> {
        let mut sum = Decimal::ZERO;
        for entry in &self.entries {
            if let Some(&x) = client.values.get(&entry.id) {
                let s = normalise(entry.criterion, x)?;
                sum = sum.checked_add(entry.criterion.weight.checked_mul(s)?)?;
            }
        }
        let mut score = round(round(sum.checked_div(self.total)?, GUARD_DP), SCORE_DP);
        score.rescale(SCORE_DP); // "84.50" like the fixed path, not "84.5"
        Some(score)
    }
}

impl Entry<'_> {
    /// The units the value adds: the fixed-point term, or [`normalise`] when it has no room.
    #[inline]
    fn units(&self, x: Decimal, s: u32) -> Option<i128> {
        match self.term.units(x) {
            Some(units) => Some(units),
            None => to_units(
                self.criterion
                    .weight
                    .checked_mul(normalise(self.criterion, x)?)?,
                s,
            ),
        }
    }
}

/// The sum of units as the score: rounded to [`GUARD_DP`] places, then to [`SCORE_DP`].
fn finish(sum: i128, frame: &Frame) -> Option<Decimal> {
    const STEP: i128 = POW10[(GUARD_DP - SCORE_DP) as usize];
    let guarded = div_round(sum, frame.divisor);
    // The usual score (|score| < 9.2 · 10^8) rounds in i64, cheaper than in i128.
    let cents = match i64::try_from(guarded) {
        Ok(g) => div_round_i64(g, STEP as i64) as i128,
        Err(_) => div_round(guarded, STEP),
    };
    Decimal::try_from_i128_with_scale(cents, SCORE_DP).ok()
}

/// True when the criterion's scale gives a score for some value (see [`normalise`]).
fn can_score(criterion: &Criterion) -> bool {
    match &criterion.scale {
        Scale::None => false,
        Scale::Linear { low, high } => low < high,
        Scale::Bands { bands } => !bands.is_empty(),
    }
}

/// The frame for a total weight: the largest S with 100 · total · 10^S ≤ 10^37.
fn frame(total: Decimal) -> Option<Frame> {
    if total <= Decimal::ZERO {
        return None;
    }
    let (mantissa, scale) = (total.mantissa(), total.scale());
    let mut g = mantissa.checked_mul(100)?; // G at S = scale
    let mut s = scale;
    while let Some(next) = g.checked_mul(10).filter(|n| *n <= FULL_SCALE_MAX) {
        g = next;
        s += 1;
    }
    if g > FULL_SCALE_MAX || s < scale + GUARD_DP {
        return None;
    }
    Some(Frame {
        s,
        g,
        divisor: mantissa.checked_mul(pow10(s - scale - GUARD_DP)?)?,
    })
}

/// The fixed-point term of a criterion, or `None` when it must be scored direct.
fn term(criterion: &Criterion, frame: &Frame) -> Option<Term> {
    let w = criterion.weight;
    match &criterion.scale {
        Scale::None => None,
        Scale::Linear { low, high } => {
            let full = to_units_exact(w.checked_mul(Decimal::ONE_HUNDRED)?, frame.s)?;
            let span = high.checked_sub(*low)?;
            let q0 = low.scale().max(high.scale());
            let rows: Vec<(i128, i128, i128)> = (q0..=MAX_SCALE)
                .map_while(|q| {
                    let span_q = to_units_exact(span, q).filter(|v| *v <= frame.g / SPAN_BUDGET)?;
                    let (low_q, high_q) = (to_units_exact(*low, q)?, to_units_exact(*high, q)?);
                    Some((low_q, high_q, div_round(full, span_q)))
                })
                .collect();
            (!rows.is_empty()).then_some(Term::Linear {
                q0,
                rows,
                full,
                higher_is_better: criterion.direction == Direction::HigherIsBetter,
            })
        }
        Scale::Bands { bands } => {
            // Stable: among equal `from`s the last one wins, as in `normalise`.
            let mut sorted: Vec<_> = bands.iter().collect();
            sort_by_key(&mut sorted, |b| b.from);
            let units = sorted
                .iter()
                .map(|b| to_units_exact(w.checked_mul(b.score)?, frame.s))
                .collect::<Option<Vec<i128>>>()?;
            let q0 = sorted.iter().map(|b| b.from.scale()).max()?;
            let rows: Vec<Vec<i128>> = (q0..=MAX_SCALE)
                .map_while(|q| sorted.iter().map(|b| to_units_exact(b.from, q)).collect())
                .collect();
            (!rows.is_empty()).then_some(Term::Bands { q0, rows, units })
        }
    }
}

impl Term {
    /// The units a value adds, or `None` to send it down the direct path.
    #[inline]
    fn units(&self, x: Decimal) -> Option<i128> {
        match self {
            Term::Linear {
                q0,
                rows,
                full,
                higher_is_better,
            } => {
                let (row, x) = at_row(x, *q0, rows.len())?;
                let (low, high, k) = rows.as_slice()[row];
                Some(match (x <= low, x >= high, *higher_is_better) {
                    (true, _, true) | (_, true, false) => 0,
                    (true, _, false) | (_, true, true) => *full,
                    (false, false, true) => (x - low) * k,
                    (false, false, false) => (high - x) * k,
                })
            }
            Term::Bands { q0, rows, units } => {
                let (row, x) = at_row(x, *q0, rows.len())?;
                let below = rows.as_slice()[row].iter().rposition(|from| *from <= x);
                Some(below.map_or(0, |i| units.as_slice()[i]))
            }
            Term::Direct => None,
        }
    }
}

/// The value as an integer at the scale of a table row: (row, x_q) with
/// q = max(q0, scale of x); `None` when no row has room for it.
#[inline(always)]
fn at_row(x: Decimal, q0: u32, rows: usize) -> Option<(usize, i128)> {
    let (m, e) = (x.mantissa(), x.scale());
    if e >= q0 {
        let row = (e - q0) as usize;
        (row < rows).then_some((row, m))
    } else {
        Some((0, mul_pow10(m, q0 - e)?))
    }
}
