//! Score and rank in the browser (issue #4's budget: 10 000 clients × 30 criteria in
//! ≤ 16 ms in wasm, headless Chromium). A separate wasm module, never part of the app
//! bundle (Trunk builds only `--bin kam-studio`): `scripts/measure-score.mjs` builds it
//! with `cargo build --release --target wasm32-unknown-unknown --bin score_bench` (the
//! app's release profile), runs `wasm-bindgen --target web` and `wasm-opt -Oz` like the
//! app's build, and calls it from a page in headless Chromium. A bin rather than an
//! example because examples link the dev-dependencies (proptest), which do not build for
//! wasm32.
//!
//! The generated base is the one of `benches/engine.rs` (`engine::demo::generated`,
//! so the native and the browser figures measure the same work); it is built in the
//! constructor, outside the timed part. Each timed run is one call of
//! [`rank_and_classify`] (score, rank, classes) and the drop of its result, as in the
//! native bench.

use kam_studio::engine::demo::{generated, generated_offer, generated_workshop};
use kam_studio::engine::model::Workshop;
use kam_studio::engine::model::{Client, Criterion};
use kam_studio::engine::offer::{compare, BaseDeal, Horizon, Variant};
use kam_studio::engine::profile::{rank_and_classify, Class, ClassRule};
use kam_studio::engine::workshop::results::round_results;
use std::hint::black_box;
use wasm_bindgen::prelude::*;

/// Nothing to do on start: the page calls [`ScoreBench`].
fn main() {}

/// The time of each of `runs` batches of `per_batch` calls of `work`, divided by
/// `per_batch` (ms per call: `performance.now()` counts in 0.1 ms steps).
fn batches(runs: u32, per_batch: u32, work: &dyn Fn()) -> Vec<f64> {
    let performance = performance();
    (0..runs)
        .map(|_| {
            let start = performance.now();
            for _ in 0..per_batch {
                work();
            }
            (performance.now() - start) / f64::from(per_batch.max(1))
        })
        .collect()
}

/// The page's clock (`performance.now()`, in 0.1 ms steps when the page is not
/// cross-origin isolated).
fn performance() -> web_sys::Performance {
    web_sys::window()
        .and_then(|w| w.performance())
        .expect("performance.now() is available in a page")
}

/// A generated profile and base, ready to be ranked again and again.
#[wasm_bindgen]
pub struct ScoreBench {
    criteria: Vec<Criterion>,
    clients: Vec<Client>,
    rule: ClassRule,
    /// Key, development and standard clients found by the last run.
    classes: [u32; 3],
}

#[wasm_bindgen]
impl ScoreBench {
    /// Generates `clients` clients with `criteria` linear criteria (not timed).
    #[wasm_bindgen(constructor)]
    pub fn new(clients: u32, criteria: u32) -> ScoreBench {
        let (criteria, clients) = generated(criteria, clients);
        ScoreBench {
            criteria,
            clients,
            rule: ClassRule::default_thresholds(),
            classes: [0; 3],
        }
    }

    /// Runs score + rank + classify `runs` times; the duration of each run in ms
    /// (`performance.now()`, whose resolution in a page that is not cross-origin
    /// isolated is 0.1 ms).
    pub fn run(&mut self, runs: u32) -> Vec<f64> {
        let performance = performance();
        (0..runs)
            .map(|_| {
                let start = performance.now();
                let ranked = black_box(rank_and_classify(
                    black_box(&self.criteria),
                    black_box(&self.clients),
                    &self.rule,
                ));
                self.classes = [Class::Key, Class::Development, Class::Standard]
                    .map(|c| ranked.iter().filter(|s| s.class == c).count() as u32);
                drop(ranked);
                performance.now() - start
            })
            .collect()
    }

    /// Key, development and standard clients found by the last run: a sanity check
    /// that the work was done.
    pub fn classes(&self) -> Vec<u32> {
        self.classes.to_vec()
    }
}

/// Issue #5's budget: aggregating 50 raters × 30 criteria × 8 competitors (one round's
/// results: cell statistics, weighted scores, gaps, disputed cells, bias) in ≤ 2 ms.
/// The session is `engine::demo::generated_workshop`, as in `benches/engine.rs`.
#[wasm_bindgen]
pub struct WorkshopBench {
    session: Workshop,
}

#[wasm_bindgen]
impl WorkshopBench {
    /// Generates the session (not timed).
    #[wasm_bindgen(constructor)]
    pub fn new(raters: u32, criteria: u32, rivals: u32) -> WorkshopBench {
        WorkshopBench {
            session: generated_workshop(raters as usize, criteria as usize, rivals),
        }
    }

    /// The time of each of `runs` batches of `per_batch` aggregations, divided by
    /// `per_batch` (ms per aggregation: `performance.now()` counts in 0.1 ms steps).
    pub fn run(&self, runs: u32, per_batch: u32) -> Vec<f64> {
        batches(runs, per_batch, &|| {
            drop(black_box(round_results(black_box(&self.session), 0)));
        })
    }
}

/// Issue #6's budget: recalculating 5 offer variants over a 10-year horizon in ≤ 1 ms.
/// The offer is `engine::demo::generated_offer`, as in `benches/engine.rs`.
#[wasm_bindgen]
pub struct OfferBench {
    base: BaseDeal,
    variants: Vec<Variant>,
    horizon: Horizon,
}

impl Default for OfferBench {
    fn default() -> OfferBench {
        OfferBench::new()
    }
}

#[wasm_bindgen]
impl OfferBench {
    /// The generated offer (not timed).
    #[wasm_bindgen(constructor)]
    pub fn new() -> OfferBench {
        let (base, variants, horizon) = generated_offer();
        OfferBench {
            base,
            variants,
            horizon,
        }
    }

    /// The time of each of `runs` batches of `per_batch` recalculations (every figure
    /// of the base and the five variants, the comparison), divided by `per_batch`.
    pub fn run(&self, runs: u32, per_batch: u32) -> Vec<f64> {
        batches(runs, per_batch, &|| {
            drop(black_box(compare(
                black_box(&self.base),
                black_box(&self.variants),
                &self.horizon,
            )));
        })
    }
}
