//! The results of a workshop round (domain §3): statistics per criterion × subject,
//! the weighted score of every subject, our gap to the best competitor per criterion
//! and the strengths and weaknesses that matter to the client, the cells to discuss,
//! each participant's bias ([`bias()`]), the comparison of rounds ([`convergence`])
//! and our relative strength for the portfolio matrix.
//!
//! Conventions:
//! - rounds are indexed from 0; a round that does not exist or has no ballots gives
//!   empty cells (n = 0) and `None` figures, never a panic;
//! - subject 0 is our company, subjects 1.. the rivals in the session's order;
//! - a rating that is «не знаю», outside 1..=10, or outside the session's grid (a ballot
//!   of the wrong shape) is left out of every figure;
//! - figures derived from the cell means (scores, gaps, offsets, spreads) use the means
//!   as shown, rounded to [`STAT_DP`](super::stats::STAT_DP) places, so the table the
//!   facilitator shows adds up.

mod bias;
mod rounds;

pub use bias::{bias, Bias, BIAS_MIN_CRITERIA, BIAS_SHARE};
pub use rounds::{convergence, spread, CellChange, Convergence};

use super::stats::{mean_of_counts, round_stat, summary_of_counts};
use crate::engine::model::{Workshop, SCALE_MAX, SCALE_MIN};
use crate::engine::money::round;
use crate::engine::sort::{sort_by_key, sorted_indices};
use rust_decimal::Decimal;
use std::cmp::Reverse;

/// A cell is flagged for discussion when its standard deviation (as shown, rounded) is
/// at least 2 points on the 1–10 scale: the raters disagree by about ±2 around the mean.
/// A standard deviation needs n ≥ 2, so a single rating is never flagged.
pub const DISAGREEMENT_STDEV: Decimal = Decimal::TWO;

/// Decimal places of [`relative_strength`] (`1.02`).
pub const STRENGTH_DP: u32 = 2;

/// Statistics of one cell, one criterion × one subject, in one round ([`super::stats`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// Ratings counted («не знаю» excluded).
    pub n: usize,
    /// Mean rating; `None` when n = 0.
    pub mean: Option<Decimal>,
    /// Median rating; `None` when n = 0.
    pub median: Option<Decimal>,
    /// Sample standard deviation (STDEV.S); `None` when n < 2.
    pub stdev: Option<Decimal>,
    /// Interquartile range (QUARTILE.INC); 0 when n = 1, `None` when n = 0.
    pub iqr: Option<Decimal>,
}

impl Cell {
    /// Whether the raters disagree enough to discuss the cell: standard deviation
    /// ≥ [`DISAGREEMENT_STDEV`].
    pub fn disputed(&self) -> bool {
        self.stdev.is_some_and(|s| s >= DISAGREEMENT_STDEV)
    }
}

/// The statistics of every cell of round `round`: `cells[criterion][subject]`, one row
/// per criterion of the session, one column per subject (us, then the rivals).
pub fn cells(ws: &Workshop, round: usize) -> Vec<Vec<Cell>> {
    grid(ws, round, |histogram| {
        let s = summary_of_counts(histogram);
        Cell {
            n: s.n,
            mean: s.mean,
            median: s.median,
            stdev: s.stdev,
            iqr: s.iqr,
        }
    })
}

/// The mean of every cell of round `round`, as shown (`means[criterion][subject]`, the
/// same figure as [`Cell::mean`] of [`cells`]): all that the relative strength needs,
/// without the spread and the quartiles.
pub fn cell_means(ws: &Workshop, round: usize) -> Vec<Vec<Option<Decimal>>> {
    grid(ws, round, |histogram| mean_of_counts(histogram))
}

/// Levels of a rating histogram: `counts[v]` for v = 0..=[`SCALE_MAX`].
const LEVELS: usize = SCALE_MAX as usize + 1;

