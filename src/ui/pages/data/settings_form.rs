//! The workspace settings form. Numbers are typed the Russian way (`1 234,5`) or the
//! English way (`1234.5`); a bad value is named with its field and changes nothing.

use super::{slot, Page, State};
use crate::engine::action::Action;
use crate::engine::locale::{format_decimal, parse_decimal, parse_percent, Locale, NumberError};
use crate::engine::model::{Company, Currency, Problem, Settings, Workspace};
use crate::engine::money::Rate;
use crate::ui::components::ShownProblem;
use crate::ui::html::Html;
use crate::ui::i18n::{field_label, problem_text, Dm, Msg};
use crate::ui::state::Refusal;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;

/// The fields: id, label, input mode.
const FIELDS: [(&str, Msg, &str); 8] = [
    ("set-name", Msg::FieldWorkspaceName, "text"),
    ("set-company", Msg::FieldCompany, "text"),
    ("set-currency", Msg::FieldCurrency, "text"),
    ("set-start-year", Msg::FieldStartYear, "numeric"),
    ("set-horizon", Msg::FieldHorizon, "numeric"),
    ("set-discount", Msg::FieldDiscountRate, "decimal"),
    ("set-kams", Msg::FieldKamCount, "numeric"),
    ("set-per-kam", Msg::FieldAccountsPerKam, "numeric"),
];

/// The stored values of the fields, formatted for `locale`, in the order of [`FIELDS`].
fn values(ws: &Workspace, locale: Locale) -> [String; 8] {
    [
        ws.name.clone(),
        ws.company.name.clone(),
        ws.settings.currency.0.clone(),
        ws.settings.start_year.to_string(),
        ws.settings.horizon_years.to_string(),
        format_decimal(ws.settings.discount_rate.percent(), 0, 4, locale),
        ws.company.kam_count.to_string(),
        ws.company.accounts_per_kam.to_string(),
    ]
}

/// The field `k` of [`FIELDS`] as typed.
fn typed(k: usize) -> String {
    document()
        .get_element_by_id(FIELDS[k].0)
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

fn number_error(e: &NumberError, locale: Locale) -> String {
    match e {
        NumberError::Empty => Msg::ErrEmpty.text(locale),
        NumberError::NotANumber => Dm::ErrNotANumber.text(locale),
        NumberError::TwoSeparators => Dm::ErrTwoSeparators.text(locale),
        NumberError::TooLarge => Dm::ErrTooLarge.text(locale),
    }
    .to_owned()
}

/// Parses a whole non-negative number, or says what is wrong with it.
fn parse_count(text: &str, locale: Locale) -> Result<u32, String> {
    let d: Decimal = parse_decimal(text).map_err(|e| number_error(&e, locale))?;
    if !d.fract().is_zero() {
        return Err(Dm::ErrNotInteger.text(locale).to_owned());
    }
    d.to_u32()
        .ok_or_else(|| Dm::ErrNotInteger.text(locale).to_owned())
}

/// The currency code as typed, upper-cased: the same result as `str::to_uppercase`
/// wherever it can matter (a valid code is three ASCII capitals, and only these
/// non-ASCII letters upper-case to ASCII), without the Unicode case tables that
/// `to_uppercase` links in (≈ 10 KB of the gzip bundle).
fn currency_code(text: &str) -> String {
    let mut code = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            'ß' => code.push_str("SS"),
            'ı' => code.push('I'),
            'ſ' => code.push('S'),
            'ﬀ' => code.push_str("FF"),
            'ﬁ' => code.push_str("FI"),
            'ﬂ' => code.push_str("FL"),
            'ﬃ' => code.push_str("FFI"),
            'ﬄ' => code.push_str("FFL"),
            'ﬅ' | 'ﬆ' => code.push_str("ST"),
            c => code.push(c.to_ascii_uppercase()),
        }
    }
    code
}

