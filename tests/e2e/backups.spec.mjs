// Backups and reminders on «Данные»: a replaced workspace can be restored from its
// automatic backup, a file dropped on the page is imported like a picked one, the
// export reminder appears after 7 days, and persistent storage is asked for after
// the first change.
import { test, expect } from "./fixtures.mjs";
import { App } from "./pages/app.mjs";
import { DataPage, TransferPanel } from "./pages/data.mjs";

test("a replaced workspace comes back from its automatic backup", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=data");
  const data = new DataPage(page);
  await data.replaceWith("Новое пустое пространство");
  await expect(data.clients).toHaveText("0");

  const backups = page.locator("section").filter({ has: page.getByRole("heading", { name: "Резервные копии в браузере" }) });
  const demoBackup = backups.getByRole("listitem").filter({ hasText: "перед заменой" }).filter({ hasText: "Демо: СтройРесурс" });
  await expect(demoBackup).toHaveCount(1);
  await demoBackup.getByRole("button", { name: "Восстановить" }).click();
  await expect(backups.getByRole("status")).toHaveText(/Копия восстановлена/);
  await expect(data.clients).toHaveText("35");
  await expect(page.getByTestId("workspace-name")).toHaveText("Демо: СтройРесурс");
  // The empty workspace it replaced was backed up in its turn.
  await expect(backups.getByRole("listitem").filter({ hasText: "Новое пространство" })).toHaveCount(1);
});

test("a workspace file dropped on the page is previewed and imported", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=data");
  const transfer = new TransferPanel(page);
  const { text } = await transfer.export();
  const doc = JSON.parse(text);
  doc.workspace.name = "Перетащенный файл";
  doc.workspace.clients = doc.workspace.clients.slice(0, 3);

  const drop = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], "перетащенный.json", { type: "application/json" }));
    return dt;
  }, JSON.stringify(doc));
  await page.locator(".drop-zone").dispatchEvent("drop", { dataTransfer: drop });

  await expect(transfer.preview).toContainText("Перетащенный файл");
  // Now 35 clients, from the file 3.
  await expect(transfer.preview.getByRole("row", { name: /Клиентов/ }).getByRole("cell")).toHaveText(["35", "3"]);
  await transfer.confirmReplace();
  await expect(new DataPage(page).clients).toHaveText("3");
});

test("after 7 days without an export, a reminder appears", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=data");
  const reminder = page.getByText("С последнего экспорта прошло больше 7 дней");
  await expect(page.getByTestId("last-export")).toContainText("ещё не было");
  await expect(reminder).toHaveCount(0);

  // The last export was 8 days ago (written straight into the app's meta store).
  await page.evaluate(async () => {
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString();
    await new Promise((ok, fail) => {
      const open = indexedDB.open("kam-studio");
      open.onerror = fail;
      open.onsuccess = () => {
        const tx = open.result.transaction("meta", "readwrite");
        tx.objectStore("meta").put(eightDaysAgo, "last_export");
        tx.oncomplete = () => { open.result.close(); ok(); };
        tx.onerror = fail;
      };
    });
  });
  await page.reload();
  await expect(reminder).toBeVisible();
  await new TransferPanel(page).export();
  await expect(reminder).toHaveCount(0);
});

test("persistent storage is requested after the first change, and the page says the answer", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=data");
  const state = page.getByTestId("persist-state");
  await expect(state).toHaveText(/запрашивается после первого изменения|не разрешено|разрешено/);
  const data = new DataPage(page);
  await data.fill("Наша компания", "Первое изменение");
  await data.save();
  await new TransferPanel(page).waitSaved();
  await expect(state).toHaveText(/^Постоянное хранение (разрешено|не разрешено)/);
  await expect(page.getByText(/^Занято .+ из .+/)).toBeVisible();
});
