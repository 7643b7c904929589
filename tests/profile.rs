//! The key-client profile (domain §1): normalisation, gates, score, ranking, classes and
//! the Pareto / capacity checks, on a small hand-made base whose every figure is worked
//! out by hand below, and on one client of the demo workspace.

use kam_studio::engine::demo::{demo_workspace, VIP_OVERRATED};
use kam_studio::engine::model::*;
use kam_studio::engine::money::{Money, Rate};
use kam_studio::engine::profile::*;
use kam_studio::engine::profitability::CostToServe;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn criterion(
    id: u32,
    unit: &str,
    direction: Direction,
    scale: Scale,
    weight: Decimal,
) -> Criterion {
    Criterion {
        id: CriterionId(id),
        name: format!("Критерий {id}"),
        measure: String::new(),
        source: String::new(),
        unit: unit.into(),
        direction,
        scale,
        weight,
        gate: None,
    }
}

fn linear(low: i64, high: i64) -> Scale {
    Scale::Linear {
        low: Decimal::from(low),
        high: Decimal::from(high),
    }
}

fn bands(rows: &[(i64, i64)]) -> Scale {
    Scale::Bands {
        bands: rows
            .iter()
            .map(|&(from, score)| Band {
                from: Decimal::from(from),
                score: Decimal::from(score),
            })
            .collect(),
    }
}

/// The profile of the hand-made base:
/// 1. housing, thousand m², higher is better, linear 0–400, weight 50;
/// 2. sites, pcs, higher is better, bands 1 → 10, 3 → 40, 5 → 70, 10 → 100, weight 20;
/// 3. overdue, days, lower is better, linear 0–90, weight 30, gate ≤ 60 days;
/// 4. brand fame: no unit, no scale, weight 10 — not measurable, so it never scores.
///
/// Measurable weight Σ w = 50 + 20 + 30 = 100 (criterion 4 is left out).
fn profile() -> Vec<Criterion> {
    let up = Direction::HigherIsBetter;
    let mut overdue = criterion(3, "дней", Direction::LowerIsBetter, linear(0, 90), dec!(30));
    overdue.gate = Some(Gate {
        min: None,
        max: Some(dec!(60)),
    });
    vec![
        criterion(1, "тыс. м²", up, linear(0, 400), dec!(50)),
        criterion(
            2,
            "шт.",
            up,
            bands(&[(1, 10), (3, 40), (5, 70), (10, 100)]),
            dec!(20),
        ),
        overdue,
        criterion(4, "", up, Scale::None, dec!(10)),
    ]
}

fn client(id: u32, values: &[(u32, Decimal)]) -> Client {
    Client {
        id: ClientId(id),
        name: format!("Клиент {id}"),
        segment: "Девелопер".into(),
        status: ClientStatus::Current,
        vip: false,
        region: "Москва".into(),
        revenue: Money(dec!(1000000)),
        gross_margin: Rate(dec!(0.2)),
        values: values
            .iter()
            .map(|&(k, v)| (CriterionId(k), v))
            .collect::<Values>(),
        potential: Vec::new(),
        cost_to_serve: CostToServe::default(),
        relative_strength: None,
    }
}

