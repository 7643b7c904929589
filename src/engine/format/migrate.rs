//! Migrations: ordered, immutable steps that bring the `workspace` of an older
//! document up to [`CURRENT_VERSION`](super::CURRENT_VERSION), working on raw JSON before any typing.
//!
//! Version 1 is the first version ever shipped, so [`STEPS`] is empty today.
//!
//! # Adding a step (when the workspace shape changes incompatibly)
//! 1. Bump [`CURRENT_VERSION`](super::CURRENT_VERSION) to N + 1.
//! 2. Append `Step { from: N, run: v_n_to_v_n1 }` at the end of [`STEPS`]; the
//!    function takes the version-N `workspace` value and returns the version-(N+1)
//!    one, or a short English reason why it cannot.
//! 3. Add `tests/fixtures/workspace-v(N+1).json` written by the new build, and keep
//!    every older fixture: each must still load (tests/format.rs).
//! 4. Never edit or remove an old step: files written by old builds exist on users'
//!    disks and are migrated by exactly those steps, in order. A step works on
//!    `serde_json::Value` (not on today's Rust types) so it keeps compiling and
//!    meaning the same thing however the model changes later.

use super::ImportError;
use serde_json::Value;

/// One migration step: turns the `workspace` of version `from` into version `from + 1`.
#[derive(Clone, Copy, Debug)]
pub struct Step {
    /// The version this step reads; it writes `from + 1`.
    pub from: u32,
    /// The transformation; `Err` carries a short English reason.
    pub run: fn(Value) -> Result<Value, String>,
}

/// The production migration steps, in order of `from` (1, 2, 3 …). Empty while
/// [`CURRENT_VERSION`](super::CURRENT_VERSION) is 1.
pub const STEPS: &[Step] = &[];

/// Brings a `workspace` value written in `doc_version` up to [`CURRENT_VERSION`](super::CURRENT_VERSION)
/// with the production [`STEPS`].
pub fn migrate(doc_version: u32, value: Value) -> Result<Value, ImportError> {
    migrate_with(STEPS, doc_version, value)
}

/// Applies, in order, every step of `steps` from `doc_version` on: the step with
/// `from == doc_version`, then `doc_version + 1`, and so on to the end of the list.
///
/// `steps` must be sorted by `from` without gaps; a gap or a disorder from
/// `doc_version` on, or a failing step, is [`ImportError::MigrationFailed`] naming
/// the version that could not be upgraded. A document at or past the last step's
/// target passes through unchanged.
pub fn migrate_with(steps: &[Step], doc_version: u32, value: Value) -> Result<Value, ImportError> {
    let mut version = doc_version;
    let mut value = value;
    for step in steps.iter().skip_while(|s| s.from < doc_version) {
        if step.from != version {
            return Err(ImportError::MigrationFailed {
                from: version,
                reason: format!("no migration step from version {version}"),
            });
        }
        value = (step.run)(value).map_err(|reason| ImportError::MigrationFailed {
            from: version,
            reason,
        })?;
        version = version.saturating_add(1);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::format::CURRENT_VERSION;

    #[test]
    fn production_steps_are_contiguous_and_reach_the_current_version() {
        // Guards against a step appended without bumping CURRENT_VERSION (or the
        // reverse), and against a gap or a reordering in the production list.
        for (i, step) in STEPS.iter().enumerate() {
            assert_eq!(step.from, i as u32 + 1, "step #{i}");
        }
        assert_eq!(STEPS.len() as u32 + 1, CURRENT_VERSION);
    }

    #[test]
    fn the_current_version_passes_through_unchanged() {
        // Guards the empty production list: a v1 workspace must come out as it went in.
        let value = serde_json::json!({ "name": "x" });
        assert_eq!(migrate(CURRENT_VERSION, value.clone()), Ok(value));
    }
}
