//! The invitation: the session link for the participants' phones, its QR code for
//! the projector, and the link to copy (for a messenger).

use super::Page;
use crate::engine::workshop::codec::{
    encode_invite, invite_link, qr_for, svg_path, svg_view_box, Invite as Payload,
};
use crate::ui::i18n::{tr, use_lang, Wm};
use crate::ui::state::use_store;
use leptos::prelude::*;

/// The app's address without its fragment: the base of every session link.
pub(super) fn base_url() -> String {
    let href = window().location().href().unwrap_or_default();
    match href.find('#') {
        Some(i) => href[..i].to_owned(),
        None => href,
    }
}

/// The link and QR code of the shown session's current round.
#[component]
pub(super) fn Invite(page: Page) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let link = Memo::new(move |_| {
        let w = page.workshop()?;
        let payload = store.ws().with(|ws| Payload::from_workshop(ws, &w));
        Some(invite_link(&base_url(), &encode_invite(&payload)))
    });
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let Some(text) = link.get_untracked() else {
            return;
        };
        let clipboard = window().navigator().clipboard();
        let promise = clipboard.write_text(&text);
        wasm_bindgen_futures::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            copied.set(Some(ok));
        });
    };
    view! {
        <section class="ws-invite" aria-labelledby="ws-invite-title">
            <h2 id="ws-invite-title">{tr(Wm::InviteTitle)}</h2>
            <p>{tr(Wm::InviteHint)}</p>
            {move || {
                link.get()
                    .map(|link| {
                        let qr = qr_for(&link).ok();
                        let (info, svg) = match &qr {
                            Some(qr) => (
                                format!(
                                    "{} {} · {} {}",
                                    Wm::LinkLength.text(lang.get()),
                                    link.chars().count(),
                                    Wm::QrVersion.text(lang.get()),
                                    qr.version
                                ),
                                Some(view! {
                                    <svg
                                        class="qr"
                                        role="img"
                                        aria-label=Wm::QrLabel.text(lang.get())
                                        viewBox=svg_view_box(qr)
                                        shape-rendering="crispEdges"
                                    >
                                        <rect x="-4" y="-4" width="100%" height="100%" fill="#fff"></rect>
                                        <path d=svg_path(qr) fill="#000"></path>
                                    </svg>
                                }),
                            ),
                            None => (Wm::TooLongForQr.text(lang.get()).to_owned(), None),
                        };
                        view! {
                            <div class="invite">
                                {svg}
                                <div>
                                    <label for="ws-link">{tr(Wm::SessionLink)}</label>
                                    <textarea id="ws-link" readonly rows="3" prop:value=link.clone()></textarea>
                                    <p class="muted" data-testid="ws-link-info">{info}</p>
                                    <button type="button" on:click=copy>{tr(Wm::CopyLink)}</button>
                                    {move || copied.get().map(|ok| {
                                        view! {
                                            <span role="status">
                                                {if ok { Wm::Copied.text(lang.get()) } else { Wm::CopyFailed.text(lang.get()) }}
                                            </span>
                                        }
                                    })}
                                </div>
                            </div>
                        }
                    })
            }}
        </section>
    }
}
