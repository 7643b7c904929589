//! Messages of the participant's ballot page (the phone layout opened from a session
//! link).

use crate::engine::locale::Locale;

super::messages::catalogue! {
    /// A message of the participant's ballot page.
    Bm;

    Title => "Бюллетень", "Ballot";
    BarLabel => "Бюллетень участника", "Participant's ballot";
    Client => "Клиент:", "Client:";
    Round => "Раунд", "Round";
    Instruction => "Оцените каждую компанию глазами клиента: 1 — очень плохо, 10 — отлично; «не знаю», если не уверены. Ваши оценки не видят другие участники.",
        "Rate each company through the client's eyes: 1 — very poor, 10 — excellent; «don't know» if you are not sure. The other participants do not see your ratings.";
    NoStorage => "Этот браузер не сохраняет черновик: не закрывайте страницу, пока не отправите оценки.",
        "This browser does not keep the draft: do not close the page until you have sent your ratings.";
    NameLabel => "Ваше имя (можно оставить пустым — анонимно)", "Your name (you may leave it empty — anonymous)";
    Us => "мы", "us";
    Unset => "—", "—";
    Worst => "очень плохо", "very poor";
    Best => "отлично", "excellent";
    DontKnow => "не знаю", "don't know";
    Filled => "Заполнено", "Filled in";
    Of => "из", "of";
    Done => "Готово", "Done";
    AskUnset => "Без оценки осталось полей:", "Fields still without a rating:";
    AskHint => "Выберите в отмеченных полях оценку или «не знаю» — или отправьте как есть: пустые поля засчитаются как «не знаю».",
        "Pick a rating or «don't know» in the marked fields — or send as is: the empty fields count as «don't know».";
    FirstUnset => "К первому пустому полю", "Go to the first empty field";
    SendAsIs => "Отправить как есть", "Send as is";

    DoneHeading => "Оценки готовы — отправьте их ведущему", "Your ratings are ready — send them to the facilitator";
    DoneHint => "Подойдёт любой один способ: ссылка (в мессенджере или по почте), код или файл. Если потом измените оценки, отправьте их снова.",
        "Any one way will do: the link (by messenger or e-mail), the code or the file. If you change your ratings later, send them again.";
    LinkLabel => "Ссылка для ведущего", "Link for the facilitator";
    CopyLink => "Скопировать ссылку", "Copy the link";
    CodeLabel => "Короткий код", "Short code";
    CopyCode => "Скопировать код", "Copy the code";
    Download => "Скачать файл", "Download a file";
    Share => "Поделиться", "Share";
    Edit => "Изменить оценки", "Change the ratings";
    LinkCopied => "Ссылка скопирована.", "The link is copied.";
    CodeCopied => "Код скопирован.", "The code is copied.";
    CopyManual => "Скопировать автоматически не получилось: текст выделен — скопируйте его вручную.",
        "Could not copy automatically: the text is selected — copy it by hand.";
    FileSaved => "Файл сохранён:", "File saved:";
    FileFailed => "Файл сохранить не получилось — скопируйте ссылку или код.", "Could not save the file — copy the link or the code.";
    ShareText => "Мои оценки для сессии", "My ratings for the session";

    ErrHeading => "Ссылка на сессию не открывается", "The session link does not open";
    ErrDamaged => "Ссылка повреждена или неполная. Скопируйте её целиком или попросите ведущего прислать её ещё раз.",
        "The link is damaged or incomplete. Copy it in full, or ask the facilitator to send it again.";
    ErrNotSession => "Это не ссылка на сессию: в ней оценки участника, их открывает ведущий. Попросите у ведущего ссылку на сессию.",
        "This is not a session link: it holds a participant's ratings, which the facilitator opens. Ask the facilitator for the session link.";
    ErrNewer => "Ссылка сделана более новой версией KAM Studio. Перезагрузите страницу, чтобы приложение обновилось, и откройте ссылку снова.",
        "The link was made by a newer version of KAM Studio. Reload the page so that the app updates, then open the link again.";
    PassBanner => "Режим «передать ноутбук»: заполните бюллетень и нажмите «Готово» — оценки сразу уйдут ведущему, а форма очистится для следующего участника.",
        "«Pass the laptop» mode: fill in the ballot and press «Done» — the ratings go straight to the facilitator and the form is cleared for the next participant.";
    PassCount => "Передано бюллетеней:", "Ballots handed over:";
    PassFailed => "Не удалось передать бюллетень ведущему: откройте сессию в соседней вкладке этого браузера.", "The ballot could not be handed over: open the session in another tab of this browser.";
}
