//! The client base as a table with its summary (count, prospects, revenue).

use crate::engine::locale::{format_money, format_percent, Locale};
use crate::engine::model::{Client, ClientStatus, Currency, Workspace};
use crate::engine::money::Money;
use crate::ui::i18n::{plural, use_lang, Msg, PluralForms};
use crate::ui::reactive::dyn_view;
use crate::ui::state::use_store;
use leptos::prelude::*;

const CLIENTS: PluralForms = PluralForms {
    ru_one: "клиент",
    ru_few: "клиента",
    ru_many: "клиентов",
    en_one: "client",
    en_other: "clients",
};

/// The client base tab.
#[allow(non_snake_case)]
pub fn BaseView() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    dyn_view(move || store.ws().with(|ws| client_base(ws, lang.get())))
}

fn status_text(status: ClientStatus) -> Msg {
    match status {
        ClientStatus::Current => Msg::StatusCurrent,
        ClientStatus::Prospect => Msg::StatusProspect,
        ClientStatus::Former => Msg::StatusFormer,
    }
}

fn client_base(ws: &Workspace, locale: Locale) -> AnyView {
    if ws.clients.is_empty() {
        return view! { <p class="empty" role="status">{Msg::ClientsEmpty.text(locale)}</p> }
            .into_any();
    }
    let currency = ws.settings.currency.clone();
    let total: Money = ws.clients.iter().map(|c| c.revenue).sum();
    let prospects = ws
        .clients
        .iter()
        .filter(|c| c.status == ClientStatus::Prospect)
        .count();
    let n = ws.clients.len();
    let rows = ws
        .clients
        .iter()
        .map(|c| client_row(c, &currency, locale))
        .collect_view();
    view! {
        <section aria-labelledby="base-title">
            <h2 id="base-title">{Msg::ClientsTable.text(locale)}</h2>
            <dl class="summary">
                <div>
                    <dt>{Msg::SummaryClients.text(locale)}</dt>
                    <dd data-testid="client-count">
                        {format!("{n} {}", plural(n as u64, &CLIENTS, locale))}
                    </dd>
                </div>
                <div>
                    <dt>{Msg::ProspectsCount.text(locale)}</dt>
                    <dd>{prospects.to_string()}</dd>
                </div>
                <div>
                    <dt>{Msg::TotalRevenue.text(locale)}</dt>
                    <dd data-testid="total-revenue">{format_money(total, &currency, true, locale)}</dd>
                </div>
            </dl>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="base-title">
                <table class="clients">
                    <thead>
                        <tr>
                            <th scope="col">{Msg::ColName.text(locale)}</th>
                            <th scope="col">{Msg::ColSegment.text(locale)}</th>
                            <th scope="col">{Msg::ColStatus.text(locale)}</th>
                            <th scope="col">{Msg::ColRegion.text(locale)}</th>
                            <th scope="col" class="num">{Msg::ColRevenue.text(locale)}</th>
                            <th scope="col" class="num">{Msg::ColMargin.text(locale)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}

fn client_row(c: &Client, currency: &Currency, locale: Locale) -> impl IntoView {
    let negative =
        c.gross_margin.fraction().is_sign_negative() && !c.gross_margin.fraction().is_zero();
    view! {
        <tr>
            <th scope="row">
                {c.name.clone()}
                {c.vip.then(|| view! { <span class="badge vip">{Msg::VipMark.text(locale)}</span> })}
            </th>
            <td>{c.segment.clone()}</td>
            <td>{status_text(c.status).text(locale)}</td>
            <td>{c.region.clone()}</td>
            <td class="num">{format_money(c.revenue, currency, true, locale)}</td>
            <td class="num" class:negative=negative>{format_percent(c.gross_margin, 1, locale)}</td>
        </tr>
    }
}