/// Six clients; s1 = x/400·100 (clamped), s2 from the bands, s3 = (90 − x)/90·100
/// (clamped), Score = (50·s1 + 20·s2 + 30·s3) / 100, rounded to 2 places:
///
/// | client | housing | s1  | sites | s2  | overdue | s3      | 50·s1 + 20·s2 + 30·s3        | score |
/// | 1      | 300     | 75  | 12    | 100 | 9       | 90      | 3750 + 2000 + 2700 = 8450    | 84.50 |
/// | 2      | 200     | 50  | 5     | 70  | 30      | 66.67   | 2500 + 1400 + 2000 = 5900    | 59.00 |
/// | 3      | 500     | 100 | 4     | 40  | 72      | 20      | 5000 +  800 +  600 = 6400    | 64.00 | gate: 72 > 60
/// | 4      | 160     | 40  | 9     | 70  | 0       | 100     | 2000 + 1400 + 3000 = 6400    | 64.00 |
/// | 5      | 80      | 20  | 1     | 10  | —       | 0       | 1000 +  200 +    0 = 1200    | 12.00 | missing 3, gate
/// | 6      | −20     | 0   | 0     | 0   | 50      | 44.44.. | 0 + 0 + 1333.33.. = 1333.33..| 13.33 |
///
/// (client 2: 30 · 60/90 · 100 = 2000 exactly; client 3: 500 is clamped to 100 and 4 falls in
/// the band from 3; client 4: 9 is in the band from 5; client 5: 1 is exactly the first
/// band's edge; client 6: −20 is clamped to 0 and 0 is below the first band.)
/// Ranks by score: 84.50 → 1, 64.00 → 2, 64.00 → 2 (tie), 59.00 → 4, 13.33 → 5, 12.00 → 6.
fn base() -> Vec<Client> {
    vec![
        client(1, &[(1, dec!(300)), (2, dec!(12)), (3, dec!(9))]),
        client(2, &[(1, dec!(200)), (2, dec!(5)), (3, dec!(30))]),
        client(3, &[(1, dec!(500)), (2, dec!(4)), (3, dec!(72))]),
        client(4, &[(1, dec!(160)), (2, dec!(9)), (3, dec!(0))]),
        client(5, &[(1, dec!(80)), (2, dec!(1))]),
        client(6, &[(1, dec!(-20)), (2, dec!(0)), (3, dec!(50))]),
    ]
}

fn company(kam_count: u32, accounts_per_kam: u32) -> Company {
    Company {
        name: "СтройРесурс".into(),
        kam_count,
        accounts_per_kam,
    }
}

fn classes(scores: &[ClientScore]) -> Vec<Class> {
    scores.iter().map(|s| s.class).collect()
}

#[test]
fn linear_normalisation_in_both_directions_with_clamping() {
    // Guards the two linear formulas and the clamp to [0, 100].
    let up = criterion(
        1,
        "%/год",
        Direction::HigherIsBetter,
        linear(-10, 30),
        dec!(1),
    );
    // (12 − (−10)) / (30 − (−10)) · 100 = 22 / 40 · 100 = 55
    assert_eq!(normalise(&up, dec!(12)), Some(dec!(55)));
    // Below low → 0, above high → 100, the anchors themselves → 0 and 100.
    assert_eq!(normalise(&up, dec!(-15)), Some(dec!(0)));
    assert_eq!(normalise(&up, dec!(31)), Some(dec!(100)));
    assert_eq!(normalise(&up, dec!(-10)), Some(dec!(0)));
    assert_eq!(normalise(&up, dec!(30)), Some(dec!(100)));

    let down = criterion(
        2,
        "Долг/EBITDA",
        Direction::LowerIsBetter,
        linear(0, 6),
        dec!(1),
    );
    // (6 − 2.1) / (6 − 0) · 100 = 3.9 / 6 · 100 = 65
    assert_eq!(normalise(&down, dec!(2.1)), Some(dec!(65)));
    // Lower is better: below low → 100, above high → 0.
    assert_eq!(normalise(&down, dec!(-1)), Some(dec!(100)));
    assert_eq!(normalise(&down, dec!(7)), Some(dec!(0)));
    // (90 − 30) / 90 · 100 = 66.666…: kept at full precision, rounded only in the score.
    let overdue = criterion(3, "дней", Direction::LowerIsBetter, linear(0, 90), dec!(1));
    assert_eq!(
        normalise(&overdue, dec!(30)).map(|s| s.round_dp(4)),
        Some(dec!(66.6667))
    );

    // A scale that cannot score gives no score rather than a division by zero.
    let flat = criterion(4, "шт.", Direction::HigherIsBetter, linear(5, 5), dec!(1));
    assert_eq!(normalise(&flat, dec!(5)), None);
}

