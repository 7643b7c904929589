//! Words in CSV cells: a client's status and yes/no flags, in Russian or English.

use crate::engine::model::ClientStatus;

/// Lower case, `ё` as `е`, surrounding whitespace and a final full stop removed.
fn normalise(cell: &str) -> String {
    let text = cell.trim().to_lowercase().replace('ё', "е");
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
