//! The offer's editor and figures in one host, written as HTML text with one listener
//! (`input`, `change`, `click` — the buttons are in [`super::buttons`] — and
//! `focusin`, which picks the bar's part, [`super::live`]): the figures follow every
//! keystroke (a draft), every
//! field is saved when it changes through [`Action::UpdateOffer`]; refused input sets
//! a notice naming the field and changes nothing. The markup is morphed in place, so
//! the control being used keeps focus; while only the figures change (a keystroke),
//! only the figures that changed are written ([`super::slots`]).

use super::live::Live;
use super::slots::{patch, Slotted, Written};
use super::Page;
use crate::engine::action::Action;
use crate::engine::locale::Locale;
use crate::engine::offer::Offer;
use crate::ui::html::{host, target, Listening};
use crate::ui::i18n::Om;
use crate::ui::morph::morph_html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// The host of the editor.
const HOST: &str = "ofs";

/// Applies `action`; a refusal becomes the page's notice. True when applied.
pub(super) fn act(page: Page, action: Action) -> bool {
    let locale = page.lang.get_untracked();
    let read_only = Om::ReadOnly.text(locale);
    page.store.act(action, page.notice, read_only, locale)
}

/// Applies a change to the shown offer through [`Action::UpdateOffer`]; true when
/// applied.
/// (`dyn`: one copy of this for the many buttons.)
pub(super) fn update(page: Page, change: &mut dyn FnMut(&mut Offer)) -> bool {
    let Some(mut o) = page.offer() else {
        return false;
    };
    change(&mut o);
    let ok = act(page, Action::UpdateOffer(Box::new(o)));
    if ok {
        page.notice.set(None);
    }
    ok
}

/// The containers of the figures inside the editor: the table, the chart and the
/// per-year figures, the bar of the part being edited (see `figures::Parts`).
const PARTS: [&str; 3] = ["of-figs", "of-more", "of-live"];
/// What tells whether the first two parts are in view (element id, part): the table's
/// container, and the chart (the per-year figures, when open, count as in view).
const WATCHED: [(&str, usize); 2] = [("of-figs", 0), ("of-chart", 1)];

/// What the editor shows: the offer, language and view its forms were last written
/// from, and what was written into each of the figures' containers (`PARTS`). While
/// only the draft changes (a keystroke), the forms stay as they are and only the
/// figures that changed are written (see `slots`), in the parts in view (see `watch`).
#[derive(Default)]
struct Shown {
    forms: Option<(Offer, Locale, bool)>,
    parts: [Option<Written>; 3],
}

/// The page's settings that decide what the editor shows.
#[derive(Clone, Copy)]
struct View {
    locale: Locale,
    client: bool,
    by_year: Option<usize>,
    live: Option<Live>,
    /// Whether the table, and the chart with the per-year figures, are to be written.
    in_view: [bool; 2],
}

impl View {
    /// The settings now (tracked inside an effect).
    fn read(page: Page) -> View {
        let by_year = page.by_year.get();
        let [table, chart] = page.in_view.get();
        View {
            locale: page.lang.get(),
            client: page.client_view.get(),
            by_year,
            live: page.live.get(),
            in_view: [table, chart || by_year.is_some()],
        }
    }
}

/// The figures of `shown` for the containers `PARTS`, those of `in_view` and the bar
/// (see `figures::markup`; with their markup when `full`).
fn figures(
    page: Page,
    shown: &Offer,
    v: View,
    full: bool,
    in_view: [bool; 2],
) -> [Option<Slotted>; 3] {
    page.store.ws().with(|ws| {
        let p = super::figures::markup(ws, shown, v.by_year, v.live, v.locale, full, in_view);
        [p.table, p.more, Some(p.bar)]
    })
}

