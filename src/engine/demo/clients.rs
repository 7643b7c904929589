//! The demo client base: 35 clients of a building-materials supplier.

use super::dec;
use crate::engine::model::{Client, ClientId, ClientStatus, CriterionId};
use crate::engine::money::{Money, Rate};
use crate::engine::profitability::CostToServe;

const CUR: ClientStatus = ClientStatus::Current;
const PRO: ClientStatus = ClientStatus::Prospect;
const FOR: ClientStatus = ClientStatus::Former;

const DEV: &str = "Девелопер";
const CON: &str = "Подрядчик";
const RET: &str = "Розничная сеть";
const IND: &str = "Промышленность";

/// One row: id, name, segment, status, VIP, region, revenue ₽ (12 months), gross margin %,
/// then the values of the measurable criteria 1–12, separated by spaces, in this order:
/// ввод жилья тыс. м²/год · закупки категории млн ₽/год · рост %/год · объекты шт. ·
/// расстояние км · Долг/EBITDA · просрочка дней · договор 0–2 · ЛПР 0–3 · наша доля % ·
/// спецификация % · отсрочка дней.
type Row = (
    u32,
    &'static str,
    &'static str,
    ClientStatus,
    bool,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

#[rustfmt::skip]
const ROWS: [Row; 35] = [
    // A VIP that is also key: large, growing, pays on time, we are in its specifications.
    (1, "ГК «Северный квартал»", DEV, CUR, true, "Москва", "286_417_950", "21.8",
        "310 820 12 14 38 2.1 9 2 3 34.9 45 45"),
    // Story 1, «VIP, но убыточный»: the famous chain with the largest revenue of the base
    // and a negative gross margin — deep list discounts, retro bonuses, paid shelf space.
    (2, "Сеть «ДомМастер»", RET, CUR, true, "Москва", "478_362_410", "-3.5",
        "180 1320 4 64 52 3.4 21 1 1 36.2 18 90"),
    // Story 2, «переоценённый VIP»: a famous brand developer, big revenue from finishing
    // old projects, a 4.1 % margin, a shrinking programme, debt and overdue receivables
    // beyond both knock-out gates (Долг/EBITDA 5.6 > 5, 84 days > 60).
    (3, "ГК «Столичный горизонт»", DEV, CUR, true, "Москва", "312_584_730", "4.1",
        "62 240 -22 4 45 5.6 84 0 1 78 12 120"),
    (4, "СК «Монолит-Строй»", CON, CUR, true, "Московская обл.", "164_208_330", "17.6",
        "140 390 9 11 27 2.8 17 2 2 42.1 30 60"),
    (5, "ГК «Невская линия»", DEV, CUR, true, "Санкт-Петербург", "138_955_120", "19.3",
        "240 610 15 12 22 3.1 12 1 2 22.8 38 45"),
    // A mediocre VIP: a regional roofing retailer, thin margin, overdue close to the gate.
    (6, "ТД «Кровля Поволжья»", RET, CUR, true, "Самара", "97_436_880", "9.7",
        "45 260 2 18 14 4.2 47 1 1 37.5 8 75"),
    // Story 3, «скрытый бриллиант»: 4.7 млн ₽ of revenue today, but one of the largest
    // housing plans in the base, fast growth, no debt problems and access to the owner.
    (7, "СЗ «Камская долина»", DEV, CUR, false, "Казань", "4_718_300", "27.4",
        "360 940 26 17 46 1.6 0 2 3 0.5 35 30"),
    // Story 4: a prospect we sell nothing to yet, with the highest potential of the base
    // (largest housing plan and category purchases).
    (8, "ГК «Уральская застройка»", DEV, PRO, false, "Екатеринбург", "0", "0",
        "540 1560 24 23 57 2.4 0 1 2 0 20 60"),
    (9, "ГК «Волжская гавань»", DEV, PRO, false, "Нижний Новгород", "0", "0",
        "150 395 14 8 395 2.9 0 1 1 0 10 45"),
    (10, "СК «Сибстройинвест»", CON, PRO, false, "Новосибирск", "0", "0",
        "120 330 6 9 1610 3.7 12 0 1 0 5 90"),
    (11, "ГК «Кубань-Девелопмент»", DEV, PRO, false, "Краснодар", "0", "0",
        "280 700 18 15 268 2.2 0 1 2 0 15 60"),
    (12, "Сеть «Стройландия»", RET, PRO, false, "Екатеринбург", "0", "0",
        "90 520 7 34 24 1.9 0 1 1 0 0 75"),
    (13, "Завод «ТеплоМаш»", IND, PRO, false, "Самара", "0", "0",
        "0 48 3 2 31 1.2 0 2 2 0 0 30"),
    // A prospect that fails the overdue gate: the credit bureau reports 67 days.
    (14, "ГК «Дон-Строй Инвест»", DEV, PRO, false, "Ростов-на-Дону", "0", "0",
        "110 285 10 7 37 4.6 67 0 0 0 0 90"),
    // Former clients: one stopped paying (112 days overdue), one left for a cheaper supplier.
    (15, "СК «Приволжье-Монтаж»", CON, FOR, false, "Казань", "1_864_250", "14.2",
        "40 95 -5 3 33 5.4 112 0 1 2 5 120"),
    (16, "ООО «ФасадИнжиниринг»", CON, FOR, false, "Санкт-Петербург", "0", "0",
        "70 210 8 6 18 2.6 0 1 2 0 25 60"),
    (17, "ГК «Петровский парк»", DEV, CUR, false, "Санкт-Петербург", "72_316_940", "22.6",
        "130 340 6 9 31 2.7 14 1 2 21.3 28 45"),
    (18, "СК «Татстройсервис»", CON, CUR, false, "Казань", "41_083_560", "18.9",
        "75 190 11 7 29 3.3 26 1 2 21.6 20 60"),
    (19, "ООО «Уралстройподряд»", CON, CUR, false, "Екатеринбург", "58_721_400", "16.4",
        "95 250 4 8 36 3.9 38 1 1 23.5 14 60"),
    (20, "Сеть «Новосёл»", RET, CUR, false, "Новосибирск", "33_512_870", "24.8",
        "60 210 9 27 1585 2.0 5 2 2 16 12 45"),
    (21, "Сеть «Мастер Юг»", RET, CUR, false, "Краснодар", "47_906_215", "26.1",
        "85 230 12 19 274 1.7 3 2 3 20.8 10 30"),
    (22, "ГК «Самарский берег»", DEV, CUR, false, "Самара", "26_415_380", "23.7",
        "115 300 16 6 26 2.5 11 1 2 8.8 32 45"),
    (23, "СК «ВолгаСтройКомплекс»", CON, CUR, false, "Нижний Новгород", "19_284_660", "15.2",
        "55 140 -3 5 402 4.4 52 0 1 13.8 8 90"),
    (24, "ГК «Ростов-Сити Девелопмент»", DEV, CUR, false, "Ростов-на-Дону", "36_870_125", "20.4",
        "170 430 13 10 21 3.0 19 1 2 8.6 24 60"),
    (25, "Завод «ПромИзол»", IND, CUR, false, "Екатеринбург", "12_946_740", "31.5",
        "0 38 2 1 19 1.1 0 2 3 34.1 60 30"),
    (26, "АО «Химпром-Сервис»", IND, CUR, false, "Нижний Новгород", "8_215_390", "28.6",
        "0 26 -2 2 418 2.3 7 1 2 31.6 45 45"),
    (27, "ООО «Кровельный центр»", RET, CUR, false, "Московская обл.", "15_438_905", "29.3",
        "25 72 5 4 64 1.5 2 2 3 21.4 35 15"),
    (28, "СК «Фасад-Профи»", CON, CUR, false, "Москва", "54_093_770", "13.8",
        "90 230 7 12 41 3.5 33 1 2 23.5 52 60"),
    (29, "ГК «Сибирские кварталы»", DEV, CUR, false, "Новосибирск", "21_677_530", "18.1",
        "190 470 19 11 1630 3.2 24 1 1 4.6 18 60"),
    // Near both gates: Долг/EBITDA 4.8 and 58 days overdue.
    (30, "ГК «ЮгСтройИнвест»", DEV, CUR, false, "Краснодар", "63_148_210", "17.2",
        "210 520 8 13 281 4.8 58 1 2 12.1 22 90"),
    (31, "СК «Невский монтаж»", CON, CUR, false, "Санкт-Петербург", "9_904_615", "22.9",
        "35 90 10 4 15 2.0 6 2 3 11 40 30"),
    (32, "Сеть «СтройДвор»", RET, CUR, false, "Ростов-на-Дону", "28_340_480", "12.4",
        "50 175 -4 22 43 3.8 44 0 1 16.2 5 90"),
    // Small and stays small: contrast with the hidden gem of the same size.
    (33, "ООО «Подмосковье-Строй»", CON, CUR, false, "Московская обл.", "5_806_330", "25.5",
        "22 55 3 3 83 2.8 15 1 2 10.6 20 45"),
    (34, "ГК «Нижегородская слобода»", DEV, CUR, false, "Нижний Новгород", "44_592_860", "21.1",
        "120 310 9 8 388 2.6 10 2 2 14.4 36 45"),
    (35, "Казанский завод ЖБИ", IND, CUR, false, "Казань", "17_263_090", "11.6",
        "0 64 5 1 54 3.4 29 1 2 27 15 60"),
];

/// The demo clients, ids 1–35. `measured` lists the measurable criteria in the order of
/// the value columns of [`ROWS`]; each client gets one value per listed criterion.
pub(super) fn clients(measured: &[CriterionId]) -> Vec<Client> {
    ROWS.iter()
        .map(
            |&(id, name, segment, status, vip, region, revenue, margin, values)| Client {
                id: ClientId(id),
                name: name.to_owned(),
                segment: segment.to_owned(),
                status,
                vip,
                region: region.to_owned(),
                revenue: Money(dec(revenue)),
                gross_margin: Rate::from_percent(dec(margin)),
                values: measured
                    .iter()
                    .copied()
                    .zip(values.split_whitespace().map(dec))
                    .collect(),
                potential: Vec::new(),
                cost_to_serve: CostToServe::default(),
                relative_strength: None,
            },
        )
        .collect()
}
