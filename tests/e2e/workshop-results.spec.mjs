// Workshop results (domain §3) on the demo session «ГК «Северный квартал» глазами
// клиента»: two rounds of six ballots made by the formula of src/engine/demo/workshop.rs,
//   rating(p, c, s, round) = clamp(BASE[c][s] + personal + bias, 1, 10),
//   personal = spread·sign, halved (integer division) in round 2,
//   sign = +1, −1, 0 for (p + 2c + 3s) mod 3 = 0, 1, 2;
//   bias on us = halo (Борис +3, Дарья −3) in round 1, its sign (±1) in round 2;
//   in round 1 a halo pulls the rivals down by its sign, in round 2 not at all.
// Importance (100 points): 20, 12, 12, 8, 14, 10, 8, 4, 7, 5.
import { test, expect } from "./fixtures.mjs";
import { WorkshopResults } from "./pages/workshop-results.mjs";

test("round 2 of the demo: our weighted score, the ranking and a hand-checked cell", async ({ page }) => {
  const r = new WorkshopResults(page);
  await r.open();
  // The last round with ballots is shown first.
  await expect(r.roundButton(2)).toHaveAttribute("aria-pressed", "true");
  // Our column (s = 0) in round 2: spread-1 people (Анна, Борис, Глеб, Дарья) have
  // personal ±1/2 = 0; Борис +1 and Дарья −1 cancel in the sum; Вера and Егор (spread 2)
  // both have sign (2 + 2c) mod 3, personal ±1. So our mean = BASE[c][0] ± 2/6:
  //   c:     0  1       2       3  4       5       6  7       8       9
  //   base:  5  7       8       7  9       9       7  8       8       8
  //   sign:  0  −       +       0  −       +       0  −       +       0
  //   mean:  5  6,6667  8,3333  7  8,6667  9,3333  7  7,6667  8,3333  8
  // Σ w·mean = 100 + 80,0004 + 99,9996 + 56 + 121,3338 + 93,333 + 56 + 30,6668
  //          + 58,3331 + 40 = 735,6667 → score 7,3567 → «7,36».
  // ТехноСтрой (s = 1) has the same signs on base 6 8 6 9 6 3 7 7 5 5:
  //   (618 − 12 + 12 − 14 + 10 − 4 + 7 · 1/3…) → (618 − 1/3) / 100 = 6,1767 → «6,18»;
  // our relative strength 7,3567 / 6,1767 = 1,19.
  // The other rivals by the same formula: СтройМаркет Онлайн 6,11, Теплоникс 5,93,
  // Регион-Смесь 5,89.
  await expect(r.rankingNames()).toHaveText([
    /СтройРесурс/,
    "ТехноСтрой Дистрибуция",
    "СтройМаркет Онлайн",
    "Теплоникс",
    "Регион-Смесь",
  ]);
  await expect(r.scoreRow("СтройРесурс")).toContainText("7,36");
  await expect(r.scoreRow("ТехноСтрой Дистрибуция")).toContainText("6,18");
  await expect(page.getByTestId("wr-strength")).toContainText("1,19");
  // «Цена» × us, round 2: p0..p5 signs +, −, 0, +, −, 0 → personal 0 for all (±1/2 = 0,
  // Вера and Егор have sign 0); bias Борис +1, Дарья −1: ratings 5, 6, 5, 5, 4, 5.
  // Mean 30 / 6 = 5,0; deviations 0, 1, 0, 0, −1, 0 → s² = 2 / 5 → σ = 0,63 → «0,6».
  // In round 1 the same cell was 6, 7, 5, 6, 1, 5 (mean 5,0): no movement is shown.
  const price = r.cell("Цена", 0);
  await expect(price).toContainText("5,0");
  await expect(price).toContainText("n 6");
  await expect(price).toContainText("σ 0,6");
  // Sorted 4 5 5 5 5 6: median (5 + 5) / 2 = 5; QUARTILE.INC Q1 at 1,25 → 5, Q3 at
  // 3,75 → 5: IQR 0.
  await expect(price).toContainText("Me 5,0");
  await expect(price).toContainText("IQR 0,0");
  await expect(price).not.toContainText("спорно");
  await expect(page.getByTestId("wr-strengths")).toBeVisible();
  await expect(page.getByTestId("wr-weaknesses")).toContainText("Цена");
  await expect(page.getByRole("img", { name: /Кривые ценности/ })).toBeVisible();
});

test("round 1: Борис's halo is flagged without his name; the spread went down", async ({ page }) => {
  const r = new WorkshopResults(page);
  await r.open();
  await r.showRound(1);
  // Борис (ballot 2) in round 1: us = BASE + personal + 3, the rivals − 1: us above
  // every rival on 9 criteria in 10 (≥ 0,8) → «лучше всех во всём». The demo session is
  // anonymous: the row says «Участник 2», never his name.
  const flagged = r.bias.locator("tbody tr").filter({ hasText: "лучше всех во всём" });
  await expect(flagged).toHaveCount(1);
  await expect(flagged.getByRole("rowheader")).toHaveText("Участник 2");
  await expect(r.bias).not.toContainText("Борис");
  // Дарья's horns (−3) put us below every rival on 4 criteria in 10 only: no flag.
  await expect(r.bias).not.toContainText("хуже всех во всём");
  // «Цена» × us in round 1: 6, 7, 5, 6, 1, 5 → σ = 2,1 ≥ 2: disputed.
  await expect(r.cell("Цена", 0)).toContainText("спорно");
  await expect(page.getByTestId("wr-discuss")).toContainText("Цена");
  await expect(r.convergence).toContainText("раунд 1 — 1,44");
  await expect(r.convergence).toContainText("раунд 2 — 0,39");
  await expect(r.convergence).toContainText("(сошлись)");
});

test("projector mode hides the setup form and Escape leaves it", async ({ page }) => {
  const r = new WorkshopResults(page);
  await r.open();
  const setup = page.getByRole("region", { name: "Настройка сессии" });
  await expect(setup).toBeVisible();
  await r.setProjector(true);
  await expect(setup).toBeHidden();
  await expect(page.getByRole("navigation")).toBeHidden();
  await expect(r.scores).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(r.projector).toHaveAttribute("aria-pressed", "false");
  await expect(setup).toBeVisible();
});
