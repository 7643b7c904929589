//! A problem found in one cell (or line) of an imported CSV file.

use crate::engine::locale::NumberError;

/// What is wrong with a cell. Kinds, not text: the UI translates them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineProblemKind {
    /// The line has data but no client name.
    EmptyName,
    /// A text is longer than `max` characters.
    TooLong {
        /// The limit in characters.
        max: usize,
    },
    /// The cell is not a number.
    Number(NumberError),
    /// Revenue below zero.
    Negative,
    /// A gross margin outside −100 %…100 %.
    MarginOutOfRange,
    /// Not a known status word (see [`super::parse_status`]).
    UnknownStatus,
    /// Not a yes/no word (see [`super::parse_yes_no`]).
    NotYesNo,
    /// The line has non-empty cells to the right of the last header column, which
    /// usually means an unquoted separator inside a name shifted the cells.
    ExtraCells {
        /// Header columns.
        expected: usize,
        /// Cells in the line, up to the last non-empty one.
        found: usize,
    },
    /// No client id is left (the workspace already uses the largest one).
    NoFreeId,
}

impl std::fmt::Display for LineProblemKind {
    /// Short English text, for logs and developers; the UI shows its own translation.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LineProblemKind::EmptyName => write!(f, "the client name is empty"),
            LineProblemKind::TooLong { max } => write!(f, "longer than {max} characters"),
            LineProblemKind::Number(e) => write!(f, "{e}"),
            LineProblemKind::Negative => write!(f, "must not be negative"),
            LineProblemKind::MarginOutOfRange => write!(f, "must be between -100 % and 100 %"),
            LineProblemKind::UnknownStatus => write!(f, "unknown status"),
            LineProblemKind::NotYesNo => write!(f, "expected yes or no"),
            LineProblemKind::ExtraCells { expected, found } => {
                write!(f, "{found} cells for {expected} columns")
            }
            LineProblemKind::NoFreeId => write!(f, "no free client id"),
        }
    }
}

/// One problem of an imported CSV file, located for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineProblem {
    /// The 1-based line of the file on which the row starts.
    pub line: usize,
    /// The header of the column, as in the file (shortened like `value` past
    /// [`COLUMN_CHARS`] characters; empty for a problem of the whole line).
    pub column: String,
    /// The cell as written, shortened to [`VALUE_CHARS`] characters with `…`.
    pub value: String,
    /// What is wrong.
    pub kind: LineProblemKind,
}

/// How many characters of a bad cell a [`LineProblem`] quotes.
pub const VALUE_CHARS: usize = 60;

/// How many characters of a column header a [`LineProblem`] quotes.
pub const COLUMN_CHARS: usize = 120;

/// `text` trimmed, cut to `max` characters and `…` if longer.
fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

impl LineProblem {
    /// A problem at `line` in `column` with the cell `value` (both shortened).
    pub fn new(line: usize, column: &str, value: &str, kind: LineProblemKind) -> LineProblem {
        LineProblem {
            line,
            column: shorten(column, COLUMN_CHARS),
            value: shorten(value, VALUE_CHARS),
            kind,
        }
    }
}

impl std::fmt::Display for LineProblem {
    /// `line 7, «Выручка» («12a»): not a number`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}", self.line)?;
        if !self.column.is_empty() {
            write!(f, ", «{}»", self.column)?;
        }
        if !self.value.is_empty() {
            write!(f, " («{}»)", self.value)?;
        }
        write!(f, ": {}", self.kind)
    }
}
