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

    /// Appends text, escaped for element content and attribute values.
    pub fn text(&mut self, text: &str) -> &mut Html {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
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
