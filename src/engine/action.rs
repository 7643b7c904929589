//! The single path of every change: an [`Action`] applied to a [`Workspace`].
//!
//! `apply` never mutates its input: it returns the new workspace, or every problem
//! found, in which case nothing changes. Undo/redo, autosave and tests all stand on
//! this one function.

use crate::engine::model::{validate, Company, Problem, Settings, Workspace};

/// A change the user asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Replace the whole workspace (reset to the demo, start empty, import a file).
    ReplaceWorkspace(Box<Workspace>),
    /// Change the workspace name, our company and the settings together (one form).
    UpdateSettings {
        /// New workspace name.
        name: String,
        /// New company data.
        company: Company,
        /// New settings.
        settings: Settings,
    },
}

/// Applies `action` to `ws`: the new workspace, or every problem that refuses it.
pub fn apply(ws: &Workspace, action: Action) -> Result<Workspace, Vec<Problem>> {
    let next = match action {
        Action::ReplaceWorkspace(new) => *new,
        Action::UpdateSettings {
            name,
            company,
            settings,
        } => Workspace {
            name,
            company,
            settings,
            ..ws.clone()
        },
    };
    let problems = validate(&next);
    if problems.is_empty() {
        Ok(next)
    } else {
        Err(problems)
    }
}
