//! Import: a document of any supported version, read all or nothing.
//!
//! The steps are: size limit → JSON syntax → envelope header → migration → types
//! (with the path of the first mistyped field) → domain validation (every problem,
//! capped). Only a workspace that passed all of them is returned, with a preview for
//! the "what will be replaced" confirmation. No input makes this panic.

use super::envelope::read_header;
use super::migrate::migrate;
use crate::engine::model::{validate, Problem, ProblemKind, Workspace};
use chrono::{DateTime, Utc};
use serde_json::Value;

/// Largest document accepted, in bytes (20 MiB). The UI checks the file size before
/// reading it; [`import_json`] checks again.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

/// Most problems returned by [`import_json`]; the total is reported alongside.
pub const MAX_PROBLEMS: usize = 50;

/// How many client names a [`Preview`] lists.
const PREVIEW_CLIENTS: usize = 5;

/// Why a document was refused. The UI translates each variant for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The document is larger than the import limit.
    TooLarge {
        /// Size of the document in bytes.
        bytes: usize,
        /// The limit, [`MAX_IMPORT_BYTES`].
        max: usize,
    },
    /// The text is not JSON; the position of the first syntax error (1-based).
    NotJson {
        /// Line of the error, from 1.
        line: usize,
        /// Column of the error in characters (as editors count), from 1; 0 when the
        /// error is at the very start of the line (e.g. an empty file).
        column: usize,
    },
    /// JSON, but not a KAM Studio workspace document (no or wrong `format`, or no
    /// positive integer `version`).
    NotOurFormat,
    /// Written by a newer KAM Studio, in a version this build cannot read.
    TooNew {
        /// The version found in the document.
        found: u64,
        /// The newest version this build reads, [`super::CURRENT_VERSION`].
        newest: u32,
    },
    /// A migration step could not upgrade the document.
    MigrationFailed {
        /// The version that could not be upgraded to the next one.
        from: u32,
        /// What went wrong, in English.
        reason: String,
    },
    /// The workspace has wrong types or breaks the domain rules. Paths are relative
    /// to the document (`workspace.clients[3].revenue`).
    Problems {
        /// The first [`MAX_PROBLEMS`] problems at most.
        problems: Vec<Problem>,
        /// How many problems there are in all.
        total: usize,
    },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge { bytes, max } => {
                write!(
                    f,
                    "the file has {bytes} bytes; at most {max} can be imported"
                )
            }
            ImportError::NotJson { line, column } => {
                write!(f, "not a JSON file: error at line {line}, column {column}")
            }
            ImportError::NotOurFormat => write!(f, "not a KAM Studio workspace file"),
            ImportError::TooNew { found, newest } => write!(
                f,
                "the file has format version {found}, this app reads versions up to \
                 {newest}: update the app"
            ),
            ImportError::MigrationFailed { from, reason } => {
                write!(f, "cannot upgrade the file from version {from}: {reason}")
            }
            ImportError::Problems { problems, total } => {
                write!(f, "{total} problem(s) in the workspace")?;
                if let Some(first) = problems.first() {
                    write!(f, ", first: {first}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// A short summary of a workspace, shown before an import replaces the current one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    /// Workspace name.
    pub name: String,
    /// Our company's name.
    pub company: String,
    /// Number of clients.
    pub clients: usize,
    /// Number of profile criteria.
    pub criteria: usize,
    /// Number of competitors.
    pub competitors: usize,
    /// Names of the first five clients, in workspace order.
    pub client_names: Vec<String>,
}

/// The summary of `ws`: for the imported file and for the workspace it replaces.
pub fn preview(ws: &Workspace) -> Preview {
    Preview {
        name: ws.name.clone(),
        company: ws.company.name.clone(),
        clients: ws.clients.len(),
        criteria: ws.criteria.len(),
        competitors: ws.competitors.len(),
        client_names: ws
            .clients
            .iter()
            .take(PREVIEW_CLIENTS)
            .map(|c| c.name.clone())
            .collect(),
    }
}

/// A document that passed every check.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The workspace, valid and at the current version.
    pub workspace: Workspace,
    /// The version the document was written in (before migration).
    pub version_read: u32,
    /// When the document says it was exported, if it says so.
    pub exported_at: Option<DateTime<Utc>>,
    /// Summary for the confirmation dialog.
    pub preview: Preview,
}

/// Reads a workspace document of any supported version, all or nothing.
///
/// A leading UTF-8 byte-order mark (added by some Windows editors) is ignored.
/// Unknown fields are ignored; missing optional fields (`values`, `gate`, `note`)
/// take their defaults. See [`ImportError`] for every refusal.
pub fn import_json(text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            max: MAX_IMPORT_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: char_column(text, e.line(), e.column()),
    })?;
    let Value::Object(mut doc) = doc else {
        return Err(ImportError::NotOurFormat);
    };
    let header = read_header(&doc)?;
    let Some(raw) = doc.remove("workspace") else {
        return Err(single_problem(
            "workspace",
            ProblemKind::MissingField {
                field: "workspace".to_owned(),
            },
        ));
    };
    let raw = migrate(header.version, raw)?;
    let workspace: Workspace = serde_path_to_error::deserialize(raw).map_err(type_problem)?;

    let problems = validate(&workspace);
    if !problems.is_empty() {
        let total = problems.len();
        let problems = problems
            .into_iter()
            .take(MAX_PROBLEMS)
            .map(|p| Problem {
                path: format!("workspace.{}", p.path),
                kind: p.kind,
            })
            .collect();
        return Err(ImportError::Problems { problems, total });
    }
    Ok(Imported {
        preview: preview(&workspace),
        workspace,
        version_read: header.version,
        exported_at: header.exported_at,
    })
}

