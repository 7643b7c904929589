//! The bias check (domain §1): ranks by revenue, potential and score, their Spearman
//! correlations, and the overrated and hidden lists, on a ten-client base worked out
//! by hand, plus the edge rules (20 % rounding, ties at the boundary, prospects,
//! clients without a score).

use kam_studio::engine::bias::*;
use kam_studio::engine::model::ClientId;
use kam_studio::engine::money::Money;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn input(id: u32, vip: bool, revenue: i64, potential: i64, score: Option<i64>) -> BiasInput {
    BiasInput {
        client: ClientId(id),
        vip,
        revenue: Money(Decimal::from(revenue)),
        potential_value: Money(Decimal::from(potential)),
        score: score.map(Decimal::from),
    }
}

fn ids(entries: &[BiasEntry]) -> Vec<u32> {
    entries.iter().map(|e| e.client.0).collect()
}

/// Ten clients (thousand ₽). n = 10, k = ⌈10 · 20 / 100⌉ = 2, middle rank (10 + 1) / 2 = 5.5.
///
/// | id | VIP | revenue | rev rank        | potential | pot rank | score | score rank |
/// |  1 |     |   900   | 1               |    15     |    8     |  40   |     7      |
/// |  2 | VIP |   700   | 2               |   300     |    4     |  80   |     3      |
/// |  3 |     |   500   | 3               |    20     |    7     |  30   |     8      |
/// |  4 | VIP |   300   | 4               |    10     |    9     |  55   |     6      |
/// |  5 |     |   200   | 5               |   400     |    3     |  90   |     1      |
/// |  6 |     |   100   | 6.5 (6, 7 tied) |   450     |    2     |  70   |     4      |
/// |  7 |     |   100   | 6.5             |    30     |    6     |  20   |     9      |
/// |  8 |     |     0   | 9 (8, 9, 10)    |   500     |    1     |  85   |     2      |
/// |  9 |     |     0   | 9               |     0     |   10     |  10   |    10      |
/// | 10 |     |     0   | 9               |    40     |    5     |  60   |     5      |
fn base() -> Vec<BiasInput> {
    vec![
        input(1, false, 900, 15, Some(40)),
        input(2, true, 700, 300, Some(80)),
        input(3, false, 500, 20, Some(30)),
        input(4, true, 300, 10, Some(55)),
        input(5, false, 200, 400, Some(90)),
        input(6, false, 100, 450, Some(70)),
        input(7, false, 100, 30, Some(20)),
        input(8, false, 0, 500, Some(85)),
        input(9, false, 0, 0, Some(10)),
        input(10, false, 0, 40, Some(60)),
    ]
}

#[test]
fn the_top_twenty_percent_rounds_up() {
    // k = ⌈n · 20 / 100⌉: 1 → ⌈0.2⌉ = 1, 5 → 1, 6 → ⌈1.2⌉ = 2, 10 → 2, 11 → ⌈2.2⌉ = 3,
    // 35 → 7; an empty base has no top.
    let k: Vec<usize> = [0, 1, 4, 5, 6, 10, 11, 35].map(top_count).to_vec();
    assert_eq!(k, vec![0, 1, 1, 1, 2, 2, 3, 7]);
}

#[test]
fn three_rankings_with_ties_averaged() {
    let check = bias_check(&base());
    let revenue: Vec<Decimal> = check.rows.iter().map(|r| r.revenue_rank).collect();
    let potential: Vec<Decimal> = check.rows.iter().map(|r| r.potential_rank).collect();
    let score: Vec<Option<Decimal>> = check.rows.iter().map(|r| r.score_rank).collect();
    // The two 100s take positions 6 and 7 → 6.5; the three zeros 8, 9, 10 → 9.
    assert_eq!(
        revenue,
        [1, 2, 3, 4, 5]
            .map(Decimal::from)
            .into_iter()
            .chain([dec!(6.5), dec!(6.5), dec!(9), dec!(9), dec!(9)])
            .collect::<Vec<_>>()
    );
    assert_eq!(
        potential,
        [8, 4, 7, 9, 3, 2, 6, 1, 10, 5].map(Decimal::from).to_vec()
    );
    assert_eq!(
        score,
        [7, 3, 8, 6, 1, 4, 9, 2, 10, 5]
            .map(|r| Some(Decimal::from(r)))
            .to_vec()
    );
    assert_eq!(check.rows[7].client, ClientId(8));
    assert_eq!(check.rows[7].revenue, Money::ZERO);
    assert_eq!(check.rows[7].potential_value, Money(dec!(500)));
    assert_eq!(check.top_count, 2);
}

