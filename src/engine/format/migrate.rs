//! Migrations: ordered, immutable steps that bring the `workspace` of an older
//! document up to [`CURRENT_VERSION`](super::CURRENT_VERSION), working on raw JSON before any typing.
//!
//! Version 1 is the first version ever shipped. Steps so far:
//! - v1 → v2 ([`v1_to_v2`]): every client gains `potential`, `cost_to_serve` and
//!   `relative_strength`; the workspace gains `class_rule`.
//! - v2 → v3 ([`v2_to_v3`]): the workspace gains `workshops` (competitive-analysis
//!   sessions), empty.
//! - v3 → v4 ([`v3_to_v4`]): the workspace gains `offers` (special offers), empty.
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
use serde_json::{json, Value};

/// One migration step: turns the `workspace` of version `from` into version `from + 1`.
#[derive(Clone, Copy, Debug)]
pub struct Step {
    /// The version this step reads; it writes `from + 1`.
    pub from: u32,
    /// The transformation; `Err` carries a short English reason.
    pub run: fn(Value) -> Result<Value, String>,
}

/// The production migration steps, in order of `from` (1, 2, 3 …). Append only.
pub const STEPS: &[Step] = &[
    Step {
        from: 1,
        run: v1_to_v2,
    },
    Step {
        from: 2,
        run: v2_to_v3,
    },
    Step {
        from: 3,
        run: v3_to_v4,
    },
];

/// v1 → v2 (immutable): every client gets an empty `potential`, a zero
/// `cost_to_serve` (every line `"0"`) and `relative_strength: null`; the workspace
/// gets `class_rule` = thresholds, key from 70, development from 50. Fields already
/// present are kept. Values of the wrong shape (a workspace or client that is not an
/// object, clients that are not a list) pass through unchanged, so that the type
/// check after migration reports them with their path.
pub fn v1_to_v2(mut value: Value) -> Result<Value, String> {
    let Some(ws) = value.as_object_mut() else {
        return Ok(value);
    };
    if let Some(clients) = ws.get_mut("clients").and_then(Value::as_array_mut) {
        for client in clients.iter_mut().filter_map(Value::as_object_mut) {
            client
                .entry("potential")
                .or_insert_with(|| Value::Array(Vec::new()));
            client.entry("cost_to_serve").or_insert_with(|| {
                json!({
                    "logistics": "0",
                    "transport": "0",
                    "courier": "0",
                    "manager_hours": "0",
                    "manager_rate": "0",
                    "trip_expenses": "0",
                    "accounting_hours": "0",
                    "accounting_rate": "0",
                    "discounts_bonuses": "0",
                    "average_receivables": "0",
                    "financing_rate": "0"
                })
            });
            client.entry("relative_strength").or_insert(Value::Null);
        }
    }
    ws.entry("class_rule").or_insert_with(
        || json!({ "kind": "thresholds", "key_from": "70", "development_from": "50" }),
    );
    Ok(value)
}

/// v2 → v3 (immutable): the workspace gets `workshops: []` unless it has the field.
/// A workspace that is not an object passes through unchanged (the type check after
/// migration reports it).
pub fn v2_to_v3(mut value: Value) -> Result<Value, String> {
    if let Some(ws) = value.as_object_mut() {
        ws.entry("workshops")
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    Ok(value)
}

/// v3 → v4 (immutable): the workspace gets `offers: []` unless it has the field. A
/// workspace that is not an object passes through unchanged.
pub fn v3_to_v4(mut value: Value) -> Result<Value, String> {
    if let Some(ws) = value.as_object_mut() {
        ws.entry("offers")
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    Ok(value)
}

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
    fn the_steps_are_v1_to_v2_to_v3_to_v4() {
        assert_eq!(STEPS.len(), 3);
        assert_eq!((STEPS[0].from, STEPS[1].from, STEPS[2].from), (1, 2, 3));
        assert_eq!(CURRENT_VERSION, 4);
    }

    #[test]
    fn v3_gains_an_empty_offer_list_and_keeps_one_it_has() {
        let v4 = v3_to_v4(json!({ "name": "x" })).unwrap();
        assert_eq!(v4["offers"], json!([]));
        let kept = v3_to_v4(json!({ "offers": [1] })).unwrap();
        assert_eq!(kept["offers"], json!([1]));
        for odd in [json!([]), Value::Null, json!("x")] {
            assert_eq!(v3_to_v4(odd.clone()), Ok(odd));
        }
    }

    #[test]
    fn v2_gains_an_empty_workshop_list_and_keeps_one_it_has() {
        let v3 = v2_to_v3(json!({ "name": "x" })).unwrap();
        assert_eq!(v3["workshops"], json!([]));
        let kept = v2_to_v3(json!({ "workshops": [1] })).unwrap();
        assert_eq!(kept["workshops"], json!([1]));
        for odd in [json!([]), Value::Null, json!("x")] {
            assert_eq!(v2_to_v3(odd.clone()), Ok(odd));
        }
    }

    #[test]
    fn the_current_version_passes_through_unchanged() {
        // Guards the production list: a current workspace must come out as it went in.
        let value = json!({ "name": "x", "clients": [{ "id": 1 }] });
        assert_eq!(migrate(CURRENT_VERSION, value.clone()), Ok(value));
    }

    #[test]
    fn v1_gains_the_v2_fields_with_their_defaults() {
        let v1 = json!({ "name": "x", "clients": [{ "id": 1 }, { "id": 2 }] });
        let v2 = migrate(1, v1).unwrap();
        for client in v2["clients"].as_array().unwrap() {
            assert_eq!(client["potential"], json!([]));
            assert_eq!(client["relative_strength"], Value::Null);
            let zero: crate::engine::profitability::CostToServe =
                serde_json::from_value(client["cost_to_serve"].clone()).unwrap();
            assert_eq!(zero, Default::default());
            assert_eq!(
                client["cost_to_serve"],
                serde_json::to_value(crate::engine::profitability::CostToServe::default()).unwrap()
            );
        }
        let rule: crate::engine::profile::ClassRule =
            serde_json::from_value(v2["class_rule"].clone()).unwrap();
        assert_eq!(
            rule,
            crate::engine::profile::ClassRule::default_thresholds()
        );
        assert_eq!(
            v2["class_rule"],
            serde_json::to_value(crate::engine::profile::ClassRule::default_thresholds()).unwrap()
        );
    }

    #[test]
    fn v1_to_v2_keeps_present_fields_and_wrong_shapes() {
        // Guards the type check after migration: it must still see what the user wrote.
        let v1 = json!({ "clients": [{ "relative_strength": "1.2" }, 7], "class_rule": 5 });
        let v2 = v1_to_v2(v1).unwrap();
        assert_eq!(v2["clients"][0]["relative_strength"], json!("1.2"));
        assert_eq!(v2["clients"][1], json!(7));
        assert_eq!(v2["class_rule"], json!(5));
        // A workspace without clients still gains its class rule.
        assert!(v1_to_v2(json!({})).unwrap()["class_rule"].is_object());
        for odd in [json!([]), Value::Null, json!("x")] {
            assert_eq!(v1_to_v2(odd.clone()), Ok(odd));
        }
        let map_clients = v1_to_v2(json!({ "clients": {} })).unwrap();
        assert_eq!(map_clients["clients"], json!({}));
    }
}
