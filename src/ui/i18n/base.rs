//! Messages of the «База клиентов» tab (grid, CSV import and export).
//!
//! A catalogue of its own because this part is a module loaded on demand
//! (`src/ui/lazy.rs`): the splitter moves a catalogue's texts with the one function
//! that reads them, so texts in a catalogue the shell also reads stay in the first load.

use crate::engine::locale::Locale;

super::messages::catalogue! {
    /// A message of the «База клиентов» tab (grid, CSV import and export).
    Gm;

    Search => "Поиск по названию, сегменту, региону", "Search by name, segment, region";
    AllSegments => "все сегменты", "all segments";
    AllStatuses => "все статусы", "all statuses";
    AllClasses => "все классы", "all classes";
    AddClient => "Добавить клиента", "Add a client";
    NewClient => "Новый клиент", "New client";
    DeleteClient => "Удалить клиента", "Delete client";
    Deleted => "удалён. Вернуть — Ctrl+Z или «Отменить».", "deleted. Ctrl+Z or Undo brings it back.";
    Shown => "Показано", "Shown";
    Actions => "Действия", "Actions";
    GridHint => "Правка прямо в таблице: Enter или ↓ — та же колонка в следующей строке, ↑ — в предыдущей, Tab — по строке. Заголовок столбца сортирует.",
        "Edit right in the table: Enter or ↓ goes to the same column in the next row, ↑ to the previous one, Tab along the row. A column header sorts.";
    ExportRanking => "Скачать рейтинг (CSV)", "Download the ranking (CSV)";
    ExportRankingXlsx => "Скачать рейтинг (Excel)", "Download the ranking (Excel)";
    XlsxNotLoaded => "модуль записи Excel не загрузился (нет сети или приложение обновилось): перезагрузите страницу", "the Excel writer did not load (offline, or the app was updated): reload the page";
    XlsxFailed => "не удалось записать файл Excel", "the Excel file could not be written";
    RankingFile => "рейтинг", "ranking";
    DownloadFailed => "браузер не дал скачать файл", "the browser refused the download";
    CsvTitle => "Импорт клиентов из CSV", "Import clients from CSV";
    CsvPick => "CSV-файл с клиентами", "CSV file with clients";
    CsvDrop => "Выберите файл или перетащите его сюда: выгрузка Excel («CSV UTF-8» или «CSV (разделители — точка с запятой)») или 1С, в UTF-8 или Windows-1251.",
        "Choose a file or drop it here: an Excel export (CSV UTF-8 or plain CSV) or a 1C export, in UTF-8 or Windows-1251.";
    CsvTooLarge => "Файл больше 48 МБ.", "The file is larger than 48 MB.";
    CsvUnreadable => "Не удалось прочитать файл.", "The file could not be read.";
    CsvEncoding => "кодировка", "encoding";
    CsvRows => "строк с данными:", "data rows:";
    Separator => "Разделитель", "Separator";
    SepSemicolon => "точка с запятой (;)", "semicolon (;)";
    SepTab => "табуляция", "tab";
    SepComma => "запятая (,)", "comma (,)";
    CsvMapHint => "Что содержит каждый столбец (подобрано по заголовкам — проверьте) и первые 5 строк:",
        "What each column holds (guessed from the headers — check it) and the first 5 rows:";
    CsvColumn => "Столбец", "Column";
    CsvIgnore => "не импортировать", "do not import";
    CsvGo => "Импортировать", "Import";
    CsvNoName => "Укажите, в каком столбце название клиента.", "Choose the column that holds the client name.";
    CsvNothing => "В файле нет строк с клиентами.", "The file has no client lines.";
    CsvProblems => "Ошибок:", "Problems:";
    CsvRejected => "Строк с ошибками (их не импортировать):", "Lines with problems (not imported):";
    CsvImportGood => "Импортировать строки без ошибок", "Import the lines without problems";
    CsvImported => "Импортировано клиентов:", "Clients imported:";
    CsvUndo => "Отменить импорт — Ctrl+Z.", "Ctrl+Z undoes the import.";
    CsvLine => "строка", "line";
    PEmptyName => "нет названия клиента", "no client name";
    PTooLong => "длиннее 200 символов", "longer than 200 characters";
    PNumber => "не число", "not a number";
    PTwoSeparators => "два десятичных разделителя", "two decimal separators";
    PTooLarge => "слишком большое число", "number too large";
    PNegative => "не может быть отрицательной", "must not be negative";
    PMargin => "должна быть от −100 % до 100 %", "must be between −100 % and 100 %";
    PStatus => "неизвестный статус (текущий, потенциальный или бывший)", "unknown status (current, prospect or former)";
    PYesNo => "ожидается «да» или «нет»", "expected yes or no";
    PExtra => "ячеек больше, чем столбцов: разделитель внутри текста без кавычек?", "more cells than columns: a separator inside unquoted text?";
    PNoId => "не осталось свободных номеров клиентов", "no free client id left";
    ClientsTable => "Клиентская база", "Client base";
    ColName => "Клиент", "Client";
    ColSegment => "Сегмент", "Segment";
    ColStatus => "Статус", "Status";
    ColRegion => "Регион", "Region";
    ColRevenue => "Выручка за 12 мес.", "Revenue, last 12 months";
    ColMargin => "Валовая маржа", "Gross margin";
    StatusCurrent => "текущий", "current";
    StatusProspect => "потенциальный", "prospect";
    StatusFormer => "бывший", "former";
    VipMark => "VIP", "VIP";
    TotalRevenue => "Выручка всего", "Total revenue";
    ProspectsCount => "Потенциальных клиентов", "Prospects";
}
