//! Import of a client base from a CSV file (Excel, 1C): pick or drop the file, read
//! its bytes, guess the encoding and decode with the browser's `TextDecoder`, guess
//! the separator (the user may change it), map every column to a field or criterion
//! while looking at the first rows, then import — one `AddClients` action, undone by
//! Ctrl+Z. Bad lines are listed with their line and column; the good lines can still
//! be imported.

use super::{attr, edit::note, option, select, Grid};
use crate::engine::action::Action;
use crate::engine::csv::{
    build_clients, guess_encoding, parse_table, sniff_separator, suggest_mapping, CsvImport,
    Encoding, LineProblem, LineProblemKind, Separator, Table, Target,
};
use crate::engine::format::MAX_IMPORT_BYTES;
use crate::engine::locale::{Locale, NumberError};
use crate::engine::model::{Client, Workspace};
use crate::ui::html::Html;
use crate::ui::i18n::{Gm, Msg};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

/// A file read and split, with the mapping being edited.
pub(super) struct Loaded {
    name: String,
    encoding: Encoding,
    text: String,
    table: Table,
    mapping: Vec<Target>,
}

/// Where the import stands.
#[derive(Default)]
pub(super) struct Step {
    loaded: Option<Loaded>,
    /// The result of «Импортировать» when some lines have problems.
    checked: Option<CsvImport>,
    error: Option<Gm>,
}

/// Reads a file's bytes and decodes them in the encoding they appear to be in.
async fn read(file: web_sys::File) -> Result<(Encoding, String), Gm> {
    if file.size() > MAX_IMPORT_BYTES as f64 {
        return Err(Gm::CsvTooLarge);
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| Gm::CsvUnreadable)?;
    let bytes = js_sys::Uint8Array::new(&buffer);
    let encoding = guess_encoding(&bytes.to_vec());
    let text = web_sys::TextDecoder::new_with_label(encoding.label())
        .and_then(|d| d.decode_with_js_u8_array(&bytes))
        .map_err(|_| Gm::CsvUnreadable)?;
    Ok((encoding, text))
}

/// A file picked or dropped: read, split with the separator guessed, mapped by the
/// headers.
pub(super) fn take(g: Grid, file: Option<web_sys::File>) {
    let Some(file) = file else { return };
    let name = file.name();
    g.edit(|s| s.step = Step::default());
    spawn_local(async move {
        let step = match read(file).await {
            Ok((encoding, text)) => {
                let table = parse_table(&text, sniff_separator(&text));
                let mapping = g
                    .ctx
                    .store
                    .ws()
                    .with_untracked(|ws| suggest_mapping(&table.headers, &ws.criteria));
                Step {
                    loaded: Some(Loaded {
                        name,
                        encoding,
                        text,
                        table,
                        mapping,
                    }),
                    ..Step::default()
                }
            }
            Err(error) => Step {
                error: Some(error),
                ..Step::default()
            },
        };
        let mut step = Some(step);
        g.edit(|s| s.step = step.take().unwrap_or_default());
    });
}

/// Every target a column can have, in the order of the select (its option values
/// are the indexes).
fn targets(ws: &Workspace) -> Vec<Target> {
    [
        Target::Ignore,
        Target::Name,
        Target::Segment,
        Target::Status,
        Target::Vip,
        Target::Region,
        Target::Revenue,
        Target::GrossMargin,
    ]
    .into_iter()
    .chain(ws.criteria.iter().map(|k| Target::Criterion(k.id)))
    .collect()
}

fn target_text(target: Target, ws: &Workspace, locale: Locale) -> &str {
    let msg = match target {
        Target::Ignore => return Gm::CsvIgnore.text(locale),
        Target::Name => Gm::ColName,
        Target::Segment => Gm::ColSegment,
        Target::Status => Gm::ColStatus,
        Target::Vip => Gm::VipMark,
        Target::Region => Gm::ColRegion,
        Target::Revenue => Gm::ColRevenue,
        Target::GrossMargin => Gm::ColMargin,
        Target::Criterion(id) => {
            let name = ws.criteria.iter().find(|k| k.id == id).map(|k| &k.name);
            return name.map_or("", String::as_str);
        }
    };
    msg.text(locale)
}

