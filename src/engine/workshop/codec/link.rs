//! Links and pasted text: `{base}#join={code}` carries an invite, `{base}#ballot={code}`
//! a ballot. A fragment never reaches a web server, so the codes stay in the room.

use super::ballot::{read_ballot, BallotCode};
use super::error::{CodeError, Kind};
use super::frame::{is_code_char, open};
use super::invite::{read_invite, Invite};
use super::{decode_ballot, decode_invite};

/// The fragment marks of the two kinds of link.
const MARKS: [(Kind, &str); 2] = [(Kind::Invite, "#join="), (Kind::Ballot, "#ballot=")];

/// A recognised link fragment, with its code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fragment {
    /// `#join={code}`: a session invite.
    Join(String),
    /// `#ballot={code}`: a ballot.
    Ballot(String),
}

impl Fragment {
    /// The kind of code the fragment carries.
    pub fn kind(&self) -> Kind {
        match self {
            Fragment::Join(_) => Kind::Invite,
            Fragment::Ballot(_) => Kind::Ballot,
        }
    }

    /// The code, for [`decode_invite`] or [`decode_ballot`].
    pub fn code(&self) -> &str {
        match self {
            Fragment::Join(code) | Fragment::Ballot(code) => code,
        }
    }
}

/// A decoded code of either kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Code {
    /// A session invite.
    Invite(Invite),
    /// A ballot.
    Ballot(BallotCode),
}

/// The link that opens the session on a phone: `{base}#join={code}`. Any fragment
/// already on `base` (e.g. the facilitator's own `location.href`) is dropped.
pub fn invite_link(base: &str, code: &str) -> String {
    link(base, Kind::Invite, code)
}

/// The link that hands a ballot back: `{base}#ballot={code}`, `base` as for
/// [`invite_link`].
pub fn ballot_link(base: &str, code: &str) -> String {
    link(base, Kind::Ballot, code)
}

fn link(base: &str, kind: Kind, code: &str) -> String {
    let base = base.find('#').map_or(base, |i| &base[..i]);
    let mark = MARKS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("#", |(_, m)| m);
    format!("{base}{mark}{code}")
}

/// The code after a `join=` or `ballot=` mark: at the start of `text` (after
/// whitespace and an optional '#') or after a '#' anywhere in it (a whole link, even
/// inside a message). The code ends at the first character that is not base64url, so
/// trailing punctuation is ignored. `None` when there is no mark or no code after it.
fn marked(text: &str) -> Option<(Kind, &str)> {
    let t = text.trim();
    let t = t.strip_prefix('#').unwrap_or(t);
    let mut first: Option<(usize, Kind, &str)> = None;
    for (kind, mark) in MARKS {
        let bare = &mark[1..];
        let found = match t.strip_prefix(bare) {
            Some(rest) => Some((0, rest)),
            None => t.find(mark).map(|i| (i, &t[i + mark.len()..])),
        };
        if let Some((at, rest)) = found {
            if first.is_none_or(|(best, ..)| at < best) {
                first = Some((at, kind, rest));
            }
        }
    }
    let (_, kind, rest) = first?;
    let code = &rest[..rest.find(|c| !is_code_char(c)).unwrap_or(rest.len())];
    (!code.is_empty()).then_some((kind, code))
}

/// The code of a link fragment such as `location.hash`: `#join=…` or `#ballot=…`, with
/// or without the '#', surrounding whitespace tolerated; a whole pasted link works too.
pub fn parse_fragment(fragment: &str) -> Option<Fragment> {
    let (kind, code) = marked(fragment)?;
    Some(match kind {
        Kind::Invite => Fragment::Join(code.to_owned()),
        Kind::Ballot => Fragment::Ballot(code.to_owned()),
    })
}

/// The code in text pasted by a user: a whole link, a fragment, or a bare code. A bare
/// code's kind is read from its content, so a damaged bare code gives `None`; use
/// [`decode_pasted`] to tell the user why.
pub fn find_code(text: &str) -> Option<(Kind, &str)> {
    marked(text).or_else(|| {
        let t = text.trim();
        let (kind, _) = open(t).ok()?;
        Some((kind, t))
    })
}

/// The code of either kind in a bare code.
pub fn decode_any(code: &str) -> Result<Code, CodeError> {
    let (kind, body) = open(code)?;
    match kind {
        Kind::Invite => read_invite(&body).map(Code::Invite),
        Kind::Ballot => read_ballot(&body).map(Code::Ballot),
    }
}

/// The code in text pasted by a user (a whole link, a fragment or a bare code), or why
/// there is none: the entry point of a "paste a link or code" box.
pub fn decode_pasted(text: &str) -> Result<Code, CodeError> {
    match marked(text) {
        Some((Kind::Invite, code)) => decode_invite(code).map(Code::Invite),
        Some((Kind::Ballot, code)) => decode_ballot(code).map(Code::Ballot),
        None => decode_any(text),
    }
}
