//! Collecting ballots: a returned link opened on this device, a pasted link or code,
//! or a ballot file; the current round's list; the next round.

use super::setup::act;
use super::Page;
use crate::engine::action::Action;
use crate::engine::locale::Locale;
use crate::engine::model::Workshop;
use crate::engine::workshop::codec::{decode_pasted, parse_fragment, Code, CodeError, Fragment};
use crate::ui::i18n::{tr, use_lang, Wm};
use crate::ui::state::Mode;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Why a code was not added, in the user's language.
fn code_error(e: &CodeError, locale: Locale) -> String {
    let m = match e {
        CodeError::NotACode => Wm::ErrNotACode,
        CodeError::Damaged => Wm::ErrDamaged,
        CodeError::WrongKind { .. } => Wm::ErrWrongKind,
        CodeError::NewerVersion => Wm::ErrNewer,
        CodeError::Invalid { .. } | CodeError::TooLongForQr => Wm::ErrInvalid,
    };
    m.text(locale).to_owned()
}

/// Adds the ballot carried by `text` (a link, a fragment or a bare code) to the
/// session it was made for; the outcome becomes the page's notice.
pub(super) fn add_pasted(page: Page, text: &str) {
    let store = page.store;
    let locale = page.lang.get_untracked();
    let fail = |m: String| page.notice.set(Some((false, m)));
    let ballot = match decode_pasted(text) {
        Ok(Code::Ballot(b)) => b,
        Ok(Code::Invite(_)) => return fail(Wm::ErrInviteNotBallot.text(locale).to_owned()),
        Err(e) => return fail(code_error(&e, locale)),
    };
    let target = store.ws().with_untracked(|ws| {
        ws.workshops
            .iter()
            .find(|w| w.token == ballot.token)
            .map(|w| {
                let received = w.rounds.last().map_or(0, |r| r.ballots.len());
                let shape = (w.criteria.len(), w.subjects());
                (
                    w.id,
                    w.name.clone(),
                    w.round_number(),
                    shape,
                    w.anonymous,
                    received,
                )
            })
    });
    let Some((id, name, round, (criteria, subjects), anonymous, received)) = target else {
        return fail(Wm::ErrOtherSession.text(locale).to_owned());
    };
    if usize::from(ballot.round) != round {
        return fail(format!(
            "{} {} · {} {round}",
            Wm::ErrRound.text(locale),
            ballot.round,
            Wm::CurrentRound.text(locale)
        ));
    }
    if ballot.criteria() != criteria || ballot.subjects() != subjects {
        return fail(Wm::ErrShape.text(locale).to_owned());
    }
    // An anonymous session may be on the projector: the notice numbers the ballot as
    // the list does instead of naming its author.
    let who = if anonymous {
        format!("{} {}", Wm::Participant.text(locale), received + 1)
    } else if ballot.participant.trim().is_empty() {
        Wm::Anonymous1.text(locale).to_owned()
    } else {
        ballot.participant.trim().to_owned()
    };
    if act(
        page,
        Action::AddBallot {
            workshop: id,
            ballot: ballot.into_ballot(),
        },
    ) {
        super::choose(page, id);
        page.notice.set(Some((
            true,
            format!("{} «{name}»: {who}", Wm::BallotAdded.text(locale)),
        )));
    }
}

/// Adds the ballot of a `#ballot=…` fragment in the address, if there is one, then
/// removes the fragment (a reload must not add it again).
fn take_from_address(page: Page) {
    let hash = window().location().hash().unwrap_or_default();
    if let Some(Fragment::Ballot(code)) = parse_fragment(&hash) {
        add_pasted(page, &code);
        if let Ok(history) = window().history() {
            let search = window().location().search().unwrap_or_default();
            let url = if search.is_empty() {
                "?s=competition".to_owned()
            } else {
                search
            };
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}

/// A participant's returned link (`#ballot=…`) opened here: its ballot is added once
/// the workspace is loaded, and again for every such link opened while the page is
/// shown (the address changes only its fragment then).
pub(super) fn receive_from_address(page: Page) {
    let store = page.store;
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) || store.mode().with(|m| *m == Mode::Loading) {
            return done.unwrap_or(false);
        }
        take_from_address(page);
        true
    });
    let handle = window_event_listener_untyped("hashchange", move |_| {
        if store.mode().with_untracked(|m| *m != Mode::Loading) {
            take_from_address(page);
        }
    });
    on_cleanup(move || handle.remove());
}