/// Reads the form into an action, or lists every field that could not be read.
fn read(f: &[String; 8], locale: Locale) -> Result<Action, Vec<ShownProblem>> {
    let mut problems = Vec::new();
    let mut field = |label: Msg, r: Result<u32, String>| {
        r.map_err(|text| {
            problems.push(ShownProblem {
                field: label.text(locale).to_owned(),
                text,
            })
        })
        .unwrap_or(0)
    };
    let start_year = field(Msg::FieldStartYear, parse_count(&f[3], locale));
    let horizon = field(Msg::FieldHorizon, parse_count(&f[4], locale));
    let kams = field(Msg::FieldKamCount, parse_count(&f[6], locale));
    let per_kam = field(Msg::FieldAccountsPerKam, parse_count(&f[7], locale));
    let discount = parse_percent(&f[5]).unwrap_or_else(|e| {
        problems.push(ShownProblem {
            field: Msg::FieldDiscountRate.text(locale).to_owned(),
            text: number_error(&e, locale),
        });
        Rate::ZERO
    });
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Action::UpdateSettings {
        name: f[0].trim().to_owned(),
        company: Company {
            name: f[1].trim().to_owned(),
            kam_count: kams,
            accounts_per_kam: per_kam,
        },
        settings: Settings {
            currency: Currency(currency_code(&f[2])),
            start_year: start_year.min(i32::MAX as u32) as i32,
            horizon_years: horizon,
            discount_rate: discount,
        },
    })
}

fn shown(problems: Vec<Problem>, locale: Locale) -> Vec<ShownProblem> {
    problems
        .into_iter()
        .map(|p| ShownProblem {
            text: problem_text(&p.kind, locale, p.path == "settings.discount_rate"),
            field: field_label(&p.path, locale),
        })
        .collect()
}

/// The section with its slots 7–9: the problems, the form, the result.
pub(super) fn frame(h: &mut Html, locale: Locale) {
    h.raw("<section aria-labelledby=\"settings-title\">")
        .cell(
            "h2",
            "id=\"settings-title\"",
            Dm::SettingsHeading.text(locale),
        )
        .raw("<div id=\"dp7\"></div><div id=\"dp8\"></div><p class=\"status\" role=\"status\" id=\"dp9\"></p></section>");
}

pub(super) fn slots(page: Page, st: &State, locale: Locale, slots: &mut Vec<String>) {
    let t = |m: Dm| m.text(locale);
    let mut h = Html::new();
    // 7: every field that refused the last save.
    {
        let list = &st.problems;
        if !list.is_empty() {
            h.raw("<div class=\"problems\" role=\"alert\">")
                .cell("p", "", t(Dm::FixProblems))
                .raw("<ul>");
            for p in list {
                h.raw("<li>")
                    .cell("strong", "", &p.field)
                    .text(": ")
                    .text(&p.text)
                    .raw("</li>");
            }
            h.raw("</ul></div>");
        }
    }
    slot(&mut h, slots);
    // 8: the form, from the stored values.
    let values = page.store.ws().with(|ws| values(ws, locale));
    h.raw("<form class=\"settings\" novalidate>");
    for ((id, label, mode), value) in FIELDS.iter().zip(&values) {
        h.raw("<div class=\"field\"><label for=\"")
            .raw(id)
            .raw("\">")
            .text(label.text(locale))
            .raw("</label><input id=\"")
            .raw(id)
            .raw("\" type=\"text\" inputmode=\"")
            .raw(mode)
            .raw("\" autocomplete=\"off\" value=\"")
            .text(value)
            .raw("\"></div>");
    }
    h.raw("<div class=\"form-actions\">")
        .cell(
            "button",
            "type=\"submit\" class=\"primary\"",
            t(Dm::SaveSettings),
        )
        .raw("</div></form>");
    slot(&mut h, slots);
    // 9: saved.
    h.text(if st.saved { t(Dm::SettingsSaved) } else { "" });
    slot(&mut h, slots);
}

/// The form was submitted: the fields are read and saved, or every field that could
/// not be read (or that the rules refuse) is listed.
pub(super) fn submit(page: Page) {
    let locale = page.lang.get_untracked();
    page.edit(|s| s.saved = false);
    let typed: [String; 8] = std::array::from_fn(typed);
    let result = read(&typed, locale).and_then(|action| {
        page.store
            .dispatch(action)
            .map_err(|refusal| match refusal {
                Refusal::Invalid(p) => shown(p, locale),
                Refusal::ReadOnly => vec![ShownProblem {
                    field: Msg::FieldWorkspaceName.text(locale).to_owned(),
                    text: Msg::ReadOnlyRefused.text(locale).to_owned(),
                }],
            })
    });
    match result {
        Ok(()) => page.edit(|s| {
            s.problems.clear();
            s.saved = true;
        }),
        Err(list) => {
            let mut list = Some(list);
            page.edit(|s| s.problems = list.take().unwrap_or_default());
        }
    }
}
