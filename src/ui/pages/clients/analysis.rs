//! The bias check, profitability and matrix tabs, with the whole analysis behind them
//! (rank correlations, cost-to-serve, the whale curve, the matrix), computed while one
//! of them is open. (Loading them on demand was measured: the main module grew by
//! 14 KB of gzip instead of shrinking, see docs/performance.md.)

use super::ctx::use_clients;
use super::{bias, matrix, profit, read_only_tab, Tab};
use crate::engine::analysis::complete;
use leptos::prelude::*;
use std::sync::Arc;

/// One of the analysis tabs (`Bias`, `Profit`, or the matrix for any other).
pub fn analysis_view(tab: Tab) -> AnyView {
    let ctx = use_clients();
    // Computed from the ranked rows, once per change, while the tab is open.
    let analysis = Memo::new_with_compare(
        move |_| {
            let ranked = ctx.ranked.get();
            crate::ui::storage::timing::around("kam-complete", || {
                Arc::new(ctx.store.ws().with(|ws| complete(&ranked, ws)))
            })
        },
        |a, b| !matches!((a, b), (Some(a), Some(b)) if Arc::ptr_eq(a, b)),
    );
    read_only_tab(
        ctx,
        Box::new(move |locale, limit| {
            let a = analysis.get();
            ctx.store.ws().with(|ws| match tab {
                Tab::Bias => vec![bias::bias(ws, &a, locale, limit)],
                Tab::Profit => vec![profit::profit(ws, &a, locale, limit)],
                _ => vec![matrix::matrix(ws, &a, locale)],
            })
        }),
    )
}
