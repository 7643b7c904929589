//! CSV import of a client base (Excel, 1C) and CSV export: encoding guess, separator
//! sniffing, parsing, number rules, column mapping, clients and their problems.
//! Every expected value is worked out by hand in a comment next to it.

#[path = "support/cp1251.rs"]
mod cp1251;

use kam_studio::engine::csv::*;
use kam_studio::engine::demo::demo_workspace;
use kam_studio::engine::locale::NumberError;
use kam_studio::engine::model::{validate, ClientId, ClientStatus, CriterionId};
use kam_studio::engine::money::{Money, Rate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use std::sync::LazyLock;

/// The demo profile's criteria, built once (the property tests use them in every case).
static CRITERIA: LazyLock<Vec<kam_studio::engine::model::Criterion>> =
    LazyLock::new(|| demo_workspace().criteria);

/// Sniffs, parses, suggests a mapping against the demo criteria and builds, with no
/// existing clients: the whole flow of the import dialog.
fn import(text: &str) -> (Table, Vec<Target>, CsvImport) {
    let table = parse_table(text, sniff_separator(text));
    let mapping = suggest_mapping(&table.headers, &CRITERIA);
    let result = build_clients(&table, &mapping, &CRITERIA, []);
    (table, mapping, result)
}

fn strings(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| (*c).to_owned()).collect()
}

// ---------------------------------------------------------------- encoding

#[test]
fn windows_1251_bytes_are_recognised() {
    // «Клиент;Выручка» in Windows-1251, by hand: К=CA л=EB и=E8 е=E5 н=ED т=F2,
    // ;=3B, В=C2 ы=FB р=F0 у=F3 ч=F7 к=EA а=E0. Not UTF-8: CA is a two-byte lead,
    // and the next byte EB is not a continuation byte (80–BF).
    let bytes = [
        0xCA, 0xEB, 0xE8, 0xE5, 0xED, 0xF2, 0x3B, 0xC2, 0xFB, 0xF0, 0xF3, 0xF7, 0xEA, 0xE0,
    ];
    assert_eq!(cp1251::encode("Клиент;Выручка"), bytes);
    assert_eq!(cp1251::decode(&bytes), "Клиент;Выручка");
    assert_eq!(guess_encoding(&bytes), Encoding::Windows1251);
    assert_eq!(Encoding::Windows1251.label(), "windows-1251");
}

#[test]
fn utf8_with_or_without_bom_and_utf16_are_recognised() {
    let text = "Клиент;Выручка\r\nА;1 234,5\r\n";
    assert_eq!(guess_encoding(text.as_bytes()), Encoding::Utf8);
    let with_bom = [&[0xEF, 0xBB, 0xBF], text.as_bytes()].concat();
    assert_eq!(guess_encoding(&with_bom), Encoding::Utf8);
    // Plain ASCII and an empty file read the same in every encoding: UTF-8.
    assert_eq!(guess_encoding(b"Name,Revenue\n"), Encoding::Utf8);
    assert_eq!(guess_encoding(b""), Encoding::Utf8);
    // FF FE: Excel's "Unicode text".
    assert_eq!(guess_encoding(&[0xFF, 0xFE, 0x1A, 0x04]), Encoding::Utf16Le);
    assert_eq!(Encoding::Utf8.label(), "utf-8");
    assert_eq!(Encoding::Utf16Le.label(), "utf-16le");
}

// ---------------------------------------------------------------- separator

