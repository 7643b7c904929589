//! Editing the profile: add, change, delete, move and duplicate criteria.

use super::not_found;
use crate::engine::model::MAX_SHORT_TEXT;
use crate::engine::model::{next_id, Criterion, CriterionId, Item, Problem, Workspace};
use std::sync::Arc;

/// What a duplicated criterion's name ends with: « (копия)».
pub const COPY_SUFFIX: &str = " (копия)";

/// The id a new criterion gets: one above the largest in the profile (1 for none).
pub fn next_criterion_id(ws: &Workspace) -> CriterionId {
    CriterionId(next_id(ws.criteria.iter().map(|k| k.id.0)))
}

/// The name of a copy: `name` + [`COPY_SUFFIX`], the original cut short (by characters)
/// so that the result stays within [`MAX_SHORT_TEXT`] characters.
pub fn copy_name(name: &str) -> String {
    let room = MAX_SHORT_TEXT - COPY_SUFFIX.chars().count();
    let mut out: String = name.chars().take(room).collect();
    out.push_str(COPY_SUFFIX);
    out
}

/// Index of the criterion `id`.
fn position(ws: &Workspace, id: CriterionId) -> Result<usize, Problem> {
    ws.criteria
        .iter()
        .position(|k| k.id == id)
        .ok_or_else(|| not_found(Item::Criterion, id.0))
}

/// Appends `k` with a fresh id.
pub(super) fn add(ws: &mut Workspace, k: Criterion) {
    let id = next_criterion_id(ws);
    ws.criteria.push(Criterion { id, ..k });
}

/// Replaces the criterion with `k`'s id.
pub(super) fn update(ws: &mut Workspace, k: Criterion) -> Result<(), Problem> {
    let i = position(ws, k.id)?;
    ws.criteria[i] = k;
    Ok(())
}

/// Removes criterion `id` and its values; only clients that had a value are copied.
pub(super) fn delete(ws: &mut Workspace, id: CriterionId) -> Result<(), Problem> {
    let i = position(ws, id)?;
    ws.criteria.remove(i);
    for client in &mut ws.clients {
        if client.values.contains_key(&id) {
            Arc::make_mut(client).values.remove(&id);
        }
    }
    Ok(())
}

/// Moves criterion `id` to index `to` (clamped to the last index).
pub(super) fn move_to(ws: &mut Workspace, id: CriterionId, to: usize) -> Result<(), Problem> {
    let i = position(ws, id)?;
    let k = ws.criteria.remove(i);
    let to = to.min(ws.criteria.len());
    ws.criteria.insert(to, k);
    Ok(())
}

/// Inserts a copy of criterion `id` after it, with its values copied to the new id.
pub(super) fn duplicate(ws: &mut Workspace, id: CriterionId) -> Result<(), Problem> {
    let i = position(ws, id)?;
    let new_id = next_criterion_id(ws);
    let original = &ws.criteria[i];
    let copy = Criterion {
        id: new_id,
        name: copy_name(&original.name),
        ..original.clone()
    };
    ws.criteria.insert(i + 1, copy);
    for client in &mut ws.clients {
        if let Some(&value) = client.values.get(&id) {
            Arc::make_mut(client).values.insert(new_id, value);
        }
    }
    Ok(())
}
