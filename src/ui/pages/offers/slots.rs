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

use super::write::{record, watch_figures, write_slots};
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
    /// Widths that only grow: element id, width, and the property of its `style`
    /// (see [`width_style`]): a figure's box (`width`, in `ch`) or a table's figure
    /// columns (`--fw`, see [`Slotted::columns`]).
    widths: Vec<(String, usize, &'static str)>,
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
    /// The table whose figure columns are being written (see [`Slotted::columns`]):
    /// its entry in `parts[part].widths`, and where the placeholder of its width is in
    /// the markup.
    columns: Option<(usize, usize, usize)>,
}

impl Slotted {
    /// An empty fragment.
    pub fn new() -> Slotted {
        Slotted {
            html: Some(String::with_capacity(32_768)),
            parts: vec![Part::default()],
            at: 0,
            columns: None,
        }
    }

    /// An empty fragment that keeps the slots' values and the shapes only: enough for
    /// [`patch`] while no shape changes, and cheaper to build.
    pub fn values() -> Slotted {
        Slotted {
            html: None,
            parts: vec![Part::default()],
            at: 0,
            columns: None,
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
            html.push_str(&width_style(FIGURE, width));
            html.push('"');
        }
        self.parts[self.at]
            .widths
            .push((id.to_owned(), width, FIGURE));
        self.raw(">").slot_text(id, text).raw("</span>")
    }

    /// Starts the figure columns of the table being opened, whose id is `id`: writes
    /// its ` id` and a `style` that sets `--fw`, the width in `ch` of the widest figure
    /// of its [cells](Self::figure_cell) up to [`end_columns`](Self::end_columns).
    ///
    /// Such a table is laid out in rows (main.css, `.of-table`): every figure column is
    /// that wide, so that each row is laid out, and painted, on its own. `--fw` is a
    /// width that only grows, as a figure's box does ([`patch`]).
    pub fn columns(&mut self, id: &str) -> &mut Slotted {
        self.raw(" id=\"").raw(id).raw("\" style=\"");
        let at = self.len();
        if let Some(html) = &mut self.html {
            // The placeholder of the width, written at the end.
            html.push_str(&width_style(COLUMNS, 0));
        }
        let part = &mut self.parts[self.at].widths;
        part.push((id.to_owned(), 0, COLUMNS));
        self.columns = Some((self.at, part.len() - 1, at));
        self.raw("\"")
    }

    /// Ends the figure columns started last: the width of the widest figure written
    /// since goes into its placeholder.
    pub fn end_columns(&mut self) -> &mut Slotted {
        if let Some((part, k, at)) = self.columns.take() {
            let width = self.parts[part].widths[k].1.clamp(1, 999);
            if let Some(html) = &mut self.html {
                let placeholder = width_style(COLUMNS, 0);
                html.replace_range(at..at + placeholder.len(), &width_style(COLUMNS, width));
            }
            self.parts[part].widths[k].1 = width;
        }
        self
    }

    /// A table cell holding a figure, `<td class="num" role="cell" data-testid="id"
    /// attrs>`. Between [`columns`](Self::columns) and [`end_columns`](Self::end_columns)
    /// the cell is itself the text slot (`id="id"`), as wide as the table's figure
    /// columns: its row is the box laid out, painted and left waiting out of view, and
    /// a box more around the text would only add to what a keystroke lays out.
    /// Elsewhere the cell holds a [figure](Self::figure) of that id.
    pub fn figure_cell(&mut self, id: &str, attrs: &str, text: &str) -> &mut Slotted {
        let columns = self.columns;
        self.raw("<td");
        if columns.is_some() {
            self.raw(" id=\"").raw(id).raw("\"");
        }
        self.raw(" class=\"num\" role=\"cell\" data-testid=\"")
            .raw(id)
            .raw("\"")
            .raw(attrs)
            .raw(">");
        if let Some((part, k, _)) = columns {
            let width = &mut self.parts[part].widths[k].1;
            *width = (*width).max(text.chars().count());
            self.slot_text(id, text);
        } else {
            self.figure(id, text);
        }
        self.raw("</td>")
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
        for ((id, old, _), (_, new, property)) in old.widths.iter().zip(&mut new.widths) {
            if *new > *old {
                record(&mut batch, id, "style", &width_style(property, *new));
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

/// The property of a figure's box's width (see [`Slotted::figure`]).
const FIGURE: &str = "width";
/// The property of a table's figure columns' width (see [`Slotted::columns`]).
const COLUMNS: &str = "--fw";

/// The `style` that makes `property` `width` characters wide: `width:7ch` for a
/// figure's box, `--fw:  7` (a number, used in `calc`, padded to three characters so
/// that its placeholder can be replaced in the markup) for figure columns.
fn width_style(property: &str, width: usize) -> String {
    if property == COLUMNS {
        format!("{property}:{width:>3}")
    } else {
        format!("{property}:{width}ch")
    }
}
