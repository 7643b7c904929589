//! The versioned envelope around a workspace: its header fields, written on export
//! and checked first on import.

use super::iso::parse_instant;
use super::ImportError;
use crate::engine::model::Workspace;
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

/// The `format` tag of every KAM Studio workspace document.
pub const FORMAT: &str = "kam-studio/workspace";

/// The version written by this build. Bump it only together with a new migration
/// step (see the `migrate` module).
pub const CURRENT_VERSION: u32 = 4;

/// The `app` field written on export: the program and its crate version.
pub const APP: &str = concat!("kam-studio ", env!("CARGO_PKG_VERSION"));

/// The document as it is written: the field order here is the order in the file.
#[derive(Serialize)]
pub(super) struct Envelope<'a> {
    pub format: &'static str,
    pub version: u32,
    pub exported_at: Option<String>,
    pub app: &'static str,
    pub workspace: &'a Workspace,
}

impl<'a> Envelope<'a> {
    /// The envelope of `ws` at the current version.
    pub fn new(ws: &'a Workspace, exported_at: Option<DateTime<Utc>>) -> Envelope<'a> {
        Envelope {
            format: FORMAT,
            version: CURRENT_VERSION,
            exported_at: exported_at.map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true)),
            app: APP,
            workspace: ws,
        }
    }
}

/// What the header of a document says, once it has been recognised as ours.
#[derive(Debug)]
pub(super) struct Header {
    /// The format version the document was written in (1 ≤ version ≤ current).
    pub version: u32,
    /// When it was exported, if it says so in RFC 3339.
    pub exported_at: Option<DateTime<Utc>>,
}

/// The header fields as found in a document; a field of the wrong type makes the
/// document unreadable as ours (the caller reports [`ImportError::NotOurFormat`]).
#[derive(Deserialize)]
pub(super) struct RawHeader {
    #[serde(default)]
    pub format: Option<String>,
    #[serde(default)]
    pub version: Option<u64>,
    #[serde(default)]
    pub exported_at: Option<String>,
}

/// Checks `format` and `version` of a document's header.
///
/// Anything that is not tagged with [`FORMAT`] and a positive integer version is
/// [`ImportError::NotOurFormat`]; a version above [`CURRENT_VERSION`] is
/// [`ImportError::TooNew`]. An unreadable `exported_at` is only metadata and reads as
/// `None` rather than refusing the user's data.
pub(super) fn read_header(raw: RawHeader) -> Result<Header, ImportError> {
    if raw.format.as_deref() != Some(FORMAT) {
        return Err(ImportError::NotOurFormat);
    }
    let found = match raw.version {
        Some(v) if v > 0 => v,
        _ => return Err(ImportError::NotOurFormat),
    };
    let version = match u32::try_from(found) {
        Ok(v) if v <= CURRENT_VERSION => v,
        _ => {
            return Err(ImportError::TooNew {
                found,
                newest: CURRENT_VERSION,
            })
        }
    };
    let exported_at = raw.exported_at.and_then(|s| parse_instant(&s));
    Ok(Header {
        version,
        exported_at,
    })
}
