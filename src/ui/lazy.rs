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

/// Declares a section loaded on demand: `$split`, the split point compiled into the
/// module `$module` (`wasm_split`), which returns the section's constructor; and
/// `$name`, the view that fetches the module and then shows the section
/// ([`on_demand`]).
macro_rules! on_demand {
    ($(#[$doc:meta])* $name:ident, $split:ident in $module:ident ($($arg:ident: $ty:ty),*) => $build:expr) => {
        #[wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $split($($arg: $ty),*) -> Loaded {
            Ok(Box::new($build))
        }

        $(#[$doc])*
        pub fn $name($($arg: $ty),*) -> AnyView {
            on_demand(Box::pin($split($($arg),*)))
        }
    };
}

on_demand! {
    /// The profile editor tab, once its module is loaded.
    profile, profile_tab in profile () => || ProfileView().into_any()
}
on_demand! {
    /// The client-base tab (grid, CSV import and export), once its module is loaded.
    base, base_tab in base () => || BaseView().into_any()
}
on_demand! {
    /// A client's card, once its module is loaded.
    card, card_tab in card () => || CardView().into_any()
}
on_demand! {
    /// The competitive-analysis section, once its module is loaded.
    competition, competition_page in competition () => || view! { <CompetitionPage /> }.into_any()
}
on_demand! {
    /// The special-offers section, once its module is loaded.
    offers, offers_page in offers () => || view! { <OffersPage /> }.into_any()
}
on_demand! {
    /// The action-plan section, once its module is loaded.
    plan, plan_page in plan () => || view! { <PlanPage /> }.into_any()
}
on_demand! {
    /// The data section, once its module is loaded.
    data, data_page in data () => || view! { <DataPage /> }.into_any()
}
on_demand! {
    /// A participant's ballot page, once its module is loaded.
    ballot, ballot_page in ballot (code: String, pass: bool) =>
        move || view! { <BallotPage code=code.clone() pass /> }.into_any()
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
