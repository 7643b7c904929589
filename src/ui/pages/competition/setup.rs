//! Choosing and setting up a session: the key client, the criteria with their
//! importance (a warning below ten), the competitors, and what the link may show.

use super::util::{problems_text, random_id};
use super::Page;
use crate::engine::action::{next_workshop_id, Action};
use crate::engine::locale::{format_decimal, parse_decimal};
use crate::engine::model::{
    CompetitorId, Round, Workshop, WorkshopCriterion, WorkshopId, MIN_CRITERIA,
};
use crate::ui::i18n::{tr, use_lang, Wm};
use crate::ui::state::{use_store, Refusal};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The starter criteria of a new session (the facilitator edits them).
const STARTER: [(&str, &str); 10] = [
    ("Цена", "Price"),
    ("Условия оплаты (отсрочка)", "Payment terms (deferral)"),
    ("Сроки поставки", "Delivery time"),
    ("Ширина ассортимента", "Assortment width"),
    ("Стабильность качества", "Quality stability"),
    ("Техническая поддержка", "Technical support"),
    ("Логистика и доставка", "Logistics and delivery"),
    ("Документооборот (ЭДО)", "Paperwork (e-documents)"),
    (
        "Гибкость в нестандартных заказах",
        "Flexibility on special orders",
    ),
    (
        "Скорость реакции менеджера",
        "Account manager's response time",
    ),
];

/// Applies `action`; a refusal becomes the page's notice. True when applied.
pub(super) fn act(page: Page, action: Action) -> bool {
    let store = page.store;
    let locale = page.lang.get_untracked();
    match store.dispatch(action) {
        Ok(()) => true,
        Err(Refusal::ReadOnly) => {
            page.notice
                .set(Some((false, Wm::ReadOnly.text(locale).to_owned())));
            false
        }
        Err(Refusal::Invalid(problems)) => {
            page.notice
                .set(Some((false, problems_text(&problems, locale))));
            false
        }
    }
}

/// Applies a change to the shown session through [`Action::UpdateWorkshop`].
fn update(page: Page, change: impl FnOnce(&mut Workshop)) {
    if let Some(mut w) = page.workshop() {
        change(&mut w);
        if act(page, Action::UpdateWorkshop(w)) {
            page.notice.set(None);
        }
    }
}

