//! The profile as HTML. The markup is data — templates filled by [`put`] — since
//! code that writes it piece by piece costs far more bundle than the text itself.

use super::{label, num, read, text, BUTTONS};
use crate::engine::locale::{format_decimal, format_percent, Locale};
use crate::engine::model::{Direction, Scale, Workspace};
use crate::engine::money::Rate;
use crate::ui::html::Html;
use crate::ui::i18n::Pm;
use rust_decimal::Decimal;

/// A criterion's card: `0 class suffix, `1 number, `2 name, `3 the «не измерим» flag.
const CARD: &str = "<li class=\"crit`0\"><h3>`1. `2`3</h3><div class=\"crit-fields\">";
/// `0 label, `1 criterion index, `2 field code, `3 name, `4 value, `5 extra attributes,
/// `6 the label shown (a band's field shows only its part: «от значения», «балл»).
const INPUT: &str = "<label class=\"field\">`6<input type=\"text\" autocomplete=\"off\"`5 \
                     id=\"pf`1-`2\" aria-label=\"`0: `3\" value=\"`4\"></label>";
/// As [`INPUT`], `4 the options.
const SELECT: &str =
    "<label class=\"field\">`0<select id=\"pf`1-`2\" aria-label=\"`0: `3\">`4</select></label>";
/// `0 index, `1 code, `2 ` disabled` or nothing, `3 label, `4 name, `5 text.
const BUTTON: &str = "<button type=\"button\" id=\"pf`0-b`1\"`2 aria-label=\"`3: `4\">`5</button>";

/// Appends `template` with each `` `n`` replaced by `args[n]`, which is markup: text
/// typed by the user must go through [`esc`] first.
#[inline(never)]
fn put(out: &mut String, template: &str, args: &[&str]) {
    let mut parts = template.split('`');
    out.push_str(parts.next().unwrap_or_default());
    for part in parts {
        out.push_str(args[usize::from(part.as_bytes()[0] - b'0')]);
        out.push_str(&part[1..]);
    }
}

/// `text` escaped for element content and attribute values.
fn esc(text: &str) -> String {
    let mut h = Html::default();
    h.text(text);
    h.finish()
}

/// The introduction, the note of a deletion, the criteria and the button that adds one.
pub(super) fn render(ws: &Workspace, note: Option<String>, locale: Locale) -> String {
    let t = |m: Pm| m.text(locale);
    let mut h = String::new();
    put(&mut h, "<p class=\"lead\">`0</p>", &[t(Pm::Intro)]);
    if let Some(note) = note {
        put(
            &mut h,
            "<p role=\"status\" class=\"note\" id=\"pf-note\" tabindex=\"-1\">`0</p>",
            &[&esc(&note)],
        );
    }
    let total: Decimal = ws.criteria.iter().map(|k| k.weight).sum();
    let n = ws.criteria.len();
    put(
        &mut h,
        "<ol class=\"criteria\" aria-label=\"`0\">",
        &[t(Pm::List)],
    );
    for (i, k) in ws.criteria.iter().enumerate() {
        let (ix, name) = (num(i), esc(&k.name));
        // No unit or no scale: flagged, as the analysis lists it (`unmeasurable`).
        let off = !k.is_measurable();
        let flag = [
            " <span class=\"badge flag\">",
            t(Pm::Unmeasurable),
            "</span>",
        ];
        let flag = if off { flag.concat() } else { String::new() };
        let number = num(i + 1);
        put(
            &mut h,
            CARD,
            &[["", " off"][usize::from(off)], &number, &name, &flag],
        );
        let (scale, bands) = match &k.scale {
            Scale::None => (0, 0),
            Scale::Linear { .. } => (1, 0),
            Scale::Bands { bands } => (2, bands.len()),
        };
        // Display order: texts, direction, weight, scale, anchors or bands, gate.
        let fields = [0, 1, 2, 3, 4, 6, 5, 7, 8].into_iter();
        for f in fields.chain(11..11 + 2 * bands).chain([9, 10]) {
            let value = read(k, f);
            let (visible, code) = (label(f, locale), num(f));
            if f == 9 && scale == 2 {
                let add = t(Pm::AddBand);
                put(&mut h, BUTTON, &[&ix, "4", "", add, &name, add]);
            }
            if f == 4 || f == 5 {
                let (current, options): (usize, &[Pm]) = if f == 4 {
                    let lower = k.direction == Direction::LowerIsBetter;
                    (usize::from(lower), &[Pm::Higher, Pm::Lower])
                } else {
                    (scale, &[Pm::ScaleNone, Pm::ScaleLinear, Pm::ScaleBands])
                };
                let mut list = String::new();
                for (j, m) in options.iter().enumerate() {
                    let selected = ["", " selected"][usize::from(j == current)];
                    let option = "<option value=\"`0\"`1>`2</option>";
                    put(&mut list, option, &[&num(j), selected, t(*m)]);
                }
                put(&mut h, SELECT, &[&visible, &ix, &code, &name, &list]);
                continue;
            }
            if (f == 7 || f == 8) && value.is_none() {
                continue;
            }
            let shown = match value {
                _ if f < 4 => esc(text(k, f)),
                Some(v) => format_decimal(v, 0, 6, locale),
                None => String::new(),
            };
            let band = f >= 11;
            if band && f % 2 == 1 {
                h.push_str("<div class=\"band\">");
            }
            let part = [Pm::Points, Pm::From][f % 2];
            let shown_label = if band { t(part) } else { &visible };
            let numeric = ["", " inputmode=\"decimal\" class=\"num\""][usize::from(f >= 6)];
            put(
                &mut h,
                INPUT,
                &[&visible, &ix, &code, &name, &shown, numeric, shown_label],
            );
            if f == 6 {
                let share = Rate(k.weight.checked_div(total).unwrap_or_default());
                let share = format_percent(share, 1, locale);
                let template = "<p class=\"share\">`0 <b data-testid=\"share\">`1</b></p>";
                put(&mut h, template, &[t(Pm::Share), &share]);
            }
            if band && f % 2 == 0 {
                let b = (f - 12) / 2;
                let remove = [t(Pm::RemoveBand), " ", &num(b + 1)].concat();
                let code = num(5 + b);
                put(&mut h, BUTTON, &[&ix, &code, "", &remove, &name, "×"]);
                h.push_str("</div>");
            }
        }
        h.push_str("</div><div class=\"crit-actions\">");
        let enabled = [i > 0, i + 1 < n, true, true];
        for (c, m) in BUTTONS.iter().enumerate() {
            let disabled = ["", " disabled"][usize::from(!enabled[c])];
            let code = num(c);
            put(&mut h, BUTTON, &[&ix, &code, disabled, t(*m), &name, t(*m)]);
        }
        h.push_str("</div></li>");
    }
    h.push_str("</ol>");
    if n == 0 {
        put(&mut h, "<p class=\"empty\">`0</p>", &[t(Pm::Empty)]);
    }
    put(
        &mut h,
        "<button type=\"button\" id=\"pf-add\">`0</button>",
        &[t(Pm::Add)],
    );
    h
}
