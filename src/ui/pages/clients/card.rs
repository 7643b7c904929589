//! The client card: potential per year of the horizon (forecast consumption with its
//! basis, attainable share, margin rate → potential revenue and margin, NPV at the
//! workspace discount rate), the cost-to-serve lines with the contribution they
//! leave, and our relative strength in the client's eyes.
//!
//! The card is HTML text (see `ui::html`) built again after every change, which keeps
//! an edit → screen round trip cheap (the 50 ms budget with 1 000 clients
//! under 4× throttling) and the wasm small. Its inputs are
//! read by one delegated `change` handler through their ids. The text is applied with
//! [`morph_html`]: only the figures that changed are touched, and the focused field
//! stays where it is.

use super::ctx::{use_clients, ClientsCtx};
use super::fmt::{flag_badges, money};
use crate::engine::action::Action;
use crate::engine::analysis::ClientRow;
use crate::engine::locale::{format_decimal, format_percent, parse_decimal, Locale};
use crate::engine::model::{Client, ClientId, Workspace};
use crate::engine::money::{Money, Rate};
use crate::engine::profitability::CostToServe;
use crate::ui::html::Html;
use crate::ui::i18n::{Cm, Km};
use crate::ui::morph::morph_html;
use crate::ui::reactive::dyn_view;
use leptos::prelude::*;
use rust_decimal::Decimal;
use std::sync::Arc;
use wasm_bindgen::JsCast;

mod potential;
use potential::{edit_year, potential_table, YearEdit};

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
        let mut options = Html::new();
        names.with(|n| {
            for (id, name) in n {
                options.raw("<option value=\"").raw(&id.0.to_string());
                options.raw(if Some(*id) == current {
                    "\" selected>"
                } else {
                    "\">"
                });
                options.text(name).raw("</option>");
            }
        });
        let pick = move |ev: leptos::ev::Event| {
            if let Ok(n) = event_target_value(&ev).parse::<u32>() {
                ctx.selected.set(Some(ClientId(n)));
            }
        };
        view! {
            <div class="field">
                <label for="card-client">{Cm::ColClient.text(ctx.lang.get())}</label>
                <select id="card-client" on:change=pick inner_html=options.finish()></select>
            </div>
        }
    };
    let host = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let locale = ctx.lang.get();
        let a = ctx.ranked.get();
        let selected = ctx.selected.get();
        let html = ctx.store.ws().with(|ws| {
            let i = index_of(ws, selected);
            match (ws.clients.get(i), a.rows.get(i)) {
                (Some(c), Some(row)) => card(ws, c, row, locale),
                _ => {
                    let mut h = Html::new();
                    h.cell(
                        "p",
                        "class=\"empty\" role=\"status\"",
                        Cm::NoClients.text(locale),
                    );
                    h.finish()
                }
            }
        });
        if let Some(el) = host.get() {
            morph_html(&el, &html);
        }
    });
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let client = ctx.store.ws().with_untracked(|ws| {
            ws.clients
                .get(index_of(ws, ctx.selected.get_untracked()))
                .cloned()
        });
        let Some(client) = client else { return };
        let what = input.get_attribute("aria-label").unwrap_or_default();
        if !commit(ctx, &client, &input.id(), &input.value(), &what) {
            // Nothing changed: the field shows the value that still holds.
            input.set_value(&input.get_attribute("data-v").unwrap_or_default());
        }
    };
    view! {
        {dyn_view(picker)}
        <div node_ref=host on:change=on_change></div>
    }
}

/// The index of the selected client in `ws` (the first client when none is selected).
fn index_of(ws: &Workspace, selected: Option<ClientId>) -> usize {
    selected
        .and_then(|id| ws.clients.iter().position(|c| c.id == id))
        .unwrap_or(0)
}

/// What an input of the card sets, from its id.
enum Field {
    Cost(usize),
    Strength,
    Year(i32, char),
}

fn field(id: &str) -> Option<Field> {
    let rest = id.strip_prefix("card-")?;
    if rest == "strength" {
        return Some(Field::Strength);
    }
    if let Some(k) = rest.strip_prefix("cost-") {
        return k.parse().ok().map(Field::Cost);
    }
    let (year, kind) = rest.split_once('-')?;
    Some(Field::Year(year.parse().ok()?, kind.chars().next()?))
}

/// Reads the input `id` of the card of `c` and applies it; false when refused (the
/// message names `what`, the field as the user sees it) or unreadable.
fn commit(ctx: ClientsCtx, c: &Arc<Client>, id: &str, raw: &str, what: &str) -> bool {
    let Some(field) = field(id) else { return true };
    let client = c.id;
    if let Field::Year(year, 'b') = field {
        let years = edit_year(c, year, YearEdit::Basis(raw.trim().to_owned()));
        return years == c.potential || ctx.apply(Action::SetPotential { client, years }, what);
    }
    let optional = matches!(field, Field::Strength);
    let value = if optional && raw.trim().is_empty() {
        None
    } else {
        match parse_decimal(raw) {
            Ok(v) => Some(v),
            Err(_) => {
                ctx.refuse(what, ctx.t(Cm::NotAValidNumber));
                return false;
            }
        }
    };
    let v = value.unwrap_or_default();
    let action = match field {
        Field::Strength if value == c.relative_strength => return true,
        Field::Strength => Action::SetRelativeStrength { client, value },
        Field::Cost(k) => {
            let Some(&(_, get, set)) = COST_LINES.get(k) else {
                return true;
            };
            if get(&c.cost_to_serve) == v {
                return true;
            }
            let mut costs = c.cost_to_serve.clone();
            set(&mut costs, v);
            Action::SetCostToServe { client, costs }
        }
        Field::Year(year, kind) => {
            let edit = match kind {
                'c' => YearEdit::Consumption(v),
                's' => YearEdit::Share(v),
                _ => YearEdit::Margin(v),
            };
            let years = edit_year(c, year, edit);
            if years == c.potential {
                return true;
            }
            Action::SetPotential { client, years }
        }
    };
    ctx.apply(action, what)
}

