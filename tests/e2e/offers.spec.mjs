// «Спецпредложения»: the demo offer for ГК «Северный квартал» shows its three variants
// side by side; a lever changed while the client watches updates the figures to values
// computed by hand; the client's feedback and choice survive a reload; the client-safe
// view shows no cost, margin or contribution.
import { test, expect } from "./fixtures.mjs";
import { App } from "./pages/app.mjs";
import { OffersPage } from "./pages/offers.mjs";

// The demo deal (src/engine/demo/offer.rs): 200 000 units a year, list price 520 ₽,
// unit cost 390 ₽, base discount 5 %, 30 days, cost-to-serve 9 800 000 ₽, financing
// 16 % a year. Variant 1 «Скидка 8 %» changes only the discount.
//
// At 8 %:  net price = 520 × 0,92 = 478,40 ₽; revenue = 478,40 × 200 000 = 95 680 000 ₽;
//          gross profit = 95 680 000 − 390 × 200 000 = 17 680 000 ₽;
//          financing = 95 680 000 × 30 / 365 × 0,16 = 1 258 257,53 ₽ (the only lever);
//          contribution = 17 680 000 − 1 258 257,53 − 9 800 000 = 6 621 742,47 ₽ → «6 621 742 ₽».
// At 10 %: net price = 520 × 0,90 = 468 ₽; revenue = 468 × 200 000 = 93 600 000 ₽;
//          gross profit = 93 600 000 − 78 000 000 = 15 600 000 ₽;
//          financing = 93 600 000 × 30 / 365 × 0,16 = 1 230 904,11 ₽;
//          contribution = 15 600 000 − 1 230 904,11 − 9 800 000 = 4 569 095,89 ₽ → «4 569 096 ₽».
// Break-even (of the list price): base margin m = 0,95 − 390/520 = 0,20; a further
// discount d = 0,03 needs d / (m − d) = 0,03 / 0,17 = 17,6 % more volume; d = 0,05
// needs 0,05 / 0,15 = 33,3 %.
const NBSP = "\u00a0";
const rub = (s) => s.replaceAll(" ", NBSP) + NBSP + "₽";

test("the demo offer shows, and a lever updates the figures to hand-computed values", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=offers");
  await expect(app.heading).toHaveText("Спецпредложения");
  const offers = new OffersPage(page);
  await expect(offers.offer).toHaveValue("1");
  await expect(offers.variants).toHaveCount(3);
  await expect(offers.field("name", 0)).toHaveValue("Скидка 8 %");
  await expect(offers.field("discount", 0)).toHaveValue("8");
  await expect(offers.figure("revenue", 0)).toHaveText(rub("95 680 000"));
  await expect(offers.figure("gross", 0)).toHaveText(rub("17 680 000"));
  await expect(offers.figure("contribution", 0)).toHaveText(rub("6 621 742"));
  await expect(page.getByTestId("of-break-even-0")).toContainText(`скидке ещё 3${NBSP}% от прайса, объём должен вырасти на 17,6${NBSP}%`);
  await expect(page.getByTestId("of-badge-chosen-2")).toBeVisible();
  await expect(page.locator(".of-chart svg polygon")).toHaveCount(6);
  // The bars, first year: the highest, variant 2's contribution (9 995 438 ₽), runs
  // 200 px from y = 10 down to the zero line at 210; each variant has 200 px of the
  // 600, its pair of 40 px bars starting 44 px left of its middle. Variant 1's
  // contribution, 6 621 742 ₽: 10 + (9 995 438 − 6 621 742) × 200 / 9 995 438 ≈ 77,505
  // → y = 78. Variant 3's benefit, 4 700 000 ₽: 10 + 105,96 → y = 116, at 456 + 46.
  await expect(page.locator("#of-bar-us-0")).toHaveAttribute("points", "56,78 96,78 96,210 56,210");
  await expect(page.locator("#of-bar-client-2")).toHaveAttribute("points", "502,116 542,116 542,210 502,210");

  // The figures follow the keystrokes, before the field is left (and saved). The
  // table is far above the field: scrolled back into view, it shows them.
  await offers.field("discount", 0).fill("10");
  await offers.figure("revenue", 0).scrollIntoViewIfNeeded();
  await expect(offers.figure("revenue", 0)).toHaveText(rub("93 600 000"));
  await expect(page.getByTestId("save-status")).not.toHaveText(/Не сохранено|Сохранение/);
  await offers.field("discount", 0).press("Tab");
  await expect(page.getByTestId("save-status")).toHaveText(/Не сохранено|Сохранение|Сохранено в/);
  await expect(offers.figure("gross", 0)).toHaveText(rub("15 600 000"));
  await expect(offers.figure("financing", 0)).toHaveText(rub("1 230 904"));
  await expect(offers.figure("contribution", 0)).toHaveText(rub("4 569 096"));
  await expect(page.getByTestId("of-break-even-0")).toContainText(`объём должен вырасти на 33,3${NBSP}%`);
  // The base column does not move.
  await expect(offers.figure("revenue", "b")).toHaveText(rub("98 800 000"));

  // Refused input names the field and changes nothing.
  await offers.set(offers.field("volume", 0), "много");
  await expect(offers.notice).toHaveText("Вариант 1 — Объём в год (обязательство), ед.: не число");
  await expect(offers.figure("revenue", 0)).toHaveText(rub("93 600 000"));
});

