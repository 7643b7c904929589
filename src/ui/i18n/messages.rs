//! The message catalogue. Each entry carries its Russian and English text side by
//! side, so a message without a translation cannot be written.

use crate::engine::locale::Locale;

/// Text of an interface message in a language: every catalogue implements it.
pub trait Text: Copy + Send + Sync + 'static {
    /// The text in `locale`.
    fn text(self, locale: Locale) -> &'static str;
}

/// Declares a catalogue: an enum of messages and their texts, Russian then English.
/// The texts are a table indexed by message, not a `match`, whose code would be
/// larger than the table.
macro_rules! catalogue {
    ($(#[$edoc:meta])* $enum:ident; $($(#[$doc:meta])* $name:ident => $ru:literal, $en:literal;)*) => {
        $(#[$edoc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $enum {
            $($(#[$doc])* $name,)*
        }

        impl $enum {
            /// The text of this message in `locale`.
            pub fn text(self, locale: Locale) -> &'static str {
                const TEXTS: &[[&str; 2]] = &[$([$ru, $en],)*];
                let column = match locale {
                    Locale::Ru => 0,
                    Locale::En => 1,
                };
                TEXTS[self as usize][column]
            }
        }

        impl $crate::ui::i18n::Text for $enum {
            fn text(self, locale: Locale) -> &'static str {
                $enum::text(self, locale)
            }
        }
    };
}
pub(crate) use catalogue;

catalogue! {
    /// A translatable interface message of the shell (the «Данные» section has `Dm`).
    Msg;

    AppName => "KAM Studio", "KAM Studio";
    Tagline => "Управление ключевыми клиентами", "Key-account management";
    NavLabel => "Разделы", "Sections";
    NavClients => "Клиенты и портфель", "Clients & portfolio";
    NavCompetition => "Конкурентный анализ", "Competitive analysis";
    NavOffers => "Спецпредложения", "Special offers";
    NavPlan => "План и бюджет", "Plan & budget";
    NavData => "Данные", "Data";
    LangLabel => "Язык интерфейса", "Interface language";
    Footer => "Все данные остаются в этом браузере: KAM Studio не использует сервер.",
        "All data stays in this browser: KAM Studio uses no server.";
    UpdateReady => "Доступна новая версия", "A new version is available";
    UpdateApply => "Обновить", "Update";
    ComingNext => "Что появится в этом разделе", "What this section will hold";

    ClientsIntro => "Ключевой клиент — тот, у кого наибольший долгосрочный потенциал, который мы можем обслужить, а не самый крупный покупатель сегодня и не самый известный бренд.",
        "A key client is the one with the largest long-term potential we can serve — not today's biggest buyer, not the most famous brand.";


    PlanSoon => "План работы с ключевым клиентом (команда, бюджет, скидки, кредитная линия, ассортимент, мероприятия, риски, KPI) с контрольными точками, многолетний бюджет KAM, температура отношений, карта потребностей контактов и согласование внутренних ресурсов.",
        "The key-account action plan (team, budget, discounts, credit line, assortment, activities, risks, KPIs) with milestones, the multi-year KAM budget, relationship temperature, the contacts' needs map and internal resource alignment.";

    SummaryClients => "Клиентов", "Clients";
    FieldWorkspaceName => "Название пространства", "Workspace name";
    FieldCompany => "Наша компания", "Our company";
    FieldCurrency => "Валюта (код ISO)", "Currency (ISO code)";
    FieldStartYear => "Первый год горизонта", "First year of the horizon";
    FieldHorizon => "Горизонт планирования, лет", "Planning horizon, years";
    FieldDiscountRate => "Ставка дисконтирования, %", "Discount rate, %";
    FieldKamCount => "Число КАМов", "Number of KAMs";
    FieldAccountsPerKam => "Ключевых клиентов на одного КАМа", "Key accounts per KAM";
    ErrEmpty => "заполните поле", "fill in this field";

    Cancel => "Отмена", "Cancel";

    Loading => "Загрузка данных…", "Loading data…";
    LoadingSection => "Загрузка раздела…", "Loading the section…";
    SectionNotLoaded => "Этот раздел не удалось загрузить (нет сети или приложение обновилось на сервере). Данные не затронуты: перезагрузите страницу.",
        "This section could not be loaded (no network, or the app was updated on the server). Your data is untouched: reload the page.";
    SaveStatusLabel => "Состояние сохранения", "Save state";
    SaveUnchanged => "Изменений нет", "No changes";
    SaveUnsaved => "Не сохранено", "Unsaved";
    SaveSaving => "Сохранение…", "Saving…";
    SaveSavedAt => "Сохранено в", "Saved at";
    SaveFailed => "Не сохранено: ошибка записи", "Not saved: write failed";
    Undo => "Отменить", "Undo";
    Redo => "Повторить", "Redo";
    StorageFailedTitle => "Данные не сохраняются в браузере", "The data is not being saved in this browser";
    StorageFailedText => "Браузер отказал в записи. Всё, что вы сделали, пока в памяти этой вкладки: экспортируйте данные в файл, чтобы ничего не потерять.",
        "The browser refused to write. Everything you did is still in this tab's memory: export the data to a file so that nothing is lost.";
    BrowserSaid => "Ответ браузера", "The browser said";
    ExportNow => "Экспортировать сейчас", "Export now";
    OtherTabText => "KAM Studio уже открыт в другой вкладке. Редактировать можно только там; здесь данные только для просмотра, чтобы вкладки не перезаписали друг друга.",
        "KAM Studio is already open in another tab. Edit there; here the data is read-only so that the tabs cannot overwrite each other.";
    OtherTabClosed => "Другая вкладка закрыта: перезагрузите эту, чтобы продолжить работу здесь.", "The other tab is closed: reload this one to continue working here.";
    Reload => "Перезагрузить", "Reload";
    ReadOnlyRefused => "Эта вкладка только для просмотра: редактирование открыто в другой вкладке.", "This tab is read-only: the workspace is being edited in another tab.";
    UnreadableText => "Сохранённые в браузере данные не удалось прочитать, поэтому они не будут перезаписаны. Откройте их в версии KAM Studio, которая их создала, и экспортируйте.",
        "The data stored in this browser could not be read, so it will not be overwritten. Open it with the KAM Studio version that wrote it and export it.";

}
