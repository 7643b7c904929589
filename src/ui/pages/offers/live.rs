//! The figures of the part being edited, kept in view while typing.
//!
//! The figures table is above the forms: a KAM typing a lever in a variant's form, far
//! below it, sees none of its figures move. While the focus is in the base deal's
//! form or a variant's, a bar at the bottom of the window (`position: sticky`) shows
//! that part's first-year contribution, its margin, the client's benefit, the value
//! ratio, the contribution against the base and the NPV over the horizon: the same
//! figures as the table, following the same keystrokes. Our figures only: there is no
//! bar in the client-safe view (the editor is not shown there).

use super::slots::Slotted;
use super::years::line_text;
use crate::engine::locale::{format_money, Locale};
use crate::engine::model::Currency;
use crate::engine::offer::VariantFigures;
use crate::ui::i18n::Om;

/// The part of the offer being edited: the base deal or a variant (index).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Live {
    Base,
    Variant(usize),
}

/// The bar's content for `part`, the part being edited with its figures (nothing
/// without it): a title and the figures, each a [figure](Slotted::figure)
/// `of-live-{line}`.
pub(super) fn markup(
    h: &mut Slotted,
    part: Option<(Live, &VariantFigures)>,
    cur: &Currency,
    locale: Locale,
) {
    let t = |m: Om| m.text(locale);
    let Some((live, f)) = part else { return };
    let title = match live {
        Live::Base => t(Om::Base).to_owned(),
        Live::Variant(i) => format!("{} {} «{}»", t(Om::Variant), i + 1, f.name),
    };
    let Some(y) = f.years.first() else { return };
    h.raw("<strong class=\"of-live-title\">")
        .text(&format!("{title}, {}:", t(Om::LiveYear)))
        .raw("</strong>");
    // Lines of `years::LINES`: contribution, margin, client benefit, value ratio.
    let mut items = vec![
        (
            "contribution",
            Om::Contribution,
            line_text(5, y, cur, locale),
        ),
        ("margin", Om::Margin, line_text(6, y, cur, locale)),
    ];
    if let Live::Variant(_) = live {
        let delta = f.deltas.first().map(|d| d.contribution).unwrap_or_default();
        items.extend([
            ("benefit", Om::ClientBenefit, line_text(7, y, cur, locale)),
            ("ratio", Om::ValueRatio, line_text(8, y, cur, locale)),
            (
                "delta",
                Om::DeltaContribution,
                format_money(delta, cur, true, locale),
            ),
        ]);
    }
    items.push((
        "npv",
        Om::Npv,
        format_money(f.npv_contribution, cur, true, locale),
    ));
    for (id, label, text) in items {
        let id = ["of-live-", id].concat();
        h.raw("<span class=\"of-live-item ")
            .raw(&id)
            .raw("\">")
            .text(t(label))
            .raw(" <b data-testid=\"")
            .raw(&id)
            .raw("\">")
            .figure(&id, &text)
            .raw("</b></span>");
    }
}
