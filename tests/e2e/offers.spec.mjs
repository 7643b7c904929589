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
  await expect(page.locator(".of-chart svg rect")).toHaveCount(6);

  // The figures follow the keystrokes, before the field is left (and saved).
  await offers.field("discount", 0).fill("10");
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

  await offers.variants.nth(1).getByRole("button", { name: "Удалить вариант" }).click();
  await expect(offers.variants).toHaveCount(4);
  await expect(offers.field("name", 1)).toHaveValue("Сервис на объекте");
  // The client's choice (variant 3) moves with its variant.
  await expect(offers.field("chosen", 1)).toBeChecked();
});

test("a new offer for a chosen client starts with two variants copied from the base; English works", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  await page.getByLabel("Для клиента", { exact: true }).selectOption({ label: "Сеть «ДомМастер»" });
  await page.getByRole("button", { name: "Новое предложение" }).click();
  await expect(offers.offer).toHaveValue("2");
  await expect(page).toHaveURL(/\?s=offers&o=2$/);
  await expect(page.locator("#of-name")).toHaveValue("Сеть «ДомМастер»");
  await expect(offers.variants).toHaveCount(2);
  await expect(offers.field("name", 1)).toHaveValue("Вариант 2");
  // Base 10 000 units × 1 000 ₽ at 5 % = 9 500 000 ₽; the copies equal the base.
  await expect(offers.figure("revenue", "b")).toHaveText(rub("9 500 000"));
  await expect(offers.figure("revenue", 1)).toHaveText(rub("9 500 000"));
  await expect(offers.figure("delta", 1)).toHaveText(rub("0"));

  await app.switchLanguage("English");
  await expect(app.heading).toHaveText("Special offers");
  await expect(page.getByRole("heading", { name: "Base deal (today)" })).toBeVisible();
  await expect(offers.figure("revenue", "b")).toHaveText("9,500,000" + NBSP + "₽");
});

test("on a phone (360 px) the editor and the client view fit without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  await expect(offers.variants).toHaveCount(3);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await offers.clientViewToggle.check();
  await expect(offers.clientView).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});
