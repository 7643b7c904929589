//! Plural forms: Russian has one / few / many («1 клиент», «2 клиента», «5 клиентов»).

use crate::engine::locale::Locale;

/// The forms of a counted noun: Russian one, few, many; English one, other.
pub struct PluralForms {
    /// Russian form for 1, 21, 31 … (not 11).
    pub ru_one: &'static str,
    /// Russian form for 2–4, 22–24 … (not 12–14).
    pub ru_few: &'static str,
    /// Russian form for 0, 5–20, 25–30 …
    pub ru_many: &'static str,
    /// English singular.
    pub en_one: &'static str,
    /// English plural.
    pub en_other: &'static str,
}

/// The form of `forms` that goes with the count `n` in `locale` (CLDR rules for integers).
pub fn plural(n: u64, forms: &PluralForms, locale: Locale) -> &'static str {
    match locale {
        Locale::En => {
            if n == 1 {
                forms.en_one
            } else {
                forms.en_other
            }
        }
        Locale::Ru => {
            let (m10, m100) = (n % 10, n % 100);
            if m10 == 1 && m100 != 11 {
                forms.ru_one
            } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
                forms.ru_few
            } else {
                forms.ru_many
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLIENTS: PluralForms = PluralForms {
        ru_one: "клиент",
        ru_few: "клиента",
        ru_many: "клиентов",
        en_one: "client",
        en_other: "clients",
    };

    #[test]
    fn russian_plural_categories() {
        let f = |n| plural(n, &CLIENTS, Locale::Ru);
        assert_eq!(f(1), "клиент");
        assert_eq!(f(21), "клиент");
        assert_eq!(f(11), "клиентов");
        assert_eq!(f(2), "клиента");
        assert_eq!(f(34), "клиента");
        assert_eq!(f(12), "клиентов");
        assert_eq!(f(0), "клиентов");
        assert_eq!(f(32), "клиента");
        assert_eq!(plural(1, &CLIENTS, Locale::En), "client");
        assert_eq!(plural(32, &CLIENTS, Locale::En), "clients");
    }
}