#[test]
fn band_normalisation_at_the_edges() {
    // Guards "the band with the largest from ≤ x": each `from` belongs to its own band,
    // a value just below it to the band before, and below the first band scores 0.
    let sites = criterion(
        1,
        "шт.",
        Direction::HigherIsBetter,
        bands(&[(1, 10), (3, 40), (5, 70), (10, 100)]),
        dec!(1),
    );
    assert_eq!(normalise(&sites, dec!(0.99)), Some(dec!(0)));
    assert_eq!(normalise(&sites, dec!(1)), Some(dec!(10)));
    assert_eq!(normalise(&sites, dec!(2.99)), Some(dec!(10)));
    assert_eq!(normalise(&sites, dec!(3)), Some(dec!(40)));
    assert_eq!(normalise(&sites, dec!(9.5)), Some(dec!(70)));
    assert_eq!(normalise(&sites, dec!(10)), Some(dec!(100)));
    assert_eq!(normalise(&sites, dec!(1000)), Some(dec!(100)));
    assert_eq!(normalise(&sites, dec!(-3)), Some(dec!(0)));

    let empty = criterion(2, "шт.", Direction::HigherIsBetter, bands(&[]), dec!(1));
    assert_eq!(normalise(&empty, dec!(3)), None);
    let none = criterion(3, "", Direction::HigherIsBetter, Scale::None, dec!(1));
    assert_eq!(normalise(&none, dec!(3)), None);
}

#[test]
fn gates_fail_outside_the_range_or_without_a_value() {
    // Guards the knock-out rule: [min, max] includes both ends, a missing value fails,
    // a criterion without a gate never fails.
    let mut criteria = profile(); // criterion 3: overdue ≤ 60 days
    criteria[0].gate = Some(Gate {
        min: Some(dec!(100)),
        max: None,
    }); // housing ≥ 100
    let at_edges = client(1, &[(1, dec!(100)), (3, dec!(60))]);
    assert_eq!(passes_gates(&criteria, &at_edges), vec![]);
    let outside = client(2, &[(1, dec!(99.9)), (3, dec!(60.5))]);
    assert_eq!(
        passes_gates(&criteria, &outside),
        vec![CriterionId(1), CriterionId(3)]
    );
    // Criterion 2 has no gate and no value: not a failure; criterion 3 is missing: a failure.
    let missing = client(3, &[(1, dec!(150))]);
    assert_eq!(passes_gates(&criteria, &missing), vec![CriterionId(3)]);
}

#[test]
fn score_is_the_weighted_mean_of_measurable_criteria() {
    // Guards Score = Σ w·s / Σ w: the table above `base()`; the unmeasurable criterion 4
    // (weight 10) stays out of Σ w, and a missing value counts as 0 and is reported.
    let criteria = profile();
    let expected = [
        (dec!(84.50), vec![]),
        (dec!(59.00), vec![]),
        (dec!(64.00), vec![]),
        (dec!(64.00), vec![]),
        (dec!(12.00), vec![CriterionId(3)]),
        (dec!(13.33), vec![]),
    ];
    for (c, (value, missing)) in base().iter().zip(expected) {
        assert_eq!(
            score(&criteria, c),
            (Some(value), missing),
            "client {}",
            c.id
        );
    }
}

#[test]
fn no_score_without_measurable_weight() {
    // Guards the division by Σ w = 0: only the unmeasurable criterion carries weight.
    let mut criteria = profile();
    for k in &mut criteria[..3] {
        k.weight = dec!(0);
    }
    let clients = base();
    assert_eq!(score(&criteria, &clients[0]), (None, vec![]));
    // Unscored clients are unranked and standard, whatever the rule.
    let rule = ClassRule::Thresholds {
        key_from: dec!(0),
        development_from: dec!(0),
    };
    let scores = rank_and_classify(&criteria, &clients, &rule);
    assert!(scores
        .iter()
        .all(|s| s.score.is_none() && s.rank.is_none() && s.class == Class::Standard));
    // Client 3 still fails its gate: gates do not depend on weights.
    assert_eq!(scores[2].failed_gates, vec![CriterionId(3)]);
}

