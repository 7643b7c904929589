//! Typed identifiers: a client id can never be passed where a criterion id is meant.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a client within a workspace.
    ClientId
);
id_type!(
    /// Identifies a criterion of the key-client profile.
    CriterionId
);
id_type!(
    /// Identifies a competitor.
    CompetitorId
);
id_type!(
    /// Identifies a competitive-analysis workshop (session) within a workspace.
    WorkshopId
);
id_type!(
    /// Identifies a special offer within a workspace.
    OfferId
);

/// The next free id after the largest of `existing` (1 for an empty list).
pub fn next_id(existing: impl Iterator<Item = u32>) -> u32 {
    existing.max().map_or(1, |m| m.saturating_add(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_id_follows_the_largest() {
        assert_eq!(next_id([].into_iter()), 1);
        assert_eq!(next_id([3, 7, 2].into_iter()), 8);
    }
}
