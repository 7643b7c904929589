//! A generated profile and base of any size, for benchmarks (native in
//! `benches/engine.rs`, wasm in Chromium in `src/bin/score_bench.rs`): the same data
//! in both, so their figures compare.

use super::demo_workspace;
use crate::engine::model::{
    Ballot, Client, ClientId, CompetitorId, Criterion, CriterionId, Direction, Round, Scale,
    Workshop, WorkshopCriterion, WorkshopId,
};
use crate::engine::money::{Money, Rate};
use crate::engine::offer::{BaseDeal, Horizon, Service, Variant};
use rust_decimal::Decimal;

/// `n` linear criteria (0–1 000 units; every third lower-is-better; weights 1–7) and
/// `clients` clients with varied values (client c, criterion i: (7 919·c + 104 729·i)
/// mod 1 200, so some lie above the scale), everything else from the demo's first
/// client.
pub fn generated(n: u32, clients: u32) -> (Vec<Criterion>, Vec<Client>) {
    let template = Client::clone(&demo_workspace().clients[0]);
    let criteria = (1..=n)
        .map(|i| Criterion {
            id: CriterionId(i),
            name: format!("Критерий {i}"),
            measure: String::new(),
            source: String::new(),
            unit: "шт.".into(),
            direction: if i % 3 == 0 {
                Direction::LowerIsBetter
            } else {
                Direction::HigherIsBetter
            },
            scale: Scale::Linear {
                low: Decimal::ZERO,
                high: Decimal::from(1000),
            },
            weight: Decimal::from(1 + i % 7),
            gate: None,
        })
        .collect();
    let clients = (1..=clients)
        .map(|c| Client {
            id: ClientId(c),
            name: format!("Клиент {c}"),
            values: (1..=n)
                .map(|i| {
                    (
                        CriterionId(i),
                        Decimal::from((c * 7919 + i * 104_729) % 1200),
                    )
                })
                .collect(),
            ..template.clone()
        })
        .collect();
    (criteria, clients)
}

/// A workshop of `raters` ballots × `criteria` × (us + `rivals`) in two rounds, rated
/// by a linear congruential generator (deterministic, no rand crate): one rating in ten
/// is «не знаю». Shared by `benches/engine.rs` and the browser bench
/// (`src/bin/score_bench.rs`), so both measure the same work.
pub fn generated_workshop(raters: usize, criteria: usize, rivals: u32) -> Workshop {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as u32
    };
    let mut round = |tag: &str| Round {
        ballots: (0..raters)
            .map(|b| Ballot {
                id: format!("{tag}{b}"),
                participant: format!("P{b}"),
                ratings: (0..criteria)
                    .map(|_| {
                        (0..=rivals)
                            .map(|_| {
                                let r = next() % 11;
                                (r > 0).then_some(r as u8)
                            })
                            .collect()
                    })
                    .collect(),
            })
            .collect(),
    };
    let rounds = vec![round("a"), round("b")];
    Workshop {
        id: WorkshopId(1),
        token: "bench".into(),
        name: "bench".into(),
        client: None,
        share_client_name: false,
        anonymous: true,
        criteria: (0..criteria)
            .map(|c| WorkshopCriterion {
                name: format!("C{c}"),
                importance: Decimal::from(1 + c % 5),
            })
            .collect(),
        rivals: (1..=rivals).map(CompetitorId).collect(),
        rounds,
    }
}

/// A special offer for the benchmarks (issue #6: 5 variants over a 10-year horizon in
/// ≤ 1 ms in wasm): a deal of 10 000 units at 1 000 ₽ (cost 750 ₽, 5 % discount, 30
/// days) and five variants with growing discount, volume, deferral and a service.
/// Shared by `benches/engine.rs` and the browser bench (`src/bin/score_bench.rs`).
pub fn generated_offer() -> (BaseDeal, Vec<Variant>, Horizon) {
    let deal = BaseDeal {
        volume_per_year: Decimal::from(10_000),
        list_price: Money(Decimal::from(1_000)),
        unit_cost: Money(Decimal::from(750)),
        discount: Rate(Decimal::new(5, 2)),
        payment_days: 30,
        cost_to_serve: Money(Decimal::from(300_000)),
        financing_rate: Rate(Decimal::new(16, 2)),
    };
    let variants = (1..=5i64)
        .map(|k| {
            let mut v = deal.as_variant();
            v.discount = Rate(Decimal::new(5 + k, 2));
            v.volume_commitment = Decimal::from(10_000 + 500 * k);
            v.payment_days = 30 + 15 * k as u32;
            v.services = vec![Service {
                name: format!("Сервис {k}"),
                cost_to_us: Money(Decimal::from(50_000 * k)),
                value_to_client: Money(Decimal::from(120_000 * k)),
                hours: Decimal::from(40 * k),
            }];
            v
        })
        .collect();
    let horizon = Horizon {
        years: 10,
        discount_rate: Rate(Decimal::new(12, 2)),
        growth: Rate(Decimal::new(3, 2)),
    };
    (deal, variants, horizon)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_a_hand_computed_value() {
        let (criteria, clients) = generated(3, 2);
        assert_eq!(criteria.len(), 3);
        assert_eq!(clients.len(), 2);
        // Criterion 3 is the third: lower is better; weight 1 + 3 mod 7 = 4.
        assert_eq!(criteria[2].direction, Direction::LowerIsBetter);
        assert_eq!(criteria[2].weight, Decimal::from(4));
        // Client 1, criterion 1: (7 919 + 104 729) mod 1 200 = 112 648 mod 1 200 = 1 048.
        assert_eq!(clients[0].values[&CriterionId(1)], Decimal::from(1048));
        // Client 2, criterion 3: (15 838 + 314 187) mod 1 200 = 330 025 mod 1 200 = 25.
        assert_eq!(clients[1].values[&CriterionId(3)], Decimal::from(25));
    }
}