// The base deal at 5 %: net price 494 ₽, revenue 98 800 000 ₽, gross profit
// 20 800 000 ₽, financing 98 800 000 × 30 / 365 × 0,16 = 1 299 287,67 ₽, contribution
// 20 800 000 − 1 299 287,67 − 9 800 000 = 9 700 712,33 ₽. Variant 1 at 8 % (above):
// contribution 6 621 742,47 ₽, margin 6 621 742,47 / 95 680 000 = 6,92 %, client
// benefit (494 − 478,40) × 200 000 = 3 120 000 ₽, worth what the discount costs us
// (ratio 1,0), against the base 6 621 742,47 − 9 700 712,33 = −3 078 969,86 ₽. At 10 %:
// contribution 4 569 095,89 ₽, margin 4 569 095,89 / 93 600 000 = 4,88 %, benefit
// (494 − 468) × 200 000 = 5 200 000 ₽, against the base −5 131 616,44 ₽.
test("while a form has the focus, its figures stay in view at the bottom of the window and follow the keystrokes", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  await expect(offers.figure("contribution", 0)).toHaveText(rub("6 621 742"));
  await expect(offers.live).toBeHidden();

  // The discount field is far below the figures table: the bar shows them.
  await offers.field("discount", 0).click();
  await expect(offers.figure("contribution", 0)).not.toBeInViewport();
  await expect(offers.live).toBeInViewport();
  await expect(offers.live).toContainText("Вариант 1 «Скидка 8 %», 1-й год:");
  await expect(offers.liveFigure("contribution")).toHaveText(rub("6 621 742"));
  await expect(offers.liveFigure("margin")).toHaveText(`6,9${NBSP}%`);
  await expect(offers.liveFigure("benefit")).toHaveText(rub("3 120 000"));
  await expect(offers.liveFigure("ratio")).toHaveText("1,0");
  await expect(offers.liveFigure("delta")).toHaveText(rub("-3 078 970"));

  await offers.field("discount", 0).fill("10");
  await expect(offers.liveFigure("contribution")).toHaveText(rub("4 569 096"));
  await expect(offers.liveFigure("margin")).toHaveText(`4,9${NBSP}%`);
  await expect(offers.liveFigure("benefit")).toHaveText(rub("5 200 000"));
  await expect(offers.liveFigure("delta")).toHaveText(rub("-5 131 616"));
  await expect(offers.live).toBeInViewport();

  // The base deal's form: the base's figures, without a client benefit.
  await offers.base("volume").click();
  await expect(offers.live).toContainText("База, 1-й год:");
  await expect(offers.liveFigure("contribution")).toHaveText(rub("9 700 712"));
  await expect(offers.liveFigure("benefit")).toHaveCount(0);
  // Leaving the forms hides it.
  await page.locator("#of-cview").focus();
  await expect(offers.live).toBeHidden();
});

