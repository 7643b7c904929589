//! The text form of the names in a code: one byte per common character, numbered by
//! how often it occurs in Russian business names, each text ended by a zero byte.
//!
//! Deflate pays for its code table in every code; with the frequent characters on
//! neighbouring byte values that table is short, and Russian letters take one byte
//! instead of UTF-8's two. For the 12 × 5 invite of the tests (with the client's
//! name) the link is about 540 characters with UTF-8 texts (QR version 18), 451 with
//! one byte a letter in Unicode order and length prefixes (version 17), 416 with this
//! table and ends (version 16), 400 with the id form below (version 15).
//!
//! - `0x00`: end of the text;
//! - `0x01..=0xAE`: the characters of [`TABLE`] in order;
//! - `0xFF` + one character's UTF-8 bytes: any other character.
//!
//! Tokens and ids made of base64url characters (`[A-Za-z0-9_-]`) start with `0xFE`
//! and write each character as `0x01..=0x40`: the byte values of the frequent
//! letters, which cost deflate a few bits each, where a dozen distinct Latin letters
//! and digits would each add to its code table (a 12-character token cost 26 bytes of
//! the compressed 12 × 5 invite).

use super::error::{invalid, CodeError};

/// Ends a text.
const END: u8 = 0;
/// Comes before a character written in UTF-8.
const ESCAPE: u8 = 0xFF;
/// Starts a text written with [`ID_CHARS`].
const ID_FORM: u8 = 0xFE;
/// The characters of the id form: byte `i + 1` is `ID_CHARS[i]`.
const ID_CHARS: &[u8; 64] = b"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

/// The characters written as one byte: byte `i + 1` is `TABLE[i]`.
#[rustfmt::skip]
const TABLE: [char; 174] = [
    ' ',
    'о', 'е', 'а', 'и', 'н', 'т', 'с', 'р', 'в', 'л', 'к', 'м', 'д', 'п', 'у', 'я', 'ы', 'ь',
    'г', 'з', 'б', 'ч', 'й', 'х', 'ж', 'ш', 'ю', 'ц', 'щ', 'э', 'ф', 'ъ', 'ё',
    'П', 'С', 'Н', 'В', 'К', 'О', 'М', 'Т', 'Д', 'Р', 'А', 'Г', 'Б', 'Л', 'И', 'З', 'Е', 'Ч',
    'У', 'Ф', 'Э', 'Ш', 'Я', 'Х', 'Ц', 'Ж', 'Ю', 'Й', 'Щ', 'Ё', 'Ы', 'Ь', 'Ъ',
    '-', ',', '.', '(', ')', '"', '«', '»', '/', '№', '0', '1', '2', '3', '4', '5', '6', '7',
    '8', '9',
    'e', 't', 'a', 'o', 'i', 'n', 's', 'r', 'h', 'l', 'd', 'c', 'u', 'm', 'f', 'p', 'g', 'w',
    'y', 'b', 'v', 'k', 'x', 'j', 'q', 'z',
    'E', 'T', 'A', 'O', 'I', 'N', 'S', 'R', 'H', 'L', 'D', 'C', 'U', 'M', 'F', 'P', 'G', 'W',
    'Y', 'B', 'V', 'K', 'X', 'J', 'Q', 'Z',
    '!', '#', '$', '%', '&', '\'', '*', '+', ':', ';', '<', '=', '>', '?', '@', '[', '\\', ']',
    '^', '_', '`', '{', '|', '}', '~',
    '—', '–', '“', '”', '„', '’', '…', '₽', '×', '\u{a0}',
];

