//! From the workshop to the portfolio matrix (domain §3 → §1): our relative strength
//! in a key client's eyes is what the client's session measured, not a guess.

use super::results::{cell_means, relative_strength, weighted_scores};
use crate::engine::model::{ClientId, Workspace};
use rust_decimal::Decimal;

/// Our relative strength per key client from its workshop: for every session taken
/// from a client's point of view, the latest round that has ballots gives our
/// weighted score ÷ the best competitor's ([`relative_strength`]). When a client has
/// several sessions, the last one in the workspace that gives a figure wins. Clients
/// without such a session are not listed (the value entered on the client applies).
pub fn session_strengths(ws: &Workspace) -> Vec<(ClientId, Decimal)> {
    let mut out: Vec<(ClientId, Decimal)> = Vec::new();
    for w in &ws.workshops {
        let Some(client) = w.client else { continue };
        let Some(round) = w.rounds.iter().rposition(|r| !r.ballots.is_empty()) else {
            continue;
        };
        // The means alone: the spread and quartiles of `cells` are the facilitator's.
        let means = cell_means(w, round);
        let mean = |c: usize, s: usize| means.get(c)?.get(s).copied().flatten();
        let Some(strength) = relative_strength(&weighted_scores(w, &mean)) else {
            continue;
        };
        out.retain(|(id, _)| *id != client);
        out.push((client, strength));
    }
    out
}

/// The strength [`session_strengths`] gives `client`, if any.
pub fn strength_of(strengths: &[(ClientId, Decimal)], client: ClientId) -> Option<Decimal> {
    strengths
        .iter()
        .find(|(id, _)| *id == client)
        .map(|(_, s)| *s)
}
