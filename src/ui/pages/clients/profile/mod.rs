//! «Профиль»: the key-client profile editor. Each criterion is a card of fields
//! (name, how it is measured, source, unit, direction, weight with its share of the
//! total, normalisation — none, linear between two anchors, or bands —, knock-out
//! gate) and buttons (up, down, duplicate, delete); criteria without a unit or a
//! scale are flagged. The list is written as HTML from the workspace ([`render`]: a
//! `view!` per field would cost bundle size per line) and rewritten after every
//! change; one change and one click handler on the container ([`edit`]) read the
//! element's id, `pf{criterion index}-{field}`. Every edit is an engine action through
//! [`ClientsCtx::apply`]: validated, undoable, saved, and the ranking, which reads the
//! same analysis, follows at once.

mod edit;
mod render;

use super::ctx::{use_clients, ClientsCtx};
use crate::engine::locale::Locale;
use crate::engine::model::{Criterion, Gate, Scale};
use crate::ui::html::{host, Listening};
use crate::ui::i18n::Pm;
use leptos::prelude::*;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// Field codes: 0–3 texts, 4 direction, 5 scale, 6 weight, 7–8 linear anchors,
/// 9–10 gate minimum and maximum, then band b's `from` (11 + 2b) and score (12 + 2b).
const LABELS: [Pm; 11] = [
    Pm::Name,
    Pm::Measure,
    Pm::Source,
    Pm::Unit,
    Pm::Direction,
    Pm::Scale,
    Pm::Weight,
    Pm::Low,
    Pm::High,
    Pm::GateMin,
    Pm::GateMax,
];

/// Button codes `b0`–`b3`; `b4` adds a band, `b{5 + b}` removes band b.
const BUTTONS: [Pm; 4] = [Pm::Up, Pm::Down, Pm::Duplicate, Pm::Delete];

/// The section's context and what the view keeps between renderings.
#[derive(Clone, Copy)]
struct State {
    ctx: ClientsCtx,
    keep: StoredValue<Keep>,
}

/// Set by a handler once its action is applied; read by the rendering that follows
/// (effects run after the handler returns), so neither needs a signal of its own.
#[derive(Default)]
struct Keep {
    /// The note of the last deletion, with the revision it belongs to.
    note: Option<(u64, String)>,
    /// The id to focus after the next rendering.
    focus: Option<String>,
    /// The id of the field whose change was read last (its rendering shows the value
    /// that holds, not what was typed).
    changed: Option<String>,
}

/// The profile tab.
#[allow(non_snake_case)]
pub fn ProfileView() -> impl IntoView {
    let ctx = use_clients();
    let s = State {
        ctx,
        keep: StoredValue::new(Keep::default()),
    };
    let listening = Listening::new(&["change", "click"]);
    Effect::new(move |_| {
        listening.attach("pf-list", &|| {
            Box::new(move |ev| match ev.type_().as_str() {
                "change" => edit::on_change(s, &ev),
                _ => edit::on_click(s, &ev),
            })
        });
        // A refused edit renders again too, so the field shows the value that holds.
        ctx.refused.track();
        let locale = ctx.lang.get();
        // Every change of the workspace is a new revision: the note shows until then.
        let rev = ctx.store.revision().get_untracked();
        let (note, want) = s
            .keep
            .try_update_value(|k| {
                let note = k.note.as_ref().filter(|n| n.0 == rev);
                (note.map(|n| n.1.clone()), k.focus.take())
            })
            .unwrap_or_default();
        let html = ctx.store.ws().with(|ws| render::render(ws, note, locale));
        let doc = document();
        let Some(list) = doc.get_element_by_id("pf-list") else {
            return;
        };
        // The focused element is replaced: focus the new one with its id.
        let want = want.or_else(|| doc.active_element().map(|e| e.id()));
        let typing = want.as_deref().and_then(|id| typing(s, id));
        list.set_inner_html(&html);
        if let Some(el) = want.and_then(|id| doc.get_element_by_id(&id)) {
            let el = match &typing {
                Some(t) => t.replace(el),
                None => el,
            };
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            if let Some(t) = typing {
                t.select();
            }
        }
    });
    host("pf-list")
}

/// The text field being typed in while the list is written again (a change applied a
/// moment after the user moved on to the next field): the element itself is kept, in
/// place of its new copy, so that what was typed, the selection and the field's own
/// undo stay, and leaving it still commits the text (a `change`).
struct Typing {
    input: HtmlInputElement,
    selection: Option<(u32, u32)>,
}

