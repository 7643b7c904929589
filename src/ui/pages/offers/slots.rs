//! HTML text whose changing parts are named, so that a keystroke updates only them.
//!
//! A keystroke in a lever changes a few dozen figures and nothing else on the screen.
//! Morphing the whole figures section walks every node of it through the wasm–DOM
//! boundary and parses its markup again (≈ 30 ms under 4× CPU throttling). Instead the
//! markup is written through [`Slotted`]:
//! - a *text slot* is an element with an `id` whose only content is its text (a
//!   figure); an *attribute slot* is an attribute of an element with an `id` (a bar's
//!   height);
//! - a *block* is an element with an `id` holding a part that may also change its
//!   structure (a note that comes or goes, a badge that moves);
//! - the *shape* of the container and of each block is its markup without the slots'
//!   values, and with each block replaced by its id.
//!
//! [`patch`] compares with what was written last ([`Written`]): when the container's
//! shape is the same, each block whose shape is the same gets only the slots that
//! changed, a block whose shape changed is morphed as a whole, and nothing else is
//! touched; otherwise the whole container is morphed.

use crate::ui::morph::{morph_element, morph_html};
use leptos::prelude::document;
use web_sys::Element;

/// The container (index 0) or one block: its shape and its slots.
#[derive(Clone, Default, PartialEq)]
struct Part {
    /// The block's element id (empty for the container).
    id: String,
    /// The markup without the slots' values (see the module doc).
    shape: String,
    /// Text slots: element id, text.
    texts: Vec<(String, String)>,
    /// Attribute slots: element id, attribute, value.
    attrs: Vec<(String, &'static str, String)>,
    /// Where the block's markup is in the whole markup.
    start: usize,
    end: usize,
}

/// Markup under construction, with its shape, slots and blocks (see the module doc).
pub(super) struct Slotted {
    html: String,
    parts: Vec<Part>,
    /// The part being written: the container or the open block.
    at: usize,
}

impl Slotted {
    /// An empty fragment.
    pub fn new() -> Slotted {
        Slotted {
            html: String::with_capacity(32_768),
            parts: vec![Part::default()],
            at: 0,
        }
    }

    /// Appends markup written by the program (never user data); part of the shape.
    pub fn raw(&mut self, markup: &str) -> &mut Slotted {
        self.html.push_str(markup);
        self.parts[self.at].shape.push_str(markup);
        self
    }

    /// Appends text, escaped; part of the shape (a text that changes on a keystroke
    /// belongs in a [`slot`](Self::slot)).
    pub fn text(&mut self, text: &str) -> &mut Slotted {
        let start = self.html.len();
        escape(&mut self.html, text);
        let part = &mut self.parts[self.at];
        part.shape.push_str(&self.html[start..]);
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
        self.raw(">");
        escape(&mut self.html, text);
        self.parts[self.at]
            .texts
            .push((id.to_owned(), text.to_owned()));
        self.raw("</").raw(tag).raw(">")
    }

    /// An attribute slot, ` name="value"` inside the opening tag of the element whose
    /// id is `id` (written before it), whose value may change without changing the
    /// shape.
    pub fn attr(&mut self, id: &str, name: &'static str, value: &str) -> &mut Slotted {
        self.raw(" ").raw(name).raw("=\"");
        escape(&mut self.html, value);
        self.parts[self.at]
            .attrs
            .push((id.to_owned(), name, value.to_owned()));
        self.raw("\"")
    }

    /// Starts a block: what is written until [`end`](Self::end) is the markup of one
    /// element whose id is `id` (blocks do not nest).
    pub fn begin(&mut self, id: &str) -> &mut Slotted {
        self.parts[0].shape.push_str("<!--");
        self.parts[0].shape.push_str(id);
        self.parts[0].shape.push_str("-->");
        self.parts.push(Part {
            id: id.to_owned(),
            start: self.html.len(),
            ..Part::default()
        });
        self.at = self.parts.len() - 1;
        self
    }

    /// Ends the block started last.
    pub fn end(&mut self) -> &mut Slotted {
        self.parts[self.at].end = self.html.len();
        self.at = 0;
        self
    }

    /// The whole markup, and what [`patch`] needs to remember of it.
    pub fn finish(self) -> (String, Written) {
        (self.html, Written(self.parts))
    }
}

/// Appends `text` escaped for element content and attribute values, as
/// [`crate::ui::html::Html::text`] does.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// What was last written into a container through [`Slotted`].
#[derive(Clone, Default, PartialEq)]
pub(super) struct Written(Vec<Part>);

/// Makes container `el` show `fresh` (see the module doc). `last` is what `el` shows
/// now, and becomes what was written.
pub(super) fn patch(el: &Element, last: &mut Option<Written>, fresh: Slotted) {
    let (html, fresh) = fresh.finish();
    let same = |old: &Written| {
        old.0.len() == fresh.0.len()
            && old.0[0].shape == fresh.0[0].shape
            && old.0.iter().zip(&fresh.0).all(|(a, b)| a.id == b.id)
    };
    match last.as_ref() {
        Some(old) if same(old) => {
            let doc = document();
            for (k, (old, new)) in old.0.iter().zip(&fresh.0).enumerate() {
                if k > 0 && old.shape != new.shape {
                    if let Some(block) = doc.get_element_by_id(&new.id) {
                        morph_element(&block, &html[new.start..new.end]);
                    }
                    continue;
                }
                for ((id, old), (_, new)) in old.texts.iter().zip(&new.texts) {
                    if old != new {
                        if let Some(slot) = doc.get_element_by_id(id) {
                            set_text(&slot, new);
                        }
                    }
                }
                for ((id, name, old), (_, _, new)) in old.attrs.iter().zip(&new.attrs) {
                    if old != new {
                        if let Some(slot) = doc.get_element_by_id(id) {
                            let _ = slot.set_attribute(name, new);
                        }
                    }
                }
            }
        }
        _ => morph_html(el, &html),
    }
    *last = Some(fresh);
}

/// Sets the text of a slot: the data of its one text node when it has one (the
/// node and its layout object stay, only the text is measured again), else its text
/// content. A slot holds nothing but its text (see [`Slotted::slot`]).
fn set_text(slot: &Element, text: &str) {
    match slot.first_child() {
        Some(node) if !text.is_empty() => node.set_node_value(Some(text)),
        _ => slot.set_text_content(Some(text)),
    }
}
