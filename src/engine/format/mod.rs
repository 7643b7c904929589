//! The file format of KAM Studio: a versioned JSON envelope around the workspace,
//! its migrations, and import/export.
//!
//! Every stored or exported document looks like
//! `{"format": "kam-studio/workspace", "version": 1, "exported_at": …, "app": …,
//! "workspace": {…}}`. Export writes the current version; import reads any past
//! version, migrates it step by step, checks types and then the domain rules, and
//! hands back the workspace only when all of that succeeded (all or nothing).

mod envelope;
mod export;
mod import;
pub mod iso;
mod json_path;
mod migrate;
mod stored;

pub use envelope::{APP, CURRENT_VERSION, FORMAT};
pub use export::{export_file_name, export_json};
pub use import::{
    import_json, preview, ImportError, Imported, Preview, MAX_IMPORT_BYTES, MAX_PROBLEMS,
};
pub use migrate::{migrate, migrate_with, Step, STEPS};
pub use stored::{assemble, bucket_json, client_json, header_json, BUCKET};
