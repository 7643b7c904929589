//! Writing a table as CSV that Excel opens correctly.

use crate::engine::locale::parse_decimal;

/// Writes `headers` and `rows` as CSV separated by `sep`, for Excel: the text starts
/// with a UTF-8 byte-order mark (without it Russian Excel reads UTF-8 as Windows-1251
/// and shows mojibake) and every line ends with CRLF.
///
/// A cell is quoted, with its quotes doubled, when it contains `sep`, a quote or a line
/// break, or begins or ends with whitespace. A cell that Excel would run as a formula —
/// one beginning with `=`, `@`, a tab or a carriage return, or with `+` or `-` when it is not a number — gets
/// a leading `'` (the usual guard against formula injection from imported names);
/// numbers such as `-3,5` are written as they are. Give `sep` as `;` for Russian Excel.
pub fn write_csv(headers: &[String], rows: &[Vec<String>], sep: char) -> String {
    let mut out = String::from('\u{feff}');
    write_record(&mut out, headers, sep);
    for row in rows {
        write_record(&mut out, row, sep);
    }
    out
}

/// Appends one record and its CRLF.
fn write_record(out: &mut String, cells: &[String], sep: char) {
    if let [only] = cells {
        if only.is_empty() {
            // A bare empty line would be read back as no record at all.
            out.push_str("\"\"\r\n");
            return;
        }
    }
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        write_field(out, cell, sep);
    }
    out.push_str("\r\n");
}

/// Appends one field, guarded and quoted as [`write_csv`] describes.
fn write_field(out: &mut String, cell: &str, sep: char) {
    let guard = match cell.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => parse_decimal(cell).is_err(),
        _ => false,
    };
    let quote = cell.contains([sep, '"', '\r', '\n'])
        || cell.starts_with(char::is_whitespace)
        || cell.ends_with(char::is_whitespace);
    if quote {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    if quote {
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}
