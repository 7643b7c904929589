// The participant's ballot page on a phone: a session link opens the rating form
// alone (no workspace), the draft survives a reload, «Готово» asks about unset cells,
// and the sent ballot comes back as a `#ballot=` link, a short code and a file, the
// same ballot every time it is sent. A damaged link says what is wrong.
import { test, expect } from "./fixtures.mjs";
import { BallotPage, DEMO_INVITE } from "./pages/ballot-page.mjs";

const TITLE = "ГК «Северный квартал» глазами клиента";
const US = "СтройРесурс";

test.use({ viewport: { width: 360, height: 740 } });

test("a participant rates on a phone, keeps the draft over a reload and sends the ballot", async ({ page }) => {
  const ballot = new BallotPage(page);
  await ballot.open();
  await expect(ballot.heading).toHaveText(TITLE);
  await expect(page).toHaveTitle(`${TITLE} — Бюллетень`);
  // The workspace is not loaded: no sections, no workspace name.
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(ballot.progress).toHaveText("Заполнено 0 из 50");
  await expect(ballot.selects).toHaveCount(50);
  expect(await ballot.overflow()).toBeLessThanOrEqual(0);
  const box = await ballot.rating("Цена", US).boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  // The progress line and «Готово» stay at the bottom of the screen.
  const done = await ballot.done.boundingBox();
  expect(done.height).toBeGreaterThanOrEqual(44);
  expect(done.y).toBeGreaterThan(740 - 100);
  expect(done.y + done.height).toBeLessThanOrEqual(740);

  // Our company first, marked «мы»; every select is named «criterion — company».
  const price = ballot.criterion("Цена").getByRole("combobox");
  await expect(price).toHaveCount(5);
  await expect(price.first()).toHaveAccessibleName(`Цена — ${US} (мы)`);
  await expect(ballot.rating("Цена", "Теплоникс")).toBeVisible();
  const values = ["7", "8", "x", "5", "10"];
  for (const [k, value] of values.entries()) {
    await price.nth(k).selectOption(value);
  }
  await expect(ballot.progress).toHaveText("Заполнено 5 из 50");
  await ballot.name.fill("Анна");

  // Nothing is lost on a reload.
  await page.reload();
  await expect(ballot.heading).toHaveText(TITLE);
  await expect(ballot.progress).toHaveText("Заполнено 5 из 50");
  await expect(ballot.name).toHaveValue("Анна");
  for (const [k, value] of values.entries()) {
    await expect(price.nth(k)).toHaveValue(value);
  }
  await expect(ballot.rating("Сроки поставки", US)).toHaveValue("");

  // «Готово» with unset cells asks first; «Отправить как есть» counts them «не знаю».
  await ballot.done.click();
  await expect(ballot.question).toContainText("Без оценки осталось полей: 45");
  await expect(ballot.sentHeading).toHaveCount(0);
  await ballot.page.getByRole("button", { name: "К первому пустому полю" }).click();
  await expect(ballot.rating("Условия оплаты (отсрочка)", US)).toBeFocused();
  await ballot.sendAsIs.click();
  await expect(ballot.sentHeading).toBeFocused();
  const link = await ballot.link.inputValue();
  const code = await ballot.code.inputValue();
  expect(code).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  expect(new URL(link).pathname).toBe("/kam/");
  expect(link).toContain("#ballot=");
  expect(link.endsWith(`#ballot=${code}`)).toBe(true);
  expect(await ballot.overflow()).toBeLessThanOrEqual(0);

  // The file holds the code; its name carries the ballot's id.
  const file = await ballot.download();
  expect(file.name).toMatch(/^ballot-[A-Za-z0-9_-]{12}\.txt$/);
  expect(file.text).toBe(code);
  await expect(ballot.notice).toHaveText(`Файл сохранён: ${file.name}`);

  // The sent ballot survives a reload; changing it and sending again keeps its id,
  // so the same answers give the very same code.
  await page.reload();
  await expect(ballot.code).toHaveValue(code);
  await ballot.edit.click();
  await expect(ballot.heading).toBeFocused();
  await expect(price.first()).toHaveValue("7");
  await ballot.sendAsItIs();
  await expect(ballot.code).toHaveValue(code);
  await ballot.edit.click();
  await ballot.rating("Цена", US).selectOption("6");
  await ballot.sendAsItIs();
  const changed = await ballot.code.inputValue();
  expect(changed).not.toBe(code);
  const again = await ballot.download();
  expect(again.name).toBe(file.name);
});