impl Typing {
    /// Puts the kept field in place of `fresh`, its new copy, with the copy's
    /// attributes (its `value` attribute shows only while nothing was typed), and
    /// returns it.
    fn replace(&self, fresh: Element) -> Element {
        let old: &Element = self.input.as_ref();
        let names = fresh.get_attribute_names();
        for name in old.get_attribute_names().iter() {
            let name = name.as_string().unwrap_or_default();
            if !fresh.has_attribute(&name) {
                let _ = old.remove_attribute(&name);
            }
        }
        for name in names.iter() {
            let name = name.as_string().unwrap_or_default();
            let value = fresh.get_attribute(&name).unwrap_or_default();
            if old.get_attribute(&name).as_deref() != Some(value.as_str()) {
                let _ = old.set_attribute(&name, &value);
            }
        }
        if fresh.replace_with_with_node_1(old).is_err() {
            return fresh;
        }
        old.clone()
    }

    /// Selects again what was selected (once focused again).
    fn select(&self) {
        if let Some((start, end)) = self.selection {
            let _ = self.input.set_selection_range(start, end);
        }
    }
}

/// The focused text field `id`, unless it is the field whose change this rendering
/// applies or refuses (that one shows the value that holds).
fn typing(s: State, id: &str) -> Option<Typing> {
    if s.keep.with_value(|k| k.changed.as_deref() == Some(id)) {
        return None;
    }
    let input = document()
        .active_element()
        .filter(|e| e.id() == id)?
        .dyn_into::<HtmlInputElement>()
        .ok()
        .filter(|i| i.type_() == "text")?;
    let start = input.selection_start().ok().flatten();
    let end = input.selection_end().ok().flatten();
    Some(Typing {
        input,
        selection: start.zip(end),
    })
}

/// The label of field `f` (see [`LABELS`]), e.g. «Вес», «Диапазон 2, балл».
fn label(f: usize, locale: Locale) -> String {
    if let Some(m) = LABELS.get(f) {
        return m.text(locale).to_owned();
    }
    let part = if f % 2 == 1 { Pm::From } else { Pm::Points };
    let band = num((f - 11) / 2 + 1);
    [Pm::Band.text(locale), " ", &band, ", ", part.text(locale)].concat()
}

/// `n` in decimal digits (one copy of the formatting code for every caller).
#[inline(never)]
fn num(n: usize) -> String {
    n.to_string()
}

/// «Вес: Объём ввода жилья»: a label with the criterion's name; the accessible name
/// of the field, and how a refusal names it.
fn named(label: &str, k: &Criterion) -> String {
    [label, ": ", &k.name].concat()
}

/// The text field `f` (0–3) of `k`.
fn text(k: &Criterion, f: usize) -> &str {
    [&k.name, &k.measure, &k.source, &k.unit][f]
}

/// The text field `f` (0–3) of `k`, to change it.
fn text_mut(k: &mut Criterion, f: usize) -> &mut String {
    match f {
        0 => &mut k.name,
        1 => &mut k.measure,
        2 => &mut k.source,
        _ => &mut k.unit,
    }
}

/// Numeric field `f` of `k`; `None` where the scale has no such field.
fn read(k: &Criterion, f: usize) -> Option<Decimal> {
    let gate = k.gate.as_ref();
    match (f, &k.scale) {
        (6, _) => Some(k.weight),
        (7, Scale::Linear { low, .. }) => Some(*low),
        (8, Scale::Linear { high, .. }) => Some(*high),
        (9, _) => gate.and_then(|g| g.min),
        (10, _) => gate.and_then(|g| g.max),
        (11.., Scale::Bands { bands }) => {
            bands
                .get((f - 11) / 2)
                .map(|b| if f % 2 == 1 { b.from } else { b.score })
        }
        _ => None,
    }
}

/// Sets numeric field `f` of `k`; a gate with neither end is no gate.
fn write(k: &mut Criterion, f: usize, v: Option<Decimal>) {
    let x = v.unwrap_or_default();
    let (mut min, mut max) = k.gate.as_ref().map_or((None, None), |g| (g.min, g.max));
    match (f, &mut k.scale) {
        (6, _) => k.weight = x,
        (7, Scale::Linear { low, .. }) => *low = x,
        (8, Scale::Linear { high, .. }) => *high = x,
        (9, _) => min = v,
        (10, _) => max = v,
        (11.., Scale::Bands { bands }) => {
            if let Some(b) = bands.get_mut((f - 11) / 2) {
                *(if f % 2 == 1 {
                    &mut b.from
                } else {
                    &mut b.score
                }) = x;
            }
        }
        _ => {}
    }
    k.gate = (min.is_some() || max.is_some()).then_some(Gate { min, max });
}
