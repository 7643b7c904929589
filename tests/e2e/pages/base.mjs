// Page object of the «База клиентов» tab: the grid (each cell shows its value; the
// focused one becomes a field named «<column>: <client>»), its summary, filters and
// sorting, the CSV import panel and the ranking export.
import { expect } from "@playwright/test";

export const REVENUE = "Выручка за 12 мес.";
export const MARGIN = "Валовая маржа";

export class BasePage {
  constructor(page) {
    this.page = page;
    this.grid = page.getByRole("table", { name: "Клиентская база" });
    this.rows = this.grid.locator("tbody tr");
    this.count = page.getByTestId("client-count");
    this.shown = page.getByTestId("shown-count");
    this.totalRevenue = page.getByTestId("total-revenue");
    this.refused = page.getByRole("alert");
    this.search = page.getByRole("searchbox", { name: "Поиск по названию, сегменту, региону" });
    this.importPanel = page.getByRole("region", { name: /\.csv$/ });
    this.csvProblems = page.getByTestId("csv-problems");
  }

  /** Opens the tab (the section must be open). */
  async show() {
    const tab = this.page.getByRole("tab", { name: "База клиентов", exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute("aria-selected", "true");
    await expect(this.grid).toBeVisible();
  }

  /** The row of a client: its header cell is the client's name (or, while it is
   *  being edited, the field named «Клиент: <name>»). */
  row(client) {
    return this.rows.filter({ has: this.page.getByRole("rowheader", { name: client }) });
  }

  /** The cell of `client` in `column` (the column header's text). */
  async cell(client, column) {
    const headers = (await this.grid.locator("thead th").allInnerTexts()).map((h) => h.trim());
    const index = headers.indexOf(column);
    if (index < 0) throw new Error(`no column ${column} in ${headers}`);
    return this.row(client).locator("th, td").nth(index);
  }

  /** The field a focused cell becomes: a textbox, or the status list. */
  editor(client, column) {
    const role = column === "Статус" ? "combobox" : column === "VIP" ? "checkbox" : "textbox";
    return this.grid.getByRole(role, { name: `${column}: ${client}`, exact: true });
  }

  columnHeader(column) {
    return this.grid.getByRole("columnheader", { name: column, exact: true });
  }

  async sortBy(column) {
    await this.columnHeader(column).getByRole("button").click();
  }

  async deleteClient(client) {
    await this.grid.getByRole("button", { name: `Удалить клиента: ${client}`, exact: true }).click();
  }

  /** Picks a CSV file for import: a path, or `{ name, mimeType, buffer }`. */
  async chooseCsv(file) {
    await this.page.getByLabel("CSV-файл с клиентами").setInputFiles(file);
    await expect(this.importPanel).toBeVisible();
  }

  /** The mapping select of a CSV column (by its header). */
  mapping(header) {
    return this.importPanel.getByRole("combobox", { name: `Столбец «${header}»`, exact: true });
  }

  /** The option chosen for a CSV column (by its header). */
  mappedTo(header) {
    return this.mapping(header).locator("option:checked");
  }

  async importCsv() {
    await this.importPanel.getByRole("button", { name: "Импортировать", exact: true }).click();
  }

  /** Clicks «Скачать рейтинг (CSV)» and returns the file's name and bytes. */
  async exportRanking() {
    return this.download("Скачать рейтинг (CSV)");
  }

  /** Clicks «Скачать рейтинг (Excel)»: the file's name and bytes. */
  async exportRankingXlsx() {
    return this.download("Скачать рейтинг (Excel)");
  }

  /** Clicks the button named `name` and waits for its download: name and bytes. */
  async download(name) {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name }).click(),
    ]);
    const { readFile } = await import("node:fs/promises");
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }
}

/**
 * The parts of a zip file whose entries are stored (not compressed), as the app's
 * workbooks are: name → text (UTF-8), read through the central directory.
 */
export function storedZipParts(bytes) {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("not a zip file: no end of central directory");
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const parts = new Map();
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error("bad central directory entry");
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLen = bytes.readUInt16LE(at + 28);
    const extraLen = bytes.readUInt16LE(at + 30);
    const commentLen = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLen).toString("utf8");
    if (method !== 0) throw new Error(`${name} is compressed (method ${method})`);
    const data = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    parts.set(name, bytes.subarray(data, data + size).toString("utf8"));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return parts;
}
