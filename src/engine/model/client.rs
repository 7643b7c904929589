//! A client of our company: today's business with it and its measured profile values.

use super::ids::ClientId;
use super::values::Values;
use crate::engine::money::{Money, Rate};
use crate::engine::potential::PotentialYear;
use crate::engine::profitability::CostToServe;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Where a client stands with us today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClientStatus {
    /// Buys from us now.
    Current,
    /// Buys nothing from us yet (revenue may be zero) but may have potential.
    Prospect,
    /// Used to buy from us.
    Former,
}

impl ClientStatus {
    /// Every status, in display order.
    pub const ALL: [ClientStatus; 3] = [
        ClientStatus::Current,
        ClientStatus::Prospect,
        ClientStatus::Former,
    ];
}

/// A client (клиент) in the base that the profile ranks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Client {
    /// Stable identifier within the workspace.
    pub id: ClientId,
    /// Company name as the users know it.
    pub name: String,
    /// Market segment, e.g. «Девелопер», «Подрядчик», «Розничная сеть».
    pub segment: String,
    /// Current, prospect or former.
    pub status: ClientStatus,
    /// Marked "VIP" by the sales team: famous or big, which is not the same as key.
    pub vip: bool,
    /// Region or city.
    pub region: String,
    /// Revenue from this client over the last twelve months (zero for prospects).
    pub revenue: Money,
    /// Gross margin on that revenue, as a fraction (may be negative).
    pub gross_margin: Rate,
    /// Measured values of the profile criteria, in each criterion's unit.
    #[serde(default)]
    pub values: Values,
    /// Consumption potential per year of the horizon (may be empty: not estimated yet).
    pub potential: Vec<PotentialYear>,
    /// What serving the client costs over the same twelve months as `revenue`.
    pub cost_to_serve: CostToServe,
    /// Our strength in the client's eyes relative to the best competitor: our rating ÷
    /// the best competitor's rating (1 = on par, above 1 = stronger). Entered by hand
    /// until a competitive-analysis session computes it; `None` when unknown.
    pub relative_strength: Option<Decimal>,
}

impl Client {
    /// A current client named `name` with nothing else known yet: no segment, region,
    /// revenue, values, potential or costs, not VIP, strength not assessed.
    pub fn new(id: ClientId, name: &str) -> Client {
        Client {
            id,
            name: name.to_owned(),
            segment: String::new(),
            status: ClientStatus::Current,
            vip: false,
            region: String::new(),
            revenue: Money::ZERO,
            gross_margin: Rate::ZERO,
            values: Values::new(),
            potential: Vec::new(),
            cost_to_serve: CostToServe::default(),
            relative_strength: None,
        }
    }
}
