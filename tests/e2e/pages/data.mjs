// Page object of «Данные»: summary, settings form and the start-over commands.
import { expect } from "@playwright/test";

export class DataPage {
  constructor(page) {
    this.page = page;
    this.clients = page.getByTestId("summary-clients");
    this.problems = page.getByRole("alert").filter({ hasText: /Ничего не изменено|Nothing was changed/ });
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

/** Export, import, backups and the save state, as the «Данные» page offers them. */
export class TransferPanel {
  constructor(page) {
    this.page = page;
    this.saveStatus = page.getByTestId("save-status");
    this.importProblems = page.getByTestId("import-problems");
    this.preview = page.getByRole("region", { name: /Проверьте, что будет заменено|Check what will be replaced/ });
  }

  /** Clicks «Экспортировать в файл» and returns the downloaded file's name and text. */
  async export(buttonName = /Экспортировать в файл|Export to a file/) {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: buttonName }).click(),
    ]);
    const { readFile } = await import("node:fs/promises");
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
  }

  /** Picks a file for import (name and text). */
  async chooseFile(name, text) {
    await this.page.getByLabel(/Импортировать из файла|Import from a file/).setInputFiles({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(text, "utf8"),
    });
  }

  async confirmReplace() {
    await this.preview.getByRole("button", { name: "Заменить", exact: true }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "Данные импортированы." })).toBeVisible();
  }

  async waitSaved() {
    await expect(this.saveStatus).toHaveText(/^Сохранено в \d\d:\d\d$/);
  }
}