/// `строка 4, «Выручка»: не число («12a»)`.
fn problem_text(p: &LineProblem, locale: Locale) -> String {
    use LineProblemKind as K;
    let kind = match p.kind {
        K::EmptyName => Gm::PEmptyName,
        K::TooLong { .. } => Gm::PTooLong,
        K::Number(NumberError::TwoSeparators) => Gm::PTwoSeparators,
        K::Number(NumberError::TooLarge) => Gm::PTooLarge,
        K::Number(_) => Gm::PNumber,
        K::Negative => Gm::PNegative,
        K::MarginOutOfRange => Gm::PMargin,
        K::UnknownStatus => Gm::PStatus,
        K::NotYesNo => Gm::PYesNo,
        K::ExtraCells { .. } => Gm::PExtra,
        K::NoFreeId => Gm::PNoId,
    };
    let mut text = Gm::CsvLine.text(locale).to_owned() + " " + &p.line.to_string();
    if !p.column.is_empty() {
        text = text + ", «" + &p.column + "»";
    }
    text = text + ": " + kind.text(locale);
    if !p.value.is_empty() {
        text = text + " («" + &p.value + "»)";
    }
    text
}

/// Adds `clients` in one action and says how many.
fn add(g: Grid, clients: Vec<Client>) {
    let n = clients.len();
    let ctx = g.ctx;
    if ctx.apply(Action::AddClients(clients), ctx.t(Gm::CsvTitle)) {
        g.edit(|s| s.step = Step::default());
        let text = ctx.t(Gm::CsvImported).to_owned() + " " + &n.to_string() + ". ";
        note(g, text + ctx.t(Gm::CsvUndo));
    }
}

/// «Импортировать»: builds the clients; with problems, lists them and waits.
fn go(g: Grid) {
    let result = g.ctx.store.ws().with_untracked(|ws| {
        g.shown.with_untracked(|s| {
            s.step.loaded.as_ref().map(|l| {
                if !l.mapping.contains(&Target::Name) {
                    return Err(Gm::CsvNoName);
                }
                let ids = ws.clients.iter().map(|c| c.id);
                Ok(build_clients(&l.table, &l.mapping, &ws.criteria, ids))
            })
        })
    });
    match result {
        Some(Err(error)) => g.edit(|s| s.step.error = Some(error)),
        Some(Ok(r)) if r.problem_count > 0 => {
            let mut r = Some(r);
            g.edit(|s| s.step.checked = r.take());
        }
        Some(Ok(r)) if r.clients.is_empty() => g.edit(|s| s.step.error = Some(Gm::CsvNothing)),
        Some(Ok(r)) => add(g, r.clients),
        None => {}
    }
}

/// The separator (`ci-sep`) or a column's target (`ci-m{i}`) changed to `value`.
pub(super) fn on_change(g: Grid, id: &str, value: String) {
    let Some(what) = id.strip_prefix("ci-") else {
        return;
    };
    let value: usize = value.parse().unwrap_or(0);
    g.ctx.store.ws().with_untracked(|ws| {
        g.edit(|s| {
            let s = &mut s.step;
            s.checked = None;
            s.error = None;
            let Some(l) = &mut s.loaded else { return };
            if what == "sep" {
                l.table = parse_table(&l.text, Separator::ALL[value % 3]);
                l.mapping = suggest_mapping(&l.table.headers, &ws.criteria);
            } else if let Some(i) = what.strip_prefix('m').and_then(|i| i.parse::<usize>().ok()) {
                let target = targets(ws).get(value).copied();
                if let (Some(slot), Some(target)) = (l.mapping.get_mut(i), target) {
                    *slot = target;
                }
            }
        })
    });
}

/// «Импортировать», «Импортировать строки без ошибок», «Отмена».
pub(super) fn on_click(g: Grid, id: &str) {
    match id {
        "ci-go" => go(g),
        "ci-good" => {
            let good = g
                .shown
                .with_untracked(|s| s.step.checked.as_ref().map(|c| c.clients.clone()));
            if let Some(clients) = good {
                add(g, clients);
            }
        }
        "ci-cancel" => g.edit(|s| s.step = Step::default()),
        _ => {}
    }
}

