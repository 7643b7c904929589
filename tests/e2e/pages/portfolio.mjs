// Page object of the read-only views of «Клиенты и портфель»: ranking, card,
// bias check, profitability and the portfolio matrix.
import { expect } from "@playwright/test";

export class PortfolioViews {
  constructor(page) {
    this.page = page;
    this.ranking = page.getByTestId("ranking");
  }

  async showTab(name) {
    const tab = this.page.getByRole("tab", { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute("aria-selected", "true");
  }

  /** The row of a client in the table with `testId`. */
  row(testId, clientName) {
    return this.page
      .getByTestId(testId)
      .locator("tbody tr")
      .filter({ has: this.page.getByRole("rowheader", { name: clientName, exact: true }) });
  }

  /** Opens a client's card by clicking its name in the ranking. */
  async openCard(clientName) {
    await this.ranking.getByRole("button", { name: clientName, exact: true }).click();
    await expect(this.page.getByRole("tab", { name: "Карточка клиента" })).toHaveAttribute("aria-selected", "true");
  }

  /** The figure in the card's profitability table on the line named `label`. */
  figure(label) {
    return this.page.getByTestId("profitability").locator("tr").filter({ hasText: label }).locator("td");
  }

  field(label) {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Types `value` into the field and commits it (Enter, as a user does). */
  async enter(label, value) {
    const field = this.field(label);
    await field.fill(value);
    await field.press("Enter");
  }
}