// The base deal at 6 %: net price 520 × 0,94 = 488,80 ₽, revenue 97 760 000 ₽, gross
// profit 97 760 000 − 78 000 000 = 19 760 000 ₽, financing 97 760 000 × 30 / 365 ×
// 0,16 = 1 285 610,96 ₽, contribution 19 760 000 − 1 285 610,96 − 9 800 000 =
// 8 674 389,04 ₽; variant 1 (8 %, 6 621 742,47 ₽) against it: −2 052 646,57 ₽.
test("typed in the base deal's form, the table's figures below the window are right when scrolled to", async ({ page }) => {
  // The base deal's form is at the top of the window, the table below it: only its
  // first rows are near the window while the user types; the others are written
  // when they come into view.
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  await expect(offers.figure("contribution", "b")).toHaveText(rub("9 700 712"));
  await offers.base("discount").fill("6");
  await expect(offers.liveFigure("contribution")).toHaveText(rub("8 674 389"));
  await expect(offers.figure("revenue", "b")).toHaveText(rub("97 760 000"));
  for (const [row, column, text] of [
    ["gross", "b", "19 760 000"],
    ["financing", "b", "1 285 611"],
    ["contribution", "b", "8 674 389"],
    ["delta", 0, "-2 052 647"],
  ]) {
    await offers.figure(row, column).scrollIntoViewIfNeeded();
    await expect(offers.figure(row, column)).toHaveText(rub(text));
  }
  // Nothing was saved while typing; leaving the field saves the same figures.
  await expect(page.getByTestId("save-status")).not.toHaveText(/Не сохранено|Сохранение/);
  await offers.base("discount").press("Tab");
  await offers.waitChangeSaved();
  await page.reload();
  await expect(offers.figure("contribution", "b")).toHaveText(rub("8 674 389"));
  await expect(offers.figure("delta", 0)).toHaveText(rub("-2 052 647"));
});

// Break-even lines (demo: list 520, cost 390). A line is shown while the variant's
// discount is deeper than the base's. Base at 5 %: variant 1 at 8 % has d = 0,03 of the
// list, m = 0,95 − 0,75 = 0,20, growth 0,03 / 0,17 = 17,6 %; variants 2 and 3 at 5 %
// have none. Base typed 8 %: variant 1's d = 0,92 − 0,92 = 0 (no line). Base typed
// 3 %: m = 0,97 − 0,75 = 0,22; variant 1: d = 0,05, 0,05 / 0,17 = 29,4 %; variant 2:
// d = 0,02, 0,02 / 0,20 = 10 %. Variant 1 typed 25 % (base 5 %): d = 0,95 − 0,75 =
// 0,20 = m: impossible.
test("a break-even line follows the keystrokes: it goes when the discount is no deeper than the base's, and says «impossible» at the margin", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  await expect(offers.breakEven(0)).toContainText(`скидке ещё 3${NBSP}% от прайса, объём должен вырасти на 17,6${NBSP}%`);
  await expect(offers.breakEven(1)).toBeHidden();
  await expect(offers.breakEven(2)).toBeHidden();

  await offers.base("discount").fill("8");
  // (Base revenue 520 × 0,92 × 200 000.)
  await expect(offers.figure("revenue", "b")).toHaveText(rub("95 680 000"));
  // (The list is below the window: a line that comes or goes waits until it is near.)
  await offers.notes.scrollIntoViewIfNeeded();
  await expect(offers.breakEven(0)).toBeHidden();
  await expect(offers.breakEven(1)).toBeHidden();

  await offers.base("discount").fill("3");
  await offers.notes.scrollIntoViewIfNeeded();
  await expect(offers.breakEven(0)).toContainText(`скидке ещё 5${NBSP}% от прайса, объём должен вырасти на 29,4${NBSP}%`);
  await expect(offers.breakEven(1)).toContainText(`скидке ещё 2${NBSP}% от прайса, объём должен вырасти на 10${NBSP}%`);
  await expect(offers.breakEven(2)).toContainText(`скидке ещё 2${NBSP}% от прайса, объём должен вырасти на 10${NBSP}%`);

  await offers.base("discount").fill("5");
  await offers.base("discount").press("Tab");
  await offers.set(offers.field("discount", 0), "25");
  await offers.notes.scrollIntoViewIfNeeded();
  await expect(offers.breakEven(0)).toContainText(`скидке ещё 20${NBSP}% от прайса, невозможно: скидка не меньше маржи`);
  await expect(offers.breakEven(0)).not.toContainText("вырасти");
  await expect(offers.breakEven(1)).toBeHidden();
  await offers.waitChangeSaved();
  await page.reload();
  await expect(offers.breakEven(0)).toContainText("невозможно: скидка не меньше маржи");
  await expect(offers.breakEven(1)).toBeHidden();
});

