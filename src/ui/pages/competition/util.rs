//! Small helpers of the workshop pages.

use crate::engine::locale::Locale;
use crate::engine::model::Problem;

/// A random text of `n` characters from the URL-safe alphabet: session tokens and
/// ballot ids (unique enough to tell sessions and ballots apart; not a secret).
pub fn random_id(n: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    (0..n)
        .map(|_| {
            let i = (js_sys::Math::random() * ALPHABET.len() as f64) as usize;
            ALPHABET[i.min(ALPHABET.len() - 1)] as char
        })
        .collect()
}

/// The problems of a refused change, as one line for a notice.
pub fn problems_text(problems: &[Problem], locale: Locale) -> String {
    problems
        .iter()
        .map(|p| {
            format!(
                "{}: {}",
                p.path,
                crate::ui::i18n::problem_text(&p.kind, locale, false)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}
