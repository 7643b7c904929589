//! The workspace settings form. Numbers are typed the Russian way (`1 234,5`) or the
//! English way (`1234.5`); a bad value is named with its field and changes nothing.

use crate::engine::action::Action;
use crate::engine::locale::{format_decimal, parse_decimal, parse_percent, Locale, NumberError};
use crate::engine::model::{Company, Currency, Problem, Settings, Workspace};
use crate::engine::money::Rate;
use crate::ui::components::{ProblemList, ShownProblem};
use crate::ui::i18n::{field_label, problem_text, tr, use_lang, Msg};
use crate::ui::reactive::dyn_view;
use crate::ui::state::{use_store, Refusal};
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The raw text of every field, as typed. Not signals: nothing reacts to typing (the
/// input shows what is typed; the form is rebuilt whenever the workspace changes).
#[derive(Clone, Copy)]
struct Fields {
    name: StoredValue<String>,
    company: StoredValue<String>,
    currency: StoredValue<String>,
    start_year: StoredValue<String>,
    horizon: StoredValue<String>,
    discount: StoredValue<String>,
    kams: StoredValue<String>,
    per_kam: StoredValue<String>,
}

impl Fields {
    fn from_workspace(ws: &Workspace, locale: Locale) -> Fields {
        let s = |v: String| StoredValue::new(v);
        Fields {
            name: s(ws.name.clone()),
            company: s(ws.company.name.clone()),
            currency: s(ws.settings.currency.0.clone()),
            start_year: s(ws.settings.start_year.to_string()),
            horizon: s(ws.settings.horizon_years.to_string()),
            discount: s(format_decimal(
                ws.settings.discount_rate.percent(),
                0,
                4,
                locale,
            )),
            kams: s(ws.company.kam_count.to_string()),
            per_kam: s(ws.company.accounts_per_kam.to_string()),
        }
    }
}

fn number_error(e: &NumberError, locale: Locale) -> String {
    match e {
        NumberError::Empty => Msg::ErrEmpty,
        NumberError::NotANumber => Msg::ErrNotANumber,
        NumberError::TwoSeparators => Msg::ErrTwoSeparators,
        NumberError::TooLarge => Msg::ErrTooLarge,
    }
    .text(locale)
    .to_owned()
}

/// Parses a whole non-negative number, or says what is wrong with it.
fn parse_count(text: &str, locale: Locale) -> Result<u32, String> {
    let d: Decimal = parse_decimal(text).map_err(|e| number_error(&e, locale))?;
    if !d.fract().is_zero() {
        return Err(Msg::ErrNotInteger.text(locale).to_owned());
    }
    d.to_u32()
        .ok_or_else(|| Msg::ErrNotInteger.text(locale).to_owned())
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
fn read(f: Fields, locale: Locale) -> Result<Action, Vec<ShownProblem>> {
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
    let start_year = field(
        Msg::FieldStartYear,
        f.start_year.with_value(|t| parse_count(t, locale)),
    );
    let horizon = field(
        Msg::FieldHorizon,
        f.horizon.with_value(|t| parse_count(t, locale)),
    );
    let kams = field(
        Msg::FieldKamCount,
        f.kams.with_value(|t| parse_count(t, locale)),
    );
    let per_kam = field(
        Msg::FieldAccountsPerKam,
        f.per_kam.with_value(|t| parse_count(t, locale)),
    );
    let discount = f
        .discount
        .with_value(|t| parse_percent(t))
        .unwrap_or_else(|e| {
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
        name: f.name.with_value(|t| t.trim().to_owned()),
        company: Company {
            name: f.company.with_value(|t| t.trim().to_owned()),
            kam_count: kams,
            accounts_per_kam: per_kam,
        },
        settings: Settings {
            currency: Currency(f.currency.with_value(|t| currency_code(t))),
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

/// One labelled text input bound to `value`.
fn input(
    id: &'static str,
    label: Msg,
    value: StoredValue<String>,
    mode: &'static str,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            <input
                id=id
                type="text"
                inputmode=mode
                autocomplete="off"
                prop:value=value.get_value()
                on:input=move |ev| value.set_value(event_target_value(&ev))
            />
        </div>
    }
}

/// The settings form with its result line.
#[component]
pub fn SettingsForm() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let problems = RwSignal::new(Vec::<ShownProblem>::new());
    let saved = RwSignal::new(false);

    // The fields are rebuilt whenever the workspace changes (a save, a reset), so they
    // always start from the stored values, formatted for the current language.
    let form = move || {
        let f = store.ws().with(|ws| Fields::from_workspace(ws, lang.get()));
        let submit = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let locale = lang.get_untracked();
            saved.set(false);
            let result = read(f, locale).and_then(|action| {
                store.dispatch(action).map_err(|refusal| match refusal {
                    Refusal::Invalid(p) => shown(p, locale),
                    Refusal::ReadOnly => vec![ShownProblem {
                        field: Msg::FieldWorkspaceName.text(locale).to_owned(),
                        text: Msg::ReadOnlyRefused.text(locale).to_owned(),
                    }],
                })
            });
            match result {
                Ok(()) => {
                    problems.set(Vec::new());
                    saved.set(true);
                }
                Err(list) => problems.set(list),
            }
        };
        view! {
            <form class="settings" on:submit=submit novalidate>
                {input("set-name", Msg::FieldWorkspaceName, f.name, "text")}
                {input("set-company", Msg::FieldCompany, f.company, "text")}
                {input("set-currency", Msg::FieldCurrency, f.currency, "text")}
                {input("set-start-year", Msg::FieldStartYear, f.start_year, "numeric")}
                {input("set-horizon", Msg::FieldHorizon, f.horizon, "numeric")}
                {input("set-discount", Msg::FieldDiscountRate, f.discount, "decimal")}
                {input("set-kams", Msg::FieldKamCount, f.kams, "numeric")}
                {input("set-per-kam", Msg::FieldAccountsPerKam, f.per_kam, "numeric")}
                <div class="form-actions">
                    <button type="submit" class="primary">{tr(Msg::SaveSettings)}</button>
                </div>
            </form>
        }
    };

    view! {
        <section aria-labelledby="settings-title">
            <h2 id="settings-title">{tr(Msg::SettingsHeading)}</h2>
            <ProblemList problems=problems.read_only() />
            {dyn_view(form)}
            <p class="status" role="status">
                {dyn_view(move || saved.get().then(|| lang.t(Msg::SettingsSaved)))}
            </p>
        </section>
    }
}