/// The session list and the «new session» button.
#[component]
pub(super) fn Picker(page: Page) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let sessions = move || {
        store.ws().with(|ws| {
            ws.workshops
                .iter()
                .map(|w| (w.id, w.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let current = move || {
        page.workshop()
            .map(|w| w.id.0.to_string())
            .unwrap_or_default()
    };
    let create = move |_| {
        let locale = lang.get_untracked();
        let (id, w) = store.ws().with_untracked(|ws| {
            let en = locale == crate::engine::locale::Locale::En;
            let w = Workshop {
                id: WorkshopId(0),
                token: random_id(12),
                name: Wm::NewSessionName.text(locale).to_owned(),
                client: None,
                share_client_name: false,
                anonymous: true,
                criteria: STARTER
                    .iter()
                    .map(|(ru, english)| WorkshopCriterion {
                        name: (if en { *english } else { *ru }).to_owned(),
                        importance: Decimal::TEN,
                    })
                    .collect(),
                rivals: ws.competitors.iter().map(|k| k.id).collect(),
                rounds: vec![Round::default()],
            };
            (next_workshop_id(ws), w)
        });
        if act(page, Action::AddWorkshop(w)) {
            page.chosen.set(Some(id));
            page.notice.set(None);
        }
    };
    view! {
        <div class="ws-picker">
            <label for="ws-session">{tr(Wm::Session)}</label>
            <select
                id="ws-session"
                prop:value=current
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    page.chosen.set(v.parse().ok().map(WorkshopId));
                    page.notice.set(None);
                }
            >
                {move || {
                    sessions()
                        .into_iter()
                        .map(|(id, name)| view! { <option value=id.0.to_string()>{name}</option> })
                        .collect_view()
                }}
            </select>
            <button type="button" on:click=create>{tr(Wm::NewSession)}</button>
        </div>
    }
}

/// The setup form of the shown session; every field is saved when it changes.
#[component]
pub(super) fn Setup(page: Page) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let w = Memo::new(move |_| page.workshop());
    let locked = move || w.with(|w| w.as_ref().is_some_and(Workshop::has_ballots));
    let clients = move || {
        store.ws().with(|ws| {
            ws.clients
                .iter()
                .map(|c| (c.id.0, c.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let competitors = move || {
        store.ws().with(|ws| {
            ws.competitors
                .iter()
                .map(|k| (k.id, k.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let criteria = move || w.with(|w| w.as_ref().map(|w| w.criteria.clone()).unwrap_or_default());
    let total = move || {
        let sum: Decimal = criteria().iter().map(|k| k.importance).sum();
        format_decimal(sum, 0, 2, lang.get())
    };
    view! {
        <section class="ws-setup" aria-labelledby="ws-setup-title">
            <h2 id="ws-setup-title">{tr(Wm::SetupTitle)}</h2>
            <div class="field">
                <label for="ws-name">{tr(Wm::SessionName)}</label>
                <input
                    id="ws-name"
                    type="text"
                    prop:value=move || w.with(|w| w.as_ref().map(|w| w.name.clone()).unwrap_or_default())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        update(page, |w| w.name = v.trim().to_owned());
                    }
                />
            </div>
            <div class="field">
                <label for="ws-client">{tr(Wm::KeyClient)}</label>
                <select
                    id="ws-client"
                    prop:value=move || {
                        w.with(|w| w.as_ref().and_then(|w| w.client).map(|c| c.0.to_string()).unwrap_or_default())
                    }
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        update(page, |w| w.client = v.parse().ok().map(crate::engine::model::ClientId));
                    }
                >
                    <option value="">{tr(Wm::NoClient)}</option>
                    {move || {
                        clients()
                            .into_iter()
                            .map(|(id, name)| view! { <option value=id.to_string()>{name}</option> })
                            .collect_view()
                    }}
                </select>
            </div>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || w.with(|w| w.as_ref().is_some_and(|w| w.share_client_name))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        update(page, |w| w.share_client_name = on);
                    }
                />
                {tr(Wm::ShareClientName)}
            </label>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || w.with(|w| w.as_ref().is_some_and(|w| w.anonymous))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        update(page, |w| w.anonymous = on);
                    }
                />
                {tr(Wm::Anonymous)}
            </label>
            <h3>{tr(Wm::CriteriaTitle)}</h3>
            {move || locked().then(|| view! { <p class="note">{Wm::Locked.text(lang.get())}</p> })}
            {move || {
                let n = criteria().len();
                (n < MIN_CRITERIA)
                    .then(|| {
                        view! {
                            <p class="warn" role="status" data-testid="ws-few-criteria">
                                {format!("{} {n}. {}", Wm::FewCriteria.text(lang.get()), Wm::FewCriteriaHint.text(lang.get()))}
                            </p>
                        }
                    })
            }}
            <table class="ws-criteria">
                <thead>
                    <tr>
                        <th scope="col">{tr(Wm::ColCriterion)}</th>
                        <th scope="col" class="num">{tr(Wm::ColImportance)}</th>
                        <th scope="col"></th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let locale = lang.get();
                        criteria()
                            .into_iter()
                            .enumerate()
                            .map(|(i, k)| {
                                let label = format!("{} {}", Wm::ColCriterion.text(locale), i + 1);
                                let imp_label = format!("{} — {}", Wm::ColImportance.text(locale), k.name);
                                view! {
                                    <tr>
                                        <td>
                                            <input
                                                type="text"
                                                aria-label=label
                                                prop:value=k.name.clone()
                                                on:change=move |ev| {
                                                    let v = event_target_value(&ev);
                                                    update(page, |w| {
                                                        if let Some(k) = w.criteria.get_mut(i) {
                                                            k.name = v.trim().to_owned();
                                                        }
                                                    });
                                                }
                                            />
                                        </td>
                                        <td class="num">
                                            <input
                                                type="text"
                                                inputmode="decimal"
                                                aria-label=imp_label
                                                prop:value=format_decimal(k.importance, 0, 2, locale)
                                                on:change=move |ev| {
                                                    let v = event_target_value(&ev);
                                                    match parse_decimal(&v) {
                                                        Ok(d) => update(page, |w| {
                                                            if let Some(k) = w.criteria.get_mut(i) {
                                                                k.importance = d;
                                                            }
                                                        }),
                                                        Err(_) => page.notice.set(Some((
                                                            false,
                                                            format!(
                                                                "{} {}: {}",
                                                                Wm::ColImportance.text(locale),
                                                                i + 1,
                                                                Wm::NotANumber.text(locale)
                                                            ),
                                                        ))),
                                                    }
                                                }
                                            />
                                        </td>
                                        <td>
                                            <button
                                                type="button"
                                                class="icon"
                                                aria-label=format!("{} {}", Wm::RemoveCriterion.text(locale), k.name)
                                                disabled=locked
                                                on:click=move |_| update(page, |w| {
                                                    if i < w.criteria.len() {
                                                        w.criteria.remove(i);
                                                    }
                                                })
                                            >
                                                "✕"
                                            </button>
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{tr(Wm::TotalImportance)}</th>
                        <td class="num" data-testid="ws-importance-total">{total}</td>
                        <td></td>
                    </tr>
                </tfoot>
            </table>
            <button
                type="button"
                disabled=locked
                on:click=move |_| {
                    let name = Wm::NewCriterion.text(lang.get_untracked()).to_owned();
                    update(page, |w| w.criteria.push(WorkshopCriterion { name, importance: Decimal::TEN }));
                }
            >
                {tr(Wm::AddCriterion)}
            </button>
            <h3>{tr(Wm::RivalsTitle)}</h3>
            <ul class="ws-rivals">
                {move || {
                    competitors()
                        .into_iter()
                        .map(|(id, name)| {
                            let on = move || w.with(|w| w.as_ref().is_some_and(|w| w.rivals.contains(&id)));
                            view! {
                                <li>
                                    <label class="check">
                                        <input
                                            type="checkbox"
                                            prop:checked=on
                                            disabled=locked
                                            on:change=move |ev| {
                                                let checked = event_target_checked(&ev);
                                                update(page, |w| set_rival(w, id, checked));
                                            }
                                        />
                                        {name}
                                    </label>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}

/// Adds or removes a rival, keeping the workspace's order of competitors.
fn set_rival(w: &mut Workshop, id: CompetitorId, on: bool) {
    w.rivals.retain(|r| *r != id);
    if on {
        w.rivals.push(id);
        w.rivals.sort_unstable();
    }
}
