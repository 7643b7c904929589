//! The demo consumption potential (2027–2031) and our relative strength per client.
//!
//! Each row gives the client's volume in the first year of the horizon and how it
//! grows; the five yearly entries, with their Russian `basis`, are derived from it:
//! - developers and contractors: housing commissioned (тыс. м²) × our category's
//!   materials per m² (₽/м²: dry mixes, insulation, roofing, facade systems);
//! - retail chains: the chain's purchases of our category (млн ₽/год);
//! - industry: the repair and insulation programme (млн ₽/год).
//!
//! The share we can attain moves linearly from the first to the last year (prospects
//! start near zero and rise), the margin rate stays the same.

use super::dec;
use crate::engine::locale::{format_decimal, Locale};
use crate::engine::model::Client;
use crate::engine::money::{round, Money, Rate};
use crate::engine::potential::PotentialYear;
use rust_decimal::Decimal;

/// How the consumption of a row is estimated.
#[derive(Clone, Copy)]
enum Kind {
    /// Housing commissioned, тыс. м², × materials of our category, ₽ per m².
    Housing(i64),
    /// A retail chain's purchases of our category, млн ₽ per year.
    Retail,
    /// An industrial repair and insulation programme, млн ₽ per year.
    Plant,
}

use Kind::{Housing as H, Plant as P, Retail as R};

/// One row: client id, kind, volume in the first year (тыс. м² or млн ₽), growth %
/// per year, attainable share % in the first and in the last year, margin rate %,
/// relative strength (our rating ÷ the best competitor's; `None` = not assessed yet).
type Row = (
    u32,
    Kind,
    i64,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
);

#[rustfmt::skip]
const ROWS: [Row; 35] = [
    (1, H(2650), 310, "6", "34", "38", "19", Some("1.25")),
    // «ДомМастер»: huge purchases, but at the chain's terms the margin is 2 %.
    (2, R, 1320, "3", "36", "36", "2", Some("0.95")),
    // «Столичный горизонт»: finishing old projects, the programme shrinks by a fifth a year.
    (3, H(2800), 62, "-20", "70", "50", "4", Some("0.8")),
    (4, H(2800), 140, "4", "42", "45", "16", Some("1.1")),
    (5, H(2550), 240, "8", "23", "30", "18", Some("1.05")),
    (6, R, 260, "2", "37", "35", "8", Some("0.9")),
    // The hidden gem: 360 тыс. м² a year growing 14 %, we hold 0.5 % today.
    (7, H(2600), 360, "14", "0.5", "26", "26", Some("1.2")),
    // The top prospect: the largest housing plan; nobody has rated us there yet.
    (8, H(2900), 540, "9", "6", "38", "23", None),
    (9, H(2600), 150, "10", "0", "15", "20", Some("0.85")),
    (10, H(2700), 120, "5", "0", "8", "17", None),
    (11, H(2500), 280, "12", "0", "20", "21", Some("0.9")),
    (12, R, 520, "6", "0", "10", "14", None),
    (13, P, 48, "3", "0", "25", "27", Some("1.3")),
    (14, H(2600), 110, "6", "0", "5", "15", None),
    (15, H(2400), 40, "-5", "0", "5", "12", Some("0.7")),
    (16, H(3000), 70, "6", "0", "18", "19", Some("0.75")),
    (17, H(2600), 130, "5", "21", "28", "21", Some("1.15")),
    (18, H(2500), 75, "9", "22", "30", "18", Some("1.05")),
    (19, H(2600), 95, "3", "23", "25", "15", Some("0.95")),
    (20, R, 210, "7", "16", "22", "23", Some("1.1")),
    (21, R, 230, "10", "21", "28", "25", Some("1.35")),
    (22, H(2600), 115, "12", "9", "22", "22", Some("1.2")),
    (23, H(2500), 55, "-3", "14", "12", "14", Some("0.8")),
    (24, H(2500), 170, "11", "9", "20", "19", Some("1")),
    (25, P, 38, "2", "34", "40", "30", Some("1.4")),
    (26, P, 26, "-2", "32", "35", "27", Some("1.25")),
    (27, R, 72, "5", "21", "26", "28", Some("1.3")),
    (28, H(3100), 90, "6", "19", "30", "13", Some("0.9")),
    (29, H(2500), 190, "14", "5", "16", "17", Some("0.85")),
    (30, H(2500), 210, "7", "12", "18", "16", Some("0.95")),
    (31, H(2600), 35, "8", "11", "18", "22", Some("1.2")),
    (32, R, 175, "-3", "16", "14", "11", Some("0.7")),
    (33, H(2500), 22, "3", "11", "13", "24", Some("1")),
    (34, H(2600), 120, "7", "14", "22", "20", Some("1.1")),
    (35, P, 64, "4", "27", "30", "11", Some("0.85")),
];

/// Fills `potential` (one entry per year from `start_year`, `years` entries) and
/// `relative_strength` of every client listed in [`ROWS`].
pub(super) fn fill(clients: &mut [Client], start_year: i32, years: u32) {
    for &(id, kind, volume, growth, share0, share1, margin, strength) in &ROWS {
        let Some(client) = clients.iter_mut().find(|c| c.id.0 == id) else {
            continue;
        };
        client.potential = potential(
            kind, volume, growth, share0, share1, margin, start_year, years,
        );
        client.relative_strength = strength.map(dec);
    }
}

#[allow(clippy::too_many_arguments)]
fn potential(
    kind: Kind,
    volume: i64,
    growth: &str,
    share0: &str,
    share1: &str,
    margin: &str,
    start_year: i32,
    years: u32,
) -> Vec<PotentialYear> {
    let growth = Decimal::ONE + dec(growth) / Decimal::ONE_HUNDRED;
    let (share0, share1) = (dec(share0), dec(share1));
    let steps = Decimal::from(years.saturating_sub(1).max(1));
    let mut volume = Decimal::from(volume);
    (0..years)
        .map(|t| {
            if t > 0 {
                volume = round(volume * growth, 0);
            }
            let n = |d: Decimal| format_decimal(d, 0, 2, Locale::Ru);
            let (consumption, basis) = match kind {
                Kind::Housing(per_m2) => (
                    volume * Decimal::from(1000 * per_m2),
                    format!(
                        "ввод {} тыс. м² × {} ₽/м² (смеси, утеплитель, кровля, фасад)",
                        n(volume),
                        n(Decimal::from(per_m2))
                    ),
                ),
                Kind::Retail => (
                    volume * Decimal::from(1_000_000),
                    format!("закупки категории сетью {} млн ₽/год", n(volume)),
                ),
                Kind::Plant => (
                    volume * Decimal::from(1_000_000),
                    format!(
                        "ремонтная программа {} млн ₽/год: изоляция, смеси",
                        n(volume)
                    ),
                ),
            };
            let share = share0 + (share1 - share0) * Decimal::from(t) / steps;
            PotentialYear {
                year: start_year + t as i32,
                consumption: Money(consumption),
                basis,
                attainable_share: Rate::from_percent(round(share, 2)),
                margin_rate: Rate::from_percent(dec(margin)),
            }
        })
        .collect()
}
