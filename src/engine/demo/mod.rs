//! The built-in demo workspace «Демо: СтройРесурс»: a building-materials supplier
//! (dry mixes, insulation, roofing, facade systems) with a three-KAM team.
//!
//! It is loaded on the first start of the app and by «Сбросить к демо». The data is
//! fictional but tells the stories of the domain brief (§1, §2): a VIP that loses
//! money, an overrated famous brand, a hidden gem, a prospect with the largest
//! potential, and a criterion that cannot be measured. The ids of those cases are
//! public constants so that tests and the UI can point at them.
//!
//! Every client has five years of consumption potential (2027–2031, `potential.rs`)
//! and most a relative strength; every current client has a cost-to-serve
//! (`costs.rs`). After cost-to-serve both famous VIPs (ids 2 and 3) lose money, while
//! the top prospect (id 8) has the largest potential value and the hidden gem (id 7)
//! is in the top five.

mod clients;
mod competitors;
mod costs;
mod criteria;
mod generated;
mod offer;
mod potential;
mod workshop;

pub use generated::{generated, generated_offer, generated_workshop};

use crate::engine::model::{ClientId, Company, CriterionId, Currency, Settings, Workspace};
use crate::engine::money::Rate;
use crate::engine::profile::ClassRule;
use rust_decimal::Decimal;

/// Story «VIP, но убыточный»: Сеть «ДомМастер», the largest revenue, negative gross margin.
pub const VIP_LOSS_MAKING: ClientId = ClientId(2);
/// Story «переоценённый VIP»: ГК «Столичный горизонт», thin margin, weak profile, fails gates.
pub const VIP_OVERRATED: ClientId = ClientId(3);
/// Story «скрытый бриллиант»: СЗ «Камская долина», small revenue, very large potential
/// (a top-five potential value).
pub const HIDDEN_GEM: ClientId = ClientId(7);
/// Story: ГК «Уральская застройка», a prospect with zero revenue and the highest potential.
pub const TOP_PROSPECT: ClientId = ClientId(8);
/// The one criterion that is not measurable: «Известность бренда на рынке».
pub const UNMEASURABLE_CRITERION: CriterionId = CriterionId(13);

/// The built-in Russian demo workspace: a building-materials supplier.
pub fn demo_workspace() -> Workspace {
    let criteria = criteria::criteria();
    let measured: Vec<CriterionId> = criteria
        .iter()
        .filter(|k| k.is_measurable())
        .map(|k| k.id)
        .collect();
    let settings = Settings {
        currency: Currency::rub(),
        start_year: 2027,
        horizon_years: 5,
        discount_rate: Rate::from_percent(Decimal::from(18)),
    };
    let mut clients = clients::clients(&measured);
    potential::fill(&mut clients, settings.start_year, settings.horizon_years);
    costs::fill(&mut clients);
    Workspace {
        name: "Демо: СтройРесурс".to_owned(),
        company: Company {
            name: "СтройРесурс".to_owned(),
            kam_count: 3,
            accounts_per_kam: 4,
        },
        settings,
        clients: clients.into_iter().map(std::sync::Arc::new).collect(),
        criteria,
        competitors: competitors::competitors(),
        workshops: workshop::workshops(),
        offers: offer::offers(),
        class_rule: ClassRule::default_thresholds(),
    }
}

