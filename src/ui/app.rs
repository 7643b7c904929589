//! The application shell: header, language switch, section navigation and the page.
//!
//! Sections are addressed by the query string (`?s=data`), not by the path: a static
//! host serves `index.html` for the folder the app lives in (`/kam/`), so every
//! address of the app reloads correctly from any sub-folder without server rewrites.

use crate::ui::components::{LangSwitch, SaveStatus, StorageBanners, UndoRedo, UpdateBanner};
use crate::ui::i18n::{provide_lang, tr, use_lang, Msg};
use crate::ui::lazy;
use crate::ui::nav;
use crate::ui::pages::ClientsPage;
use crate::ui::reactive::{dyn_text, dyn_view};
use crate::ui::state::{provide_store, Mode};
use leptos::prelude::*;

/// A section of the application.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// Clients & portfolio.
    Clients,
    /// Group competitive analysis.
    Competition,
    /// Special offers.
    Offers,
    /// Action plan and budget.
    Plan,
    /// Data: settings, reset, (later) import and export.
    Data,
}

impl Section {
    /// Every section, in navigation order.
    pub const ALL: [Section; 5] = [
        Section::Clients,
        Section::Competition,
        Section::Offers,
        Section::Plan,
        Section::Data,
    ];

    /// The value of `?s=` that opens this section.
    pub fn slug(self) -> &'static str {
        match self {
            Section::Clients => "clients",
            Section::Competition => "competition",
            Section::Offers => "offers",
            Section::Plan => "plan",
            Section::Data => "data",
        }
    }

    /// The section named by `slug`, if any.
    pub fn from_slug(slug: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The section's name in the navigation.
    pub fn title(self) -> Msg {
        match self {
            Section::Clients => Msg::NavClients,
            Section::Competition => Msg::NavCompetition,
            Section::Offers => Msg::NavOffers,
            Section::Plan => Msg::NavPlan,
            Section::Data => Msg::NavData,
        }
    }
}

/// The root component: provides language, store and section, then the shell.
#[component]
pub fn App() -> impl IntoView {
    provide_lang();
    // A participant's phone opened a session link: the ballot page alone, without the
    // workspace (nothing of the phone's own data is loaded or touched).
    if let Some((code, pass)) = join_code() {
        return view! { <main id="main" class="ballot-main">{lazy::ballot(code, pass)}</main> }
            .into_any();
    }
    let store = provide_store();
    crate::ui::storage::start(store);
    let lang = use_lang();
    let section = nav::section_from_address();
    // A participant's returned link opened while another section is shown: the
    // competition page takes the ballot (see its `receive_from_address`); a session
    // link opens the ballot page.
    let handle = window_event_listener_untyped("hashchange", move |_| {
        let hash = window().location().hash().unwrap_or_default();
        if hash.starts_with("#ballot=") && section.get_untracked() != Section::Competition {
            section.set(Section::Competition);
        } else if hash.starts_with("#join=") || hash.starts_with("#pass=") {
            // A session link opened in this tab: the ballot page starts without the
            // workspace, so the page is loaded anew (the autosave flushes on the way).
            let _ = window().location().reload();
        }
    });
    on_cleanup(move || handle.remove());
    // The tab title names the section, so several open tabs stay distinguishable.
    Effect::new(move |_| {
        let title = format!(
            "{} — {}",
            lang.t(section.get().title()),
            lang.t(Msg::AppName)
        );
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&title);
        }
    });
    let ws_name = dyn_text(move || store.ws().with(|ws| ws.name.clone()));

    view! {
        <header class="topbar">
            <div class="brand">
                <span class="logo" aria-hidden="true">"KAM"</span>
                <span class="brand-text">
                    <strong>{tr(Msg::AppName)}</strong>
                    <span class="tagline">{tr(Msg::Tagline)}</span>
                </span>
            </div>
            <span class="ws-name" data-testid="workspace-name">{ws_name}</span>
            <SaveStatus />
            <UndoRedo />
            <LangSwitch />
        </header>
        <nav class="sections" aria-label=tr(Msg::NavLabel)>
            <ul>
                {Section::ALL
                    .into_iter()
                    .map(|s| {
                        view! {
                            <li>
                                <a
                                    href=nav::href(s)
                                    aria-current=move || (section.get() == s).then_some("page")
                                    on:click=move |ev| nav::follow(ev, section, s)
                                >
                                    {tr(s.title())}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
        <UpdateBanner />
        <StorageBanners />
        <main id="main">
            {dyn_view(move || {
                if store.mode().with(|m| *m == Mode::Loading) {
                    // Nothing is shown until storage answers: no flash of other data.
                    return view! { <p class="loading" role="status">{lang.t(Msg::Loading)}</p> }
                        .into_any();
                }
                match section.get() {
                    Section::Clients => view! { <ClientsPage /> }.into_any(),
                    Section::Competition => lazy::competition(),
                    Section::Offers => lazy::offers(),
                    Section::Plan => lazy::plan(),
                    Section::Data => lazy::data(),
                }
            })}
        </main>
        <footer class="footer">{tr(Msg::Footer)}</footer>
    }
    .into_any()
}

/// The invite code of a session link (`#join=…`) the page was opened with, or of a
/// «pass the laptop» page the facilitator opened (`#pass=…`, then `true`).
fn join_code() -> Option<(String, bool)> {
    use crate::engine::workshop::codec::{parse_fragment, Fragment};
    let hash = window().location().hash().ok()?;
    if let Some(code) = hash.strip_prefix("#pass=") {
        return Some((code.trim().to_owned(), true));
    }
    match parse_fragment(&hash)? {
        Fragment::Join(code) => Some((code, false)),
        Fragment::Ballot(_) => None,
    }
}
