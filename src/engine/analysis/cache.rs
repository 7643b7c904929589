//! The per-client part of the analysis, kept between calls of
//! [`analyse_with`](super::analyse_with).
//!
//! Clients are shared `Arc`s: an action replaces the `Arc` of every client it changes
//! and keeps the others, so a client that is pointer-equal to the one analysed last
//! time, under equal criteria and settings, has the same score, gates, potential and
//! profitability. Those are reused; everything else is computed.

use crate::engine::model::{Client, Criterion, Settings, Workspace, MAX_HORIZON_YEARS};
use crate::engine::money::Money;
use crate::engine::potential::{Discount, PotentialFigures};
use crate::engine::profile::{ClientScore, Scorer};
use crate::engine::profitability::{profitability, Profitability};
use std::sync::Arc;

/// What the analysis computes from one client alone (rank and class still to come).
#[derive(Clone, Debug)]
pub(super) struct Parts {
    pub(super) score: ClientScore,
    pub(super) potential_value: Money,
    pub(super) first_year: Option<PotentialFigures>,
    pub(super) profitability: Profitability,
}

/// The per-client results of the last analysis, and the inputs they were computed with.
#[derive(Default)]
pub struct AnalysisCache {
    inputs: Option<(Vec<Criterion>, Settings)>,
    clients: Vec<(Arc<Client>, Parts)>,
}

impl AnalysisCache {
    /// The parts of every client of `ws`, in order: reused where the client is the same
    /// `Arc` as last time, computed otherwise. Matching walks both lists once and
    /// follows a client inserted or deleted anywhere (the clients after it still
    /// match); after a reordering it simply computes more.
    pub(super) fn parts(&mut self, ws: &Workspace) -> impl Iterator<Item = &Parts> {
        let same_inputs = matches!(&self.inputs,
            Some((criteria, settings)) if *criteria == ws.criteria && *settings == ws.settings);
        // Taken out one by one as they are reused (moved, not cloned).
        let mut old: Vec<(Arc<Client>, Option<Parts>)> = if same_inputs {
            std::mem::take(&mut self.clients)
                .into_iter()
                .map(|(c, p)| (c, Some(p)))
                .collect()
        } else {
            self.inputs = Some((ws.criteria.clone(), ws.settings.clone()));
            Vec::new()
        };
        let scorer = Scorer::new(&ws.criteria);
        // A valid horizon has at most 10 years; a longer list falls back to the slow path.
        let years = ws.settings.horizon_years.min(MAX_HORIZON_YEARS) as usize;
        let discount = Discount::new(ws.settings.discount_rate, years);
        let first = ws.settings.start_year;

        let mut next = 0; // the first entry of `old` not matched yet
        let mut kept = Vec::with_capacity(ws.clients.len());
        for client in &ws.clients {
            let found = [next, next + 1]
                .into_iter()
                .find(|&k| old.get(k).is_some_and(|(c, _)| Arc::ptr_eq(c, client)));
            let reused = found.and_then(|k| {
                next = k + 1;
                old[k].1.take()
            });
            let parts = match reused {
                Some(parts) => parts,
                None => Parts {
                    score: scorer.line(client),
                    potential_value: discount.potential_value(&client.potential),
                    first_year: client
                        .potential
                        .iter()
                        .find(|y| y.year == first)
                        .map(|y| y.figures()),
                    profitability: profitability(
                        client.revenue,
                        client.gross_margin,
                        &client.cost_to_serve,
                    ),
                },
            };
            kept.push((Arc::clone(client), parts));
        }
        self.clients = kept;
        self.clients.iter().map(|(_, p)| p)
    }
}
