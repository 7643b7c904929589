//! The session invite: what a participant's phone needs to show the rating form.
//!
//! It carries the names only. The criteria's importance is confidential (the client's
//! weights are the facilitator's), and the client's name travels only when the
//! facilitator allows it.
//!
//! After the header: the token, the round, the scale's ends, a client flag (0 or 1)
//! and the client's name if 1, the title, our company, the criteria's count and
//! names, the rivals' count and names.

use super::error::{invalid, CodeError, Kind};
use super::frame::{header, open_as, seal};
use super::wire::{put_count, put_id, put_text, Reader};
use crate::engine::model::{
    Workshop, Workspace, MAX_CRITERIA, MAX_RIVALS, MAX_ROUNDS, MAX_SHORT_TEXT, SCALE_MAX, SCALE_MIN,
};

/// A session invite (facilitator → phone). The rating scale is always
/// `SCALE_MIN..=SCALE_MAX`; the code carries it and decoding checks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invite {
    /// The session's token: every ballot carries it back.
    pub token: String,
    /// The round being rated, from 1.
    pub round: u8,
    /// The session title, e.g. «Северсталь-Строй глазами клиента».
    pub title: String,
    /// The key client's name, only when the facilitator shares it.
    pub client: Option<String>,
    /// Our company's name: subject 0 of the ratings.
    pub company: String,
    /// The criteria's names, in order (not their importance).
    pub criteria: Vec<String>,
    /// The competitors' names, in order: subjects 1.. of the ratings.
    pub rivals: Vec<String>,
}

impl Invite {
    /// The invite to the current round of `workshop` in `workspace`. A competitor or
    /// client missing from the workspace gets an empty name; the round number is
    /// clamped to `1..=255` (a valid session has at most `MAX_ROUNDS`).
    pub fn from_workshop(workspace: &Workspace, workshop: &Workshop) -> Invite {
        let rival_name = |id| {
            let found = workspace.competitors.iter().find(|c| c.id == id);
            found.map(|c| c.name.clone()).unwrap_or_default()
        };
        let client = workshop
            .client
            .filter(|_| workshop.share_client_name)
            .map(|id| {
                let found = workspace.clients.iter().find(|c| c.id == id);
                found.map(|c| c.name.clone()).unwrap_or_default()
            });
        Invite {
            token: workshop.token.clone(),
            round: u8::try_from(workshop.round_number()).unwrap_or(u8::MAX),
            title: workshop.name.clone(),
            client,
            company: workspace.company.name.clone(),
            criteria: workshop.criteria.iter().map(|c| c.name.clone()).collect(),
            rivals: workshop.rivals.iter().map(|&id| rival_name(id)).collect(),
        }
    }

    /// Number of rated subjects: us plus the rivals.
    pub fn subjects(&self) -> usize {
        1 + self.rivals.len()
    }

    /// Whether the invite is within the limits that decoding enforces, so that its code
    /// decodes back equal: a round in `1..=MAX_ROUNDS`, 1..=`MAX_CRITERIA` criteria,
    /// at most `MAX_RIVALS` rivals, token and names of at most `MAX_SHORT_TEXT`
    /// characters.
    pub fn check(&self) -> Result<(), CodeError> {
        if self.round == 0 || usize::from(self.round) > MAX_ROUNDS {
            return Err(invalid("round number out of range"));
        }
        if self.criteria.is_empty() || self.criteria.len() > MAX_CRITERIA {
            return Err(invalid("number of criteria out of range"));
        }
        if self.rivals.len() > MAX_RIVALS {
            return Err(invalid("too many competitors"));
        }
        let texts = [&self.token, &self.title, &self.company]
            .into_iter()
            .chain(&self.client)
            .chain(&self.criteria)
            .chain(&self.rivals);
        for text in texts {
            if text.chars().count() > MAX_SHORT_TEXT {
                return Err(invalid("a text is too long"));
            }
        }
        Ok(())
    }
}

/// The code of an invite. Never fails; an invite that fails [`Invite::check`] makes a
/// code that decoding refuses.
pub fn encode_invite(invite: &Invite) -> String {
    let mut out = header(Kind::Invite);
    put_id(&mut out, &invite.token);
    out.extend_from_slice(&[invite.round, SCALE_MIN, SCALE_MAX]);
    out.push(u8::from(invite.client.is_some()));
    if let Some(client) = &invite.client {
        put_text(&mut out, client);
    }
    put_text(&mut out, &invite.title);
    put_text(&mut out, &invite.company);
    put_count(&mut out, invite.criteria.len());
    for name in &invite.criteria {
        put_text(&mut out, name);
    }
    put_count(&mut out, invite.rivals.len());
    for name in &invite.rivals {
        put_text(&mut out, name);
    }
    seal(&out)
}

/// The invite in a code (the text after `#join=`), or why not.
pub fn decode_invite(code: &str) -> Result<Invite, CodeError> {
    read_invite(&open_as(code, Kind::Invite)?)
}

/// The invite in the body of a code of its kind.
pub(super) fn read_invite(body: &[u8]) -> Result<Invite, CodeError> {
    let mut r = Reader::new(body);
    let token = r.text()?;
    let round = r.byte()?;
    if (r.byte()?, r.byte()?) != (SCALE_MIN, SCALE_MAX) {
        return Err(invalid("unsupported rating scale"));
    }
    let client = match r.byte()? {
        0 => None,
        1 => Some(r.text()?),
        _ => return Err(invalid("malformed client flag")),
    };
    let title = r.text()?;
    let company = r.text()?;
    let n = r.count(MAX_CRITERIA, "too many criteria")?;
    let criteria = (0..n).map(|_| r.text()).collect::<Result<_, _>>()?;
    let n = r.count(MAX_RIVALS, "too many competitors")?;
    let rivals = (0..n).map(|_| r.text()).collect::<Result<_, _>>()?;
    r.finish()?;
    let invite = Invite {
        token,
        round,
        title,
        client,
        company,
        criteria,
        rivals,
    };
    invite.check()?;
    Ok(invite)
}