#[test]
fn separators_are_sniffed() {
    // `;` splits both lines in 2; `,` splits the header in 1 (not a table).
    assert_eq!(
        sniff_separator("Клиент;Выручка\nА;1 234,5\n"),
        Separator::Semicolon
    );
    // `;` gives a 1-cell header; `,` gives 2 cells on every line (quotes respected).
    assert_eq!(
        sniff_separator("Name,Revenue\n\"Acme, Inc.\",\"1,234.5\"\nBeta,7\n"),
        Separator::Comma
    );
    assert_eq!(sniff_separator("Name\tRevenue\nA\t1,5\n"), Separator::Tab);
    // Header «Клиент;Выручка, руб.» has 2 cells both ways, and so has «А;1 234,5»
    // («А;1 234» + «5»): a tie, which `;` wins.
    assert_eq!(
        sniff_separator("Клиент;Выручка, руб.\nА;1 234,5\n"),
        Separator::Semicolon
    );
    // «А;1234;12» has 1 cell split by `,` against 3 in its header: `;` is consistent.
    assert_eq!(
        sniff_separator("Клиент;Выручка, руб.;Маржа, %\nА;1234;12\nБ;5;6\n"),
        Separator::Semicolon
    );
    // One column, or nothing: the default `;`.
    assert_eq!(sniff_separator("Клиент\nА\n"), Separator::Semicolon);
    assert_eq!(sniff_separator(""), Separator::Semicolon);
    assert_eq!(Separator::from_char('\t'), Some(Separator::Tab));
    assert_eq!(Separator::from_char('|'), None);
}

#[test]
fn the_separator_can_be_overridden() {
    // Sniffing says `;`; the user says `,` and gets the `,` split.
    let text = "a;b,c\n1;2,3\n";
    assert_eq!(sniff_separator(text), Separator::Semicolon);
    let table = parse_table(text, Separator::Comma);
    assert_eq!(table.separator, Separator::Comma);
    assert_eq!(table.headers, strings(&["a;b", "c"]));
    assert_eq!(table.rows[0].cells, strings(&["1;2", "3"]));
}

// ---------------------------------------------------------------- parsing

#[test]
fn quoted_fields_crlf_blank_lines_and_bom() {
    // Line 1 header (BOM stripped), 2 blank, 3 «A», 4–5 «B» with a quoted line break,
    // 6 «C», 7 `;;` (all blank: left out), then a trailing empty line.
    let crlf = "\u{feff}Name;Note\r\n\r\nA;\"x;y\"\r\n\"B \"\"quoted\"\"\";\"two\r\nlines\"\r\nC;z\r\n;;\r\n\r\n";
    let table = parse_table(crlf, Separator::Semicolon);
    assert_eq!(table.headers, strings(&["Name", "Note"]));
    let rows: Vec<(usize, Vec<String>)> = table
        .rows
        .iter()
        .map(|r| (r.line, r.cells.clone()))
        .collect();
    assert_eq!(
        rows,
        vec![
            (3, strings(&["A", "x;y"])),
            (4, strings(&["B \"quoted\"", "two\r\nlines"])),
            (6, strings(&["C", "z"])),
        ]
    );
    assert_eq!(table.dropped_rows, 0);
    // The same file with LF line ends: the same lines, the quoted break now `\n`.
    let lf = crlf.replace("\r\n", "\n");
    let table = parse_table(&lf, Separator::Semicolon);
    let lines: Vec<usize> = table.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [3, 4, 6]);
    assert_eq!(table.rows[1].cells[1], "two\nlines");
    // Old Mac line ends (a lone CR) count as lines too: header 1, blank 2, rows 3, 4.
    let table = parse_table("a;b\r\r1;2\r3;4", Separator::Semicolon);
    let lines: Vec<usize> = table.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [3, 4]);
    // No final line end at all: the last row still counts.
    let table = parse_table("a;b\n1;2", Separator::Semicolon);
    assert_eq!(
        table.rows,
        [Row {
            line: 2,
            cells: strings(&["1", "2"])
        }]
    );
}

#[test]
fn comma_separated_quoted_fields() {
    let text = "Name,Note\n\"Acme, Inc.\",\"He said \"\"yes\"\", twice\"\n";
    let table = parse_table(text, Separator::Comma);
    assert_eq!(
        table.rows[0].cells,
        strings(&["Acme, Inc.", "He said \"yes\", twice"])
    );
}

