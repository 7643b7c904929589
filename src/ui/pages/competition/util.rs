//! Small helpers of the workshop pages.

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