test("copying the link puts it on the clipboard and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const ballot = new BallotPage(page);
  await ballot.open();
  await ballot.sendAsItIs();
  await page.getByRole("button", { name: "Скопировать ссылку" }).click();
  await expect(ballot.notice).toHaveText("Ссылка скопирована.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await ballot.link.inputValue());
  await page.getByRole("button", { name: "Скопировать код" }).click();
  await expect(ballot.notice).toHaveText("Код скопирован.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await ballot.code.inputValue());
});

test("when the clipboard refuses, the text is selected for copying by hand", async ({ page }) => {
  // A browser without clipboard access: writeText rejects, execCommand copies nothing.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
    });
    document.execCommand = () => false;
  });
  const ballot = new BallotPage(page);
  await ballot.open();
  await ballot.sendAsItIs();
  await page.getByRole("button", { name: "Скопировать код" }).click();
  await expect(ballot.notice).toHaveText(/^Скопировать автоматически не получилось: текст выделен/);
  await expect(ballot.code).toBeFocused();
  const selected = await ballot.code.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(await ballot.code.inputValue());
});

test("«Поделиться» appears where the browser can share, and shares the return link", async ({ page }) => {
  const ballot = new BallotPage(page);
  const share = page.getByRole("button", { name: "Поделиться" });
  await ballot.open();
  await ballot.sendAsItIs();
  await expect(share).toHaveCount(0); // desktop Chromium on Linux has no share sheet
  await page.addInitScript(() => {
    navigator.share = (data) => {
      window.sharedData = data;
      return Promise.resolve();
    };
  });
  await page.reload();
  await share.click();
  await expect.poll(() => page.evaluate(() => window.sharedData?.url)).toBe(await ballot.link.inputValue());
  expect(await page.evaluate(() => window.sharedData.text)).toContain("ГК «Северный квартал» глазами клиента");
});

test("the ballot page speaks English when switched", async ({ page }) => {
  const ballot = new BallotPage(page);
  await ballot.open();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "English" })).toBeFocused();
  await expect(page.getByRole("group", { name: "Interface language" })).toBeVisible();
  await expect(ballot.progress).toHaveText("Filled in 0 of 50");
  await expect(ballot.rating("Цена", US)).toHaveAccessibleName(`Цена — ${US} (us)`);
  await expect(ballot.done).toBeVisible();
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(ballot.progress).toHaveText("Заполнено 0 из 50");
});

test("a damaged session link says what is wrong and shows nothing else", async ({ page }) => {
  const ballot = new BallotPage(page);
  await ballot.open("abc");
  await expect(ballot.heading).toHaveText("Ссылка на сессию не открывается");
  await expect(page.getByRole("alert")).toHaveText(/^Ссылка повреждена или неполная/);
  await expect(ballot.selects).toHaveCount(0);
  await expect(ballot.done).toHaveCount(0);
  await expect(page.getByRole("navigation")).toHaveCount(0);
});

test("a session link opened in a tab that shows the workspace opens the ballot page", async ({ page }) => {
  await page.goto("./?s=clients");
  await expect(page.getByRole("navigation", { name: "Разделы" })).toBeVisible();
  const ballot = new BallotPage(page);
  await page.evaluate((code) => { window.location.hash = `#join=${code}`; }, DEMO_INVITE);
  await expect(ballot.heading).toHaveText("ГК «Северный квартал» глазами клиента");
  await expect(page.getByRole("navigation", { name: "Разделы" })).toHaveCount(0);
});
