//! A client's measured values: a map from criterion to value kept as one sorted `Vec`.
//!
//! Scoring walks every client's values once per change (10 000 clients × 30 criteria);
//! walking a `BTreeMap` took 5–6 ms of the 16 ms budget in wasm, a slice 0.6 ms
//! (docs/performance.md). The file format is unchanged: a JSON object whose keys are
//! criterion ids, read and written in ascending id order.

use super::ids::CriterionId;
use rust_decimal::Decimal;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Values by criterion, ascending by id, each id once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Values(Vec<(CriterionId, Decimal)>);

impl Values {
    /// No values.
    pub fn new() -> Values {
        Values(Vec::new())
    }

    fn find(&self, id: &CriterionId) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.cmp(id))
    }

    /// The value of criterion `id`.
    pub fn get(&self, id: &CriterionId) -> Option<&Decimal> {
        self.find(id).ok().map(|i| &self.0[i].1)
    }

    /// True when there is a value of criterion `id`.
    pub fn contains_key(&self, id: &CriterionId) -> bool {
        self.find(id).is_ok()
    }

    /// Sets the value of `id`; the value it replaces, if any.
    pub fn insert(&mut self, id: CriterionId, value: Decimal) -> Option<Decimal> {
        match self.find(&id) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (id, value));
                None
            }
        }
    }

    /// Removes the value of `id`; the value removed, if any.
    pub fn remove(&mut self, id: &CriterionId) -> Option<Decimal> {
        self.find(id).ok().map(|i| self.0.remove(i).1)
    }

    /// The ids with a value, ascending.
    pub fn keys(&self) -> impl Iterator<Item = &CriterionId> {
        self.0.iter().map(|(k, _)| k)
    }

    /// `(id, value)` pairs, ascending by id.
    pub fn iter(&self) -> Iter<'_> {
        self.0.iter().map(pair)
    }

    /// How many values there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn pair((k, v): &(CriterionId, Decimal)) -> (&CriterionId, &Decimal) {
    (k, v)
}

/// The iterator of [`Values::iter`].
pub type Iter<'a> = std::iter::Map<
    std::slice::Iter<'a, (CriterionId, Decimal)>,
    fn(&(CriterionId, Decimal)) -> (&CriterionId, &Decimal),
>;

impl<'a> IntoIterator for &'a Values {
    type Item = (&'a CriterionId, &'a Decimal);
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

/// Collects pairs in any order; for an id given twice the later value wins (as
/// inserting into a map).
impl FromIterator<(CriterionId, Decimal)> for Values {
    fn from_iter<I: IntoIterator<Item = (CriterionId, Decimal)>>(pairs: I) -> Values {
        let mut values = Values::new();
        for (id, value) in pairs {
            values.insert(id, value);
        }
        values
    }
}

/// `values[&id]`, for tests and data known to have the value: panics without it.
impl std::ops::Index<&CriterionId> for Values {
    type Output = Decimal;

    fn index(&self, id: &CriterionId) -> &Decimal {
        self.get(id).expect("no value of this criterion")
    }
}

impl Serialize for Values {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Values {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Values, D::Error> {
        struct ValuesVisitor;

        impl<'de> Visitor<'de> for ValuesVisitor {
            type Value = Values;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map from criterion id to value")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Values, A::Error> {
                let mut values = Values::new();
                while let Some((id, value)) = map.next_entry::<CriterionId, Decimal>()? {
                    values.insert(id, value);
                }
                Ok(values)
            }
        }

        deserializer.deserialize_map(ValuesVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u32) -> CriterionId {
        CriterionId(n)
    }

    #[test]
    fn keeps_ids_sorted_and_unique_like_a_map() {
        // Inserted 3, 1, 2, then 1 again: ascending 1, 2, 3 with 1's second value.
        let mut v = Values::new();
        assert_eq!(v.insert(id(3), Decimal::from(30)), None);
        assert_eq!(v.insert(id(1), Decimal::from(10)), None);
        assert_eq!(v.insert(id(2), Decimal::from(20)), None);
        assert_eq!(v.insert(id(1), Decimal::from(11)), Some(Decimal::from(10)));
        let pairs: Vec<(u32, Decimal)> = v.iter().map(|(k, x)| (k.0, *x)).collect();
        assert_eq!(
            pairs,
            [
                (1, Decimal::from(11)),
                (2, Decimal::from(20)),
                (3, Decimal::from(30))
            ]
        );
        assert_eq!(v.get(&id(2)), Some(&Decimal::from(20)));
        assert!(!v.contains_key(&id(4)));
        assert_eq!(v.remove(&id(2)), Some(Decimal::from(20)));
        assert_eq!(v.remove(&id(2)), None);
        assert_eq!(v.len(), 2);
    }

    #[test]
    fn collecting_keeps_the_last_of_a_repeated_id() {
        let v: Values = [
            (id(2), Decimal::ONE),
            (id(1), Decimal::TWO),
            (id(2), Decimal::TEN),
        ]
        .into_iter()
        .collect();
        assert_eq!(v.keys().map(|k| k.0).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(v[&id(2)], Decimal::TEN);
    }

    #[test]
    fn reads_and_writes_the_json_object_of_the_file_format() {
        // Keys in any order in the file; written back ascending, values as strings.
        let v: Values = serde_json::from_str(r#"{"7": "1.5", "2": "40"}"#).unwrap();
        assert_eq!(v.keys().map(|k| k.0).collect::<Vec<_>>(), [2, 7]);
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"{"2":"40","7":"1.5"}"#
        );
    }
}
