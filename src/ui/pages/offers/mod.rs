//! «Спецпредложения» (domain §4): a KAM sits with a key client and builds 2–3 (up to
//! five) variants of a special offer against today's deal; every change recalculates
//! the figures at once. The offer's editor and figures are HTML text in one host
//! ([`edit::Editor`]) with one delegated listener; the client-safe view
//! ([`client_view`]) leaves out our costs, margins and notes and prints on A4.

mod buttons;
mod client_view;
mod edit;
mod fields;
mod figures;
mod form;
mod live;
mod notes;
mod slots;
mod variant_form;
mod watch;
mod write;
mod years;

use crate::engine::action::{next_offer_id, Action};
use crate::engine::locale::{format_money, Locale};
use crate::engine::model::{ClientId, OfferId, Workspace};
use crate::engine::money::Money;
use crate::engine::offer::prefill::CONVENTIONAL_LIST_PRICE;
use crate::engine::offer::{base_from_client, default_base, Gap, Offer, OfferVariant};
use crate::ui::i18n::{tr, use_lang, Om};
use crate::ui::state::use_store;
use leptos::prelude::*;

/// The page's shared state: the open offer, the client-safe view and the last notice.
#[derive(Clone, Copy)]
pub(super) struct Page {
    /// The workspace store (kept here: event listeners run outside the component's
    /// context, where `use_store` would panic).
    pub store: crate::ui::state::Store,
    /// The interface language.
    pub lang: crate::ui::i18n::UiLang,
    /// The offer shown (the first one when none was chosen).
    pub chosen: RwSignal<Option<OfferId>>,
    /// Whether the client-safe view is shown instead of the editor.
    pub client_view: RwSignal<bool>,
    /// The last result of an action: `(ok, text)`.
    pub notice: RwSignal<Option<(bool, String)>>,
    /// The offer with the number being typed (not saved yet): the figures follow
    /// every keystroke, the workspace changes when the field does.
    pub draft: RwSignal<Option<Offer>>,
    /// The variant whose figures are shown per year (index), if any.
    pub by_year: RwSignal<Option<usize>>,
    /// The part whose form has the focus: its figures are kept in view ([`live`]).
    pub live: RwSignal<Option<live::Live>>,
    /// Whether the figures table, and the chart with the per-year figures, are in
    /// (or near) the window ([`watch`]).
    pub in_view: RwSignal<[bool; 2]>,
}

impl Page {
    /// The offer shown, if any.
    pub fn offer(self) -> Option<Offer> {
        let chosen = self.chosen.get();
        self.store.ws().with(|ws| {
            chosen
                .and_then(|id| ws.offers.iter().find(|o| o.id == id))
                .or_else(|| ws.offers.first())
                .cloned()
        })
    }
}

/// The offer named by the address (`?s=offers&o=2`), so a reload keeps it.
fn chosen_in_address() -> Option<OfferId> {
    let search = window().location().search().unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("o="))
        .and_then(|id| id.parse().ok())
        .map(OfferId)
}

