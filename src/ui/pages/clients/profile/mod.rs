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
use crate::ui::morph::morph_html;
use leptos::prelude::*;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

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
    /// The id of the field whose change was read last: the next rendering shows the
    /// value that holds there, not what was typed.
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
        let (note, want, changed) = s
            .keep
            .try_update_value(|k| {
                let note = k.note.as_ref().filter(|n| n.0 == rev);
                (note.map(|n| n.1.clone()), k.focus.take(), k.changed.take())
            })
            .unwrap_or_default();
        let html = ctx.store.ws().with(|ws| render::render(ws, note, locale));
        let doc = document();
        let Some(list) = doc.get_element_by_id("pf-list") else {
            return;
        };
        // Morphed, not replaced: the field being typed in stays as it is, with its
        // text, selection and undo (a change applied a moment after the user moved
        // on to the next field, see `edit::on_change`). The field whose change this
        // rendering applies or refuses shows the value that holds. A moved criterion
        // takes its focus along (`Keep::focus`); an element of another kind in its
        // place is focused again by its id.
        let want = want.or_else(|| doc.active_element().map(|e| e.id()));
        morph_html(&list, &html);
        if let Some(input) = changed
            .and_then(|id| doc.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
            .filter(|i| i.type_() == "text")
        {
            input.set_value(&input.default_value());
        }
        if let Some(el) = want.and_then(|id| doc.get_element_by_id(&id)) {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
    host("pf-list")
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