// «Best for the client» is the largest client benefit over the horizon. Year 1:
// variant 3 «Сервис на объекте»: services 3 000 000 + training 800 000 + logistics
// 900 000 = 4 700 000 ₽; variant 1 at 8 %: (520 × 0,95 − 520 × 0,92) × 200 000 =
// 3 120 000 ₽; variant 2: bonus 1 % of 494 × 230 000 = 1 136 200 ₽ plus 30 more days
// of 113 620 000 ₽ at 16 % = 1 494 180,82 ₽, 2 630 381 ₽. Each year's price saving
// grows with the volume (5 % a year), the services do not: over five years variant 1
// gives 3 120 000 × 5,52563125 = 17,2 M against variant 3's 23,5 M. At 15 % variant 1
// gives (494 − 442) × 200 000 = 10 400 000 ₽ in year 1, 57,5 M over five years: the
// badge moves to it as the figure is typed.
test("the «best for the client» badge moves with the keystrokes, to the hand-computed variant", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  const best = (i) => page.getByTestId(`of-badge-client-${i}`);
  await expect(offers.figure("benefit", 0)).toHaveText(rub("3 120 000"));
  await expect(offers.figure("benefit", 1)).toHaveText(rub("2 630 381"));
  await expect(offers.figure("benefit", 2)).toHaveText(rub("4 700 000"));
  await expect(best(2)).toBeVisible();
  await expect(best(2)).toHaveText("лучше всего для клиента");
  await expect(best(0)).toBeHidden();
  await expect(best(1)).toBeHidden();

  await offers.field("discount", 0).fill("15");
  await offers.figure("benefit", 0).scrollIntoViewIfNeeded();
  await expect(offers.figure("benefit", 0)).toHaveText(rub("10 400 000"));
  await expect(best(0)).toBeVisible();
  await expect(best(2)).toBeHidden();
  // Back to 8 %: back to variant 3.
  await offers.field("discount", 0).fill("8");
  await offers.figure("benefit", 0).scrollIntoViewIfNeeded();
  await expect(offers.figure("benefit", 0)).toHaveText(rub("3 120 000"));
  await expect(best(2)).toBeVisible();
  await expect(best(0)).toBeHidden();
});

test("the client's feedback and choice are recorded and survive a reload", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  await expect(offers.field("score", 1)).toHaveValue("7");
  await offers.set(offers.field("score", 1), "9");
  await offers.set(offers.field("obj", 1), "Нужна гарантия объёма на второй очереди");
  await offers.field("date", 1).fill("2026-11-23");
  await offers.field("chosen", 1).check();
  await expect(page.getByTestId("of-badge-chosen-1")).toBeVisible();
  await expect(page.getByTestId("of-badge-chosen-2")).toHaveCount(0);
  await offers.waitChangeSaved();

  await page.reload();
  await expect(offers.field("score", 1)).toHaveValue("9");
  await expect(offers.field("obj", 1)).toHaveValue("Нужна гарантия объёма на второй очереди");
  await expect(offers.field("date", 1)).toHaveValue("2026-11-23");
  await expect(offers.field("chosen", 1)).toBeChecked();
  await expect(offers.field("chosen", 2)).not.toBeChecked();

  // A score outside 1–10 is refused.
  await offers.set(offers.field("score", 0), "11");
  await expect(offers.notice).toHaveText("Вариант 1 — Оценка клиента, 1–10: от 1 до 10");
});

