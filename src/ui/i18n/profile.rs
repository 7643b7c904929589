//! Messages of the «Профиль» tab (the key-client profile editor).
//!
//! A catalogue of its own because this part is a module loaded on demand
//! (`src/ui/lazy.rs`): the splitter moves a catalogue's texts with the one function
//! that reads them, so texts in a catalogue the shell also reads stay in the first load.

use crate::engine::locale::Locale;

super::messages::catalogue! {
    /// A message of the «Профиль» tab (the key-client profile editor).
    Pm;

    Intro => "Критерии ключевого клиента: однозначные, проверяемые, измеримые. Балл клиента = Σ вес × нормированное значение (0–100) / Σ весов; клиент за отсекающим порогом не может быть ключевым.",
        "Key-client criteria: unambiguous, verifiable, quantifiable. A client's score = Σ weight × normalised value (0–100) / Σ weights; a client outside a knock-out gate cannot be key.";
    List => "Критерии профиля", "Profile criteria";
    Name => "Название", "Name";
    Measure => "Как измеряется", "How it is measured";
    Source => "Источник", "Source";
    Unit => "Единица", "Unit";
    Direction => "Направление", "Direction";
    Higher => "больше — лучше", "more is better";
    Lower => "меньше — лучше", "less is better";
    Weight => "Вес", "Weight";
    Share => "доля в сумме весов:", "share of the total weight:";
    Scale => "Нормирование", "Normalisation";
    ScaleNone => "нет шкалы", "no scale";
    ScaleLinear => "линейно между двумя значениями", "linear between two anchors";
    ScaleBands => "по диапазонам", "bands";
    Low => "Нижняя граница шкалы", "Scale low anchor";
    High => "Верхняя граница шкалы", "Scale high anchor";
    GateMin => "Отсечение, минимум", "Knock-out minimum";
    GateMax => "Отсечение, максимум", "Knock-out maximum";
    Band => "Диапазон", "Band";
    From => "от значения", "from value";
    Points => "балл", "score";
    AddBand => "Добавить диапазон", "Add a band";
    RemoveBand => "Удалить диапазон", "Remove band";
    Up => "Выше", "Up";
    Down => "Ниже", "Down";
    Duplicate => "Дублировать", "Duplicate";
    Delete => "Удалить", "Delete";
    Add => "Добавить критерий", "Add a criterion";
    NewName => "Новый критерий", "New criterion";
    Unmeasurable => "не измерим: нужны единица и шкала", "not measurable: needs a unit and a scale";
    Deleted => "Критерий удалён:", "Criterion deleted:";
    UndoHint => "Вернуть его можно кнопкой «Отменить» или Ctrl+Z.", "Bring it back with Undo or Ctrl+Z.";
    Empty => "В профиле нет критериев. Добавьте первый.", "The profile has no criteria yet. Add the first one.";
}
