//! Validation of a whole workspace: every problem, each with the path of its field.
//!
//! Validation never stops at the first problem: an imported file or a form shows the
//! user everything that is wrong at once. Messages are kinds, not text; the UI
//! translates them (Russian first).

use super::problem::{Problem, ProblemKind};
use super::{Client, Criterion, Scale, Workspace};
use crate::engine::profile::ClassRule;
use rust_decimal::Decimal;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Longest accepted short text (names, units, regions), in characters.
pub const MAX_SHORT_TEXT: usize = 200;
/// Longest accepted long text (notes, descriptions), in characters.
pub const MAX_LONG_TEXT: usize = 2000;
/// Longest planning horizon, in years.
pub const MAX_HORIZON_YEARS: u32 = 10;
/// Largest accepted relative strength (our rating ÷ the best competitor's); it must
/// also be above zero.
pub const MAX_RELATIVE_STRENGTH: u32 = 10;

/// A field path, built only when a problem is found (a workspace of 10 000 clients has
/// half a million fields; formatting every path up front took most of the time).
pub(super) trait PathArg {
    fn build(self) -> String;
}

impl PathArg for &str {
    fn build(self) -> String {
        self.to_owned()
    }
}

impl<F: FnOnce() -> String> PathArg for F {
    fn build(self) -> String {
        self()
    }
}

/// Collects problems while walking the workspace.
pub(super) struct Checker {
    pub(super) problems: Vec<Problem>,
}

impl Checker {
    pub(super) fn push(&mut self, path: impl PathArg, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.build(),
            kind,
        });
    }

    pub(super) fn text(&mut self, path: impl PathArg, value: &str, required: bool, max: usize) {
        if required && value.trim().is_empty() {
            self.push(path, ProblemKind::Empty);
        } else if value.len() > max && value.chars().count() > max {
            self.push(path, ProblemKind::TooLong { max });
        }
    }

    pub(super) fn range(&mut self, path: impl PathArg, value: Decimal, min: Decimal, max: Decimal) {
        if value < min || value > max {
            self.push(path, ProblemKind::OutOfRange { min, max });
        }
    }

    pub(super) fn not_negative(&mut self, path: impl PathArg, value: Decimal) {
        if value.is_sign_negative() && !value.is_zero() {
            self.push(path, ProblemKind::Negative);
        }
    }

    /// `client`, when given, must be a client of `ws` (a session's or an offer's key
    /// client), else a problem at `path`.
    pub(super) fn known_client(
        &mut self,
        path: impl PathArg,
        client: Option<super::ClientId>,
        ws: &Workspace,
    ) {
        if let Some(client) = client {
            if !ws.clients.iter().any(|k| k.id == client) {
                self.push(
                    path,
                    ProblemKind::NotFound {
                        what: super::problem::Item::Client,
                        id: client.0,
                    },
                );
            }
        }
    }

    pub(super) fn unique(&mut self, path: &str, ids: impl Iterator<Item = u32>) {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.push(
                    || format!("{path}[{i}].id"),
                    ProblemKind::DuplicateId { id },
                );
            }
        }
    }
}

/// Checks the whole workspace and returns every problem found (empty when valid).
pub fn validate(ws: &Workspace) -> Vec<Problem> {
    validate_since(ws, None)
}

