//! The ballot code: one participant's ratings on the way back to the facilitator.
//!
//! The grid is written as `criteria`, `subjects`, then the ratings row by row, two per
//! byte (high nibble first): 0 is «не знаю», 1..=10 a rating. An odd count ends with a
//! zero nibble. 12 criteria × 6 subjects take 36 bytes before compression.

use super::error::{invalid, CodeError, Kind};
use super::frame::{header, open_as, seal};
use super::wire::{put_count, put_id, put_text, Reader};
use crate::engine::model::{
    Ballot, MAX_CRITERIA, MAX_RIVALS, MAX_ROUNDS, MAX_SHORT_TEXT, SCALE_MAX, SCALE_MIN,
};

/// Most subjects of a grid: us plus `MAX_RIVALS`.
const MAX_SUBJECTS: usize = MAX_RIVALS + 1;

/// A ballot in transit (phone → facilitator): the model's [`Ballot`] plus the session
/// token and round it was made for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BallotCode {
    /// The session's token, from the invite.
    pub token: String,
    /// The round rated, from 1.
    pub round: u8,
    /// The ballot's random id, made by the phone.
    pub id: String,
    /// The participant's name or alias; empty when anonymous.
    pub participant: String,
    /// `ratings[criterion][subject]`, subject 0 being our company; `None` is «не знаю».
    pub ratings: Vec<Vec<Option<u8>>>,
}

impl BallotCode {
    /// The code form of `ballot`, made for round `round` of the session `token`.
    pub fn from_ballot(token: &str, round: u8, ballot: &Ballot) -> BallotCode {
        BallotCode {
            token: token.to_owned(),
            round,
            id: ballot.id.clone(),
            participant: ballot.participant.clone(),
            ratings: ballot.ratings.clone(),
        }
    }

    /// The model's ballot (the token and round are the caller's to check).
    pub fn into_ballot(self) -> Ballot {
        Ballot {
            id: self.id,
            participant: self.participant,
            ratings: self.ratings,
        }
    }

    /// Number of criteria of the grid.
    pub fn criteria(&self) -> usize {
        self.ratings.len()
    }

    /// Number of subjects of the grid (us plus the rivals).
    pub fn subjects(&self) -> usize {
        self.ratings.first().map_or(0, Vec::len)
    }

    /// Whether the ballot is within the limits that decoding enforces, so that its code
    /// decodes back equal: a round in `1..=MAX_ROUNDS`, token, id and name of at most
    /// `MAX_SHORT_TEXT` characters, a rectangular
    /// grid of 1..=`MAX_CRITERIA` rows and 1..=`MAX_RIVALS + 1` columns, ratings in
    /// `SCALE_MIN..=SCALE_MAX`.
    pub fn check(&self) -> Result<(), CodeError> {
        if self.round == 0 || usize::from(self.round) > MAX_ROUNDS {
            return Err(invalid("round number out of range"));
        }
        let texts = [&self.token, &self.id, &self.participant];
        if texts.iter().any(|t| t.chars().count() > MAX_SHORT_TEXT) {
            return Err(invalid("a text is too long"));
        }
        if self.criteria() == 0 || self.criteria() > MAX_CRITERIA {
            return Err(invalid("number of criteria out of range"));
        }
        if self.subjects() == 0 || self.subjects() > MAX_SUBJECTS {
            return Err(invalid("number of subjects out of range"));
        }
        if self.ratings.iter().any(|row| row.len() != self.subjects()) {
            return Err(invalid("the rating grid is not rectangular"));
        }
        let in_scale = |r: &Option<u8>| r.is_none_or(|r| (SCALE_MIN..=SCALE_MAX).contains(&r));
        if !self.ratings.iter().flatten().all(in_scale) {
            return Err(invalid("rating out of range"));
        }
        Ok(())
    }
}

/// The code of a ballot. Never fails: the grid is written with as many subjects as its
/// longest row, a missing cell or a rating outside `SCALE_MIN..=SCALE_MAX` as
/// «не знаю»; a ballot that passes [`BallotCode::check`] decodes back equal.
pub fn encode_ballot(ballot: &BallotCode) -> String {
    let mut out = header(Kind::Ballot);
    put_id(&mut out, &ballot.token);
    out.push(ballot.round);
    put_id(&mut out, &ballot.id);
    put_text(&mut out, &ballot.participant);
    let subjects = ballot.ratings.iter().map(Vec::len).max().unwrap_or(0);
    put_count(&mut out, ballot.ratings.len());
    put_count(&mut out, subjects);
    let nibbles = ballot.ratings.iter().flat_map(|row| {
        (0..subjects).map(move |s| match row.get(s) {
            Some(&Some(r)) if (SCALE_MIN..=SCALE_MAX).contains(&r) => r,
            _ => 0,
        })
    });
    let mut high = None;
    for n in nibbles {
        match high.take() {
            None => high = Some(n),
            Some(h) => out.push(h << 4 | n),
        }
    }
    if let Some(h) = high {
        out.push(h << 4);
    }
    seal(&out)
}

/// The ballot in a code (the text after `#ballot=`), or why not.
pub fn decode_ballot(code: &str) -> Result<BallotCode, CodeError> {
    read_ballot(&open_as(code, Kind::Ballot)?)
}

/// The ballot in the body of a code of its kind.
pub(super) fn read_ballot(body: &[u8]) -> Result<BallotCode, CodeError> {
    let mut r = Reader::new(body);
    let token = r.text()?;
    let round = r.byte()?;
    let id = r.text()?;
    let participant = r.text()?;
    let criteria = r.count(MAX_CRITERIA, "too many criteria")?;
    let subjects = r.count(MAX_SUBJECTS, "too many subjects")?;
    let cells = criteria * subjects;
    let packed = r.take(cells.div_ceil(2))?;
    r.finish()?;
    let nibble = |i: usize| {
        let b = packed.get(i / 2).copied().unwrap_or(0);
        if i.is_multiple_of(2) {
            b >> 4
        } else {
            b & 0x0F
        }
    };
    if cells % 2 == 1 && nibble(cells) != 0 {
        return Err(invalid("malformed rating grid"));
    }
    let mut ratings = Vec::with_capacity(criteria);
    for c in 0..criteria {
        let mut row = Vec::with_capacity(subjects);
        for s in 0..subjects {
            row.push(match nibble(c * subjects + s) {
                0 => None,
                n if n <= SCALE_MAX => Some(n),
                _ => return Err(invalid("rating out of range")),
            });
        }
        ratings.push(row);
    }
    let ballot = BallotCode {
        token,
        round,
        id,
        participant,
        ratings,
    };
    ballot.check()?;
    Ok(ballot)
}