#[test]
fn thresholds_rank_and_classify_the_base() {
    // Guards ranking (competition ranks, a tie at 64.00), the threshold classes and the
    // gate rule: client 3 scores 64 ≥ 60 but fails the overdue gate, so it is development;
    // client 5 fails the gate too but scores 12 < 40, so it is standard.
    let rule = ClassRule::Thresholds {
        key_from: dec!(60),
        development_from: dec!(40),
    };
    let scores = rank_and_classify(&profile(), &base(), &rule);
    let ids: Vec<u32> = scores.iter().map(|s| s.client.0).collect();
    assert_eq!(ids, vec![1, 2, 3, 4, 5, 6], "input order is kept");
    let ranks: Vec<Option<usize>> = scores.iter().map(|s| s.rank).collect();
    assert_eq!(
        ranks,
        vec![Some(1), Some(4), Some(2), Some(2), Some(6), Some(5)]
    );
    assert_eq!(scores[2].score, Some(dec!(64.00)));
    assert_eq!(scores[2].failed_gates, vec![CriterionId(3)]);
    assert_eq!(scores[4].failed_gates, vec![CriterionId(3)]);
    assert_eq!(scores[4].missing, vec![CriterionId(3)]);
    use Class::*;
    assert_eq!(
        classes(&scores),
        vec![Key, Development, Development, Key, Standard, Standard]
    );

    // Pareto: 2 key of 6 = 33.33… % → 33.3 % > 20 % — not ok.
    // Capacity: 1 KAM × 8 accounts = 8 ≥ 2 — ok; 1 × 1 = 1 < 2 — not ok.
    assert_eq!(
        checks(&scores, &company(1, 8)),
        PortfolioChecks {
            clients: 6,
            key: 2,
            key_share: dec!(33.3),
            pareto_ok: false,
            capacity: 8,
            capacity_ok: true,
        }
    );
    let tight = checks(&scores, &company(1, 1));
    assert_eq!((tight.capacity, tight.capacity_ok), (1, false));
}

#[test]
fn top_n_classes_by_rank() {
    // Guards the TopN rule on the ranks 1, 4, 2, 2, 6, 5 of the base.
    use Class::*;
    // key 1, development 3: rank 1 → key; ranks 2, 2, 4 → development; 5, 6 → standard.
    let scores = rank_and_classify(
        &profile(),
        &base(),
        &ClassRule::TopN {
            key: 1,
            development: 3,
        },
    );
    assert_eq!(
        classes(&scores),
        vec![
            Key,
            Development,
            Development,
            Development,
            Standard,
            Standard
        ]
    );
    // 1 key of 6 = 16.666… % → 16.7 % ≤ 20 % — ok.
    let c = checks(&scores, &company(3, 4));
    assert_eq!((c.key, c.key_share, c.pareto_ok), (1, dec!(16.7), true));
    assert_eq!((c.capacity, c.capacity_ok), (12, true));

    // key 2, development 1: the tie at rank 2 keeps both clients on the key side (ranks
    // 1, 2, 2 ≤ 2), but client 3 fails its gate → development; ranks ≤ 3 add nobody, so
    // client 2 at rank 4 is standard.
    let scores = rank_and_classify(
        &profile(),
        &base(),
        &ClassRule::TopN {
            key: 2,
            development: 1,
        },
    );
    assert_eq!(
        classes(&scores),
        vec![Key, Standard, Development, Key, Standard, Standard]
    );
}

#[test]
fn pareto_limit_is_inclusive_and_an_empty_base_passes() {
    // Guards the edges of the checks: exactly 20 % is ok; no clients → 0 %, ok.
    let line = |id: u32, class: Class| ClientScore {
        client: ClientId(id),
        score: Some(dec!(50)),
        failed_gates: vec![],
        missing: vec![],
        rank: Some(1),
        class,
    };
    let five: Vec<ClientScore> = (1..=5)
        .map(|i| line(i, if i == 1 { Class::Key } else { Class::Standard }))
        .collect();
    // 1 / 5 · 100 = 20.0 % ≤ 20 %.
    let c = checks(&five, &company(0, 4));
    assert_eq!((c.key_share, c.pareto_ok), (dec!(20.0), true));
    // No KAMs: capacity 0 × 4 = 0 < 1 key client.
    assert_eq!((c.capacity, c.capacity_ok), (0, false));

    let empty = checks(&[], &company(2, 5));
    assert_eq!(
        empty,
        PortfolioChecks {
            clients: 0,
            key: 0,
            key_share: dec!(0),
            pareto_ok: true,
            capacity: 10,
            capacity_ok: true,
        }
    );
}

