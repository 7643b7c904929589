//! Import never panics: random and mutated documents either load as a valid
//! workspace or are refused with an error (a wasm panic would kill the page).

use kam_studio::engine::demo::demo_workspace;
use kam_studio::engine::format::{export_json, import_json, ImportError, MAX_PROBLEMS};
use kam_studio::engine::model::validate;
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Map, Value};
use std::sync::LazyLock;

/// The demo export, parsed once: cases mutate a clone of this value (parsing the
/// text for every case would make the debug run several times slower).
static DEMO: LazyLock<Value> = LazyLock::new(|| {
    serde_json::from_str(&export_json(&demo_workspace(), None)).expect("the demo export parses")
});

/// The demo export with its first three clients only: every kind of field at
/// about a third of the size, so most cases stay fast in a debug build.
static DEMO_SMALL: LazyLock<Value> = LazyLock::new(|| {
    let mut ws = demo_workspace();
    ws.clients.truncate(3);
    serde_json::from_str(&export_json(&ws, None)).expect("the demo export parses")
});

/// One change to a document.
#[derive(Clone, Debug)]
enum Mutation {
    /// Remove a key of a random non-empty object.
    DeleteKey(Index, Index),
    /// Replace a random node by a random value of another type.
    Replace(Index, Value),
    /// Duplicate an element of a random non-empty array in place.
    Duplicate(Index, Index),
    /// Replace a random number or string by a huge, negative or non-numeric value.
    Weird(Index, Value),
    /// Set the envelope version.
    Version(Value),
}

/// Strings matching `pattern`. A `&str` strategy would re-parse its regex for every
/// generated value, which dominates a debug run; this parses it once.
fn regex(pattern: &str) -> proptest::string::RegexGeneratorStrategy<String> {
    proptest::string::string_regex(pattern).expect("a valid test regex")
}

/// A random JSON value, nested a little.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        regex(".{0,12}").prop_map(Value::from),
        weird(),
    ];
    leaf.prop_recursive(3, 12, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(regex("[a-z_]{0,8}"), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Numbers and number-like strings that break naive parsing.
fn weird() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!(u64::MAX)),
        Just(json!(i64::MIN)),
        Just(json!(1e308)),
        Just(json!(-1e-308)),
        Just(json!(-1)),
        Just(json!(0)),
        Just(json!("1e400")),
        Just(json!("-1e-400")),
        Just(json!("79228162514264337593543950336")),
        Just(json!("-79228162514264337593543950335.5")),
        Just(json!("0.00000000000000000000000000001")),
        Just(json!("NaN")),
        Just(json!("∞")),
        Just(json!("1 234,5")),
        Just(json!("")),
        Just(json!("-")),
        Just(json!("1e")),
        Just(json!("e5")),
        regex("-?[0-9]{1,40}(\\.[0-9]{0,40})?(e-?[0-9]{1,4})?").prop_map(Value::from),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::DeleteKey(a, b)),
        (any::<Index>(), any_json()).prop_map(|(a, v)| Mutation::Replace(a, v)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Duplicate(a, b)),
        (any::<Index>(), weird()).prop_map(|(a, v)| Mutation::Weird(a, v)),
        prop_oneof![
            Just(json!(0)),
            Just(json!(2)),
            Just(json!(99)),
            Just(json!(-1)),
            Just(json!("1")),
            Just(json!(1.0)),
            Just(Value::Null),
            Just(json!(u64::MAX)),
        ]
        .prop_map(Mutation::Version),
    ]
}

/// Number of nodes of `v` (itself included) that satisfy `pred`.
fn count(v: &Value, pred: &dyn Fn(&Value) -> bool) -> usize {
    let own = usize::from(pred(v));
    own + match v {
        Value::Array(a) => a.iter().map(|x| count(x, pred)).sum(),
        Value::Object(m) => m.values().map(|x| count(x, pred)).sum(),
        _ => 0,
    }
}

