//! A competitor that key clients compare us with.

use super::ids::CompetitorId;
use serde::{Deserialize, Serialize};

/// A competitor (конкурент).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Competitor {
    /// Stable identifier within the workspace.
    pub id: CompetitorId,
    /// Name as the market knows it.
    pub name: String,
    /// Free note: positioning, strengths as the team sees them.
    #[serde(default)]
    pub note: String,
}
