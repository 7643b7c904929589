//! The demo key-client profile: twelve measurable criteria and one that is not.

use crate::engine::model::{Band, Criterion, CriterionId, Direction, Gate, Scale};
use rust_decimal::Decimal;

use Direction::{HigherIsBetter as UP, LowerIsBetter as DOWN};

/// How a demo criterion scores, in whole numbers of its unit.
enum S {
    /// Not measurable yet (no scale).
    No,
    /// Linear between two anchors, `low < high`.
    Lin(i64, i64),
    /// Bands `(from, score)` in ascending order of `from`.
    Bands(&'static [(i64, i64)]),
}

/// One row: id, name, how measured, source, unit, direction, scale, weight, gate maximum.
type Row = (
    u32,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Direction,
    S,
    i64,
    Option<i64>,
);

/// The profile. Weights of the measurable criteria add up to 100; the last criterion
/// («Известность бренда на рынке») has no unit and no scale on purpose, so that the
/// app can show how it flags a criterion that cannot be measured.
#[rustfmt::skip]
const ROWS: [Row; 13] = [
    (1, "Объём ввода жилья",
        "План ввода жилья на ближайший год по проектным декларациям; для подрядчиков — по заключённым генподрядам, для сетей — ввод в регионах присутствия × доля сети на рынке ремонта",
        "ЕРЗ.РФ, наш.дом.рф, сайт застройщика, интервью с клиентом",
        "тыс. м²/год", UP, S::Lin(0, 400), 16, None),
    (2, "Плановый объём закупок нашей категории",
        "Годовой бюджет закупок сухих смесей, теплоизоляции, кровли и фасадных систем у всех поставщиков",
        "Тендерная документация, интервью с директором по закупкам",
        "млн ₽/год", UP, S::Lin(0, 1000), 16, None),
    (3, "Рост программы строительства",
        "Изменение плана ввода к прошлому году (для сетей и заводов — изменение выручки)",
        "Годовой отчёт, ЕРЗ.РФ, пресс-релизы",
        "%/год", UP, S::Lin(-10, 30), 8, None),
    (4, "Количество объектов в работе",
        "Строящиеся корпуса с разрешением на строительство; для сетей и заводов — магазины и площадки, где используется наша продукция",
        "наш.дом.рф, CRM",
        "шт.", UP, S::Bands(&[(0, 0), (2, 25), (5, 50), (10, 80), (20, 100)]), 6, None),
    (5, "Расстояние до нашего склада",
        "По автодороге от ближайшего нашего склада (Подольск, Шушары, Казань, Самара, Екатеринбург, Ростов-на-Дону) до основной площадки клиента",
        "Яндекс Карты, адреса объектов из CRM",
        "км", DOWN, S::Lin(0, 1000), 5, None),
    (6, "Долговая нагрузка",
        "Чистый долг / EBITDA по последней годовой отчётности; выше 5 — клиент не может быть ключевым",
        "СПАРК-Интерфакс, ГИР БО",
        "Долг/EBITDA", DOWN, S::Lin(0, 6), 8, Some(5)),
    (7, "Просроченная дебиторская задолженность",
        "Средняя просрочка оплаты за последние 6 месяцев (для потенциальных клиентов — по данным кредитного бюро); больше 60 дней — клиент не может быть ключевым",
        "1С: Управление торговлей, СПАРК",
        "дней", DOWN, S::Lin(0, 90), 8, Some(60)),
    (8, "Готовность к долгосрочному договору",
        "0 — только разовые закупки; 1 — обсуждает рамочный договор на год; 2 — готов к договору на 2 года и более с объёмами",
        "Оценка КАМа после встречи с ЛПР",
        "балл 0–2", UP, S::Bands(&[(0, 0), (1, 50), (2, 100)]), 8, None),
    (9, "Уровень доступа к ЛПР",
        "0 — нет контакта; 1 — менеджер по закупкам; 2 — директор по закупкам или главный инженер; 3 — собственник или генеральный директор",
        "CRM: карта контактов",
        "уровень 0–3", UP, S::Bands(&[(0, 0), (1, 30), (2, 70), (3, 100)]), 7, None),
    (10, "Доля нашей продукции в закупках категории",
        "Наша выручка с клиента за 12 месяцев / его закупки категории за тот же период",
        "1С, интервью с клиентом",
        "%", UP, S::Lin(0, 60), 6, None),
    (11, "Спецификация наших систем в проектах",
        "Доля проектов клиента, в рабочей документации которых заложены наши системы",
        "Проектная документация, технический отдел",
        "% проектов", UP, S::Lin(0, 80), 7, None),
    (12, "Требуемая отсрочка платежа",
        "Отсрочка, на которой клиент настаивает в переговорах",
        "Договор, протоколы переговоров",
        "дней", DOWN, S::Lin(0, 120), 5, None),
    // Deliberately not measurable: no unit, no scale, weight 0 — the app flags it.
    (13, "Известность бренда на рынке",
        "Насколько клиента знают на рынке",
        "Мнение отдела продаж",
        "", UP, S::No, 0, None),
];

/// The criteria of the demo profile, ids 1–13.
pub(super) fn criteria() -> Vec<Criterion> {
    ROWS.iter()
        .map(
            |(id, name, measure, source, unit, direction, scale, weight, gate)| Criterion {
                id: CriterionId(*id),
                name: (*name).to_owned(),
                measure: (*measure).to_owned(),
                source: (*source).to_owned(),
                unit: (*unit).to_owned(),
                direction: *direction,
                scale: match scale {
                    S::No => Scale::None,
                    S::Lin(low, high) => Scale::Linear {
                        low: Decimal::from(*low),
                        high: Decimal::from(*high),
                    },
                    S::Bands(bands) => Scale::Bands {
                        bands: bands
                            .iter()
                            .map(|&(from, score)| Band {
                                from: Decimal::from(from),
                                score: Decimal::from(score),
                            })
                            .collect(),
                    },
                },
                weight: Decimal::from(*weight),
                gate: gate.map(|max| Gate {
                    min: None,
                    max: Some(Decimal::from(max)),
                }),
            },
        )
        .collect()
}
