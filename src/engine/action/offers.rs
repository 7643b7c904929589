//! Special-offer actions: add, change (base deal, variants, feedback, the chosen
//! variant) and remove an offer.

use crate::engine::model::{next_id, Item, OfferId, Problem, ProblemKind, Workspace};
use crate::engine::offer::Offer;

/// The id [`super::Action::AddOffer`] gives the next offer: one past the largest.
pub fn next_offer_id(ws: &Workspace) -> OfferId {
    OfferId(next_id(ws.offers.iter().map(|o| o.id.0)))
}

fn position(ws: &Workspace, id: OfferId) -> Result<usize, Problem> {
    ws.offers.iter().position(|o| o.id == id).ok_or(Problem {
        path: "offers".to_owned(),
        kind: ProblemKind::NotFound {
            what: Item::Offer,
            id: id.0,
        },
    })
}

pub(super) fn add(ws: &mut Workspace, mut offer: Offer) {
    offer.id = next_offer_id(ws);
    ws.offers.push(offer);
}

pub(super) fn update(ws: &mut Workspace, offer: Offer) -> Result<(), Problem> {
    let i = position(ws, offer.id)?;
    ws.offers[i] = offer;
    Ok(())
}

pub(super) fn delete(ws: &mut Workspace, id: OfferId) -> Result<(), Problem> {
    let i = position(ws, id)?;
    ws.offers.remove(i);
    Ok(())
}
