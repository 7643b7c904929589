//! Workshop results (domain §3) on a small session worked out by hand
//! (`support/workshop.rs`): three criteria with importance 50 / 30 / 20, our company and
//! two rivals, four participants, two rounds, some «не знаю».

#[path = "support/workshop.rs"]
mod support;

use kam_studio::engine::workshop::results::{
    bias, cells, convergence, disputed, gaps, relative_strength, round_results, scores, spread,
    standing, weights, Cell, Gap,
};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use support::session;

fn cell(n: usize, mean: Decimal, median: Decimal, stdev: Decimal, iqr: Decimal) -> Cell {
    Cell {
        n,
        mean: Some(mean),
        median: Some(median),
        stdev: Some(stdev),
        iqr: Some(iqr),
    }
}

#[test]
fn cell_statistics_leave_dont_know_out() {
    let c = cells(&session(), 0);
    // A·us [9, 3, 7, 8]: mean 27/4 = 6.75; sorted [3, 7, 8, 9], median 7.5;
    // Σx² = 203, STDEV.S = √((4·203 − 27²) / (4·3)) = √(83/12) = √6.91667 = 2.629955… →
    // 2.6300; Q1 at h 0.75 → 3 + 0.75·4 = 6, Q3 at h 2.25 → 8 + 0.25 = 8.25, IQR 2.25.
    assert_eq!(
        c[0][0],
        cell(4, dec!(6.75), dec!(7.5), dec!(2.6300), dec!(2.25))
    );
    // A·R1 [6, 7, 7, 6]: mean 6.5, median 6.5; √((4·170 − 26²)/12) = √(1/3) = 0.57735
    // → 0.5774; Q1 6 + 0.75·0 = 6, Q3 7 + 0.25·0 = 7, IQR 1.
    assert_eq!(
        c[0][1],
        cell(4, dec!(6.5), dec!(6.5), dec!(0.5774), dec!(1))
    );
    // A·R2 [5, 8, 6, 7]: mean 6.5; sorted [5, 6, 7, 8] median 6.5;
    // √((4·174 − 676)/12) = √(5/3) = 1.29099 → 1.2910; Q1 5.75, Q3 7.25, IQR 1.5.
    assert_eq!(
        c[0][2],
        cell(4, dec!(6.5), dec!(6.5), dec!(1.2910), dec!(1.5))
    );
    // B·us [8, 4, 6, 7]: mean 25/4 = 6.25; sorted [4, 6, 7, 8] median 6.5;
    // √((4·165 − 625)/12) = √(35/12) = 1.707825 → 1.7078; Q1 4 + 0.75·2 = 5.5,
    // Q3 7 + 0.25·1 = 7.25, IQR 1.75.
    assert_eq!(
        c[1][0],
        cell(4, dec!(6.25), dec!(6.5), dec!(1.7078), dec!(1.75))
    );
    // B·R1 [7, 6, 8, 7]: mean 7, median 7; √((4·198 − 784)/12) = √(2/3) = 0.816497 →
    // 0.8165; Q1 6 + 0.75 = 6.75, Q3 7 + 0.25 = 7.25, IQR 0.5.
    assert_eq!(c[1][1], cell(4, dec!(7), dec!(7), dec!(0.8165), dec!(0.5)));
    // B·R2 [7, 5, —, 8]: n 3, mean 20/3 = 6.6667; sorted [5, 7, 8] median 7;
    // √((3·138 − 400)/6) = √(7/3) = 1.527525 → 1.5275; Q1 at h 0.5 → 5 + 0.5·2 = 6,
    // Q3 at h 1.5 → 7 + 0.5·1 = 7.5, IQR 1.5.
    assert_eq!(
        c[1][2],
        cell(3, dec!(6.6667), dec!(7), dec!(1.5275), dec!(1.5))
    );
    // C·us [9, 5, —, 7]: mean 7, median 7; √((3·155 − 441)/6) = √4 = 2;
    // Q1 5 + 0.5·2 = 6, Q3 7 + 0.5·2 = 8, IQR 2.
    assert_eq!(c[2][0], cell(3, dec!(7), dec!(7), dec!(2), dec!(2)));
    // C·R1 [5, —, 6, 5]: mean 16/3 = 5.3333; sorted [5, 5, 6] median 5;
    // √((3·86 − 256)/6) = √(1/3) → 0.5774; Q1 5, Q3 5 + 0.5·1 = 5.5, IQR 0.5.
    assert_eq!(
        c[2][1],
        cell(3, dec!(5.3333), dec!(5), dec!(0.5774), dec!(0.5))
    );
    // C·R2 [6, 7, 6, —]: mean 19/3 = 6.3333; median 6; √((3·121 − 361)/6) = √(1/3) →
    // 0.5774; Q1 6, Q3 6.5, IQR 0.5.
    assert_eq!(
        c[2][2],
        cell(3, dec!(6.3333), dec!(6), dec!(0.5774), dec!(0.5))
    );
}

