//! The strategy canvas: one value curve per company across the client's criteria
//! (x = the criteria in order, y = the mean rating 1–10), ours thicker, with a legend.
//! The geometry alone uses `f64`.

use super::View;
use crate::engine::model::{SCALE_MAX, SCALE_MIN};
use crate::engine::workshop::results::RoundResults;
use crate::ui::html::Html;
use crate::ui::i18n::Rm;
use rust_decimal::prelude::ToPrimitive;

const W: f64 = 720.0;
const H: f64 = 360.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 110.0;
/// Colour classes of the curves (`s0` is ours); more companies reuse them.
const COLOURS: usize = 8;

/// A coordinate with one decimal place, written through integers: formatting an `f64`
/// would bring the float printing code (≈ 10 KB) into the bundle.
fn px(x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}

/// The chart as an SVG figure with its legend.
pub(super) fn canvas(h: &mut Html, v: &View, res: &RoundResults) {
    let criteria = res.cells.len();
    if criteria == 0 {
        return;
    }
    let (lo, hi) = (f64::from(SCALE_MIN), f64::from(SCALE_MAX));
    let step = if criteria > 1 {
        (W - LEFT - RIGHT) / (criteria - 1) as f64
    } else {
        0.0
    };
    let x = |c: usize| LEFT + step * c as f64;
    let y = |m: f64| TOP + (hi - m) / (hi - lo) * (H - TOP - BOTTOM);
    h.raw("<section class=\"wr-part\" aria-labelledby=\"wr-canvas-h\">")
        .cell("h3", "id=\"wr-canvas-h\"", v.t(Rm::CanvasTitle))
        .raw("<figure class=\"chart wr-canvas\"><svg viewBox=\"0 0 720 360\" role=\"img\" data-testid=\"wr-canvas\" aria-label=\"")
        .text(v.t(Rm::CanvasLabel))
        .raw("\">");
    for level in [1.0, 4.0, 7.0, 10.0] {
        let yy = px(y(level));
        h.raw("<line class=\"grid\" x1=\"40\" x2=\"700\" y1=\"")
            .raw(&yy)
            .raw("\" y2=\"")
            .raw(&yy)
            .raw("\"></line><text class=\"tick\" x=\"32\" text-anchor=\"end\" y=\"")
            .raw(&px(y(level) + 4.0))
            .raw("\">")
            .text(&format!("{level}"))
            .raw("</text>");
    }
    for c in 0..criteria {
        let (xx, yy) = (px(x(c)), px(H - BOTTOM + 12.0));
        h.raw("<text class=\"axis\" text-anchor=\"end\" transform=\"rotate(-35 ")
            .raw(&xx)
            .raw(" ")
            .raw(&yy)
            .raw(")\" x=\"")
            .raw(&xx)
            .raw("\" y=\"")
            .raw(&yy)
            .raw("\">")
            .text(&short(v.criterion(c)))
            .raw("</text>");
    }
    // The rivals first, so that our curve is drawn on top.
    let subjects = v.w.subjects();
    for s in (1..subjects).chain([0]) {
        let mut points = String::new();
        let flush = |h: &mut Html, points: &mut String| {
            if !points.is_empty() {
                h.raw("<polyline class=\"curve s")
                    .raw(&(s % COLOURS).to_string())
                    .raw(if s == 0 { " us" } else { "" })
                    .raw("\" points=\"")
                    .raw(points.trim_end())
                    .raw("\"></polyline>");
                points.clear();
            }
        };
        for (c, row) in res.cells.iter().enumerate() {
            match row
                .get(s)
                .and_then(|cell| cell.mean)
                .and_then(|m| m.to_f64())
            {
                Some(m) => {
                    points.push_str(&format!("{},{} ", px(x(c)), px(y(m))));
                    h.raw("<circle class=\"dot s")
                        .raw(&(s % COLOURS).to_string())
                        .raw("\" r=\"")
                        .raw(if s == 0 { "4.5" } else { "3" })
                        .raw("\" cx=\"")
                        .raw(&px(x(c)))
                        .raw("\" cy=\"")
                        .raw(&px(y(m)))
                        .raw("\"></circle>");
                }
                None => flush(h, &mut points),
            }
        }
        flush(h, &mut points);
    }
    h.raw("</svg><figcaption><ul class=\"wr-legend\">");
    for s in 0..subjects {
        h.raw("<li><span class=\"swatch s")
            .raw(&(s % COLOURS).to_string())
            .raw("\" aria-hidden=\"true\"></span>")
            .text(v.name(s))
            .raw("</li>");
    }
    h.raw("</ul></figcaption></figure></section>");
}

/// A criterion name cut to fit under the axis.
fn short(name: &str) -> String {
    const MAX: usize = 22;
    if name.chars().count() <= MAX {
        name.to_owned()
    } else {
        name.chars().take(MAX - 1).collect::<String>() + "…"
    }
}
