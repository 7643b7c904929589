//! Shared widgets.

mod coming_next;
mod lang_switch;
mod problems;
mod save_status;
mod storage_banner;
mod undo_redo;
mod update_banner;

pub use coming_next::ComingNext;
pub use lang_switch::LangSwitch;
pub use problems::ShownProblem;
pub use save_status::SaveStatus;
pub use storage_banner::StorageBanners;
pub use undo_redo::UndoRedo;
pub use update_banner::UpdateBanner;