#[test]
fn weighted_scores_and_relative_strength() {
    let ws = session();
    let c = cells(&ws, 0);
    let s = scores(&ws, &c);
    // us: (50·6.75 + 30·6.25 + 20·7) / 100 = (337.5 + 187.5 + 140) / 100 = 6.65;
    // R1: (50·6.5 + 30·7 + 20·5.3333) / 100 = (325 + 210 + 106.666) / 100 = 6.41666 →
    // 6.4167; R2: (325 + 30·6.6667 + 20·6.3333) / 100 = (325 + 200.001 + 126.666) / 100
    // = 6.51667 → 6.5167.
    assert_eq!(
        s,
        vec![Some(dec!(6.65)), Some(dec!(6.4167)), Some(dec!(6.5167))]
    );
    // Our score ÷ the best rival's: 6.65 / 6.5167 = 1.02045… → 1.02 (stronger than par).
    assert_eq!(relative_strength(&s), Some(dec!(1.02)));
    // Nobody else known, or we are unknown: no relative strength.
    assert_eq!(relative_strength(&[Some(dec!(6)), None]), None);
    assert_eq!(relative_strength(&[None, Some(dec!(6))]), None);
}

#[test]
fn an_unweighted_session_weighs_every_criterion_alike() {
    let mut ws = session();
    for c in &mut ws.criteria {
        c.importance = Decimal::ZERO;
    }
    assert_eq!(weights(&ws), vec![dec!(1); 3]);
    // us: (6.75 + 6.25 + 7) / 3 = 20 / 3 = 6.66666… → 6.6667.
    assert_eq!(scores(&ws, &cells(&ws, 0))[0], Some(dec!(6.6667)));
}

#[test]
fn a_criterion_nobody_rated_is_left_out_of_the_score() {
    let mut ws = session();
    // Nobody knows R2 on A: R2's score is over B and C only:
    // (30·6.6667 + 20·6.3333) / 50 = (200.001 + 126.666) / 50 = 6.53334 → 6.5333.
    for b in &mut ws.rounds[0].ballots {
        b.ratings[0][2] = None;
    }
    let c = cells(&ws, 0);
    assert_eq!(c[0][2], Cell::default());
    assert_eq!(scores(&ws, &c)[2], Some(dec!(6.5333)));
}

