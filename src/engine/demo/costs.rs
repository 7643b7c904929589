//! The demo cost-to-serve of every current client (same twelve months as the revenue).
//!
//! Manager and accounting hours are priced at one rate each, receivables are financed
//! at the company's cost of money; the amounts come from the tables below. Prospects
//! and former clients cost nothing to serve in the demo.

use crate::engine::model::Client;
use crate::engine::money::{Money, Rate};
use crate::engine::profitability::CostToServe;
use rust_decimal::Decimal;

/// Cost of one manager hour, ₽ (salary with taxes and overhead).
const MANAGER_RATE: i64 = 2_800;
/// Cost of one accounting hour, ₽.
const ACCOUNTING_RATE: i64 = 1_600;
/// Annual rate at which receivables are financed, %.
const FINANCING_PERCENT: i64 = 16;

/// One row, amounts in thousands of ₽: client id, logistics, transport, courier,
/// manager hours, trip expenses, accounting hours, discounts and bonuses, average
/// receivables (revenue × (payment days + overdue days) / 365).
type Row = (u32, i64, i64, i64, i64, i64, i64, i64, i64);

#[rustfmt::skip]
const ROWS: [Row; 26] = [
    (1, 3_437, 2_727, 135, 463, 280, 154, 3_437, 42_374),
    // «ДомМастер»: retro bonuses and paid shelf space (5.5 %), deliveries to every store,
    // a team of merchandisers and reconciliations every month, 111 days of receivables.
    (2, 10_046, 4_822, 180, 1_450, 180, 620, 26_310, 145_475),
    // «Столичный горизонт»: 120 days of deferral plus 84 days overdue, claims work.
    (3, 3_751, 3_063, 135, 900, 420, 380, 4_689, 174_705),
    (4, 1_970, 1_491, 105, 317, 280, 105, 1_642, 34_641),
    (5, 1_667, 1_234, 135, 286, 280, 95, 1_667, 21_700),
    (6, 1_169, 834, 180, 236, 280, 78, 2_923, 32_568),
    (7, 57, 46, 45, 125, 80, 41, 57, 388),
    (17, 868, 668, 45, 206, 80, 68, 868, 11_690),
    (18, 493, 376, 35, 169, 80, 56, 411, 9_680),
    (19, 705, 554, 35, 190, 80, 63, 587, 15_766),
    (20, 402, 1_173, 60, 160, 310, 53, 1_005, 4_591),
    (21, 575, 908, 60, 177, 80, 59, 1_437, 4_331),
    (22, 317, 239, 45, 151, 80, 50, 317, 4_053),
    (23, 231, 464, 35, 143, 310, 47, 193, 7_503),
    (24, 442, 326, 45, 164, 80, 54, 442, 7_980),
    (25, 155, 113, 25, 135, 80, 45, 65, 1_064),
    (26, 99, 203, 25, 129, 310, 43, 41, 1_170),
    (27, 185, 163, 60, 138, 80, 46, 463, 719),
    (28, 649, 521, 35, 184, 80, 61, 541, 13_783),
    (29, 260, 759, 45, 146, 310, 48, 260, 4_989),
    (30, 758, 1_215, 45, 195, 80, 65, 758, 25_605),
    (31, 119, 85, 35, 131, 80, 43, 99, 977),
    (32, 340, 275, 60, 154, 80, 51, 850, 10_404),
    (33, 70, 66, 35, 126, 80, 42, 58, 954),
    (34, 535, 1_049, 45, 173, 310, 57, 535, 6_719),
    (35, 207, 175, 25, 140, 80, 46, 86, 4_209),
];

/// Fills `cost_to_serve` of every client listed in [`ROWS`].
pub(super) fn fill(clients: &mut [Client]) {
    let k = |thousands: i64| Money(Decimal::from(thousands * 1000));
    for &(id, logistics, transport, courier, hours, trips, acc_hours, discounts, receivables) in
        &ROWS
    {
        let Some(client) = clients.iter_mut().find(|c| c.id.0 == id) else {
            continue;
        };
        client.cost_to_serve = CostToServe {
            logistics: k(logistics),
            transport: k(transport),
            courier: k(courier),
            manager_hours: Decimal::from(hours),
            manager_rate: Money(Decimal::from(MANAGER_RATE)),
            trip_expenses: k(trips),
            accounting_hours: Decimal::from(acc_hours),
            accounting_rate: Money(Decimal::from(ACCOUNTING_RATE)),
            discounts_bonuses: k(discounts),
            average_receivables: k(receivables),
            financing_rate: Rate::from_percent(Decimal::from(FINANCING_PERCENT)),
        };
    }
}