#[test]
fn spearman_of_the_three_rankings() {
    // Pearson of the ranks, mean m = 5.5.
    // Revenue: dx = r − 5.5 = −4.5, −3.5, −2.5, −1.5, −0.5, 1, 1, 3.5, 3.5, 3.5;
    //   Σdx² = 20.25 + 12.25 + 6.25 + 2.25 + 0.25 + 1 + 1 + 3 · 12.25 = 80.
    // Potential: dy = 2.5, −1.5, 1.5, 3.5, −2.5, −3.5, 0.5, −4.5, 4.5, −0.5;
    //   no ties, Σdy² = n(n² − 1) / 12 = 10 · 99 / 12 = 82.5.
    // Σdx·dy = −11.25 + 5.25 − 3.75 − 5.25 + 1.25 − 3.5 + 0.5 − 15.75 + 15.75 − 1.75 = −18.5
    //   ρ = −18.5 / √(80 · 82.5) = −18.5 / 81.2404 = −0.22772 → −0.2277.
    // Score: dz = 1.5, −2.5, 2.5, 0.5, −4.5, −1.5, 3.5, −3.5, 4.5, −0.5; Σdz² = 82.5.
    // Σdx·dz = −6.75 + 8.75 − 6.25 − 0.75 + 2.25 − 1.5 + 3.5 − 12.25 + 15.75 − 1.75 = 1
    //   ρ = 1 / 81.2404 = 0.01231 → 0.0123.
    // Potential vs score, no ties: d = 1, 1, 1, 3, 2, 2, 3, 1, 0, 0, Σd² = 30,
    //   ρ = 1 − 6 · 30 / (10 · 99) = 1 − 0.181818… = 0.8182.
    let c = bias_check(&base()).correlations;
    assert_eq!(c.revenue_potential, Some(dec!(-0.2277)));
    assert_eq!(c.revenue_score, Some(dec!(0.0123)));
    assert_eq!(c.potential_score, Some(dec!(0.8182)));
}

#[test]
fn overrated_and_hidden_sorted_by_gap() {
    let check = bias_check(&base());
    // Big or famous now: top 2 by revenue (1, 2) or VIP (2, 4) → 1, 2, 4.
    // Low potential: potential rank > 5.5 → 7 (6), 3 (7), 1 (8), 4 (9), 9 (10).
    // Overrated = {1, 4}: gap 8 − 1 = 7 and 9 − 4 = 5. Client 2 is VIP but its potential
    // ranks 4th, so it is not overrated.
    assert_eq!(ids(&check.overrated), vec![1, 4]);
    assert_eq!(check.overrated[0].gap, dec!(7));
    assert_eq!(check.overrated[1].gap, dec!(5));
    assert!(check.overrated[1].vip);
    // Small now: revenue rank > 5.5 or no revenue → 6, 7 (6.5), 8, 9, 10 (9).
    // High potential: potential rank ≤ 2 and above zero → 8 (1), 6 (2).
    // Hidden = {8, 6}: gap 9 − 1 = 8 and 6.5 − 2 = 4.5. Client 5 (potential rank 3,
    // revenue rank 5) is neither small nor in the top 2.
    assert_eq!(ids(&check.hidden), vec![8, 6]);
    assert_eq!(
        check.hidden[0],
        BiasEntry {
            client: ClientId(8),
            vip: false,
            revenue: Money::ZERO,
            potential_value: Money(dec!(500)),
            revenue_rank: dec!(9),
            potential_rank: dec!(1),
            gap: dec!(8),
        }
    );
    assert_eq!(check.hidden[1].gap, dec!(4.5));
}

