//! Turning the rows of a mapped CSV table into clients, line by line, all or nothing
//! per line.

use super::mapping::Target;
use super::numbers::{
    column_style, parse_number, parse_rate, rate_reading, NumberStyle, RateReading,
};
use super::parse::{Row, Table};
use super::problem::{LineProblem, LineProblemKind};
use super::words::{parse_status, parse_yes_no};
use super::MAX_PROBLEMS;
use crate::engine::model::{Client, ClientId, ClientStatus, Criterion, CriterionId, Values};
use crate::engine::money::{Money, Rate};
use crate::engine::profitability::CostToServe;
use rust_decimal::Decimal;

/// Longest accepted name, segment or region, in characters: the limit of the
/// workspace validation for short texts, so that every imported client is valid.
const MAX_TEXT: usize = 200;

/// The result of [`build_clients`]: the clients of the good lines and the problems of
/// the others.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CsvImport {
    /// One client per good line, in file order, with fresh ids.
    pub clients: Vec<Client>,
    /// The first [`MAX_PROBLEMS`] problems, in file order (by line, then column).
    pub problems: Vec<LineProblem>,
    /// How many problems there are in all (may exceed `problems.len()`).
    pub problem_count: usize,
    /// How many lines had a problem and yielded no client.
    pub rejected_lines: usize,
}

/// A numeric column and how its numbers are written.
struct NumberColumn {
    index: usize,
    style: NumberStyle,
}

/// The columns each field is read from: the first column mapped to it.
struct Columns {
    name: Option<usize>,
    segment: Option<usize>,
    status: Option<usize>,
    vip: Option<usize>,
    region: Option<usize>,
    revenue: Option<NumberColumn>,
    margin: Option<(NumberColumn, RateReading)>,
    criteria: Vec<(CriterionId, NumberColumn)>,
}

