// Data is never lost: autosave to IndexedDB survives reloads and closing the page,
// a bad file changes nothing, export → clear site data → import gives the same
// workspace, two tabs never both write, a failing IndexedDB raises the banner and
// export still works, and every edit can be undone.
import { test, expect } from "./fixtures.mjs";
import { App } from "./pages/app.mjs";
import { DataPage, TransferPanel } from "./pages/data.mjs";

const DISCOUNT = "Ставка дисконтирования, %";
const COMPANY = "Наша компания";

/** Opens «Данные», changes the company name and saves the form. */
async function renameCompany(page, name) {
  const data = new DataPage(page);
  await data.fill(COMPANY, name);
  await data.save();
  await expect(data.saved).toBeVisible();
}

test("an edit is still there after a reload", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=data");
  const transfer = new TransferPanel(page);
  await expect(transfer.saveStatus).toHaveText("Изменений нет");
  await renameCompany(page, "СтройРесурс Север");
  await transfer.waitSaved();
  await page.reload();
  await expect(new DataPage(page).field(COMPANY)).toHaveValue("СтройРесурс Север");
});

test("closing the page right after an edit loses nothing", async ({ page, context }) => {
  const app = new App(page);
  await app.open("?s=data");
  await renameCompany(page, "Закрыто сразу");
  // No wait for the debounce: the page is closed at once; pagehide flushes the save.
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await new App(again).open("?s=data");
  await expect(new DataPage(again).field(COMPANY)).toHaveValue("Закрыто сразу");
});

test("a bad file lists its problems with paths and changes nothing", async ({ page }) => {
  // Handing a 49 MiB file to the page (below) takes 10–25 s on a loaded 2-core machine.
  test.slow();
  const app = new App(page);
  await app.open("?s=data");
  const transfer = new TransferPanel(page);
  const { text } = await transfer.export();
  const doc = JSON.parse(text);
  doc.workspace.clients[1].revenue = "-5";
  doc.workspace.clients[2].name = "";
  doc.workspace.settings.horizon_years = 40;
  await transfer.chooseFile("плохой.json", JSON.stringify(doc));
  await expect(transfer.importProblems).toContainText("В файле найдены ошибки: 3.");
  await expect(transfer.importProblems).toContainText("workspace.settings.horizon_years: допустимо от 1 до 10");
  await expect(transfer.importProblems).toContainText("workspace.clients[1].revenue: не может быть отрицательным");
  await expect(transfer.importProblems).toContainText("workspace.clients[2].name: заполните поле");
  await expect(transfer.importProblems).toContainText("Файл не импортирован, данные не изменены.");

  await transfer.chooseFile("не-json.json", '{"format": "kam-studio/workspace", ');
  await expect(transfer.importProblems).toContainText("Это не JSON-файл: ошибка в строке 1");
  await transfer.chooseFile("чужой.json", '{"hello": 1}');
  await expect(transfer.importProblems).toContainText("Это не файл рабочего пространства KAM Studio");
  await transfer.chooseFile("новый.json", JSON.stringify({ ...doc, version: 99 }));
  await expect(transfer.importProblems).toContainText("более новой версией KAM Studio (формат 99");

  // Over the 48 MiB limit: refused from its size, before it is read.
  // 49 MiB = 51 380 224 bytes → "51,4 МБ"; 48 MiB = 50 331 648 bytes → "50,3 МБ".
  await transfer.chooseFile("огромный.json", " ".repeat(49 * 1024 * 1024));
  await expect(transfer.importProblems).toContainText("Файл слишком большой: 51,4 МБ, импортировать можно не больше 50,3 МБ.");

  await expect(new DataPage(page).clients).toHaveText("35");
  await expect(transfer.preview).toHaveCount(0);
});

test("export, clear the site's data, import: the same workspace comes back", async ({ page: first, context }) => {
  let page = first;
  const app = new App(page);
  await app.open("?s=data");
  const data = new DataPage(page);
  await data.replaceWith("Новое пустое пространство");
  // The replacement (after its automatic backup) rewrites the form: type only then.
  await expect(data.field("Название пространства")).toHaveValue("Новое пространство");
  await data.fill("Название пространства", "Проверка экспорта");
  await data.fill(DISCOUNT, "11,25");
  await data.save();
  await expect(data.saved).toBeVisible();
  let transfer = new TransferPanel(page);
  const exported = await transfer.export();
  expect(exported.name).toMatch(/^Проверка-экспорта-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByTestId("last-export")).not.toContainText("ещё не было");

  // Clear site data: the next visit is a first start with the demo.
  const url = page.url();
  await page.close();
  const cdpPage = await context.newPage();
  const cdp = await context.newCDPSession(cdpPage);
  await cdp.send("Storage.clearDataForOrigin", { origin: new URL(url).origin, storageTypes: "all" });
  await cdpPage.goto(url);
  page = cdpPage;
  const data2 = new DataPage(page);
  await expect(data2.clients).toHaveText("35");
  transfer = new TransferPanel(page);

  await transfer.chooseFile(exported.name, exported.text);
  await expect(transfer.preview).toContainText("Проверка экспорта");
  await expect(transfer.preview).toContainText("Демо: СтройРесурс");
  await transfer.confirmReplace();
  await expect(page.getByTestId("workspace-name")).toHaveText("Проверка экспорта");
  await expect(data2.field(DISCOUNT)).toHaveValue("11,25");

  const again = await transfer.export();
  const strip = (t) => ({ ...JSON.parse(t), exported_at: null });
  expect(strip(again.text)).toEqual(strip(exported.text));

  // The replaced demo was backed up first and can be restored.
  const backups = page.locator("section").filter({ has: page.getByRole("heading", { name: "Резервные копии в браузере" }) });
  await expect(backups.getByRole("listitem").filter({ hasText: "перед заменой" }).first()).toBeVisible();
});

