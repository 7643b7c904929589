//! The slots a keystroke changes, written into the page in one call ([`write_slots`]),
//! and the figures out of the window left waiting until they come near it
//! ([`watch_figures`]); see [`super::slots`].

use web_sys::Element;

/// Separates the records of a batch for [`write_slots`].
const RECORD: char = '\u{1e}';
/// Separates the fields of a record.
const FIELD: char = '\u{1f}';

/// Appends to `batch` one slot to write: element `id`, its attribute `name` (empty for
/// a text slot) and the new value. The separators cannot occur in ids and names (the
/// program's own); in a value they become U+FFFD (a user's text pasted with control
/// characters).
pub(super) fn record(batch: &mut String, id: &str, name: &str, value: &str) {
    if !batch.is_empty() {
        batch.push(RECORD);
    }
    batch.push_str(id);
    batch.push(FIELD);
    batch.push_str(name);
    batch.push(FIELD);
    for c in value.chars() {
        batch.push(if c == RECORD || c == FIELD {
            '\u{fffd}'
        } else {
            c
        });
    }
}

// Every slot a keystroke changes is written in one call: one string crosses from wasm
// to JS instead of three calls per slot (find the element, its text node, set it).
// A text slot gets the data of its one text node when it has one (the node and its
// layout object stay, only the text is measured again), else its text content; a
// slot holds nothing but its text (see [`super::slots::Slotted::slot`]). The elements
// found by id, with their boxes, are kept until the next morph (`found`).
//
// What a keystroke changes out of the window is not written with it, so that the
// frame after a keystroke lays out and paints only the figures the user sees. The
// unit is a *box*: a figure's box (`.fv`), or an element marked `data-wait` (a row of
// the figures tables, the unit the browser lays out and paints there; the chart's
// drawing; the break-even lines, whose classes show or hide them: a line that comes
// or goes would lay the page out again). Two `IntersectionObserver`s tell where each
// box is:
// - in the window: written at once;
// - within `MARGIN` of it (`unseen`): written after the frame that shows the
//   keystroke (`soon`, a task queued from the next animation frame), so that a box
//   scrolled into view a moment later already shows the new figures;
// - farther (`away`): its new text and attributes wait (`pending`) until the box comes
//   within `MARGIN`.
// A box not yet reported counts as in the window. A slot keeps only its latest value:
// what waited for it is dropped when it is written or waits again. What waits in a container or block is dropped when it is morphed
// (the morph writes the current figures): [`watch_figures`] after every morph.
#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
const MARGIN = "200px 0px";
const WAIT = ".fv, [data-wait]";
const away = new WeakSet();
const unseen = new WeakSet();
const pending = new Map();
const soon = new Map();
const observed = new Set();
let near = null;
let seen = null;
let flushing = false;
function put(el, name, value) {
  if (name) el.setAttribute(name, value);
  else if (el.firstChild && value !== "") el.firstChild.nodeValue = value;
  else el.textContent = value;
}
function keep(waiting, box, key, write) {
  if (!waiting.has(box)) waiting.set(box, new Map());
  waiting.get(box).set(key, write);
}
function release(waiting, box) {
  const wait = waiting.get(box);
  if (!wait) return;
  waiting.delete(box);
  for (const [el, name, value] of wait.values()) if (el.isConnected) put(el, name, value);
}
function flush() {
  flushing = false;
  for (const box of [...soon.keys()]) release(soon, box);
  settle();
}
// After a layout Chromium hit-tests under a resting mouse (hover) in the next frame
// that runs, whichever it is: without one, the next keystroke's. One more frame after
// the layout pays it while nothing is typed.
function settle() {
  requestAnimationFrame(() => requestAnimationFrame(() => {}));
}
// Tells which boxes are `outside` the observer's bounds; a box that comes within them
// gets what was `waiting` for it.
function observer(outside, waiting, options) {
  return new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const box = entry.target;
      if (!entry.isIntersecting) { outside.add(box); continue; }
      outside.delete(box);
      release(waiting, box);
    }
  }, options);
}
const found = new Map();
function find(id) {
  let hit = found.get(id);
  if (hit && hit[0].isConnected) return hit;
  const el = document.getElementById(id);
  if (!el) return null;
  hit = [el, el.closest(WAIT)];
  found.set(id, hit);
  return hit;
}
export function write_slots(batch) {
  let wrote = false;
  for (const rec of batch.split("\x1e")) {
    const [id, name, value] = rec.split("\x1f");
    const hit = find(id);
    if (!hit) continue;
    const [el, box] = hit;
    // A slot's latest value is the only one kept: what waited for it goes.
    const key = id + "\x1f" + name;
    if (box) { soon.get(box)?.delete(key); pending.get(box)?.delete(key); }
    if (box && away.has(box)) keep(pending, box, key, [el, name, value]);
    else if (box && unseen.has(box)) keep(soon, box, key, [el, name, value]);
    else { put(el, name, value); wrote = true; }
  }
  if (soon.size && !flushing) {
    flushing = true;
    requestAnimationFrame(() => setTimeout(flush, 0));
  }
  if (wrote) settle();
}
export function watch_figures(root) {
  found.clear();
  for (const waiting of [pending, soon])
    for (const box of [...waiting.keys()]) if (!box.isConnected || root.contains(box)) waiting.delete(box);
  near ??= observer(away, pending, { rootMargin: MARGIN });
  seen ??= observer(unseen, soon, {});
  for (const el of observed) if (!el.isConnected) { near.unobserve(el); seen.unobserve(el); observed.delete(el); }
  for (const el of root.querySelectorAll(WAIT)) if (!observed.has(el)) { near.observe(el); seen.observe(el); observed.add(el); }
}
"#)]
extern "C" {
    /// Writes the slots recorded in `batch` (see [`record`]).
    pub(super) fn write_slots(batch: &str);
    /// Watches the figures' boxes in `root`, just morphed, and drops what waited to be
    /// written there (see above).
    pub(super) fn watch_figures(root: &Element);
}
