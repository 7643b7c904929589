//! The bias check of the key-client profile (проверка на предвзятость, domain §1).
//!
//! The seeds' point: a key client is the one with the largest long-term potential, not
//! the biggest buyer today and not the famous brand. The check ranks the base three
//! ways — by current revenue, by potential value and by profile score — measures how
//! far the rankings agree (Spearman), and lists the clients where today's size and the
//! potential disagree most:
//!
//! - **overrated** (переоценённые): big or famous now, low potential;
//! - **hidden** (скрытые): small now — prospects we sell nothing to included — but
//!   high potential.
//!
//! The rules, with n clients and ranks from [`ranks`] (descending: 1 = largest; tied
//! values share the average of their positions, so a rank may be 2.5):
//!
//! - **top 20 %**: rank ≤ k with k = ⌈n · 20 / 100⌉ (so at least one client when
//!   n ≥ 1: k = 7 of 35, 2 of 10, 1 of 3) *and* a value above zero. A tie across the
//!   boundary shares an average rank above k and stays out together: a tie is never
//!   split, and nobody is "top" on a value that others below the boundary have too.
//! - **lower half**: rank > (n + 1) / 2, the middle rank (ranks 19…35 of 35, 6…10
//!   of 10). A top rank is never in the lower half, since k ≤ (n + 1) / 2.
//! - **big or famous now**: top 20 % by current revenue, or marked VIP.
//! - **small now**: revenue rank in the lower half, or no revenue at all (a prospect).
//! - **overrated** = big or famous now and potential-value rank in the lower half;
//!   gap = potential rank − revenue rank (the places it falls).
//! - **hidden** = small now and top 20 % by potential value; gap = revenue rank −
//!   potential rank (the places it climbs).
//!
//! Both lists are sorted by gap, largest first; equal gaps keep the order of the base.
//! (A VIP that is small today can be overrated with a negative gap: it is listed for
//! being famous, not for being big.)

use crate::engine::model::ClientId;
use crate::engine::money::Money;
use crate::engine::sort::sort_by_key;
use crate::engine::stats::{rank_correlation, ranks, spearman};
use rust_decimal::Decimal;

/// The share of the base that counts as "top", in per cent: the top 20 %.
pub const TOP_PERCENT: usize = 20;

/// What the bias check needs to know about one client.
#[derive(Clone, Debug, PartialEq)]
pub struct BiasInput {
    /// The client.
    pub client: ClientId,
    /// Marked VIP by the sales team (famous, not necessarily key).
    pub vip: bool,
    /// Current revenue (last twelve months; zero for a prospect).
    pub revenue: Money,
    /// Potential value: [`crate::engine::potential::potential_value`] at the workspace
    /// discount rate.
    pub potential_value: Money,
    /// Profile score from [`crate::engine::profile::rank_and_classify`]; `None` when the
    /// profile cannot score.
    pub score: Option<Decimal>,
}

/// One client's three ranks, next to the values they come from.
#[derive(Clone, Debug, PartialEq)]
pub struct BiasRow {
    /// The client.
    pub client: ClientId,
    /// Current revenue.
    pub revenue: Money,
    /// Potential value.
    pub potential_value: Money,
    /// Profile score, if any.
    pub score: Option<Decimal>,
    /// Rank by current revenue, 1 = largest, ties averaged (e.g. 6.5).
    pub revenue_rank: Decimal,
    /// Rank by potential value, 1 = largest, ties averaged.
    pub potential_rank: Decimal,
    /// Rank by score among the clients that have one, 1 = best, ties averaged;
    /// `None` without a score.
    pub score_rank: Option<Decimal>,
}

/// The three Spearman correlations ([`spearman`]), each in [−1, 1] rounded to four
/// places; `None` when undefined (fewer than two clients, or one side constant, e.g.
/// no potential entered yet). The two with the score use only the clients that have one.
#[derive(Clone, Debug, PartialEq)]
pub struct Correlations {
    /// Revenue vs potential value: near 1 means today's big clients are also the
    /// future's; low or negative means the base is sized by the past.
    pub revenue_potential: Option<Decimal>,
    /// Revenue vs profile score: high means the profile mostly rewards today's size.
    pub revenue_score: Option<Decimal>,
    /// Potential value vs profile score: high means the profile finds the potential.
    pub potential_score: Option<Decimal>,
}

