//! Messages of the workshop results (the facilitator's views of a round).

use crate::engine::locale::Locale;

super::messages::catalogue! {
    /// A message of the workshop results.
    Rm;

    Title => "Результаты сессии", "Session results";
    Rounds => "Раунд результатов", "Results round";
    Round => "Раунд", "Round";
    RoundLower => "раунд", "round";
    Projector => "Режим проектора", "Projector mode";
    ProjectorHint => "Крупный шрифт, без настроек и имён участников; Esc — выход.", "Large type, no setup and no participants' names; Esc leaves.";
    Empty => "Результаты появятся, когда придут бюллетени участников: добавьте хотя бы один бюллетень выше.",
        "The results appear once the participants' ballots arrive: add at least one ballot above.";
    Ballots => "Бюллетеней:", "Ballots:";
    RankingTitle => "Рейтинг глазами клиента", "Ranking in the client's eyes";
    ColPlace => "Место", "Place";
    ColCompany => "Компания", "Company";
    ColScore => "Взвешенная оценка", "Weighted score";
    Us => "мы", "us";
    Strength => "Наша относительная сила (наша оценка ÷ оценка лучшего конкурента):", "Our relative strength (our score ÷ the best rival's):";
    StrengthsTitle => "Сильные стороны, важные клиенту", "Strengths that matter to the client";
    WeaknessesTitle => "Слабые стороны, важные клиенту", "Weaknesses that matter to the client";
    NoneHere => "Нет.", "None.";
    ColCriterion => "Критерий", "Criterion";
    ColImportance => "Важность", "Importance";
    ColOurs => "Наша оценка", "Our mean";
    ColBestRival => "Лучший конкурент", "Best rival";
    ColGap => "Разрыв", "Gap";
    ColWeighted => "Взвешенный разрыв", "Weighted gap";
    CellsTitle => "Оценки и разброс мнений", "Ratings and disagreement";
    CellsHint => "В ячейке — среднее; мелко — число оценок n, стандартное отклонение σ, медиана Me и межквартильный размах IQR («не знаю» не считается). Спорные ячейки (σ ≥ 2) обведены.",
        "Each cell: the mean; in small type the number of ratings n, the standard deviation σ, the median Me and the interquartile range IQR («don't know» not counted). Disputed cells (σ ≥ 2) are outlined.";
    Disputed => "спорно", "disputed";
    Discuss => "Обсудить", "Discuss";
    NoDisputes => "Спорных ячеек нет: группа согласна.", "No disputed cells: the group agrees.";
    Up => "выше, чем в прошлом раунде", "higher than in the previous round";
    Down => "ниже, чем в прошлом раунде", "lower than in the previous round";
    CanvasTitle => "Стратегическая канва", "Strategy canvas";
    CanvasLabel => "Кривые ценности компаний по критериям клиента, средняя оценка от 1 до 10", "The companies' value curves across the client's criteria, mean rating 1 to 10";
    BiasTitle => "Предвзятость участников", "Participants' bias";
    BiasHint => "Доля критериев, где участник поставил нас выше (ниже) всех конкурентов, и его сдвиг от среднего группы.",
        "Share of criteria where the participant put us above (below) every rival, and their offset from the group's mean.";
    ColParticipant => "Участник", "Participant";
    ColHalo => "Мы выше всех", "Us above all";
    ColHorns => "Мы ниже всех", "Us below all";
    ColOffsetUs => "Сдвиг о нас", "Offset about us";
    ColOffsetAll => "Сдвиг в целом", "Offset overall";
    ColFlag => "Признак", "Flag";
    Halo => "лучше всех во всём", "best at everything";
    Horns => "хуже всех во всём", "worst at everything";
    Participant => "Участник", "Participant";
    Spread => "Средний разброс:", "Mean spread:";
    Converged => "сошлись", "converged";
    Diverged => "разошлись", "diverged";
}