/// Writes the figures of `shown` (the offer `o` or its draft) into the parts in view
/// and the bar, when the forms around them were written from `o` with the same
/// language in the editor: only the figures that changed (see `slots`). A part out of
/// view keeps what it shows (and `Shown::parts` what was written there) until it comes
/// into view. False, with nothing written, when the whole editor must be written.
fn patch_figures(
    page: Page,
    written: StoredValue<Shown>,
    o: &Offer,
    shown: &Offer,
    v: View,
) -> bool {
    if v.client {
        return false;
    }
    let same = written.with_value(|w| {
        w.forms
            .as_ref()
            .is_some_and(|(wo, wl, wc)| *wl == v.locale && !*wc && wo == o)
    });
    if !same {
        return false;
    }
    let doc = document();
    let wanted = [v.in_view[0], v.in_view[1], true];
    let containers: [_; 3] =
        std::array::from_fn(|k| wanted[k].then(|| doc.get_element_by_id(PARTS[k])).flatten());
    if (0..3).any(|k| wanted[k] && containers[k].is_none()) {
        return false;
    }
    let figures = |full| figures(page, shown, v, full, v.in_view);
    let done = written.try_update_value(|w| {
        let mut all = |fresh: [Option<Slotted>; 3]| {
            let mut ok = true;
            for ((el, last), fresh) in containers.iter().zip(w.parts.iter_mut()).zip(fresh) {
                if let (Some(el), Some(fresh)) = (el, fresh) {
                    ok = ok && patch(el, last, fresh);
                }
            }
            ok
        };
        all(figures(false)) || all(figures(true))
    });
    done == Some(true)
}

/// The editor (or the client-safe view) of the shown offer.
#[component]
pub(super) fn Editor(page: Page) -> impl IntoView {
    let listening = Listening::new(&["input", "change", "click", "focusin"]);
    let written = StoredValue::new(Shown::default());
    let watch = super::watch::Watch::new(page.in_view, &WATCHED);
    Effect::new(move |_| {
        listening.attach(HOST, &|| Box::new(move |ev| on_event(page, written, ev)));
        let v = View::read(page);
        let Some(o) = page.offer() else { return };
        let draft = page.draft.get().filter(|d| d.id == o.id);
        // The figures (not in the client view), from the draft while one is typed:
        // while the forms stay as they are, the figures' values first (enough unless
        // a shape changed, see `slots`).
        let shown = draft.as_ref().unwrap_or(&o);
        if patch_figures(page, written, &o, shown, v) {
            return;
        }
        let client = v.client;
        let fresh = (!client).then(|| figures(page, shown, v, true, [true; 2]));
        let Some(el) = document().get_element_by_id(HOST) else {
            return;
        };
        let locale = v.locale;
        let mut parts_written = [None, None, None];
        let markup = page.store.ws().with(|ws| {
            let mut m = super::form::toolbar(&o, client, locale);
            let Some(fresh) = fresh else {
                return m + &super::client_view::markup(ws, &o, locale);
            };
            m += &super::form::base(&o, locale);
            let mut html: [String; 3] = Default::default();
            for (k, part) in fresh.into_iter().enumerate() {
                let (text, part) = part.map(Slotted::finish).unwrap_or_default();
                html[k] = text;
                parts_written[k] = Some(part);
            }
            let [table, more, bar] = html;
            m = m + "<div id=\"" + PARTS[0] + "\">" + &table + "</div>";
            m = m + "<div id=\"" + PARTS[1] + "\" class=\"of-more\">" + &more + "</div>";
            m += &super::form::variants(&o, locale);
            m = m + "<div id=\"" + PARTS[2] + "\" class=\"of-live\" role=\"group\"";
            m + " aria-label=\"" + Om::LiveTitle.text(locale) + "\">" + &bar + "</div>"
        });
        written.set_value(Shown {
            forms: Some((o.clone(), locale, client)),
            parts: parts_written,
        });
        morph_html(&el, &markup);
        super::write::watch_figures(&el);
        if !client {
            watch.watch();
        }
        // What the user changed stays in the control's property, not its
        // attribute: set the properties from the offer.
        set_checked("of-cview", client);
        set_checked("of-donly", o.discount_only);
        for i in 0..o.variants.len() {
            set_checked(&format!("of-chosen-{i}"), o.chosen == Some(i));
        }
    });
    host(HOST)
}

fn set_checked(id: &str, on: bool) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
    {
        el.set_checked(on);
    }
}

