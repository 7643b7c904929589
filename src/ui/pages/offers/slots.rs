//! HTML text whose changing parts are named, so that a keystroke updates only them.
//!
//! A keystroke in a lever changes a few dozen figures and nothing else on the screen.
//! Morphing the whole figures section walks every node of it through the wasm–DOM
//! boundary and parses its markup again (≈ 30 ms under 4× CPU throttling). Instead the
//! markup is written through [`Slotted`]:
//! - a *text slot* is an element with an `id` whose only content is its text (a
//!   figure); an *attribute slot* is an attribute of an element with an `id` (a bar's
//!   height); a *figure* is a text slot in a box whose width follows its text
//!   ([`Slotted::figure`]);
//! - a *block* is an element with an `id` holding a part that may also change its
//!   structure (a note that comes or goes, a badge that moves);
//! - the *shape* of the container and of each block is its markup without the slots'
//!   values, and with each block replaced by its id.
//!
//! [`patch`] compares with what was written last ([`Written`]): when the container's
//! shape is the same, each block whose shape is the same gets only the slots that
//! changed, a block whose shape changed is morphed as a whole, and nothing else is
//! touched; otherwise the whole container is morphed.
//!
//! A keystroke builds the figures without their markup ([`Slotted::values`]): only the
//! slots' values and the shapes' hashes. Only when a shape differs is the markup
//! built ([`Slotted::new`]) and morphed.

use crate::engine::xml::escape_xml as escape;
use crate::ui::morph::{morph_element, morph_html};
use leptos::prelude::document;
use web_sys::Element;

/// A shape: the FNV-1a hash of its markup (64 bits; two different shapes of this
/// page colliding is not a practical concern).
#[derive(Clone, Copy, PartialEq)]
struct Shape(u64);

impl Default for Shape {
    fn default() -> Shape {
        Shape(0xcbf2_9ce4_8422_2325)
    }
}

