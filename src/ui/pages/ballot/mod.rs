//! The participant's ballot page: opened on a phone from a session link
//! (`#join=…`), it rates the session's criteria and returns the ballot as a link, a
//! short code or a file. It never touches the participant's own workspace.
//!
//! The whole page is HTML text in one host (`#ballot`) with one delegated listener
//! ([`crate::ui::html`]), in six parts: the bar with the language switch, the heading,
//! the form (name and one fieldset of `<select>`s per criterion), the progress line
//! with «Готово», the question about unset cells, and the sent ballot. The form's
//! markup is written once per language and stage: afterwards the `<select>`s hold the
//! values, so choosing a rating never rewrites (and never unfocuses) a control. All
//! state is one signal ([`Page`]), for the bundle's sake.
//!
//! The draft (name, ratings, ballot id) is kept in localStorage as it is typed
//! ([`draft`]); the id is made on the first «Готово» and kept, so a ballot sent twice
//! is the same ballot to the facilitator.

mod draft;
mod events;
mod render;
mod web;

use crate::engine::locale::Locale;
use crate::engine::workshop::codec::{
    ballot_link, decode_invite, encode_ballot, CodeError, Invite,
};
use crate::ui::html::{host, patch_parts, Listening};
use crate::ui::i18n::{use_lang, Bm, UiLang};
use draft::Draft;
use leptos::prelude::*;

/// The channel on which a «pass the laptop» page hands each ballot's code to the
/// facilitator's tab (`src/ui/pages/competition/ballots.rs` listens).
pub const PASS_CHANNEL: &str = "kam-studio-pass";
/// Where a «pass the laptop» page counts the ballots it handed over for `invite`'s
/// round (localStorage).
fn pass_count_key(invite: &Invite) -> String {
    format!("kam-studio.pass-count.{}.{}", invite.token, invite.round)
}

/// The host of the page's markup.
const HOST: &str = "ballot";

/// The ballot page for the invite code `code` (from the address's fragment).
#[component]
pub fn BallotPage(
    code: String,
    /// «Pass the laptop»: opened by the facilitator on their own device; each ballot
    /// goes straight to the session open in the facilitator's other tab, and the form
    /// is cleared for the next participant (see [`PASS_CHANNEL`]).
    #[prop(optional)]
    pass: bool,
) -> impl IntoView {
    let lang = use_lang();
    let listening = Listening::new(&["change", "input", "click"]);
    let page = decode_invite(&code).map(|invite| {
        let key = draft_key(&invite, pass);
        let stored = web::load(&key).and_then(|text| Draft::from_text(&text, &invite));
        Page {
            draft: stored.unwrap_or_else(|| Draft::empty(&invite)),
            invite,
            asked: 0,
            storage_ok: true,
        }
    });
    let b = Ballot {
        pass,
        page: RwSignal::new(page),
        lang,
    };
    let shown = StoredValue::new(Shown::default());
    Effect::new(move |_| {
        listening.attach(HOST, &|| Box::new(move |ev| events::on_event(b, ev)));
        render(b, shown);
    });
    // Another session link opened in this tab changes only the fragment: load it.
    let _ = window_event_listener_untyped("hashchange", |_| {
        let _ = window().location().reload();
    });
    host(HOST)
}

/// What the page shows: a session's form, or why its link cannot be read.
struct Page {
    invite: Invite,
    draft: Draft,
    /// How many times «Готово» found unset cells (0: not asked).
    asked: u32,
    /// False once localStorage refused the draft.
    storage_ok: bool,
}

/// The page's state, for its effect and its listener.
#[derive(Clone, Copy)]
struct Ballot {
    /// «Pass the laptop» mode.
    pass: bool,
    page: RwSignal<Result<Page, CodeError>>,
    lang: UiLang,
}

/// What was written: the parts, the form's markup and the language it was written
/// in, and the stage (sent, asked) seen last.
#[derive(Default)]
struct Shown {
    parts: Vec<String>,
    form: Option<(Locale, String)>,
    stage: Option<(bool, u32)>,
}

