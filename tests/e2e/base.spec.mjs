// «База клиентов»: typing in the grid with the keyboard, search, filters, sorting,
// add and delete with undo, the CSV import (Windows-1251, `;`, decimal comma) and the
// CSV export of the ranking.
import { test, expect } from "./fixtures.mjs";
import { App } from "./pages/app.mjs";
import { BasePage, storedZipParts, MARGIN, REVENUE } from "./pages/base.mjs";
import { ClientsPage } from "./pages/clients.mjs";
import { DataPage, TransferPanel } from "./pages/data.mjs";

// The demo's first two clients, in the order of the base.
const FIRST = "ГК «Северный квартал»";
const SECOND = "Сеть «ДомМастер»";

async function openBase(page, query = "") {
  const app = new App(page);
  await app.open(query);
  const base = new BasePage(page);
  await base.show();
  return { app, base };
}

test("revenue typed with the keyboard, Enter to the next row, survives a reload; a bad value changes nothing", async ({ page }) => {
  const { base } = await openBase(page);
  await expect(base.count).toHaveText("35 клиентов");

  // Click the first client's revenue: it becomes a field with its text selected.
  await (await base.cell(FIRST, REVENUE)).click();
  await expect(base.editor(FIRST, REVENUE)).toBeFocused();
  await page.keyboard.type("1 234 567,5");
  // Enter moves down the same column; the next field's text is selected too, so
  // typing replaces it (English style this time).
  await page.keyboard.press("Enter");
  await expect(base.editor(SECOND, REVENUE)).toBeFocused();
  await page.keyboard.type("2500000.25");
  await page.keyboard.press("Enter");
  await expect(base.editor("ГК «Столичный горизонт»", REVENUE)).toBeFocused();
  await expect(await base.cell(FIRST, REVENUE)).toHaveText("1\u00a0234\u00a0567,50\u00a0₽");
  await expect(await base.cell(SECOND, REVENUE)).toHaveText("2\u00a0500\u00a0000,25\u00a0₽");

  // ↑ goes back up; a value that is not a number is named and changes nothing.
  await page.keyboard.press("ArrowUp");
  await expect(base.editor(SECOND, REVENUE)).toBeFocused();
  const total = await base.totalRevenue.textContent();
  await page.keyboard.type("12 абв");
  await page.keyboard.press("Tab");
  await expect(base.editor(SECOND, MARGIN)).toBeFocused();
  await expect(base.refused).toHaveText(`${SECOND} — ${REVENUE}: не число (пример: 1 234,5)`);
  await expect(await base.cell(SECOND, REVENUE)).toHaveText("2\u00a0500\u00a0000,25\u00a0₽");
  await expect(base.totalRevenue).toHaveText(total);
  // Shift+Tab goes back along the row.
  await page.keyboard.press("Shift+Tab");
  await expect(base.editor(SECOND, REVENUE)).toBeFocused();

  await new TransferPanel(page).waitSaved();
  await page.reload();
  await base.show();
  await expect(await base.cell(FIRST, REVENUE)).toHaveText("1\u00a0234\u00a0567,50\u00a0₽");
  await expect(await base.cell(SECOND, REVENUE)).toHaveText("2\u00a0500\u00a0000,25\u00a0₽");
});

