//! Import refusals in the interface language.

use super::problem_text;
use crate::engine::format::ImportError;
use crate::engine::locale::{format_decimal, Locale};
use rust_decimal::Decimal;

/// The headline of a refusal, and the listed problems (`path: text`) if any.
pub fn import_error_text(e: &ImportError, locale: Locale) -> (String, Vec<String>) {
    let ru = locale == Locale::Ru;
    let mb = |bytes: usize| {
        let mb = Decimal::from(bytes as u64) / Decimal::from(1_000_000u32);
        format_decimal(mb, 0, 1, locale)
    };
    let headline = match e {
        ImportError::TooLarge { bytes, max } if ru => format!(
            "Файл слишком большой: {} МБ, импортировать можно не больше {} МБ.",
            mb(*bytes),
            mb(*max)
        ),
        ImportError::TooLarge { bytes, max } => format!(
            "The file is too large: {} MB; at most {} MB can be imported.",
            mb(*bytes),
            mb(*max)
        ),
        ImportError::NotJson { line, column } if ru => {
            format!("Это не JSON-файл: ошибка в строке {line}, столбце {column}.")
        }
        ImportError::NotJson { line, column } => {
            format!("This is not a JSON file: error at line {line}, column {column}.")
        }
        ImportError::NotOurFormat if ru => {
            "Это не файл рабочего пространства KAM Studio (нет поля format «kam-studio/workspace» или номера версии).".to_owned()
        }
        ImportError::NotOurFormat => {
            "This is not a KAM Studio workspace file (no format \"kam-studio/workspace\" or no version number).".to_owned()
        }
        ImportError::TooNew { found, newest } if ru => format!(
            "Файл записан более новой версией KAM Studio (формат {found}, эта версия читает до {newest}). Обновите приложение и повторите."
        ),
        ImportError::TooNew { found, newest } => format!(
            "The file was written by a newer KAM Studio (format {found}; this version reads up to {newest}). Update the app and try again."
        ),
        ImportError::MigrationFailed { from, reason } if ru => {
            format!("Не удалось преобразовать файл из версии {from}: {reason}.")
        }
        ImportError::MigrationFailed { from, reason } => {
            format!("Could not upgrade the file from version {from}: {reason}.")
        }
        ImportError::Problems { total, .. } if ru => {
            format!("В файле найдены ошибки: {total}. Исправьте их и повторите импорт.")
        }
        ImportError::Problems { total, .. } => {
            format!("The file has {total} problem(s). Fix them and import again.")
        }
    };
    let list = match e {
        ImportError::Problems { problems, total } => {
            let mut list: Vec<String> = problems
                .iter()
                .map(|p| format!("{}: {}", p.path, problem_text(&p.kind, locale, false)))
                .collect();
            if *total > problems.len() {
                let more = total - problems.len();
                list.push(if ru {
                    format!("…и ещё {more}")
                } else {
                    format!("…and {more} more")
                });
            }
            list
        }
        _ => Vec::new(),
    };
    (headline, list)
}
