// Page object of «Спецпредложения»: the offer picker, the base deal, the variants
// side by side, their figures and the client-safe view.
import { expect } from "@playwright/test";

export class OffersPage {
  constructor(page) {
    this.page = page;
    this.offer = page.getByLabel(/^Предложение$|^Offer$/);
    this.notice = page.getByTestId("of-notice");
    this.clientViewToggle = page.locator("#of-cview");
    this.clientView = page.getByTestId("of-client-view");
    this.variants = page.locator("section.of-variant");
  }

  /** A variant's field (`data-f`), variant `i` counted from 0. */
  field(name, i) {
    return this.page.locator(`#of-${name}-${i}`);
  }

  /** Types `value` into a field and leaves it, so it is saved (`change`). */
  async set(locator, value) {
    await locator.fill(value);
    await locator.press("Tab");
  }

  /** A figure cell: row `row` (revenue, contribution, …), column `i` or "b" (base). */
  figure(row, i) {
    return this.page.getByTestId(`of-fig-${row}-${i}`);
  }

  /** The bar that keeps the figures of the part being edited in view. */
  get live() {
    return this.page.getByRole("group", { name: /^Показатели при вводе$|^Figures as you type$/ });
  }

  /** A figure of that bar: contribution, margin, benefit, ratio, delta, npv. */
  liveFigure(name) {
    return this.page.getByTestId(`of-live-${name}`);
  }

  /** The list of break-even lines and capacity warnings under the table. */
  get notes() {
    return this.page.locator("#of-notes");
  }

  /** Variant `i`'s break-even line under the table (there, hidden, when it does not apply). */
  breakEven(i) {
    return this.page.getByTestId(`of-break-even-${i}`);
  }

  /** A field of the base deal: volume, price, cost, discount, days, cts, rate. */
  base(name) {
    return this.page.locator(`#of-b-${name}`);
  }

  /** The button that opens (or closes) a variant's figures per year. */
  byYearButton(name) {
    return this.page.getByRole("group", { name: /^Вариант по годам$|^Variant by year$/ }).getByRole("button", { name, exact: true });
  }

  /** The table of one variant's figures per year. */
  get byYearTable() {
    return this.page.getByRole("table", { name: /^По годам:|^By year:/ });
  }

  /** A figure per year: line `row` (revenue, contribution, delta, …), `year` 1, 2, …
   *  or "b-2" for the base's figure of year 2. */
  byYear(row, year) {
    return this.page.getByTestId(`of-yr-${row}-${year}`);
  }

  /** Starts a new offer for the client labelled `client` in «Для клиента». */
  async newOffer(client) {
    await this.page.getByLabel("Для клиента", { exact: true }).selectOption({ label: client });
    await this.page.getByRole("button", { name: "Новое предложение" }).click();
  }

  /** Right after a change: waits for the autosave to notice it, then to write it. */
  async waitChangeSaved() {
    // A change shown on screen has already marked the workspace unsaved, and the
    // status says «saved» only when no change waits: no need to catch the states in
    // between (a quick save passes them before a slow test looks).
    await expect(this.page.getByTestId("save-status")).toHaveText(/Сохранено в|Saved at/);
  }
}
