//! The ranking: score 0–100, rank and class of every client, the Pareto check (key
//! clients at most 20 % of the base) and the KAM-capacity check as plain warnings, and
//! the rule that splits the ranked base into classes.

use super::ctx::{use_clients, ClientsCtx};
use super::fmt::{
    card_link, class_badge, flag_badges, money, more_button, open_card_on_click, score_text,
    SHOW_STEP,
};
use crate::engine::action::Action;
use crate::engine::analysis::Analysis;
use crate::engine::locale::{format_decimal, parse_decimal, Locale};
use crate::engine::model::Workspace;
use crate::engine::profile::ClassRule;
use crate::ui::html::Html;
use crate::ui::i18n::Cm;
use crate::ui::reactive::dyn_view;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;

/// The ranking tab.
#[allow(non_snake_case)]
pub fn RankingView() -> impl IntoView {
    let ctx = use_clients();
    let shown = RwSignal::new(SHOW_STEP);
    view! {
        {dyn_view(move || {
            let a = ctx.analysis.get();
            let locale = ctx.lang.get();
            ctx.store.ws().with(|ws| checks(ws, &a, locale))
        })}
        <ClassRuleForm ctx=ctx />
        {dyn_view(move || {
            let a = ctx.analysis.get();
            let locale = ctx.lang.get();
            let limit = shown.get();
            ctx.store.ws().with(|ws| table(ctx, ws, &a, locale, limit, shown))
        })}
    }
}

/// The Pareto, capacity and measurability warnings.
fn checks(ws: &Workspace, a: &Analysis, locale: Locale) -> impl IntoView {
    let c = &a.checks;
    let t = |m: Cm| m.text(locale);
    let share = format_decimal(c.key_share, 0, 1, locale);
    let pareto = format!(
        "{} {} {} {} ({share} %). {}",
        t(Cm::KeyCount),
        c.key,
        t(Cm::Of),
        c.clients,
        t(if c.pareto_ok {
            Cm::ParetoOk
        } else {
            Cm::ParetoWarn
        })
    );
    let capacity = format!(
        "{} {} ({} × {}). {}",
        t(Cm::Capacity),
        c.capacity,
        ws.company.kam_count,
        ws.company.accounts_per_kam,
        t(if c.capacity_ok {
            Cm::CapacityOk
        } else {
            Cm::CapacityWarn
        })
    );
    let unmeasurable: Vec<String> = a
        .unmeasurable
        .iter()
        .filter_map(|id| ws.criteria.iter().find(|k| k.id == *id))
        .map(|k| format!("«{}»", k.name))
        .collect();
    view! {
        <ul class="checks" aria-label=t(Cm::ChecksLabel)>
            <li class:warn=!c.pareto_ok data-testid="pareto">{pareto}</li>
            <li class:warn=!c.capacity_ok data-testid="capacity">{capacity}</li>
            {(!unmeasurable.is_empty()).then(|| view! {
                <li class="warn" data-testid="unmeasurable">
                    {format!("{} {}", t(Cm::Unmeasurable), unmeasurable.join(", "))}
                </li>
            })}
        </ul>
    }
}

