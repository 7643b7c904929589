//! The client card: potential per year of the horizon (forecast consumption with its
//! basis, attainable share, margin rate → potential revenue and margin, NPV at the
//! workspace discount rate), the cost-to-serve lines with the contribution they
//! leave, and our relative strength in the client's eyes.

use super::ctx::{use_clients, ClientsCtx};
use super::fmt::{flag_badges, money, num_cell};
use crate::engine::action::Action;
use crate::engine::analysis::ClientRow;
use crate::engine::locale::{format_percent, Locale};
use crate::engine::model::{Client, ClientId, Workspace};
use crate::engine::money::{Money, Rate};
use crate::engine::potential::PotentialYear;
use crate::engine::profitability::CostToServe;
use crate::ui::html::Html;
use crate::ui::i18n::Cm;
use crate::ui::reactive::dyn_view;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The card tab: the client picker (rebuilt only when names change) and the card.
#[allow(non_snake_case)]
pub fn CardView() -> impl IntoView {
    let ctx = use_clients();
    let names = Memo::new(move |_| {
        ctx.store.ws().with(|ws| {
            ws.clients
                .iter()
                .map(|c| (c.id, c.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let picker = move || {
        let current = ctx
            .selected
            .get()
            .or_else(|| names.with(|n| n.first().map(|c| c.0)));
        let options = names.with(|n| {
            n.iter()
                .map(|(id, name)| {
                    view! { <option value=id.0.to_string() selected=Some(*id) == current>{name.clone()}</option> }
                })
                .collect_view()
        });
        let pick = move |ev: leptos::ev::Event| {
            if let Ok(n) = event_target_value(&ev).parse::<u32>() {
                ctx.selected.set(Some(ClientId(n)));
            }
        };
        view! {
            <div class="field">
                <label for="card-client">{Cm::ColClient.text(ctx.lang.get())}</label>
                <select id="card-client" on:change=pick>{options}</select>
            </div>
        }
    };
    let body = move || {
        let locale = ctx.lang.get();
        let a = ctx.analysis.get();
        let selected = ctx.selected.get();
        ctx.store.ws().with(|ws| {
            let i = selected
                .and_then(|id| ws.clients.iter().position(|c| c.id == id))
                .unwrap_or(0);
            match ws.clients.get(i) {
                Some(c) => card(ctx, ws, c, &a.rows[i], locale).into_any(),
                None => view! { <p class="empty" role="status">{Cm::NoClients.text(locale)}</p> }
                    .into_any(),
            }
        })
    };
    view! { {dyn_view(picker)} {dyn_view(body)} }
}

fn card(
    ctx: ClientsCtx,
    ws: &Workspace,
    c: &Client,
    row: &ClientRow,
    locale: Locale,
) -> impl IntoView {
    let t = |m: Cm| m.text(locale);
    let id = c.id;
    let strength = num_cell(
        ctx,
        t(Cm::Strength).to_owned(),
        c.relative_strength,
        true,
        move |value| {
            ctx.apply(
                Action::SetRelativeStrength { client: id, value },
                ctx.t(Cm::Strength),
            )
        },
    );
    let mut flags = Html::new();
    flag_badges(&mut flags, &row.flags, locale);
    let flags = flags.finish();
    let currency = &ws.settings.currency;
    let p = &row.profitability;
    let figures = [
        (Cm::Revenue, p.revenue),
        (Cm::CostOfGoods, -p.cost_of_goods),
        (Cm::GrossProfit, p.gross_profit),
        (Cm::DiscountsBonuses, -p.discounts_bonuses),
        (Cm::CostToServe, -p.cost_to_serve),
        (Cm::Financing, -p.financing),
        (Cm::Contribution, p.contribution),
    ]
    .into_iter()
    .map(|(m, v)| {
        view! {
            <tr>
                <th scope="row">{m.text(locale)}</th>
                <td class="num" class:negative=v.is_negative()>{money(v, currency, locale)}</td>
            </tr>
        }
    })
    .collect_view();
    let margin = p
        .contribution_margin
        .map(|r| format_percent(r, 1, locale))
        .unwrap_or_else(|| "—".to_owned());
    view! {
        <p inner_html=flags></p>
        <section aria-labelledby="potential-title">
            <h2 id="potential-title">{t(Cm::PotentialTitle)}</h2>
            <p class="notice">{t(Cm::PotentialHint)}</p>
            {potential_table(ctx, ws, c, locale)}
            <p data-testid="potential-value">
                {format!("{} {}", t(Cm::PotentialValueIs), money(row.potential_value, currency, locale))}
            </p>
        </section>
        <section aria-labelledby="costs-title">
            <h2 id="costs-title">{t(Cm::CostsTitle)}</h2>
            {cost_fields(ctx, c, locale)}
            <table class="figures" data-testid="profitability">
                <tbody>{figures}</tbody>
            </table>
            <p data-testid="contribution-margin">{format!("{} {margin}", t(Cm::ContributionMargin))}</p>
        </section>
        <section aria-labelledby="strength-title">
            <h2 id="strength-title">{t(Cm::Strength)}</h2>
            <p class="notice">{t(Cm::StrengthHint)}</p>
            {strength}
        </section>
    }
}

/// A change to one potential year.
enum YearEdit {
    Consumption(Decimal),
    Share(Decimal),
    Margin(Decimal),
    Basis(String),
}

/// The years of `c` with `edit` applied to `year` (a year without an entry gets one,
/// with zeros elsewhere), as the client's new list of years.
fn edit_year(c: &Client, year: i32, edit: YearEdit) -> Vec<PotentialYear> {
    let mut years = c.potential.clone();
    if !years.iter().any(|y| y.year == year) {
        years.push(PotentialYear {
            year,
            consumption: Money(Decimal::ZERO),
            basis: String::new(),
            attainable_share: Rate(Decimal::ZERO),
            margin_rate: Rate(Decimal::ZERO),
        });
        years.sort_by_key(|y| y.year);
    }
    if let Some(y) = years.iter_mut().find(|y| y.year == year) {
        match edit {
            YearEdit::Consumption(v) => y.consumption = Money(v),
            YearEdit::Share(v) => y.attainable_share = Rate::from_percent(v),
            YearEdit::Margin(v) => y.margin_rate = Rate::from_percent(v),
            YearEdit::Basis(text) => y.basis = text,
        }
    }
    years
}

fn potential_table(ctx: ClientsCtx, ws: &Workspace, c: &Client, locale: Locale) -> impl IntoView {
    let t = |m: Cm| m.text(locale);
    let currency = &ws.settings.currency;
    let client = c.id;
    let rows = ws
        .horizon()
        .map(|year| {
            let y = c.potential.iter().find(|y| y.year == year);
            let f = y.map(PotentialYear::figures);
            let cell = |edit: fn(Decimal) -> YearEdit, label: Cm, value: Option<Decimal>| {
                let current = c.clone();
                let what = format!("{} {year}", t(label));
                num_cell(ctx, what.clone(), value, false, move |v| {
                    let years = edit_year(&current, year, edit(v.unwrap_or_default()));
                    ctx.apply(Action::SetPotential { client, years }, &what)
                })
            };
            let basis_now = y.map(|y| y.basis.clone()).unwrap_or_default();
            let current = c.clone();
            let basis_label = format!("{} {year}", t(Cm::Basis));
            let what = basis_label.clone();
            let on_basis = move |ev: leptos::ev::Event| {
                let text = event_target_value(&ev).trim().to_owned();
                let years = edit_year(&current, year, YearEdit::Basis(text));
                ctx.apply(Action::SetPotential { client, years }, &what);
            };
            view! {
                <tr>
                    <th scope="row">{year}</th>
                    <td>{cell(YearEdit::Consumption, Cm::Consumption, y.map(|y| y.consumption.amount()))}</td>
                    <td>
                        <input type="text" aria-label=basis_label prop:value=basis_now on:change=on_basis />
                    </td>
                    <td>{cell(YearEdit::Share, Cm::Share, y.map(|y| y.attainable_share.percent()))}</td>
                    <td>{cell(YearEdit::Margin, Cm::MarginRate, y.map(|y| y.margin_rate.percent()))}</td>
                    <td class="num">{f.as_ref().map(|f| money(f.revenue, currency, locale))}</td>
                    <td class="num">{f.as_ref().map(|f| money(f.margin, currency, locale))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table data-testid="potential">
                <thead>
                    <tr>
                        <th scope="col">{t(Cm::Year)}</th>
                        <th scope="col">{t(Cm::Consumption)}</th>
                        <th scope="col">{t(Cm::Basis)}</th>
                        <th scope="col">{t(Cm::Share)}</th>
                        <th scope="col">{t(Cm::MarginRate)}</th>
                        <th scope="col" class="num">{t(Cm::PotentialRevenue)}</th>
                        <th scope="col" class="num">{t(Cm::PotentialMargin)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A cost-to-serve line: its label, how to read it and how to set it.
type CostLine = (
    Cm,
    fn(&CostToServe) -> Decimal,
    fn(&mut CostToServe, Decimal),
);

/// The cost-to-serve lines in the order of the form and of the file.
const COST_LINES: [CostLine; 11] = [
    (
        Cm::Logistics,
        |k| k.logistics.0,
        |k, v| k.logistics = Money(v),
    ),
    (
        Cm::Transport,
        |k| k.transport.0,
        |k, v| k.transport = Money(v),
    ),
    (Cm::Courier, |k| k.courier.0, |k, v| k.courier = Money(v)),
    (
        Cm::ManagerHours,
        |k| k.manager_hours,
        |k, v| k.manager_hours = v,
    ),
    (
        Cm::ManagerRate,
        |k| k.manager_rate.0,
        |k, v| k.manager_rate = Money(v),
    ),
    (
        Cm::TripExpenses,
        |k| k.trip_expenses.0,
        |k, v| k.trip_expenses = Money(v),
    ),
    (
        Cm::AccountingHours,
        |k| k.accounting_hours,
        |k, v| k.accounting_hours = v,
    ),
    (
        Cm::AccountingRate,
        |k| k.accounting_rate.0,
        |k, v| k.accounting_rate = Money(v),
    ),
    (
        Cm::DiscountsBonuses,
        |k| k.discounts_bonuses.0,
        |k, v| k.discounts_bonuses = Money(v),
    ),
    (
        Cm::Receivables,
        |k| k.average_receivables.0,
        |k, v| k.average_receivables = Money(v),
    ),
    (
        Cm::FinancingRate,
        |k| k.financing_rate.percent(),
        |k, v| k.financing_rate = Rate::from_percent(v),
    ),
];

fn cost_fields(ctx: ClientsCtx, c: &Client, locale: Locale) -> impl IntoView {
    let client = c.id;
    COST_LINES
        .iter()
        .map(|&(label, get, set)| {
            let costs = c.cost_to_serve.clone();
            let text = label.text(locale);
            view! {
                <div class="field">
                    <span>{text}</span>
                    {num_cell(ctx, text.to_owned(), Some(get(&costs)), false, move |v| {
                        let mut costs = costs.clone();
                        set(&mut costs, v.unwrap_or_default());
                        ctx.apply(Action::SetCostToServe { client, costs }, text)
                    })}
                </div>
            }
        })
        .collect_view()
}
