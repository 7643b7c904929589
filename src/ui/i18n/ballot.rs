//! Messages of the participant's ballot page (the phone layout opened from a session
//! link).

use crate::engine::locale::Locale;

super::messages::catalogue! {
    /// A message of the participant's ballot page.
    Bm;

    Title => "Бюллетень", "Ballot";
}