test("the client-safe view shows price, terms and value, and no cost, margin or contribution", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  await expect(offers.figure("contribution", 0)).toHaveText(rub("6 621 742"));
  await offers.clientViewToggle.check();
  const view = offers.clientView;
  await expect(view).toBeVisible();
  await expect(view).toContainText("ГК «Северный квартал»");
  await expect(view).toContainText(`Цена за единицу478,40${NBSP}₽`);
  await expect(view).toContainText(`Технадзор на объектах — ценность в год: ${rub("3 000 000")}`);
  const text = await view.innerText();
  for (const word of [/затрат/i, /себестоим/i, /марж/i, /вклад/i, /прибыл/i, /NPV/, /заметк/i, /обслуживан/i]) {
    expect(text).not.toMatch(word);
  }
  // Our figures: unit cost 390 ₽, the service's cost 1 200 000 ₽, training 300 000 ₽,
  // logistics 400 000 ₽, cost-to-serve 9 800 000 ₽, variant 1's contribution; the notes.
  for (const figure of ["390", "1 200 000", "300 000", "400 000", "9 800 000", "6 621 742", "17 680 000"]) {
    expect(text).not.toContain(figure.replaceAll(" ", NBSP));
  }
  expect(text).not.toContain("То, что просит закупщик");
  // The editor's figures are gone from the page, and print hides the controls.
  await expect(page.locator(".of-figures")).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".of-toolbar")).toBeHidden();
  await expect(view).toBeVisible();
});

test("variants are added, duplicated and removed (five at most); the capacity check warns", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  await expect(offers.variants).toHaveCount(3);
  // Variant 3 needs 600 h of supervision + 120 h of training = 720 h a year.
  await expect(page.getByTestId("of-capacity-2")).toHaveCount(0);
  await offers.set(page.locator("#of-hours"), "500");
  await expect(page.getByTestId("of-capacity-2")).toHaveText(
    "Вариант 3 «Сервис на объекте»: не хватит ресурсов: нужно часов в год 720, команда может дать 500",
  );

  await offers.variants.nth(0).getByRole("button", { name: "Дублировать" }).click();
  await expect(offers.variants).toHaveCount(4);
  await expect(offers.field("name", 3)).toHaveValue("Скидка 8 % (копия)");
  await expect(offers.figure("revenue", 3)).toHaveText(rub("95 680 000"));
  await page.getByRole("button", { name: "Добавить вариант" }).click();
  await expect(offers.variants).toHaveCount(5);
  await expect(page.getByRole("button", { name: "Добавить вариант" })).toBeDisabled();

  // A volume bonus on the new variant: 1 % of goods revenue from its own volume
  // (200 000 units at the base price 494 ₽ = 98 800 000 ₽): 988 000 ₽ back to the client.
  await offers.variants.nth(4).getByRole("button", { name: "Добавить порог бонуса" }).click();
  await expect(offers.field("bn-from", "4-0")).toHaveValue("200 000".replaceAll(" ", NBSP));
  await expect(offers.figure("benefit", 4)).toHaveText(rub("988 000"));
  // Its rate typed (the field of threshold 1 of variant 5, `of-bn-rate-4-0`): 2 % of
  // 98 800 000 ₽ = 1 976 000 ₽.
  await offers.set(offers.field("bn-rate", "4-0"), "2");
  await expect(offers.figure("benefit", 4)).toHaveText(rub("1 976 000"));

  await offers.variants.nth(1).getByRole("button", { name: "Удалить вариант" }).click();
  await expect(offers.variants).toHaveCount(4);
  await expect(offers.field("name", 1)).toHaveValue("Сервис на объекте");
  // The client's choice (variant 3) moves with its variant.
  await expect(offers.field("chosen", 1)).toBeChecked();
});

test("a new offer for a prospect without revenue starts from a typical deal and says why; English works", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  await offers.newOffer("ГК «Уральская застройка»");
  await expect(offers.offer).toHaveValue("2");
  await expect(page).toHaveURL(/\?s=offers&o=2$/);
  await expect(page.locator("#of-name")).toHaveValue("ГК «Уральская застройка»");
  // The prospect buys nothing yet and has no cost-to-serve: the note says the base deal
  // is not from the profitability model, and why.
  await expect(offers.notice).toHaveText(
    "Базовая сделка не из модели рентабельности: у клиента нет выручки, сделка типовая. " +
      "Типовые: затраты на обслуживание (не заполнены); ставка (нет ставки финансирования).",
  );
  await expect(offers.variants).toHaveCount(2);
  await expect(offers.field("name", 1)).toHaveValue("Вариант 2");
  // The typical deal: 10 000 units × 1 000 ₽ at 5 % = 9 500 000 ₽; the copies equal the base.
  await expect(offers.figure("revenue", "b")).toHaveText(rub("9 500 000"));
  await expect(offers.figure("revenue", 1)).toHaveText(rub("9 500 000"));
  await expect(offers.figure("delta", 1)).toHaveText(rub("0"));

  await app.switchLanguage("English");
  await expect(app.heading).toHaveText("Special offers");
  await expect(page.getByRole("heading", { name: "Base deal (today)" })).toBeVisible();
  await expect(offers.figure("revenue", "b")).toHaveText("9,500,000" + NBSP + "₽");
});

