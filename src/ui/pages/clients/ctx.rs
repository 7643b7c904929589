//! What the views of «Клиенты и портфель» share: the analysis of the workspace
//! (computed once per change), the open tab, the client whose card is open and the
//! last refused input.

use crate::engine::action::Action;
use crate::engine::analysis::{rank_with, AnalysisCache, Ranked};
use crate::engine::model::ClientId;
use crate::ui::i18n::{field_label, problem_text, use_lang, Cm, Msg, Text, UiLang};
use crate::ui::state::{use_store, Refusal, Store};
use leptos::prelude::*;
use std::sync::{Arc, Mutex};

/// A view of the section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    /// Score, rank, classes and the Pareto / capacity checks.
    Ranking,
    /// The key-client profile: criteria, weights, scales, gates.
    Profile,
    /// The client base: grid, search, filters, CSV import and export.
    Base,
    /// One client: potential per year, cost-to-serve, relative strength.
    Card,
    /// Ranks by revenue, potential and score side by side.
    Bias,
    /// Contribution after cost-to-serve and the whale curve.
    Profit,
    /// The portfolio matrix.
    Matrix,
}

impl Tab {
    /// Every tab, in display order.
    pub const ALL: [Tab; 7] = [
        Tab::Ranking,
        Tab::Profile,
        Tab::Base,
        Tab::Card,
        Tab::Bias,
        Tab::Profit,
        Tab::Matrix,
    ];

    /// The tab's name.
    pub fn title(self) -> Cm {
        match self {
            Tab::Ranking => Cm::TabRanking,
            Tab::Profile => Cm::TabProfile,
            Tab::Base => Cm::TabBase,
            Tab::Card => Cm::TabCard,
            Tab::Bias => Cm::TabBias,
            Tab::Profit => Cm::TabProfit,
            Tab::Matrix => Cm::TabMatrix,
        }
    }
}

/// Shared state of the section, provided as context.
#[derive(Clone, Copy)]
pub struct ClientsCtx {
    /// The store.
    pub store: Store,
    /// The interface language (captured here: event handlers have no context).
    pub lang: UiLang,
    /// Rows, classes and checks of the current workspace (a new `Arc` per change).
    pub ranked: Memo<Arc<Ranked>>,
    /// The open tab.
    pub tab: RwSignal<Tab>,
    /// The client whose card is open.
    pub selected: RwSignal<Option<ClientId>>,
    /// The last refused input, in words, naming the field.
    pub refused: RwSignal<Option<String>>,
}

impl ClientsCtx {
    /// Creates the context and provides it.
    pub fn provide() -> ClientsCtx {
        let store = use_store();
        // Per-client results survive between changes: an edit re-analyses one client.
        let cache = Arc::new(Mutex::new(AnalysisCache::default()));
        let ranked = Memo::new_with_compare(
            move |_| {
                let ws = store.ws();
                let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
                crate::ui::storage::timing::around("kam-analyse", || {
                    Arc::new(ws.with(|ws| rank_with(ws, &mut cache)))
                })
            },
            |a, b| !matches!((a, b), (Some(a), Some(b)) if Arc::ptr_eq(a, b)),
        );
        let ctx = ClientsCtx {
            store,
            lang: use_lang(),
            ranked,
            tab: RwSignal::new(Tab::Ranking),
            selected: RwSignal::new(None),
            refused: RwSignal::new(None),
        };
        provide_context(ctx);
        ctx
    }

    /// Applies `action`; a refusal is shown in words with `what` (the field, as the
    /// user sees it) and changes nothing. True when applied.
    pub fn apply(self, action: Action, what: &str) -> bool {
        let locale = self.lang.get_untracked();
        match self.store.dispatch(action) {
            Ok(()) => {
                self.refused.set(None);
                true
            }
            Err(Refusal::ReadOnly) => {
                self.refused
                    .set(Some(Msg::ReadOnlyRefused.text(locale).to_owned()));
                false
            }
            Err(Refusal::Invalid(problems)) => {
                let text = problems
                    .iter()
                    .map(|p| {
                        format!(
                            "{what} ({}): {}",
                            field_label(&p.path, locale),
                            problem_text(&p.kind, locale, false)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                self.refused.set(Some(text));
                false
            }
        }
    }

    /// Shows that `what` could not be read: `reason`; nothing changes.
    pub fn refuse(self, what: &str, reason: &str) {
        self.refused.set(Some(format!("{what}: {reason}")));
    }

    /// Opens the card of `client`.
    pub fn open_card(self, client: ClientId) {
        self.selected.set(Some(client));
        self.tab.set(Tab::Card);
    }
}

/// The section's context.
pub fn use_clients() -> ClientsCtx {
    expect_context::<ClientsCtx>()
}

impl ClientsCtx {
    /// The text of `msg` in the current language (untracked: for handlers).
    pub fn t(self, msg: impl Text) -> &'static str {
        msg.text(self.lang.get_untracked())
    }
}