#[test]
fn rows_past_the_cap_are_counted_not_kept() {
    // A header and MAX_ROWS + 5 one-cell rows: MAX_ROWS kept, 5 dropped.
    let text = format!("h\n{}", "x\n".repeat(MAX_ROWS + 5));
    let table = parse_table(&text, Separator::Semicolon);
    assert_eq!(table.rows.len(), MAX_ROWS);
    assert_eq!(table.dropped_rows, 5);
    // The last kept row is data row MAX_ROWS, on line MAX_ROWS + 1.
    assert_eq!(table.rows[MAX_ROWS - 1].line, MAX_ROWS + 1);
}

// ---------------------------------------------------------------- numbers

#[test]
fn russian_numbers_with_decimal_comma() {
    let (_, mapping, result) = import(concat!(
        "Клиент;Выручка;Маржа\n",
        "А;1 234 567,89;12,5\n",
        "Б;1\u{a0}000,5;-3\n",
        "В;2\u{202f}500;0\n",
    ));
    assert_eq!(
        mapping,
        [Target::Name, Target::Revenue, Target::GrossMargin]
    );
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    let got: Vec<(Decimal, Decimal)> = result
        .clients
        .iter()
        .map(|c| (c.revenue.0, c.gross_margin.0))
        .collect();
    // Revenue: groups by space, NBSP, narrow NBSP; decimal comma.
    // Margin: 12.5 > 1, so the column is in percent: 12,5 → 0.125, −3 → −0.03, 0 → 0.
    assert_eq!(
        got,
        [
            (dec!(1234567.89), dec!(0.125)),
            (dec!(1000.5), dec!(-0.03)),
            (dec!(2500), dec!(0)),
        ]
    );
}

#[test]
fn english_numbers_only_where_unambiguous() {
    // `,`-separated, quoted en numbers. «1,234,567.89» can only be English, so the
    // column is English and «1,234» in it is 1234. Margin: «12.5%» has a sign → 12.5 %;
    // the only value without one, 0.2, is within −1…1 → fractions → 20 %.
    let (table, _, result) = import(concat!(
        "Name,Revenue,Margin\n",
        "\"Acme, Inc.\",\"1,234,567.89\",12.5%\n",
        "Beta,\"1,234\",0.2\n",
    ));
    assert_eq!(table.separator, Separator::Comma);
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    let c = &result.clients;
    assert_eq!(
        (c[0].name.as_str(), c[0].revenue.0),
        ("Acme, Inc.", dec!(1234567.89))
    );
    assert_eq!(c[1].revenue.0, dec!(1234));
    assert_eq!(
        (c[0].gross_margin.0, c[1].gross_margin.0),
        (dec!(0.125), dec!(0.2))
    );
}

#[test]
fn a_lone_comma_before_three_digits_follows_its_column() {
    let s = Separator::Semicolon;
    // «1,234» alone: `;` file → Russian (1.234); `,` file → English (1234).
    assert_eq!(column_style(["1,234", "5"], s), NumberStyle::Ru);
    assert_eq!(
        column_style(["1,234", "5"], Separator::Comma),
        NumberStyle::En
    );
    // «0,5» can only be Russian (one decimal), so even in a `,` file the column is
    // Russian and «1,234» is 1.234.
    assert_eq!(
        column_style(["1,234", "0,5"], Separator::Comma),
        NumberStyle::Ru
    );
    // «12,345,678» can only be English, so «1,234» is 1234 even in a `;` file.
    assert_eq!(column_style(["1,234", "12,345,678"], s), NumberStyle::En);
    // «0,125» is no English group (a group never starts with 0): Russian.
    assert_eq!(column_style(["0,125"], Separator::Comma), NumberStyle::Ru);
    // Both kinds of evidence: Russian, and the English cell is then refused.
    assert_eq!(column_style(["1,5", "1,234.5"], s), NumberStyle::Ru);
    assert_eq!(
        parse_number("1,234.5", NumberStyle::Ru),
        Err(NumberError::TwoSeparators)
    );

    assert_eq!(parse_number("1,234", NumberStyle::Ru), Ok(dec!(1.234)));
    assert_eq!(parse_number("1,234", NumberStyle::En), Ok(dec!(1234)));
    assert_eq!(
        parse_number("-1,234,567.89", NumberStyle::En),
        Ok(dec!(-1234567.89))
    );
    assert_eq!(parse_number("1234.5", NumberStyle::En), Ok(dec!(1234.5)));
    // English groups are strict: «1,5» and «12,34» are not English numbers.
    assert_eq!(
        parse_number("1,5", NumberStyle::En),
        Err(NumberError::NotANumber)
    );
    assert_eq!(
        parse_number("12,34", NumberStyle::En),
        Err(NumberError::NotANumber)
    );
    assert_eq!(
        parse_number("1.5,3", NumberStyle::En),
        Err(NumberError::TwoSeparators)
    );
}