test("a new offer for a current client takes its base deal from the profitability model", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  await offers.newOffer("Сеть «ДомМастер»");
  await expect(offers.offer).toHaveValue("2");
  await expect(offers.notice).toHaveText(
    `Базовая сделка — из модели рентабельности клиента. Штук в ней нет: объём — выручка по условной цене 1${NBSP}000${NBSP}₽.`,
  );
  // «ДомМастер» in the demo (src/engine/demo/clients.rs, costs.rs): revenue
  // 478 362 410 ₽ at a gross margin of −3,5 %; discounts and bonuses 26 310 000 ₽;
  // average receivables 145 475 000 ₽ at 16 %; logistics 10 046 000, transport
  // 4 822 000, courier 180 000, 1 450 manager hours × 2 800 ₽, trips 180 000,
  // 620 accounting hours × 1 600 ₽.
  // Volume = 478 362 410 ÷ 1 000 ₽ = 478 362,41 units; unit cost = 1 000 × 1,035 = 1 035 ₽;
  // discount = 26 310 000 ÷ 478 362 410 = 5,5 %; days = 145 475 000 × 365 ÷
  // (478 362 410 − 26 310 000) = 117,46 → 117; cost-to-serve = 10 046 000 + 4 822 000 +
  // 180 000 + 4 060 000 + 180 000 + 992 000 = 20 280 000 ₽ (the financing of receivables
  // is the cost of the deferral in the figures).
  const n = (s) => s.replaceAll(" ", NBSP);
  await expect(offers.base("volume")).toHaveValue(n("478 362,41"));
  await expect(offers.base("price")).toHaveValue(n("1 000"));
  await expect(offers.base("cost")).toHaveValue(n("1 035"));
  await expect(offers.base("discount")).toHaveValue("5,5");
  await expect(offers.base("days")).toHaveValue("117");
  await expect(offers.base("cts")).toHaveValue(n("20 280 000"));
  await expect(offers.base("rate")).toHaveValue("16");
  // Revenue = 945 ₽ × 478 362,41 = 452 052 477,45 ₽; gross profit = 452 052 477,45 −
  // 1 035 × 478 362,41 = −43 052 616,90 ₽: the «VIP but loss-making» client.
  await expect(offers.figure("revenue", "b")).toHaveText(rub("452 052 477"));
  await expect(offers.figure("gross", "b")).toHaveText(rub("-43 052 617"));
  await expect(offers.figure("cts", "b")).toHaveText(rub("20 280 000"));
});

// An offer made earlier keeps its base deal as typed; its cost-to-serve can be taken
// again from the client's profitability model: for «ДомМастер» 20 280 000 ₽, worked
// out in the test above (its lines without the financing of receivables).
test("the base deal's cost-to-serve can be taken again from the profitability model", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  await offers.newOffer("Сеть «ДомМастер»");
  await expect(offers.offer).toHaveValue("2");
  const n = (s) => s.replaceAll(" ", NBSP);
  await offers.set(offers.base("cts"), "1000");
  await expect(offers.figure("cts", "b")).toHaveText(rub("1 000"));
  await page.getByRole("button", { name: "Затраты на обслуживание — из модели рентабельности" }).click();
  await expect(offers.notice).toHaveText(
    "Затраты на обслуживание — из модели рентабельности клиента, без финансирования дебиторки " +
      `(его стоимость предложение считает само): ${rub("20 280 000")}.`,
  );
  await expect(offers.base("cts")).toHaveValue(n("20 280 000"));
  await expect(offers.figure("cts", "b")).toHaveText(rub("20 280 000"));
  await offers.waitChangeSaved();
  await page.reload();
  await expect(offers.base("cts")).toHaveValue(n("20 280 000"));

  // An offer without a client has no such button.
  await offers.newOffer("— клиент не выбран —");
  await expect(offers.offer).toHaveValue("3");
  await expect(page.getByRole("button", { name: "Затраты на обслуживание — из модели рентабельности" })).toHaveCount(0);
});