#[test]
fn a_tie_across_the_top_boundary_stays_out() {
    // Five clients, k = ⌈5 · 0.2⌉ = 1. Revenue 10, 10, 5, 1, 0: the two 10s share
    // positions 1 and 2 → rank 1.5 > 1, so nobody is top by revenue.
    // Potential 1, 2, 50, 60, 70: ranks 5, 4, 3, 2, 1; middle rank 3; lower half: ranks
    // 4 and 5 (clients 2 and 1). Nobody is big and nobody is VIP → no overrated client.
    // Revenue ranks 1.5, 1.5, 3, 4, 5. Hidden: client 5 (no revenue, revenue rank 5,
    // potential rank 1): gap 5 − 1 = 4. Client 4 (potential rank 2) is not top.
    let inputs = vec![
        input(1, false, 10, 1, None),
        input(2, false, 10, 2, None),
        input(3, false, 5, 50, None),
        input(4, false, 1, 60, None),
        input(5, false, 0, 70, None),
    ];
    let check = bias_check(&inputs);
    assert_eq!(check.rows[0].revenue_rank, dec!(1.5));
    assert_eq!(ids(&check.overrated), Vec::<u32>::new());
    assert_eq!(ids(&check.hidden), vec![5]);
    assert_eq!(check.hidden[0].gap, dec!(4));
    // Making client 1 VIP makes it famous: potential rank 5 > 3 → overrated,
    // gap 5 − 1.5 = 3.5.
    let mut with_vip = inputs;
    with_vip[0].vip = true;
    let check = bias_check(&with_vip);
    assert_eq!(ids(&check.overrated), vec![1]);
    assert_eq!(check.overrated[0].gap, dec!(3.5));
}

#[test]
fn prospects_without_revenue_are_small_even_at_the_middle_rank() {
    // Three prospects, no revenue at all: every revenue rank is (1 + 2 + 3) / 3 = 2, the
    // middle rank, so none is in the lower half — but no revenue counts as small.
    // Potential 30, 20, 10: k = 1, client 1 is top → hidden with gap 2 − 1 = 1.
    // The revenue ranking is constant, so its correlations are undefined.
    let inputs = vec![
        input(1, false, 0, 30, Some(50)),
        input(2, false, 0, 20, Some(40)),
        input(3, false, 0, 10, Some(30)),
    ];
    let check = bias_check(&inputs);
    assert_eq!(ids(&check.hidden), vec![1]);
    assert_eq!(check.hidden[0].gap, dec!(1));
    assert_eq!(check.correlations.revenue_potential, None);
    assert_eq!(check.correlations.revenue_score, None);
    // Potential 30, 20, 10 and score 50, 40, 30 rank alike: ρ = 1.
    assert_eq!(check.correlations.potential_score, Some(dec!(1)));
}

#[test]
fn no_potential_above_zero_means_no_hidden_client() {
    // Potential all zero: every potential rank is the middle rank 2, none is top (the
    // value must be above zero) and none is in the lower half: both lists are empty
    // even for the VIP with the largest revenue.
    let inputs = vec![
        input(1, true, 300, 0, None),
        input(2, false, 200, 0, None),
        input(3, false, 0, 0, None),
    ];
    let check = bias_check(&inputs);
    assert!(check.overrated.is_empty() && check.hidden.is_empty());
    assert_eq!(check.correlations.revenue_potential, None);
}

#[test]
fn clients_without_a_score_are_left_out_of_the_score_correlations() {
    // Four clients, client 4 without a score. Score ranks among the three scored: 60 → 1,
    // 50 → 2, 40 → 3. Revenue of the scored 30, 20, 10 ranks the same way → ρ = 1;
    // potential of the scored 1, 2, 3 ranks the other way → ρ = −1.
    let inputs = vec![
        input(1, false, 30, 1, Some(60)),
        input(2, false, 20, 2, Some(50)),
        input(3, false, 10, 3, Some(40)),
        input(4, false, 40, 4, None),
    ];
    let check = bias_check(&inputs);
    let score_ranks: Vec<Option<Decimal>> = check.rows.iter().map(|r| r.score_rank).collect();
    assert_eq!(
        score_ranks,
        vec![Some(dec!(1)), Some(dec!(2)), Some(dec!(3)), None]
    );
    assert_eq!(check.correlations.revenue_score, Some(dec!(1)));
    assert_eq!(check.correlations.potential_score, Some(dec!(-1)));
    // Over all four: revenue 30, 20, 10, 40 and potential 1, 2, 3, 4 — ranks (desc)
    // 2, 3, 4, 1 and 4, 3, 2, 1: d = 2, 0, 2, 0, Σd² = 8, ρ = 1 − 6 · 8 / (4 · 15) = 0.2.
    assert_eq!(check.correlations.revenue_potential, Some(dec!(0.2)));
}

#[test]
fn an_empty_base_has_nothing_to_say() {
    let check = bias_check(&[]);
    assert_eq!(check.top_count, 0);
    assert!(check.rows.is_empty() && check.overrated.is_empty() && check.hidden.is_empty());
    assert_eq!(
        check.correlations,
        Correlations {
            revenue_potential: None,
            revenue_score: None,
            potential_score: None,
        }
    );
}
