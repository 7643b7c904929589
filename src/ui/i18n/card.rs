//! Messages of the «Карточка клиента» tab (a client's card).
//!
//! A catalogue of its own because this part is a module loaded on demand
//! (`src/ui/lazy.rs`): the splitter moves a catalogue's texts with the one function
//! that reads them, so texts in a catalogue the shell also reads stay in the first load.

use crate::engine::locale::Locale;

super::messages::catalogue! {
    /// A message of the «Карточка клиента» tab (a client's card).
    Km;

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
}
