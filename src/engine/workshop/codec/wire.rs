//! The binary form inside a code: bytes, LEB128 counts and compact texts.

use super::error::{invalid, CodeError};
use super::text;
use crate::engine::model::MAX_SHORT_TEXT;

/// Appends a count as LEB128 (7 bits a byte, low first).
pub(super) fn put_count(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7F) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Appends a name in the form of [`text`], with its end.
pub(super) fn put_text(out: &mut Vec<u8>, s: &str) {
    text::encode(s, out);
}

/// Appends a token or id in the form of [`text`], with its end.
pub(super) fn put_id(out: &mut Vec<u8>, s: &str) {
    text::encode_id(s, out);
}

/// Reads a body front to back; every read past the end is an error.
pub(super) struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes }
    }

    /// The next `n` bytes.
    pub(super) fn take(&mut self, n: usize) -> Result<&'a [u8], CodeError> {
        if n > self.bytes.len() {
            return Err(invalid("the content ends too early"));
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    pub(super) fn byte(&mut self) -> Result<u8, CodeError> {
        Ok(self.take(1)?[0])
    }

    /// A LEB128 count, refused above `max`.
    pub(super) fn count(&mut self, max: usize, what: &'static str) -> Result<usize, CodeError> {
        let mut n: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                return match usize::try_from(n) {
                    Ok(n) if n <= max => Ok(n),
                    _ => Err(invalid(what)),
                };
            }
        }
        Err(invalid(what))
    }

    /// A text of at most `max_chars` characters.
    pub(super) fn text_max(&mut self, max_chars: usize) -> Result<String, CodeError> {
        let (s, len) = text::decode(self.bytes, max_chars)?;
        self.take(len)?;
        Ok(s)
    }

    /// A name, token or id: at most [`MAX_SHORT_TEXT`] characters.
    pub(super) fn text(&mut self) -> Result<String, CodeError> {
        self.text_max(MAX_SHORT_TEXT)
    }

    /// Succeeds when everything was read.
    pub(super) fn finish(self) -> Result<(), CodeError> {
        if self.bytes.is_empty() {
            Ok(())
        } else {
            Err(invalid("unexpected data after the content"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_round_trip_and_overflow_is_refused() {
        for n in [0, 1, 127, 128, 300, 16_383, 16_384, 1 << 28] {
            let mut out = Vec::new();
            put_count(&mut out, n);
            let mut r = Reader::new(&out);
            assert_eq!(r.count(usize::MAX, "n").unwrap(), n);
            r.finish().unwrap();
        }
        let mut r = Reader::new(&[0x80, 0x01]);
        assert!(r.count(127, "n").is_err());
        let mut r = Reader::new(&[0xFF; 6]);
        assert!(r.count(usize::MAX, "n").is_err());
        let mut r = Reader::new(&[0x80]);
        assert!(r.count(usize::MAX, "n").is_err());
    }

    #[test]
    fn texts_are_limited_in_characters() {
        let mut out = Vec::new();
        put_text(&mut out, "Ёлка");
        assert_eq!(out.len(), 5);
        out.push(7);
        assert_eq!(Reader::new(&out).text_max(4).unwrap(), "Ёлка");
        assert!(Reader::new(&out).text_max(3).is_err());
        assert!(Reader::new(&out[..3]).text().is_err());
        let mut r = Reader::new(&out);
        r.text().unwrap();
        assert_eq!(r.byte().unwrap(), 7);
        r.finish().unwrap();
    }
}
