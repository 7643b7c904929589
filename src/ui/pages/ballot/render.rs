//! The ballot page's markup, written as HTML text (see [`crate::ui::html`]): every
//! text of the invite is the facilitator's data and goes through [`Html::text`].
//!
//! Controls carry what they act on: a rating `<select>` its criterion and subject
//! (`data-c`, `data-s`), a button its command (`data-act`); the page's one listener
//! reads them.

use super::draft::{Draft, DONT_KNOW, UNSET};
use crate::engine::locale::Locale;
use crate::engine::model::{MAX_SHORT_TEXT, SCALE_MAX, SCALE_MIN};
use crate::engine::workshop::codec::Invite;
use crate::ui::html::Html;
use crate::ui::i18n::{Bm, Msg};

/// The id of the name field.
pub const NAME_ID: &str = "ballot-name";
/// The id of the line that says what a copy or download did.
pub const NOTICE_ID: &str = "ballot-notice";
/// The id of the return link's text box.
pub const LINK_ID: &str = "ballot-link";
/// The id of the code's text box.
pub const CODE_ID: &str = "ballot-code";

/// The page's bar: its name and the language switch (buttons `lang-ru`, `lang-en`
/// with `data-lang`, the current one pressed).
pub fn top(locale: Locale) -> String {
    let mut h = Html::new();
    h.raw("<div class=\"ballot-top\"><span>KAM Studio · ")
        .text(Bm::BarLabel.text(locale))
        .raw("</span><div class=\"lang-switch\" role=\"group\" aria-label=\"")
        .text(Msg::LangLabel.text(locale))
        .raw("\">");
    for (code, name, l) in [("ru", "Русский", Locale::Ru), ("en", "English", Locale::En)] {
        h.raw("<button type=\"button\" id=\"lang-")
            .raw(code)
            .raw("\" lang=\"")
            .raw(code)
            .raw("\" data-lang=\"")
            .raw(code)
            .raw(if l == locale {
                "\" aria-pressed=\"true\">"
            } else {
                "\" aria-pressed=\"false\">"
            })
            .text(name)
            .raw("</button>");
    }
    h.raw("</div></div>");
    h.finish()
}

/// The heading: the session's title, the client and round, the instruction.
/// The banner of «pass the laptop» mode, with the ballots handed over so far.
pub fn pass_banner(locale: Locale, count: String) -> String {
    let mut h = Html::new();
    h.raw("<p class=\"note\" role=\"status\" data-testid=\"pass-banner\">")
        .text(Bm::PassBanner.text(locale));
    if !count.is_empty() {
        h.text(" ")
            .text(Bm::PassCount.text(locale))
            .text(" ")
            .text(&count)
            .text(".");
    }
    h.raw("</p>");
    h.finish()
}

pub fn head(inv: &Invite, locale: Locale, storage_ok: bool) -> String {
    let t = |m: Bm| m.text(locale);
    let mut h = Html::new();
    h.cell("h1", "id=\"ballot-h\" tabindex=\"-1\"", &inv.title);
    let client = inv.client.as_deref().filter(|c| !c.trim().is_empty());
    if client.is_some() || inv.round > 1 {
        h.raw("<p class=\"ballot-meta\">");
        if let Some(client) = client {
            h.raw("<span>")
                .text(t(Bm::Client))
                .text(" ")
                .cell("strong", "", client)
                .raw("</span>");
        }
        if inv.round > 1 {
            h.raw("<span class=\"ballot-round\">")
                .text(t(Bm::Round))
                .text(" ")
                .text(&inv.round.to_string())
                .raw("</span>");
        }
        h.raw("</p>");
    }
    h.cell("p", "class=\"lead\"", t(Bm::Instruction));
    if !storage_ok {
        h.cell(
            "p",
            "class=\"ballot-warn\" role=\"alert\"",
            t(Bm::NoStorage),
        );
    }
    h.finish()
}

/// The name field and one fieldset per criterion with a `<select>` per subject (our
/// company first, marked «мы»), each named «criterion — subject».
pub fn form(inv: &Invite, draft: &Draft, locale: Locale) -> String {
    let t = |m: Bm| m.text(locale);
    let mut h = Html::new();
    h.raw("<div class=\"field ballot-name\"><label for=\"")
        .raw(NAME_ID)
        .raw("\">")
        .text(t(Bm::NameLabel))
        .raw("</label><input type=\"text\" id=\"")
        .raw(NAME_ID)
        .raw("\" autocomplete=\"name\" maxlength=\"")
        .raw(&MAX_SHORT_TEXT.to_string())
        .raw("\" value=\"")
        .text(&draft.name)
        .raw("\"></div>");
    let subjects = inv.subjects();
    let names: Vec<&String> = std::iter::once(&inv.company).chain(&inv.rivals).collect();
    for (c, criterion) in inv.criteria.iter().enumerate() {
        let c_text = c.to_string();
        h.raw("<fieldset class=\"ballot-crit\">")
            .cell("legend", "", criterion);
        for (s, subject) in names.iter().enumerate() {
            let cell = draft.cells.get(c * subjects + s).copied().unwrap_or(UNSET);
            let s_text = s.to_string();
            let id = |h: &mut Html| {
                h.raw("r").raw(&c_text).raw("-").raw(&s_text);
            };
            h.raw("<div class=\"ballot-cell\"><label for=\"");
            id(&mut h);
            h.raw("\">").text(subject);
            if s == 0 {
                h.raw(" ").cell("span", "class=\"ballot-us\"", t(Bm::Us));
            }
            h.raw("</label><select id=\"");
            id(&mut h);
            h.raw("\" data-c=\"")
                .raw(&c_text)
                .raw("\" data-s=\"")
                .raw(&s_text)
                .raw(if cell == UNSET {
                    "\" class=\"unset\" aria-label=\""
                } else {
                    "\" aria-label=\""
                })
                .text(criterion)
                .text(" — ")
                .text(subject);
            if s == 0 {
                h.text(" (").text(t(Bm::Us)).text(")");
            }
            h.raw("\">");
            options(&mut h, cell, locale);
            h.raw("</select></div>");
        }
        h.raw("</fieldset>");
    }
    h.finish()
}

