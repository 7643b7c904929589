//! Messages of the «Данные» section (settings, import, export, backups).
//!
//! A catalogue of its own because this part is a module loaded on demand
//! (`src/ui/lazy.rs`): the splitter moves a catalogue's texts with the one function
//! that reads them, so texts in a catalogue the shell also reads stay in the first load.

use crate::engine::locale::Locale;

super::messages::catalogue! {
    /// A message of the «Данные» section (settings, import, export, backups).
    Dm;

    WorkspaceHeading => "Рабочее пространство", "Workspace";
    SummaryCriteria => "Критериев профиля", "Profile criteria";
    SummaryCompetitors => "Конкурентов", "Competitors";
    StorageNotice => "Всё сохраняется в этом браузере автоматически. Экспортируйте данные в файл, чтобы перенести их на другой компьютер или сохранить копию.",
        "Everything is saved in this browser automatically. Export the data to a file to move it to another computer or keep a copy.";
    SettingsHeading => "Настройки пространства", "Workspace settings";
    SaveSettings => "Сохранить настройки", "Save settings";
    SettingsSaved => "Настройки сохранены.", "Settings saved.";
    FixProblems => "Ничего не изменено. Исправьте, пожалуйста:", "Nothing was changed. Please fix:";
    ErrNotANumber => "введите число, например 1 234,5", "enter a number, e.g. 1 234.5";
    ErrTwoSeparators => "используйте один десятичный разделитель — запятую или точку", "use one decimal separator — a comma or a dot";
    ErrTooLarge => "слишком большое число", "the number is too large";
    ErrNotInteger => "введите целое число", "enter a whole number";
    ReplaceHeading => "Начать заново", "Start over";
    ResetDemo => "Сбросить к демо", "Reset to demo";
    NewEmpty => "Новое пустое пространство", "New empty workspace";
    ConfirmReplace => "Текущие данные этого пространства будут заменены. Продолжить?", "The data of this workspace will be replaced. Continue?";
    ConfirmYes => "Да, заменить", "Yes, replace";
    DemoLoaded => "Загружено демо-пространство.", "The demo workspace is loaded.";
    EmptyCreated => "Создано новое пустое пространство.", "A new empty workspace is created.";
    NewWorkspaceName => "Новое пространство", "New workspace";
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
