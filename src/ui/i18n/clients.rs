//! Messages of «Клиенты и портфель» (its own catalogue, so the views of the section
//! can grow without touching the shell's).

use crate::engine::locale::Locale;

super::messages::catalogue! {
    /// A message of the clients & portfolio section.
    Cm;

    TabsLabel => "Разделы клиентского портфеля", "Client portfolio views";
    TabRanking => "Рейтинг", "Ranking";
    TabProfile => "Профиль", "Profile";
    TabBase => "База клиентов", "Client base";
    TabCard => "Карточка клиента", "Client card";
    TabBias => "Проверка перекосов", "Bias check";
    TabProfit => "Рентабельность", "Profitability";
    TabMatrix => "Портфельная матрица", "Portfolio matrix";
    NoClients => "В этом пространстве пока нет клиентов. Добавьте их на вкладке «База клиентов» или импортируйте CSV.",
        "This workspace has no clients yet. Add them on the Client base tab or import a CSV file.";

    ChecksLabel => "Проверки портфеля", "Portfolio checks";
    KeyCount => "Ключевых клиентов:", "Key clients:";
    Of => "из", "of";
    ParetoOk => "В пределах правила Парето (не более 20 % базы).", "Within the Pareto rule (at most 20 % of the base).";
    ParetoWarn => "Больше 20 % базы: если ключевые все, ключевых нет. Поднимите порог или сократите список.",
        "More than 20 % of the base: when everyone is key, no one is. Raise the threshold or shorten the list.";
    Capacity => "Команда КАМ может вести ключевых клиентов:", "Key accounts the KAM team can serve:";
    CapacityOk => "Ключевых не больше, чем команда может вести.", "No more key clients than the team can serve.";
    CapacityWarn => "Ключевых больше, чем команда может вести: нужны ещё КАМы или меньше ключевых.",
        "More key clients than the team can serve: add KAMs or name fewer key clients.";
    Unmeasurable => "Критерии без единицы измерения или шкалы (не измеримы, в балле не участвуют):",
        "Criteria without a unit or scale (not measurable, not in the score):";

    RankingTable => "Рейтинг клиентов", "Client ranking";
    ColRankNum => "#Место", "#Rank";
    ColClient => "Клиент", "Client";
    ColClass => "Класс", "Class";
    ColScore => "Балл", "Score";
    ColScoreNum => "#Балл", "#Score";
    ColPotentialValueNum => "#Потенциал (NPV маржи)", "#Potential (NPV of margin)";
    ColContributionNum => "#Вклад после обслуживания", "#Contribution after cost-to-serve";
    ColFlags => "Сигналы", "Flags";
    ShowMore => "Показать ещё", "Show more";
    ClassKey => "ключевой", "key";
    ClassDevelopment => "развития", "development";
    ClassStandard => "стандартный", "standard";
    FlagVipLoss => "VIP, но убыточен", "VIP but loss-making";
    FlagKeyLoss => "ключевой, но убыточен", "key but unprofitable";

    ClassRule => "Правило классов", "Class rule";
    ByScore => "по баллу", "by score";
    ByRank => "по месту в рейтинге", "by rank";
    KeyFrom => "Ключевой от балла", "Key from score";
    DevelopmentFrom => "Развития от балла", "Development from score";
    KeyTop => "Ключевых — первых мест", "Key: top ranks";
    DevelopmentNext => "Развития — следующих мест", "Development: next ranks";
    ApplyRule => "Применить правило", "Apply the rule";
    NotAValidNumber => "не число (пример: 1 234,5)", "not a number (e.g. 1,234.5)";

    // --- card, bias, profitability, matrix (lead) ---
    Strength => "Относительная сила", "Relative strength";
    StrengthHint => "Наша оценка клиентом ÷ оценка лучшего конкурента: 1 — наравне, больше 1 — сильнее. Пока вводится вручную; конкурентный анализ будет считать её сам.",
        "The client's rating of us ÷ the best competitor's: 1 is on par, above 1 stronger. Entered by hand for now; the competitive analysis will compute it.";
    PotentialTitle => "Потенциал по годам", "Potential per year";
    PotentialHint => "Прогноз потребления нашей категории клиентом с основанием расчёта (например, «м² жилья × кг на м²»), достижимая доля и маржа → потенциальная выручка и маржа.",
        "Forecast consumption of our category with its basis (e.g. “m² of housing × kg per m²”), attainable share and margin rate → potential revenue and margin.";
    Year => "Год", "Year";
    Consumption => "Потребление, ₽", "Consumption";
    Basis => "Основание расчёта", "Basis";
    Share => "Доля, %", "Share, %";
    MarginRate => "Маржа, %", "Margin, %";
    PotentialRevenue => "Потенц. выручка", "Potential revenue";
    PotentialMargin => "Потенц. маржа", "Potential margin";
    PotentialValueIs => "Потенциал (NPV маржи по ставке дисконтирования):", "Potential value (NPV of margin at the discount rate):";
    CostsTitle => "Стоимость обслуживания за 12 мес.", "Cost-to-serve, last 12 months";
    Logistics => "Логистика, ₽", "Logistics";
    Transport => "Транспорт, ₽", "Transport";
    Courier => "Курьеры, ₽", "Courier";
    ManagerHours => "Часы менеджеров (встречи, переговоры, поездки)", "Manager hours (meetings, negotiations, trips)";
    ManagerRate => "Ставка часа менеджера, ₽", "Manager hourly rate";
    TripExpenses => "Командировочные расходы, ₽", "Trip expenses";
    AccountingHours => "Часы бухгалтерии", "Accounting hours";
    AccountingRate => "Ставка часа бухгалтерии, ₽", "Accounting hourly rate";
    DiscountsBonuses => "Скидки и бонусы", "Discounts and bonuses";
    Receivables => "Средняя дебиторская задолженность, ₽", "Average receivables";
    FinancingRate => "Ставка финансирования, % годовых", "Financing rate, % a year";
    Revenue => "Выручка", "Revenue";
    CostOfGoods => "Себестоимость", "Cost of goods";
    GrossProfit => "Валовая прибыль", "Gross profit";
    CostToServe => "Стоимость обслуживания", "Cost-to-serve";
    Financing => "Финансирование дебиторки", "Financing of receivables";
    Contribution => "Вклад", "Contribution";
    ContributionMargin => "Маржа вклада", "Contribution margin";
    AllCostsToServeNum => "#Скидки, обслуживание, финансирование", "#Discounts, service, financing";
    RevenueNum => "#Выручка", "#Revenue";
    GrossProfitNum => "#Валовая прибыль", "#Gross profit";
    ContributionNum => "#Вклад", "#Contribution";
    ContributionMarginNum => "#Маржа вклада", "#Contribution margin";
    WhaleTitle => "Кривая «кита»: накопленный вклад клиентов от самых прибыльных к убыточным", "Whale curve: cumulative contribution from the most to the least profitable clients";
    WhalePeak => "Пик", "Peak";
    WhaleOfClients => "клиентов", "of clients";
    WhaleX => "Доля клиентов, от самых прибыльных", "Share of clients, most profitable first";
    WhaleSummary => "Прибыльные клиенты дают", "The profitable clients earn";
    WhaleSummaryTail => "итогового вклада — остальное съедают убыточные.", "of the total contribution; the loss-making ones eat the rest.";
    CorrRevenuePotential => "Выручка ↔ потенциал", "Revenue ↔ potential";
    CorrRevenueScore => "Выручка ↔ балл", "Revenue ↔ score";
    CorrPotentialScore => "Потенциал ↔ балл", "Potential ↔ score";
    CorrHint => "Ранговая корреляция Спирмена: 1 — рейтинги совпадают, около 0 — не связаны. Низкая связь выручки с потенциалом значит, что «крупный сегодня» не равно «ключевой».",
        "Spearman rank correlation: 1 means the rankings agree, near 0 unrelated. A weak link between revenue and potential means “big today” is not “key”.";
    Overrated => "Переоценённые", "Overrated";
    OverratedHint => "Крупные или VIP сегодня, но с низким потенциалом.", "Big or VIP today, but with low potential.";
    Hidden => "Скрытые", "Hidden";
    HiddenHint => "Малые или без продаж сегодня, но с высоким потенциалом.", "Small or without sales today, but with high potential.";
    NobodyHere => "Таких клиентов нет.", "No such clients.";
    RankRevenueNum => "#Ранг по выручке", "#Rank by revenue";
    RankPotentialNum => "#Ранг по потенциалу", "#Rank by potential";
    RankScoreNum => "#Ранг по баллу", "#Rank by score";
    RankRevenue => "ранг по выручке", "rank by revenue";
    RankPotential => "ранг по потенциалу", "rank by potential";
    StrengthFromSession => "Относительная сила измерена на сессии конкурентного анализа (последний раунд с бюллетенями), а не введена вручную:",
        "Relative strength measured by a competitive-analysis session (its latest round with ballots), not entered by hand:";
    MatrixTitle => "Портфельная матрица: привлекательность клиента × наша относительная сила, размер — потенциал", "Portfolio matrix: attractiveness × our relative strength, size = potential";
    MatrixX => "Наша относительная сила в глазах клиента (1 — наравне с лучшим конкурентом)", "Our relative strength in the client's eyes (1 = on par with the best competitor)";
    MatrixY => "Привлекательность (балл)", "Attractiveness (score)";
    QStrategic => "Стратегические", "Strategic";
    QStrategicWhat => "инвестировать, строить партнёрство", "invest, build a partnership";
    QDevelopment => "Развития", "Key development";
    QDevelopmentWhat => "выборочно инвестировать, чтобы усилить позицию", "invest selectively to strengthen our position";
    QStatus => "Статусные", "Key status";
    QStatusWhat => "поддерживать эффективно, защищать отношения", "maintain efficiently, protect the relationship";
    QStreamline => "Оптимизации", "Streamline";
    QStreamlineWhat => "стандартизировать обслуживание, снижать его стоимость", "standardise service, cut the cost-to-serve";
    NotPlaced => "Не на матрице (нет балла или относительной силы):", "Not on the matrix (no score or relative strength):";

    // «Профиль»: the key-client profile editor.
    PfIntro => "Критерии ключевого клиента: однозначные, проверяемые, измеримые. Балл клиента = Σ вес × нормированное значение (0–100) / Σ весов; клиент за отсекающим порогом не может быть ключевым.",
        "Key-client criteria: unambiguous, verifiable, quantifiable. A client's score = Σ weight × normalised value (0–100) / Σ weights; a client outside a knock-out gate cannot be key.";
    PfList => "Критерии профиля", "Profile criteria";
    PfName => "Название", "Name";
    PfMeasure => "Как измеряется", "How it is measured";
    PfSource => "Источник", "Source";
    PfUnit => "Единица", "Unit";
    PfDirection => "Направление", "Direction";
    PfHigher => "больше — лучше", "more is better";
    PfLower => "меньше — лучше", "less is better";
    PfWeight => "Вес", "Weight";
    PfShare => "доля в сумме весов:", "share of the total weight:";
    PfScale => "Нормирование", "Normalisation";
    PfScaleNone => "нет шкалы", "no scale";
    PfScaleLinear => "линейно между двумя значениями", "linear between two anchors";
    PfScaleBands => "по диапазонам", "bands";
    PfLow => "Нижняя граница шкалы", "Scale low anchor";
    PfHigh => "Верхняя граница шкалы", "Scale high anchor";
    PfGateMin => "Отсечение, минимум", "Knock-out minimum";
    PfGateMax => "Отсечение, максимум", "Knock-out maximum";
    PfBand => "Диапазон", "Band";
    PfFrom => "от значения", "from value";
    PfPoints => "балл", "score";
    PfAddBand => "Добавить диапазон", "Add a band";
    PfRemoveBand => "Удалить диапазон", "Remove band";
    PfUp => "Выше", "Up";
    PfDown => "Ниже", "Down";
    PfDuplicate => "Дублировать", "Duplicate";
    PfDelete => "Удалить", "Delete";
    PfAdd => "Добавить критерий", "Add a criterion";
    PfNewName => "Новый критерий", "New criterion";
    PfUnmeasurable => "не измерим: нужны единица и шкала", "not measurable: needs a unit and a scale";
    PfDeleted => "Критерий удалён:", "Criterion deleted:";
    PfUndoHint => "Вернуть его можно кнопкой «Отменить» или Ctrl+Z.", "Bring it back with Undo or Ctrl+Z.";
    PfEmpty => "В профиле нет критериев. Добавьте первый.", "The profile has no criteria yet. Add the first one.";

    // --- base: grid, CSV import and export (base) ---
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
}
