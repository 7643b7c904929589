//! The workspace: everything one company keeps in KAM Studio.

use super::{Client, Competitor, Criterion, Workshop};
use crate::engine::money::Rate;
use crate::engine::profile::ClassRule;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// An ISO 4217 currency code such as `RUB`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Currency(pub String);

impl Currency {
    /// The Russian rouble, the default currency.
    pub fn rub() -> Currency {
        Currency("RUB".to_owned())
    }

    /// True for three upper-case Latin letters.
    pub fn is_valid(&self) -> bool {
        self.0.len() == 3 && self.0.bytes().all(|b| b.is_ascii_uppercase())
    }

    /// The sign written after an amount: `₽` for RUB, the code itself when no sign is known.
    pub fn symbol(&self) -> &str {
        match self.0.as_str() {
            "RUB" => "₽",
            "USD" => "$",
            "EUR" => "€",
            "KZT" => "₸",
            "CNY" => "¥",
            "BYN" => "Br",
            other => other,
        }
    }
}

/// Our own company and its KAM team.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Company {
    /// Our company's name.
    pub name: String,
    /// Number of key-account managers in the team.
    pub kam_count: u32,
    /// How many key accounts one KAM can serve well.
    pub accounts_per_kam: u32,
}

/// Settings that apply to every computation of the workspace.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Currency of every amount in the workspace.
    pub currency: Currency,
    /// First calendar year of the planning horizon.
    pub start_year: i32,
    /// Length of the planning horizon in years (1–10).
    pub horizon_years: u32,
    /// Annual discount rate used for NPV of potential and offers.
    pub discount_rate: Rate,
}

/// A workspace (рабочее пространство): our company, its settings, profile, clients and competitors.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    /// Name of the workspace; also names export files.
    pub name: String,
    /// Our company.
    pub company: Company,
    /// Currency, horizon and discount rate.
    pub settings: Settings,
    /// Criteria of the key-client profile.
    pub criteria: Vec<Criterion>,
    /// The client base. Each client is shared (`Arc`): a change copies only the
    /// clients it touches, so undo history is cheap and storage writes only the
    /// clients whose pointer changed since the last save.
    pub clients: Vec<Arc<Client>>,
    /// Competitors.
    pub competitors: Vec<Competitor>,
    /// How the ranked base is split into key / development / standard clients.
    pub class_rule: ClassRule,
    /// Competitive-analysis workshops (sessions), in the order they were created.
    pub workshops: Vec<Workshop>,
    /// Special offers modelled with key clients, in the order they were created.
    pub offers: Vec<crate::engine::offer::Offer>,
}

impl Workspace {
    /// A new empty workspace: no clients, criteria or competitors, sensible settings.
    pub fn empty(name: &str, start_year: i32) -> Workspace {
        Workspace {
            name: name.to_owned(),
            company: Company {
                name: String::new(),
                kam_count: 1,
                accounts_per_kam: 8,
            },
            settings: Settings {
                currency: Currency::rub(),
                start_year,
                horizon_years: 3,
                discount_rate: Rate::from_percent(Decimal::from(15)),
            },
            criteria: Vec::new(),
            clients: Vec::new(),
            competitors: Vec::new(),
            class_rule: ClassRule::default_thresholds(),
            workshops: Vec::new(),
            offers: Vec::new(),
        }
    }

    /// The calendar years of the planning horizon, in order.
    pub fn horizon(&self) -> impl Iterator<Item = i32> {
        let start = self.settings.start_year;
        (0..self.settings.horizon_years as i32).map(move |i| start + i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currency_symbols_and_validity() {
        assert_eq!(Currency::rub().symbol(), "₽");
        assert_eq!(Currency("GBP".into()).symbol(), "GBP");
        assert!(Currency::rub().is_valid());
        assert!(!Currency("rub".into()).is_valid());
        assert!(!Currency("RUBL".into()).is_valid());
    }

    #[test]
    fn horizon_lists_the_years() {
        let mut ws = Workspace::empty("Test", 2027);
        ws.settings.horizon_years = 3;
        assert_eq!(ws.horizon().collect::<Vec<_>>(), vec![2027, 2028, 2029]);
    }
}