/// `each` of every cell's histogram of round `round`, criterion by criterion. One pass
/// over the ballots fills a histogram per cell (counts[v] = how many gave v), so a
/// cell's figures need no sorting and no allocation.
fn grid<T>(ws: &Workshop, round: usize, each: impl Fn(&[u32; LEVELS]) -> T) -> Vec<Vec<T>> {
    let (criteria, subjects) = (ws.criteria.len(), ws.subjects());
    let ballots = ws.rounds.get(round).map_or(&[][..], |r| &r.ballots[..]);
    let mut counts = vec![[0u32; LEVELS]; criteria * subjects];
    for ballot in ballots {
        for (c, row) in ballot.ratings.iter().take(criteria).enumerate() {
            for (s, rating) in row.iter().take(subjects).enumerate() {
                if let Some(v) = rating.filter(|v| (SCALE_MIN..=SCALE_MAX).contains(v)) {
                    counts[c * subjects + s][usize::from(v)] += 1;
                }
            }
        }
    }
    counts
        .chunks(subjects.max(1))
        .map(|row| row.iter().map(&each).collect())
        .collect()
}

/// The weight of each criterion: its importance, a negative one counting as 0; when no
/// criterion has a positive importance (the session is not weighted yet), each weighs 1.
pub fn weights(ws: &Workshop) -> Vec<Decimal> {
    let w: Vec<Decimal> = ws
        .criteria
        .iter()
        .map(|c| c.importance.max(Decimal::ZERO))
        .collect();
    if w.iter().all(|x| x.is_zero()) {
        vec![Decimal::ONE; w.len()]
    } else {
        w
    }
}

/// Weighted score (взвешенная оценка) of every subject, us first: Σ w_c · mean_c / Σ w_c
/// over the criteria where that subject has a mean ([`weights`]); a criterion nobody
/// rated for the subject is left out of both sums, so the score is the weighted average
/// of what is known. `None` when the known criteria weigh nothing. Rounded to
/// [`STAT_DP`](super::stats::STAT_DP).
pub fn scores(ws: &Workshop, cells: &[Vec<Cell>]) -> Vec<Option<Decimal>> {
    weighted_scores(ws, &|c, s| cells.get(c)?.get(s)?.mean)
}

/// [`scores`] from the cell means given by `mean(criterion, subject)` (e.g. of
/// [`cell_means`]).
pub fn weighted_scores(
    ws: &Workshop,
    mean: &dyn Fn(usize, usize) -> Option<Decimal>,
) -> Vec<Option<Decimal>> {
    let w = weights(ws);
    (0..ws.subjects())
        .map(|s| {
            let (mut sum, mut weight) = (Decimal::ZERO, Decimal::ZERO);
            for (c, wc) in w.iter().enumerate() {
                if let Some(mean) = mean(c, s) {
                    sum = sum.checked_add(wc.checked_mul(mean)?)?;
                    weight = weight.checked_add(*wc)?;
                }
            }
            sum.checked_div(weight).map(round_stat)
        })
        .collect()
}

/// Our standing against the best competitor on one criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gap {
    /// The criterion's index in the session.
    pub criterion: usize,
    /// The subject (1..) with the highest mean on this criterion, the first on ties;
    /// `None` when no rival has a mean.
    pub best_rival: Option<usize>,
    /// Our gap to the best competitor (разрыв) = our mean − the best rival's mean:
    /// positive is a strength, negative a weakness; `None` without both means.
    pub gap: Option<Decimal>,
    /// Importance share = w_c / Σ w ([`weights`]), rounded to
    /// [`STAT_DP`](super::stats::STAT_DP) places for display.
    pub share: Decimal,
    /// Weighted gap = gap × w_c / Σ w (with the exact share), rounded to
    /// [`STAT_DP`](super::stats::STAT_DP) places: how much the gap matters to the client.
    pub weighted: Option<Decimal>,
}

/// Our [`Gap`] on every criterion, in the session's order.
pub fn gaps(ws: &Workshop, cells: &[Vec<Cell>]) -> Vec<Gap> {
    let w = weights(ws);
    let total: Decimal = w.iter().sum();
    cells
        .iter()
        .zip(&w)
        .enumerate()
        .map(|(criterion, (row, wc))| {
            let mut best: Option<(usize, Decimal)> = None;
            for (s, cell) in row.iter().enumerate().skip(1) {
                if let Some(m) = cell.mean {
                    if best.is_none_or(|(_, b)| m > b) {
                        best = Some((s, m));
                    }
                }
            }
            let ours = row.first().and_then(|cell| cell.mean);
            let gap = ours.zip(best).map(|(us, (_, them))| us - them);
            let share = wc.checked_div(total).unwrap_or_default();
            Gap {
                criterion,
                best_rival: best.map(|(s, _)| s),
                gap,
                share: round_stat(share),
                weighted: gap.and_then(|g| g.checked_mul(share)).map(round_stat),
            }
        })
        .collect()
}