impl Shape {
    fn push(&mut self, text: &str) {
        for b in text.bytes() {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The container (index 0) or one block: its shape and its slots.
#[derive(Clone, Default, PartialEq)]
struct Part {
    /// The block's element id (empty for the container).
    id: String,
    /// The markup without the slots' values (see the module doc).
    shape: Shape,
    /// Text slots: element id, text.
    texts: Vec<(String, String)>,
    /// Attribute slots: element id, attribute, value.
    attrs: Vec<(String, &'static str, String)>,
    /// The widths of the figures' boxes, in `ch`: element id, width.
    widths: Vec<(String, usize)>,
    /// Where the block's markup is in the whole markup.
    start: usize,
    end: usize,
}

/// Markup under construction, with its shape, slots and blocks (see the module doc).
pub(super) struct Slotted {
    /// The markup (`None`: values and shapes only).
    html: Option<String>,
    parts: Vec<Part>,
    /// The part being written: the container or the open block.
    at: usize,
}

impl Slotted {
    /// An empty fragment.
    pub fn new() -> Slotted {
        Slotted {
            html: Some(String::with_capacity(32_768)),
            parts: vec![Part::default()],
            at: 0,
        }
    }

    /// An empty fragment that keeps the slots' values and the shapes only: enough for
    /// [`patch`] while no shape changes, and cheaper to build.
    pub fn values() -> Slotted {
        Slotted {
            html: None,
            parts: vec![Part::default()],
            at: 0,
        }
    }

    /// The length of the markup so far (0 without markup).
    fn len(&self) -> usize {
        self.html.as_ref().map_or(0, String::len)
    }

    /// Appends markup written by the program (never user data); part of the shape.
    pub fn raw(&mut self, markup: &str) -> &mut Slotted {
        if let Some(html) = &mut self.html {
            html.push_str(markup);
        }
        self.parts[self.at].shape.push(markup);
        self
    }

    /// Appends text, escaped; part of the shape (a text that changes on a keystroke
    /// belongs in a [`slot`](Self::slot)).
    pub fn text(&mut self, text: &str) -> &mut Slotted {
        if let Some(html) = &mut self.html {
            escape(html, text);
        }
        // The text itself is hashed: escaping is a function of it.
        self.parts[self.at].shape.push(text);
        self
    }

    /// `<tag attrs>text</tag>` with the text part of the shape.
    pub fn cell(&mut self, tag: &str, attrs: &str, text: &str) -> &mut Slotted {
        self.raw("<").raw(tag);
        if !attrs.is_empty() {
            self.raw(" ").raw(attrs);
        }
        self.raw(">").text(text).raw("</").raw(tag).raw(">")
    }

    /// A text slot: `<tag id="id" attrs>text</tag>` whose text may change without
    /// changing the shape. `id` must be unique in the document.
    pub fn slot(&mut self, tag: &str, id: &str, attrs: &str, text: &str) -> &mut Slotted {
        self.raw("<").raw(tag).raw(" id=\"").raw(id).raw("\"");
        if !attrs.is_empty() {
            self.raw(" ").raw(attrs);
        }
        self.raw(">")
            .slot_text(id, text)
            .raw("</")
            .raw(tag)
            .raw(">")
    }

    /// The text of the element whose id is `id`, just opened (and holding nothing
    /// else): a text slot.
    fn slot_text(&mut self, id: &str, text: &str) -> &mut Slotted {
        if let Some(html) = &mut self.html {
            escape(html, text);
        }
        self.parts[self.at]
            .texts
            .push((id.to_owned(), text.to_owned()));
        self
    }

    /// A figure that changes with the keystrokes: a text slot in a box of its own,
    /// `<span id="id" class="fv" style="width:Nch">text</span>`.
    ///
    /// `.fv` (main.css) gives the box a fixed size and layout and size containment, so
    /// that Blink takes it as a *relayout boundary*: a new text there is laid out in
    /// its box alone, not from the document down through the whole table (a table
    /// lays out all its cells again when one changes). N is the text's length in
    /// characters when the markup is written; [`patch`] only ever widens a box (a
    /// figure that gains a digit), so that a figure that loses one moves nothing
    /// while the user types, and the table is laid out again only when a box grows.
    pub fn figure(&mut self, id: &str, text: &str) -> &mut Slotted {
        let width = text.chars().count().max(1);
        self.raw("<span id=\"").raw(id).raw("\" class=\"fv\"");
        if let Some(html) = &mut self.html {
            html.push_str(" style=\"");
            html.push_str(&width_style(width));
            html.push('"');
        }
        self.parts[self.at].widths.push((id.to_owned(), width));
        self.raw(">").slot_text(id, text).raw("</span>")
    }

    /// A table cell holding a [figure](Self::figure): `<td class="num"
    /// data-testid="id" attrs>`, the figure's id being the test id.
    pub fn figure_cell(&mut self, id: &str, attrs: &str, text: &str) -> &mut Slotted {
        self.raw("<td class=\"num\" data-testid=\"")
            .raw(id)
            .raw("\"")
            .raw(attrs)
            .raw(">")
            .figure(id, text)
            .raw("</td>")
    }

    /// An attribute slot, ` name="value"` inside the opening tag of the element whose
    /// id is `id` (written before it), whose value may change without changing the
    /// shape.
    pub fn attr(&mut self, id: &str, name: &'static str, value: &str) -> &mut Slotted {
        self.raw(" ").raw(name).raw("=\"");
        if let Some(html) = &mut self.html {
            escape(html, value);
        }
        self.parts[self.at]
            .attrs
            .push((id.to_owned(), name, value.to_owned()));
        self.raw("\"")
    }

    /// Starts a block: what is written until [`end`](Self::end) is the markup of one
    /// element whose id is `id` (blocks do not nest).
    pub fn begin(&mut self, id: &str) -> &mut Slotted {
        let shape = &mut self.parts[0].shape;
        shape.push("<!--");
        shape.push(id);
        shape.push("-->");
        let start = self.len();
        self.parts.push(Part {
            id: id.to_owned(),
            start,
            ..Part::default()
        });
        self.at = self.parts.len() - 1;
        self
    }

    /// Ends the block started last.
    pub fn end(&mut self) -> &mut Slotted {
        let end = self.len();
        self.parts[self.at].end = end;
        self.at = 0;
        self
    }

    /// The whole markup (empty for [`Slotted::values`]), and what [`patch`] needs to
    /// remember of it.
    pub fn finish(self) -> (String, Written) {
        (self.html.unwrap_or_default(), Written(self.parts))
    }
}

/// What was last written into a container through [`Slotted`].
#[derive(Clone, Default, PartialEq)]
pub(super) struct Written(Vec<Part>);

/// Makes container `el` show `fresh` (see the module doc). `last` is what `el` shows
/// now, and becomes what was written. False, with nothing done, when `fresh` has no
/// markup ([`Slotted::values`]) and a shape changed: build it with markup and call
/// again.
pub(super) fn patch(el: &Element, last: &mut Option<Written>, fresh: Slotted) -> bool {
    let full = fresh.html.is_some();
    let (html, mut fresh) = fresh.finish();
    let same = |old: &Written| {
        old.0.len() == fresh.0.len()
            && old.0[0].shape == fresh.0[0].shape
            && old.0.iter().zip(&fresh.0).all(|(a, b)| a.id == b.id)
    };
    let Some(old) = last.as_ref().filter(|old| same(old)) else {
        if !full {
            return false;
        }
        morph_html(el, &html);
        watch_figures(el);
        *last = Some(fresh);
        return true;
    };
    let blocks_same = old.0.iter().zip(&fresh.0).all(|(a, b)| a.shape == b.shape);
    if !full && !blocks_same {
        return false;
    }
    let doc = document();
    let mut batch = String::new();
    for (k, (old, new)) in old.0.iter().zip(&mut fresh.0).enumerate() {
        if k > 0 && old.shape != new.shape {
            if let Some(block) = doc.get_element_by_id(&new.id) {
                morph_element(&block, &html[new.start..new.end]);
            }
            // (Found again: a block of another kind is replaced.)
            if let Some(block) = doc.get_element_by_id(&new.id) {
                watch_figures(&block);
            }
            continue;
        }
        for ((id, old), (_, new)) in old.texts.iter().zip(&new.texts) {
            if old != new {
                record(&mut batch, id, "", new);
            }
        }
        for ((id, name, old), (_, _, new)) in old.attrs.iter().zip(&new.attrs) {
            if old != new {
                record(&mut batch, id, name, new);
            }
        }
        for ((id, old), (_, new)) in old.widths.iter().zip(&mut new.widths) {
            if *new > *old {
                record(&mut batch, id, "style", &width_style(*new));
            } else {
                *new = *old;
            }
        }
    }
    if !batch.is_empty() {
        write_slots(&batch);
    }
    *last = Some(fresh);
    true
}

/// The `style` of a figure's box `width` characters wide.
fn width_style(width: usize) -> String {
    format!("width:{width}ch")
}

/// Separates the records of a batch for [`write_slots`].
const RECORD: char = '\u{1e}';
/// Separates the fields of a record.
const FIELD: char = '\u{1f}';

/// Appends to `batch` one slot to write: element `id`, its attribute `name` (empty for
/// a text slot) and the new value. The separators cannot occur in ids and names (the
/// program's own); in a value they become U+FFFD (a user's text pasted with control
/// characters).
fn record(batch: &mut String, id: &str, name: &str, value: &str) {
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
// slot holds nothing but its text (see [`Slotted::slot`]).
//
// A figure's box (`.fv`) out of the window is not written while the user types: its
// new text and width wait (`pending`) until an `IntersectionObserver` reports the box
// within `MARGIN` of the window, so a keystroke lays out and paints only the figures
// in view (with the base deal's form at the top of the window, the table below it
// shows a few of its rows: the others wait). So does every slot inside an element
// marked `data-wait` out of the window (the break-even lines, whose classes show or
// hide them: a line that comes or goes would lay the page out again). A box not yet
// reported counts as in view. What waits in a container or block is dropped when it
// is morphed (the morph writes the current figures): [`watch_figures`] after every
// morph.
#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
const MARGIN = "200px 0px";
const WAIT = ".fv, [data-wait]";
const away = new WeakSet();
const pending = new Map();
const observed = new Set();
let observer = null;
function put(el, name, value) {
  if (name) el.setAttribute(name, value);
  else if (el.firstChild && value !== "") el.firstChild.nodeValue = value;
  else el.textContent = value;
}
export function write_slots(batch) {
  for (const rec of batch.split("\x1e")) {
    const [id, name, value] = rec.split("\x1f");
    const el = document.getElementById(id);
    if (!el) continue;
    const box = el.closest(WAIT);
    if (box && away.has(box)) {
      if (!pending.has(box)) pending.set(box, new Map());
      pending.get(box).set(id + "\x1f" + name, [el, name, value]);
      continue;
    }
    put(el, name, value);
  }
}
export function watch_figures(root) {
  for (const box of pending.keys()) if (!box.isConnected || root.contains(box)) pending.delete(box);
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const box = entry.target;
      if (!entry.isIntersecting) { away.add(box); continue; }
      away.delete(box);
      const wait = pending.get(box);
      if (!wait) continue;
      pending.delete(box);
      for (const [el, name, value] of wait.values()) if (el.isConnected) put(el, name, value);
    }
  }, { rootMargin: MARGIN });
  for (const el of observed) if (!el.isConnected) { observer.unobserve(el); observed.delete(el); }
  for (const el of root.querySelectorAll(WAIT)) if (!observed.has(el)) { observer.observe(el); observed.add(el); }
}
"#)]
extern "C" {
    /// Writes the slots recorded in `batch` (see [`record`]).
    fn write_slots(batch: &str);
    /// Watches the figures' boxes in `root`, just morphed, and drops what waited to be
    /// written there (see above).
    pub(super) fn watch_figures(root: &Element);
}
