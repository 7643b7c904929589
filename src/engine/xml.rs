//! Text escaped for XML and HTML markup (element content and quoted attribute
//! values), shared by the workbook writer and the pages written as HTML text.

/// Appends `text` to `out` with `&`, `<`, `>`, `"` and `'` escaped, and without the
/// control characters XML 1.0 does not allow (all below U+0020 but tab, line feed and
/// carriage return; U+FFFE, U+FFFF): a name pasted with them still makes a valid file.
pub fn escape_xml(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
}
