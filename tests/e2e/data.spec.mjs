// «Данные»: settings accept numbers typed the Russian or the English way, refuse bad
// input with the field's name and change nothing; the workspace can be reset to the
// demo or replaced by an empty one.
import { test, expect } from "./fixtures.mjs";
import { App } from "./pages/app.mjs";
import { ClientsPage } from "./pages/clients.mjs";
import { DataPage } from "./pages/data.mjs";

const DISCOUNT = "Ставка дисконтирования, %";
const HORIZON = "Горизонт планирования, лет";

test("a rate typed with a decimal comma or a dot is saved and shown the Russian way", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=data");
  const data = new DataPage(page);
  await expect(data.field(DISCOUNT)).toHaveValue("18");

  await data.fill(DISCOUNT, "12,5");
  await data.save();
  await expect(data.saved).toBeVisible();
  await expect(data.field(DISCOUNT)).toHaveValue("12,5");

  await data.fill(DISCOUNT, " 9.75 % ");
  await data.save();
  await expect(data.saved).toBeVisible();
  await expect(data.field(DISCOUNT)).toHaveValue("9,75");

  // The same stored value, shown to an English reader with a decimal point.
  await app.switchLanguage("English");
  await expect(page.getByLabel("Discount rate, %", { exact: true })).toHaveValue("9.75");
});

test("bad input names the field and changes nothing", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=data");
  const data = new DataPage(page);

  await data.fill(DISCOUNT, "двенадцать");
  await data.fill(HORIZON, "25");
  await data.save();
  // Parsing comes first: the rate is not a number; nothing else is judged yet.
  await expect(data.problems).toContainText(`${DISCOUNT}: введите число, например 1 234,5`);
  await expect(data.saved).toBeHidden();

  await data.fill(DISCOUNT, "12,5");
  await data.save();
  await expect(data.problems).toContainText(`${HORIZON}: допустимо от 1 до 10`);

  await data.fill(DISCOUNT, "150");
  await data.fill(HORIZON, "5");
  await data.save();
  await expect(data.problems).toContainText(`${DISCOUNT}: допустимо от 0 до 100`);

  // Nothing was stored: a fresh view of the page shows the demo's values.
  await app.goTo("Клиенты и портфель");
  await app.goTo("Данные");
  await expect(data.field(DISCOUNT)).toHaveValue("18");
  await expect(data.field(HORIZON)).toHaveValue("5");
});

test("a new empty workspace explains itself; reset to demo brings the demo back", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=data");
  const data = new DataPage(page);
  await expect(data.clients).toHaveText("35");

  // Cancelling the confirmation keeps everything.
  await page.getByRole("button", { name: "Новое пустое пространство" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Отмена" }).click();
  await expect(data.clients).toHaveText("35");

  await data.replaceWith("Новое пустое пространство");
  await expect(page.getByRole("status").filter({ hasText: "Создано новое пустое пространство." })).toBeVisible();
  await expect(data.clients).toHaveText("0");
  await expect(page.getByTestId("workspace-name")).toHaveText("Новое пространство");

  await app.goTo("Клиенты и портфель");
  const clients = new ClientsPage(page);
  await expect(clients.empty).toBeVisible();
  await expect(clients.table).toHaveCount(0);

  await app.goTo("Данные");
  await data.replaceWith("Сбросить к демо");
  await expect(data.clients).toHaveText("35");
  await app.goTo("Клиенты и портфель");
  await expect(clients.rows).toHaveCount(35);
});
