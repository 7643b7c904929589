//! The incremental analysis (`analyse_with` and its cache) always equals the full
//! analysis: after edits of one client, inserts, deletes, profile, settings and class
//! rule changes, an undo to an older workspace, and a workspace replaced outright.

use kam_studio::engine::action::{apply, Action};
use kam_studio::engine::analysis::{analyse, analyse_with, AnalysisCache};
use kam_studio::engine::demo::demo_workspace;
use kam_studio::engine::model::*;
use kam_studio::engine::money::{Money, Rate};
use kam_studio::engine::profile::ClassRule;
use rust_decimal_macros::dec;

#[path = "support/client.rs"]
mod client;

/// A new prospect with `revenue` at a 20 % gross margin.
fn new_client(name: &str, revenue: Money) -> Client {
    Client {
        revenue,
        gross_margin: Rate(dec!(0.2)),
        ..client::new_client(name)
    }
}

/// Applies `action` to `ws` (it must be accepted).
fn step(ws: &Workspace, action: Action) -> Workspace {
    apply(ws, action).expect("accepted")
}

#[test]
fn the_cached_analysis_equals_the_full_one_after_every_kind_of_change() {
    let mut cache = AnalysisCache::default();
    let demo = demo_workspace();
    let first = demo.clients[0].id;
    let last = demo.clients[demo.clients.len() - 1].id;
    let criterion = demo.criteria[0].clone();

    let mut weighted = criterion.clone();
    weighted.weight += dec!(7);
    let mut settings = demo.settings.clone();
    settings.discount_rate = Rate(dec!(0.25));
    let mut costs = demo.clients[3].cost_to_serve.clone();
    costs.logistics = Money(dec!(46000));

    let actions = vec![
        Action::SetValue {
            client: first,
            criterion: criterion.id,
            value: Some(dec!(0)),
        },
        Action::SetCostToServe {
            client: demo.clients[3].id,
            costs,
        },
        Action::SetRelativeStrength {
            client: last,
            value: Some(dec!(1.5)),
        },
        Action::AddClient(new_client("Новый", Money(dec!(900000000)))),
        Action::DeleteClient(demo.clients[10].id),
        Action::UpdateCriterion(weighted),
        Action::SetClassRule(ClassRule::TopN {
            key: 2,
            development: 3,
        }),
        Action::UpdateSettings {
            name: demo.name.clone(),
            company: demo.company.clone(),
            settings,
        },
        Action::DeleteCriterion(criterion.id),
        Action::DeleteClient(first),
    ];
    let mut ws = demo.clone();
    assert_eq!(analyse_with(&ws, &mut cache), analyse(&ws));
    for action in actions {
        let label = format!("{action:?}");
        ws = step(&ws, action);
        assert_eq!(analyse_with(&ws, &mut cache), analyse(&ws), "after {label}");
    }
    // Undo straight back to the start, then a workspace that shares nothing.
    assert_eq!(analyse_with(&demo, &mut cache), analyse(&demo));
    let empty = Workspace::empty("Пусто", 2027);
    assert_eq!(analyse_with(&empty, &mut cache), analyse(&empty));
    assert_eq!(analyse_with(&demo, &mut cache), analyse(&demo));
}

#[test]
fn an_edit_reaches_the_figures_of_the_edited_client_only_through_the_cache_miss() {
    // The demo's client 4 with logistics set to 46 000 ₽: its contribution drops by the
    // difference to its previous logistics line, by hand: new − old logistics.
    let demo = demo_workspace();
    let mut cache = AnalysisCache::default();
    let before = analyse_with(&demo, &mut cache);
    let target = demo.clients[3].clone();
    let mut costs = target.cost_to_serve.clone();
    let old = costs.logistics;
    costs.logistics = Money(dec!(46000));
    let ws = step(
        &demo,
        Action::SetCostToServe {
            client: target.id,
            costs,
        },
    );
    let after = analyse_with(&ws, &mut cache);
    let drop = before.rows[3].profitability.contribution.amount()
        - after.rows[3].profitability.contribution.amount();
    assert_eq!(drop, dec!(46000) - old.amount());
    for i in (0..ws.clients.len()).filter(|&i| i != 3) {
        assert_eq!(after.rows[i].profitability, before.rows[i].profitability);
    }
}