/// serde_json counts columns in bytes; editors count characters. Turns the 1-based
/// byte column of the last byte read on `line` into the 1-based character column.
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    match text.split('\n').nth(line.saturating_sub(1)) {
        Some(l) => l
            .char_indices()
            .take_while(|&(i, _)| i < byte_column)
            .count(),
        None => byte_column,
    }
}

/// [`ImportError::Problems`] with one problem.
fn single_problem(path: impl Into<String>, kind: ProblemKind) -> ImportError {
    ImportError::Problems {
        problems: vec![Problem {
            path: path.into(),
            kind,
        }],
        total: 1,
    }
}

/// Turns serde's first type error into a problem with the document path of the field.
///
/// Inside an internally tagged enum (a criterion's `scale`) serde buffers the
/// content, so the path stops at the enum (`workspace.criteria[1].scale`).
/// serde reports a missing field at the enclosing object and names it in its
/// message; the problem then points at the field itself
/// (`workspace.clients[0].name`, [`ProblemKind::MissingField`]).
fn type_problem(err: serde_path_to_error::Error<serde_json::Error>) -> ImportError {
    let mut path = String::from("workspace");
    for segment in err.path() {
        push_segment(&mut path, segment);
    }
    let inner = err.inner();
    let mut detail = inner.to_string();
    // A map key is parsed by a nested deserializer that appends its own position
    // ("… at line 1 column 2"), which means nothing to the user: drop it.
    let position = format!(" at line {} column {}", inner.line(), inner.column());
    if inner.line() > 0 && detail.ends_with(&position) {
        detail.truncate(detail.len() - position.len());
    }
    let missing = detail
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'));
    let kind = match missing {
        Some(field) => {
            path.push('.');
            path.push_str(field);
            ProblemKind::MissingField {
                field: field.to_owned(),
            }
        }
        None => ProblemKind::WrongType { detail },
    };
    single_problem(path, kind)
}

/// Appends one segment in the style of `validate()`: `.field`, `[index]`, and
/// `[id]` for the numeric keys of criterion values.
fn push_segment(path: &mut String, segment: &serde_path_to_error::Segment) {
    use serde_path_to_error::Segment;
    match segment {
        Segment::Seq { index } => path.push_str(&format!("[{index}]")),
        Segment::Map { key } if key.parse::<i64>().is_ok() => path.push_str(&format!("[{key}]")),
        Segment::Map { key } | Segment::Enum { variant: key } => {
            path.push('.');
            path.push_str(key);
        }
        Segment::Unknown => path.push_str(".?"),
    }
}
