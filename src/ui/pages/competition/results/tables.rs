//! The ranking by weighted score, the strengths and weaknesses that matter to the
//! client, and the participants' bias, as HTML tables.

use super::View;
use crate::engine::sort::sorted_indices;
use crate::engine::workshop::results::RoundResults;
use crate::ui::html::Html;
use crate::ui::i18n::Rm;
use rust_decimal::Decimal;

/// The companies by weighted score, the best first (us highlighted), and our relative
/// strength.
pub(super) fn ranking(h: &mut Html, v: &View, res: &RoundResults) {
    let s = &res.scores;
    // Known scores first, the highest first; ties keep the session order (us first).
    let order = sorted_indices(s.len(), &|a, b| match (s[a], s[b]) {
        (Some(x), Some(y)) => y.cmp(&x),
        (x, y) => y.is_some().cmp(&x.is_some()),
    });
    h.raw("<section class=\"wr-part\" aria-labelledby=\"wr-ranking\">")
        .cell("h3", "id=\"wr-ranking\"", v.t(Rm::RankingTitle))
        .raw("<table class=\"wr-scores\" data-testid=\"wr-scores\">")
        .head(&[
            &format!("#{}", v.t(Rm::ColPlace)),
            v.t(Rm::ColCompany),
            &format!("#{}", v.t(Rm::ColScore)),
        ])
        .raw("<tbody>");
    for (place, &i) in order.iter().enumerate() {
        h.raw(if i == 0 { "<tr class=\"us\">" } else { "<tr>" })
            .cell("td", "class=\"num\"", &(place + 1).to_string())
            .raw("<th scope=\"row\">")
            .text(v.name(i));
        if i == 0 {
            h.raw(" <span class=\"badge\">")
                .text(v.t(Rm::Us))
                .raw("</span>");
        }
        h.raw("</th>")
            .cell("td", "class=\"num\"", &v.num(s[i], 2))
            .raw("</tr>");
    }
    h.raw("</tbody></table><p class=\"wr-strength\" data-testid=\"wr-strength\">")
        .text(v.t(Rm::Strength))
        .raw(" <strong>")
        .text(&v.num(res.relative_strength, 2))
        .raw("</strong></p></section>");
}

/// The strengths and the weaknesses: criterion, importance, our mean, the best rival
/// and its mean, the gap and the weighted gap.
pub(super) fn standing(h: &mut Html, v: &View, res: &RoundResults) {
    h.raw("<div class=\"wr-standing\">");
    for (title, id, list) in [
        (Rm::StrengthsTitle, "wr-strengths", &res.standing.strengths),
        (
            Rm::WeaknessesTitle,
            "wr-weaknesses",
            &res.standing.weaknesses,
        ),
    ] {
        h.raw("<section class=\"wr-part\" data-testid=\"")
            .raw(id)
            .raw("\" aria-labelledby=\"")
            .raw(id)
            .raw("-h\"><h3 id=\"")
            .raw(id)
            .raw("-h\">")
            .text(v.t(title))
            .raw("</h3>");
        if list.is_empty() {
            h.cell("p", "class=\"empty\"", v.t(Rm::NoneHere));
            h.raw("</section>");
            continue;
        }
        h.raw("<table>")
            .head(&[
                v.t(Rm::ColCriterion),
                &format!("#{}", v.t(Rm::ColOurs)),
                v.t(Rm::ColBestRival),
                &format!("#{}", v.t(Rm::ColGap)),
                &format!("#{}", v.t(Rm::ColWeighted)),
            ])
            .raw("<tbody>");
        for &c in list.iter() {
            let Some(g) = res.gaps.get(c) else { continue };
            let row = &res.cells[c];
            let ours = row.first().and_then(|cell| cell.mean);
            h.raw("<tr><th scope=\"row\">")
                .text(v.criterion(c))
                .raw("</th>");
            h.cell("td", "class=\"num\"", &v.num(ours, 1)).raw("<td>");
            if let Some(b) = g.best_rival {
                h.text(v.name(b))
                    .text(" (")
                    .text(&v.num(row.get(b).and_then(|cell| cell.mean), 1))
                    .text(")");
            }
            h.raw("</td>")
                .cell("td", "class=\"num\"", &signed(v, g.gap, 1))
                .cell("td", "class=\"num\"", &signed(v, g.weighted, 2))
                .raw("</tr>");
        }
        h.raw("</tbody></table></section>");
    }
    h.raw("</div>");
}

/// A figure with its sign: «+1,5», «−0,8».
fn signed(v: &View, x: Option<Decimal>, dp: u32) -> String {
    match x {
        Some(x) if x > Decimal::ZERO => format!("+{}", v.num(Some(x), dp)),
        Some(x) if x < Decimal::ZERO => format!("−{}", v.num(Some(-x), dp)),
        x => v.num(x, dp),
    }
}

/// A share as whole percent: «80 %».
fn percent(v: &View, x: Option<Decimal>) -> String {
    x.map_or_else(
        || "—".to_owned(),
        |x| format!("{}\u{a0}%", v.num(Some(x * Decimal::ONE_HUNDRED), 0)),
    )
}

/// Each ballot's halo and horns shares, offsets and flags; names hidden when anonymous.
pub(super) fn bias(h: &mut Html, v: &View, res: &RoundResults, round: usize) {
    h.raw("<section class=\"wr-part\" data-testid=\"wr-bias\" aria-labelledby=\"wr-bias-h\">")
        .cell("h3", "id=\"wr-bias-h\"", v.t(Rm::BiasTitle))
        .cell("p", "class=\"notice\"", v.t(Rm::BiasHint));
    if res.bias.is_empty() {
        h.raw("</section>");
        return;
    }
    h.raw("<table>")
        .head(&[
            v.t(Rm::ColParticipant),
            &format!("#{}", v.t(Rm::ColHalo)),
            &format!("#{}", v.t(Rm::ColHorns)),
            &format!("#{}", v.t(Rm::ColOffsetUs)),
            &format!("#{}", v.t(Rm::ColOffsetAll)),
            v.t(Rm::ColFlag),
        ])
        .raw("<tbody>");
    for b in &res.bias {
        let given =
            v.w.rounds
                .get(round)
                .and_then(|r| r.ballots.get(b.ballot))
                .map_or("", |x| x.participant.trim());
        h.raw(if b.halo || b.horns {
            "<tr class=\"flagged\">"
        } else {
            "<tr>"
        })
        .raw("<th scope=\"row\">");
        if v.anonymous || given.is_empty() {
            h.text(&format!("{} {}", v.t(Rm::Participant), b.ballot + 1));
        } else {
            h.text(given);
        }
        h.raw("</th>")
            .cell("td", "class=\"num\"", &percent(v, b.halo_share))
            .cell("td", "class=\"num\"", &percent(v, b.horns_share))
            .cell("td", "class=\"num\"", &signed(v, b.offset_us, 2))
            .cell("td", "class=\"num\"", &signed(v, b.offset_all, 2))
            .raw("<td>");
        if b.halo {
            h.cell("span", "class=\"badge halo\"", v.t(Rm::Halo));
        }
        if b.horns {
            h.cell("span", "class=\"badge horns\"", v.t(Rm::Horns));
        }
        h.raw("</td></tr>");
    }
    h.raw("</tbody></table></section>");
}
