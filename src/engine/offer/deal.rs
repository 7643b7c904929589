//! A special offer as the workspace keeps it (domain §4): one key client's base deal,
//! the variants modelled with the client, the client's feedback on each, and the one
//! the client chose (it will seed the Action Plan).

use super::{BaseDeal, Horizon, Variant};
use crate::engine::model::{ClientId, OfferId, Settings};
use crate::engine::money::Rate;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Most variants in one offer (the issue: 2–3, up to 5).
pub const MAX_VARIANTS: usize = 5;

/// What the client said about a variant.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    /// The client's score, 1–10; `None` when not asked yet.
    pub score: Option<u8>,
    /// The client's objections.
    pub objections: String,
    /// Anything else said.
    pub comments: String,
    /// When the client said it (`YYYY-MM-DD` in the file).
    #[serde(default, with = "crate::engine::format::iso::opt_date")]
    pub date: Option<NaiveDate>,
}

/// A variant of the offer with the client's feedback on it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferVariant {
    /// The levers of the variant.
    pub variant: Variant,
    /// The client's feedback.
    pub feedback: Feedback,
}

/// A special offer for one key client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Offer {
    /// Identity within the workspace.
    pub id: OfferId,
    /// The client the offer is for (`None` once that client was deleted).
    pub client: Option<ClientId>,
    /// The offer's title, e.g. «Северный квартал, 2027».
    pub name: String,
    /// Today's deal.
    pub base: BaseDeal,
    /// Yearly growth of volume-driven amounts over the horizon.
    pub growth: Rate,
    /// Service hours per year the team can give this client (the capacity check).
    pub available_hours: Decimal,
    /// The variants, in the order shown.
    pub variants: Vec<OfferVariant>,
    /// The variant the client chose (index into `variants`).
    pub chosen: Option<usize>,
    /// Whether the «discount only» reference is shown next to the variants.
    pub discount_only: bool,
}

impl Offer {
    /// The horizon of the figures: the workspace's planning years and discount rate,
    /// with this offer's growth.
    pub fn horizon(&self, settings: &Settings) -> Horizon {
        Horizon {
            years: settings.horizon_years,
            discount_rate: settings.discount_rate,
            growth: self.growth,
        }
    }
}
