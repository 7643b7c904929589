//! Which client field each CSV column fills, suggested from the header texts.

use crate::engine::model::{Criterion, CriterionId};

/// What a CSV column is imported into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// The column is not imported.
    Ignore,
    /// The client's name (required).
    Name,
    /// Market segment.
    Segment,
    /// Current, prospect or former (see [`super::parse_status`]).
    Status,
    /// The VIP flag (see [`super::parse_yes_no`]).
    Vip,
    /// Region or city.
    Region,
    /// Revenue over the last twelve months, in the workspace currency.
    Revenue,
    /// Gross margin on that revenue, a percentage or a fraction (see [`super::parse_rate`]).
    GrossMargin,
    /// The measured value of a profile criterion, in its unit.
    Criterion(CriterionId),
}

/// Header texts (normalised as by `words`) that suggest each field. A header matches
/// when its words begin with one of these, so «Выручка, руб.» is revenue and
/// «Наименование клиента» a name.
const SYNONYMS: &[(Target, &[&str])] = &[
    (
        Target::Name,
        &[
            "наименование",
            "название",
            "клиент",
            "контрагент",
            "компания",
            "организация",
            "name",
            "client",
            "customer",
            "company",
            "account",
        ],
    ),
    (Target::Segment, &["сегмент", "segment"]),
    (Target::Status, &["статус", "status"]),
    (Target::Vip, &["vip", "вип"]),
    (Target::Region, &["регион", "город", "region", "city"]),
    (
        Target::Revenue,
        &[
            "выручка",
            "оборот",
            "продажи",
            "revenue",
            "sales",
            "turnover",
        ],
    ),
    (
        Target::GrossMargin,
        &[
            "валовая маржа",
            "маржа",
            "маржинальность",
            "рентабельность",
            "gross margin",
            "margin",
        ],
    ),
];

/// Words of a money amount: a header with one of them is not a margin rate.
const MONEY_WORDS: &[&str] = &["руб", "рублей", "₽", "rub", "тыс", "млн"];

/// The words of `text`: lower case, `ё` as `е`, split at anything that is not a letter
/// or digit (`₽` is kept as a word).
fn words(text: &str) -> Vec<String> {
    super::words::lower_case(text)
        .replace('ё', "е")
        .split(|c: char| !(c.is_alphanumeric() || c == '₽'))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// True when the words of `header` begin with the words of `phrase`.
fn starts_with_phrase(header: &[String], phrase: &str) -> bool {
    let phrase = words(phrase);
    !phrase.is_empty()
        && header.len() >= phrase.len()
        && header.iter().zip(&phrase).all(|(h, p)| h == p)
}

/// The target suggested for one header, before duplicates are removed. `criteria`
/// holds each criterion's id with the words of its name, and of its name and unit.
fn suggest_one(header: &str, criteria: &[(CriterionId, Vec<String>, Vec<String>)]) -> Target {
    let h = words(header);
    if h.is_empty() {
        return Target::Ignore;
    }
    // A criterion's exact name (case, ё/е and punctuation aside), optionally followed
    // by its unit: «Объём ввода жилья», «Объём ввода жилья, тыс. м²/год».
    for (id, name, with_unit) in criteria {
        if !name.is_empty() && (&h == name || &h == with_unit) {
            return Target::Criterion(*id);
        }
    }
    for (target, phrases) in SYNONYMS {
        if phrases.iter().any(|p| starts_with_phrase(&h, p)) {
            let money = h.iter().any(|w| MONEY_WORDS.contains(&w.as_str()));
            if *target == Target::GrossMargin && money {
                continue;
            }
            return *target;
        }
    }
    Target::Ignore
}

/// Suggests a target for every column from its header text, matched without regard
/// to case, `ё`/`е` and punctuation:
///
/// * a criterion's name, alone or followed by its unit, → that criterion;
/// * a header beginning with «Наименование», «Название», «Клиент», «Контрагент» (1C),
///   «Компания», «Организация», name, client, customer, company, account → name;
///   «Сегмент», segment → segment; «Статус», status → status; «VIP», «ВИП» → VIP;
///   «Регион», «Город», region, city → region; «Выручка», «Оборот», «Продажи»,
///   revenue, sales, turnover → revenue; «Валовая маржа», «Маржа»,
///   «Маржинальность», «Рентабельность», gross margin, margin → gross margin, unless
///   the header names money («Маржа, руб.»: an amount, not a rate);
/// * anything else → [`Target::Ignore`].
///
/// Each field and criterion is suggested for its first matching column only; later
/// matches are ignored. The result has one target per header.
pub fn suggest_mapping(headers: &[String], criteria: &[Criterion]) -> Vec<Target> {
    let criteria: Vec<_> = criteria
        .iter()
        .map(|k| {
            let with_unit = words(&format!("{} {}", k.name, k.unit));
            (k.id, words(&k.name), with_unit)
        })
        .collect();
    let mut taken: Vec<Target> = Vec::new();
    headers
        .iter()
        .map(|header| {
            let target = suggest_one(header, &criteria);
            if target == Target::Ignore || taken.contains(&target) {
                Target::Ignore
            } else {
                taken.push(target);
                target
            }
        })
        .collect()
}