/// The field, variant and service of a control (one with `data-f`), read from its id
/// `of-{f}[-{v}[-{s}]]` (`form::field`; the date and the choice follow it too): no
/// field's name has a segment of digits.
fn control(id: &str) -> Option<(&str, Option<usize>, Option<usize>)> {
    let mut field = id.strip_prefix("of-")?;
    let mut numbers = Vec::new();
    while numbers.len() < 2 {
        let Some((rest, last)) = field.rsplit_once('-') else {
            break;
        };
        let Ok(n) = last.parse::<usize>() else { break };
        numbers.push(n);
        field = rest;
    }
    let (v, s) = match numbers[..] {
        [s, v] => (Some(v), Some(s)),
        [v] => (Some(v), None),
        _ => (None, None),
    };
    Some((field, v, s))
}

/// A `data-` attribute of `el` as an index.
fn index(el: &web_sys::Element, name: &str) -> Option<usize> {
    el.get_attribute(name).and_then(|i| i.parse().ok())
}

/// One listener for the whole editor: which control changed or was clicked.
fn on_event(page: Page, written: StoredValue<Shown>, ev: web_sys::Event) {
    let Some(el) = target(&ev) else { return };
    let locale = page.lang.get_untracked();
    // (Each string asked of the browser is converted: each is asked once, and only
    // when needed; a keystroke asks for four: the event's type, the field's type, id
    // and value.)
    let kind = ev.type_();
    if kind == "focusin" {
        // The base deal's form or a variant's: its figures are kept in view.
        let within = |part: &str| el.closest(part).ok().flatten().is_some();
        let live = if within(".of-base") {
            Some(Live::Base)
        } else if within(".of-variant") {
            index(&el, "data-v").map(Live::Variant)
        } else {
            None
        };
        if page.live.get_untracked() != live {
            page.live.set(live);
        }
        return;
    }
    if kind == "click" {
        let Some(what) = el.get_attribute("data-act") else {
            return;
        };
        super::buttons::on_click(page, &what, index(&el, "data-v"), index(&el, "data-s"));
        return;
    }
    let input = el.clone().dyn_into::<HtmlInputElement>().ok();
    // Only typing makes a draft (a checkbox's `input` comes before its `change`).
    let typed = input.as_ref().is_some_and(|i| i.type_() != "checkbox");
    if kind == "input" && !typed {
        return;
    }
    let id = el.id();
    if kind == "input" {
        // While typing: the figures of the number typed so far, nothing saved. Every
        // text field of the editor is a field (`form::field`). The figures are
        // written here, not by the editor's effect woken through the draft (a round
        // trip through the reactive graph and a microtask: ≈ 1.5 ms of a keystroke
        // under 4× throttling); the effect is woken only when more than the figures
        // must be written.
        let Some((field, v, s)) = control(&id) else {
            return;
        };
        let text = input.map(|i| i.value()).unwrap_or_default();
        let Some(o) = page.offer() else { return };
        let mut draft = o.clone();
        if super::fields::set_field(&mut draft, v, s, field, &text, false).is_err() {
            return;
        }
        if untrack(|| patch_figures(page, written, &o, &draft, View::read(page))) {
            page.draft.update_untracked(|d| *d = Some(draft));
        } else {
            page.draft.set(Some(draft));
        }
        return;
    }
    let checked = input.as_ref().is_some_and(|i| i.checked());
    match id.as_str() {
        "of-cview" => return page.client_view.set(checked),
        "of-donly" => {
            update(page, &mut |o| o.discount_only = checked);
            return;
        }
        _ => {}
    }
    if !el.has_attribute("data-f") {
        return;
    }
    let Some((field, v, s)) = control(&id) else {
        return;
    };
    let text = input.map(|i| i.value()).unwrap_or_default();
    page.draft.set(None);
    let mut fail = None;
    let changed = page.offer().map(|mut o| {
        match super::fields::set_field(&mut o, v, s, field, &text, checked) {
            Ok(()) => Some(o),
            Err(why) => {
                fail = Some(why);
                None
            }
        }
    });
    if let Some(why) = fail {
        let mut name = String::new();
        if let Some(i) = v {
            name = format!("{} {} — ", Om::Variant.text(locale), i + 1);
        }
        name += super::form::label(field).text(locale);
        page.notice
            .set(Some((false, format!("{name}: {}", why.text(locale)))));
        return;
    }
    if let Some(Some(o)) = changed {
        if act(page, Action::UpdateOffer(Box::new(o))) {
            page.notice.set(None);
        }
    }
}
