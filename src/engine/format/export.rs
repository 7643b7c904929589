//! Export: the workspace as a compact document in the current envelope, and
//! a safe file name for it.

use super::envelope::Envelope;
use crate::engine::model::Workspace;
use chrono::{DateTime, NaiveDate, Utc};

/// Longest part of an export file name taken from the workspace name, in characters.
const MAX_NAME_CHARS: usize = 60;

/// The name used when the workspace name has no letter or digit at all.
const FALLBACK_NAME: &str = "kam-studio";

/// The workspace as a document of the current format version, compact JSON.
///
/// Compact, not pretty-printed: the same text is the IndexedDB record written on
/// every save, and for a 10 000-client workspace pretty-printing nearly doubled the
/// save time (167 ms against 92 ms, docs/performance.md).
///
/// Field order is stable (envelope fields, then the workspace fields in declaration
/// order; criterion values are keyed maps sorted by id), so two exports of the same
/// workspace at the same time are byte-identical and diff well. `exported_at` is
/// passed in by the caller (the engine has no clock) and written as RFC 3339 UTC
/// with whole seconds, or `null`.
pub fn export_json(ws: &Workspace, exported_at: Option<DateTime<Utc>>) -> String {
    let envelope = Envelope::new(ws, exported_at);
    // Serialising plain structs, strings, decimals and string-keyed maps cannot fail;
    // the fallback only keeps this function total.
    serde_json::to_string(&envelope)
        .unwrap_or_else(|e| serde_json::json!({ "error": e.to_string() }).to_string())
}

/// The file name of an export: `<workspace name>-<YYYY-MM-DD>.json`.
///
/// Letters and digits of any script are kept; every run of anything else (spaces,
/// punctuation, quotes «», path characters `:/\?*<>|`) becomes one `-`; dashes at
/// both ends are trimmed; the name part is capped at 60 characters and falls back
/// to `kam-studio` when nothing is left. «Демо: СтройРесурс» on 22 November 2026 is
/// `Демо-СтройРесурс-2026-11-22.json`.
pub fn export_file_name(workspace_name: &str, date: NaiveDate) -> String {
    let mut name = String::new();
    let mut pending_dash = false;
    for ch in workspace_name.chars() {
        if ch.is_alphanumeric() {
            if pending_dash && !name.is_empty() {
                name.push('-');
            }
            pending_dash = false;
            name.push(ch);
        } else {
            pending_dash = true;
        }
    }
    let capped: String = name.chars().take(MAX_NAME_CHARS).collect();
    let stem = capped.trim_end_matches('-');
    let stem = if stem.is_empty() { FALLBACK_NAME } else { stem };
    format!("{stem}-{date}.json")
}