test("search, filters and sorting; a client is added, renamed, deleted and brought back with Ctrl+Z", async ({ page }) => {
  const { base } = await openBase(page);

  await base.search.fill("камск");
  await expect(base.rows).toHaveCount(1);
  await expect(base.row("СЗ «Камская долина»")).toBeVisible();
  await base.search.fill("");
  await page.getByRole("combobox", { name: "Сегмент" }).selectOption("Промышленность");
  await expect(base.rows).toHaveCount(4);
  await expect(base.shown).toHaveText("4");
  await page.getByRole("combobox", { name: "Сегмент" }).selectOption("");
  await expect(base.rows).toHaveCount(35);

  await base.sortBy(REVENUE);
  await expect(base.columnHeader(REVENUE)).toHaveAttribute("aria-sort", "ascending");
  await base.sortBy(REVENUE);
  await expect(base.columnHeader(REVENUE)).toHaveAttribute("aria-sort", "descending");
  // The largest revenue of the demo comes first.
  await expect(base.rows.first().getByRole("rowheader")).toHaveText(SECOND);

  // A new client comes first, its name ready to type over.
  await page.getByRole("button", { name: "Добавить клиента" }).click();
  await expect(base.count).toHaveText("36 клиентов");
  await expect(base.editor("Новый клиент", "Клиент")).toBeFocused();
  await page.keyboard.type("ООО «Тест»");
  await page.keyboard.press("Tab");
  await expect(base.editor("ООО «Тест»", "Сегмент")).toBeFocused();
  await page.keyboard.type("Девелопер");
  await page.keyboard.press("Tab");
  await expect(base.editor("ООО «Тест»", "Статус")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(base.editor("ООО «Тест»", "VIP")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(base.editor("ООО «Тест»", "VIP")).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(await base.cell("ООО «Тест»", "VIP")).toHaveText("VIP");
  await expect(await base.cell("ООО «Тест»", "Сегмент")).toHaveText("Девелопер");

  await base.deleteClient("ООО «Тест»");
  await expect(base.count).toHaveText("35 клиентов");
  await expect(page.getByRole("status").filter({ hasText: "«ООО «Тест»» удалён" })).toBeVisible();
  await page.locator("body").press("Control+Z");
  await expect(base.count).toHaveText("36 клиентов");
  await expect(await base.cell("ООО «Тест»", "Сегмент")).toHaveText("Девелопер");
});

test("50 clients from a Windows-1251 CSV into a new empty workspace; the ranking lists them", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=data");
  await new DataPage(page).replaceWith("Новое пустое пространство");
  await app.goTo("Клиенты и портфель");
  const base = new BasePage(page);
  await base.show();
  await expect(base.count).toHaveText("0 клиентов");

  await base.chooseCsv("tests/fixtures/clients-50.csv");
  await expect(base.importPanel).toContainText("строк с данными: 50, кодировка windows-1251");
  await expect(page.getByRole("combobox", { name: "Разделитель" }).locator("option:checked")).toHaveText("точка с запятой (;)");
  // Fields found from the headers; the empty profile has no criteria to fill.
  await expect(base.mappedTo("Наименование")).toHaveText("Клиент");
  await expect(base.mappedTo("Выручка, руб.")).toHaveText(REVENUE);
  await expect(base.mappedTo("Валовая маржа, %")).toHaveText("Валовая маржа");
  await expect(base.mappedTo("Объём ввода жилья")).toHaveText("не импортировать");
  const preview = base.importPanel.getByRole("table");
  await expect(preview.locator("tbody tr")).toHaveCount(5);
  await expect(preview.locator("tbody tr").first()).toContainText("ГК «Северная звезда»");

  await base.importCsv();
  await expect(base.count).toHaveText("50 клиентов");
  // Σ of the file's revenue column: 2 122 213 159,05 ₽, shown in whole roubles.
  await expect(base.totalRevenue).toHaveText("2\u00a0122\u00a0213\u00a0159\u00a0₽");
  await expect(await base.cell("ООО \"СтройТорг\"", REVENUE)).toHaveText("84\u00a0506\u00a0112\u00a0₽");
  await expect(await base.cell("ГК «Северная звезда»", MARGIN)).toHaveText("21,8\u00a0%");

  // The ranking lists all 50; without criteria nobody scores, all are standard.
  await page.getByRole("tab", { name: "Рейтинг", exact: true }).click();
  const ranking = new ClientsPage(page);
  await expect(ranking.rows).toHaveCount(50);
  await expect(ranking.table.getByText("стандартный", { exact: true })).toHaveCount(50);

  // One action: Ctrl+Z takes the whole import back, Ctrl+Shift+Z redoes it.
  await page.locator("body").press("Control+Z");
  await expect(ranking.empty).toBeVisible();
  await page.locator("body").press("Control+Shift+Z");
  await expect(ranking.rows).toHaveCount(50);
});

test("the same CSV into the demo fills its criteria and ranks the new clients by hand-checked scores", async ({ page }) => {
  const { base } = await openBase(page);
  await base.chooseCsv("tests/fixtures/clients-50.csv");
  await expect(base.mappedTo("Объём ввода жилья")).toHaveText("Объём ввода жилья");
  await expect(base.mappedTo("Плановый объём закупок нашей категории")).toHaveText("Плановый объём закупок нашей категории");
  await expect(base.mappedTo("Долговая нагрузка")).toHaveText("Долговая нагрузка");
  await base.importCsv();
  await expect(base.count).toHaveText("85 клиентов");

  // «ГК «Уральский квартал»»: 540 тыс. м² (scale 0–400 → 100), 1 560 млн ₽ (0–1 000 → 100),
  // debt 2,4 (6–0 → 60); the other ten criteria are missing (0) out of a total
  // weight of 100: (16·100 + 16·100 + 8·60) / 100 = 36,8 — the best of the 50.
  await page.getByRole("tab", { name: "Рейтинг", exact: true }).click();
  const ranking = new ClientsPage(page);
  await expect(ranking.rows).toHaveCount(85);
  expect(await ranking.cell("ГК «Уральский квартал»", "Балл")).toBe("36,8");
  // «ГК «Северная звезда»»: (16·80 + 16·85 + 8·65) / 100 = 31,6.
  expect(await ranking.cell("ГК «Северная звезда»", "Балл")).toBe("31,6");
});

test("bad CSV lines are listed by line and column; the good lines can still be imported", async ({ page }) => {
  const { base } = await openBase(page);
  const text = "Клиент;Выручка;Статус\nООО «Один»;1 000,5;текущий\nООО «Два»;12a;текущий\nООО «Три»;300;спящий\n";
  await base.chooseCsv({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
  await base.importCsv();
  await expect(base.csvProblems).toContainText("Ошибок: 2. Строк с ошибками (их не импортировать): 2.");
  await expect(base.csvProblems.getByRole("listitem")).toHaveText([
    "строка 3, «Выручка»: не число («12a»)",
    "строка 4, «Статус»: неизвестный статус (текущий, потенциальный или бывший) («спящий»)",
  ]);
  await expect(base.count).toHaveText("35 клиентов");
  await base.importPanel.getByRole("button", { name: "Импортировать строки без ошибок (1)" }).click();
  await expect(base.count).toHaveText("36 клиентов");
  await expect(await base.cell("ООО «Один»", REVENUE)).toHaveText("1\u00a0000,50\u00a0₽");
  await expect(base.importPanel).toHaveCount(0);
});

test("the ranking downloads as a CSV for Excel: BOM, header, best client first", async ({ page }) => {
  const { base } = await openBase(page);
  const { name, bytes } = await base.exportRanking();
  expect(name).toMatch(/^Демо-СтройРесурс-рейтинг-\d{4}-\d\d-\d\d\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]).toBe(
    "Место;Клиент;Класс;Балл;Потенциал (NPV маржи);Вклад после обслуживания;Выручка за 12 мес.;Сегмент",
  );
  expect(lines[1]).toBe("1;СЗ «Камская долина»;ключевой;81,94;123153756,08;530134,2;4718300;Девелопер");
  expect(lines).toHaveLength(35 + 2); // header, 35 clients, the empty string after the last CRLF

  // The same client leads the ranking on screen.
  await page.getByRole("tab", { name: "Рейтинг", exact: true }).click();
  const ranking = new ClientsPage(page);
  await expect(ranking.rows.first().getByRole("rowheader")).toHaveText("СЗ «Камская долина»");
});

// The same ranking as an Excel workbook: numbers as numbers (a decimal point in the
// file; Excel shows them in the user's locale), names as text, the header in bold
// (format 1), the same first client as the CSV above and the screen.
test("the ranking downloads as an Excel workbook: numbers as numbers, best client first", async ({ page }) => {
  const { base } = await openBase(page);
  const { name, bytes } = await base.exportRankingXlsx();
  expect(name).toMatch(/^Демо-СтройРесурс-рейтинг-\d{4}-\d\d-\d\d\.xlsx$/);
  expect(bytes.subarray(0, 4).toString("latin1")).toBe("PK\x03\x04");
  const parts = storedZipParts(bytes);
  expect([...parts.keys()].sort()).toEqual([
    "[Content_Types].xml",
    "_rels/.rels",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
    "xl/workbook.xml",
    "xl/worksheets/sheet1.xml",
  ]);
  const sheet = parts.get("xl/worksheets/sheet1.xml");
  expect(sheet).toContain('<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>Место</t></is></c>');
  const text = (at, t) => `<c r="${at}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const num = (at, v) => `<c r="${at}"><v>${v}</v></c>`;
  expect(sheet).toContain(
    '<row r="2">' + num("A2", 1) + text("B2", "СЗ «Камская долина»") + text("C2", "ключевой") + num("D2", "81.94") +
      num("E2", "123153756.08") + num("F2", "530134.2") + num("G2", 4718300) + text("H2", "Девелопер") + "</row>",
  );
  expect(sheet.match(/<row /g)).toHaveLength(35 + 1); // the header and 35 clients
  expect(parts.get("xl/workbook.xml")).toContain('<sheet name="рейтинг"');
});

test("a base of 1 035 clients shows 100 rows at a time and stays editable", async ({ page }) => {
  const { base } = await openBase(page);
  const lines = ["Клиент;Сегмент;Выручка"];
  for (let i = 1; i <= 1000; i++) lines.push(`ООО «Клиент ${i}»;Опт;${i * 1000}`);
  await base.chooseCsv({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n"), "utf8") });
  await base.importCsv();
  await expect(base.count).toHaveText("1035 клиентов");
  await expect(base.rows).toHaveCount(100);
  await page.getByRole("button", { name: "Показать ещё (100 из 1035)" }).click();
  await expect(base.rows).toHaveCount(200);

  // Search narrows the 1 035 clients; a value typed, then a click elsewhere, commits.
  await base.search.fill("Клиент 1000»");
  await expect(base.rows).toHaveCount(1);
  await (await base.cell("ООО «Клиент 1000»", REVENUE)).click();
  await page.keyboard.type("7");
  await base.row("ООО «Клиент 1000»").getByRole("rowheader").click();
  await expect(base.editor("ООО «Клиент 1000»", "Клиент")).toBeFocused();
  await expect(await base.cell("ООО «Клиент 1000»", REVENUE)).toHaveText("7\u00a0₽");
});
