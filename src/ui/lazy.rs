//! Sections loaded on demand: each page below is compiled into the app as usual, then
//! `scripts/split-wasm.mjs` (after `cargo build`, before wasm-bindgen) cuts the code
//! only it reaches into a wasm module of its own, fetched the first time the section
//! opens (`wasm_split_helpers`, the mechanism behind Leptos's `#[lazy]`). The first
//! download is the shell, the storage and the read-only tabs of «Клиенты и портфель»
//! (the ranking opens first); the editing tabs and the other sections follow on
//! demand, and a phone opening a session link fetches the ballot page alone.
//!
//! A module that cannot be fetched (offline before the service worker cached it, a
//! deploy replaced the files) is not a panic: the section says so and offers a reload.

use crate::engine::xlsx::{Cell, Date, XlsxError};
use crate::ui::i18n::{use_lang, Msg};
use crate::ui::pages::{
    BallotPage, BaseView, CardView, CompetitionPage, DataPage, OffersPage, PlanPage, ProfileView,
};
use crate::ui::reactive::dyn_view;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use std::future::Future;
use std::pin::Pin;

/// A section's module could not be fetched or instantiated.
#[derive(Debug)]
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// A section's view constructor, from its module; called when the section mounts.
type Ctor = Box<dyn Fn() -> AnyView>;
type Loaded = Result<Ctor, NotLoaded>;

#[wasm_split(competition, wasm_split_path = ::leptos::wasm_split, fallible)]
fn competition_page() -> Loaded {
    Ok(Box::new(|| view! { <CompetitionPage /> }.into_any()))
}

#[wasm_split(offers, wasm_split_path = ::leptos::wasm_split, fallible)]
fn offers_page() -> Loaded {
    Ok(Box::new(|| view! { <OffersPage /> }.into_any()))
}

#[wasm_split(plan, wasm_split_path = ::leptos::wasm_split, fallible)]
fn plan_page() -> Loaded {
    Ok(Box::new(|| view! { <PlanPage /> }.into_any()))
}

#[wasm_split(data, wasm_split_path = ::leptos::wasm_split, fallible)]
fn data_page() -> Loaded {
    Ok(Box::new(|| view! { <DataPage /> }.into_any()))
}

#[wasm_split(ballot, wasm_split_path = ::leptos::wasm_split, fallible)]
fn ballot_page(code: String, pass: bool) -> Loaded {
    Ok(Box::new(move || {
        view! { <BallotPage code=code.clone() pass /> }.into_any()
    }))
}

#[wasm_split(profile, wasm_split_path = ::leptos::wasm_split, fallible)]
fn profile_tab() -> Loaded {
    Ok(Box::new(|| ProfileView().into_any()))
}

#[wasm_split(base, wasm_split_path = ::leptos::wasm_split, fallible)]
fn base_tab() -> Loaded {
    Ok(Box::new(|| BaseView().into_any()))
}

#[wasm_split(card, wasm_split_path = ::leptos::wasm_split, fallible)]
fn card_tab() -> Loaded {
    Ok(Box::new(|| CardView().into_any()))
}

/// Writes an Excel workbook ([`crate::engine::xlsx::write_xlsx`]); in a module of its
/// own, fetched on the first export.
#[wasm_split(xlsx, wasm_split_path = ::leptos::wasm_split, fallible)]
fn xlsx_writer(
    sheet: String,
    headers: Vec<String>,
    rows: Vec<Vec<Cell>>,
    date: Date,
) -> Result<Result<Vec<u8>, XlsxError>, NotLoaded> {
    Ok(crate::engine::xlsx::write_xlsx(
        &sheet, &headers, &rows, date,
    ))
}

/// The workbook of `rows` under `headers` on sheet `sheet` (see
/// [`crate::engine::xlsx::write_xlsx`]), once the module that writes it is loaded.
pub async fn xlsx(
    sheet: String,
    headers: Vec<String>,
    rows: Vec<Vec<Cell>>,
    date: Date,
) -> Result<Result<Vec<u8>, XlsxError>, NotLoaded> {
    xlsx_writer(sheet, headers, rows, date).await
}

/// The profile editor tab, once its module is loaded.
pub fn profile() -> AnyView {
    on_demand(Box::pin(profile_tab()))
}

/// The client-base tab (grid, CSV import and export), once its module is loaded.
pub fn base() -> AnyView {
    on_demand(Box::pin(base_tab()))
}

/// A client's card, once its module is loaded.
pub fn card() -> AnyView {
    on_demand(Box::pin(card_tab()))
}

/// The competitive-analysis section, once its module is loaded.
pub fn competition() -> AnyView {
    on_demand(Box::pin(competition_page()))
}

/// The special-offers section, once its module is loaded.
pub fn offers() -> AnyView {
    on_demand(Box::pin(offers_page()))
}

/// The action-plan section, once its module is loaded.
pub fn plan() -> AnyView {
    on_demand(Box::pin(plan_page()))
}

/// The data section, once its module is loaded.
pub fn data() -> AnyView {
    on_demand(Box::pin(data_page()))
}

/// A participant's ballot page, once its module is loaded.
pub fn ballot(code: String, pass: bool) -> AnyView {
    on_demand(Box::pin(ballot_page(code, pass)))
}

/// «Загрузка раздела…» while `load` fetches the module, then the section built by its
/// constructor, or a plain message with a reload button when the module could not be
/// fetched. The section is built by an ordinary reactive view under this call's owner
/// (it finds the store and the language in context) and mounted at once, as every other
/// section is: its effects find its elements in the document.
fn on_demand(load: Pin<Box<dyn Future<Output = Loaded>>>) -> AnyView {
    let lang = use_lang();
    let state = RwSignal::new_local(None::<Loaded>);
    leptos::task::spawn_local(async move {
        let loaded = load.await;
        // The section may have been left while its module was loading.
        let _ = state.try_set(Some(loaded));
    });
    dyn_view(move || {
        state.with(|s| match s {
            None => view! { <p class="loading" role="status">{lang.t(Msg::LoadingSection)}</p> }
                .into_any(),
            Some(Ok(build)) => build(),
            Some(Err(NotLoaded)) => view! {
                <div class="banner banner-error" role="alert">
                    <p>{lang.t(Msg::SectionNotLoaded)}</p>
                    <button type="button" on:click=|_| {
                        let _ = window().location().reload();
                    }>{lang.t(Msg::Reload)}</button>
                </div>
            }
            .into_any(),
        })
    })
    .into_any()
}
