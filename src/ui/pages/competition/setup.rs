//! Choosing and setting up a session: the key client, the criteria with their
//! importance (a warning below ten), the competitors, and what the link may show.

use super::util::random_id;
use super::Page;
use crate::engine::action::{next_workshop_id, Action};
use crate::engine::locale::parse_decimal;
use crate::engine::model::ClientId;
use crate::engine::model::{CompetitorId, Round, Workshop, WorkshopCriterion, WorkshopId};
use crate::ui::html::{host, target, Listening};
use crate::ui::i18n::{tr, use_lang, Wm};
use crate::ui::morph::morph_html;
use crate::ui::state::use_store;
use leptos::prelude::*;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

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
    let locale = page.lang.get_untracked();
    let read_only = Wm::ReadOnly.text(locale);
    page.store.act(action, page.notice, read_only, locale)
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
            super::choose(page, id);
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
                    if let Ok(id) = v.parse() {
                        super::choose(page, WorkshopId(id));
                    }
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

/// The setup form of the shown session, written as HTML text into the host `wss` with
/// one listener (`change`, `click`): every field is saved when it changes. The markup
/// is morphed in place, so the control being used keeps the focus.
#[component]
pub(super) fn Setup(page: Page) -> impl IntoView {
    let listening = Listening::new(&["change", "click"]);
    Effect::new(move |_| {
        listening.attach(HOST, &|| Box::new(move |ev| on_event(page, ev)));
        let locale = page.lang.get();
        let Some(w) = page.workshop() else { return };
        let markup = page
            .store
            .ws()
            .with(|ws| super::setup_form::form(ws, &w, locale));
        if let Some(el) = document().get_element_by_id(HOST) {
            morph_html(&el, &markup);
            // What the user changed stays in the control's property, not its
            // attribute: set the properties from the session.
            set_selected(
                "ws-client",
                &w.client.map(|c| c.0.to_string()).unwrap_or_default(),
            );
            set_checked("ws-share", w.share_client_name);
            set_checked("ws-anon", w.anonymous);
            for k in &ws_competitor_ids(page) {
                set_checked(&format!("ws-rival-{k}"), w.rivals.iter().any(|r| r.0 == *k));
            }
        }
    });
    host(HOST)
}

/// The host of the setup form.
const HOST: &str = "wss";

fn ws_competitor_ids(page: Page) -> Vec<u32> {
    page.store
        .ws()
        .with_untracked(|ws| ws.competitors.iter().map(|k| k.id.0).collect())
}

fn set_selected(id: &str, value: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlSelectElement>().ok())
    {
        el.set_value(value);
    }
}

fn set_checked(id: &str, on: bool) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
    {
        el.set_checked(on);
    }
}

/// One listener for the whole form: which control changed or was clicked.
fn on_event(page: Page, ev: web_sys::Event) {
    let Some(el) = target(&ev) else { return };
    let locale = page.lang.get_untracked();
    if ev.type_() == "click" {
        if let Some(i) = el
            .get_attribute("data-del")
            .and_then(|i| i.parse::<usize>().ok())
        {
            update(page, |w| {
                if i < w.criteria.len() {
                    w.criteria.remove(i);
                }
            });
        } else if el.id() == "ws-add" {
            let name = Wm::NewCriterion.text(locale).to_owned();
            update(page, |w| {
                w.criteria.push(WorkshopCriterion {
                    name,
                    importance: Decimal::TEN,
                })
            });
        }
        return;
    }
    let value = || {
        el.clone()
            .dyn_into::<HtmlInputElement>()
            .map(|i| i.value())
            .or_else(|el| {
                el.dyn_into::<web_sys::HtmlSelectElement>()
                    .map(|s| s.value())
            })
            .unwrap_or_default()
    };
    let checked = || {
        el.clone()
            .dyn_into::<HtmlInputElement>()
            .is_ok_and(|i| i.checked())
    };
    match el.id().as_str() {
        "ws-name" => {
            let v = value();
            return update(page, |w| w.name = v.trim().to_owned());
        }
        "ws-client" => {
            let v = value();
            return update(page, |w| w.client = v.parse().ok().map(ClientId));
        }
        "ws-share" => {
            let on = checked();
            return update(page, |w| w.share_client_name = on);
        }
        "ws-anon" => {
            let on = checked();
            return update(page, |w| w.anonymous = on);
        }
        _ => {}
    }
    if let Some(id) = el
        .get_attribute("data-rival")
        .and_then(|i| i.parse::<u32>().ok())
    {
        let on = checked();
        return update(page, |w| set_rival(w, CompetitorId(id), on));
    }
    let Some(i) = el
        .get_attribute("data-k")
        .and_then(|i| i.parse::<usize>().ok())
    else {
        return;
    };
    let v = value();
    if el.get_attribute("data-f").as_deref() == Some("name") {
        update(page, |w| {
            if let Some(k) = w.criteria.get_mut(i) {
                k.name = v.trim().to_owned();
            }
        });
        return;
    }
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

/// Adds or removes a rival, keeping the workspace's order of competitors.
fn set_rival(w: &mut Workshop, id: CompetitorId, on: bool) {
    w.rivals.retain(|r| *r != id);
    if on {
        w.rivals.push(id);
        w.rivals.sort_unstable();
    }
}