/// The `n`-th node of `v` in pre-order that satisfies `pred`.
fn nth<'a>(
    v: &'a mut Value,
    pred: &dyn Fn(&Value) -> bool,
    n: &mut usize,
) -> Option<&'a mut Value> {
    if pred(v) {
        if *n == 0 {
            return Some(v);
        }
        *n -= 1;
    }
    match v {
        Value::Array(a) => a.iter_mut().find_map(|x| nth(x, pred, n)),
        Value::Object(m) => m.values_mut().find_map(|x| nth(x, pred, n)),
        _ => None,
    }
}

/// The node chosen by `at` among those satisfying `pred`, if there is any.
fn pick<'a>(v: &'a mut Value, at: &Index, pred: &dyn Fn(&Value) -> bool) -> Option<&'a mut Value> {
    let total = count(v, pred);
    if total == 0 {
        return None;
    }
    nth(v, pred, &mut at.index(total))
}

fn same_type(a: &Value, b: &Value) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

fn apply(doc: &mut Value, m: &Mutation) {
    match m {
        Mutation::DeleteKey(at, key) => {
            let pred = |v: &Value| v.as_object().is_some_and(|o| !o.is_empty());
            if let Some(Value::Object(o)) = pick(doc, at, &pred) {
                let k = o.keys().nth(key.index(o.len())).cloned();
                if let Some(k) = k {
                    o.remove(&k);
                }
            }
        }
        Mutation::Replace(at, value) => {
            if let Some(node) = pick(doc, at, &|_| true) {
                *node = if same_type(node, value) {
                    Value::Array(vec![value.clone()])
                } else {
                    value.clone()
                };
            }
        }
        Mutation::Duplicate(at, i) => {
            let pred = |v: &Value| v.as_array().is_some_and(|a| !a.is_empty());
            if let Some(Value::Array(a)) = pick(doc, at, &pred) {
                let i = i.index(a.len());
                a.insert(i + 1, a[i].clone());
            }
        }
        Mutation::Weird(at, value) => {
            let pred = |v: &Value| v.is_number() || v.is_string();
            if let Some(node) = pick(doc, at, &pred) {
                *node = value.clone();
            }
        }
        Mutation::Version(value) => {
            if let Some(o) = doc.as_object_mut() {
                o.insert("version".into(), value.clone());
            }
        }
    }
}

/// The text cut at the char boundary at or before the chosen byte.
fn truncate<'a>(text: &'a str, at: &Index) -> &'a str {
    let mut end = at.index(text.len() + 1);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// What every import must satisfy: a valid workspace or a well-formed refusal.
fn check(text: &str) -> Result<(), TestCaseError> {
    match import_json(text) {
        Ok(imported) => {
            prop_assert_eq!(validate(&imported.workspace), vec![]);
            prop_assert_eq!(imported.preview.clients, imported.workspace.clients.len());
        }
        Err(ImportError::Problems { problems, total }) => {
            prop_assert!(!problems.is_empty() && problems.len() <= MAX_PROBLEMS);
            prop_assert!(total >= problems.len());
            prop_assert!(problems.iter().all(|p| p.path.starts_with("workspace")));
        }
        Err(other) => prop_assert!(!other.to_string().is_empty()),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn mutated_demo_exports_never_panic(
        full in prop::bool::weighted(0.1),
        mutations in prop::collection::vec(mutation(), 0..4),
        cut in prop::option::weighted(0.2, any::<Index>()),
    ) {
        // Guards "never panic on user data" for files that are almost right.
        let mut doc = if full { DEMO.clone() } else { DEMO_SMALL.clone() };
        for m in &mutations {
            apply(&mut doc, m);
        }
        let text = doc.to_string();
        let text = match &cut {
            Some(at) => truncate(&text, at),
            None => &text,
        };
        check(text)?;
    }

    #[test]
    fn random_text_never_panics(
        text in prop_oneof![
            any::<String>(),
            regex("[\\[\\]{}\",:0-9a-z \\-.eE\\\\]{0,200}"),
            regex("[\\[\\]{}\",:0-9 \\-.]{0,120}").prop_map(|tail| format!(
                "{{\"format\":\"kam-studio/workspace\",\"version\":1,\"workspace\":{tail}"
            )),
        ],
    ) {
        // Guards "never panic on user data" for arbitrary text, including near-JSON.
        check(&text)?;
    }
}
