//! The participant's draft: name, ratings and the ballot's id, kept in localStorage
//! under `kam-studio.ballot.<token>.<round>` as they are typed, so that a reload, a
//! closed tab or a phone call loses nothing. It is not workspace data: the phone's own
//! workspace (IndexedDB) is never opened on this page.
//!
//! Stored as one line of text, `1|<criteria>x<subjects>|<id>|<sent>|<cells>|<name>`:
//! one character per cell, row by row (`.` unset, `?` «не знаю», `a`..=`j` 1..=10),
//! the name last so it may hold any character. A draft of another shape (another
//! invite under the same key) keeps the cells that still fit.

use crate::engine::model::{MAX_SHORT_TEXT, SCALE_MAX, SCALE_MIN};
use crate::engine::workshop::codec::{BallotCode, Invite};

/// A cell not rated yet.
pub const UNSET: u8 = 0;
/// A cell rated «не знаю».
pub const DONT_KNOW: u8 = 11;
// The cell values run unset, the scale, «не знаю» without gaps (the options of a
// `<select>` are written in that order).
const _: () = assert!(UNSET + 1 == SCALE_MIN && SCALE_MAX + 1 == DONT_KNOW);

/// The participant's work on one round of one session.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    /// The ballot's random id, made when the ballot is first sent and kept from then
    /// on: sending again gives the same ballot, which the facilitator recognises.
    pub id: String,
    /// Whether the ballot was made (the page shows the return link and code).
    pub sent: bool,
    /// The participant's name as typed; empty for anonymous.
    pub name: String,
    /// The cells row by row (`criteria × subjects`): [`UNSET`], 1..=10 or
    /// [`DONT_KNOW`].
    pub cells: Vec<u8>,
}

impl Draft {
    /// An empty draft for `invite`.
    pub fn empty(invite: &Invite) -> Draft {
        Draft {
            cells: vec![UNSET; invite.criteria.len() * invite.subjects()],
            ..Draft::default()
        }
    }

    /// Number of cells with a rating or «не знаю».
    pub fn filled(&self) -> usize {
        self.cells.iter().filter(|&&c| c != UNSET).count()
    }

    /// The stored form of the draft, for a grid of `criteria × subjects`.
    pub fn to_text(&self, criteria: usize, subjects: usize) -> String {
        let cells: String = self.cells.iter().map(|&c| cell_char(c)).collect();
        format!(
            "1|{criteria}x{subjects}|{}|{}|{cells}|{}",
            self.id,
            u8::from(self.sent),
            self.name
        )
    }

    /// The draft stored as `text`, fitted to `invite`'s grid; `None` when the text is
    /// not a draft.
    pub fn from_text(text: &str, invite: &Invite) -> Option<Draft> {
        let mut fields = text.splitn(6, '|');
        if fields.next()? != "1" {
            return None;
        }
        let (rows, cols) = fields.next()?.split_once('x')?;
        let (rows, cols): (usize, usize) = (rows.parse().ok()?, cols.parse().ok()?);
        let id = fields.next()?;
        if id.len() > MAX_SHORT_TEXT || !id.chars().all(is_id_char) {
            return None;
        }
        let sent = fields.next()? == "1";
        let stored: Vec<u8> = fields.next()?.chars().map(char_cell).collect();
        let name = fields.next()?.chars().take(MAX_SHORT_TEXT).collect();
        let mut draft = Draft::empty(invite);
        let subjects = invite.subjects();
        for (k, &cell) in stored.iter().enumerate() {
            let (c, s) = (k / cols.max(1), k % cols.max(1));
            if c < rows.min(invite.criteria.len()) && s < subjects {
                draft.cells[c * subjects + s] = cell;
            }
        }
        // A draft made for another grid was not sent for this one.
        let same_shape = (rows, cols) == (invite.criteria.len(), subjects);
        Some(Draft {
            id: id.to_owned(),
            sent: sent && same_shape,
            name,
            ..draft
        })
    }

    /// The ballot of this draft for `invite`: unset cells count as «не знаю», the
    /// name is trimmed.
    pub fn ballot(&self, invite: &Invite) -> BallotCode {
        let subjects = invite.subjects().max(1);
        BallotCode {
            token: invite.token.clone(),
            round: invite.round,
            id: self.id.clone(),
            participant: self.name.trim().chars().take(MAX_SHORT_TEXT).collect(),
            ratings: self
                .cells
                .chunks(subjects)
                .map(|row| {
                    row.iter()
                        .map(|&c| (SCALE_MIN..=SCALE_MAX).contains(&c).then_some(c))
                        .collect()
                })
                .collect(),
        }
    }
}

