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
    TabSoon => "Этот вид ещё в работе.", "This view is still being built.";
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
    ColRank => "Место", "Rank";
    ColClient => "Клиент", "Client";
    ColClass => "Класс", "Class";
    ColScore => "Балл", "Score";
    ColPotentialValue => "Потенциал (NPV маржи)", "Potential (NPV of margin)";
    ColContribution => "Вклад после обслуживания", "Contribution after cost-to-serve";
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
}
