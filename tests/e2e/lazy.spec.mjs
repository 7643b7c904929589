// Sections loaded on demand (src/ui/lazy.rs): the first screen does not fetch the
// other sections' modules; a section's module is fetched when it opens; a module
// that cannot be fetched is said in words, with a reload that then works.
import { test, expect } from "./fixtures.mjs";
import { App } from "./pages/app.mjs";

// The service worker would precache the modules and answer from its cache: these
// tests watch the page's own requests.
test.use({ serviceWorkers: "block" });

test("the ranking opens without the other sections' modules; offers fetch theirs when opened", async ({ page }) => {
  const fetched = [];
  page.on("request", (req) => {
    const name = new URL(req.url()).pathname.split("/").pop();
    if (name.endsWith(".wasm")) fetched.push(name);
  });
  const app = new App(page);
  await app.open();
  await expect(app.heading).toHaveText("Клиенты и портфель");
  await expect(page.getByRole("tab", { name: "Рейтинг" })).toHaveAttribute("aria-selected", "true");
  expect(fetched.filter((n) => n.startsWith("split_"))).toEqual([]);
  expect(fetched.filter((n) => n.endsWith("_bg.wasm"))).toHaveLength(1);

  await app.goTo("Спецпредложения");
  await expect(app.heading).toHaveText("Спецпредложения");
  expect(fetched).toContain("split_offers.wasm");
  expect(fetched).not.toContain("split_competition.wasm");
});

test("a module that cannot be fetched is said in words, and the reload brings the section", async ({ page, guard }) => {
  await page.route("**/split_offers.wasm", (route) => route.abort());
  const app = new App(page);
  await app.open();
  const offers = app.nav.getByRole("link", { name: "Спецпредложения", exact: true });
  await offers.click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Этот раздел не удалось загрузить");
  await expect(alert).toContainText("Данные не затронуты");
  // The rest of the app still works: another section opens.
  await app.goTo("Данные");
  await expect(app.heading).toHaveText("Данные");

  await offers.click();
  await expect(alert).toContainText("Этот раздел не удалось загрузить");
  await page.unroute("**/split_offers.wasm");
  await page.getByRole("button", { name: "Перезагрузить" }).click();
  await expect(app.heading).toHaveText("Спецпредложения");
  // The aborted fetch was logged by the browser: expected here, and only here.
  expect(guard.every((p) => /split_offers|Failed to fetch|net::ERR_FAILED|TypeError/.test(p))).toBe(true);
  guard.length = 0;
});