#[test]
fn demo_client_score_by_hand() {
    // Guards the score on real demo data: ГК «Северный квартал» (client 1), values
    // 310 820 12 14 38 2.1 9 2 3 34.9 45 45 for criteria 1–12 (weights add up to 100;
    // criterion 13 is not measurable and weighs 0):
    //  1 housing   310 on 0–400 ↑        → 77.5        × 16 = 1240
    //  2 purchases 820 on 0–1000 ↑       → 82          × 16 = 1312
    //  3 growth     12 on −10–30 ↑: 22/40 → 55          ×  8 =  440
    //  4 sites      14, band from 10     → 80          ×  6 =  480
    //  5 distance   38 on 0–1000 ↓: 962/1000 → 96.2    ×  5 =  481
    //  6 debt      2.1 on 0–6 ↓: 3.9/6   → 65          ×  8 =  520
    //  7 overdue     9 on 0–90 ↓: 81/90  → 90          ×  8 =  720
    //  8 contract    2, band from 2      → 100         ×  8 =  800
    //  9 access      3, band from 3      → 100         ×  7 =  700
    // 10 our share 34.9 on 0–60 ↑        → 58.1666…    ×  6 =  349
    // 11 spec       45 on 0–80 ↑         → 56.25       ×  7 =  393.75
    // 12 deferral   45 on 0–120 ↓: 75/120 → 62.5       ×  5 =  312.5
    // Σ = 7748.25; Score = 7748.25 / 100 = 77.4825 → 77.48.
    let ws = demo_workspace();
    let first = ws.clients.iter().find(|c| c.id == ClientId(1)).unwrap();
    assert_eq!(score(&ws.criteria, first), (Some(dec!(77.48)), vec![]));

    let rule = ClassRule::Thresholds {
        key_from: dec!(60),
        development_from: dec!(40),
    };
    let scores = rank_and_classify(&ws.criteria, &ws.clients, &rule);
    assert_eq!(scores.len(), ws.clients.len());
    assert_eq!(scores[0].score, Some(dec!(77.48)));
    // The overrated VIP: Долг/EBITDA 5.6 > 5 and 84 days > 60 — both gates fail, never key.
    let overrated = scores.iter().find(|s| s.client == VIP_OVERRATED).unwrap();
    assert_eq!(overrated.failed_gates, vec![CriterionId(6), CriterionId(7)]);
    assert_ne!(overrated.class, Class::Key);
}

#[test]
fn values_with_many_places_and_huge_weights_score_exactly() {
    // Guards the two fallbacks of the fast score: a value with more decimal places than
    // the fixed-point tables hold, and weights too large for the fixed-point frame; both
    // go through Decimal and must still round an exact midpoint away from zero.
    let share = criterion(1, "доля", Direction::HigherIsBetter, linear(0, 1), dec!(1));
    // 0.1234500000000000000000000000 (28 places) · 100 = 12.345 → 12.35 (not 12.34).
    let c = client(1, &[(1, dec!(0.1234500000000000000000000000))]);
    assert_eq!(
        score(std::slice::from_ref(&share), &c),
        (Some(dec!(12.35)), vec![])
    );
    // Lower is better on 0–6: (6 − 3.0000000000000000000000000001) / 6 · 100
    // = 49.99999999999999999999999999833… → 50.00.
    let debt = criterion(
        2,
        "Долг/EBITDA",
        Direction::LowerIsBetter,
        linear(0, 6),
        dec!(1),
    );
    let c = client(1, &[(2, dec!(3.0000000000000000000000000001))]);
    assert_eq!(score(&[debt], &c), (Some(dec!(50.00)), vec![]));

    // Weights 10^26 and 3 · 10^26: Score = (10^26 · 12.345 + 3 · 10^26 · 50) / (4 · 10^26)
    // = (12.345 + 150) / 4 = 40.58625 → 40.59.
    let mut big = share;
    big.weight = dec!(100000000000000000000000000);
    let mut other = criterion(3, "шт.", Direction::HigherIsBetter, linear(0, 10), dec!(0));
    other.weight = dec!(300000000000000000000000000);
    let c = client(1, &[(1, dec!(0.12345)), (3, dec!(5))]);
    assert_eq!(score(&[big, other], &c), (Some(dec!(40.59)), vec![]));
}