#[test]
fn gaps_to_the_best_rival_and_what_matters() {
    let ws = session();
    let g = gaps(&ws, &cells(&ws, 0));
    // A: 6.75 − max(6.5, 6.5) = 0.25 (R1 first on the tie); share 50/100 = 0.5 →
    // weighted 0.25·0.5 = 0.125.
    assert_eq!(
        g[0],
        Gap {
            criterion: 0,
            best_rival: Some(1),
            gap: Some(dec!(0.25)),
            share: dec!(0.5),
            weighted: Some(dec!(0.125)),
        }
    );
    // B: 6.25 − max(7, 6.6667) = −0.75; share 0.3 → −0.225.
    assert_eq!(g[1].best_rival, Some(1));
    assert_eq!(g[1].gap, Some(dec!(-0.75)));
    assert_eq!(g[1].weighted, Some(dec!(-0.225)));
    // C: 7 − max(5.3333, 6.3333) = 0.6667 (R2); share 0.2 → 0.13334 → 0.1333.
    assert_eq!(g[2].best_rival, Some(2));
    assert_eq!(g[2].gap, Some(dec!(0.6667)));
    assert_eq!(g[2].share, dec!(0.2));
    assert_eq!(g[2].weighted, Some(dec!(0.1333)));
    // C (0.1333) outweighs A (0.125) though less important; B is the one weakness.
    let st = standing(&g);
    assert_eq!(st.strengths, vec![2, 0]);
    assert_eq!(st.weaknesses, vec![1]);
}

#[test]
fn wide_spread_cells_are_flagged() {
    let c = cells(&session(), 0);
    // Standard deviation ≥ 2: A·us 2.6300 and C·us exactly 2 (the bound is included);
    // the next widest, B·us 1.7078, is not. Widest first.
    assert_eq!(disputed(&c), vec![(0, 0), (2, 0)]);
    assert!(c[2][0].disputed() && !c[1][0].disputed());
}

#[test]
fn halo_horns_and_offsets_per_participant() {
    let ws = session();
    let b = bias(&ws, 0, &cells(&ws, 0));
    assert_eq!(b.len(), 4);
    // Anna: us above both rivals on A (9 > 6, 5), B (8 > 7, 7), C (9 > 5, 6): halo 3/3.
    // Offset about us: (9 − 6.75) + (8 − 6.25) + (9 − 7) = 6 → 6/3 = 2.
    // Over all 9 cells: A 2.25 − 0.5 − 1.5, B 1.75 + 0 + (7 − 6.6667 = 0.3333),
    // C 2 − 0.3333 − 0.3333 → 3.6667 / 9 = 0.40741 → 0.4074.
    assert_eq!(b[0].compared, 3);
    assert_eq!(
        (b[0].halo_share, b[0].horns_share),
        (Some(dec!(1)), Some(dec!(0)))
    );
    assert!(b[0].halo && !b[0].horns);
    assert_eq!(b[0].offset_us, Some(dec!(2)));
    assert_eq!(b[0].offset_all, Some(dec!(0.4074)));
    // Boris: below on A (3 < 7, 8), B (4 < 6, 5), C (5 < 7; R1 «не знаю»): horns 3/3.
    // Offset us: (3 − 6.75) + (4 − 6.25) + (5 − 7) = −8 → −8/3 = −2.6667.
    // All 8 rated cells: A −3.75 + 0.5 + 1.5, B −2.25 − 1 − 1.6667, C −2 + 0.6667 = −8
    // → −1.
    assert_eq!(
        (b[1].halo_share, b[1].horns_share),
        (Some(dec!(0)), Some(dec!(1)))
    );
    assert!(b[1].horns && !b[1].halo);
    assert_eq!(b[1].offset_us, Some(dec!(-2.6667)));
    assert_eq!(b[1].offset_all, Some(dec!(-1)));
    // Vera: A 7 vs 7, 6 is neither (not strictly above), B 6 < 8 is horns, C us
    // «не знаю» is not compared: 2 criteria, horns 1/2 = 0.5, no flag.
    // Offset us: (7 − 6.75) + (6 − 6.25) = 0 → 0. All 7 cells: A 0.25 + 0.5 − 0.5,
    // B −0.25 + 1, C (6 − 5.3333) + (6 − 6.3333) = 0.3334 → 1.3334 / 7 = 0.19049 → 0.1905.
    assert_eq!(b[2].compared, 2);
    assert_eq!(
        (b[2].halo_share, b[2].horns_share),
        (Some(dec!(0)), Some(dec!(0.5)))
    );
    assert!(!b[2].halo && !b[2].horns);
    assert_eq!(b[2].offset_us, Some(dec!(0)));
    assert_eq!(b[2].offset_all, Some(dec!(0.1905)));
    // Gleb: A 8 > 6, 7 halo; B 7 vs 7, 8 neither; C 7 > 5 halo: 2/3 = 0.6667 < 0.8.
    // Offset us: 1.25 + 0.75 + 0 = 2 → 0.6667. All 8 cells: A 1.25 − 0.5 + 0.5,
    // B 0.75 + 0 + 1.3333, C 0 − 0.3333 = 3 → 3/8 = 0.375.
    assert_eq!(b[3].halo_share, Some(dec!(0.6667)));
    assert!(!b[3].halo && !b[3].horns);
    assert_eq!(b[3].offset_us, Some(dec!(0.6667)));
    assert_eq!(b[3].offset_all, Some(dec!(0.375)));
}

