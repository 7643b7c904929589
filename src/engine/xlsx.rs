//! A table as an Excel workbook (`.xlsx`, Office Open XML): one sheet, a bold header
//! row that stays in view, numbers as numbers, text as inline strings, columns as
//! wide as their longest cell. The package is a zip file (the `zip` crate) whose
//! parts are stored uncompressed: the files are small, and no compressor is linked.
//!
//! Text written as an inline string is never run as a formula, so the CSV export's
//! guard against formula injection is not needed here.

use super::xml::escape_xml as escape;
use rust_decimal::Decimal;
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

/// One cell of the table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text (an inline string).
    Text(String),
    /// A number, written with all its decimals.
    Number(Decimal),
    /// Nothing.
    Blank,
}

/// The workbook could not be written (the zip writer failed; not expected in memory).
#[derive(Debug, thiserror::Error)]
#[error("the workbook could not be written: {0}")]
pub struct XlsxError(String);

/// The date stamped on the package's parts, `(year, month, day)`.
pub type Date = (u16, u8, u8);

const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The workbook with sheet `sheet` (its name made valid: see [`sheet_name`]) holding
/// `headers` in bold on the first row, frozen, then `rows`; its parts dated `date`.
pub fn write_xlsx(
    sheet: &str,
    headers: &[String],
    rows: &[Vec<Cell>],
    date: Date,
) -> Result<Vec<u8>, XlsxError> {
    let fail = |e: &dyn std::fmt::Display| XlsxError(e.to_string());
    let when =
        zip::DateTime::from_date_and_time(date.0, date.1, date.2, 0, 0, 0).unwrap_or_default();
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(when);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let parts = [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_rels()),
        ("xl/workbook.xml", workbook(sheet)),
        ("xl/_rels/workbook.xml.rels", workbook_rels()),
        ("xl/styles.xml", styles()),
        ("xl/worksheets/sheet1.xml", worksheet(headers, rows)),
    ];
    for (name, xml) in parts {
        zip.start_file(name, options).map_err(|e| fail(&e))?;
        zip.write_all(xml.as_bytes()).map_err(|e| fail(&e))?;
    }
    let out = zip.finish().map_err(|e| fail(&e))?;
    Ok(out.into_inner())
}

fn content_types() -> String {
    let sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    format!(
        "{HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Override PartName=\"/xl/workbook.xml\" ContentType=\"{sheet}.sheet.main+xml\"/>\
         <Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"{sheet}.worksheet+xml\"/>\
         <Override PartName=\"/xl/styles.xml\" ContentType=\"{sheet}.styles+xml\"/>\
         </Types>"
    )
}

fn package_rels() -> String {
    format!(
        "{HEAD}<Relationships xmlns=\"{REL_NS}\">\
         <Relationship Id=\"rId1\" Type=\"{DOC_REL}/officeDocument\" Target=\"xl/workbook.xml\"/>\
         </Relationships>"
    )
}

fn workbook(sheet: &str) -> String {
    let mut name = String::new();
    escape(&mut name, &sheet_name(sheet));
    format!(
        "{HEAD}<workbook xmlns=\"{MAIN_NS}\" xmlns:r=\"{DOC_REL}\">\
         <sheets><sheet name=\"{name}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
    )
}

fn workbook_rels() -> String {
    format!(
        "{HEAD}<Relationships xmlns=\"{REL_NS}\">\
         <Relationship Id=\"rId1\" Type=\"{DOC_REL}/worksheet\" Target=\"worksheets/sheet1.xml\"/>\
         <Relationship Id=\"rId2\" Type=\"{DOC_REL}/styles\" Target=\"styles.xml\"/>\
         </Relationships>"
    )
}

/// Two cell formats: 0 the default, 1 bold (the header).
fn styles() -> String {
    format!(
        "{HEAD}<styleSheet xmlns=\"{MAIN_NS}\">\
         <fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>\
         <font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>\
         <fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>\
         <fill><patternFill patternType=\"gray125\"/></fill></fills>\
         <borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
         <cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>\
         <cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>\
         <xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>\
         <cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>\
         </styleSheet>"
    )
}

/// The sheet: the frozen header row, the column widths, the cells.
fn worksheet(headers: &[String], rows: &[Vec<Cell>]) -> String {
    let mut x = format!(
        "{HEAD}<worksheet xmlns=\"{MAIN_NS}\"><sheetViews><sheetView workbookViewId=\"0\">\
         <pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>\
         </sheetView></sheetViews>"
    );
    let widths = column_widths(headers, rows);
    if !widths.is_empty() {
        x.push_str("<cols>");
        for (i, w) in widths.iter().enumerate() {
            let n = i + 1;
            x += &format!("<col min=\"{n}\" max=\"{n}\" width=\"{w}\" customWidth=\"1\"/>");
        }
        x.push_str("</cols>");
    }
    x.push_str("<sheetData>");
    let header: Vec<Cell> = headers.iter().cloned().map(Cell::Text).collect();
    for (r, (row, style)) in std::iter::once((&header, 1))
        .chain(rows.iter().map(|row| (row, 0)))
        .enumerate()
    {
        let r = r + 1;
        x += &format!("<row r=\"{r}\">");
        for (c, cell) in row.iter().enumerate() {
            let at = column_name(c) + &r.to_string();
            let s = if style == 1 { " s=\"1\"" } else { "" };
            match cell {
                Cell::Blank => {}
                Cell::Number(v) => {
                    x += &format!("<c r=\"{at}\"{s}><v>{}</v></c>", v.normalize());
                }
                Cell::Text(t) => {
                    let keep =
                        t.starts_with(char::is_whitespace) || t.ends_with(char::is_whitespace);
                    let space = if keep { " xml:space=\"preserve\"" } else { "" };
                    x += &format!("<c r=\"{at}\"{s} t=\"inlineStr\"><is><t{space}>");
                    escape(&mut x, t);
                    x.push_str("</t></is></c>");
                }
            }
        }
        x.push_str("</row>");
    }
    x.push_str("</sheetData></worksheet>");
    x
}

/// A column's width in characters: its longest cell plus 2, between 6 and 60 (the
/// header counts; a number counts as written).
fn column_widths(headers: &[String], rows: &[Vec<Cell>]) -> Vec<usize> {
    let columns = rows.iter().map(Vec::len).chain([headers.len()]).max();
    let mut widths = vec![0; columns.unwrap_or(0)];
    let cells = headers
        .iter()
        .map(|h| h.chars().count())
        .enumerate()
        .chain(rows.iter().flat_map(|row| {
            row.iter().enumerate().map(|(i, cell)| {
                let n = match cell {
                    Cell::Text(t) => t.chars().count(),
                    Cell::Number(v) => v.normalize().to_string().len(),
                    Cell::Blank => 0,
                };
                (i, n)
            })
        }));
    for (i, n) in cells {
        widths[i] = widths[i].max(n);
    }
    widths.into_iter().map(|n| (n + 2).clamp(6, 60)).collect()
}

/// The letters of the 0-based column `i`: A … Z, AA … AZ, BA, …
pub fn column_name(i: usize) -> String {
    let mut n = i + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.iter().rev().map(|&b| char::from(b)).collect()
}

/// A valid sheet name: at most 31 characters, none of `[ ] : * ? / \`, not empty
/// (then «Sheet1»).
pub fn sheet_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    let clean = clean.trim();
    if clean.is_empty() {
        "Sheet1".to_owned()
    } else {
        clean.to_owned()
    }
}
