//! Special offers through the one change path: added, changed and removed; the rules
//! that keep every figure meaningful (ranges, the client, the chosen variant).

use kam_studio::engine::action::{apply, next_offer_id, Action};
use kam_studio::engine::demo::demo_workspace;
use kam_studio::engine::model::{ClientId, OfferId, Problem, ProblemKind, Workspace};
use kam_studio::engine::money::Rate;
use kam_studio::engine::offer::{Offer, MAX_VARIANTS};
use rust_decimal_macros::dec;

fn paths(r: Result<Workspace, Vec<Problem>>) -> Vec<(String, ProblemKind)> {
    r.expect_err("refused")
        .into_iter()
        .map(|p| (p.path, p.kind))
        .collect()
}

fn demo_offer() -> Offer {
    demo_workspace().offers[0].clone()
}

#[test]
fn the_demo_offer_is_valid_and_a_copy_gets_the_next_id() {
    let ws = demo_workspace();
    assert_eq!(ws.offers.len(), 1);
    assert_eq!(ws.offers[0].variants.len(), 3);
    assert_eq!(next_offer_id(&ws), OfferId(2));
    let ws = apply(&ws, Action::AddOffer(Box::new(demo_offer()))).unwrap();
    assert_eq!(ws.offers[1].id, OfferId(2));
    let ws = apply(&ws, Action::DeleteOffer(OfferId(1))).unwrap();
    assert_eq!(ws.offers.len(), 1);
    assert_eq!(
        paths(apply(&ws, Action::DeleteOffer(OfferId(1))))[0].0,
        "offers"
    );
}

#[test]
fn out_of_range_levers_are_refused_with_their_paths() {
    let ws = demo_workspace();
    let mut bad = demo_offer();
    bad.base.discount = Rate(dec!(1.2));
    bad.variants[1].variant.payment_days = 400;
    bad.variants[2].variant.services[0].hours = dec!(-5);
    bad.variants[0].feedback.score = Some(11);
    bad.chosen = Some(3);
    let found: Vec<String> = paths(apply(&ws, Action::UpdateOffer(Box::new(bad))))
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    assert_eq!(
        found,
        vec![
            "offers[0].base.discount",
            "offers[0].variants[0].feedback.score",
            "offers[0].variants[1].payment_days",
            "offers[0].variants[2].services[0].hours",
            "offers[0].chosen",
        ]
    );
}

#[test]
fn at_most_five_variants_and_bonus_thresholds_ascend() {
    let ws = demo_workspace();
    let mut many = demo_offer();
    let v = many.variants[0].clone();
    many.variants = vec![v; MAX_VARIANTS + 1];
    many.chosen = None;
    assert_eq!(
        paths(apply(&ws, Action::UpdateOffer(Box::new(many)))),
        vec![(
            "offers[0].variants".into(),
            ProblemKind::TooMany { max: MAX_VARIANTS }
        )]
    );
    let mut stairs = demo_offer();
    let bonus = stairs.variants[1].variant.volume_bonus[0].clone();
    stairs.variants[1].variant.volume_bonus.push(bonus);
    assert_eq!(
        paths(apply(&ws, Action::UpdateOffer(Box::new(stairs)))),
        vec![(
            "offers[0].variants[1].volume_bonus[1].from_volume".into(),
            ProblemKind::BandsNotAscending
        )]
    );
}

#[test]
fn deleting_the_client_keeps_the_offer_and_its_feedback() {
    let ws = apply(&demo_workspace(), Action::DeleteClient(ClientId(1))).unwrap();
    let o = &ws.offers[0];
    assert_eq!(o.client, None);
    assert_eq!(o.variants[2].feedback.score, Some(9));
    assert_eq!(o.chosen, Some(2));
}
