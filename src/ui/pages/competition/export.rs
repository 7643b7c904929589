//! The results of a round as a CSV file for Excel (`;`, decimal comma, UTF-8 with a
//! byte-order mark): one line per criterion × company with n, mean, median, standard
//! deviation, IQR and whether the cell is disputed, then the weighted scores.

use super::Page;
use crate::engine::csv::write_csv;
use crate::engine::format::export_file_name;
use crate::engine::model::{Workshop, Workspace};
use crate::engine::workshop::results::round_results;
use crate::ui::i18n::Wm;
use crate::ui::storage::{clock, download};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// A number as Russian Excel reads it: a decimal comma, no grouping; empty when unknown.
fn number(v: Option<Decimal>) -> String {
    v.map(|v| v.normalize().to_string().replace('.', ","))
        .unwrap_or_default()
}

/// The subjects' names: our company, then the session's competitors.
pub(super) fn subject_names(ws: &Workspace, w: &Workshop) -> Vec<String> {
    std::iter::once(ws.company.name.clone())
        .chain(w.rivals.iter().map(|id| {
            ws.competitors
                .iter()
                .find(|k| k.id == *id)
                .map(|k| k.name.clone())
                .unwrap_or_default()
        }))
        .collect()
}

/// The CSV text of round `round` (from 0) of `w`.
pub(super) fn results_csv(
    ws: &Workspace,
    w: &Workshop,
    round: usize,
    t: &dyn Fn(Wm) -> String,
) -> String {
    let r = round_results(w, round);
    let names = subject_names(ws, w);
    let headers = [
        Wm::CsvRound,
        Wm::ColCriterion,
        Wm::ColImportance,
        Wm::CsvCompany,
        Wm::CsvN,
        Wm::CsvMean,
        Wm::CsvMedian,
        Wm::CsvStdev,
        Wm::CsvIqr,
        Wm::CsvDisputed,
    ]
    .map(t)
    .to_vec();
    let mut rows = Vec::new();
    for (c, row) in r.cells.iter().enumerate() {
        for (s, cell) in row.iter().enumerate() {
            rows.push(vec![
                (round + 1).to_string(),
                w.criteria
                    .get(c)
                    .map(|k| k.name.clone())
                    .unwrap_or_default(),
                number(w.criteria.get(c).map(|k| k.importance)),
                names.get(s).cloned().unwrap_or_default(),
                cell.n.to_string(),
                number(cell.mean),
                number(cell.median),
                number(cell.stdev),
                number(cell.iqr),
                if cell.disputed() {
                    t(Wm::Yes)
                } else {
                    String::new()
                },
            ]);
        }
    }
    for (s, score) in r.scores.iter().enumerate() {
        rows.push(vec![
            (round + 1).to_string(),
            t(Wm::CsvWeighted),
            String::new(),
            names.get(s).cloned().unwrap_or_default(),
            String::new(),
            number(*score),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]);
    }
    write_csv(&headers, &rows, ';')
}

/// Downloads the results of the shown session's round `round` (from 0).
pub(super) fn download_results(page: Page, round: usize) {
    let locale = page.lang.get_untracked();
    let t = |m: Wm| m.text(locale).to_owned();
    let Some(w) = page.workshop() else { return };
    let (csv, file) = page.store.ws().with_untracked(|ws| {
        let today = clock::local(None).map(|d| d.date()).unwrap_or_default();
        let stem = export_file_name(
            &format!("{} {} {}", w.name, t(Wm::CsvRound), round + 1),
            today,
        );
        let file = stem.strip_suffix(".json").unwrap_or(&stem).to_owned() + ".csv";
        (results_csv(ws, &w, round, &t), file)
    });
    if download(&csv, &file, "text/csv;charset=utf-8").is_err() {
        let text = format!("{file}: {}", t(Wm::DownloadFailed));
        page.notice.set(Some((false, text)));
    }
}
