//! The tab's handlers, on its container: the search, the filters, committing a cell,
//! moving with the keyboard, sorting, «Показать ещё», adding and deleting clients,
//! the export button and the CSV import's file, selects and buttons.

use super::{
    attr, cell_text, display, export, focus, import, option, status_text, title, Col, Grid,
};
use crate::engine::action::{next_client_id, Action};
use crate::engine::locale::parse_decimal;
use crate::engine::model::{Client, ClientId, ClientStatus};
use crate::engine::money::{Money, Rate};
use crate::ui::html::Html;
use crate::ui::i18n::{Cm, Gm};
use crate::ui::pages::clients::fmt::SHOW_STEP;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement};

/// The element an event happened on.
fn target(ev: &Event) -> Option<Element> {
    ev.target()?.dyn_into().ok()
}

/// The number after `prefix` in `id`.
fn index(id: &str, prefix: &str) -> Option<u32> {
    id.strip_prefix(prefix)?.parse().ok()
}

/// The client and column index of a cell id `bg{client}-{column}`.
fn cell_at(id: &str) -> Option<(ClientId, usize)> {
    let (client, col) = id.strip_prefix("bg")?.split_once('-')?;
    Some((ClientId(client.parse().ok()?), col.parse().ok()?))
}

/// The id of the cell of client `id` in column `k`: `bg{client}-{column}`.
fn cell_id(id: ClientId, k: usize) -> String {
    "bg".to_owned() + &id.0.to_string() + "-" + &k.to_string()
}

/// Sets the line of news.
pub(super) fn note(g: Grid, mut text: String) {
    g.edit(|s| s.note = std::mem::take(&mut text));
}

/// An event of the tab, by type.
pub(super) fn on_event(g: Grid, ev: Event) {
    match ev.type_().as_str() {
        "input" => on_input(g, ev),
        "change" => on_change(g, ev),
        "keydown" => on_key(g, ev.unchecked_into()),
        "click" => on_click(g, ev),
        "focusin" => on_focus_in(g, ev),
        "focusout" => on_focus_out(g, ev),
        _ => on_drag(g, ev.unchecked_into()),
    }
}

/// Typing in the search field.
fn on_input(g: Grid, ev: Event) {
    if target(&ev).is_some_and(|el| el.id() == "bq") {
        let mut query = event_target_value(&ev);
        g.edit(|s| {
            s.query = std::mem::take(&mut query);
            s.fresh = None;
        });
    }
}

/// A cell, a filter or the import changed. A cell left with Tab or a click is
/// committed at the next frame: by then the focus has settled on the cell it moved to
/// (its row may be rendered anew, and the focus is put back on it). A cell left with
/// Enter or an arrow is committed at once (a microtask): `on_key` has already put the
/// focus in the next cell's editor, and the frame then shows the move and the new
/// figures together.
fn on_change(g: Grid, ev: Event) {
    let Some(el) = target(&ev) else { return };
    let id = el.id();
    if let Some(n) = index(&id, "bf").filter(|&n| n < 3) {
        let mut value = event_target_value(&ev);
        g.edit(|s| {
            s.filters[n as usize] = std::mem::take(&mut value);
            s.fresh = None;
        });
    } else if id == "be" {
        if let Some((client, col)) = editing(g, &el) {
            let input: HtmlInputElement = el.unchecked_into();
            if g.moving.get_value() {
                // Enter or an arrow moved the focus already (see `on_key`): commit now,
                // and the frame shows the move and the new figures together.
                queue_microtask(move || commit(g, client, col, input));
            } else {
                request_animation_frame(move || commit(g, client, col, input));
            }
        }
    } else if id == "csv-file" {
        let input: HtmlInputElement = el.unchecked_into();
        import::take(g, input.files().and_then(|f| f.get(0)));
    } else {
        import::on_change(g, &id, event_target_value(&ev));
    }
}

/// The client and column of the cell the editor `el` is open in.
fn editing(g: Grid, el: &Element) -> Option<(ClientId, Col)> {
    let (client, k) = cell_at(&el.parent_element()?.id())?;
    Some((
        client,
        g.screen.with_value(|(_, cols)| cols.get(k).copied())?,
    ))
}

/// A cell got the focus (Tab, Enter, an arrow key, a click): it becomes the editor —
/// a text field with its text selected (typing replaces it), the status list or the
/// VIP box — named «column: client», laid over the cell's text. Only this one cell
/// holds a form control, so the grid stays cheap to lay out and paint, and opening
/// or closing it leaves the table's layout as it is.
fn on_focus_in(g: Grid, ev: Event) {
    let Some(cell) = target(&ev) else { return };
    if open_editor(g, &cell).is_some() {
        // Focused once this handler has returned: focus events inside it would call
        // it again.
        queue_microtask(|| {
            if let Some(editor) = document().get_element_by_id("be") {
                focus(&editor);
            }
        });
    }
}