#[test]
fn a_halo_needs_enough_compared_criteria() {
    // Anna knows the rivals only on A and B, where she puts us first: halo 2/2 = 1,
    // but over 2 < 3 criteria no flag.
    let mut ws = session();
    ws.rounds[0].ballots[0].ratings[2] = vec![Some(9), None, None];
    let b = bias(&ws, 0, &cells(&ws, 0));
    assert_eq!((b[0].compared, b[0].halo_share), (2, Some(dec!(1))));
    assert!(!b[0].halo);
}

#[test]
fn the_second_round_converged() {
    let ws = session();
    let conv = convergence(&ws, 0, 1);
    // Round 2 cells: A·us [8, 6, 7, 7] mean 7, √((4·198 − 784)/12) = 0.8165;
    // A·R1 unchanged (6.5, 0.5774); A·R2 [6, 7, 6, 7] 6.5, 0.5774; B·us [7, 6, 6, 7]
    // 6.5, 0.5774; B·R1 [7, 7, 8, 7] 7.25, √((4·211 − 841)/12) = √0.25 = 0.5;
    // B·R2 [7, 6, 7] 6.6667, 0.5774; C·us [8, 7, 7] 7.3333, 0.5774; C·R1 unchanged
    // (5.3333, 0.5774); C·R2 [6, 6, 6] 6, 0.
    let ch = &conv.changes;
    // A·us: mean 7 − 6.75 = 0.25, stdev 0.8165 − 2.6300 = −1.8135.
    assert_eq!(ch[0][0].mean, Some(dec!(0.25)));
    assert_eq!(ch[0][0].stdev, Some(dec!(-1.8135)));
    // A·R1 unchanged; A·R2 stdev 0.5774 − 1.2910 = −0.7136.
    assert_eq!(
        (ch[0][1].mean, ch[0][1].stdev),
        (Some(dec!(0)), Some(dec!(0)))
    );
    assert_eq!(ch[0][2].stdev, Some(dec!(-0.7136)));
    // B·R1: 7.25 − 7 = 0.25, 0.5 − 0.8165 = −0.3165; C·us: 7.3333 − 7 = 0.3333,
    // 0.5774 − 2 = −1.4226; C·R2: 6 − 6.3333 = −0.3333, 0 − 0.5774 = −0.5774.
    assert_eq!(
        (ch[1][1].mean, ch[1][1].stdev),
        (Some(dec!(0.25)), Some(dec!(-0.3165)))
    );
    assert_eq!(
        (ch[2][0].mean, ch[2][0].stdev),
        (Some(dec!(0.3333)), Some(dec!(-1.4226)))
    );
    assert_eq!(
        (ch[2][2].mean, ch[2][2].stdev),
        (Some(dec!(-0.3333)), Some(dec!(-0.5774)))
    );
    // Spread, all 9 cells in both rounds. Round 1: 2.6300 + 0.5774 + 1.2910 + 1.7078 +
    // 0.8165 + 1.5275 + 2 + 0.5774 + 0.5774 = 11.7050 → /9 = 1.30056 → 1.3006.
    // Round 2: 0.8165 + 6·0.5774 + 0.5 + 0 = 4.7809 → /9 = 0.53121 → 0.5312.
    assert_eq!(conv.spread_from, Some(dec!(1.3006)));
    assert_eq!(conv.spread_to, Some(dec!(0.5312)));
    assert_eq!(conv.converged(), Some(true));
    assert_eq!(spread(&cells(&ws, 1)), Some(dec!(0.5312)));
    // Round 2 has no disputed cell left.
    assert!(disputed(&cells(&ws, 1)).is_empty());
}

