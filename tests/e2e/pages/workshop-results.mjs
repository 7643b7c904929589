// Page object of the workshop results on «Конкурентный анализ»: the round selector,
// the projector switch, the ranking, the heat map, the bias table, the rounds line.
import { expect } from "@playwright/test";

export class WorkshopResults {
  constructor(page) {
    this.page = page;
    this.section = page.getByRole("region", { name: "Результаты сессии" });
    this.scores = page.getByTestId("wr-scores");
    this.cells = page.getByTestId("wr-cells");
    this.bias = page.getByTestId("wr-bias");
    this.convergence = page.getByTestId("wr-convergence");
    this.projector = this.section.getByRole("button", { name: "Режим проектора" });
  }

  /** Opens the competition section and waits for the results to show. */
  async open() {
    await this.page.goto("./?s=competition");
    await expect(this.scores).toBeVisible();
  }

  roundButton(n) {
    return this.section.getByRole("group", { name: "Раунд результатов" }).getByRole("button", { name: `Раунд ${n}`, exact: true });
  }

  async showRound(n) {
    await this.roundButton(n).click();
    await expect(this.roundButton(n)).toHaveAttribute("aria-pressed", "true");
    await expect(this.section.getByTestId("wr-round")).toContainText(`Раунд ${n}`);
  }

  /** The company names of the ranking, top to bottom. */
  rankingNames() {
    return this.scores.locator("tbody").getByRole("rowheader");
  }

  scoreRow(company) {
    return this.scores.locator("tbody tr").filter({ has: this.page.getByRole("rowheader", { name: company }) });
  }

  /** The heat-map cell of `criterion` × the company in column `column` (0 = us). */
  cell(criterion, column) {
    return this.cells
      .locator("tbody tr")
      .filter({ has: this.page.getByRole("rowheader", { name: criterion, exact: true }) })
      .getByRole("cell")
      .nth(1 + column);
  }

  async setProjector(on) {
    await this.projector.click();
    await expect(this.projector).toHaveAttribute("aria-pressed", on ? "true" : "false");
  }
}