#[test]
fn percentages_fractions_and_signs() {
    let ru = NumberStyle::Ru;
    // A column of 0,125 / 0,3 / -0,05: all within −1…1 → fractions.
    assert_eq!(
        rate_reading(["0,125", "0,3", "-0,05"], ru),
        RateReading::Fraction
    );
    // One value above 1 (12,5) → percentages.
    assert_eq!(rate_reading(["0,125", "12,5"], ru), RateReading::Percent);
    // Cells with a % sign do not vote; «x» is no number; nothing left → percentages.
    assert_eq!(rate_reading(["50 %", "x", ""], ru), RateReading::Percent);
    let frac = RateReading::Fraction;
    let pct = RateReading::Percent;
    // 12,5 % → 0.125 whatever the reading; 12.5% likewise.
    assert_eq!(parse_rate("12,5 %", ru, frac), Ok(Rate(dec!(0.125))));
    assert_eq!(parse_rate("12.5%", ru, frac), Ok(Rate(dec!(0.125))));
    // 0,125 as a fraction is 0.125; as a percentage 0.00125.
    assert_eq!(parse_rate("0,125", ru, frac), Ok(Rate(dec!(0.125))));
    assert_eq!(parse_rate("0,125", ru, pct), Ok(Rate(dec!(0.00125))));
    assert_eq!(parse_rate("-3,5", ru, pct), Ok(Rate(dec!(-0.035))));
}

#[test]
fn status_and_yes_no_words() {
    for word in ["", "текущий", "Действующий", "current", "ACTIVE"] {
        assert_eq!(parse_status(word), Some(ClientStatus::Current), "{word}");
    }
    for word in ["потенциальный", "Prospect"] {
        assert_eq!(parse_status(word), Some(ClientStatus::Prospect), "{word}");
    }
    for word in ["бывший", "Former"] {
        assert_eq!(parse_status(word), Some(ClientStatus::Former), "{word}");
    }
    assert_eq!(parse_status("спящий"), None);
    for word in ["да", "Да", "yes", "1", "true", "ИСТИНА", "+"] {
        assert_eq!(parse_yes_no(word), Some(true), "{word}");
    }
    for word in ["", "нет", "No", "0", "FALSE", "ЛОЖЬ", "-"] {
        assert_eq!(parse_yes_no(word), Some(false), "{word}");
    }
    assert_eq!(parse_yes_no("может быть"), None);
}

// ---------------------------------------------------------------- mapping