impl Columns {
    fn new(table: &Table, mapping: &[Target], criteria: &[Criterion]) -> Columns {
        let first = |target: Target| mapping.iter().position(|&t| t == target);
        let number = |index: usize| NumberColumn {
            index,
            style: column_style(column(&table.rows, index), table.separator),
        };
        let mut ids: Vec<CriterionId> = Vec::new();
        for target in mapping {
            if let Target::Criterion(id) = *target {
                if criteria.iter().any(|k| k.id == id) && !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        Columns {
            name: first(Target::Name),
            segment: first(Target::Segment),
            status: first(Target::Status),
            vip: first(Target::Vip),
            region: first(Target::Region),
            revenue: first(Target::Revenue).map(number),
            margin: first(Target::GrossMargin).map(|index| {
                let col = number(index);
                let reading = rate_reading(column(&table.rows, index), col.style);
                (col, reading)
            }),
            criteria: ids
                .into_iter()
                .filter_map(|id| Some((id, number(first(Target::Criterion(id))?))))
                .collect(),
        }
    }
}

/// The cells of column `index` of every row (missing cells left out).
fn column(rows: &[Row], index: usize) -> impl Iterator<Item = &str> {
    rows.iter()
        .filter_map(move |r| r.cells.get(index).map(String::as_str))
}

/// The cell of `row` in column `index`, empty when the row is short or unmapped.
fn cell(row: &Row, index: Option<usize>) -> &str {
    index
        .and_then(|i| row.cells.get(i))
        .map_or("", String::as_str)
}

/// A text cell with surrounding whitespace removed and inner runs of whitespace
/// (line breaks and no-break spaces included) made one space.
fn text(cell: &str) -> String {
    cell.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Problems of one line, each with its column index for ordering.
struct LineCheck<'a> {
    table: &'a Table,
    row: &'a Row,
    problems: Vec<(usize, LineProblem)>,
}

impl LineCheck<'_> {
    fn push(&mut self, index: usize, kind: LineProblemKind) {
        let column = self.table.headers.get(index).map_or("", String::as_str);
        let value = self.row.cells.get(index).map_or("", String::as_str);
        let problem = LineProblem::new(self.row.line, column, value, kind);
        self.problems.push((index, problem));
    }

    /// A short text field; too long is a problem.
    fn text(&mut self, index: Option<usize>) -> String {
        let value = text(cell(self.row, index));
        if value.chars().count() > MAX_TEXT {
            self.push(
                index.unwrap_or(usize::MAX),
                LineProblemKind::TooLong { max: MAX_TEXT },
            );
        }
        value
    }

    /// A number field; empty is `None`.
    fn number(&mut self, col: &NumberColumn) -> Option<Decimal> {
        let raw = cell(self.row, Some(col.index));
        if raw.trim().is_empty() {
            return None;
        }
        parse_number(raw, col.style)
            .map_err(|e| self.push(col.index, LineProblemKind::Number(e)))
            .ok()
    }
}

/// Builds a client from every row of `table`, reading each field from the first column
/// `mapping` sends to it (`mapping[i]` is the target of column `i`; missing entries
/// are [`Target::Ignore`], criteria not in `criteria` are ignored). New clients get
/// ids counting up from the one after the largest of `existing`.
///
/// Per line, all or nothing: every bad cell becomes a [`LineProblem`] naming the line
/// and the column header, and a line with any problem yields no client while the
/// other lines still import. A line whose cells are all blank is skipped silently.
///
/// Fields and their defaults when the column is not mapped or the cell is empty:
/// * name — required (empty is [`LineProblemKind::EmptyName`]); name, segment and
///   region are trimmed, inner whitespace made one space, at most 200 characters;
/// * status — current; the words of [`super::parse_status`];
/// * VIP — no; the words of [`super::parse_yes_no`];
/// * revenue — 0; not negative; numbers as decided by [`super::column_style`];
/// * gross margin — 0 %; within −100 %…100 %; a `%` sign or [`super::rate_reading`]
///   tells a percentage from a fraction;
/// * a criterion — no value (not measured);
/// * potential — none yet; cost-to-serve — zero; relative strength — unknown.
///
/// Non-empty cells to the right of the last header column are a problem
/// ([`LineProblemKind::ExtraCells`]). At most [`MAX_PROBLEMS`] problems are kept.
pub fn build_clients(
    table: &Table,
    mapping: &[Target],
    criteria: &[Criterion],
    existing: impl IntoIterator<Item = ClientId>,
) -> CsvImport {
    let columns = Columns::new(table, mapping, criteria);
    // Counted in u64: past u32::MAX a line gets `NoFreeId` instead of a taken id.
    let mut next = existing
        .into_iter()
        .map(|id| u64::from(id.0) + 1)
        .max()
        .unwrap_or(1);
    let mut result = CsvImport::default();
    for row in &table.rows {
        if row.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut check = LineCheck {
            table,
            row,
            problems: Vec::new(),
        };
        let client = read_client(&mut check, &columns);
        if check.problems.is_empty() {
            match u32::try_from(next) {
                Ok(id) => {
                    next += 1;
                    result.clients.push(Client {
                        id: ClientId(id),
                        ..client
                    });
                    continue;
                }
                Err(_) => check.push(usize::MAX, LineProblemKind::NoFreeId),
            }
        }
        result.rejected_lines += 1;
        crate::engine::sort::sort_by_key(&mut check.problems, |(index, _)| *index);
        for (_, problem) in check.problems {
            result.problem_count += 1;
            if result.problems.len() < MAX_PROBLEMS {
                result.problems.push(problem);
            }
        }
    }
    result
}

/// Reads the fields of one line (id 0 for now), recording its problems in `check`.
fn read_client(check: &mut LineCheck, columns: &Columns) -> Client {
    let row = check.row;
    let name = check.text(columns.name);
    if name.is_empty() {
        check.push(
            columns.name.unwrap_or(usize::MAX),
            LineProblemKind::EmptyName,
        );
    }
    let segment = check.text(columns.segment);
    let status = parse_status(cell(row, columns.status)).unwrap_or_else(|| {
        check.push(
            columns.status.unwrap_or(usize::MAX),
            LineProblemKind::UnknownStatus,
        );
        ClientStatus::Current
    });
    let vip = parse_yes_no(cell(row, columns.vip)).unwrap_or_else(|| {
        check.push(columns.vip.unwrap_or(usize::MAX), LineProblemKind::NotYesNo);
        false
    });
    let region = check.text(columns.region);
    let revenue = columns.revenue.as_ref().and_then(|col| {
        let value = check.number(col)?;
        if value < Decimal::ZERO {
            check.push(col.index, LineProblemKind::Negative);
        }
        Some(value)
    });
    let gross_margin = columns.margin.as_ref().and_then(|(col, reading)| {
        let raw = cell(row, Some(col.index));
        if raw.trim().is_empty() {
            return None;
        }
        match parse_rate(raw, col.style, *reading) {
            Ok(rate) if rate.0.abs() <= Decimal::ONE => Some(rate),
            Ok(_) => {
                check.push(col.index, LineProblemKind::MarginOutOfRange);
                None
            }
            Err(e) => {
                check.push(col.index, LineProblemKind::Number(e));
                None
            }
        }
    });
    let mut values = Values::new();
    for (id, col) in &columns.criteria {
        if let Some(value) = check.number(col) {
            values.insert(*id, value);
        }
    }
    let width = check.table.headers.len();
    let used = row
        .cells
        .iter()
        .rposition(|c| !c.trim().is_empty())
        .map_or(0, |i| i + 1);
    if width > 0 && used > width {
        let kind = LineProblemKind::ExtraCells {
            expected: width,
            found: used,
        };
        check.push(width, kind);
    }
    Client {
        id: ClientId(0),
        name,
        segment,
        status,
        vip,
        region,
        revenue: Money(revenue.unwrap_or_default()),
        gross_margin: gross_margin.unwrap_or(Rate::ZERO),
        values,
        potential: Vec::new(),
        cost_to_serve: CostToServe::default(),
        relative_strength: None,
    }
}
