//! The envelope of every code: `base64url(zlib(version, kind, body))`.

use super::error::{invalid, CodeError, Kind};
use super::{MAX_CODE_CHARS, MAX_PAYLOAD_BYTES, VERSION};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use miniz_oxide::inflate::{decompress_to_vec_zlib_with_limit, TINFLStatus};

/// Fewest bytes of a zlib stream: a 2-byte header, an empty final block, the checksum.
const MIN_ZLIB_BYTES: usize = 8;

/// The miniz level: 10 is its best (slowest) setting; payloads are a few hundred bytes.
const LEVEL: u8 = 10;

/// The first bytes of a payload of `kind`.
pub(super) fn header(kind: Kind) -> Vec<u8> {
    vec![VERSION, kind.byte()]
}

/// The code of a payload made with [`header`].
pub(super) fn seal(payload: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(payload, LEVEL))
}

/// True for the characters of a code: base64url without padding.
pub(super) fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// The kind and the body (the payload after its two header bytes) of a code.
pub(super) fn open(code: &str) -> Result<(Kind, Vec<u8>), CodeError> {
    let code = code.trim();
    if code.is_empty() || !code.chars().all(is_code_char) {
        return Err(CodeError::NotACode);
    }
    if code.len() > MAX_CODE_CHARS {
        return Err(invalid("the code is too long"));
    }
    let packed = URL_SAFE_NO_PAD
        .decode(code)
        .map_err(|_| CodeError::Damaged)?;
    if packed.len() < MIN_ZLIB_BYTES {
        return Err(CodeError::NotACode);
    }
    let mut payload =
        decompress_to_vec_zlib_with_limit(&packed, MAX_PAYLOAD_BYTES).map_err(|e| {
            match e.status {
                TINFLStatus::HasMoreOutput => invalid("the content is too large"),
                _ => CodeError::Damaged,
            }
        })?;
    let (version, kind) = match payload.as_slice() {
        [v, k, ..] => (*v, *k),
        _ => return Err(invalid("no header")),
    };
    if version > VERSION {
        return Err(CodeError::NewerVersion);
    }
    if version == 0 {
        return Err(invalid("format version 0"));
    }
    let kind = Kind::from_byte(kind).ok_or(invalid("unknown kind"))?;
    payload.drain(..2);
    Ok((kind, payload))
}

/// The body of a code that must be of `expected` kind.
pub(super) fn open_as(code: &str, expected: Kind) -> Result<Vec<u8>, CodeError> {
    let (found, body) = open(code)?;
    if found != expected {
        return Err(CodeError::WrongKind { expected, found });
    }
    Ok(body)
}
