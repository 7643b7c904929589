//! The Excel workbook of a table, read back with the zip crate; the expected XML is
//! written out by hand.

use kam_studio::engine::xlsx::{column_name, sheet_name, write_xlsx, Cell};
use rust_decimal::Decimal;
use std::io::{Cursor, Read};
use std::str::FromStr;

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut file = zip.by_name(name).unwrap();
    let mut text = String::new();
    file.read_to_string(&mut text).unwrap();
    text
}

const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

#[test]
fn a_small_table_becomes_the_parts_of_a_workbook() {
    let headers = vec!["Клиент".to_owned(), "Балл".to_owned()];
    let rows = vec![
        vec![Cell::Text("A & B".to_owned()), Cell::Number(dec("81.940"))],
        vec![Cell::Text(" x".to_owned()), Cell::Blank],
    ];
    let bytes = write_xlsx("Рейтинг: март/2026", &headers, &rows, (2026, 11, 23)).unwrap();
    assert_eq!(&bytes[..4], b"PK\x03\x04");
    let mut zip = zip::ZipArchive::new(Cursor::new(&bytes[..])).unwrap();
    let names: Vec<String> = zip.file_names().map(str::to_owned).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/_rels/workbook.xml.rels",
            "xl/styles.xml",
            "xl/workbook.xml",
            "xl/worksheets/sheet1.xml",
        ]
    );
    for name in &names {
        let file = zip.by_name(name).unwrap();
        assert_eq!(file.compression(), zip::CompressionMethod::Stored);
        let t = file.last_modified().unwrap();
        assert_eq!((t.year(), t.month(), t.day()), (2026, 11, 23));
    }
    // Widths: «Клиент» 6 characters (longer than «A & B» 5 and « x» 2) + 2 = 8;
    // «81.94» 5 characters (longer than «Балл» 4) + 2 = 7. The number loses its
    // trailing zero; the text with a leading space keeps it.
    let sheet = format!(
        "{HEAD}<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
         <sheetViews><sheetView workbookViewId=\"0\">\
         <pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>\
         </sheetView></sheetViews>\
         <cols><col min=\"1\" max=\"1\" width=\"8\" customWidth=\"1\"/>\
         <col min=\"2\" max=\"2\" width=\"7\" customWidth=\"1\"/></cols>\
         <sheetData>\
         <row r=\"1\"><c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Клиент</t></is></c>\
         <c r=\"B1\" s=\"1\" t=\"inlineStr\"><is><t>Балл</t></is></c></row>\
         <row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>A &amp; B</t></is></c>\
         <c r=\"B2\"><v>81.94</v></c></row>\
         <row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> x</t></is></c></row>\
         </sheetData></worksheet>"
    );
    assert_eq!(part(&bytes, "xl/worksheets/sheet1.xml"), sheet);
    // The sheet's name without «:» and «/».
    assert!(part(&bytes, "xl/workbook.xml")
        .contains("<sheet name=\"Рейтинг март2026\" sheetId=\"1\" r:id=\"rId1\"/>"));
    // The header's format 1 is the bold font.
    assert!(part(&bytes, "xl/styles.xml").contains(
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    ));
    assert!(part(&bytes, "xl/styles.xml").contains("<font><b/>"));
}

#[test]
fn text_that_xml_forbids_is_left_out_and_negative_numbers_stay_numbers() {
    let rows = vec![vec![
        Cell::Text("a\u{1}b<c>\"d\"".to_owned()),
        Cell::Number(dec("-3.50")),
    ]];
    let bytes = write_xlsx("", &["x".to_owned()], &rows, (2026, 1, 1)).unwrap();
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains("<c r=\"A2\" t=\"inlineStr\"><is><t>ab&lt;c&gt;&quot;d&quot;</t></is></c>")
    );
    assert!(sheet.contains("<c r=\"B2\"><v>-3.5</v></c>"));
    // No header for the second column: its width comes from «-3.5» (4 + 2, at least 6).
    assert!(sheet.contains("<col min=\"2\" max=\"2\" width=\"6\" customWidth=\"1\"/>"));
    assert!(part(&bytes, "xl/workbook.xml").contains("<sheet name=\"Sheet1\""));
}

#[test]
fn column_letters_go_past_z() {
    // 0-based: 25 is Z, 26 the 27th column AA, 51 = 26 + 25 is AZ, 52 is BA;
    // 701 = 26 + 26·26 − 1 is ZZ, 702 AAA.
    let cases = [
        (0, "A"),
        (25, "Z"),
        (26, "AA"),
        (27, "AB"),
        (51, "AZ"),
        (52, "BA"),
        (701, "ZZ"),
        (702, "AAA"),
    ];
    for (i, name) in cases {
        assert_eq!(column_name(i), name, "column {i}");
    }
}

#[test]
fn sheet_names_are_made_valid() {
    assert_eq!(sheet_name("[Рейтинг]*?"), "Рейтинг");
    assert_eq!(sheet_name("/\\:"), "Sheet1");
    // 40 letters: the first 31 are kept.
    assert_eq!(sheet_name(&"я".repeat(40)).chars().count(), 31);
}

#[test]
fn markup_escaping_names_the_five_characters_and_drops_forbidden_controls() {
    use kam_studio::engine::xml::escape_xml;
    let mut out = String::from("x=");
    escape_xml(&mut out, "Tom & Jerry's <\"b\">\u{7}\t\n\r\u{ffff}ё");
    assert_eq!(out, "x=Tom &amp; Jerry&#39;s &lt;&quot;b&quot;&gt;\t\n\rё");
}
