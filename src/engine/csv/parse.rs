//! Splitting CSV text into a header and rows, with `csv-core` (RFC 4180 quoting).

use super::sniff::Separator;
use super::{MAX_COLUMNS, MAX_ROWS};
use csv_core::{ReadRecordResult, ReaderBuilder};
use std::ops::ControlFlow;

/// One data row of a CSV file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The 1-based line of the file on which the row starts (the header is usually
    /// line 1; a quoted field with line breaks makes a row span several lines).
    pub line: usize,
    /// The cells as written, quotes removed; a row may have fewer or more cells than
    /// the header.
    pub cells: Vec<String>,
}

/// A CSV file split into its header and rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The separator the table was split with.
    pub separator: Separator,
    /// The header cells (the first line that is not blank), trimmed.
    pub headers: Vec<String>,
    /// The data rows, at most [`MAX_ROWS`]; rows whose cells are all blank are left out.
    pub rows: Vec<Row>,
    /// How many data rows came after the first [`MAX_ROWS`] and were not kept.
    pub dropped_rows: usize,
}

/// Splits CSV `text` (already decoded) into a [`Table`], with the separator given
/// (from [`super::sniff_separator`] or chosen by the user).
///
/// Fields may be quoted with `"`, a quote inside a quoted field is doubled (`""`),
/// and quoted fields may hold separators and line breaks. Lines end with CRLF, LF or
/// CR; blank lines (and a trailing one) are skipped; a leading byte-order mark is
/// stripped. The first record that is not blank is the header. Rows whose cells are
/// all blank (`;;;`, as Excel writes below a table) are left out. Cells are kept as
/// written (quotes removed, not trimmed); header cells are trimmed. Never fails:
/// malformed quoting is read the way `csv-core` reads it (a stray quote is kept).
pub fn parse_table(text: &str, separator: Separator) -> Table {
    let mut table = Table {
        separator,
        ..Table::default()
    };
    let mut have_header = false;
    for_each_record(text, separator, |line, cells| {
        if cells.iter().all(|c| c.trim().is_empty()) {
            return ControlFlow::Continue(());
        }
        if !have_header {
            table.headers = cells.iter().map(|c| c.trim().to_owned()).collect();
            have_header = true;
        } else if table.rows.len() < MAX_ROWS {
            table.rows.push(Row { line, cells });
        } else {
            table.dropped_rows += 1;
        }
        ControlFlow::Continue(())
    });
    table
}

/// Calls `f` with the starting line and the cells (at most [`MAX_COLUMNS`]) of every
/// record of `text` until `f` breaks. Memory stays within a small multiple of the
/// longest record.
pub(super) fn for_each_record(
    text: &str,
    separator: Separator,
    mut f: impl FnMut(usize, Vec<String>) -> ControlFlow<()>,
) {
    let input = text.strip_prefix('\u{feff}').unwrap_or(text).as_bytes();
    let mut reader = ReaderBuilder::new().delimiter(separator.byte()).build();
    let mut lines = LineCounter::default();
    let mut out = vec![0u8; 1024];
    let mut ends = vec![0usize; 32];
    let (mut pos, mut nout, mut nend) = (0, 0, 0);
    let mut start: Option<usize> = None;
    loop {
        let rest = input.get(pos..).unwrap_or_default();
        if start.is_none() {
            // The record begins after the blank lines the reader skips.
            let blank = rest
                .iter()
                .take_while(|&&b| b == b'\r' || b == b'\n')
                .count();
            start = Some(pos + blank);
        }
        let (result, nin, o, e) = reader.read_record(
            rest,
            out.get_mut(nout..).unwrap_or_default(),
            ends.get_mut(nend..).unwrap_or_default(),
        );
        pos += nin;
        nout += o;
        nend += e;
        match result {
            ReadRecordResult::InputEmpty => {
                if nin == 0 && !rest.is_empty() {
                    return; // Cannot happen with csv-core; guards against a busy loop.
                }
            }
            ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
            ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
            ReadRecordResult::Record => {
                let line = lines.line_at(input, start.take().unwrap_or(pos));
                let cells = cells(&out[..nout], &ends[..nend]);
                (nout, nend) = (0, 0);
                if f(line, cells).is_break() {
                    return;
                }
            }
            ReadRecordResult::End => return,
        }
    }
}

/// The fields of one record: `out` holds them back to back, `ends` their end offsets.
fn cells(out: &[u8], ends: &[usize]) -> Vec<String> {
    let mut from = 0;
    ends.iter()
        .take(MAX_COLUMNS)
        .map(|&end| {
            let field = out.get(from..end).unwrap_or_default();
            from = end;
            // Fields are cut at ASCII bytes of valid UTF-8, so this never replaces.
            String::from_utf8_lossy(field).into_owned()
        })
        .collect()
}

/// Turns byte offsets into 1-based line numbers, counting forward only.
#[derive(Default)]
struct LineCounter {
    /// Offset up to which line ends have been counted.
    counted: usize,
    /// Line ends before `counted`.
    ends: usize,
}

impl LineCounter {
    /// The line on which the byte at `offset` (not before the previous offset) stands.
    /// A line ends with LF, CRLF or a lone CR.
    fn line_at(&mut self, input: &[u8], offset: usize) -> usize {
        let offset = offset.min(input.len());
        for i in self.counted..offset {
            match input[i] {
                b'\n' => self.ends += 1,
                b'\r' if input.get(i + 1) != Some(&b'\n') => self.ends += 1,
                _ => {}
            }
        }
        self.counted = self.counted.max(offset);
        self.ends + 1
    }
}
