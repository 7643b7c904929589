//! The group competitive-analysis workshop (domain §3): statistics of the ratings,
//! the results a facilitator discusses, and the codes that carry a session to the
//! participants' phones and their ballots back.

pub mod codec;
pub mod results;
pub mod stats;
pub mod strength;
