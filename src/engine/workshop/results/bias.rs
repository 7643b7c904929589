//! Bias per participant (domain §3): the emotions the session is meant to cure, «мы
//! лучше всех во всём» (halo) and «мы хуже всех во всём» (horns), read from one ballot
//! against the group.

use super::Cell;
use crate::engine::model::{Workshop, SCALE_MAX, SCALE_MIN};
use crate::engine::workshop::stats::{round_stat, STAT_DP};
use rust_decimal::Decimal;

/// A halo (horns) flag needs us strictly above (below) every rated rival on at least
/// this share of the compared criteria: 0.8, four criteria in five.
pub const BIAS_SHARE: Decimal = Decimal::from_parts(8, 0, 0, false, 1);

/// A halo or horns flag needs at least this many compared criteria: on one or two, being
/// «best at everything» says nothing about the rater.
pub const BIAS_MIN_CRITERIA: usize = 3;

/// One participant's (ballot's) bias in one round.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Bias {
    /// The ballot's index in the round (its participant's name is on the ballot; the
    /// projector may hide it).
    pub ballot: usize,
    /// Compared criteria: those where the participant rated us and at least one rival.
    pub compared: usize,
    /// Halo share (ореол) = criteria where they put us strictly above every rival they
    /// rated ÷ `compared`, rounded to [`STAT_DP`];
    /// `None` when `compared` is 0.
    pub halo_share: Option<Decimal>,
    /// Horns share = criteria where they put us strictly below every rival they rated ÷
    /// `compared`, rounded likewise; `None` when `compared` is 0.
    pub horns_share: Option<Decimal>,
    /// «Лучше всех во всём»: halo share ≥ [`BIAS_SHARE`] over at least
    /// [`BIAS_MIN_CRITERIA`] compared criteria.
    pub halo: bool,
    /// «Хуже всех во всём»: horns share ≥ [`BIAS_SHARE`] over at least
    /// [`BIAS_MIN_CRITERIA`] compared criteria.
    pub horns: bool,
    /// Offset from the group about us = mean over the criteria where they rated us of
    /// (their rating − the group's mean of that cell); positive = they see us better
    /// than the group does. `None` when they rated us nowhere.
    pub offset_us: Option<Decimal>,
    /// The same offset over every cell they rated (us and the rivals): a rater who
    /// rates everyone high (leniency) has a positive one; `offset_us` well above it is
    /// favouritism towards us rather than leniency.
    pub offset_all: Option<Decimal>,
}

/// The [`Bias`] of every ballot of round `round`, in ballot order; `cells` are that
/// round's [`super::cells`], whose means (as shown) are the group's.
pub fn bias(ws: &Workshop, round: usize, cells: &[Vec<Cell>]) -> Vec<Bias> {
    let Some(r) = ws.rounds.get(round) else {
        return Vec::new();
    };
    let subjects = ws.subjects();
    let valid = |r: &Option<u8>| r.filter(|v| (SCALE_MIN..=SCALE_MAX).contains(v));
    // The group means (as shown, at most STAT_DP places) as whole ten-thousandths, so
    // that the offsets add up in integers, exactly.
    let means: Vec<Vec<Option<i64>>> = cells
        .iter()
        .map(|row| row.iter().map(|c| c.mean.and_then(units)).collect())
        .collect();
    r.ballots
        .iter()
        .enumerate()
        .map(|(index, ballot)| {
            let (mut compared, mut above, mut below) = (0usize, 0usize, 0usize);
            let mut us = Offset::default();
            let mut all = Offset::default();
            for (row, group) in ballot.ratings.iter().zip(&means) {
                let row = &row[..row.len().min(subjects)];
                for (rating, mean) in row.iter().zip(group) {
                    all.add(valid(rating), *mean);
                }
                let Some(ours) = row.first().and_then(valid) else {
                    continue;
                };
                us.add(Some(ours), group.first().copied().flatten());
                let mut rivals = row.iter().skip(1).filter_map(valid).peekable();
                if rivals.peek().is_none() {
                    continue;
                }
                let (low, high) =
                    rivals.fold((u8::MAX, u8::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
                compared += 1;
                above += usize::from(ours > high);
                below += usize::from(ours < low);
            }
            let share = |k: usize| {
                (compared > 0).then(|| round_stat(Decimal::from(k) / Decimal::from(compared)))
            };
            let (halo_share, horns_share) = (share(above), share(below));
            let flag = |s: Option<Decimal>| {
                compared >= BIAS_MIN_CRITERIA && s.is_some_and(|s| s >= BIAS_SHARE)
            };
            Bias {
                ballot: index,
                compared,
                halo_share,
                horns_share,
                halo: flag(halo_share),
                horns: flag(horns_share),
                offset_us: us.mean(),
                offset_all: all.mean(),
            }
        })
        .collect()
}

/// One in ten-thousandths (10^[`STAT_DP`]).
const UNIT: i64 = 10i64.pow(STAT_DP);

/// Ten-thousandths in a mean rounded to [`STAT_DP`] places (7.3333 → 73 333).
fn units(mean: Decimal) -> Option<i64> {
    let factor = 10i128.checked_pow(STAT_DP.checked_sub(mean.scale())?)?;
    i64::try_from(mean.mantissa().checked_mul(factor)?).ok()
}

/// Running mean of (rating − group mean), in ten-thousandths.
#[derive(Default)]
struct Offset {
    sum: i64,
    n: i64,
}

impl Offset {
    fn add(&mut self, rating: Option<u8>, group: Option<i64>) {
        if let (Some(r), Some(m)) = (rating, group) {
            self.sum += i64::from(r) * UNIT - m;
            self.n += 1;
        }
    }

    fn mean(&self) -> Option<Decimal> {
        (self.n > 0).then(|| round_stat(Decimal::new(self.sum, STAT_DP) / Decimal::from(self.n)))
    }
}
