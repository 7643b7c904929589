//! Import: a document of any supported version, read all or nothing.
//!
//! The steps are: size limit → JSON syntax → envelope header → migration → types
//! (with the path of the first mistyped field) → domain validation (every problem,
//! capped). Only a workspace that passed all of them is returned, with a preview for
//! the "what will be replaced" confirmation. No input makes this panic.

use super::envelope::{read_header, Header, RawHeader, CURRENT_VERSION};
use super::json_path::{byte_offset, path_before};
use super::migrate::migrate;
use crate::engine::model::{validate, Problem, ProblemKind, Workspace};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{Map, Value};

/// Largest document accepted, in bytes (48 MiB: a 10 000-client workspace with five
/// years of potential and cost-to-serve per client exports at ≈ 23 MB, and a user
/// must always be able to import their own export). The UI checks the file size before
/// reading it; [`import_json`] checks again.
pub const MAX_IMPORT_BYTES: usize = 48 * 1024 * 1024;

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
    let (header, workspace) = match read_current(text) {
        Some(found) => found?,
        None => read_any(text)?,
    };
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

/// The common case in one pass: a document at the current version whose workspace
/// reads without a type error. `None` sends the caller to [`read_any`], which finds
/// and reports whatever is wrong (or migrates an older version).
fn read_current(text: &str) -> Option<Result<(Header, Workspace), ImportError>> {
    #[derive(Deserialize)]
    struct Current {
        #[serde(default)]
        format: Option<String>,
        #[serde(default)]
        version: Option<u64>,
        #[serde(default)]
        exported_at: Option<String>,
        workspace: Workspace,
    }
    let doc = serde_json::from_str::<Current>(text).ok()?;
    let header = read_header(RawHeader {
        format: doc.format,
        version: doc.version,
        exported_at: doc.exported_at,
    });
    match header {
        Ok(h) if h.version == CURRENT_VERSION => Some(Ok((h, doc.workspace))),
        Ok(_) => None,
        Err(e) => Some(Err(e)),
    }
}

/// Any document: header first (syntax errors and foreign files), then the workspace
/// of the current version with the path of a mistyped field, or an older version
/// migrated step by step.
fn read_any(text: &str) -> Result<(Header, Workspace), ImportError> {
    let header = serde_json::from_str::<RawHeader>(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            ImportError::NotJson {
                line: e.line(),
                column: char_column(text, e.line(), e.column()),
            }
        } else {
            ImportError::NotOurFormat
        }
    })?;
    let header = read_header(header)?;
    let workspace = if header.version == CURRENT_VERSION {
        read_body(text)?
    } else {
        // An older document: migrate its workspace as JSON, then read the result. A
        // document without a workspace is read as it is, to report the missing field.
        let mut doc: Map<String, Value> =
            serde_json::from_str(text).map_err(|_| ImportError::NotOurFormat)?;
        match doc.remove("workspace") {
            Some(raw) => {
                doc.insert("workspace".to_owned(), migrate(header.version, raw)?);
                let migrated =
                    serde_json::to_string(&doc).map_err(|_| ImportError::NotOurFormat)?;
                read_body(&migrated)?
            }
            None => read_body(text)?,
        }
    };
    Ok((header, workspace))
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

/// Reads the `workspace` of a document at the current version; a type error becomes
/// a problem with the document path of the field (see [`type_problem`]).
fn read_body(text: &str) -> Result<Workspace, ImportError> {
    #[derive(Deserialize)]
    struct Body {
        workspace: Workspace,
    }
    serde_json::from_str::<Body>(text)
        .map(|b| b.workspace)
        .map_err(|e| type_problem(text, &e))
}

/// Turns serde's first type error into a problem with the document path of the field.
///
/// serde_json reports where it stopped; [`path_before`] names the field open there.
/// Inside an internally tagged enum (a criterion's `scale`) serde buffers the
/// content, so the error is reported at the end of the scale object. serde reports
/// a missing field at the end of the enclosing object and names it in its message;
/// the problem then points at the field itself (`workspace.clients[0].name`,
/// [`ProblemKind::MissingField`]).
fn type_problem(text: &str, err: &serde_json::Error) -> ImportError {
    let mut detail = err.to_string();
    // serde_json appends the position, which means nothing to the user: drop it.
    let position = format!(" at line {} column {}", err.line(), err.column());
    if detail.ends_with(&position) {
        detail.truncate(detail.len() - position.len());
    }
    // The last byte serde read is excluded: the open containers are those around it.
    let end = byte_offset(text, err.line(), err.column()).saturating_sub(1);
    let missing = detail
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
        .map(str::to_owned);
    let (path, kind) = match missing {
        Some(field) => {
            let parent = path_before(text, end, true);
            let path = if parent.is_empty() {
                field.clone()
            } else {
                format!("{parent}.{field}")
            };
            (path, ProblemKind::MissingField { field })
        }
        None => (
            path_before(text, end, false),
            ProblemKind::WrongType { detail },
        ),
    };
    single_problem(path, kind)
}