#[test]
fn mapping_is_suggested_from_russian_and_english_headers() {
    let criteria = demo_workspace().criteria;
    let headers = strings(&[
        "№",
        "Наименование клиента",
        "ИНН",
        "Сегмент рынка",
        "Статус",
        "VIP",
        "Город",
        "Регион",
        "Выручка, руб.",
        "Маржа, руб.",
        "Валовая маржа, %",
        "Объём ввода жилья, тыс. м²/год",
        "ДОЛГОВАЯ НАГРУЗКА",
        "Клиент",
    ]);
    use Target::*;
    assert_eq!(
        suggest_mapping(&headers, &criteria),
        [
            Ignore,                    // №
            Name,                      // begins with «Наименование»
            Ignore,                    // ИНН
            Segment,                   // begins with «Сегмент»
            Status,                    //
            Vip,                       //
            Region,                    // «Город»
            Ignore,                    // «Регион»: region already taken by «Город»
            Revenue,                   // begins with «Выручка»
            Ignore,                    // «Маржа, руб.»: an amount, not a rate
            GrossMargin,               // «Валовая маржа»
            Criterion(CriterionId(1)), // criterion 1's name and unit
            Criterion(CriterionId(6)), // criterion 6's name, any case
            Ignore,                    // «Клиент»: name already taken
        ]
    );
    let english = strings(&[
        "Customer",
        "Segment",
        "Status",
        "vip",
        "City",
        "Sales",
        "Gross margin %",
    ]);
    assert_eq!(
        suggest_mapping(&english, &criteria),
        [Name, Segment, Status, Vip, Region, Revenue, GrossMargin]
    );
    // «Название», «Клиент» → name; «объем ввода жилья» (е for ё) → criterion 1.
    for header in ["Название", "Клиент", "Контрагент"] {
        assert_eq!(
            suggest_mapping(&strings(&[header]), &criteria),
            [Name],
            "{header}"
        );
    }
    assert_eq!(
        suggest_mapping(&strings(&["объем ввода жилья", "Маржа"]), &criteria),
        [Criterion(CriterionId(1)), GrossMargin]
    );
}

// ---------------------------------------------------------------- clients

#[test]
fn bad_lines_are_reported_and_good_lines_import() {
    let criteria = demo_workspace().criteria;
    let text = concat!(
        "Наименование;Статус;VIP;Выручка;Маржа, %;Объём ввода жилья\n", // line 1
        "ООО «Альфа»;текущий;да;1 000;20;100\n",                        // 2: good
        ";текущий;нет;500;10;5\n",                                      // 3: no name
        "ООО «Бета»;спящий;может быть;12a;150;x\n",                     // 4: five bad cells
        ";;;;;\n",                                                      // 5: blank, skipped
        "ООО «Гамма»;;;-5;;\n",                                         // 6: negative revenue
        "ООО «Дельта»;бывший;нет;;;\n",                                 // 7: good, defaults
        "ООО «Эпсилон»;текущий;нет;1;2;3;лишнее\n",                     // 8: a 7th cell
    );
    let table = parse_table(text, sniff_separator(text));
    let mapping = suggest_mapping(&table.headers, &criteria);
    // Existing ids 3 and 7: new ones start at 8.
    let result = build_clients(&table, &mapping, &criteria, [ClientId(3), ClientId(7)]);

    let problems: Vec<(usize, &str, &str, LineProblemKind)> = result
        .problems
        .iter()
        .map(|p| (p.line, p.column.as_str(), p.value.as_str(), p.kind.clone()))
        .collect();
    use LineProblemKind::*;
    let nan = Number(NumberError::NotANumber);
    assert_eq!(
        problems,
        [
            (3, "Наименование", "", EmptyName),
            (4, "Статус", "спящий", UnknownStatus),
            (4, "VIP", "может быть", NotYesNo),
            (4, "Выручка", "12a", nan.clone()),
            // Margin column: 20, 10, 150 have no % sign and 150 > 1 → percentages;
            // 150 % is out of −100 %…100 %.
            (4, "Маржа, %", "150", MarginOutOfRange),
            (4, "Объём ввода жилья", "x", nan),
            (6, "Выручка", "-5", Negative),
            // The 7th cell has no header: a problem of the whole line, quoting the cell.
            (
                8,
                "",
                "лишнее",
                ExtraCells {
                    expected: 6,
                    found: 7
                }
            ),
        ]
    );
    assert_eq!((result.problem_count, result.rejected_lines), (8, 4));
    assert_eq!(
        result.problems[3].to_string(),
        "line 4, «Выручка» («12a»): not a number"
    );

    // Lines 2 and 7 import, with ids 8 and 9.
    let alpha = &result.clients[0];
    assert_eq!(
        (alpha.id, alpha.name.as_str()),
        (ClientId(8), "ООО «Альфа»")
    );
    assert_eq!((alpha.status, alpha.vip), (ClientStatus::Current, true));
    // 1 000 → 1000; 20 → 20 % = 0.2; criterion 1 = 100.
    assert_eq!(
        (alpha.revenue, alpha.gross_margin),
        (Money(dec!(1000)), Rate(dec!(0.2)))
    );
    assert_eq!(alpha.values.get(&CriterionId(1)), Some(&dec!(100)));
    let delta = &result.clients[1];
    assert_eq!(
        (delta.id, delta.status, delta.vip),
        (ClientId(9), ClientStatus::Former, false)
    );
    // Empty cells: revenue 0, margin 0, no criterion value; the unmapped fields get
    // their defaults.
    assert_eq!(
        (delta.revenue, delta.gross_margin),
        (Money::ZERO, Rate::ZERO)
    );
    assert!(delta.values.is_empty());
    assert_eq!((delta.segment.as_str(), delta.region.as_str()), ("", ""));
    assert!(delta.potential.is_empty() && delta.relative_strength.is_none());
    assert_eq!(delta.cost_to_serve, Default::default());
}