/// Lays the editor of `cell` over it (see [`on_focus_in`]); the editor, or `None` when
/// `cell` is not an editable cell.
fn open_editor(g: Grid, cell: &Element) -> Option<Element> {
    let (client, k) = cell_at(&cell.id())?;
    let col = g.screen.with_value(|(_, cols)| cols.get(k).copied())?;
    let locale = g.ctx.lang.get_untracked();
    let editor = g.ctx.store.ws().with_untracked(|ws| {
        let c = ws.clients.iter().find(|c| c.id == client)?;
        let label = title(col, ws, locale) + ": " + &c.name;
        let mut h = Html::new();
        match col {
            Col::Status => {
                attr(h.raw("<select id=\"be\""), "aria-label", &label).raw(">");
                for s in ClientStatus::ALL {
                    let text = status_text(s).text(locale);
                    option(&mut h, &(s as u8).to_string(), text, s == c.status);
                }
                h.raw("</select>");
            }
            Col::Vip => {
                attr(
                    h.raw("<input type=\"checkbox\" id=\"be\""),
                    "aria-label",
                    &label,
                )
                .raw(if c.vip { " checked>" } else { ">" });
            }
            col => {
                h.raw(match col {
                    Col::Name | Col::Segment | Col::Region => "<input id=\"be\" type=\"text\"",
                    _ => "<input id=\"be\" type=\"text\" inputmode=\"decimal\"",
                });
                attr(&mut h, "aria-label", &label);
                let text = cell_text(col, c, &ws.settings.currency, locale);
                attr(&mut h, "value", &text).raw(" autocomplete=\"off\">");
            }
        }
        Some(h.finish())
    });
    let _ = cell.insert_adjacent_html("beforeend", &editor?);
    let _ = cell.set_attribute("tabindex", "-1");
    let _ = cell.set_attribute("data-edit", "");
    cell.last_element_child()
}

/// The editor lost the focus: its cell shows its value again (the value that holds;
/// a change is committed at the next frame and its row then shown anew).
fn on_focus_out(g: Grid, ev: Event) {
    let Some(el) = target(&ev).filter(|el| el.id() == "be") else {
        return;
    };
    let (Some(cell), Some((client, col))) = (el.parent_element(), editing(g, &el)) else {
        return;
    };
    let locale = g.ctx.lang.get_untracked();
    let text = g.ctx.store.ws().with_untracked(|ws| {
        let c = ws.clients.iter().find(|c| c.id == client);
        c.map(|c| display(col, c, &ws.settings.currency, locale))
    });
    cell.set_text_content(text.as_deref());
    let _ = cell.set_attribute("tabindex", "0");
    let _ = cell.remove_attribute("data-edit");
}

/// A file dragged over or dropped on the import's drop zone.
fn on_drag(g: Grid, ev: web_sys::DragEvent) {
    let zone = target(&ev).and_then(|el| el.closest(".drop-zone").ok().flatten());
    if zone.is_none() {
        return;
    }
    ev.prevent_default();
    if ev.type_() == "drop" {
        import::take(
            g,
            ev.data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0)),
        );
    }
}

/// Reads the cell of client `id` in `col` into an action; a value that cannot be read
/// or is refused is named (client — column) and the cell shows the value that holds.
fn commit(g: Grid, id: ClientId, col: Col, input: HtmlInputElement) {
    let ctx = g.ctx;
    let locale = ctx.lang.get_untracked();
    let Some((old, currency, what)) = ctx.store.ws().with_untracked(|ws| {
        let c = ws.clients.iter().find(|c| c.id == id)?;
        let what = c.name.clone() + " — " + &title(col, ws, locale);
        Some(((**c).clone(), ws.settings.currency.clone(), what))
    }) else {
        return;
    };
    let raw = input.value();
    let text = raw.trim();
    let number = || parse_decimal(text.strip_suffix(currency.symbol()).unwrap_or(text));
    let mut next = old.clone();
    let mut action = None;
    let parsed = match col {
        Col::Name | Col::Segment | Col::Region => {
            let field = match col {
                Col::Name => &mut next.name,
                Col::Segment => &mut next.segment,
                _ => &mut next.region,
            };
            text.clone_into(field);
            Ok(())
        }
        Col::Status => {
            let chosen = text
                .parse()
                .ok()
                .and_then(|i: usize| ClientStatus::ALL.get(i));
            next.status = chosen.copied().unwrap_or(old.status);
            Ok(())
        }
        Col::Vip => {
            next.vip = input.checked();
            Ok(())
        }
        Col::Revenue => number().map(|d| next.revenue = Money(d)),
        Col::Margin => number().map(|d| next.gross_margin = Rate::from_percent(d)),
        Col::Value(k) => {
            let value = if text.is_empty() {
                Ok(None)
            } else {
                number().map(Some)
            };
            value.map(|v| {
                if old.values.get(&k) != v.as_ref() {
                    action = Some(Action::SetValue {
                        client: id,
                        criterion: k,
                        value: v,
                    });
                }
            })
        }
        Col::Class => return,
    };
    if next != old {
        action = Some(Action::UpdateClient(next));
    }
    let applied = match (parsed, action) {
        (Err(_), _) => {
            ctx.refuse(&what, ctx.t(Cm::NotAValidNumber));
            false
        }
        (Ok(()), Some(action)) => ctx.apply(action, &what),
        (Ok(()), None) => false,
    };
    if !applied {
        // Unchanged or refused: the cell shows the value that holds, formatted.
        match col {
            Col::Vip => input.set_checked(old.vip),
            Col::Status => input.set_value(&(old.status as u8).to_string()),
            _ => input.set_value(&cell_text(col, &old, &currency, locale)),
        }
    }
    // Committed: a new rendering may show it formatted (see `patch`).
    input.set_default_value(&input.value());
}

