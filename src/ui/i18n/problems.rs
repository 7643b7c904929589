//! Validation problems in the interface language: a field label and what is wrong.

use super::Msg;
use crate::engine::locale::Locale;
use crate::engine::model::{Item, ProblemKind};

/// The label of the field at `path` as the user knows it, or the path itself.
pub fn field_label(path: &str, locale: Locale) -> String {
    let msg = match path {
        "name" => Msg::FieldWorkspaceName,
        "company.name" => Msg::FieldCompany,
        "company.kam_count" => Msg::FieldKamCount,
        "company.accounts_per_kam" => Msg::FieldAccountsPerKam,
        "settings.currency" => Msg::FieldCurrency,
        "settings.start_year" => Msg::FieldStartYear,
        "settings.horizon_years" => Msg::FieldHorizon,
        "settings.discount_rate" => Msg::FieldDiscountRate,
        other => return other.to_owned(),
    };
    msg.text(locale).to_owned()
}

/// What is wrong, in words.
pub fn problem_text(kind: &ProblemKind, locale: Locale, percent: bool) -> String {
    let ru = locale == Locale::Ru;
    let num = |d: rust_decimal::Decimal| {
        let d = if percent {
            d * rust_decimal::Decimal::ONE_HUNDRED
        } else {
            d
        };
        crate::engine::locale::format_decimal(d, 0, 6, locale)
    };
    match kind {
        ProblemKind::Empty => Msg::ErrEmpty.text(locale).to_owned(),
        ProblemKind::TooLong { max } if ru => format!("не длиннее {max} символов"),
        ProblemKind::TooLong { max } => format!("at most {max} characters"),
        ProblemKind::Negative if ru => "не может быть отрицательным".to_owned(),
        ProblemKind::Negative => "cannot be negative".to_owned(),
        ProblemKind::OutOfRange { min, max } if ru => {
            format!("допустимо от {} до {}", num(*min), num(*max))
        }
        ProblemKind::OutOfRange { min, max } => {
            format!("allowed from {} to {}", num(*min), num(*max))
        }
        ProblemKind::InvalidCurrency if ru => {
            "нужен трёхбуквенный код ISO латиницей, например RUB".to_owned()
        }
        ProblemKind::InvalidCurrency => "needs a three-letter ISO code, e.g. RUB".to_owned(),
        ProblemKind::DuplicateId { id } if ru => format!("идентификатор {id} повторяется"),
        ProblemKind::DuplicateId { id } => format!("id {id} is used twice"),
        ProblemKind::UnknownCriterion { id } if ru => {
            format!("нет критерия с идентификатором {id}")
        }
        ProblemKind::UnknownCriterion { id } => format!("no criterion with id {id}"),
        ProblemKind::AnchorsNotOrdered if ru => {
            "нижняя граница шкалы должна быть меньше верхней".to_owned()
        }
        ProblemKind::AnchorsNotOrdered => "the low anchor must be below the high one".to_owned(),
        ProblemKind::NoBands if ru => "нужен хотя бы один диапазон".to_owned(),
        ProblemKind::NoBands => "needs at least one band".to_owned(),
        ProblemKind::BandsNotAscending if ru => "пороги диапазонов должны возрастать".to_owned(),
        ProblemKind::BandsNotAscending => "band thresholds must increase".to_owned(),
        ProblemKind::GateInvalid if ru => {
            "у отсекающего условия нужен минимум не больше максимума".to_owned()
        }
        ProblemKind::GateInvalid => "the gate needs a minimum not above its maximum".to_owned(),
        ProblemKind::ZeroTotalWeight if ru => "сумма весов критериев равна нулю".to_owned(),
        ProblemKind::ZeroTotalWeight => "criterion weights add up to zero".to_owned(),
        ProblemKind::DuplicateYear { year } if ru => format!("год {year} указан дважды"),
        ProblemKind::DuplicateYear { year } => format!("year {year} is given twice"),
        ProblemKind::ThresholdsNotOrdered if ru => {
            "порог развития не может быть выше порога ключевого клиента".to_owned()
        }
        ProblemKind::ThresholdsNotOrdered => {
            "the development threshold cannot exceed the key threshold".to_owned()
        }
        ProblemKind::NotFound { what, id } if ru => match what {
            Item::Client => format!("нет клиента с идентификатором {id}"),
            Item::Criterion => format!("нет критерия с идентификатором {id}"),
            Item::Competitor => format!("нет конкурента с идентификатором {id}"),
            Item::Workshop => format!("нет сессии с идентификатором {id}"),
            Item::Offer => format!("нет предложения с идентификатором {id}"),
        },
        ProblemKind::NotFound { what, id } => match what {
            Item::Client => format!("no client with id {id}"),
            Item::Criterion => format!("no criterion with id {id}"),
            Item::Competitor => format!("no competitor with id {id}"),
            Item::Workshop => format!("no session with id {id}"),
            Item::Offer => format!("no offer with id {id}"),
        },
        ProblemKind::TooMany { max } if ru => format!("не больше {max}"),
        ProblemKind::TooMany { max } => format!("at most {max}"),
        ProblemKind::BallotShape { criteria, subjects } if ru => {
            format!("бюллетень должен содержать оценки {criteria} критериев × {subjects} компаний")
        }
        ProblemKind::BallotShape { criteria, subjects } => {
            format!("the ballot must rate {criteria} criteria × {subjects} companies")
        }
        ProblemKind::DuplicateBallot if ru => "этот бюллетень уже добавлен".to_owned(),
        ProblemKind::DuplicateBallot => "this ballot has already been added".to_owned(),
        ProblemKind::DuplicateParticipant { name } if ru => {
            format!("бюллетень участника «{name}» в этом раунде уже есть")
        }
        ProblemKind::DuplicateParticipant { name } => {
            format!("a ballot from «{name}» is already in this round")
        }
        ProblemKind::LockedByBallots if ru => {
            "после первого бюллетеня критерии и конкуренты не меняются".to_owned()
        }
        ProblemKind::LockedByBallots => {
            "criteria and competitors are fixed once ballots exist".to_owned()
        }
        ProblemKind::MissingField { field } if ru => format!("нет обязательного поля «{field}»"),
        ProblemKind::MissingField { field } => format!("the required field `{field}` is missing"),
        ProblemKind::WrongType { detail } if ru => format!("неверный тип или значение ({detail})"),
        ProblemKind::WrongType { detail } => format!("wrong type or value ({detail})"),
    }
}

/// The problems of a refused change as one line for a notice: each path and what is
/// wrong, in the interface language.
pub fn problems_line(problems: &[crate::engine::model::Problem], locale: Locale) -> String {
    problems
        .iter()
        .map(|p| format!("{}: {}", p.path, problem_text(&p.kind, locale, false)))
        .collect::<Vec<_>>()
        .join("; ")
}