/// What the page says about an invite it cannot read.
fn error_message(e: &CodeError) -> Bm {
    match e {
        CodeError::WrongKind { .. } => Bm::ErrNotSession,
        CodeError::NewerVersion => Bm::ErrNewer,
        // A `#join=` mark with a code that is not one: cut short or mistyped.
        _ => Bm::ErrDamaged,
    }
}

/// The localStorage key of the draft for `invite`.
fn draft_key(invite: &Invite, pass: bool) -> String {
    let kind = if pass { "pass" } else { "ballot" };
    format!("kam-studio.{kind}.{}.{}", invite.token, invite.round)
}

/// The page's address without its fragment: the base of the return link.
fn base() -> String {
    window().location().href().unwrap_or_default()
}

/// The return link and the code of the draft's ballot.
fn link_and_code(p: &Page) -> (String, String) {
    let code = encode_ballot(&p.draft.ballot(&p.invite));
    (ballot_link(&base(), &code), code)
}

/// Writes the page (the parts whose text changed), keeps the draft, then moves the
/// focus where the stage changed.
fn render(b: Ballot, shown: StoredValue<Shown>) {
    let locale = b.lang.get();
    let top = render::top(locale);
    let (parts, stage) = b.page.with(|page| {
        let p = match page {
            Ok(p) => p,
            Err(e) => {
                document().set_title(Bm::ErrHeading.text(locale));
                return (vec![top, render::error(error_message(e), locale)], None);
            }
        };
        document().set_title(&(p.invite.title.clone() + " — " + Bm::Title.text(locale)));
        let mut head = render::head(&p.invite, locale, p.storage_ok);
        if b.pass {
            head = render::pass_banner(
                locale,
                web::load(&pass_count_key(&p.invite)).unwrap_or_default(),
            ) + &head;
        }
        let stage = Some((p.draft.sent, p.asked));
        if p.draft.sent {
            shown.update_value(|s| s.form = None);
            let (link, code) = link_and_code(p);
            let done = render::done(&link, &code, locale, web::can_share());
            let none = String::new;
            return (vec![top, head, none(), none(), none(), done], stage);
        }
        let form = shown.with_value(|s| match &s.form {
            Some((l, form)) if *l == locale => form.clone(),
            _ => render::form(&p.invite, &p.draft, locale),
        });
        shown.update_value(|s| s.form = Some((locale, form.clone())));
        let ask = match p.asked {
            0 => String::new(),
            _ => render::ask(&p.draft, locale),
        };
        let bar = render::bar(&p.draft, locale);
        (vec![top, head, form, bar, ask, String::new()], stage)
    });
    // A language button keeps the focus when the bar is written anew.
    let doc = document();
    let focused = doc
        .active_element()
        .map(|el| el.id())
        .filter(|id| id.starts_with("lang-"));
    shown.update_value(|s| patch_parts(HOST, &mut s.parts, parts));
    if let Some(el) = focused.and_then(|id| doc.get_element_by_id(&id)) {
        web::focus(&el);
    }
    let Some((sent, asked)) = stage else { return };
    keep_draft(b);
    if let Some(el) = doc.get_element_by_id(HOST) {
        let _ = if asked > 0 && !sent {
            el.set_attribute("class", "ballot-asking")
        } else {
            el.remove_attribute("class")
        };
    }
    let before = shown.with_value(|s| s.stage);
    shown.update_value(|s| s.stage = stage);
    match before {
        Some((false, _)) if sent => web::reveal("ballot-done-h", true),
        Some((true, _)) if !sent => web::reveal("ballot-h", true),
        Some((_, was_asked)) if asked > was_asked => web::reveal("ballot-ask", false),
        _ => {}
    }
}

/// Stores the draft; a browser that keeps nothing is told so (once).
fn keep_draft(b: Ballot) {
    let lost = b.page.with_untracked(|page| {
        page.as_ref().is_ok_and(|p| {
            let text = p
                .draft
                .to_text(p.invite.criteria.len(), p.invite.subjects());
            p.storage_ok && !web::save(&draft_key(&p.invite, b.pass), &text)
        })
    });
    if lost {
        b.page.update(|page| {
            if let Ok(p) = page {
                p.storage_ok = false;
            }
        });
    }
}
