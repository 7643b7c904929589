//! Messages of «Конкурентный анализ» (the facilitator's side of a workshop).

use crate::engine::locale::Locale;

super::messages::catalogue! {
    /// A message of the competitive-analysis section.
    Wm;

    Title => "Конкурентный анализ", "Competitive analysis";
}