/// A client on one of the two lists.
#[derive(Clone, Debug, PartialEq)]
pub struct BiasEntry {
    /// The client.
    pub client: ClientId,
    /// Marked VIP.
    pub vip: bool,
    /// Current revenue.
    pub revenue: Money,
    /// Potential value.
    pub potential_value: Money,
    /// Rank by current revenue (1 = largest, ties averaged).
    pub revenue_rank: Decimal,
    /// Rank by potential value (1 = largest, ties averaged).
    pub potential_rank: Decimal,
    /// Places between the two ranks in the list's direction: potential rank − revenue
    /// rank on the overrated list, revenue rank − potential rank on the hidden list.
    pub gap: Decimal,
}

/// The result of the bias check, ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct BiasCheck {
    /// One row per client, in the order of the input.
    pub rows: Vec<BiasRow>,
    /// Spearman correlations of the three rankings.
    pub correlations: Correlations,
    /// k: how many ranks make the top 20 % ([`top_count`]).
    pub top_count: usize,
    /// Big or famous now, low potential; largest gap first.
    pub overrated: Vec<BiasEntry>,
    /// Small now, high potential; largest gap first.
    pub hidden: Vec<BiasEntry>,
}

/// How many ranks make the top [`TOP_PERCENT`] % of `n` clients: ⌈n · 20 / 100⌉
/// (0 for an empty base, at least 1 otherwise). 35 → ⌈7⌉ = 7; 11 → ⌈2.2⌉ = 3.
pub fn top_count(n: usize) -> usize {
    n.saturating_mul(TOP_PERCENT).div_ceil(100)
}

/// Runs the bias check on `inputs` (see the module documentation for the rules).
pub fn bias_check(inputs: &[BiasInput]) -> BiasCheck {
    let n = inputs.len();
    let revenue: Vec<Decimal> = inputs.iter().map(|c| c.revenue.amount()).collect();
    let potential: Vec<Decimal> = inputs.iter().map(|c| c.potential_value.amount()).collect();
    let revenue_rank = ranks(&revenue, true);
    let potential_rank = ranks(&potential, true);

    // The score ranks are among the scored clients only.
    let scored: Vec<usize> = (0..n).filter(|&i| inputs[i].score.is_some()).collect();
    let scores: Vec<Decimal> = scored.iter().filter_map(|&i| inputs[i].score).collect();
    let score_rank = ranks(&scores, true);
    let mut score_rank_of = vec![None; n];
    for (&i, rank) in scored.iter().zip(&score_rank) {
        score_rank_of[i] = Some(*rank);
    }
    let (revenue_score, potential_score) = if scored.len() == n {
        (
            rank_correlation(&revenue_rank, &score_rank),
            rank_correlation(&potential_rank, &score_rank),
        )
    } else {
        let pick = |values: &[Decimal]| scored.iter().map(|&i| values[i]).collect::<Vec<_>>();
        (
            spearman(&pick(&revenue), &scores),
            spearman(&pick(&potential), &scores),
        )
    };
    let correlations = Correlations {
        revenue_potential: rank_correlation(&revenue_rank, &potential_rank),
        revenue_score,
        potential_score,
    };

    let k = Decimal::from(top_count(n));
    let middle = Decimal::from(n + 1) / Decimal::TWO;
    let top = |rank: Decimal, value: Money| rank <= k && value > Money::ZERO;
    let lower_half = |rank: Decimal| rank > middle;

    let mut rows = Vec::with_capacity(n);
    let (mut overrated, mut hidden) = (Vec::new(), Vec::new());
    for (i, c) in inputs.iter().enumerate() {
        let (rr, pr) = (revenue_rank[i], potential_rank[i]);
        let entry = |gap| BiasEntry {
            client: c.client,
            vip: c.vip,
            revenue: c.revenue,
            potential_value: c.potential_value,
            revenue_rank: rr,
            potential_rank: pr,
            gap,
        };
        if (top(rr, c.revenue) || c.vip) && lower_half(pr) {
            overrated.push(entry(pr - rr));
        }
        if (lower_half(rr) || c.revenue.amount().is_zero()) && top(pr, c.potential_value) {
            hidden.push(entry(rr - pr));
        }
        rows.push(BiasRow {
            client: c.client,
            revenue: c.revenue,
            potential_value: c.potential_value,
            score: c.score,
            revenue_rank: rr,
            potential_rank: pr,
            score_rank: score_rank_of[i],
        });
    }
    // Stable sorts: equal gaps keep the order of the base.
    sort_by_key(&mut overrated, |e| std::cmp::Reverse(e.gap));
    sort_by_key(&mut hidden, |e| std::cmp::Reverse(e.gap));
    BiasCheck {
        rows,
        correlations,
        top_count: top_count(n),
        overrated,
        hidden,
    }
}
