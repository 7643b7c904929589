//! Messages of «Конкурентный анализ» (the facilitator's side of a workshop).

use crate::engine::locale::Locale;

super::messages::catalogue! {
    /// A message of the competitive-analysis section.
    Wm;

    Title => "Конкурентный анализ", "Competitive analysis";
    Intro => "Сессия глазами ключевого клиента: участники вслепую оценивают нас и конкурентов по критериям клиента (1–10 или «не знаю») на своих телефонах, затем группа обсуждает расхождения и оценивает снова.",
        "A session through a key client's eyes: participants rate us and the competitors blind on the client's criteria (1–10 or «don't know») on their phones; the group then discusses the disagreements and rates again.";
    NoSessions => "Сессий пока нет. Нажмите «Новая сессия»: десять типовых критериев и все конкуренты уже будут в ней, их можно изменить.",
        "No sessions yet. Press «New session»: it starts with ten typical criteria and every competitor, all editable.";
    ReadOnly => "Изменения вносятся в другой вкладке: эта вкладка только для просмотра.", "Changes are made in another tab: this tab is read-only.";
    NewSessionName => "Новая сессия", "New session";
    Session => "Сессия", "Session";
    NewSession => "Новая сессия", "New session";
    SetupTitle => "Настройка сессии", "Session setup";
    SessionName => "Название сессии", "Session title";
    KeyClient => "Ключевой клиент (чьими глазами смотрим)", "Key client (whose view we take)";
    NoClient => "— не выбран —", "— not chosen —";
    ShareClientName => "Показывать участникам название клиента в ссылке", "Show the client's name to participants in the link";
    Anonymous => "Анонимно на проекторе (имена участников скрыты)", "Anonymous on the projector (participants' names hidden)";
    CriteriaTitle => "Критерии клиента и их важность", "The client's criteria and their importance";
    Locked => "Бюллетени уже есть: критерии можно переименовать и перевзвесить, но не добавить или удалить; конкуренты зафиксированы.",
        "Ballots exist: criteria can be renamed and re-weighted but not added or removed; the competitors are fixed.";
    FewCriteria => "Критериев:", "Criteria:";
    FewCriteriaHint => "Нужно не меньше 10, иначе сравнение поверхностно.", "At least 10 are needed, or the comparison stays shallow.";
    ColCriterion => "Критерий", "Criterion";
    ColImportance => "Важность, баллы", "Importance, points";
    NotANumber => "не число", "not a number";
    RemoveCriterion => "Удалить критерий", "Remove criterion";
    TotalImportance => "Всего баллов", "Total points";
    NewCriterion => "Новый критерий", "New criterion";
    AddCriterion => "Добавить критерий", "Add criterion";
    RivalsTitle => "Конкуренты в сессии", "Competitors in the session";
    InviteTitle => "Приглашение участников", "Invite the participants";
    InviteHint => "Покажите QR-код на проекторе или отправьте ссылку в мессенджер: телефон откроет бюллетень. Важность критериев и ваши данные в ссылку не попадают.",
        "Show the QR code on the projector or send the link by messenger: the phone opens the ballot. The criteria's importance and your data are not in the link.";
    LinkLength => "Длина ссылки:", "Link length:";
    QrVersion => "версия QR:", "QR version:";
    QrLabel => "QR-код ссылки на сессию", "QR code of the session link";
    TooLongForQr => "Ссылка слишком длинная для QR-кода: сократите названия критериев.", "The link is too long for a QR code: shorten the criteria names.";
    SessionLink => "Ссылка на сессию", "Session link";
    CopyLink => "Скопировать ссылку", "Copy link";
    Copied => "Скопировано.", "Copied.";
    CopyFailed => "Не удалось скопировать: выделите текст и скопируйте вручную.", "Could not copy: select the text and copy it by hand.";
    ErrNotACode => "Это не бюллетень KAM Studio: вставьте ссылку или код, который прислал участник.", "Not a KAM Studio ballot: paste the link or code the participant sent.";
    ErrDamaged => "Код повреждён или обрезан: попросите участника прислать его ещё раз.", "The code is damaged or cut off: ask the participant to send it again.";
    ErrWrongKind => "Это не бюллетень, а что-то другое.", "This is not a ballot but something else.";
    ErrNewer => "Бюллетень сделан более новой версией KAM Studio: обновите приложение.", "The ballot was made by a newer KAM Studio: update the app.";
    ErrInvalid => "В бюллетене недопустимые данные.", "The ballot holds invalid data.";
    ErrInviteNotBallot => "Это ссылка-приглашение на сессию, а не заполненный бюллетень.", "This is a session invitation, not a filled-in ballot.";
    ErrOtherSession => "Бюллетень относится к другой сессии (её нет в этом пространстве).", "The ballot belongs to another session (not in this workspace).";
    ErrRound => "Бюллетень заполнен для раунда", "The ballot was filled in for round";
    CurrentRound => "сейчас идёт раунд", "the current round is";
    ErrShape => "Бюллетень не совпадает с критериями и конкурентами сессии.", "The ballot does not match the session's criteria and competitors.";
    Anonymous1 => "анонимный участник", "an anonymous participant";
    BallotAdded => "Бюллетень добавлен в сессию", "Ballot added to the session";
    BallotsTitle => "Бюллетени", "Ballots";
    Round => "раунд", "round";
    PasteLabel => "Ссылка или код бюллетеня от участника", "A participant's ballot link or code";
    AddBallot => "Добавить бюллетень", "Add ballot";
    OpenBallotFile => "Открыть файл бюллетеня", "Open a ballot file";
    BallotsReceived => "Получено бюллетеней:", "Ballots received:";
    Participant => "Участник", "Participant";
    RemoveBallot => "Удалить бюллетень:", "Remove the ballot of";
    Remove => "Удалить", "Remove";
    NextRound => "Начать следующий раунд", "Start the next round";
    DownloadCsv => "Скачать результаты (CSV)", "Download the results (CSV)";
    Print => "Печать", "Print";
    DownloadFailed => "не удалось сохранить файл", "the file could not be saved";
    CsvRound => "Раунд", "Round";
    CsvCompany => "Компания", "Company";
    CsvN => "Оценок", "Ratings";
    CsvMean => "Среднее", "Mean";
    CsvMedian => "Медиана", "Median";
    CsvStdev => "Стандартное отклонение", "Standard deviation";
    CsvIqr => "Межквартильный размах", "Interquartile range";
    CsvDisputed => "Спорно", "Disputed";
    CsvWeighted => "Взвешенная оценка", "Weighted score";
    Yes => "да", "yes";
    PassLaptop => "Оценивать на этом ноутбуке по очереди", "Rate on this laptop in turn";
    PassLaptopHint => "Откроется бюллетень в новой вкладке: каждый участник заполняет его и нажимает «Готово», оценки сразу попадают сюда, а форма очищается для следующего.",
        "A ballot opens in a new tab: each participant fills it in and presses «Done»; the ratings arrive here at once and the form is cleared for the next one.";
}
