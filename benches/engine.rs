//! Engine benchmarks (`cargo bench --no-default-features`): plain timing loops, no
//! framework, so the engine build stays free of extra dependencies. They print the
//! median of several runs; figures go to docs/performance.md. Budgets (issue #4):
//! score and rank 10 000 clients × 30 criteria in ≤ 16 ms *in wasm*; the whole
//! `analyse` of such a workspace in a few tens of ms natively. This native run is the
//! cheap first look, the browser figure is the one that counts. Workshop (domain §3):
//! aggregating 50 raters × 30 criteria × 8 competitors in ≤ 2 ms in wasm.

use kam_studio::engine::action::{apply, Action};
use kam_studio::engine::analysis::analyse;
use kam_studio::engine::demo::{demo_workspace, generated, generated_offer, generated_workshop};
use kam_studio::engine::format::{export_json, import_json};
use kam_studio::engine::model::{Client, ClientId, Criterion, CriterionId, Workspace};
use kam_studio::engine::money::Money;
use kam_studio::engine::offer::compare;
use kam_studio::engine::profile::{rank_and_classify, ClassRule};
use kam_studio::engine::workshop::results::{convergence, round_results};
use rust_decimal::Decimal;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Median wall time of `runs` calls of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// The demo workspace with the generated profile and base, revenue, potential and
/// relative strength varied per client so that ranks and quadrants are realistic.
fn generated_workspace(criteria: Vec<Criterion>, clients: &[Client]) -> Workspace {
    let mut ws = demo_workspace();
    ws.criteria = criteria;
    ws.clients = clients
        .iter()
        .map(|c| {
            let k = Decimal::from(c.id.0 * 7919 % 1000);
            let mut c = c.clone();
            c.revenue = Money(k * Decimal::from(97_000));
            c.relative_strength = Some(Decimal::new(5 + i64::from(c.id.0 % 10), 1));
            for y in &mut c.potential {
                y.consumption =
                    Money(y.consumption.amount() * (Decimal::ONE + k / Decimal::from(250)));
            }
            std::sync::Arc::new(c)
        })
        .collect();
    ws
}

fn main() {
    let session = generated_workshop(50, 30, 8);
    let t = median(21, || {
        black_box(round_results(&session, 1));
    });
    println!("workshop round results, 50 raters × 30 criteria × 8 competitors (native): {t:?}");
    let t = median(21, || {
        black_box(convergence(&session, 0, 1));
    });
    println!("workshop convergence of two such rounds (native): {t:?}");

    let (criteria, clients) = generated(30, 10_000);
    let rule = ClassRule::default_thresholds();
    let t = median(9, || {
        black_box(rank_and_classify(&criteria, &clients, &rule));
    });
    println!("score + rank + classify, 10 000 clients × 30 criteria (native): {t:?}");

    let analysed = generated_workspace(criteria.clone(), &clients);
    let t = median(9, || {
        black_box(analyse(&analysed));
    });
    println!("analyse 10 000 clients × 30 criteria (native): {t:?}");
    let edit = Action::SetValue {
        client: ClientId(5000),
        criterion: CriterionId(7),
        value: Some(Decimal::from(123)),
    };
    assert!(
        apply(&analysed, edit.clone()).is_ok(),
        "the timed edit is accepted"
    );
    let t = median(9, || {
        black_box(apply(&analysed, edit.clone()).is_ok());
    });
    println!("apply one value + validate, 10 000 clients (native): {t:?}");

    let mut ws = demo_workspace();
    ws.clients = clients.into_iter().map(std::sync::Arc::new).collect();
    let t = median(5, || {
        black_box(export_json(&ws, None));
    });
    println!("export 10 000-client workspace to JSON (native): {t:?}");
    let json = export_json(&ws, None);
    let t = median(5, || {
        black_box(import_json(&json).is_ok());
    });
    println!(
        "import + validate 10 000-client workspace, {:.1} MB (native): {t:?}",
        json.len() as f64 / 1e6
    );

    // Special-offer variants (issue #6): 5 variants × 10-year horizon, ≤ 1 ms in wasm.
    let (deal, offers, ten_years) = generated_offer();
    let t = median(101, || {
        black_box(compare(&deal, &offers, &ten_years));
    });
    println!("offer: base + 5 variants × 10-year horizon (native): {t:?}");
}