/// In the editor, Enter or ↓: the same column one row down; Shift+Enter or ↑: one
/// row up. Tab and Shift+Tab move along the row natively (the cells are in the tab
/// order, the one being edited is not). Leaving a cell commits it (`change`).
fn on_key(g: Grid, ev: web_sys::KeyboardEvent) {
    if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
        return;
    }
    let key = ev.key();
    let up = match key.as_str() {
        "Enter" => ev.shift_key(),
        "ArrowDown" => false,
        "ArrowUp" => true,
        _ => return,
    };
    let Some(el) = target(&ev).filter(|el| el.id() == "be") else {
        return;
    };
    // A select keeps its arrows for choosing.
    if key != "Enter" && el.tag_name() == "SELECT" {
        return;
    }
    let Some((client, c)) = el.parent_element().and_then(|cell| cell_at(&cell.id())) else {
        return;
    };
    let next = g.screen.with_value(|(rows, _)| {
        let i = rows.iter().position(|&r| r == client)?;
        let j = if up { i.checked_sub(1)? } else { i + 1 };
        rows.get(j).copied()
    });
    let cell = next.and_then(|n| document().get_element_by_id(&cell_id(n, c)));
    if let Some(cell) = cell {
        ev.prevent_default();
        // The editor opens in the next cell and takes the focus at once: one layout
        // instead of two (focusing the cell first, then its editor). The old editor's
        // change and focusout follow from this focus as with Tab.
        g.moving.set_value(true);
        match open_editor(g, &cell) {
            Some(editor) => focus(&editor),
            None => focus(&cell),
        }
        g.moving.set_value(false);
    }
}

/// A button: sort, delete, «Показать ещё», add, export, or one of the import's.
fn on_click(g: Grid, ev: Event) {
    let Some(el) = target(&ev) else { return };
    let id = el.id();
    let col = index(&id, "bs").and_then(|c| {
        g.screen
            .with_value(|(_, cols)| cols.get(c as usize).copied())
    });
    if let Some(col) = col {
        g.edit(|s| {
            s.fresh = None;
            s.sort = match s.sort {
                Some((old, desc)) if old == col => Some((col, !desc)),
                _ => Some((col, false)),
            }
        });
    } else if let Some(client) = index(&id, "bd").map(ClientId) {
        let ctx = g.ctx;
        let name = ctx.store.ws().with_untracked(|ws| {
            ws.clients
                .iter()
                .find(|c| c.id == client)
                .map(|c| c.name.clone())
                .unwrap_or_default()
        });
        if ctx.apply(Action::DeleteClient(client), &name) {
            note(g, "«".to_owned() + &name + "» " + ctx.t(Gm::Deleted));
        }
    } else {
        match id.as_str() {
            "bmore" => g.edit(|s| s.limit += SHOW_STEP),
            "badd" => add(g),
            "bexp" => export::ranking(g.ctx),
            "bexpx" => export::ranking_xlsx(g.ctx),
            id => import::on_click(g, id),
        }
    }
}

/// Adds a client named «Новый клиент», shows it first and focuses its name.
fn add(g: Grid) {
    let ctx = g.ctx;
    let id = ctx.store.ws().with_untracked(next_client_id);
    let client = Client::new(id, ctx.t(Gm::NewClient));
    if ctx.apply(Action::AddClient(client), ctx.t(Gm::AddClient)) {
        g.edit(|s| {
            s.fresh = Some(id);
            s.note.clear();
        });
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&cell_id(id, 0)) {
                focus(&el);
            }
        });
    }
}