/// The import section as HTML: the file picker and drop zone, why a file was
/// refused, or the mapping step (separator, one select per column over the first 5
/// rows, the problems found, the buttons).
pub(super) fn html(h: &mut Html, s: &Step, ws: &Workspace, locale: Locale) {
    let t = |m: Gm| m.text(locale);
    h.raw("<section class=\"csv-import\" aria-labelledby=\"csv-title\"><h2 id=\"csv-title\">")
        .text(t(Gm::CsvTitle))
        .raw("</h2><div class=\"drop-zone\"><label for=\"csv-file\">")
        .text(t(Gm::CsvPick))
        .raw("</label><input id=\"csv-file\" type=\"file\" accept=\".csv,.txt,text/csv\">")
        .cell("p", "class=\"muted\"", t(Gm::CsvDrop))
        .raw("</div>");
    if let Some(e) = s.error {
        h.cell("p", "class=\"problems\" role=\"alert\"", t(e));
    }
    if let Some(l) = &s.loaded {
        mapping(h, l, s.checked.as_ref(), ws, locale);
    }
    h.raw("</section>");
}

fn mapping(h: &mut Html, l: &Loaded, checked: Option<&CsvImport>, ws: &Workspace, locale: Locale) {
    let t = |m: Gm| m.text(locale);
    let all = targets(ws);
    let about = " — ".to_owned()
        + t(Gm::CsvRows)
        + " "
        + &l.table.rows.len().to_string()
        + ", "
        + t(Gm::CsvEncoding)
        + " "
        + l.encoding.label();
    attr(
        h.raw("<div class=\"csv-map\" role=\"region\""),
        "aria-label",
        &l.name,
    )
    .raw(">")
    .raw("<p>")
    .cell("strong", "", &l.name)
    .text(&about)
    .raw("</p>");
    let separators: Vec<(String, &str)> = Separator::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let m = match s {
                Separator::Semicolon => Gm::SepSemicolon,
                Separator::Tab => Gm::SepTab,
                Separator::Comma => Gm::SepComma,
            };
            (i.to_string(), t(m))
        })
        .collect();
    let current = Separator::ALL
        .iter()
        .position(|&s| s == l.table.separator)
        .unwrap_or(0)
        .to_string();
    select(h, "ci-sep", t(Gm::Separator), &current, &separators);
    h.cell("p", "class=\"muted\"", t(Gm::CsvMapHint))
        .raw("<div class=\"table-scroll\"><table class=\"csv-preview\"><thead><tr>");
    for header in &l.table.headers {
        h.cell("th", "scope=\"col\"", header);
    }
    h.raw("</tr><tr>");
    for (i, header) in l.table.headers.iter().enumerate() {
        let current = l.mapping.get(i).copied().unwrap_or(Target::Ignore);
        let label = t(Gm::CsvColumn).to_owned() + " «" + header + "»";
        h.raw("<td><select id=\"ci-m").raw(&i.to_string()).raw("\"");
        attr(h, "aria-label", &label).raw(">");
        for (v, &target) in all.iter().enumerate() {
            option(
                h,
                &v.to_string(),
                target_text(target, ws, locale),
                target == current,
            );
        }
        h.raw("</select></td>");
    }
    h.raw("</tr></thead><tbody>");
    for row in l.table.rows.iter().take(5) {
        h.raw("<tr>");
        for cell in &row.cells {
            h.cell("td", "", cell);
        }
        h.raw("</tr>");
    }
    h.raw("</tbody></table></div>");
    if let Some(c) = checked {
        let summary = t(Gm::CsvProblems).to_owned()
            + " "
            + &c.problem_count.to_string()
            + ". "
            + t(Gm::CsvRejected)
            + " "
            + &c.rejected_lines.to_string()
            + ".";
        h.raw("<div class=\"problems\" role=\"alert\" data-testid=\"csv-problems\">")
            .cell("p", "", &summary)
            .raw("<ul>");
        for p in &c.problems {
            h.cell("li", "", &problem_text(p, locale));
        }
        h.raw("</ul></div>");
    }
    h.raw("<div class=\"actions\">").cell(
        "button",
        "type=\"button\" class=\"primary\" id=\"ci-go\"",
        t(Gm::CsvGo),
    );
    if let Some(c) = checked.filter(|c| !c.clients.is_empty()) {
        let good = t(Gm::CsvImportGood).to_owned() + " (" + &c.clients.len().to_string() + ")";
        h.cell("button", "type=\"button\" id=\"ci-good\"", &good);
    }
    h.cell(
        "button",
        "type=\"button\" id=\"ci-cancel\"",
        Msg::Cancel.text(locale),
    )
    .raw("</div></div>");
}
