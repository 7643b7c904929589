//! The results of a workshop round for the facilitator and the projector (domain §3):
//! the ranking by weighted score, the strengths and weaknesses that matter to the
//! client, the ratings as a disagreement heat map, the strategy canvas, each
//! participant's bias, and the convergence between rounds.
//!
//! The round selector and the projector switch are a small `view!`; everything else is
//! read-only and written as HTML text ([`crate::ui::html`]) into the host `wr`.

mod canvas;
mod cells;
mod tables;

use super::Page;
use crate::engine::locale::{format_decimal, Locale};
use crate::engine::model::{Workshop, Workspace};
use crate::engine::workshop::results::{round_results, spread};
use crate::ui::html::{host, Html};
use crate::ui::i18n::{tr, use_lang, Rm};
use crate::ui::state::use_store;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// What every part of the view needs: the language, the subjects' names (us first),
/// and whether participants' names are hidden.
pub(super) struct View<'a> {
    pub locale: Locale,
    pub w: &'a Workshop,
    pub names: Vec<String>,
    pub anonymous: bool,
}

impl View<'_> {
    pub fn t(&self, m: Rm) -> &'static str {
        m.text(self.locale)
    }

    /// A figure with `dp` decimal places, «—» when unknown.
    pub fn num(&self, v: Option<Decimal>, dp: u32) -> String {
        v.map_or_else(
            || "—".to_owned(),
            |v| format_decimal(v, dp, dp, self.locale),
        )
    }

    /// The subject's name (user data: write it with [`Html::text`]).
    pub fn name(&self, s: usize) -> &str {
        self.names.get(s).map_or("—", String::as_str)
    }

    /// A criterion's name (user data).
    pub fn criterion(&self, c: usize) -> &str {
        self.w.criteria.get(c).map_or("—", |k| k.name.as_str())
    }
}

/// The rounds (from 0) that have ballots.
fn rounds_with_ballots(w: &Workshop) -> Vec<usize> {
    (0..w.rounds.len())
        .filter(|&r| !w.rounds[r].ballots.is_empty())
        .collect()
}

