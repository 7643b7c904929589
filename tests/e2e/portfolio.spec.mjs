// «Клиенты и портфель»: the demo's stories shown with their figures, worked out by
// hand from the demo workspace (src/engine/demo), and recomputed as the user types.
import { test, expect } from "./fixtures.mjs";
import { App } from "./pages/app.mjs";
import { PortfolioViews } from "./pages/portfolio.mjs";

const VIP = "Сеть «ДомМастер»";
const nb = (s) => s.replace(/ /g, "\u00a0");

test("the demo's loss-making VIP is flagged in the ranking and in profitability", async ({ page }) => {
  await new App(page).open();
  const views = new PortfolioViews(page);
  await expect(views.row("ranking", VIP)).toContainText("VIP, но убыточен");
  await views.showTab("Рентабельность");
  // ДомМастер, revenue 478 362 410 ₽ at a gross margin of −3,5 %:
  //   gross profit = 478 362 410 × −0,035 = −16 742 684,35
  //   cost-to-serve = logistics 10 046 000 + transport 4 822 000 + courier 180 000
  //     + manager 1 450 h × 2 800 = 4 060 000 + trips 180 000 + accounting 620 h × 1 600 = 992 000
  //     = 20 280 000; discounts and bonuses 26 310 000;
  //   financing = receivables 145 475 000 × 16 % = 23 276 000
  //   contribution = −16 742 684,35 − 26 310 000 − 20 280 000 − 23 276 000 = −86 608 684,35
  const row = views.row("profit", VIP);
  await expect(row).toContainText(nb("-86 608 684 ₽"));
  await expect(row).toContainText("VIP, но убыточен");
  await expect(page.getByTestId("whale")).toBeVisible();
  await expect(page.getByTestId("whale-peak")).toContainText("Пик");
});

test("a cost-to-serve line typed in the card updates the contribution at once and survives a reload", async ({ page }) => {
  await new App(page).open();
  const views = new PortfolioViews(page);
  await views.openCard(VIP);
  await expect(views.figure("Вклад")).toHaveText(nb("-86 608 684 ₽"));
  // Logistics 10 046 000 → 46 000: the contribution rises by exactly 10 000 000.
  await views.enter("Логистика, ₽", "46 000");
  await expect(views.figure("Вклад")).toHaveText(nb("-76 608 684 ₽"));
  // A bad number names the field and changes nothing.
  await views.enter("Транспорт, ₽", "много");
  await expect(page.getByRole("alert")).toContainText("Транспорт, ₽");
  await expect(views.figure("Вклад")).toHaveText(nb("-76 608 684 ₽"));
  await expect(views.field("Транспорт, ₽")).toHaveValue(nb("4 822 000"));
  await page.getByTestId("save-status").filter({ hasText: /Сохранено в/ }).waitFor();
  await page.reload();
  await views.openCard(VIP);
  await expect(views.figure("Вклад")).toHaveText(nb("-76 608 684 ₽"));
});

test("the bias check lists the hidden prospect and the matrix names its quadrants", async ({ page }) => {
  await new App(page).open();
  const views = new PortfolioViews(page);
  await views.showTab("Проверка перекосов");
  await expect(page.getByTestId("correlations")).toContainText("Выручка ↔ потенциал");
  // The engine's rule (top 20 % by potential value, lower half by revenue) puts the
  // prospect with no sales first, then Кубань-Девелопмент, then Камская долина
  // (tests/analysis.rs works the ranks out).
  await expect(page.getByTestId("hidden").getByRole("listitem")).toHaveText([
    /ГК «Уральская застройка»/,
    /ГК «Кубань-Девелопмент»/,
    /СЗ «Камская долина»/,
  ]);
  await expect(page.getByTestId("overrated")).toContainText("Столичный горизонт");
  await views.showTab("Портфельная матрица");
  await expect(page.getByTestId("matrix")).toBeVisible();
  await expect(page.getByTestId("quadrants").getByRole("listitem")).toHaveCount(4);
  await expect(page.getByTestId("quadrants")).toContainText("Стратегические");
  // Уральская застройка has no relative strength yet: it is listed, not placed.
  await expect(page.getByTestId("not-placed")).toContainText("ГК «Уральская застройка»");
});
