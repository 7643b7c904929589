//! The document path (`workspace.clients[3].revenue`) of a byte position in a JSON
//! text: how an import names the field serde stopped at, without tracking paths
//! during deserialisation (which would double the deserialiser in the wasm bundle).

/// One open container at the position.
enum Frame {
    /// An object; its last key read, and whether the next string is a key.
    Object {
        key: Option<String>,
        expecting_key: bool,
    },
    /// An array and the index of the current element.
    Array { index: usize },
}

/// The containers open just before byte `end` of `text` (a syntactically valid prefix).
fn frames_before(text: &str, end: usize) -> Vec<Frame> {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                if let Some(Frame::Object { key, expecting_key }) = stack.last_mut() {
                    if *expecting_key {
                        *key = text.get(start..i.min(bytes.len())).map(str::to_owned);
                        *expecting_key = false;
                    }
                }
            }
            b'{' => stack.push(Frame::Object {
                key: None,
                expecting_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { expecting_key, .. }) => *expecting_key = true,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    stack
}

/// The path of the value being read at byte `end` (exclusive), in the style of
/// `validate()`: `.field`, `[index]`, and `[id]` for numeric map keys. With
/// `inside_object`, the innermost object's own last key is left out: the path of
/// the object itself (where serde reports a missing field).
pub fn path_before(text: &str, end: usize, inside_object: bool) -> String {
    let mut frames = frames_before(text, end);
    if inside_object {
        if let Some(Frame::Object { key, .. }) = frames.last_mut() {
            *key = None;
        }
    }
    let mut path = String::new();
    for frame in frames {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if k.parse::<i64>().is_ok() {
                    path.push_str(&format!("[{k}]"));
                } else {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(&k);
                }
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// The byte offset of serde_json's 1-based `line` and byte `column` in `text`.
pub fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_of_positions() {
        // Positions counted by hand: the `t` of `true` is byte 38 (0-based).
        let text = r#"{"workspace":{"clients":[{},{"revenue":true}]}}"#;
        let t = text.find("true").unwrap();
        assert_eq!(
            path_before(text, t + 3, false),
            "workspace.clients[1].revenue"
        );
        // Before the `}` that closes the second client, it is that client's object.
        let close = text.find("true}").unwrap() + 4;
        assert_eq!(path_before(text, close, true), "workspace.clients[1]");
    }

    #[test]
    fn numeric_keys_and_escaped_strings() {
        let text = r#"{"a\"b":"x,{[", "values":{"12":"bad"}}"#;
        let bad = text.find("bad").unwrap();
        assert_eq!(path_before(text, bad, false), "values[12]");
    }

    #[test]
    fn offsets_from_lines() {
        let text = "{\n  \"a\": 1,\n  \"b\": x\n}";
        // Line 3, column 8 is the `x` (1-based bytes), i.e. offset 12 + 8 = 20.
        assert_eq!(byte_offset(text, 3, 8), 20);
        assert_eq!(&text[19..20], "x");
    }
}