#[test]
fn text_is_tidied_and_limited() {
    // Name with surrounding spaces, a no-break space and a quoted line break →
    // «ООО Альфа Бета»; a 201-character region is one too many.
    let long = "я".repeat(201);
    let text = format!("Клиент;Регион\n\"  ООО\u{a0}Альфа\nБета \";Казань\nБ;{long}\n");
    let (_, _, result) = import(&text);
    assert_eq!(result.clients.len(), 1);
    assert_eq!(result.clients[0].name, "ООО Альфа Бета");
    assert_eq!(result.clients[0].region, "Казань");
    let p = &result.problems[0];
    assert_eq!((p.line, p.column.as_str()), (4, "Регион"));
    assert_eq!(p.kind, LineProblemKind::TooLong { max: 200 });
    // The quoted value is cut at VALUE_CHARS characters and ends with «…».
    assert_eq!(p.value.chars().count(), VALUE_CHARS + 1);
    assert!(p.value.ends_with('…'));
}

#[test]
fn problems_past_the_cap_are_counted_not_kept() {
    // 300 lines with an empty name: 300 problems, 200 kept.
    let text = format!("Клиент;Выручка\n{}", ";1\n".repeat(300));
    let (_, _, result) = import(&text);
    assert_eq!(result.problems.len(), MAX_PROBLEMS);
    assert_eq!((result.problem_count, result.rejected_lines), (300, 300));
    // The last kept problem is the 200th line of data, file line 201.
    assert_eq!(result.problems[MAX_PROBLEMS - 1].line, 201);
}

#[test]
fn a_missing_name_column_rejects_every_line() {
    let (_, mapping, result) = import("Выручка\n1\n2\n");
    assert_eq!(mapping, [Target::Revenue]);
    assert!(result.clients.is_empty());
    assert_eq!(result.problems[0].kind, LineProblemKind::EmptyName);
    assert_eq!(result.problems[0].column, "");
}

#[test]
fn ids_follow_the_largest_existing_one_until_they_run_out() {
    let table = parse_table("Клиент\nА\nБ\n", Separator::Semicolon);
    // No existing client: ids 1 and 2.
    let result = build_clients(&table, &[Target::Name], &CRITERIA, []);
    let ids: Vec<ClientId> = result.clients.iter().map(|c| c.id).collect();
    assert_eq!(ids, [ClientId(1), ClientId(2)]);
    // Largest existing u32::MAX − 1: «А» gets u32::MAX, «Б» (line 3) finds no free id.
    let existing = [ClientId(5), ClientId(u32::MAX - 1)];
    let result = build_clients(&table, &[Target::Name], &CRITERIA, existing);
    assert_eq!(result.clients.len(), 1);
    assert_eq!(result.clients[0].id, ClientId(u32::MAX));
    let p = &result.problems[0];
    assert_eq!(
        (p.line, p.column.as_str(), &p.kind),
        (3, "", &LineProblemKind::NoFreeId)
    );
}

