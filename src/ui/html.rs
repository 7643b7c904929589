//! Read-only tables and charts written as HTML text and set as `inner_html`.
//!
//! A `view!` of a table row compiles to its own render code (≈ 90 bytes of gzip per
//! line of markup); a string builder is shared by every table. The tables of the
//! clients section hold hundreds of rows that only ever show figures, so they are
//! built here; clicks inside them are handled on the container through `data-`
//! attributes (event delegation). Every text goes through [`Html::text`], which
//! escapes it.

/// An HTML fragment under construction.
#[derive(Default)]
pub struct Html(String);

impl Html {
    /// An empty fragment.
    pub fn new() -> Html {
        Html(String::with_capacity(4096))
    }

    /// Appends markup written by the program (never user data).
    pub fn raw(&mut self, markup: &str) -> &mut Html {
        self.0.push_str(markup);
        self
    }

    /// Appends text, escaped for element content and attribute values
    /// ([`escape_xml`](crate::engine::xml::escape_xml)).
    pub fn text(&mut self, text: &str) -> &mut Html {
        crate::engine::xml::escape_xml(&mut self.0, text);
        self
    }

    /// `<tag attrs>text</tag>`; `attrs` is markup written by the program (`class="num"`).
    pub fn cell(&mut self, tag: &str, attrs: &str, text: &str) -> &mut Html {
        self.raw("<").raw(tag);
        if !attrs.is_empty() {
            self.raw(" ").raw(attrs);
        }
        self.raw(">").text(text).raw("</").raw(tag).raw(">")
    }

    /// A header row of `<th scope="col">` cells; a title starting with `#` is numeric.
    pub fn head(&mut self, titles: &[&str]) -> &mut Html {
        self.raw("<thead><tr>");
        for t in titles {
            match t.strip_prefix('#') {
                Some(t) => self.cell("th", "scope=\"col\" class=\"num\"", t),
                None => self.cell("th", "scope=\"col\"", t),
            };
        }
        self.raw("</tr></thead>")
    }

    /// The markup.
    pub fn finish(&mut self) -> String {
        std::mem::take(&mut self.0)
    }
}

/// The one listener of a view written as HTML text (see [`Listening`]).
pub type Listener = wasm_bindgen::closure::Closure<dyn Fn(web_sys::Event)>;

/// Where a view written as HTML text keeps its one listener: the element listened
/// to, the events, and the closure. Created with the view ([`Listening::new`]), it
/// removes the listener when the view is dropped (Leptos may reuse the element for
/// the next view), and drops the closure.
#[derive(Clone, Copy)]
pub struct Listening {
    keep: leptos::prelude::StoredValue<
        Option<(web_sys::Element, Listener)>,
        leptos::prelude::LocalStorage,
    >,
    events: &'static [&'static str],
}

impl Listening {
    /// A place for the listener of `events` of the view being created.
    pub fn new(events: &'static [&'static str]) -> Listening {
        use leptos::prelude::WithValue;
        let l = Listening {
            keep: leptos::prelude::StoredValue::new_local(None),
            events,
        };
        leptos::prelude::on_cleanup(move || {
            l.keep.with_value(|kept| {
                if let Some((el, listener)) = kept {
                    for name in l.events {
                        let _ = el.remove_event_listener_with_callback(
                            name,
                            wasm_bindgen::JsCast::unchecked_ref(listener.as_ref()),
                        );
                    }
                }
            })
        });
        l
    }

    /// Listens to the events on the element `id` with one handler, which finds what
    /// was touched from the event's target (event delegation); nothing is done when
    /// already listening (call it from the view's effect: the element then exists).
    pub fn attach(self, id: &str, handler: &dyn Fn() -> Box<dyn Fn(web_sys::Event)>) {
        use leptos::prelude::{SetValue, WithValue};
        use wasm_bindgen::JsCast;
        if self.keep.with_value(Option::is_some) {
            return;
        }
        let Some(el) = leptos::prelude::document().get_element_by_id(id) else {
            return;
        };
        let listener = Listener::wrap(handler());
        for name in self.events {
            let _ = el.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        }
        self.keep.set_value(Some((el, listener)));
    }
}

/// An empty `<div id="…">` that a view written as HTML text fills: every such view
/// has this one shape, so one render path is compiled for all of them. Leptos may
/// keep the element for the next view of the same shape: a view writes all of its
/// markup at its first rendering.
pub fn host(id: &'static str) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    view! { <div id=id></div> }.into_any()
}

/// Writes `parts` into the host `prefix` (see [`host`]) as `<div id="{prefix}0">`,
/// `<div id="{prefix}1">`, …: all of them the first time (`last` empty), then each
/// part only when its text differs from `last` (what was written), which is updated.
pub fn patch_parts(prefix: &str, last: &mut Vec<String>, parts: Vec<String>) {
    let doc = leptos::prelude::document();
    if last.is_empty() {
        let mut all = String::new();
        for (k, part) in parts.iter().enumerate() {
            all = all + "<div id=\"" + prefix + &k.to_string() + "\">" + part + "</div>";
        }
        if let Some(el) = doc.get_element_by_id(prefix) {
            el.set_inner_html(&all);
        }
        *last = parts;
        return;
    }
    for (k, (old, new)) in last.iter_mut().zip(parts).enumerate() {
        if *old != new {
            let id = prefix.to_owned() + &k.to_string();
            if let Some(el) = doc.get_element_by_id(&id) {
                el.set_inner_html(&new);
            }
            *old = new;
        }
    }
}

/// The element an event happened on.
pub fn target(ev: &web_sys::Event) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    ev.target()?.dyn_into().ok()
}
