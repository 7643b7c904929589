//! The demo workshop: six colleagues rate us and the four demo competitors through the
//! eyes of ГК «Северный квартал», in two rounds.
//!
//! Every rating is the group's view of the cell ([`BASE`]) plus the participant's
//! habit ([`HABITS`]: a halo, horns, or a small personal spread that changes sign from
//! cell to cell), clamped to 1–10. After the discussion (round 2) the personal part is
//! halved and the halo and horns shrink from 3 points to 1: the spread drops, which is
//! what the rounds view shows.

use crate::engine::model::{
    Ballot, ClientId, CompetitorId, Round, Workshop, WorkshopCriterion, WorkshopId,
};
use rust_decimal::Decimal;

/// Criteria of the key client and their importance (100 points in all).
const CRITERIA: [(&str, i64); 10] = [
    ("Цена", 20),
    ("Условия оплаты (отсрочка)", 12),
    ("Сроки поставки", 12),
    ("Ширина ассортимента", 8),
    ("Стабильность качества", 14),
    ("Техническая поддержка на объекте", 10),
    ("Логистика и доставка на объект", 8),
    ("Документооборот (ЭДО)", 4),
    ("Наши материалы в проектной спецификации", 7),
    ("Скорость реакции менеджера", 5),
];

/// The group's view: `[criterion][subject]`, subject 0 = us (СтройРесурс), then
/// ТехноСтрой Дистрибуция, Теплоникс, Регион-Смесь, СтройМаркет Онлайн.
const BASE: [[i8; 5]; 10] = [
    [5, 6, 8, 9, 7],
    [7, 8, 5, 8, 4],
    [8, 6, 4, 6, 9],
    [7, 9, 4, 5, 8],
    [9, 6, 8, 4, 6],
    [9, 3, 6, 3, 2],
    [7, 7, 5, 6, 8],
    [8, 7, 5, 4, 9],
    [8, 5, 6, 3, 2],
    [8, 5, 4, 6, 7],
];

/// A participant's habit: name, the extra points given to us (halo > 0, horns < 0),
/// and the size of their personal spread.
const HABITS: [(&str, i8, i8); 6] = [
    ("Анна (KAM)", 0, 1),
    ("Борис (продажи)", 3, 1),
    ("Вера (логистика)", 0, 2),
    ("Глеб (техподдержка)", 0, 1),
    ("Дарья (финансы)", -3, 1),
    ("Егор (маркетинг)", 0, 2),
];

/// «Не знаю» cells: (participant, criterion, subject).
const UNKNOWN: [(usize, usize, usize); 5] = [(2, 7, 3), (2, 7, 4), (5, 5, 4), (5, 8, 2), (3, 1, 4)];

/// The rating of participant `p` for `(c, s)` in round `round` (0 or 1).
fn rating(p: usize, c: usize, s: usize, round: usize) -> Option<u8> {
    if UNKNOWN.contains(&(p, c, s)) {
        return None;
    }
    let (_, halo, spread) = HABITS[p];
    // The personal part: +spread, −spread or 0, cycling with the cell and person.
    let sign = match (p + 2 * c + 3 * s) % 3 {
        0 => 1,
        1 => -1,
        _ => 0,
    };
    let personal = if round == 0 {
        spread * sign
    } else {
        spread * sign / 2
    };
    let bias = match (s, round) {
        (0, 0) => halo,
        (0, _) => halo.signum(),
        // A halo also pulls the others down a little (and horns push them up).
        (_, 0) => -halo.signum(),
        _ => 0,
    };
    let v = BASE[c][s] + personal + bias;
    Some(v.clamp(1, 10) as u8)
}

fn ballot(p: usize, round: usize) -> Ballot {
    Ballot {
        id: format!("demo-r{}-p{}", round + 1, p + 1),
        participant: HABITS[p].0.to_owned(),
        ratings: (0..CRITERIA.len())
            .map(|c| (0..5).map(|s| rating(p, c, s, round)).collect())
            .collect(),
    }
}

/// The demo session: criteria, the four competitors, two rounds of six ballots.
pub(super) fn workshops() -> Vec<Workshop> {
    vec![Workshop {
        id: WorkshopId(1),
        token: "demo-severny-kvartal".to_owned(),
        name: "ГК «Северный квартал» глазами клиента".to_owned(),
        client: Some(ClientId(1)),
        share_client_name: true,
        anonymous: true,
        criteria: CRITERIA
            .iter()
            .map(|&(name, points)| WorkshopCriterion {
                name: name.to_owned(),
                importance: Decimal::from(points),
            })
            .collect(),
        rivals: (1..=4).map(CompetitorId).collect(),
        rounds: (0..2)
            .map(|r| Round {
                ballots: (0..HABITS.len()).map(|p| ballot(p, r)).collect(),
            })
            .collect(),
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_follow_the_base_and_the_habits() {
        // Борис (p = 1), price (c = 0), us (s = 0), round 1: (1 + 0 + 0) % 3 = 1 → −1;
        // 5 − 1 + 3 (halo) = 7. Round 2: −1 / 2 = 0 in integers, halo 1 → 6.
        assert_eq!(rating(1, 0, 0, 0), Some(7));
        assert_eq!(rating(1, 0, 0, 1), Some(6));
        // Дарья (p = 4), quality (c = 4), rival 1: (4 + 8 + 3) % 3 = 0 → +1; horns push
        // the others up by 1: 6 + 1 + 1 = 8.
        assert_eq!(rating(4, 4, 1, 0), Some(8));
        // Вера does not know the EDO of Регион-Смесь.
        assert_eq!(rating(2, 7, 3, 0), None);
        // Clamped: Борис, tech support (9) for us: (1 + 10 + 0) % 3 = 2 → 0; 9 + 3 = 12 → 10.
        assert_eq!(rating(1, 5, 0, 0), Some(10));
    }

    #[test]
    fn the_session_has_ten_criteria_worth_one_hundred_points() {
        let w = &workshops()[0];
        assert_eq!(w.criteria.len(), 10);
        let total: Decimal = w.criteria.iter().map(|k| k.importance).sum();
        assert_eq!(total, Decimal::from(100));
        assert_eq!(w.rounds.len(), 2);
        assert!(w.rounds.iter().all(|r| r.ballots.len() == 6));
    }
}
