//! One module per section of the application.

mod ballot;
mod clients;
mod competition;
mod data;
mod offers;
mod plan;

pub use ballot::{BallotPage, PASS_CHANNEL};
pub use clients::{BaseView, CardView, ClientsPage, ProfileView};
pub use competition::CompetitionPage;
pub use data::DataPage;
pub use offers::OffersPage;
pub use plan::PlanPage;
