//! The ranked table as a CSV file for Excel: `;`-separated, decimal comma, UTF-8 with
//! a byte-order mark, named `<workspace>-рейтинг-<date>.csv`.

use crate::engine::csv::write_csv;
use crate::engine::format::export_file_name;
use crate::engine::money::round;
use crate::engine::profile::Class;
use crate::engine::sort::sort_indices;
use crate::ui::i18n::{Cm, Gm};
use crate::ui::pages::clients::ctx::ClientsCtx;
use crate::ui::storage::{clock, download};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// A number as Russian Excel reads it: at most two decimals, a decimal comma, no
/// digit grouping.
fn number(value: Decimal) -> String {
    round(value, 2).normalize().to_string().replace('.', ",")
}

/// Downloads the ranking, best first (clients without a score at the end).
pub(super) fn ranking(ctx: ClientsCtx) {
    let locale = ctx.lang.get_untracked();
    // Numeric titles are marked with a leading `#` for the tables.
    let t = |m: Cm| {
        let text = m.text(locale);
        text.strip_prefix('#').unwrap_or(text).to_owned()
    };
    let a = ctx.ranked.get_untracked();
    let (csv, file) = ctx.store.ws().with_untracked(|ws| {
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
        let rows: Vec<Vec<String>> = order
            .into_iter()
            .map(|i| {
                let (r, c) = (&a.rows[i], &ws.clients[i]);
                vec![
                    r.rank.map(|n| n.to_string()).unwrap_or_default(),
                    c.name.clone(),
                    t(match r.class {
                        Class::Key => Cm::ClassKey,
                        Class::Development => Cm::ClassDevelopment,
                        Class::Standard => Cm::ClassStandard,
                    }),
                    r.score.map(number).unwrap_or_default(),
                    number(r.potential_value.0),
                    number(r.profitability.contribution.0),
                    number(c.revenue.0),
                    c.segment.clone(),
                ]
            })
            .collect();
        let today = clock::local(None).map(|d| d.date()).unwrap_or_default();
        let stem = export_file_name(
            &(ws.name.clone() + " " + Gm::RankingFile.text(locale)),
            today,
        );
        let file = stem.strip_suffix(".json").unwrap_or(&stem).to_owned() + ".csv";
        (write_csv(&headers, &rows, ';'), file)
    });
    if download(&csv, &file, "text/csv;charset=utf-8").is_err() {
        ctx.refuse(&file, ctx.t(Gm::DownloadFailed));
    }
}