/// The results section of the shown session.
#[component]
pub(super) fn Results(page: Page) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let w = Memo::new(move |_| page.workshop());
    let chosen = RwSignal::new(None::<usize>);
    let projector = RwSignal::new(false);
    // The round shown: the chosen one while it has ballots, else the last with ballots.
    let round = Memo::new(move |_| {
        let rounds = w.with(|w| w.as_ref().map(rounds_with_ballots).unwrap_or_default());
        match chosen.get() {
            Some(r) if rounds.contains(&r) => Some(r),
            _ => rounds.last().copied(),
        }
    });
    Effect::new(move |_| set_projector_class(projector.get()));
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && projector.get_untracked() {
            projector.set(false);
        }
    });
    on_cleanup(move || {
        keys.remove();
        set_projector_class(false);
    });
    Effect::new(move |_| {
        let (locale, on, r) = (lang.get(), projector.get(), round.get());
        let markup = w.with(|w| {
            store
                .ws()
                .with(|ws| w.as_ref().map(|w| body(ws, w, r, on, locale)))
        });
        if let Some(el) = document().get_element_by_id("wr") {
            el.set_inner_html(&markup.unwrap_or_default());
        }
    });
    let round_buttons = move || {
        let locale = lang.get();
        let rounds = w.with(|w| w.as_ref().map(rounds_with_ballots).unwrap_or_default());
        let shown = round.get();
        (rounds.len() > 1).then(|| {
            rounds
                .into_iter()
                .map(|r| {
                    view! {
                        <button
                            type="button"
                            aria-pressed=if shown == Some(r) { "true" } else { "false" }
                            on:click=move |_| chosen.set(Some(r))
                        >
                            {format!("{} {}", Rm::Round.text(locale), r + 1)}
                        </button>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="ws-results" aria-labelledby="wr-title">
            <div class="wr-bar">
                <h2 id="wr-title">{tr(Rm::Title)}</h2>
                <div class="wr-rounds" role="group" aria-label=move || Rm::Rounds.text(lang.get())>
                    {round_buttons}
                </div>
                <button
                    type="button"
                    disabled=move || round.get().is_none()
                    on:click=move |_| {
                        if let Some(r) = round.get_untracked() {
                            super::export::download_results(page, r);
                        }
                    }
                >
                    {move || crate::ui::i18n::Wm::DownloadCsv.text(lang.get())}
                </button>
                <button type="button" on:click=move |_| { let _ = window().print(); }>
                    {move || crate::ui::i18n::Wm::Print.text(lang.get())}
                </button>
                <button
                    type="button"
                    class="wr-projector"
                    title=move || Rm::ProjectorHint.text(lang.get())
                    aria-pressed=move || if projector.get() { "true" } else { "false" }
                    on:click=move |_| projector.update(|p| *p = !*p)
                >
                    {tr(Rm::Projector)}
                </button>
            </div>
            {host("wr")}
        </section>
    }
}

/// Adds or removes the class `projector` on `<body>`.
fn set_projector_class(on: bool) {
    let Some(body) = document().body() else {
        return;
    };
    let mut classes: Vec<String> = body
        .class_name()
        .split_whitespace()
        .filter(|c| *c != "projector")
        .map(str::to_owned)
        .collect();
    if on {
        classes.push("projector".to_owned());
    }
    body.set_class_name(&classes.join(" "));
}

/// The results of round `round` (none: no ballots yet) as HTML.
fn body(
    ws: &Workspace,
    w: &Workshop,
    round: Option<usize>,
    projector: bool,
    locale: Locale,
) -> String {
    let mut h = Html::new();
    let Some(round) = round else {
        h.cell(
            "p",
            "class=\"empty\" role=\"status\" data-testid=\"wr-empty\"",
            Rm::Empty.text(locale),
        );
        return h.finish();
    };
    let mut names = vec![ws.company.name.clone()];
    names.extend(w.rivals.iter().map(|id| {
        ws.competitors
            .iter()
            .find(|c| c.id == *id)
            .map_or_else(|| "—".to_owned(), |c| c.name.clone())
    }));
    let v = View {
        locale,
        w,
        names,
        anonymous: w.anonymous || projector,
    };
    let res = round_results(w, round);
    let ballots = w.rounds.get(round).map_or(0, |r| r.ballots.len());
    h.raw("<p class=\"wr-round\" data-testid=\"wr-round\">")
        .text(&format!(
            "{} {} · {} {ballots}",
            v.t(Rm::Round),
            round + 1,
            v.t(Rm::Ballots)
        ))
        .raw("</p>");
    convergence_line(&mut h, &v);
    tables::ranking(&mut h, &v, &res);
    tables::standing(&mut h, &v, &res);
    cells::table(&mut h, &v, &res, round);
    canvas::canvas(&mut h, &v, &res);
    tables::bias(&mut h, &v, &res, round);
    h.finish()
}

/// «Средний разброс: раунд 1 — 1,23; раунд 2 — 0,64 (сошлись)» when two or more
/// rounds have ballots.
fn convergence_line(h: &mut Html, v: &View) {
    let rounds = rounds_with_ballots(v.w);
    if rounds.len() < 2 {
        return;
    }
    let spreads: Vec<(usize, Option<Decimal>)> = rounds
        .iter()
        .map(|&r| (r, spread(&crate::engine::workshop::results::cells(v.w, r))))
        .collect();
    let parts: Vec<String> = spreads
        .iter()
        .map(|(r, s)| format!("{} {} — {}", v.t(Rm::RoundLower), r + 1, v.num(*s, 2)))
        .collect();
    let mut line = format!("{} {}", v.t(Rm::Spread), parts.join("; "));
    if let [.., (_, Some(a)), (_, Some(b))] = spreads[..] {
        line = format!(
            "{line} ({})",
            v.t(if b < a { Rm::Converged } else { Rm::Diverged })
        );
    }
    h.cell(
        "p",
        "class=\"wr-convergence\" data-testid=\"wr-convergence\"",
        &line,
    );
}
