//! A new prospect with nothing measured yet, for tests that add clients.

use kam_studio::engine::model::{Client, ClientId, ClientStatus};

/// A prospect named `name` (developer, Kazan): no revenue, values, potential or costs.
pub fn new_client(name: &str) -> Client {
    Client {
        segment: "Девелопер".into(),
        status: ClientStatus::Prospect,
        region: "Казань".into(),
        ..Client::new(ClientId(0), name)
    }
}