/// The cell of a `<select>`'s value: "" unset, "x" «не знаю», "1".."10".
pub fn cell_of_value(value: &str) -> u8 {
    match value {
        "x" => DONT_KNOW,
        v => v
            .parse()
            .ok()
            .filter(|r| (SCALE_MIN..=SCALE_MAX).contains(r))
            .unwrap_or(UNSET),
    }
}

fn cell_char(cell: u8) -> char {
    match cell {
        DONT_KNOW => '?',
        r if (SCALE_MIN..=SCALE_MAX).contains(&r) => char::from(b'a' + r - 1),
        _ => '.',
    }
}

fn char_cell(c: char) -> u8 {
    match c {
        '?' => DONT_KNOW,
        'a'..='j' => c as u8 - b'a' + 1,
        _ => UNSET,
    }
}

/// The characters of a ballot id (base64url).
fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// A new random ballot id: 12 characters of `[A-Za-z0-9_-]` (72 bits).
pub fn new_id(mut random: impl FnMut() -> f64) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    (0..12)
        .map(|_| {
            let k = (random() * 64.0) as usize;
            char::from(ALPHABET[k.min(63)])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invite(criteria: usize, rivals: usize) -> Invite {
        Invite {
            token: "tok".into(),
            round: 2,
            title: "T".into(),
            client: None,
            company: "Мы".into(),
            criteria: (0..criteria).map(|c| format!("К{c}")).collect(),
            rivals: (0..rivals).map(|r| format!("Р{r}")).collect(),
        }
    }

    #[test]
    fn a_draft_reads_back_as_written() {
        let inv = invite(2, 2);
        let draft = Draft {
            id: "Ab-_09xyzXYZ".into(),
            sent: true,
            name: "Анна | KAM".into(),
            cells: vec![1, 10, DONT_KNOW, UNSET, 5, 7],
        };
        let text = draft.to_text(2, 3);
        assert_eq!(text, "1|2x3|Ab-_09xyzXYZ|1|aj?.eg|Анна | KAM");
        assert_eq!(Draft::from_text(&text, &inv), Some(draft));
        assert_eq!(Draft::from_text("junk", &inv), None);
        assert_eq!(Draft::from_text("1|2x3|bad id|0||", &inv), None);
    }

    #[test]
    fn a_draft_of_another_shape_keeps_what_fits_and_is_not_sent() {
        let inv = invite(2, 1);
        let d = Draft::from_text("1|3x3|id|1|abcdefghi|", &inv).unwrap();
        assert_eq!(d.cells, vec![1, 2, 4, 5]);
        assert!(!d.sent);
        let inv = invite(3, 3);
        let d = Draft::from_text("1|1x2|id|0|ab|x", &inv).unwrap();
        assert_eq!(d.cells.len(), 12);
        assert_eq!(&d.cells[..3], &[1, 2, UNSET]);
        assert_eq!(d.filled(), 2);
    }

    #[test]
    fn the_ballot_counts_unset_as_dont_know() {
        let inv = invite(2, 1);
        let draft = Draft {
            id: "id".into(),
            sent: false,
            name: "  Борис ".into(),
            cells: vec![3, UNSET, DONT_KNOW, 10],
        };
        let b = draft.ballot(&inv);
        assert_eq!(b.participant, "Борис");
        assert_eq!((b.token.as_str(), b.round), ("tok", 2));
        assert_eq!(b.ratings, vec![vec![Some(3), None], vec![None, Some(10)]]);
        b.check().unwrap();
    }

    #[test]
    fn select_values_and_ids() {
        assert_eq!(cell_of_value(""), UNSET);
        assert_eq!(cell_of_value("x"), DONT_KNOW);
        assert_eq!(cell_of_value("10"), 10);
        assert_eq!(cell_of_value("11"), UNSET);
        assert_eq!(new_id(|| 0.0), "AAAAAAAAAAAA");
        assert_eq!(new_id(|| 0.999_999), "____________");
        assert!(new_id(|| 0.5).chars().all(is_id_char));
    }
}