test("the figures per year: a variant beside the base, hand-computed, following the keystrokes", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  await expect(offers.figure("revenue", 0)).toHaveText(rub("95 680 000"));
  // Closed at first; a button per variant opens its table.
  await expect(offers.byYearTable).toHaveCount(0);
  await offers.byYearButton("Вариант 1. Скидка 8 %").click();
  await expect(offers.byYearButton("Вариант 1. Скидка 8 %")).toHaveAttribute("aria-pressed", "true");
  const table = offers.byYearTable;
  await expect(table.getByRole("columnheader")).toHaveText(["", "2027", "2028", "2029", "2030", "2031"]);
  // Year 2 (2028), volume growth 5 %: 200 000 × 1,05 = 210 000 units at 478,40 ₽ =
  // 100 464 000 ₽; gross profit 100 464 000 − 390 × 210 000 = 18 564 000 ₽; deferral
  // 100 464 000 × 30 / 365 × 0,16 = 1 321 170,41 ₽; contribution 18 564 000 −
  // 1 321 170,41 − 9 800 000 = 7 442 829,59 ₽; margin 7 442 829,59 ÷ 100 464 000 = 7,4 %.
  // The base in 2028: 494 ₽ × 210 000 = 103 740 000 ₽; contribution 21 840 000 −
  // 1 364 252,05 − 9 800 000 = 10 675 747,95 ₽; against the base −3 232 918,36 ₽.
  await expect(offers.byYear("revenue", 2)).toHaveText(rub("100 464 000"));
  await expect(offers.byYear("gross", 2)).toHaveText(rub("18 564 000"));
  await expect(offers.byYear("financing", 2)).toHaveText(rub("1 321 170"));
  await expect(offers.byYear("contribution", 2)).toHaveText(rub("7 442 830"));
  await expect(offers.byYear("margin", 2)).toHaveText(`7,4${NBSP}%`);
  await expect(offers.byYear("revenue", "b-2")).toHaveText(rub("103 740 000"));
  await expect(offers.byYear("contribution", "b-2")).toHaveText(rub("10 675 748"));
  await expect(offers.byYear("delta", 2)).toHaveText(rub("-3 232 918"));
  // Year 1 is the first-year column of the table above.
  await expect(offers.byYear("contribution", 1)).toHaveText(rub("6 621 742"));

  // A keystroke updates the year too: at 10 %, 468 ₽ × 210 000 = 98 280 000 ₽;
  // contribution 98 280 000 − 81 900 000 − 1 292 449,32 − 9 800 000 = 5 287 550,68 ₽.
  await offers.field("discount", 0).fill("10");
  await expect(offers.byYear("revenue", 2)).toHaveText(rub("98 280 000"));
  await expect(offers.byYear("contribution", 2)).toHaveText(rub("5 287 551"));

  // Another variant's button shows its table; the pressed one closes it.
  await offers.byYearButton("Вариант 2. Отсрочка 60 дней и бонус за объём").click();
  await expect(table).toHaveAccessibleName("По годам: Вариант 2. Отсрочка 60 дней и бонус за объём");
  await offers.byYearButton("Вариант 2. Отсрочка 60 дней и бонус за объём").click();
  await expect(offers.byYearTable).toHaveCount(0);

  // Not in the client-safe view.
  await offers.byYearButton("Вариант 1. Скидка 8 %").click();
  await offers.clientViewToggle.check();
  await expect(offers.clientView).toBeVisible();
  await expect(offers.byYearTable).toHaveCount(0);
});

test("on a phone (360 px) the editor and the client view fit without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  await expect(offers.variants).toHaveCount(3);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  // The bar of figures while typing keeps to four figures, so that with the keyboard
  // open the field stays in view: at most a sixth of the screen (740 / 6 ≈ 123 px).
  await offers.field("discount", 0).click();
  await expect(offers.liveFigure("contribution")).toBeVisible();
  await expect(offers.liveFigure("npv")).toBeHidden();
  expect((await offers.live.boundingBox()).height).toBeLessThanOrEqual(123);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await offers.clientViewToggle.check();
  await expect(offers.clientView).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});