/// The options of a rating `<select>` holding `cell`: «—» (unset), 1..=10 with the
/// scale's ends named, «не знаю».
fn options(h: &mut Html, cell: u8, locale: Locale) {
    for value in UNSET..=DONT_KNOW {
        let r = value.to_string();
        h.raw("<option value=\"")
            .raw(match value {
                UNSET => "",
                DONT_KNOW => "x",
                _ => &r,
            })
            .raw(if value == cell { "\" selected>" } else { "\">" });
        match value {
            UNSET => h.text(Bm::Unset.text(locale)),
            DONT_KNOW => h.text(Bm::DontKnow.text(locale)),
            SCALE_MIN => h.text(&r).text(" — ").text(Bm::Worst.text(locale)),
            SCALE_MAX => h.text(&r).text(" — ").text(Bm::Best.text(locale)),
            _ => h.text(&r),
        };
        h.raw("</option>");
    }
}

/// The progress line and «Готово».
pub fn bar(draft: &Draft, locale: Locale) -> String {
    let t = |m: Bm| m.text(locale);
    let mut h = Html::new();
    h.raw(
        "<div class=\"ballot-bar\"><p class=\"ballot-progress\" data-testid=\"ballot-progress\">",
    )
    .text(t(Bm::Filled))
    .text(" ")
    .text(&draft.filled().to_string())
    .text(" ")
    .text(t(Bm::Of))
    .text(" ")
    .text(&draft.cells.len().to_string())
    .raw("</p><button type=\"button\" class=\"primary\" data-act=\"done\">")
    .text(t(Bm::Done))
    .raw("</button></div>");
    h.finish()
}

/// After «Готово» with unset cells: how many, what to do, and «Отправить как есть».
pub fn ask(draft: &Draft, locale: Locale) -> String {
    let t = |m: Bm| m.text(locale);
    let unset = draft.cells.len() - draft.filled();
    if unset == 0 {
        return String::new();
    }
    let mut h = Html::new();
    h.raw("<div class=\"ballot-ask\" id=\"ballot-ask\" role=\"alert\"><p><strong>")
        .text(t(Bm::AskUnset))
        .text(" ")
        .text(&unset.to_string())
        .raw("</strong>. ")
        .text(t(Bm::AskHint))
        .raw("</p><div class=\"actions\">")
        .cell(
            "button",
            "type=\"button\" data-act=\"first\"",
            t(Bm::FirstUnset),
        )
        .cell(
            "button",
            "type=\"button\" class=\"primary\" data-act=\"send\"",
            t(Bm::SendAsIs),
        )
        .raw("</div></div>");
    h.finish()
}

/// The sent ballot: the return link and the code, each with its copy button, the
/// file, «Поделиться» when the browser can share, the notice line.
pub fn done(link: &str, code: &str, locale: Locale, can_share: bool) -> String {
    let t = |m: Bm| m.text(locale);
    let mut h = Html::new();
    h.raw("<section class=\"ballot-done\" aria-labelledby=\"ballot-done-h\">")
        .cell(
            "h2",
            "id=\"ballot-done-h\" tabindex=\"-1\"",
            t(Bm::DoneHeading),
        )
        .cell("p", "", t(Bm::DoneHint));
    for (id, label, text) in [
        (LINK_ID, Bm::LinkLabel, link),
        (CODE_ID, Bm::CodeLabel, code),
    ] {
        h.raw("<div class=\"field\"><label for=\"")
            .raw(id)
            .raw("\">")
            .text(t(label))
            .raw("</label><textarea readonly rows=\"4\" spellcheck=\"false\" id=\"")
            .raw(id)
            .raw("\">")
            .text(text)
            .raw("</textarea></div><div class=\"actions\">");
        if id == LINK_ID {
            h.cell(
                "button",
                "type=\"button\" class=\"primary\" data-act=\"copy-link\"",
                t(Bm::CopyLink),
            );
            if can_share {
                h.cell("button", "type=\"button\" data-act=\"share\"", t(Bm::Share));
            }
        } else {
            h.cell(
                "button",
                "type=\"button\" data-act=\"copy-code\"",
                t(Bm::CopyCode),
            )
            .cell(
                "button",
                "type=\"button\" data-act=\"download\"",
                t(Bm::Download),
            );
        }
        h.raw("</div>");
    }
    h.raw("<p class=\"status\" role=\"status\" id=\"")
        .raw(NOTICE_ID)
        .raw("\"></p>")
        .cell("button", "type=\"button\" data-act=\"edit\"", t(Bm::Edit))
        .raw("</section>");
    h.finish()
}

/// The page of an invite that cannot be read: what is wrong, nothing else.
pub fn error(message: Bm, locale: Locale) -> String {
    let mut h = Html::new();
    h.cell("h1", "", Bm::ErrHeading.text(locale)).cell(
        "p",
        "class=\"ballot-warn\" role=\"alert\"",
        message.text(locale),
    );
    h.finish()
}