/// An exact fraction num / den (den > 0) for the reference score below.
#[derive(Clone, Copy)]
struct Q(i128, i128);

impl Q {
    fn new(num: i128, den: i128) -> Q {
        fn gcd(a: i128, b: i128) -> i128 {
            if b == 0 {
                a.abs()
            } else {
                gcd(b, a % b)
            }
        }
        let g = gcd(num, den).max(1) * den.signum();
        Q(num / g, den / g)
    }
    fn add(self, o: Q) -> Q {
        Q::new(self.0 * o.1 + o.0 * self.1, self.1 * o.1)
    }
    fn mul(self, o: Q) -> Q {
        Q::new(self.0 * o.0, self.1 * o.1)
    }
}

/// A generated criterion: weight in tenths, and linear (low, span, higher is better) or
/// bands (from, score) in any order.
#[derive(Clone, Debug)]
enum Gen {
    Linear(i64, i64, bool),
    Bands(Vec<(i64, i64)>),
}

/// The score in exact rational arithmetic, rounded half away from zero to cents.
fn exact_cents(profile: &[(i64, Gen)], values: &[Option<i64>]) -> Option<i128> {
    let total: i128 = profile.iter().map(|(w, _)| *w as i128).sum();
    if total == 0 {
        return None;
    }
    let mut sum = Q(0, 1);
    for ((w, g), v) in profile.iter().zip(values) {
        let Some(x) = v else { continue };
        let x = *x as i128; // tenths
        let s = match g {
            Gen::Linear(low, span, up) => {
                let (low, span) = (*low as i128 * 10, *span as i128 * 10);
                let d = if *up { x - low } else { low + span - x };
                Q::new(100 * d.clamp(0, span), span)
            }
            Gen::Bands(bands) => {
                let best = bands
                    .iter()
                    .filter(|(from, _)| (*from as i128) * 10 <= x)
                    .max_by_key(|(from, _)| *from);
                Q::new(best.map_or(0, |b| b.1) as i128, 1)
            }
        };
        sum = sum.add(Q::new(*w as i128, 10).mul(s));
    }
    // score = sum / (total / 10); cents = round(100 · score).
    let q = Q::new(sum.0 * 100 * 10, sum.1 * total);
    let (n, d) = (q.0, q.1);
    let (whole, rest) = (n / d, n % d);
    Some(if rest.abs() * 2 >= d {
        whole + n.signum()
    } else {
        whole
    })
}

fn gen_criterion() -> impl Strategy<Value = (i64, Gen)> {
    let linear = (-50i64..50, 1i64..200, any::<bool>()).prop_map(|(l, s, u)| Gen::Linear(l, s, u));
    let bands = prop::collection::vec((-20i64..100, 0i64..=100), 1..5).prop_map(Gen::Bands);
    (0i64..200, prop_oneof![linear, bands])
}

use proptest::prelude::*;

proptest! {
    #[test]
    fn fast_score_equals_exact_arithmetic(
        profile in prop::collection::vec(gen_criterion(), 1..6),
        raw in prop::collection::vec(prop::option::weighted(0.9, -600i64..2600), 6),
    ) {
        // Guards the fixed-point score: on any profile of linear and banded criteria with
        // weights and values in tenths, it equals Σ w·s / Σ w computed in exact fractions
        // and rounded half away from zero — midpoints included.
        let criteria: Vec<Criterion> = profile
            .iter()
            .enumerate()
            .map(|(i, (w, g))| {
                let scale = match g {
                    Gen::Linear(low, span, _) => linear(*low, low + span),
                    Gen::Bands(b) => bands(b),
                };
                let direction = match g {
                    Gen::Linear(_, _, false) => Direction::LowerIsBetter,
                    _ => Direction::HigherIsBetter,
                };
                criterion(i as u32 + 1, "ед.", direction, scale, Decimal::new(*w, 1))
            })
            .collect();
        let values = &raw[..profile.len()];
        let c = client(
            1,
            &values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| Some((i as u32 + 1, Decimal::new((*v)?, 1))))
                .collect::<Vec<_>>(),
        );
        let expected = exact_cents(&profile, values).map(|cents| Decimal::new(cents as i64, 2));
        prop_assert_eq!(score(&criteria, &c).0, expected);
    }
}