/// A number input of the card: `id` says what it sets ([`field`]), `data-v` keeps the
/// value shown, to put back when an entry is refused.
fn num_input(h: &mut Html, id: &str, label: &str, value: Option<Decimal>, locale: Locale) {
    let text = value
        .map(|v| format_decimal(v, 0, 6, locale))
        .unwrap_or_default();
    h.raw("<input type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" class=\"num\" id=\"")
        .raw(id)
        .raw("\" aria-label=\"")
        .text(label)
        .raw("\" value=\"")
        .text(&text)
        .raw("\" data-v=\"")
        .text(&text)
        .raw("\">");
}

/// The card of `c` as HTML text.
fn card(ws: &Workspace, c: &Client, row: &ClientRow, locale: Locale) -> String {
    let t = |m: Km| m.text(locale);
    let currency = &ws.settings.currency;
    let mut h = Html::new();
    h.raw("<p>");
    flag_badges(&mut h, &row.flags, locale);
    h.raw("</p><section aria-labelledby=\"potential-title\">");
    h.cell("h2", "id=\"potential-title\"", t(Km::PotentialTitle));
    h.cell("p", "class=\"notice\"", t(Km::PotentialHint));
    potential_table(&mut h, ws, c, locale);
    let value = money(row.potential_value, currency, locale);
    h.cell(
        "p",
        "data-testid=\"potential-value\"",
        &format!("{} {value}", t(Km::PotentialValueIs)),
    );
    h.raw("</section><section aria-labelledby=\"costs-title\">");
    h.cell("h2", "id=\"costs-title\"", t(Km::CostsTitle));
    for (k, &(label, get, _)) in COST_LINES.iter().enumerate() {
        h.raw("<div class=\"field\">").cell("span", "", t(label));
        num_input(
            &mut h,
            &format!("card-cost-{k}"),
            t(label),
            Some(get(&c.cost_to_serve)),
            locale,
        );
        h.raw("</div>");
    }
    let p = &row.profitability;
    h.raw("<table class=\"figures\" data-testid=\"profitability\"><tbody>");
    for (m, v) in [
        (Km::Revenue, p.revenue),
        (Km::CostOfGoods, -p.cost_of_goods),
        (Km::GrossProfit, p.gross_profit),
        (Km::DiscountsBonuses, -p.discounts_bonuses),
        (Km::CostToServe, -p.cost_to_serve),
        (Km::Financing, -p.financing),
        (Km::Contribution, p.contribution),
    ] {
        h.raw("<tr>").cell("th", "scope=\"row\"", t(m));
        let css = if v.is_negative() {
            "class=\"num negative\""
        } else {
            "class=\"num\""
        };
        h.cell("td", css, &money(v, currency, locale)).raw("</tr>");
    }
    h.raw("</tbody></table>");
    let margin = p
        .contribution_margin
        .map(|r| format_percent(r, 1, locale))
        .unwrap_or_else(|| "—".to_owned());
    h.cell(
        "p",
        "data-testid=\"contribution-margin\"",
        &format!("{} {margin}", t(Km::ContributionMargin)),
    );
    h.raw("</section><section aria-labelledby=\"strength-title\">");
    h.cell("h2", "id=\"strength-title\"", Cm::Strength.text(locale));
    h.cell("p", "class=\"notice\"", t(Km::StrengthHint));
    num_input(
        &mut h,
        "card-strength",
        Cm::Strength.text(locale),
        c.relative_strength,
        locale,
    );
    h.raw("</section>");
    h.finish()
}

/// A cost-to-serve line: its label, how to read it and how to set it.
type CostLine = (
    Km,
    fn(&CostToServe) -> Decimal,
    fn(&mut CostToServe, Decimal),
);

/// The cost-to-serve lines in the order of the form and of the file.
const COST_LINES: [CostLine; 11] = [
    (
        Km::Logistics,
        |k| k.logistics.0,
        |k, v| k.logistics = Money(v),
    ),
    (
        Km::Transport,
        |k| k.transport.0,
        |k, v| k.transport = Money(v),
    ),
    (Km::Courier, |k| k.courier.0, |k, v| k.courier = Money(v)),
    (
        Km::ManagerHours,
        |k| k.manager_hours,
        |k, v| k.manager_hours = v,
    ),
    (
        Km::ManagerRate,
        |k| k.manager_rate.0,
        |k, v| k.manager_rate = Money(v),
    ),
    (
        Km::TripExpenses,
        |k| k.trip_expenses.0,
        |k, v| k.trip_expenses = Money(v),
    ),
    (
        Km::AccountingHours,
        |k| k.accounting_hours,
        |k, v| k.accounting_hours = v,
    ),
    (
        Km::AccountingRate,
        |k| k.accounting_rate.0,
        |k, v| k.accounting_rate = Money(v),
    ),
    (
        Km::DiscountsBonuses,
        |k| k.discounts_bonuses.0,
        |k, v| k.discounts_bonuses = Money(v),
    ),
    (
        Km::Receivables,
        |k| k.average_receivables.0,
        |k, v| k.average_receivables = Money(v),
    ),
    (
        Km::FinancingRate,
        |k| k.financing_rate.percent(),
        |k, v| k.financing_rate = Rate::from_percent(v),
    ),
];