/// Appends the form of `s` and its end to `out`.
pub(super) fn encode(s: &str, out: &mut Vec<u8>) {
    for c in s.chars() {
        match TABLE.iter().position(|&t| t == c) {
            Some(i) => out.push(i as u8 + 1),
            None => {
                out.push(ESCAPE);
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    out.push(END);
}

/// Appends the form of a token or id: the id form when it fits, else [`encode`].
pub(super) fn encode_id(s: &str, out: &mut Vec<u8>) {
    let id_byte = |b: u8| ID_CHARS.iter().position(|&c| c == b).map(|i| i as u8 + 1);
    if s.is_empty() || !s.bytes().all(|b| id_byte(b).is_some()) {
        return encode(s, out);
    }
    out.push(ID_FORM);
    out.extend(s.bytes().filter_map(id_byte));
    out.push(END);
}

/// The text of an id form after its first byte, as for [`decode`].
fn decode_id(bytes: &[u8], max_chars: usize) -> Result<(String, usize), CodeError> {
    let mut s = String::new();
    for (i, &b) in bytes.iter().enumerate() {
        if b == END {
            return Ok((s, i + 2));
        }
        if i >= max_chars {
            return Err(invalid("a text is too long"));
        }
        let c = ID_CHARS.get(usize::from(b) - 1);
        s.push(char::from(*c.ok_or(invalid("malformed text"))?));
    }
    Err(invalid("malformed text"))
}

/// The text at the start of `bytes` and the bytes it took with its end; refused if
/// malformed, unended or longer than `max_chars` characters.
pub(super) fn decode(bytes: &[u8], max_chars: usize) -> Result<(String, usize), CodeError> {
    let bad = || invalid("malformed text");
    if let Some((&ID_FORM, rest)) = bytes.split_first() {
        return decode_id(rest, max_chars);
    }
    let mut s = String::new();
    let mut chars = 0;
    let mut i = 0;
    loop {
        let b = *bytes.get(i).ok_or_else(bad)?;
        i += 1;
        if b == END {
            return Ok((s, i));
        }
        chars += 1;
        if chars > max_chars {
            return Err(invalid("a text is too long"));
        }
        if b != ESCAPE {
            s.push(*TABLE.get(usize::from(b) - 1).ok_or_else(bad)?);
            continue;
        }
        let len = match *bytes.get(i).ok_or_else(bad)? {
            0x00..=0x7F => 1,
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => return Err(bad()),
        };
        let utf8 = bytes.get(i..i + len).ok_or_else(bad)?;
        s.push_str(std::str::from_utf8(utf8).map_err(|_| bad())?);
        i += len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(s: &str) -> Vec<u8> {
        let mut out = Vec::new();
        encode(s, &mut out);
        out.extend_from_slice(b"rest");
        assert_eq!(decode(&out, 1000).unwrap(), (s.to_owned(), out.len() - 4));
        out.truncate(out.len() - 4);
        out
    }

    #[test]
    fn the_table_has_no_duplicates() {
        for (i, c) in TABLE.iter().enumerate() {
            assert!(!TABLE[..i].contains(c), "{c}");
        }
        assert!(TABLE.len() < usize::from(ESCAPE));
    }

    #[test]
    fn common_characters_take_one_byte() {
        assert_eq!(round_trip("Цена"), [59, 3, 6, 4, 0]);
        let all_common = "Ёжик «ёлка» — №1 (ЭДО), A-z.";
        assert_eq!(round_trip(all_common).len(), all_common.chars().count() + 1);
        round_trip("");
    }

    #[test]
    fn other_characters_are_escaped_utf8() {
        assert_eq!(round_trip("é").len(), 4);
        assert_eq!(round_trip("€").len(), 5);
        assert_eq!(round_trip("😀").len(), 6);
        assert_eq!(round_trip("\t\n\0").len(), 7);
        round_trip("Ґґ Єє Ії Ққ Ңң Өө Ұұ Һһ Ўў");
    }

    #[test]
    fn ids_take_one_frequent_byte_a_character() {
        let mut out = Vec::new();
        encode_id("aZ-_09", &mut out);
        assert_eq!(out, [ID_FORM, 1, 62, 63, 64, 27, 36, END]);
        out.push(7);
        assert_eq!(decode(&out, 6).unwrap(), ("aZ-_09".to_owned(), 8));
        assert!(decode(&out, 5).is_err());
        for other in ["", "a b", "токен"] {
            let mut out = Vec::new();
            encode_id(other, &mut out);
            assert_ne!(out[0], ID_FORM);
            assert_eq!(decode(&out, 10).unwrap().0, other);
        }
        for bad in [&[ID_FORM][..], &[ID_FORM, 1], &[ID_FORM, 65, 0]] {
            assert!(decode(bad, 10).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn malformed_forms_are_refused() {
        for bad in [
            &[][..],
            &[1, 2],
            &[0xFF],
            &[0xFF, 0x80, 0],
            &[0xFF, 0xE2, 0x82],
            &[0xFF, 0xED, 0xA0, 0x80, 0],
            &[0xFD, 0],
            &[0xAF, 0],
        ] {
            assert!(decode(bad, 1000).is_err(), "{bad:?}");
        }
        assert!(decode(&[1, 1, 1, 0], 2).is_err());
        assert!(decode(&[1, 1, 0], 2).is_ok());
    }
}
