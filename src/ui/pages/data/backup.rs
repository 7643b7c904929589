//! Every replacement of the workspace (import, restore, reset, new) goes through here:
//! an automatic backup first, then the replacement — or nothing.

use crate::engine::action::Action;
use crate::engine::locale::Locale;
use crate::engine::model::Workspace;
use crate::ui::i18n::{Dm, Msg};
use crate::ui::state::{Refusal, Store};
use crate::ui::storage::Persistence;

/// Why a replacement did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum NotReplaced {
    /// The backup could not be written (the browser's reason); nothing changed.
    BackupFailed(String),
    /// The store refused the workspace.
    Refused(Refusal),
}

impl NotReplaced {
    /// What to tell the user.
    pub fn text(&self, locale: Locale) -> String {
        match self {
            NotReplaced::BackupFailed(reason) => {
                Dm::BackupFailed.text(locale).to_owned() + " (" + reason + ")"
            }
            NotReplaced::Refused(_) => Msg::ReadOnlyRefused.text(locale).to_owned(),
        }
    }
}

/// Backs up the current workspace (unless `without_backup`), then replaces it by `next`.
pub async fn backup_then_replace(
    store: Store,
    p: Persistence,
    next: Workspace,
    without_backup: bool,
) -> Result<(), NotReplaced> {
    if !without_backup {
        p.backup().await.map_err(NotReplaced::BackupFailed)?;
    }
    store
        .dispatch(Action::ReplaceWorkspace(Box::new(next)))
        .map_err(NotReplaced::Refused)
}
