//! The handlers of the profile's container: a field changed, a button was clicked.

use super::{label, named, num, text_mut, write, State};
use crate::engine::action::{next_criterion_id, Action};
use crate::engine::locale::parse_decimal;
use crate::engine::model::{Band, Criterion, Direction, Scale};
use crate::ui::i18n::{Cm, Pm};
use leptos::prelude::*;
use rust_decimal::Decimal;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement};

/// The element of an event, the criterion index and the rest of its id
/// `pf{i}-{rest}`, and that criterion.
fn target(s: State, ev: &Event) -> Option<(Element, usize, String, Criterion)> {
    let el: Element = ev.target()?.dyn_into().ok()?;
    let id = el.id();
    let (i, rest) = id.strip_prefix("pf")?.split_once('-')?;
    let i: usize = i.parse().ok()?;
    let k = s
        .ctx
        .store
        .ws()
        .with_untracked(|ws| ws.criteria.get(i).cloned())?;
    Some((el, i, rest.to_owned(), k))
}

/// A field changed. The change is read now and applied a moment later, once the
/// focus has settled on the next field (the new rendering puts it back there), to
/// the criterion as it is then: a second change made before the first is applied (a
/// quick user, a test) does not undo the first. A number that cannot be read, or a
/// change the rules refuse, is named and changes nothing.
pub(super) fn on_change(s: State, ev: &Event) {
    let Some((el, _, f, k)) = target(s, ev) else {
        return;
    };
    let Ok(f) = f.parse::<usize>() else { return };
    let ctx = s.ctx;
    let what = named(&label(f, ctx.lang.get_untracked()), &k);
    let changed = el.id();
    s.keep.update_value(|k| k.changed = Some(changed));
    let raw = el.unchecked_into::<HtmlInputElement>().value();
    let raw = raw.trim().to_owned();
    let id = k.id;
    // A refusal (either kind) renders the list again: see `ProfileView`.
    let commit = move || {
        let found = ctx
            .store
            .ws()
            .with_untracked(|ws| ws.criteria.iter().find(|c| c.id == id).cloned());
        let Some(k) = found else { return };
        let mut c = k.clone();
        match read(&mut c, f, &raw) {
            Err(_) => ctx.refuse(&what, ctx.t(Cm::NotAValidNumber)),
            Ok(()) if c != k => {
                ctx.apply(Action::UpdateCriterion(c), &what);
            }
            Ok(()) => {}
        }
    };
    set_timeout(commit, Duration::ZERO);
}

/// Field `f` of criterion `c` set from the text `raw` (trimmed); an error when it is
/// not a number where one is needed.
fn read(c: &mut Criterion, f: usize, raw: &str) -> Result<(), ()> {
    match f {
        0..=3 => {
            raw.clone_into(text_mut(c, f));
            Ok(())
        }
        4 => {
            let lower = usize::from(raw == "1");
            c.direction = [Direction::HigherIsBetter, Direction::LowerIsBetter][lower];
            Ok(())
        }
        5 => {
            let (zero, hundred) = (Decimal::ZERO, Decimal::ONE_HUNDRED);
            let band = Band {
                from: zero,
                score: zero,
            };
            c.scale = match raw {
                "1" => Scale::Linear {
                    low: zero,
                    high: hundred,
                },
                "2" => Scale::Bands { bands: vec![band] },
                _ => Scale::None,
            };
            Ok(())
        }
        9 | 10 if raw.is_empty() => {
            write(c, f, None);
            Ok(())
        }
        _ => parse_decimal(raw)
            .map(|v| write(c, f, Some(v)))
            .map_err(|_| ()),
    }
}

/// A button: add a criterion, or one of a card's: 0 up, 1 down, 2 duplicate,
/// 3 delete (a note says it can be undone), 4 add a band, 5 + b remove band b.
/// The focus then goes to the moved criterion's same button, the copy's name, the
/// note of the deletion (so that Ctrl+Z undoes it at once), the new band, the new
/// criterion's name.
pub(super) fn on_click(s: State, ev: &Event) {
    let ctx = s.ctx;
    let locale = ctx.lang.get_untracked();
    let n = ctx.store.ws().with_untracked(|ws| ws.criteria.len());
    let on_add = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|el| el.id() == "pf-add");
    if on_add {
        let name = Pm::NewName.text(locale);
        let k = Criterion {
            id: ctx.store.ws().with_untracked(next_criterion_id),
            name: name.to_owned(),
            measure: String::new(),
            source: String::new(),
            unit: String::new(),
            direction: Direction::HigherIsBetter,
            scale: Scale::None,
            weight: Decimal::ZERO,
            gate: None,
        };
        if ctx.apply(Action::AddCriterion(k), name) {
            let focus = ["pf", &num(n), "-0"].concat();
            s.keep.update_value(|k| k.focus = Some(focus));
        }
        return;
    }
    let Some((el, i, code, k)) = target(s, ev) else {
        return;
    };
    let Some(code) = code.strip_prefix('b').and_then(|c| c.parse::<usize>().ok()) else {
        return;
    };
    let what = el.get_attribute("aria-label").unwrap_or_default();
    let id = k.id;
    let mut c = k.clone();
    let (mut at, mut field) = (i, "b".to_owned() + &num(code));
    let action = match code {
        0 | 1 => {
            at = (i + code).saturating_sub(1 - code);
            Action::MoveCriterion { id, to: at }
        }
        2 => {
            (at, field) = (i + 1, "0".to_owned());
            Action::DuplicateCriterion(id)
        }
        3 => Action::DeleteCriterion(id),
        _ => {
            if let Scale::Bands { bands } = &mut c.scale {
                if code == 4 {
                    // After the last band, with its score: no client's score changes.
                    let last = bands.last().map(|b| (b.from, b.score));
                    let (from, score) = last.unwrap_or((Decimal::NEGATIVE_ONE, Decimal::ZERO));
                    field = num(11 + 2 * bands.len());
                    bands.push(Band {
                        from: from + Decimal::ONE,
                        score,
                    });
                } else if code - 5 < bands.len() {
                    bands.remove(code - 5);
                    field = "b4".to_owned();
                }
            }
            Action::UpdateCriterion(c)
        }
    };
    let focus = if code == 3 {
        "pf-note".to_owned()
    } else {
        ["pf", &num(at), "-", &field].concat()
    };
    if ctx.apply(action, &what) {
        let rev = ctx.store.revision().get_untracked();
        let note = [
            Pm::Deleted.text(locale),
            " «",
            &k.name,
            "». ",
            Pm::UndoHint.text(locale),
        ];
        s.keep.update_value(|keep| {
            keep.focus = Some(focus);
            if code == 3 {
                keep.note = Some((rev, note.concat()));
            }
        });
    }
}