/// The strengths and weaknesses that matter to the client, as criterion indices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Standing {
    /// Criteria with a positive weighted gap, the largest first.
    pub strengths: Vec<usize>,
    /// Criteria with a negative weighted gap, the most negative first.
    pub weaknesses: Vec<usize>,
}

/// Sorts the criteria by weighted gap ([`Gap::weighted`]) into strengths and
/// weaknesses; a zero or unknown weighted gap is neither. Ties keep the session order.
pub fn standing(gaps: &[Gap]) -> Standing {
    let mut strengths: Vec<(usize, Decimal)> = Vec::new();
    let mut weaknesses: Vec<(usize, Decimal)> = Vec::new();
    for g in gaps {
        match g.weighted {
            Some(x) if x > Decimal::ZERO => strengths.push((g.criterion, x)),
            Some(x) if x < Decimal::ZERO => weaknesses.push((g.criterion, x)),
            _ => {}
        }
    }
    sort_by_key(&mut strengths, |&(_, x)| Reverse(x));
    sort_by_key(&mut weaknesses, |&(_, x)| x);
    Standing {
        strengths: strengths.into_iter().map(|(c, _)| c).collect(),
        weaknesses: weaknesses.into_iter().map(|(c, _)| c).collect(),
    }
}

/// The cells to discuss ([`Cell::disputed`]) as `(criterion, subject)`, the widest
/// spread first; ties keep the grid order (criterion by criterion, us first).
pub fn disputed(cells: &[Vec<Cell>]) -> Vec<(usize, usize)> {
    let flagged: Vec<(usize, usize, Decimal)> = cells
        .iter()
        .enumerate()
        .flat_map(|(c, row)| {
            row.iter()
                .enumerate()
                .filter(|(_, cell)| cell.disputed())
                .filter_map(move |(s, cell)| Some((c, s, cell.stdev?)))
        })
        .collect();
    sorted_indices(flagged.len(), &|a, b| flagged[b].2.cmp(&flagged[a].2))
        .into_iter()
        .map(|i| (flagged[i].0, flagged[i].1))
        .collect()
}

/// Our relative strength (относительная сила) in the client's eyes for the portfolio
/// matrix ([`crate::engine::portfolio`], 1 = on par): our weighted score ÷ the best
/// rival's ([`scores`], us first), rounded to [`STRENGTH_DP`]. `None` without our score,
/// without any rival score, or when the best rival scores 0.
pub fn relative_strength(scores: &[Option<Decimal>]) -> Option<Decimal> {
    let (ours, rivals) = scores.split_first()?;
    let best = rivals.iter().flatten().max()?;
    ours.as_ref()?
        .checked_div(*best)
        .map(|r| round(r, STRENGTH_DP))
}

/// Everything the facilitator shows for one round.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RoundResults {
    /// [`cells`].
    pub cells: Vec<Vec<Cell>>,
    /// [`scores`], us first.
    pub scores: Vec<Option<Decimal>>,
    /// [`gaps`], one per criterion.
    pub gaps: Vec<Gap>,
    /// [`standing`].
    pub standing: Standing,
    /// [`disputed`].
    pub disputed: Vec<(usize, usize)>,
    /// [`bias()`], one per ballot of the round.
    pub bias: Vec<Bias>,
    /// [`relative_strength`].
    pub relative_strength: Option<Decimal>,
}

/// All the results of round `round` (from 0), each computed once.
pub fn round_results(ws: &Workshop, round: usize) -> RoundResults {
    let cells = cells(ws, round);
    let scores = scores(ws, &cells);
    let gaps = gaps(ws, &cells);
    RoundResults {
        standing: standing(&gaps),
        disputed: disputed(&cells),
        bias: bias(ws, round, &cells),
        relative_strength: relative_strength(&scores),
        cells,
        scores,
        gaps,
    }
}
