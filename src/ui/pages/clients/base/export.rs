//! The ranked table as a file for Excel, best client first:
//! - CSV: `;`-separated, decimal comma, UTF-8 with a byte-order mark;
//! - XLSX: a workbook with numbers as numbers (`engine::xlsx`), written by a module
//!   fetched on the first export ([`crate::ui::lazy::xlsx`]).
//!
//! Named `<workspace>-рейтинг-<date>.csv` / `.xlsx`.

use crate::engine::csv::write_csv;
use crate::engine::format::export_file_name;
use crate::engine::money::round;
use crate::engine::profile::Class;
use crate::engine::sort::sort_indices;
use crate::engine::xlsx::Cell;
use crate::ui::i18n::{Cm, Gm};
use crate::ui::pages::clients::ctx::ClientsCtx;
use crate::ui::storage::{clock, download, download_bytes};
use chrono::Datelike;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The ranked table: headers, rows (clients without a score at the end), the file
/// name without its extension, and today.
struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<Cell>>,
    stem: String,
    today: chrono::NaiveDate,
}

/// The ranking as [`Table`]; numbers rounded to two decimals.
fn table(ctx: ClientsCtx) -> Table {
    let locale = ctx.lang.get_untracked();
    // Numeric titles are marked with a leading `#` for the tables.
    let t = |m: Cm| {
        let text = m.text(locale);
        text.strip_prefix('#').unwrap_or(text).to_owned()
    };
    let number = |v: Decimal| Cell::Number(round(v, 2));
    let text = |s: String| Cell::Text(s);
    let a = ctx.ranked.get_untracked();
    ctx.store.ws().with_untracked(|ws| {
        let mut order: Vec<usize> = (0..a.rows.len().min(ws.clients.len())).collect();
        let rank = |i: usize| a.rows[i].rank.unwrap_or(usize::MAX);
        sort_indices(&mut order, &|x, y| rank(x).cmp(&rank(y)));
        let headers = vec![
            t(Cm::ColRankNum),
            t(Cm::ColClient),
            t(Cm::ColClass),
            t(Cm::ColScore),
            t(Cm::ColPotentialValueNum),
            t(Cm::ColContributionNum),
            Gm::ColRevenue.text(locale).to_owned(),
            Gm::ColSegment.text(locale).to_owned(),
        ];
        let rows = order
            .into_iter()
            .map(|i| {
                let (r, c) = (&a.rows[i], &ws.clients[i]);
                vec![
                    r.rank.map_or(Cell::Blank, |n| number(n.into())),
                    text(c.name.clone()),
                    text(t(match r.class {
                        Class::Key => Cm::ClassKey,
                        Class::Development => Cm::ClassDevelopment,
                        Class::Standard => Cm::ClassStandard,
                    })),
                    r.score.map_or(Cell::Blank, number),
                    number(r.potential_value.0),
                    number(r.profitability.contribution.0),
                    number(c.revenue.0),
                    text(c.segment.clone()),
                ]
            })
            .collect();
        let today = clock::local(None).map(|d| d.date()).unwrap_or_default();
        let stem = export_file_name(
            &(ws.name.clone() + " " + Gm::RankingFile.text(locale)),
            today,
        );
        let stem = stem.strip_suffix(".json").unwrap_or(&stem).to_owned();
        Table {
            headers,
            rows,
            stem,
            today,
        }
    })
}

/// A number as Russian Excel reads it in a CSV: a decimal comma, no digit grouping.
fn csv_cell(cell: Cell) -> String {
    match cell {
        Cell::Text(s) => s,
        Cell::Number(v) => v.normalize().to_string().replace('.', ","),
        Cell::Blank => String::new(),
    }
}

/// Downloads the ranking as CSV.
pub(super) fn ranking(ctx: ClientsCtx) {
    let tb = table(ctx);
    let rows: Vec<Vec<String>> = tb
        .rows
        .into_iter()
        .map(|row| row.into_iter().map(csv_cell).collect())
        .collect();
    let file = tb.stem + ".csv";
    let csv = write_csv(&tb.headers, &rows, ';');
    if download(&csv, &file, "text/csv;charset=utf-8").is_err() {
        ctx.refuse(&file, ctx.t(Gm::DownloadFailed));
    }
}

/// Downloads the ranking as an Excel workbook, once the module that writes it is
/// fetched (a failure is named, as the CSV's is).
pub(super) fn ranking_xlsx(ctx: ClientsCtx) {
    let tb = table(ctx);
    let file = tb.stem + ".xlsx";
    let sheet = ctx.t(Gm::RankingFile).to_owned();
    let d = tb.today;
    let date = (
        u16::try_from(d.year()).unwrap_or(1980),
        d.month() as u8,
        d.day() as u8,
    );
    leptos::task::spawn_local(async move {
        let written = crate::ui::lazy::xlsx(sheet, tb.headers, tb.rows, date).await;
        let failed = match written {
            Ok(Ok(bytes)) => download_bytes(
                &bytes,
                &file,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
            .err()
            .map(|_| Gm::DownloadFailed),
            Ok(Err(_)) => Some(Gm::XlsxFailed),
            Err(_) => Some(Gm::XlsxNotLoaded),
        };
        if let Some(why) = failed {
            ctx.refuse(&file, ctx.t(why));
        }
    });
}
