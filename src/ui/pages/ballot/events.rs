//! The page's one listener: a rating chosen (`change` on a `<select>` with `data-c`
//! and `data-s`), the name typed (`input`), a command clicked (`data-act`), the
//! language switched (`data-lang`).

use super::draft::{cell_of_value, new_id, UNSET};
use super::render::{CODE_ID, LINK_ID, NAME_ID, NOTICE_ID};
use super::{link_and_code, web, Ballot, Page};
use crate::engine::locale::Locale;
use crate::ui::html::target;
use crate::ui::i18n::Bm;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::{Element, Event};

/// An event inside the page.
pub(super) fn on_event(b: Ballot, ev: Event) {
    let Some(el) = target(&ev) else { return };
    match ev.type_().as_str() {
        "change" => rate(b, &el),
        "input" if el.id() == NAME_ID => {
            let name = web::value(&el);
            edit(b, |p| p.draft.name = name);
        }
        "click" => {
            let Some(el) = el.closest("[data-act], [data-lang]").ok().flatten() else {
                return;
            };
            match (el.get_attribute("data-act"), el.get_attribute("data-lang")) {
                (Some(act), _) => command(b, &act),
                (_, Some(code)) => b
                    .lang
                    .set(if code == "en" { Locale::En } else { Locale::Ru }),
                _ => {}
            }
        }
        _ => {}
    }
}

/// Changes the session's page (not an error page).
fn edit(b: Ballot, f: impl FnOnce(&mut Page)) {
    b.page.update(|page| {
        if let Ok(p) = page {
            f(p);
        }
    });
}

/// Reads the session's page; `None` on an error page.
fn read<T>(b: Ballot, f: impl FnOnce(&Page) -> T) -> Option<T> {
    b.page.with_untracked(|page| page.as_ref().ok().map(f))
}

/// The number in the attribute `name` of `el`.
fn index(el: &Element, name: &str) -> Option<usize> {
    el.get_attribute(name)?.parse().ok()
}

/// A rating `<select>` changed: its cell takes the value, and loses its «unset» mark.
fn rate(b: Ballot, el: &Element) {
    let (Some(c), Some(s)) = (index(el, "data-c"), index(el, "data-s")) else {
        return;
    };
    let cell = cell_of_value(&web::value(el));
    edit(b, |p| {
        let subjects = p.invite.subjects();
        if s < subjects {
            if let Some(x) = p.draft.cells.get_mut(c * subjects + s) {
                *x = cell;
            }
        }
    });
    let _ = if cell == UNSET {
        el.set_attribute("class", "unset")
    } else {
        el.remove_attribute("class")
    };
}

fn command(b: Ballot, act: &str) {
    match act {
        "done" => {
            if read(b, |p| p.draft.filled() == p.draft.cells.len()) == Some(true) {
                send(b);
            } else {
                edit(b, |p| p.asked += 1);
            }
        }
        "send" => send(b),
        "first" => {
            let first = read(b, |p| {
                let subjects = p.invite.subjects().max(1);
                let k = p.draft.cells.iter().position(|&c| c == UNSET)?;
                Some(format!("r{}-{}", k / subjects, k % subjects))
            });
            if let Some(id) = first.flatten() {
                web::reveal(&id, true);
            }
        }
        "edit" => edit(b, |p| {
            p.asked = 0;
            p.draft.sent = false;
        }),
        "download" => download(b),
        "share" => spawn_local(later(b, None)),
        "copy-link" => spawn_local(later(b, Some((LINK_ID, Bm::LinkCopied)))),
        "copy-code" => spawn_local(later(b, Some((CODE_ID, Bm::CodeCopied)))),
        _ => {}
    }
}

/// The ballot is made: its id once and for all, then the sent stage (unset cells
/// count as «не знаю»).
fn send(b: Ballot) {
    if b.pass {
        return hand_over(b);
    }
    edit(b, |p| {
        if p.draft.id.is_empty() {
            p.draft.id = new_id(js_sys::Math::random);
        }
        p.draft.sent = true;
    });
}

/// «Pass the laptop»: the ballot goes to the facilitator's tab at once, and the page
/// starts again empty for the next participant (nothing of this ballot stays on
/// screen). The count of ballots handed over is kept for the banner.
fn hand_over(b: Ballot) {
    let Some((code, key, count_key)) = read(b, |p| {
        let mut draft = p.draft.clone();
        draft.id = new_id(js_sys::Math::random);
        (
            crate::engine::workshop::codec::encode_ballot(&draft.ballot(&p.invite)),
            super::draft_key(&p.invite, true),
            super::pass_count_key(&p.invite),
        )
    }) else {
        return;
    };
    let Ok(channel) = web_sys::BroadcastChannel::new(super::PASS_CHANNEL) else {
        notice(Bm::PassFailed.text(b.lang.get_untracked()));
        return;
    };
    let posted = channel.post_message(&wasm_bindgen::JsValue::from_str(&code));
    channel.close();
    if posted.is_err() {
        notice(Bm::PassFailed.text(b.lang.get_untracked()));
        return;
    }
    let count = web::load(&count_key)
        .and_then(|n| n.parse::<u32>().ok())
        .unwrap_or(0);
    web::save(&count_key, &(count + 1).to_string());
    web::remove(&key);
    // The form keeps its values in the controls: a reload writes it anew, empty.
    let _ = window().location().reload();
}

/// Says `text` on the notice line of the sent ballot.
fn notice(text: &str) {
    if let Some(el) = document().get_element_by_id(NOTICE_ID) {
        el.set_text_content(Some(text));
    }
}

/// The text of the text box `id`.
fn box_text(id: &str) -> String {
    document()
        .get_element_by_id(id)
        .map(|el| web::value(&el))
        .unwrap_or_default()
}

/// Saves the code as `ballot-<id>.txt`.
fn download(b: Ballot) {
    let locale = b.lang.get_untracked();
    let id = read(b, |p| p.draft.id.clone()).unwrap_or_default();
    let name = "ballot-".to_owned() + &id + ".txt";
    match crate::ui::storage::download(&box_text(CODE_ID), &name, "text/plain") {
        Ok(()) => notice(&(Bm::FileSaved.text(locale).to_owned() + " " + &name)),
        Err(_) => notice(Bm::FileFailed.text(locale)),
    }
}

/// The commands that wait for the browser: a copy of the text box `id` (then says
/// `done`), or with `None` the share sheet with the return link. When the clipboard
/// refuses, the text is selected for the user to copy by hand, and the page says so.
async fn later(b: Ballot, copy: Option<(&'static str, Bm)>) {
    let locale = b.lang.get_untracked();
    let Some((id, done)) = copy else {
        let Some((title, (link, _))) = read(b, |p| (p.invite.title.clone(), link_and_code(p)))
        else {
            return;
        };
        let text = Bm::ShareText.text(locale).to_owned() + " «" + &title + "»";
        // A closed share sheet is no failure: the other ways stay on the page.
        let _ = web::share(&title, &text, &link).await;
        return;
    };
    let copied = web::copy(&box_text(id)).await || web::select_and_copy(id);
    notice((if copied { done } else { Bm::CopyManual }).text(locale));
}