// ---------------------------------------------------------------- the fixture

#[test]
fn fifty_clients_from_a_windows_1251_excel_file() {
    let bytes = std::fs::read("tests/fixtures/clients-50.csv").expect("the fixture");
    assert_eq!(guess_encoding(&bytes), Encoding::Windows1251);
    let text = cp1251::decode(&bytes);
    let separator = sniff_separator(&text);
    assert_eq!(separator, Separator::Semicolon);
    let mut ws = demo_workspace();
    let table = parse_table(&text, separator);
    let mapping = suggest_mapping(&table.headers, &ws.criteria);
    use Target::*;
    assert_eq!(
        mapping,
        [
            Name,
            Segment,
            Status,
            Vip,
            Region,
            Revenue,
            GrossMargin,
            Criterion(CriterionId(1)), // Объём ввода жилья
            Criterion(CriterionId(2)), // Плановый объём закупок нашей категории
            Criterion(CriterionId(6)), // Долговая нагрузка
        ]
    );
    let result = build_clients(
        &table,
        &mapping,
        &ws.criteria,
        ws.clients.iter().map(|c| c.id),
    );
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    assert_eq!(result.clients.len(), 50);
    let c = &result.clients;
    // The demo has ids 1–35: the new clients are 36–85 in file order.
    assert_eq!((c[0].id, c[49].id), (ClientId(36), ClientId(85)));

    // Line 2: «ГК «Северная звезда»;Девелопер;текущий;да;Москва;312 418 950,40;21,8;320;850;2,1».
    let first = &c[0];
    assert_eq!(first.name, "ГК «Северная звезда»");
    assert_eq!(
        (first.segment.as_str(), first.region.as_str()),
        ("Девелопер", "Москва")
    );
    assert_eq!((first.status, first.vip), (ClientStatus::Current, true));
    assert_eq!(first.revenue, Money(dec!(312418950.40)));
    assert_eq!(first.gross_margin, Rate(dec!(0.218))); // 21,8 % (the column has 21,8 > 1)
    let values: Vec<(u32, Decimal)> = first.values.iter().map(|(k, v)| (k.0, *v)).collect();
    assert_eq!(values, [(1, dec!(320)), (2, dec!(850)), (6, dec!(2.1))]);
    // Line 3: «"ООО ""СтройТорг""";…;18,5 %;…» → doubled quotes undone, 18,5 % → 0.185.
    assert_eq!(c[1].name, "ООО \"СтройТорг\"");
    assert_eq!(c[1].gross_margin, Rate(dec!(0.185)));
    // Line 5: revenue grouped by no-break spaces, «138 955 120,00».
    assert_eq!(c[3].revenue, Money(dec!(138955120.00)));
    // Lines 8 and 9: prospects with revenue «0» and empty, margin empty → 0 and 0.
    assert_eq!(
        (c[6].status, c[6].revenue, c[6].gross_margin),
        (ClientStatus::Prospect, Money::ZERO, Rate::ZERO)
    );
    assert_eq!(c[7].revenue, Money::ZERO);
    // Line 14: a `;` inside a quoted name.
    assert_eq!(c[12].name, "ООО \"Альфа; Бета-Строй\"");
    // Line 51: «-2,5» → −0.025.
    assert_eq!(c[49].gross_margin, Rate(dec!(-0.025)));
    // Counted in the fixture: 9 prospects (lines 8–13, 42–44), 4 former (15, 16, 45,
    // 46), 37 current; 5 VIPs (lines 2, 4, 5, 38, 47).
    let count = |s: ClientStatus| c.iter().filter(|x| x.status == s).count();
    assert_eq!(
        (
            count(ClientStatus::Prospect),
            count(ClientStatus::Former),
            count(ClientStatus::Current)
        ),
        (9, 4, 37)
    );
    assert_eq!(c.iter().filter(|x| x.vip).count(), 5);

    // The imported clients pass the workspace's own validation.
    ws.clients
        .extend(result.clients.into_iter().map(Into::into));
    assert_eq!(validate(&ws), []);
}

