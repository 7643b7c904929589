//! What can go wrong reading a code, and the two kinds of code.

use std::fmt;

/// The two kinds of code: a session invite (facilitator → phone) and a ballot
/// (phone → facilitator).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A session invite, carried by `#join=`.
    Invite,
    /// A participant's ballot, carried by `#ballot=`.
    Ballot,
}

impl Kind {
    /// The kind byte after the version byte of a payload.
    pub(super) fn byte(self) -> u8 {
        match self {
            Kind::Invite => 1,
            Kind::Ballot => 2,
        }
    }

    /// The kind of a kind byte, if it is one.
    pub(super) fn from_byte(b: u8) -> Option<Kind> {
        match b {
            1 => Some(Kind::Invite),
            2 => Some(Kind::Ballot),
            _ => None,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Invite => "session invite",
            Kind::Ballot => "ballot",
        })
    }
}

/// Why a code could not be read (or a QR code made). The messages are English; the UI
/// translates the variants.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    /// Empty, or characters that never occur in a code (not base64url), or too short
    /// to be one.
    #[error("this is not a KAM Studio code")]
    NotACode,
    /// The characters are right but the content is not: a character was changed or
    /// lost, or the code was cut short (checksum or decompression failure).
    #[error("the code is damaged or incomplete; copy it again in full")]
    Damaged,
    /// A code of the other kind: an invite where a ballot was expected, or the reverse.
    #[error("this is a {found} code, but a {expected} code was expected")]
    WrongKind {
        /// The kind the caller asked for.
        expected: Kind,
        /// The kind the code holds.
        found: Kind,
    },
    /// Made by a newer version of KAM Studio, with a format this one does not know.
    #[error("the code was made by a newer version of KAM Studio; reload or update the app")]
    NewerVersion,
    /// Intact, but holding something the model does not allow.
    #[error("the code holds invalid data: {what}")]
    Invalid {
        /// What is wrong, in a few English words.
        what: &'static str,
    },
    /// The text does not fit in the largest QR code (version 40).
    #[error("the text is too long for a QR code")]
    TooLongForQr,
}

/// Shorthand for [`CodeError::Invalid`].
pub(super) fn invalid(what: &'static str) -> CodeError {
    CodeError::Invalid { what }
}