/// [`validate`] of `ws` made from `before`, a valid workspace (every workspace the app
/// holds passed validation): a client that is still the very `Arc` of `before` at the
/// same place, under the same criteria and settings, was valid and is not checked
/// again. An edit of one client in a base of 1 000 checks one client, not 1 000.
/// With `before` = `None` everything is checked. The result equals `validate(ws)`
/// whenever `validate(before)` is empty.
pub fn validate_since(ws: &Workspace, before: Option<&Workspace>) -> Vec<Problem> {
    let unchanged = before.filter(|b| b.criteria == ws.criteria && b.settings == ws.settings);
    let mut c = Checker {
        problems: Vec::new(),
    };
    let d = Decimal::from;

    c.text("name", &ws.name, true, MAX_SHORT_TEXT);
    c.text("company.name", &ws.company.name, false, MAX_SHORT_TEXT);
    c.range("company.kam_count", d(ws.company.kam_count), d(0), d(1000));
    c.range(
        "company.accounts_per_kam",
        d(ws.company.accounts_per_kam),
        d(1),
        d(200),
    );

    let s = &ws.settings;
    if !s.currency.is_valid() {
        c.push("settings.currency", ProblemKind::InvalidCurrency);
    }
    c.range(
        "settings.start_year",
        Decimal::from(s.start_year),
        d(2000),
        d(2100),
    );
    c.range(
        "settings.horizon_years",
        d(s.horizon_years),
        d(1),
        d(MAX_HORIZON_YEARS),
    );
    c.range(
        "settings.discount_rate",
        s.discount_rate.fraction(),
        Decimal::ZERO,
        Decimal::ONE,
    );

    c.unique("criteria", ws.criteria.iter().map(|k| k.id.0));
    for (i, k) in ws.criteria.iter().enumerate() {
        check_criterion(&mut c, &format!("criteria[{i}]"), k);
    }
    if !ws.criteria.is_empty() && ws.criteria.iter().all(|k| k.weight.is_zero()) {
        c.push("criteria", ProblemKind::ZeroTotalWeight);
    }

    // Sorted, so that each client's values (also sorted by id) are checked in one
    // merge walk: a set lookup per value took half the time of validating a big base.
    let mut known: Vec<u32> = ws.criteria.iter().map(|k| k.id.0).collect();
    crate::engine::sort::sort_by_key(&mut known, |k| *k);
    c.unique("clients", ws.clients.iter().map(|k| k.id.0));
    for (i, cl) in ws.clients.iter().enumerate() {
        if unchanged.is_some_and(|b| b.clients.get(i).is_some_and(|old| Arc::ptr_eq(old, cl))) {
            continue;
        }
        let p = ClientAt(i);
        c.text(|| format!("{p}.name"), &cl.name, true, MAX_SHORT_TEXT);
        c.text(
            || format!("{p}.segment"),
            &cl.segment,
            false,
            MAX_SHORT_TEXT,
        );
        c.text(|| format!("{p}.region"), &cl.region, false, MAX_SHORT_TEXT);
        if cl.revenue.is_negative() {
            c.push(|| format!("{p}.revenue"), ProblemKind::Negative);
        }
        c.range(
            || format!("{p}.gross_margin"),
            cl.gross_margin.fraction(),
            -Decimal::ONE,
            Decimal::ONE,
        );
        let mut k = 0;
        for id in cl.values.keys() {
            while k < known.len() && known[k] < id.0 {
                k += 1;
            }
            if known.get(k) != Some(&id.0) {
                c.push(
                    || format!("{p}.values[{id}]"),
                    ProblemKind::UnknownCriterion { id: id.0 },
                );
            }
        }
        check_potential(&mut c, p, cl, ws);
        check_cost_to_serve(&mut c, p, cl);
        if let Some(strength) = cl.relative_strength {
            if strength <= Decimal::ZERO || strength > d(MAX_RELATIVE_STRENGTH) {
                c.push(
                    || format!("{p}.relative_strength"),
                    ProblemKind::OutOfRange {
                        min: Decimal::ZERO,
                        max: d(MAX_RELATIVE_STRENGTH),
                    },
                );
            }
        }
    }

    c.unique("competitors", ws.competitors.iter().map(|k| k.id.0));
    for (i, k) in ws.competitors.iter().enumerate() {
        c.text(
            || format!("competitors[{i}].name"),
            &k.name,
            true,
            MAX_SHORT_TEXT,
        );
        c.text(
            || format!("competitors[{i}].note"),
            &k.note,
            false,
            MAX_LONG_TEXT,
        );
    }
    check_class_rule(&mut c, &ws.class_rule);
    super::validate_workshops::check_workshops(&mut c, ws);
    super::validate_offers::check_offers(&mut c, ws);
    c.problems
}

/// The path of the client at an index, `clients[i]`, written only when a problem needs
/// it (formatting it for every client took a third of validating a big base).
#[derive(Clone, Copy)]
struct ClientAt(usize);

impl std::fmt::Display for ClientAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "clients[{}]", self.0)
    }
}

