//! Guessing the field separator of a CSV file.

use super::parse::for_each_record;
use std::ops::ControlFlow;

/// The character between the fields of a CSV file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Separator {
    /// `;`: Excel in Russian (and other decimal-comma) locales, 1C.
    #[default]
    Semicolon,
    /// `,`: Excel in English locales, Google Sheets, most other programs.
    Comma,
    /// A tab: text copied from a spreadsheet, Excel's "Unicode text".
    Tab,
}

impl Separator {
    /// Every separator, in the order [`sniff_separator`] prefers them on a tie.
    pub const ALL: [Separator; 3] = [Separator::Semicolon, Separator::Tab, Separator::Comma];

    /// The separator as a character.
    pub fn as_char(self) -> char {
        match self {
            Separator::Semicolon => ';',
            Separator::Comma => ',',
            Separator::Tab => '\t',
        }
    }

    /// The separator as a byte.
    pub fn byte(self) -> u8 {
        self.as_char() as u8
    }

    /// The separator written as `c`, if it is one of the three.
    pub fn from_char(c: char) -> Option<Separator> {
        Separator::ALL.into_iter().find(|s| s.as_char() == c)
    }
}

/// How many records of the file [`sniff_separator`] looks at (the header included).
const SNIFF_RECORDS: usize = 30;

/// Guesses the separator of CSV `text`: the one that splits the header into at least
/// two cells and the most of the next rows (up to 29) into as many cells as the
/// header. On a tie the order is `;`, tab, `,` (Russian Excel writes `;` and a decimal
/// comma, so a file with both characters is more likely `;`-separated). A file with a
/// single column gives `;`. Quoted fields are respected. Never fails.
///
/// Example: `Клиент;Выручка\nА;1 234,5` gives `;`: split by `;` both lines have two
/// cells, split by `,` the header has one.
pub fn sniff_separator(text: &str) -> Separator {
    let mut best = (Separator::default(), 0, 0);
    for separator in Separator::ALL {
        let (matching, total) = consistency(text, separator);
        let better = match (matching, total, best.1, best.2) {
            (_, 0, _, _) => false,
            (_, _, _, 0) => true,
            // matching / total > best_matching / best_total, without division.
            (m, t, bm, bt) => m * bt > bm * t,
        };
        if better {
            best = (separator, matching, total);
        }
    }
    best.0
}

/// For `separator`: how many of the first rows after the header have as many cells as
/// the header, and out of how many rows, counting the header itself as one matching
/// row (so a header-only file still counts). `(0, 0)` when the header has fewer than
/// two cells.
fn consistency(text: &str, separator: Separator) -> (usize, usize) {
    let mut header = None;
    let (mut matching, mut total) = (0, 0);
    let mut seen = 0;
    for_each_record(text, separator, |_, cells| {
        seen += 1;
        if cells.iter().all(|c| c.trim().is_empty()) {
            // Blank rows (`;;;`) say nothing about the separator.
        } else if let Some(width) = header {
            total += 1;
            if cells.len() == width {
                matching += 1;
            }
        } else {
            header = Some(cells.len());
            (matching, total) = (1, 1);
        }
        if seen >= SNIFF_RECORDS {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    match header {
        Some(width) if width >= 2 => (matching, total),
        _ => (0, 0),
    }
}
