// The shell: the app loads with its demo data from a sub-folder, every section is
// reachable, the language switch works and is remembered, the layout holds on a
// phone and on a projector. The guard fixture fails any test that logs a console
// error or requests anything outside the origin.
import { test, expect } from "./fixtures.mjs";
import { App, SECTIONS } from "./pages/app.mjs";
import { ClientsPage } from "./pages/clients.mjs";

test("the app loads with the demo workspace and every section is reachable", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await expect(app.heading).toHaveText("Клиенты и портфель");
  await expect(page.getByTestId("workspace-name")).toHaveText("Демо: СтройРесурс");
  const clients = new ClientsPage(page);
  await expect(clients.rows).toHaveCount(35);
  await clients.showBase();
  await expect(clients.rows).toHaveCount(35);
  await expect(clients.count).toHaveText("35 клиентов");
  // ru-RU formats, worked out by hand from the demo data: groups of three separated
  // by U+00A0, a decimal comma, the sign after the amount.
  const vip = "Сеть «ДомМастер»";
  expect(await clients.cell(vip, "Выручка за 12 мес.")).toBe("478\u00a0362\u00a0410\u00a0₽");
  expect(await clients.cell(vip, "Валовая маржа")).toBe("-3,5\u00a0%");
  expect(await clients.cell("СЗ «Камская долина»", "Выручка за 12 мес.")).toBe("4\u00a0718\u00a0300\u00a0₽");
  expect(await clients.cell("ГК «Уральская застройка»", "Выручка за 12 мес.")).toBe("0\u00a0₽");

  for (const name of SECTIONS.ru) {
    await app.goTo(name);
    await expect(app.nav.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
  }
  // A section that is not built yet says what it will hold, and shows no figures.
  await app.goTo("План и бюджет");
  await expect(app.main.getByRole("heading", { name: "Что появится в этом разделе" })).toBeVisible();
  await expect(app.main).not.toContainText(/\d\s*(₽|%)/);
});

test("every section opens directly by its address and survives a reload", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=competition");
  await expect(app.heading).toHaveText("Конкурентный анализ");
  await page.reload();
  await expect(app.heading).toHaveText("Конкурентный анализ");
  await expect(app.main.getByLabel("Название сессии")).toHaveValue("ГК «Северный квартал» глазами клиента");
  await page.goBack().catch(() => {});
});

test("the language switch works and is remembered after a reload", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await app.switchLanguage("English");
  await expect(app.heading).toHaveText("Clients & portfolio");
  await expect(app.nav.getByRole("link")).toHaveText(SECTIONS.en);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.reload();
  await expect(app.heading).toHaveText("Clients & portfolio");
  await expect(app.languageButton("English")).toHaveAttribute("aria-pressed", "true");

  await app.switchLanguage("Русский");
  await page.reload();
  await expect(app.heading).toHaveText("Клиенты и портфель");
});

test("the site loads only from its own sub-folder", async ({ page, baseURL }) => {
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url())));
  const app = new App(page);
  await app.open();
  await expect(new ClientsPage(page).rows.first()).toBeVisible();
  const base = new URL(baseURL);
  expect(requested.length).toBeGreaterThanOrEqual(4); // html, js, wasm, css
  for (const url of requested) {
    expect(url.origin).toBe(base.origin);
    expect(url.pathname.startsWith(base.pathname), url.pathname).toBe(true);
  }
});

for (const [name, width, height] of [["phone", 360, 740], ["projector", 1920, 1080]]) {
  test(`the layout fits a ${name} (${width} px) without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const app = new App(page);
    await app.open();
    for (const section of SECTIONS.ru) {
      await app.goTo(section);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${section} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
    }
  });
}

test("the README screenshot is produced from the running app", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const app = new App(page);
  await app.open();
  await expect(new ClientsPage(page).rows).toHaveCount(35);
  await page.screenshot({ path: "docs/screenshot.png" });
});