/// Ballots handed over by a «pass the laptop» tab of this browser
/// ([`crate::ui::pages::PASS_CHANNEL`]) are added as they arrive.
fn receive_passed(page: Page) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Ok(channel) = web_sys::BroadcastChannel::new(crate::ui::pages::PASS_CHANNEL) else {
        return;
    };
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if let Some(code) = ev.data().as_string() {
                add_pasted(page, &code);
            }
        });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // Kept (thread-local, as JS objects must be) until the page goes, then closed.
    let kept = StoredValue::new_local(Some((channel, on_message)));
    on_cleanup(move || {
        if let Some((channel, _closure)) = kept.try_update_value(Option::take).flatten() {
            channel.set_onmessage(None);
            channel.close();
        }
    });
}

/// Opens the session's ballot in a new tab of this browser in «pass the laptop» mode.
fn open_pass_tab(page: Page) {
    use crate::engine::workshop::codec::{encode_invite, Invite};
    let Some(w) = page.workshop() else { return };
    let code = page
        .store
        .ws()
        .with_untracked(|ws| encode_invite(&Invite::from_workshop(ws, &w)));
    let url = super::invite::base_url() + "#pass=" + &code;
    let _ = window().open_with_url_and_target(&url, "_blank");
}

/// The ballots of the shown session's current round and the ways to add one.
#[component]
pub(super) fn Ballots(page: Page) -> impl IntoView {
    let lang = use_lang();
    receive_passed(page);
    let w = Memo::new(move |_| page.workshop());
    let pasted = RwSignal::new(String::new());
    let add = move || {
        let text = pasted.get_untracked();
        add_pasted(page, &text);
        if page
            .notice
            .with_untracked(|n| n.as_ref().is_some_and(|(ok, _)| *ok))
        {
            pasted.set(String::new());
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            match text.ok().and_then(|t| t.as_string()) {
                Some(t) => add_pasted(page, &t),
                None => page.notice.set(Some((
                    false,
                    Wm::ErrNotACode.text(lang.get_untracked()).to_owned(),
                ))),
            }
        });
    };
    view! {
        <section class="ws-ballots" aria-labelledby="ws-ballots-title">
            <h2 id="ws-ballots-title">
                {move || format!(
                    "{} · {} {}",
                    Wm::BallotsTitle.text(lang.get()),
                    Wm::Round.text(lang.get()),
                    w.with(|w| w.as_ref().map_or(1, Workshop::round_number))
                )}
            </h2>
            <form
                class="ws-paste"
                on:submit=move |ev| {
                    ev.prevent_default();
                    add();
                }
            >
                <label for="ws-paste">{tr(Wm::PasteLabel)}</label>
                <textarea
                    id="ws-paste"
                    rows="2"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <div class="actions">
                    <button type="submit" class="primary">{tr(Wm::AddBallot)}</button>
                    <label class="file-button">
                        {tr(Wm::OpenBallotFile)}
                        <input type="file" accept=".txt,text/plain" on:change=on_file />
                    </label>
                </div>
            </form>
            <p>
                <button type="button" on:click=move |_| open_pass_tab(page)>{tr(Wm::PassLaptop)}</button>
                " "
                <span class="muted">{tr(Wm::PassLaptopHint)}</span>
            </p>
            {move || ballot_list(page, w.get(), lang.get())}
        </section>
    }
}

/// The current round's ballots (names hidden when the session is anonymous) with a
/// remove button each, and the button that starts the next round.
fn ballot_list(page: Page, w: Option<Workshop>, locale: Locale) -> impl IntoView {
    let w = w?;
    let r = w.rounds.len().saturating_sub(1);
    let ballots = w
        .rounds
        .get(r)
        .map(|r| r.ballots.clone())
        .unwrap_or_default();
    let id = w.id;
    let count = format!("{} {}", Wm::BallotsReceived.text(locale), ballots.len());
    let items = ballots
        .into_iter()
        .enumerate()
        .map(|(i, b)| {
            let shown = if w.anonymous || b.participant.trim().is_empty() {
                format!("{} {}", Wm::Participant.text(locale), i + 1)
            } else {
                b.participant.clone()
            };
            let label = format!("{} {shown}", Wm::RemoveBallot.text(locale));
            let ballot = b.id.clone();
            view! {
                <li>
                    <span>{shown}</span>
                    <button
                        type="button"
                        class="link"
                        aria-label=label
                        on:click=move |_| {
                            act(page, Action::RemoveBallot { workshop: id, round: r, ballot: ballot.clone() });
                        }
                    >
                        {Wm::Remove.text(locale)}
                    </button>
                </li>
            }
        })
        .collect_view();
    let can_next = w.rounds.last().is_some_and(|r| !r.ballots.is_empty())
        && w.rounds.len() < crate::engine::model::MAX_ROUNDS;
    Some(view! {
        <p data-testid="ws-ballot-count">{count}</p>
        <ol class="ws-ballot-list">{items}</ol>
        <button
            type="button"
            disabled=!can_next
            on:click=move |_| {
                if act(page, Action::NextRound(id)) {
                    page.notice.set(None);
                }
            }
        >
            {Wm::NextRound.text(locale)}
        </button>
    })
}
