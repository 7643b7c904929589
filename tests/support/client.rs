//! A new prospect with nothing measured yet, for tests that add clients.

use kam_studio::engine::model::{Client, ClientId, ClientStatus};
use kam_studio::engine::money::{Money, Rate};
use kam_studio::engine::profitability::CostToServe;

/// A prospect named `name` (developer, Kazan): no revenue, values, potential or costs.
pub fn new_client(name: &str) -> Client {
    Client {
        id: ClientId(0),
        name: name.into(),
        segment: "Девелопер".into(),
        status: ClientStatus::Prospect,
        vip: false,
        region: "Казань".into(),
        revenue: Money::ZERO,
        gross_margin: Rate::ZERO,
        values: Default::default(),
        potential: Vec::new(),
        cost_to_serve: CostToServe::default(),
        relative_strength: None,
    }
}
