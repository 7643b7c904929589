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
    /// A translatable interface message of the shell and the data pages.
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


    PlanSoon => "План работы с ключевым клиентом (команда, бюджет, скидки, кредитная линия, ассортимент, мероприятия, риски, KPI) с контрольными точками, многолетний бюджет KAM, температура отношений, карта потребностей контактов и согласование внутренних ресурсов.",
        "The key-account action plan (team, budget, discounts, credit line, assortment, activities, risks, KPIs) with milestones, the multi-year KAM budget, relationship temperature, the contacts' needs map and internal resource alignment.";

    WorkspaceHeading => "Рабочее пространство", "Workspace";
    SummaryClients => "Клиентов", "Clients";
    SummaryCriteria => "Критериев профиля", "Profile criteria";
    SummaryCompetitors => "Конкурентов", "Competitors";
    StorageNotice => "Всё сохраняется в этом браузере автоматически. Экспортируйте данные в файл, чтобы перенести их на другой компьютер или сохранить копию.",
        "Everything is saved in this browser automatically. Export the data to a file to move it to another computer or keep a copy.";
    SettingsHeading => "Настройки пространства", "Workspace settings";
    FieldWorkspaceName => "Название пространства", "Workspace name";
    FieldCompany => "Наша компания", "Our company";
    FieldCurrency => "Валюта (код ISO)", "Currency (ISO code)";
    FieldStartYear => "Первый год горизонта", "First year of the horizon";
    FieldHorizon => "Горизонт планирования, лет", "Planning horizon, years";
    FieldDiscountRate => "Ставка дисконтирования, %", "Discount rate, %";
    FieldKamCount => "Число КАМов", "Number of KAMs";
    FieldAccountsPerKam => "Ключевых клиентов на одного КАМа", "Key accounts per KAM";
    SaveSettings => "Сохранить настройки", "Save settings";
    SettingsSaved => "Настройки сохранены.", "Settings saved.";
    FixProblems => "Ничего не изменено. Исправьте, пожалуйста:", "Nothing was changed. Please fix:";
    ErrEmpty => "заполните поле", "fill in this field";
    ErrNotANumber => "введите число, например 1 234,5", "enter a number, e.g. 1 234.5";
    ErrTwoSeparators => "используйте один десятичный разделитель — запятую или точку", "use one decimal separator — a comma or a dot";
    ErrTooLarge => "слишком большое число", "the number is too large";
    ErrNotInteger => "введите целое число", "enter a whole number";

    ReplaceHeading => "Начать заново", "Start over";
    ResetDemo => "Сбросить к демо", "Reset to demo";
    NewEmpty => "Новое пустое пространство", "New empty workspace";
    ConfirmReplace => "Текущие данные этого пространства будут заменены. Продолжить?", "The data of this workspace will be replaced. Continue?";
    ConfirmYes => "Да, заменить", "Yes, replace";
    Cancel => "Отмена", "Cancel";
    DemoLoaded => "Загружено демо-пространство.", "The demo workspace is loaded.";
    EmptyCreated => "Создано новое пустое пространство.", "A new empty workspace is created.";
    NewWorkspaceName => "Новое пространство", "New workspace";

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

    TransferHeading => "Экспорт и импорт", "Export and import";
    ExportFile => "Экспортировать в файл (.json)", "Export to a file (.json)";
    LastExport => "Последний экспорт", "Last export";
    NeverExported => "ещё не было", "never";
    ExportReminder => "С последнего экспорта прошло больше 7 дней: сохраните копию данных в файл.", "More than 7 days since the last export: save a copy of the data to a file.";
    ImportFile => "Импортировать из файла (.json)", "Import from a file (.json)";
    DropHint => "или перетащите файл рабочего пространства сюда", "or drop a workspace file here";
    ImportNothingChanged => "Файл не импортирован, данные не изменены.", "The file was not imported; nothing was changed.";
    PreviewHeading => "Проверьте, что будет заменено", "Check what will be replaced";
    PreviewNow => "Сейчас", "Now";
    PreviewFile => "Из файла", "From the file";
    PreviewExportedAt => "Дата экспорта", "Exported at";
    PreviewFirstClients => "Первые клиенты", "First clients";
    ReplaceConfirm => "Заменить", "Replace";
    BackupFailed => "Не удалось сделать резервную копию текущих данных. Экспортируйте их в файл или замените без копии.",
        "Could not back up the current data. Export it to a file, or replace without a backup.";
    ReplaceWithoutBackup => "Заменить без резервной копии", "Replace without a backup";
    ImportDone => "Данные импортированы. Прежние данные сохранены в резервных копиях ниже.", "The data is imported. The previous data is kept in the backups below.";
    SnapshotsHeading => "Резервные копии в браузере", "Backups in this browser";
    SnapshotsIntro => "Хранятся 5 последних копий: на начало сеанса, каждые 10 минут работы и перед каждой заменой данных.",
        "The last 5 copies are kept: at the start of a session, every 10 minutes of work and before every replacement.";
    SnapshotsEmpty => "Копий пока нет: первая появится при первом изменении.", "No copies yet: the first appears with the first change.";
    Restore => "Восстановить", "Restore";
    RestoreDone => "Копия восстановлена. Данные до восстановления сохранены как резервная копия.", "The copy is restored. The data before restoring is kept as a backup.";
    ReasonStart => "начало сеанса", "session start";
    ReasonPeriodic => "автоматически", "automatic";
    ReasonBackup => "перед заменой", "before a replacement";
    StorageHeading => "Хранилище браузера", "Browser storage";
    PersistGranted => "Постоянное хранение разрешено: браузер не удалит данные при нехватке места.", "Persistent storage granted: the browser will not evict the data when space runs low.";
    PersistDenied => "Постоянное хранение не разрешено: при нехватке места браузер может удалить данные. Регулярно экспортируйте их.",
        "Persistent storage not granted: the browser may evict the data when space runs low. Export it regularly.";
    PersistUnknown => "Разрешение на постоянное хранение запрашивается после первого изменения.", "Persistent storage is requested after the first change.";
    StorageUsed => "Занято", "Used";
    StorageOf => "из", "of";
}
