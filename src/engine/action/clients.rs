//! Editing the client base: add, replace, delete clients and set their fields.
//!
//! Each edit touches one client's `Arc` (`Arc::make_mut` copies it, since the previous
//! workspace still holds it) and leaves every other client pointer-equal.

use super::not_found;
use crate::engine::model::{next_id, Client, ClientId, CriterionId, Item, Problem, Workspace};
use rust_decimal::Decimal;
use std::sync::Arc;

/// The id a new client gets: one above the largest in the base (1 for none).
pub fn next_client_id(ws: &Workspace) -> ClientId {
    ClientId(next_id(ws.clients.iter().map(|c| c.id.0)))
}

/// Index of client `id`.
fn position(ws: &Workspace, id: ClientId) -> Result<usize, Problem> {
    ws.clients
        .iter()
        .position(|c| c.id == id)
        .ok_or_else(|| not_found(Item::Client, id.0))
}

/// Appends `clients`, numbered on from [`next_client_id`] in order. Past `u32::MAX`
/// the ids repeat and validation refuses the action ([`ProblemKind::DuplicateId`]).
///
/// [`ProblemKind::DuplicateId`]: crate::engine::model::ProblemKind::DuplicateId
pub(super) fn add(ws: &mut Workspace, clients: Vec<Client>) {
    let mut next = next_client_id(ws).0;
    ws.clients.reserve(clients.len());
    for client in clients {
        let id = ClientId(next);
        ws.clients.push(Arc::new(Client { id, ..client }));
        next = next.saturating_add(1);
    }
}

/// Replaces the client with `client`'s id by one new `Arc` (kept when equal).
pub(super) fn update(ws: &mut Workspace, client: Client) -> Result<(), Problem> {
    let i = position(ws, client.id)?;
    if *ws.clients[i] != client {
        ws.clients[i] = Arc::new(client);
    }
    Ok(())
}

/// Removes client `id`.
pub(super) fn delete(ws: &mut Workspace, id: ClientId) -> Result<(), Problem> {
    let i = position(ws, id)?;
    ws.clients.remove(i);
    // A workshop taken from this client's point of view keeps its ratings.
    for w in ws.workshops.iter_mut().filter(|w| w.client == Some(id)) {
        w.client = None;
    }
    for o in ws.offers.iter_mut().filter(|o| o.client == Some(id)) {
        o.client = None;
    }
    Ok(())
}

/// Changes client `id` with `edit`, unless `unchanged` says there is nothing to do
/// (then its `Arc` is kept).
pub(super) fn change(
    ws: &mut Workspace,
    id: ClientId,
    unchanged: impl FnOnce(&Client) -> bool,
    edit: impl FnOnce(&mut Client),
) -> Result<(), Problem> {
    let i = position(ws, id)?;
    if !unchanged(&ws.clients[i]) {
        edit(Arc::make_mut(&mut ws.clients[i]));
    }
    Ok(())
}

/// Sets one field of client `id` to `value`, reading it with `get` and writing it with
/// `get_mut`; the client's `Arc` is kept when the field already holds that value.
pub(super) fn set<T: PartialEq>(
    ws: &mut Workspace,
    id: ClientId,
    value: T,
    get: fn(&Client) -> &T,
    get_mut: fn(&mut Client) -> &mut T,
) -> Result<(), Problem> {
    let i = position(ws, id)?;
    if *get(&ws.clients[i]) != value {
        *get_mut(Arc::make_mut(&mut ws.clients[i])) = value;
    }
    Ok(())
}

/// Sets or clears the value of an existing criterion for client `id`.
pub(super) fn set_value(
    ws: &mut Workspace,
    id: ClientId,
    criterion: CriterionId,
    value: Option<Decimal>,
) -> Result<(), Problem> {
    if !ws.criteria.iter().any(|k| k.id == criterion) {
        return Err(not_found(Item::Criterion, criterion.0));
    }
    change(
        ws,
        id,
        |c| c.values.get(&criterion) == value.as_ref(),
        |c| match value {
            Some(v) => {
                c.values.insert(criterion, v);
            }
            None => {
                c.values.remove(&criterion);
            }
        },
    )
}
