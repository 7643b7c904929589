//! Shared widgets.

mod coming_next;
mod lang_switch;
mod problems;

pub use coming_next::ComingNext;
pub use lang_switch::LangSwitch;
pub use problems::{ProblemList, ShownProblem};
