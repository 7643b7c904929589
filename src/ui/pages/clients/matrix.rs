//! The portfolio matrix (McDonald & Rogers) as an SVG bubble chart: attractiveness
//! (profile score) up, our relative strength in the client's eyes to the right, bubble
//! area = potential value; the four quadrants named with their strategy.

use super::profit::px;
use crate::engine::analysis::Analysis;
use crate::engine::locale::{format_decimal, Locale};
use crate::engine::model::Workspace;
use crate::engine::portfolio::{bubble_radius, Quadrant, ATTRACTIVENESS_SPLIT, STRENGTH_SPLIT};
use crate::ui::html::Html;
use crate::ui::i18n::Cm;
use rust_decimal::Decimal;

const W: i64 = 640;
const H: i64 = 440;
const PAD: i64 = 40;

/// Name and strategy of a quadrant.
fn quadrant_text(q: Quadrant) -> (Cm, Cm) {
    match q {
        Quadrant::Strategic => (Cm::QStrategic, Cm::QStrategicWhat),
        Quadrant::KeyDevelopment => (Cm::QDevelopment, Cm::QDevelopmentWhat),
        Quadrant::KeyStatus => (Cm::QStatus, Cm::QStatusWhat),
        Quadrant::Streamline => (Cm::QStreamline, Cm::QStreamlineWhat),
    }
}

/// The tab as HTML.
pub(super) fn matrix(ws: &Workspace, a: &Analysis, locale: Locale) -> String {
    let t = |m: Cm| m.text(locale);
    let mut h = Html::new();
    if ws.clients.is_empty() {
        h.cell("p", "class=\"empty\" role=\"status\"", t(Cm::NoClients));
        return h.finish();
    }
    let p = &a.portfolio;
    let d = Decimal::from;
    // Strength runs from 0 to at least 2, so "on par" (1) is in the middle.
    let right = p
        .points
        .iter()
        .map(|q| q.relative_strength)
        .fold(STRENGTH_SPLIT * d(2), Decimal::max);
    let x = |s: Decimal| px(d(PAD) + s / right * d(W - 2 * PAD));
    let y = |s: Decimal| px(d(PAD) + (d(100) - s) / d(100) * d(H - 2 * PAD));
    let name = |id| {
        ws.clients
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.name.as_str())
            .unwrap_or_default()
    };
    h.raw("<figure class=\"chart\"><svg viewBox=\"0 0 640 440\" role=\"img\" aria-labelledby=\"matrix-title\" data-testid=\"matrix\"><title id=\"matrix-title\">")
        .text(t(Cm::MatrixTitle))
        .raw("</title><rect class=\"frame\" x=\"40\" y=\"40\" width=\"560\" height=\"360\"></rect>");
    let (vx, hy) = (x(STRENGTH_SPLIT), y(ATTRACTIVENESS_SPLIT));
    h.raw("<line class=\"grid\" y1=\"40\" y2=\"400\" x1=\"")
        .raw(&vx)
        .raw("\" x2=\"")
        .raw(&vx)
        .raw("\"></line><line class=\"grid\" x1=\"40\" x2=\"600\" y1=\"")
        .raw(&hy)
        .raw("\" y2=\"")
        .raw(&hy)
        .raw("\"></line>");
    for (q, at) in [
        (
            Quadrant::KeyDevelopment,
            "x=\"48\" y=\"58\" text-anchor=\"start\"",
        ),
        (
            Quadrant::Strategic,
            "x=\"592\" y=\"58\" text-anchor=\"end\"",
        ),
        (
            Quadrant::Streamline,
            "x=\"48\" y=\"392\" text-anchor=\"start\"",
        ),
        (
            Quadrant::KeyStatus,
            "x=\"592\" y=\"392\" text-anchor=\"end\"",
        ),
    ] {
        h.raw("<text class=\"quadrant\" ")
            .raw(at)
            .raw(">")
            .text(quadrant_text(q).0.text(locale))
            .raw("</text>");
    }
    for q in &p.points {
        let r = bubble_radius(q.potential_value, p.max_potential, d(4), d(28));
        h.raw("<circle class=\"bubble\" data-open=\"")
            .raw(&q.client.0.to_string())
            .raw("\" cx=\"")
            .raw(&x(q.relative_strength))
            .raw("\" cy=\"")
            .raw(&y(q.attractiveness))
            .raw("\" r=\"")
            .raw(&px(r))
            .raw("\"><title>")
            .text(name(q.client))
            .text(": ")
            .text(t(Cm::ColScore))
            .text(" ")
            .text(&format_decimal(q.attractiveness, 1, 1, locale))
            .text(", ")
            .text(t(Cm::Strength))
            .text(" ")
            .text(&format_decimal(q.relative_strength, 2, 2, locale))
            .raw("</title></circle>");
    }
    h.raw("<text class=\"axis\" x=\"320\" y=\"428\" text-anchor=\"middle\">")
        .text(t(Cm::MatrixX))
        .raw("</text><text class=\"axis\" x=\"14\" y=\"220\" text-anchor=\"middle\" transform=\"rotate(-90 14 220)\">")
        .text(t(Cm::MatrixY))
        .raw("</text></svg>")
        .cell("figcaption", "", t(Cm::MatrixTitle))
        .raw("</figure><ul class=\"quadrants\" data-testid=\"quadrants\">");
    for q in Quadrant::ALL {
        let (title, what) = quadrant_text(q);
        h.raw("<li><strong>")
            .text(title.text(locale))
            .text(" — ")
            .text(&p.count(q).to_string())
            .raw("</strong>: ")
            .text(what.text(locale))
            .raw("</li>");
    }
    h.raw("</ul>");
    // Clients whose strength was measured by a workshop session, named.
    let measured: Vec<&str> = a
        .rows
        .iter()
        .filter(|r| r.strength_from_session)
        .map(|r| name(r.client))
        .collect();
    if !measured.is_empty() {
        h.raw("<p class=\"note\" data-testid=\"strength-from-session\">")
            .text(t(Cm::StrengthFromSession))
            .text(" ")
            .text(&measured.join(", "))
            .raw("</p>");
    }
    if !p.not_placed.is_empty() {
        h.raw("<p class=\"notice\" data-testid=\"not-placed\">")
            .text(t(Cm::NotPlaced));
        let mut sep = " ";
        for n in &p.not_placed {
            h.text(sep).text(name(n.client));
            sep = ", ";
        }
        h.raw("</p>");
    }
    h.finish()
}
