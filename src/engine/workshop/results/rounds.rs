//! Rounds (domain §3): rate, discuss the flagged cells, re-rate, and show whether the
//! group converged: how every cell's mean and spread moved, and the average spread of
//! each round.

use super::{cells, Cell};
use crate::engine::workshop::stats::mean;
use rust_decimal::Decimal;

/// How one cell moved from one round to another: later − earlier.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CellChange {
    /// Change of the mean (as shown); `None` unless both rounds have one.
    pub mean: Option<Decimal>,
    /// Change of the standard deviation (as shown): negative = the raters came closer;
    /// `None` unless both rounds have one.
    pub stdev: Option<Decimal>,
}

/// The comparison of two rounds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Convergence {
    /// `changes[criterion][subject]`, as [`super::cells`].
    pub changes: Vec<Vec<CellChange>>,
    /// Average standard deviation in the earlier round, over the cells that have one in
    /// both rounds (like for like), rounded to
    /// [`crate::engine::workshop::stats::STAT_DP`]; `None` when there is no such cell.
    pub spread_from: Option<Decimal>,
    /// The same average in the later round.
    pub spread_to: Option<Decimal>,
}

impl Convergence {
    /// Whether the group converged (сошлись): the later round's average spread is lower
    /// than the earlier one's; `None` when either is unknown.
    pub fn converged(&self) -> Option<bool> {
        Some(self.spread_to? < self.spread_from?)
    }
}

/// Average standard deviation of one round's cells: the mean of the cells' STDEV.S
/// (as shown) over the cells that have one; `None` when none does. Rounded to
/// [`crate::engine::workshop::stats::STAT_DP`].
pub fn spread(cells: &[Vec<Cell>]) -> Option<Decimal> {
    let stdevs: Vec<Decimal> = cells.iter().flatten().filter_map(|c| c.stdev).collect();
    mean(&stdevs)
}

/// The comparison of round `from` with round `to` (both from 0, usually consecutive):
/// per cell the change of mean and of standard deviation, and the average spread of
/// each round over the cells with a standard deviation in both.
pub fn convergence(ws: &super::Workshop, from: usize, to: usize) -> Convergence {
    let (before, after) = (cells(ws, from), cells(ws, to));
    let diff = |a: Option<Decimal>, b: Option<Decimal>| Some(b? - a?);
    let (mut spread_from, mut spread_to) = (Vec::new(), Vec::new());
    let changes = before
        .iter()
        .zip(&after)
        .map(|(row_a, row_b)| {
            row_a
                .iter()
                .zip(row_b)
                .map(|(a, b)| {
                    if let (Some(x), Some(y)) = (a.stdev, b.stdev) {
                        spread_from.push(x);
                        spread_to.push(y);
                    }
                    CellChange {
                        mean: diff(a.mean, b.mean),
                        stdev: diff(a.stdev, b.stdev),
                    }
                })
                .collect()
        })
        .collect();
    Convergence {
        changes,
        spread_from: mean(&spread_from),
        spread_to: mean(&spread_to),
    }
}
