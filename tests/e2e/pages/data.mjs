// Page object of «Данные»: summary, settings form and the start-over commands.
import { expect } from "@playwright/test";

export class DataPage {
  constructor(page) {
    this.page = page;
    this.clients = page.getByTestId("summary-clients");
    this.problems = page.getByRole("alert");
    this.saved = page.getByRole("status").filter({ hasText: /Настройки сохранены|Settings saved/ });
  }

  field(label) {
    return this.page.getByLabel(label, { exact: true });
  }

  async fill(label, value) {
    await this.field(label).fill(value);
  }

  async save() {
    await this.page.getByRole("button", { name: /Сохранить настройки|Save settings/ }).click();
  }

  /** Clicks a start-over command, then confirms it. */
  async replaceWith(commandName) {
    await this.page.getByRole("button", { name: commandName }).click();
    const dialog = this.page.getByRole("alertdialog");
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: /Да, заменить|Yes, replace/ }).click();
    await expect(dialog).toBeHidden();
  }
}
