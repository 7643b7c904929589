//! Words in CSV cells: a client's status and yes/no flags, in Russian or English.

use crate::engine::model::ClientStatus;

/// `text` in lower case for the letters CSV files and searches are written in: ASCII
/// and Cyrillic (А–Я, Ё and the other letters of U+0400–U+042F); every other character
/// is kept as it is. It stands in for `str::to_lowercase`, whose Unicode case tables
/// would add ≈ 10 KB to the wasm bundle.
pub fn lower_case(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50).unwrap_or(c),
            'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Lower case, `ё` as `е`, surrounding whitespace and a final full stop removed.
fn normalise(cell: &str) -> String {
    let text = lower_case(cell.trim()).replace('ё', "е");
    text.strip_suffix('.')
        .unwrap_or(&text)
        .trim_end()
        .to_owned()
}

/// Reads a client status: an empty cell is [`ClientStatus::Current`];
/// «текущий», «действующий», «активный», «current», «active» are current;
/// «потенциальный», «перспективный», «prospect», «potential» are prospects;
/// «бывший», «ушедший», «former», «lost» are former (any case; `None` otherwise).
pub fn parse_status(cell: &str) -> Option<ClientStatus> {
    match normalise(cell).as_str() {
        "" | "текущий" | "действующий" | "активный" | "current" | "active" => {
            Some(ClientStatus::Current)
        }
        "потенциальный" | "перспективный" | "prospect" | "potential" => {
            Some(ClientStatus::Prospect)
        }
        "бывший" | "ушедший" | "former" | "lost" => Some(ClientStatus::Former),
        _ => None,
    }
}

/// Reads a yes/no flag: «да», «yes», «y», «1», «true», «истина» (Russian Excel's TRUE),
/// «+», «vip» are yes; «нет», «no», «n», «0», «false», «ложь», «-» and an empty cell
/// are no (any case; `None` otherwise).
pub fn parse_yes_no(cell: &str) -> Option<bool> {
    match normalise(cell).as_str() {
        "да" | "yes" | "y" | "1" | "true" | "истина" | "+" | "vip" | "вип" => Some(true),
        "" | "нет" | "no" | "n" | "0" | "false" | "ложь" | "-" | "\u{2212}" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::lower_case;

    #[test]
    fn lower_case_covers_latin_and_cyrillic() {
        assert_eq!(lower_case("ДОЛГОВАЯ Нагрузка, ЁЖ"), "долговая нагрузка, ёж");
        assert_eq!(lower_case("Gross MARGIN %"), "gross margin %");
        assert_eq!(lower_case("ЇЖАК Ў Є І Ѓ Џ"), "їжак ў є і ѓ џ");
        assert_eq!(lower_case("м² ₽ № «»"), "м² ₽ № «»");
        let all: String = ('А'..='Я').collect();
        assert_eq!(lower_case(&all), ('а'..='я').collect::<String>());
    }
}