/// Shows offer `id` and names it in the address (replacing the history entry).
pub(super) fn choose(page: Page, id: OfferId) {
    page.chosen.set(Some(id));
    page.draft.set(None);
    page.by_year.set(None);
    page.live.set(None);
    if let Ok(history) = window().history() {
        let url = format!("?s=offers&o={}", id.0);
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// A new offer for `client` of `ws`: the base deal from the client's profitability
/// model ([`base_from_client`]; the default deal without a client) and two variants
/// copied from it. Also the note saying where the base deal came from, and what in it
/// is a default and why.
fn new_offer(ws: &Workspace, client: Option<ClientId>, locale: Locale) -> (Offer, String) {
    let t = |m: Om| m.text(locale);
    let found = client.and_then(|id| ws.clients.iter().find(|c| c.id == id));
    let (name, base, note) = match found {
        Some(c) => {
            let p = base_from_client(c);
            (c.name.clone(), p.base, prefill_note(ws, &p.gaps, locale))
        }
        None => (
            t(Om::NewOfferName).to_owned(),
            default_base(),
            t(Om::PrefillNoClient).to_owned(),
        ),
    };
    let variants = (1..=2)
        .map(|n| {
            let mut v = base.as_variant();
            v.name = format!("{} {n}", t(Om::NewVariantName));
            OfferVariant {
                variant: v,
                feedback: Default::default(),
            }
        })
        .collect();
    let offer = Offer {
        id: OfferId(0),
        client,
        name,
        base,
        growth: Default::default(),
        available_hours: rust_decimal::Decimal::from(500),
        variants,
        chosen: None,
        discount_only: false,
    };
    (offer, note)
}

/// The note on a base deal prefilled from a client: what came from the profitability
/// model, the conventional price, and each gap with its reason.
fn prefill_note(ws: &Workspace, gaps: &[Gap], locale: Locale) -> String {
    let t = |m: Om| m.text(locale);
    let price = format_money(
        Money(CONVENTIONAL_LIST_PRICE.into()),
        &ws.settings.currency,
        true,
        locale,
    );
    let mut note = if gaps.contains(&Gap::Revenue) {
        t(Om::PrefillNoRevenue).to_owned()
    } else {
        t(Om::PrefillDone).to_owned() + " " + &price + "."
    };
    // « Typical: a; b.»
    let mut first = true;
    for gap in gaps.iter().filter(|g| **g != Gap::Revenue) {
        note += if first { " " } else { "; " };
        if first {
            note = note + t(Om::PrefillPartly) + " ";
        }
        note += gap_text(*gap).text(locale);
        first = false;
    }
    if !first {
        note.push('.');
    }
    note
}

/// The reason shown for a gap of the prefill.
fn gap_text(gap: Gap) -> Om {
    match gap {
        Gap::Revenue => Om::PrefillNoRevenue,
        Gap::Receivables => Om::PrefillNoReceivables,
        Gap::CostToServe => Om::PrefillNoCosts,
        Gap::FinancingRate => Om::PrefillNoRate,
    }
}

/// The special-offers section.
#[component]
pub fn OffersPage() -> impl IntoView {
    let page = Page {
        store: use_store(),
        lang: use_lang(),
        chosen: RwSignal::new(chosen_in_address()),
        client_view: RwSignal::new(false),
        notice: RwSignal::new(None),
        draft: RwSignal::new(None),
        by_year: RwSignal::new(None),
        live: RwSignal::new(None),
        in_view: RwSignal::new([true; 2]),
    };
    let store = page.store;
    let lang = page.lang;
    let has_any = move || store.ws().with(|ws| !ws.offers.is_empty());
    let offers = move || {
        store.ws().with(|ws| {
            ws.offers
                .iter()
                .map(|o| (o.id, o.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let clients = move || {
        store.ws().with(|ws| {
            ws.clients
                .iter()
                .map(|c| (c.id, c.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let current = move || page.offer().map(|o| o.id.0.to_string()).unwrap_or_default();
    let for_client = RwSignal::new(String::new());
    let create = move |_| {
        let locale = lang.get_untracked();
        let client = for_client.get_untracked().parse().ok().map(ClientId);
        let (offer, note) = store
            .ws()
            .with_untracked(|ws| new_offer(ws, client, locale));
        let id = store.ws().with_untracked(next_offer_id);
        if edit::act(page, Action::AddOffer(Box::new(offer))) {
            choose(page, id);
            page.notice.set(Some((true, note)));
        }
    };
    view! {
        <h1>{tr(Om::Title)}</h1>
        <p class="lead">{tr(Om::Intro)}</p>
        <div class="ws-picker of-picker">
            <label for="of-offer">{tr(Om::Offer)}</label>
            <select
                id="of-offer"
                prop:value=current
                on:change=move |ev| {
                    if let Ok(id) = event_target_value(&ev).parse() {
                        choose(page, OfferId(id));
                    }
                    page.notice.set(None);
                }
            >
                {move || {
                    offers()
                        .into_iter()
                        .map(|(id, name)| view! { <option value=id.0.to_string()>{name}</option> })
                        .collect_view()
                }}
            </select>
            <label for="of-new-client">{tr(Om::ForClient)}</label>
            <select id="of-new-client" on:change=move |ev| for_client.set(event_target_value(&ev))>
                <option value="">{tr(Om::NoClient)}</option>
                {move || {
                    clients()
                        .into_iter()
                        .map(|(id, name)| view! { <option value=id.0.to_string()>{name}</option> })
                        .collect_view()
                }}
            </select>
            <button type="button" on:click=create>{tr(Om::NewOffer)}</button>
        </div>
        {move || page.notice.get().map(|(ok, text)| {
            view! {
                <p class=if ok { "notice ok" } else { "notice refused" } role="status" data-testid="of-notice">
                    {text}
                </p>
            }
        })}
        {move || {
            if has_any() {
                view! { <edit::Editor page /> }.into_any()
            } else {
                view! { <p class="empty">{Om::NoOffers.text(lang.get())}</p> }.into_any()
            }
        }}
    }
}
