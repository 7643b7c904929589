//! The texts that carry a workshop between the facilitator's laptop and the
//! participants' phones (domain §3): a session *invite* out, a *ballot* back, by URL
//! fragment, QR code, pasted short code or file. There is no server.
//!
//! A code is `base64url(zlib(payload))` without padding. The payload starts with the
//! format version ([`VERSION`]) and the kind byte; the rest is a compact binary form
//! (LEB128 counts; texts one byte a common character, numbered by frequency; ratings
//! packed two per byte). zlib's Adler-32 checksum makes a mistyped or truncated code fail as
//! [`CodeError::Damaged`] instead of decoding to something else.
//!
//! Decoding never panics on any input: it caps the code length and the inflated size
//! and checks every count against the model's limits (`MAX_CRITERIA`, `MAX_RIVALS`,
//! `MAX_ROUNDS`, `MAX_SHORT_TEXT` for every text). Encoding is total and never fails; a value within
//! those limits ([`Invite::check`], [`BallotCode::check`]) decodes back equal.

mod ballot;
mod error;
mod frame;
mod invite;
mod link;
mod qr;
mod text;
mod wire;

pub use ballot::{decode_ballot, encode_ballot, BallotCode};
pub use error::{CodeError, Kind};
pub use invite::{decode_invite, encode_invite, Invite};
pub use link::{
    ballot_link, decode_any, decode_pasted, find_code, invite_link, parse_fragment, Code, Fragment,
};
pub use qr::{qr_for, svg_path, svg_view_box, Qr, QUIET_ZONE};

/// The payload format written by this version; a code with a higher one is refused
/// with [`CodeError::NewerVersion`].
pub const VERSION: u8 = 1;
/// Largest inflated payload accepted (the largest legal invite is about 56 KiB).
pub const MAX_PAYLOAD_BYTES: usize = 64 * 1024;
/// Longest code text accepted before any decoding, in characters.
pub const MAX_CODE_CHARS: usize = 96 * 1024;