/// The potential years of a client: inside the horizon and each year once; consumption
/// ≥ 0, attainable share in [0, 1], margin rate in [−1, 1], basis at most a long text.
fn check_potential(c: &mut Checker, p: ClientAt, cl: &Client, ws: &Workspace) {
    let first = ws.settings.start_year;
    let last = first.saturating_add(ws.settings.horizon_years.saturating_sub(1) as i32);
    let mut seen = BTreeSet::new();
    for (j, y) in cl.potential.iter().enumerate() {
        if y.year < first || y.year > last {
            c.push(
                || format!("{p}.potential[{j}].year"),
                ProblemKind::OutOfRange {
                    min: Decimal::from(first),
                    max: Decimal::from(last),
                },
            );
        } else if !seen.insert(y.year) {
            c.push(
                || format!("{p}.potential[{j}].year"),
                ProblemKind::DuplicateYear { year: y.year },
            );
        }
        if y.consumption.is_negative() {
            c.push(
                || format!("{p}.potential[{j}].consumption"),
                ProblemKind::Negative,
            );
        }
        c.text(
            || format!("{p}.potential[{j}].basis"),
            &y.basis,
            false,
            MAX_LONG_TEXT,
        );
        c.range(
            || format!("{p}.potential[{j}].attainable_share"),
            y.attainable_share.fraction(),
            Decimal::ZERO,
            Decimal::ONE,
        );
        c.range(
            || format!("{p}.potential[{j}].margin_rate"),
            y.margin_rate.fraction(),
            -Decimal::ONE,
            Decimal::ONE,
        );
    }
}

/// Every amount and number of hours of the cost-to-serve ≥ 0; financing rate in [0, 1].
fn check_cost_to_serve(c: &mut Checker, p: ClientAt, cl: &Client) {
    let k = &cl.cost_to_serve;
    // Field order of the form and of the file.
    let ordered = [
        ("logistics", k.logistics.amount()),
        ("transport", k.transport.amount()),
        ("courier", k.courier.amount()),
        ("manager_hours", k.manager_hours),
        ("manager_rate", k.manager_rate.amount()),
        ("trip_expenses", k.trip_expenses.amount()),
        ("accounting_hours", k.accounting_hours),
        ("accounting_rate", k.accounting_rate.amount()),
        ("discounts_bonuses", k.discounts_bonuses.amount()),
        ("average_receivables", k.average_receivables.amount()),
    ];
    for (field, value) in ordered {
        c.not_negative(|| format!("{p}.cost_to_serve.{field}"), value);
    }
    c.range(
        || format!("{p}.cost_to_serve.financing_rate"),
        k.financing_rate.fraction(),
        Decimal::ZERO,
        Decimal::ONE,
    );
}

/// Score thresholds of the class rule: 0 ≤ development_from ≤ key_from ≤ 100.
fn check_class_rule(c: &mut Checker, rule: &ClassRule) {
    if let ClassRule::Thresholds {
        key_from,
        development_from,
    } = *rule
    {
        c.range(
            "class_rule.key_from",
            key_from,
            Decimal::ZERO,
            Decimal::ONE_HUNDRED,
        );
        c.range(
            "class_rule.development_from",
            development_from,
            Decimal::ZERO,
            Decimal::ONE_HUNDRED,
        );
        if development_from > key_from {
            c.push(
                "class_rule.development_from",
                ProblemKind::ThresholdsNotOrdered,
            );
        }
    }
}

fn check_criterion(c: &mut Checker, p: &str, k: &Criterion) {
    c.text(|| format!("{p}.name"), &k.name, true, MAX_SHORT_TEXT);
    c.text(|| format!("{p}.measure"), &k.measure, false, MAX_LONG_TEXT);
    c.text(|| format!("{p}.source"), &k.source, false, MAX_LONG_TEXT);
    c.text(|| format!("{p}.unit"), &k.unit, false, MAX_SHORT_TEXT);
    if k.weight.is_sign_negative() && !k.weight.is_zero() {
        c.push(|| format!("{p}.weight"), ProblemKind::Negative);
    }
    match &k.scale {
        Scale::None => {}
        Scale::Linear { low, high } => {
            if low >= high {
                c.push(|| format!("{p}.scale"), ProblemKind::AnchorsNotOrdered);
            }
        }
        Scale::Bands { bands } => {
            if bands.is_empty() {
                c.push(|| format!("{p}.scale.bands"), ProblemKind::NoBands);
            }
            for (j, b) in bands.iter().enumerate() {
                c.range(
                    || format!("{p}.scale.bands[{j}].score"),
                    b.score,
                    Decimal::ZERO,
                    Decimal::ONE_HUNDRED,
                );
                if j > 0 && b.from <= bands[j - 1].from {
                    c.push(
                        || format!("{p}.scale.bands[{j}].from"),
                        ProblemKind::BandsNotAscending,
                    );
                }
            }
        }
    }
    if let Some(g) = &k.gate {
        let inverted = matches!((g.min, g.max), (Some(a), Some(b)) if a > b);
        if (g.min.is_none() && g.max.is_none()) || inverted {
            c.push(|| format!("{p}.gate"), ProblemKind::GateInvalid);
        }
    }
}