#[test]
fn round_results_bundle_the_figures() {
    let ws = session();
    let r = round_results(&ws, 0);
    assert_eq!(r.cells, cells(&ws, 0));
    assert_eq!(r.scores, scores(&ws, &r.cells));
    assert_eq!(r.standing.strengths, vec![2, 0]);
    assert_eq!(r.disputed, vec![(0, 0), (2, 0)]);
    assert_eq!(r.bias.len(), 4);
    assert_eq!(r.relative_strength, Some(dec!(1.02)));
}

#[test]
fn an_empty_or_missing_round_gives_empty_results() {
    let ws = session();
    for round in [2, 9] {
        let r = round_results(&ws, round);
        assert_eq!(r.cells, vec![vec![Cell::default(); 3]; 3]);
        assert_eq!(r.scores, vec![None; 3]);
        assert!(r
            .gaps
            .iter()
            .all(|g| g.gap.is_none() && g.weighted.is_none()));
        assert!(r.standing.strengths.is_empty() && r.standing.weaknesses.is_empty());
        assert!(r.disputed.is_empty() && r.bias.is_empty());
        assert_eq!(r.relative_strength, None);
    }
    let conv = convergence(&ws, 1, 2);
    assert_eq!(
        (conv.spread_from, conv.spread_to, conv.converged()),
        (None, None, None)
    );
}

#[test]
fn badly_shaped_ballots_are_read_as_far_as_they_go() {
    let mut ws = session();
    let round = &mut ws.rounds[0].ballots;
    // Anna rated a fourth subject on A, five on C and a fourth criterion: the extras are
    // ignored. Boris rated 11 and 0 (off the scale) for us on A and B. Vera's grid is
    // empty; Gleb's lost criterion C.
    round[0].ratings[0].push(Some(10));
    round[0].ratings[2] = vec![Some(1); 5];
    round[0].ratings.push(vec![Some(1); 3]);
    round[1].ratings[0][0] = Some(11);
    round[1].ratings[1][0] = Some(0);
    round[2].ratings.clear();
    round[3].ratings.truncate(2);
    let r = round_results(&ws, 0);
    assert_eq!(r.cells.len(), 3);
    // A·us keeps Anna's 9 and Gleb's 8: n 2, mean 17/2 = 8.5.
    assert_eq!((r.cells[0][0].n, r.cells[0][0].mean), (2, Some(dec!(8.5))));
    // A·R2: Anna 5, Boris 8, Gleb 7 → 20/3 = 6.6667 (Anna's 10 is for no subject).
    assert_eq!(
        (r.cells[0][2].n, r.cells[0][2].mean),
        (3, Some(dec!(6.6667)))
    );
    // C·us: Anna 1, Boris 5 → 3.
    assert_eq!((r.cells[2][0].n, r.cells[2][0].mean), (2, Some(dec!(3))));
    assert_eq!((r.bias[2].compared, r.bias[2].offset_all), (0, None));
    // Gleb compares A and B only.
    assert_eq!(r.bias[3].compared, 2);
}
