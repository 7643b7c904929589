//! The built-in demo workspace «Демо: СтройРесурс»: a building-materials supplier
//! (dry mixes, insulation, roofing, facade systems) with a three-KAM team.
//!
//! It is loaded on the first start of the app and by «Сбросить к демо». The data is
//! fictional but tells the stories of the domain brief (§1, §2): a VIP that loses
//! money, an overrated famous brand, a hidden gem, a prospect with the largest
//! potential, and a criterion that cannot be measured. The ids of those cases are
//! public constants so that tests and the UI can point at them.

mod clients;
mod criteria;

use crate::engine::model::{
    ClientId, Company, Competitor, CompetitorId, CriterionId, Currency, Settings, Workspace,
};
use crate::engine::money::Rate;
use rust_decimal::Decimal;

/// Story «VIP, но убыточный»: Сеть «ДомМастер», the largest revenue, negative gross margin.
pub const VIP_LOSS_MAKING: ClientId = ClientId(2);
/// Story «переоценённый VIP»: ГК «Столичный горизонт», thin margin, weak profile, fails gates.
pub const VIP_OVERRATED: ClientId = ClientId(3);
/// Story «скрытый бриллиант»: СЗ «Камская долина», small revenue, very large potential.
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
    Workspace {
        name: "Демо: СтройРесурс".to_owned(),
        company: Company {
            name: "СтройРесурс".to_owned(),
            kam_count: 3,
            accounts_per_kam: 4,
        },
        settings: Settings {
            currency: Currency::rub(),
            start_year: 2027,
            horizon_years: 5,
            discount_rate: Rate::from_percent(Decimal::from(18)),
        },
        clients: clients::clients(&measured),
        criteria,
        competitors: competitors(),
    }
}

/// The four competitors key clients compare us with.
fn competitors() -> Vec<Competitor> {
    const ROWS: [(u32, &str, &str); 4] = [
        (
            1,
            "ТехноСтрой Дистрибуция",
            "Федеральный дистрибьютор: широкий ассортимент всех брендов, склады в 40 городах, \
             агрессивные бонусы сетям; слабая техническая поддержка на объектах.",
        ),
        (
            2,
            "Теплоникс",
            "Производитель теплоизоляции и кровли, продаёт крупным застройщикам напрямую \
             с завода: цена на 5–8 % ниже при заказе от фуры, но мелкие партии долго и нет \
             фасадных систем.",
        ),
        (
            3,
            "Регион-Смесь",
            "Дешёвый региональный производитель сухих смесей (Поволжье, Урал): цена \
             на 12–15 % ниже нашей, нестабильное качество, гибкая отсрочка.",
        ),
        (
            4,
            "СтройМаркет Онлайн",
            "Маркетплейс и DIY-сеть: удобный заказ, доставка за сутки, прозрачные цены; \
             нет проектной поддержки и спецификации в проектах.",
        ),
    ];
    ROWS.iter()
        .map(|&(id, name, note)| Competitor {
            id: CompetitorId(id),
            name: name.to_owned(),
            note: note.to_owned(),
        })
        .collect()
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

    #[test]
    fn json_round_trip() -> Result<(), serde_json::Error> {
        let ws = demo_workspace();
        let back = serde_json::from_str::<Workspace>(&serde_json::to_string(&ws)?)?;
        assert_eq!(back, ws);
        Ok(())
    }
}
