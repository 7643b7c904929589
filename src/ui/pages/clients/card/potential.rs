//! The card's potential per year of the horizon: the table of inputs and figures, and
//! the edit of one year's entry.

use super::{money, num_input};
use crate::engine::locale::Locale;
use crate::engine::model::{Client, Workspace};
use crate::engine::money::{Money, Rate};
use crate::engine::potential::PotentialYear;
use crate::ui::html::Html;
use crate::ui::i18n::Km;
use rust_decimal::Decimal;

/// A change to one potential year.
pub(super) enum YearEdit {
    Consumption(Decimal),
    Share(Decimal),
    Margin(Decimal),
    Basis(String),
}

/// The years of `c` with `edit` applied to `year` (a year without an entry gets one,
/// with zeros elsewhere), as the client's new list of years.
pub(super) fn edit_year(c: &Client, year: i32, edit: YearEdit) -> Vec<PotentialYear> {
    let mut years = c.potential.clone();
    if !years.iter().any(|y| y.year == year) {
        years.push(PotentialYear {
            year,
            consumption: Money(Decimal::ZERO),
            basis: String::new(),
            attainable_share: Rate(Decimal::ZERO),
            margin_rate: Rate(Decimal::ZERO),
        });
        crate::engine::sort::sort_by_key(&mut years, |y| y.year);
    }
    if let Some(y) = years.iter_mut().find(|y| y.year == year) {
        match edit {
            YearEdit::Consumption(v) => y.consumption = Money(v),
            YearEdit::Share(v) => y.attainable_share = Rate::from_percent(v),
            YearEdit::Margin(v) => y.margin_rate = Rate::from_percent(v),
            YearEdit::Basis(text) => y.basis = text,
        }
    }
    years
}

/// The years of the horizon, one row each: the inputs and the resulting figures.
pub(super) fn potential_table(h: &mut Html, ws: &Workspace, c: &Client, locale: Locale) {
    let t = |m: Km| m.text(locale);
    let currency = &ws.settings.currency;
    h.raw("<div class=\"table-scroll\"><table data-testid=\"potential\">");
    h.head(&[
        t(Km::Year),
        t(Km::Consumption),
        t(Km::Basis),
        t(Km::Share),
        t(Km::MarginRate),
        &format!("#{}", t(Km::PotentialRevenue)),
        &format!("#{}", t(Km::PotentialMargin)),
    ]);
    h.raw("<tbody>");
    for year in ws.horizon() {
        let y = c.potential.iter().find(|y| y.year == year);
        let input = |h: &mut Html, kind: char, label: Km, value: Option<Decimal>| {
            h.raw("<td>");
            num_input(
                h,
                &format!("card-{year}-{kind}"),
                &format!("{} {year}", t(label)),
                value,
                locale,
            );
            h.raw("</td>");
        };
        h.raw("<tr>").cell("th", "scope=\"row\"", &year.to_string());
        input(h, 'c', Km::Consumption, y.map(|y| y.consumption.amount()));
        h.raw("<td><input type=\"text\" id=\"card-")
            .raw(&year.to_string())
            .raw("-b\" aria-label=\"")
            .text(&format!("{} {year}", t(Km::Basis)))
            .raw("\" value=\"")
            .text(y.map_or("", |y| y.basis.as_str()))
            .raw("\"></td>");
        input(h, 's', Km::Share, y.map(|y| y.attainable_share.percent()));
        input(h, 'm', Km::MarginRate, y.map(|y| y.margin_rate.percent()));
        let f = y.map(PotentialYear::figures);
        for v in [f.as_ref().map(|f| f.revenue), f.as_ref().map(|f| f.margin)] {
            let text = v.map(|v| money(v, currency, locale)).unwrap_or_default();
            h.cell("td", "class=\"num\"", &text);
        }
        h.raw("</tr>");
    }
    h.raw("</tbody></table></div>");
}
