//! Undo and redo: the workspaces before and after each applied action.
//!
//! The store records the workspace as it was before every accepted action; `undo`
//! swaps the current workspace with the last recorded one and keeps the current for
//! `redo`. A new action after an undo forgets the redo stack, as in every editor.

use crate::engine::model::Workspace;
use std::collections::VecDeque;

/// How many steps back undo can go by default.
pub const DEFAULT_UNDO_LIMIT: usize = 50;

/// Undo and redo stacks of whole workspaces.
#[derive(Clone, Debug)]
pub struct History {
    past: VecDeque<Workspace>,
    future: Vec<Workspace>,
    limit: usize,
}

impl Default for History {
    fn default() -> Self {
        History::new(DEFAULT_UNDO_LIMIT)
    }
}

impl History {
    /// Empty history keeping at most `limit` steps back (at least one).
    pub fn new(limit: usize) -> History {
        History {
            past: VecDeque::new(),
            future: Vec::new(),
            limit: limit.max(1),
        }
    }

    /// Records the workspace as it was before an accepted action; forgets redo.
    pub fn record(&mut self, before: Workspace) {
        if self.past.len() == self.limit {
            self.past.pop_front();
        }
        self.past.push_back(before);
        self.future.clear();
    }

    /// The workspace to go back to, given the current one (kept for redo).
    pub fn undo(&mut self, current: Workspace) -> Option<Workspace> {
        let previous = self.past.pop_back()?;
        self.future.push(current);
        Some(previous)
    }

    /// The workspace to go forward to, given the current one (kept for undo).
    pub fn redo(&mut self, current: Workspace) -> Option<Workspace> {
        let next = self.future.pop()?;
        self.past.push_back(current);
        Some(next)
    }

    /// True when there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// True when there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Forgets everything (e.g. after loading another workspace from storage).
    pub fn clear(&mut self) {
        self.past.clear();
        self.future.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(name: &str) -> Workspace {
        Workspace::empty(name, 2027)
    }

    #[test]
    fn undo_and_redo_walk_the_edits() {
        // Edits A → B → C; undo twice gives A, redo once gives B.
        let mut h = History::default();
        h.record(ws("A"));
        h.record(ws("B"));
        let current = ws("C");
        let back1 = h.undo(current).unwrap();
        assert_eq!(back1.name, "B");
        let back2 = h.undo(back1).unwrap();
        assert_eq!(back2.name, "A");
        assert!(h.undo(back2.clone()).is_none());
        let fwd = h.redo(back2).unwrap();
        assert_eq!(fwd.name, "B");
        assert!(h.can_undo() && h.can_redo());
    }

    #[test]
    fn a_new_edit_forgets_redo() {
        let mut h = History::default();
        h.record(ws("A"));
        let a = h.undo(ws("B")).unwrap();
        assert!(h.can_redo());
        h.record(a);
        assert!(!h.can_redo());
    }

    #[test]
    fn the_limit_drops_the_oldest_step() {
        // Limit 2: after recording A, B, C only B and C can be undone.
        let mut h = History::new(2);
        for n in ["A", "B", "C"] {
            h.record(ws(n));
        }
        let c = h.undo(ws("D")).unwrap();
        let b = h.undo(c).unwrap();
        assert_eq!(b.name, "B");
        assert!(h.undo(b).is_none());
    }
}
