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

    // --- bias, profitability, matrix (and what the card shares with them) ---
    Strength => "Относительная сила", "Relative strength";
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

    // The profile, client-base and card tabs, modules of their own, have their own
    // catalogues: `Pm`, `Gm` and `Km`.
}