/// The ranked table, best first; clients without a score at the end.
fn table(
    ctx: ClientsCtx,
    ws: &Workspace,
    a: &Analysis,
    locale: Locale,
    limit: usize,
    shown: RwSignal<usize>,
) -> AnyView {
    let t = |m: Cm| m.text(locale);
    if ws.clients.is_empty() {
        return view! { <p class="empty" role="status">{t(Cm::NoClients)}</p> }.into_any();
    }
    let mut order: Vec<usize> = (0..a.rows.len()).collect();
    order.sort_by_key(|&i| (a.rows[i].rank.is_none(), a.rows[i].rank));
    let currency = &ws.settings.currency;
    let mut h = Html::new();
    h.raw("<table class=\"ranking\" data-testid=\"ranking\">")
        .head(&[
            t(Cm::ColRankNum),
            t(Cm::ColClient),
            t(Cm::ColClass),
            t(Cm::ColScoreNum),
            t(Cm::ColPotentialValueNum),
            t(Cm::ColContributionNum),
            t(Cm::ColFlags),
        ]);
    h.raw("<tbody>");
    for &i in order.iter().take(limit) {
        let r = &a.rows[i];
        let c = &ws.clients[i];
        h.raw("<tr>")
            .cell(
                "td",
                "class=\"num\"",
                &r.rank.map(|n| n.to_string()).unwrap_or_default(),
            )
            .raw("<th scope=\"row\">");
        card_link(&mut h, c.id, &c.name);
        h.raw("</th><td>");
        class_badge(&mut h, r.class, locale);
        h.raw("</td>")
            .cell("td", "class=\"num\"", &score_text(r.score, locale))
            .cell(
                "td",
                "class=\"num\"",
                &money(r.potential_value, currency, locale),
            );
        let contribution = r.profitability.contribution;
        h.cell(
            "td",
            if contribution.is_negative() {
                "class=\"num negative\""
            } else {
                "class=\"num\""
            },
            &money(contribution, currency, locale),
        )
        .raw("<td>");
        flag_badges(&mut h, &r.flags, locale);
        h.raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    let more = more_button(shown, order.len(), limit, locale);
    view! {
        <div
            class="table-scroll"
            tabindex="0"
            role="region"
            aria-label=t(Cm::RankingTable)
            on:click=open_card_on_click(ctx)
            inner_html=h.finish()
        ></div>
        {more}
    }
    .into_any()
}

/// The class rule: score thresholds or top-N ranks.
#[component]
fn ClassRuleForm(ctx: ClientsCtx) -> impl IntoView {
    let form = move || {
        let locale = ctx.lang.get();
        let rule = ctx.store.ws().with(|ws| ws.class_rule.clone());
        let by_rank = RwSignal::new(matches!(rule, ClassRule::TopN { .. }));
        let (a, b) = match rule {
            ClassRule::Thresholds {
                key_from,
                development_from,
            } => (key_from, development_from),
            ClassRule::TopN { key, development } => (key.into(), development.into()),
        };
        let first = StoredValue::new(format_decimal(a, 0, 2, locale));
        let second = StoredValue::new(format_decimal(b, 0, 2, locale));
        let submit = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let top = by_rank.get_untracked();
            let read = |v: StoredValue<String>, label: Cm| {
                let parsed = v.with_value(|t| parse_decimal(t));
                match parsed {
                    Ok(d) if !top || (d.fract().is_zero() && d >= 0.into()) => Some(d),
                    _ => {
                        ctx.refuse(ctx.t(label), ctx.t(Cm::NotAValidNumber));
                        None
                    }
                }
            };
            let (k, d) = if top {
                (Cm::KeyTop, Cm::DevelopmentNext)
            } else {
                (Cm::KeyFrom, Cm::DevelopmentFrom)
            };
            let (Some(x), Some(y)) = (read(first, k), read(second, d)) else {
                return;
            };
            let rule = if top {
                ClassRule::TopN {
                    key: x.to_usize().unwrap_or(0),
                    development: y.to_usize().unwrap_or(0),
                }
            } else {
                ClassRule::Thresholds {
                    key_from: x,
                    development_from: y,
                }
            };
            ctx.apply(Action::SetClassRule(rule), ctx.t(Cm::ClassRule));
        };
        let field = |id: &'static str, value: StoredValue<String>, label: Signal<&'static str>| {
            view! {
                <div class="field">
                    <label for=id>{label}</label>
                    <input
                        id=id
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        prop:value=value.get_value()
                        on:input=move |ev| value.set_value(event_target_value(&ev))
                    />
                </div>
            }
        };
        let label = move |rank: Cm, score: Cm| {
            Signal::derive(move || {
                let locale = ctx.lang.get();
                if by_rank.get() {
                    rank.text(locale)
                } else {
                    score.text(locale)
                }
            })
        };
        view! {
            <form class="class-rule" on:submit=submit>
                <fieldset>
                    <legend>{Cm::ClassRule.text(locale)}</legend>
                    <label>
                        <input
                            type="radio"
                            name="class-rule"
                            prop:checked=move || !by_rank.get()
                            on:change=move |_| by_rank.set(false)
                        />
                        {Cm::ByScore.text(locale)}
                    </label>
                    <label>
                        <input
                            type="radio"
                            name="class-rule"
                            prop:checked=move || by_rank.get()
                            on:change=move |_| by_rank.set(true)
                        />
                        {Cm::ByRank.text(locale)}
                    </label>
                    {field("rule-key", first, label(Cm::KeyTop, Cm::KeyFrom))}
                    {field("rule-dev", second, label(Cm::DevelopmentNext, Cm::DevelopmentFrom))}
                    <button type="submit">{Cm::ApplyRule.text(locale)}</button>
                </fieldset>
            </form>
        }
    };
    dyn_view(form)
}
