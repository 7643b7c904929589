// Page object of «Клиенты и портфель»: its tabs, the table shown and the base summary.
import { expect } from "@playwright/test";

export class ClientsPage {
  constructor(page) {
    this.page = page;
    this.table = page.getByRole("table");
    this.count = page.getByTestId("client-count");
    this.totalRevenue = page.getByTestId("total-revenue");
    this.empty = page.getByRole("status").filter({ hasText: /нет клиентов|no clients/ });
  }

  /** Opens a tab of the section by its name. */
  async showTab(name) {
    const tab = this.page.getByRole("tab", { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute("aria-selected", "true");
  }

  /** Opens the «База клиентов» tab. */
  async showBase() {
    await this.showTab("База клиентов");
  }

  /** Body rows of the client table (each row's header cell is the client's name). */
  get rows() {
    return this.table.locator("tbody tr");
  }

  row(clientName) {
    return this.rows.filter({ has: this.page.getByRole("rowheader", { name: clientName }) });
  }

  /** What the cell in `column` (header text) of the client's row shows: its text, or
   *  the value of the field or the chosen option when the cell is edited in place. */
  async cell(clientName, column) {
    const headers = await this.table.locator("thead th").allInnerTexts();
    const index = headers.findIndex((h) => h.trim() === column);
    if (index < 0) throw new Error(`no column ${column} in ${headers}`);
    const cell = this.row(clientName).locator("th, td").nth(index);
    const shown = await cell.evaluate((c) => {
      const field = c.querySelector("input:not([type=checkbox]), select");
      if (!field) return c.innerText;
      return field.tagName === "SELECT" ? field.selectedOptions[0]?.text ?? "" : field.value;
    });
    return shown.trim();
  }
}