// ---------------------------------------------------------------- export

#[test]
fn write_csv_quotes_guards_and_starts_with_a_bom() {
    let headers = strings(&["Клиент", "Выручка"]);
    let rows = vec![
        strings(&["ООО «Альфа»", "1 234,5"]),
        strings(&["Say \"hi\"; ok", "-3,5"]),
        strings(&["=1+2", "x\ny"]),
        strings(&[" lead", "-x"]),
    ];
    let text = write_csv(&headers, &rows, ';');
    // Quoted: a `;` or a quote (doubled), a line break, leading space. Guarded with
    // `'`: «=1+2» and «-x» (a minus not starting a number); «-3,5» is a number.
    assert_eq!(
        text,
        concat!(
            "\u{feff}Клиент;Выручка\r\n",
            "ООО «Альфа»;1 234,5\r\n",
            "\"Say \"\"hi\"\"; ok\";-3,5\r\n",
            "'=1+2;\"x\ny\"\r\n",
            "\" lead\";'-x\r\n",
        )
    );
    // With `,` the decimal comma needs quotes.
    assert_eq!(
        write_csv(&headers, &[strings(&["А", "1,5"])], ','),
        "\u{feff}Клиент,Выручка\r\nА,\"1,5\"\r\n"
    );
    // Read back: the same cells but for the guards.
    let table = parse_table(&text, sniff_separator(&text));
    assert_eq!(table.headers, headers);
    let back: Vec<Vec<String>> = table.rows.into_iter().map(|r| r.cells).collect();
    assert_eq!(back[..2], rows[..2]);
    assert_eq!(back[2], strings(&["'=1+2", "x\ny"]));
}

// ---------------------------------------------------------------- never panics

/// Text made of what CSV files are made of, with Cyrillic and odd spaces.
fn csvish() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-cА-В0-9 ;,\t\"\r\n.%+\\-\u{a0}\u{feff}₽]{0,120}")
        .expect("a valid test regex")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn the_whole_import_path_never_panics(text in prop_oneof![csvish(), any::<String>()]) {
        let criteria = &*CRITERIA;
        let _ = guess_encoding(text.as_bytes());
        for separator in [sniff_separator(&text), Separator::Comma, Separator::Tab] {
            let table = parse_table(&text, separator);
            let mapping = suggest_mapping(&table.headers, criteria);
            let result = build_clients(&table, &mapping, criteria, [ClientId(u32::MAX - 1)]);
            prop_assert!(result.problems.len() <= result.problem_count);
            // Every cell as every field: each target in turn on every column.
            for target in [Target::Name, Target::Revenue, Target::GrossMargin, Target::Status,
                           Target::Vip, Target::Criterion(CriterionId(1))] {
                let all = vec![target; table.headers.len() + 1];
                let _ = build_clients(&table, &all, criteria, []);
            }
        }
    }

    #[test]
    fn random_bytes_get_an_encoding(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let _ = guess_encoding(&bytes);
        let _ = sniff_separator(&cp1251::decode(&bytes));
    }

    #[test]
    fn written_csv_reads_back(
        cells in proptest::collection::vec(
            proptest::collection::vec("[a-zА-я][a-zА-я0-9;,\" \n]{0,8}", 3), 1..5),
    ) {
        let headers = strings(&["a", "b", "c"]);
        for sep in [';', ',', '\t'] {
            let text = write_csv(&headers, &cells, sep);
            let table = parse_table(&text, Separator::from_char(sep).unwrap_or_default());
            let back: Vec<Vec<String>> = table.rows.into_iter().map(|r| r.cells).collect();
            prop_assert_eq!(&back, &cells);
        }
    }
}
