//! Import of a client base exported from Excel or 1C as CSV, and CSV export.
//!
//! The browser side reads the file's bytes and decodes them with `TextDecoder`;
//! everything after that is here, pure and natively testable, in the order the
//! import dialog runs it:
//!
//! 1. [`guess_encoding`] tells which `TextDecoder` label to use (UTF-8 or
//!    Windows-1251, the encoding of Russian Excel's "CSV (разделители — запятые)"
//!    and of 1C exports).
//! 2. [`sniff_separator`] guesses `;`, `,` or tab; the user may override it.
//! 3. [`parse_table`] splits the text into a header and rows (quoted fields, doubled
//!    quotes, CRLF or LF, a byte-order mark), each row with its line number.
//! 4. [`suggest_mapping`] proposes a [`Target`] for every column from its header
//!    text; the user corrects it while looking at a preview of the rows.
//! 5. [`build_clients`] turns the rows into clients with fresh ids, reporting every
//!    bad cell as a [`LineProblem`] (line number and column header); a line with a
//!    problem yields no client, the other lines still import.
//!
//! [`write_csv`] writes a table for Excel (UTF-8 with a byte-order mark).
//!
//! Nothing here panics on any input: a wasm panic would kill the page.

mod build;
mod encoding;
mod mapping;
mod numbers;
mod parse;
mod problem;
mod sniff;
mod words;
mod write;

pub use build::{build_clients, CsvImport};
pub use encoding::{guess_encoding, Encoding};
pub use mapping::{suggest_mapping, Target};
pub use numbers::{column_style, parse_number, parse_rate, rate_reading, NumberStyle, RateReading};
pub use parse::{parse_table, Row, Table};
pub use problem::{LineProblem, LineProblemKind, COLUMN_CHARS, VALUE_CHARS};
pub use sniff::{sniff_separator, Separator};
pub use words::{lower_case, parse_status, parse_yes_no};
pub use write::write_csv;

/// The most data rows [`parse_table`] keeps; the rows after it are counted in
/// [`Table::dropped_rows`] but not stored, so a huge file cannot exhaust memory.
pub const MAX_ROWS: usize = 100_000;

/// The most cells [`parse_table`] keeps per row (and header); cells past it are dropped.
pub const MAX_COLUMNS: usize = 1_000;

/// The most problems [`build_clients`] keeps; [`CsvImport::problem_count`] has the total.
pub const MAX_PROBLEMS: usize = 200;