/// Parses a decimal literal of the demo tables (`"478_362_410"`, `"-3.5"`).
///
/// The tables are constants checked by the tests below, never user data.
fn dec(literal: &str) -> Decimal {
    Decimal::from_str_exact(&literal.replace('_', ""))
        .unwrap_or_else(|e| panic!("demo literal {literal:?}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{validate, ClientStatus, Criterion, Scale, Workspace};
    use crate::engine::money::Money;
    use crate::engine::potential::potential_value;
    use crate::engine::profitability::{profitability, CostToServe};
    use rust_decimal_macros::dec;
    use std::collections::BTreeSet;

    fn value(ws: &Workspace, client: ClientId, criterion: u32) -> Decimal {
        let c = ws.clients.iter().find(|c| c.id == client).unwrap();
        c.values[&CriterionId(criterion)]
    }

    fn measurable(ws: &Workspace) -> Vec<&Criterion> {
        ws.criteria.iter().filter(|k| k.is_measurable()).collect()
    }

    #[test]
    fn demo_is_valid() {
        let ws = demo_workspace();
        assert_eq!(validate(&ws), vec![]);
    }

    #[test]
    fn settings_and_company() {
        let ws = demo_workspace();
        assert_eq!(ws.name, "Демо: СтройРесурс");
        assert_eq!(ws.company.name, "СтройРесурс");
        assert_eq!((ws.company.kam_count, ws.company.accounts_per_kam), (3, 4));
        assert_eq!(ws.settings.currency, Currency::rub());
        assert_eq!(
            ws.horizon().collect::<Vec<_>>(),
            (2027..=2031).collect::<Vec<_>>()
        );
        assert_eq!(ws.settings.discount_rate, Rate(dec!(0.18)));
    }

    #[test]
    fn sizes() {
        let ws = demo_workspace();
        assert!(ws.clients.len() >= 30, "{} clients", ws.clients.len());
        assert!(ws.criteria.len() >= 10);
        assert_eq!(ws.competitors.len(), 4);
    }

    #[test]
    fn measurable_weights_sum_to_100_and_one_criterion_is_not_measurable() {
        let ws = demo_workspace();
        let total: Decimal = measurable(&ws).iter().map(|k| k.weight).sum();
        assert_eq!(total, dec!(100));
        let flagged: Vec<_> = ws.criteria.iter().filter(|k| !k.is_measurable()).collect();
        assert_eq!(flagged.len(), 1);
        let k = flagged[0];
        assert_eq!(k.id, UNMEASURABLE_CRITERION);
        assert_eq!(k.name, "Известность бренда на рынке");
        assert!(k.unit.is_empty() && k.scale == Scale::None && k.weight.is_zero());
        assert!(ws.criteria.iter().filter(|k| k.gate.is_some()).count() >= 2);
    }

    #[test]
    fn every_client_has_every_measurable_value_and_only_those() {
        let ws = demo_workspace();
        let ids: BTreeSet<CriterionId> = measurable(&ws).iter().map(|k| k.id).collect();
        for c in &ws.clients {
            let have: BTreeSet<CriterionId> = c.values.keys().copied().collect();
            assert_eq!(have, ids, "client {} {}", c.id, c.name);
        }
    }

    #[test]
    fn values_are_varied() {
        let ws = demo_workspace();
        for k in measurable(&ws) {
            let distinct: BTreeSet<Decimal> = ws
                .clients
                .iter()
                .map(|c| c.values[&k.id].normalize())
                .collect();
            assert!(distinct.len() >= 3, "criterion {} has {distinct:?}", k.name);
        }
        let margins: BTreeSet<Decimal> = ws.clients.iter().map(|c| c.gross_margin.0).collect();
        assert!(margins.len() >= 25);
    }

    #[test]
    fn ids_unique_and_start_at_one() {
        let ws = demo_workspace();
        fn check(ids: Vec<u32>) {
            let set: BTreeSet<u32> = ids.iter().copied().collect();
            assert_eq!(set.len(), ids.len(), "duplicate ids");
            assert_eq!(set.iter().next(), Some(&1));
        }
        check(ws.clients.iter().map(|c| c.id.0).collect());
        check(ws.criteria.iter().map(|k| k.id.0).collect());
        check(ws.competitors.iter().map(|k| k.id.0).collect());
    }

    #[test]
    fn status_mix() {
        let ws = demo_workspace();
        let count = |s| ws.clients.iter().filter(|c| c.status == s).count();
        let zero_prospects = ws
            .clients
            .iter()
            .filter(|c| c.status == ClientStatus::Prospect && c.revenue.0.is_zero())
            .count();
        assert!(zero_prospects >= 6);
        assert_eq!(zero_prospects, count(ClientStatus::Prospect));
        assert_eq!(count(ClientStatus::Former), 2);
        assert!(count(ClientStatus::Current) > ws.clients.len() / 2);
        let vips = ws.clients.iter().filter(|c| c.vip).count();
        assert!((5..=6).contains(&vips));
    }

    #[test]
    fn vip_loss_making_has_the_largest_revenue_and_a_negative_margin() {
        let ws = demo_workspace();
        assert!(ws
            .clients
            .iter()
            .any(|c| c.vip && c.gross_margin.0 < Decimal::ZERO));
        let c = ws.clients.iter().find(|c| c.id == VIP_LOSS_MAKING).unwrap();
        let max = ws.clients.iter().map(|c| c.revenue).max().unwrap();
        assert!(c.vip && c.revenue == max && c.gross_margin == Rate(dec!(-0.035)));
    }

    #[test]
    fn vip_overrated_is_thin_and_fails_the_gates() {
        let ws = demo_workspace();
        let c = ws.clients.iter().find(|c| c.id == VIP_OVERRATED).unwrap();
        assert!(c.vip && c.revenue.0 > dec!(300_000_000));
        assert!(c.gross_margin.0 < dec!(0.05));
        assert!(value(&ws, VIP_OVERRATED, 7) > dec!(60)); // overdue above the gate
        assert!(value(&ws, VIP_OVERRATED, 3) < Decimal::ZERO); // shrinking programme
    }

    #[test]
    fn hidden_gem_and_top_prospect() {
        let ws = demo_workspace();
        let gem = ws.clients.iter().find(|c| c.id == HIDDEN_GEM).unwrap();
        assert_eq!(gem.status, ClientStatus::Current);
        assert!(gem.revenue.0 > dec!(3_000_000) && gem.revenue.0 < dec!(6_000_000));
        let current_max_housing = ws
            .clients
            .iter()
            .filter(|c| c.status == ClientStatus::Current)
            .map(|c| c.values[&CriterionId(1)])
            .max()
            .unwrap();
        assert_eq!(value(&ws, HIDDEN_GEM, 1), current_max_housing);

        let top = ws.clients.iter().find(|c| c.id == TOP_PROSPECT).unwrap();
        assert!(top.status == ClientStatus::Prospect && top.revenue.0.is_zero());
        for k in [1, 2] {
            let others = ws.clients.iter().filter(|c| c.id != TOP_PROSPECT);
            let best = others.map(|c| c.values[&CriterionId(k)]).max().unwrap();
            assert!(value(&ws, TOP_PROSPECT, k) > best, "criterion {k}");
        }
    }

    fn potential_values(ws: &Workspace) -> Vec<(ClientId, Money)> {
        let rate = ws.settings.discount_rate;
        let mut all: Vec<(ClientId, Money)> = ws
            .clients
            .iter()
            .map(|c| (c.id, potential_value(&c.potential, rate)))
            .collect();
        all.sort_by_key(|r| std::cmp::Reverse(r.1));
        all
    }

    #[test]
    fn every_client_has_five_years_of_potential_with_a_basis() {
        let ws = demo_workspace();
        let horizon: Vec<i32> = ws.horizon().collect();
        for c in &ws.clients {
            let years: Vec<i32> = c.potential.iter().map(|y| y.year).collect();
            assert_eq!(years, horizon, "client {}", c.id);
            for y in &c.potential {
                assert!(
                    y.basis.contains('×') || y.basis.contains("млн ₽"),
                    "{}",
                    y.basis
                );
                assert!(y.consumption.0 > Decimal::ZERO);
            }
        }
        // Prospects start low and rise.
        for c in ws
            .clients
            .iter()
            .filter(|c| c.status == ClientStatus::Prospect)
        {
            let first = c.potential[0].attainable_share;
            let last = c.potential[4].attainable_share;
            assert!(first.0 < dec!(0.07) && last > first, "client {}", c.id);
        }
        let c8 = ws.clients.iter().find(|c| c.id == TOP_PROSPECT).unwrap();
        assert_eq!(
            c8.potential[0].basis,
            "ввод 540 тыс. м² × 2\u{a0}900 ₽/м² (смеси, утеплитель, кровля, фасад)"
        );
    }

    #[test]
    fn cost_to_serve_for_current_clients_and_strength_for_most() {
        let ws = demo_workspace();
        for c in &ws.clients {
            let has_costs = c.cost_to_serve != CostToServe::default();
            assert_eq!(
                has_costs,
                c.status == ClientStatus::Current,
                "client {}",
                c.id
            );
        }
        let rated: Vec<Decimal> = ws
            .clients
            .iter()
            .filter_map(|c| c.relative_strength)
            .collect();
        assert!(rated.len() >= 30 && rated.len() < ws.clients.len());
        assert!(rated.iter().all(|s| (dec!(0.6)..=dec!(1.4)).contains(s)));
        let unrated = ws.clients.iter().filter(|c| c.relative_strength.is_none());
        assert!(unrated.clone().all(|c| c.status == ClientStatus::Prospect));
        assert!(unrated.clone().any(|c| c.id == TOP_PROSPECT));
        assert_eq!(
            ws.class_rule,
            ClassRule::Thresholds {
                key_from: dec!(70),
                development_from: dec!(50)
            }
        );
    }

    #[test]
    fn the_vips_lose_money_after_cost_to_serve() {
        let ws = demo_workspace();
        let contribution = |id: ClientId| {
            let c = ws.clients.iter().find(|c| c.id == id).unwrap();
            profitability(c.revenue, c.gross_margin, &c.cost_to_serve)
        };
        let dm = contribution(VIP_LOSS_MAKING);
        assert!(
            dm.contribution.0 < dec!(-50_000_000),
            "{:?}",
            dm.contribution
        );
        let sg = contribution(VIP_OVERRATED);
        assert!(sg.contribution.0 < Decimal::ZERO, "{:?}", sg.contribution);
        // Most current clients earn money: the VIPs are the exception, not the rule.
        let profitable = ws
            .clients
            .iter()
            .filter(|c| c.status == ClientStatus::Current)
            .filter(|c| {
                profitability(c.revenue, c.gross_margin, &c.cost_to_serve)
                    .contribution
                    .0
                    > Decimal::ZERO
            })
            .count();
        assert!(profitable >= 20, "{profitable}");
    }

    #[test]
    fn the_top_prospect_has_the_largest_potential_and_the_gem_is_in_the_top_five() {
        let ws = demo_workspace();
        let ranked = potential_values(&ws);
        assert_eq!(ranked[0].0, TOP_PROSPECT, "{ranked:?}");
        assert!(ranked[0].1 > ranked[1].1);
        let gem = ws.clients.iter().find(|c| c.id == HIDDEN_GEM).unwrap();
        assert!(gem.revenue.0 < dec!(10_000_000));
        let top5: Vec<ClientId> = ranked[..5].iter().map(|r| r.0).collect();
        assert!(top5.contains(&HIDDEN_GEM), "{ranked:?}");
        // The loss-making VIP, the biggest buyer today, is nowhere near the top.
        assert!(!top5.contains(&VIP_LOSS_MAKING) && !top5.contains(&VIP_OVERRATED));
    }

    #[test]
    fn json_round_trip() -> Result<(), serde_json::Error> {
        let ws = demo_workspace();
        let back = serde_json::from_str::<Workspace>(&serde_json::to_string(&ws)?)?;
        assert_eq!(back, ws);
        Ok(())
    }
}