test("a second tab is read-only and offers to reload", async ({ page, context }) => {
  const first = new App(page);
  await first.open("?s=data");
  await expect(new TransferPanel(page).saveStatus).toBeVisible();

  const other = await context.newPage();
  const second = new App(other);
  await second.open("?s=data");
  const banner = other.getByRole("alert").filter({ hasText: "уже открыт в другой вкладке" });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole("button", { name: "Перезагрузить" })).toBeVisible();
  // An edit in the read-only tab is refused with a clear message.
  await renameCompanyRefused(other);

  await page.close();
  await expect(other.getByRole("alert").filter({ hasText: "Другая вкладка закрыта" })).toBeVisible();
  await other.getByRole("button", { name: "Перезагрузить" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "другой вкладке" })).toHaveCount(0);
  await renameCompany(other, "Теперь здесь");
});

async function renameCompanyRefused(page) {
  const data = new DataPage(page);
  await data.fill(COMPANY, "Не сохранится");
  await data.save();
  await expect(data.problems).toContainText("Эта вкладка только для просмотра");
}

test("when IndexedDB fails to write, a banner says so and export still works", async ({ page }) => {
  // Simulated quota failure: every put() throws, as a full disk would make it.
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const app = new App(page);
  await app.open("?s=data");
  await renameCompany(page, "Только в памяти");
  const banner = page.getByRole("alert").filter({ hasText: "Данные не сохраняются в браузере" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("quota");
  await expect(new TransferPanel(page).saveStatus).toHaveText("Не сохранено: ошибка записи");
  const transfer = new TransferPanel(page);
  const file = await transfer.export(/Экспортировать сейчас/);
  expect(JSON.parse(file.text).workspace.company.name).toBe("Только в памяти");
});

test("every edit can be undone and redone with the keyboard and the buttons", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=data");
  const data = new DataPage(page);
  const undo = page.getByRole("button", { name: "Отменить" });
  const redo = page.getByRole("button", { name: "Повторить" });
  await expect(undo).toBeDisabled();
  await renameCompany(page, "Первое");
  await renameCompany(page, "Второе");

  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+z");
  await expect(data.field(COMPANY)).toHaveValue("Первое");
  await page.keyboard.press("Control+z");
  await expect(data.field(COMPANY)).toHaveValue("СтройРесурс");
  await expect(undo).toBeDisabled();
  await page.keyboard.press("Control+Shift+z");
  await expect(data.field(COMPANY)).toHaveValue("Первое");
  await redo.click();
  await expect(data.field(COMPANY)).toHaveValue("Второе");
  await expect(redo).toBeDisabled();
  await undo.click();
  await expect(data.field(COMPANY)).toHaveValue("Первое");

  // The undone state is what is saved.
  await new TransferPanel(page).waitSaved();
  await page.reload();
  await expect(data.field(COMPANY)).toHaveValue("Первое");
});

test("a workspace kept by the first storage layout (one record) still opens and is carried over", async ({ page }) => {
  // The first release kept the whole document under "current" in a version-1 database.
  // It is written from a page of the site that does not start the app (the JSON
  // file; Chromium asks such a page for a favicon, which the site does not have).
  await page.route("**/favicon.ico", (route) => route.fulfill({ status: 204 }));
  await page.goto("./public/demo.json");
  await page.evaluate(async () => {
    const doc = await (await fetch(location.href)).json();
    doc.workspace.company.name = "Из старой версии";
    await new Promise((ok, fail) => {
      const open = indexedDB.open("kam-studio", 1);
      open.onupgradeneeded = () => {
        const db = open.result;
        db.createObjectStore("workspace");
        db.createObjectStore("snapshots", { keyPath: "id", autoIncrement: true });
        db.createObjectStore("meta");
      };
      open.onsuccess = () => {
        const tx = open.result.transaction(["workspace"], "readwrite");
        tx.objectStore("workspace").put(JSON.stringify(doc), "current");
        tx.oncomplete = () => {
          open.result.close();
          ok();
        };
        tx.onerror = () => fail(tx.error);
      };
      open.onerror = () => fail(open.error);
    });
  });
  const app = new App(page);
  await app.open("?s=data");
  await expect(new DataPage(page).field(COMPANY)).toHaveValue("Из старой версии");
  await renameCompany(page, "Перенесено");
  await new TransferPanel(page).waitSaved();
  await page.reload();
  await expect(new DataPage(page).field(COMPANY)).toHaveValue("Перенесено");
  const stored = await page.evaluate(
    () =>
      new Promise((ok) => {
        const open = indexedDB.open("kam-studio");
        open.onsuccess = () => {
          const req = open.result.transaction(["workspace"]).objectStore("workspace").getAllKeys();
          req.onsuccess = () => {
            ok({ version: open.result.version, keys: req.result.map(String).sort() });
            open.result.close();
          };
        };
      }),
  );
  expect(stored).toEqual({ version: 2, keys: ["buckets", "header"] });
});
