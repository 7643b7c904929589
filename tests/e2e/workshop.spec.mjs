// «Конкурентный анализ», the facilitator: a participant's returned ballot is added by
// pasted code or by opening the returned link, a duplicate or a damaged code is
// refused with a clear message and changes nothing; a new session starts with ten
// criteria worth 100 points, warns below ten, and shows its link and QR code.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.mjs";
import { App } from "./pages/app.mjs";
import { WorkshopPage } from "./pages/workshop.mjs";

// Женя's round-2 ballot for the demo session (tests/workshop_ballot_fixture.rs).
const CODE = readFileSync(new URL("./fixtures/demo-ballot.txt", import.meta.url), "utf8").trim();
const TITLE = "ГК «Северный квартал» глазами клиента";

test("a returned ballot is added once, by code or by link, and survives a reload", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=competition");
  const ws = new WorkshopPage(page);
  await expect(ws.session).toHaveValue("1");
  await expect(page.getByRole("heading", { name: /Бюллетени · раунд 2/ })).toBeVisible();
  await expect(ws.ballotCount).toHaveText("Получено бюллетеней: 6");

  await ws.addBallot(CODE);
  // The session is anonymous (it may be on the projector): no name in the notice.
  await expect(ws.notice).toHaveText(`Бюллетень добавлен в сессию «${TITLE}»: Участник 7`);
  await expect(ws.ballotCount).toHaveText("Получено бюллетеней: 7");
  // The list numbers the participants too.
  await expect(ws.ballotList.nth(6)).toContainText("Участник 7");
  await expect(ws.ballotList.nth(6)).not.toContainText("Женя");

  // The same ballot again is refused and counted once.
  await ws.addBallot(CODE);
  await expect(ws.notice).toContainText("этот бюллетень уже добавлен");
  await expect(ws.ballotCount).toHaveText("Получено бюллетеней: 7");

  // A damaged code (one character changed) and a cut one are refused clearly.
  const i = Math.floor(CODE.length / 2);
  const changed = CODE.slice(0, i) + (CODE[i] === "A" ? "B" : "A") + CODE.slice(i + 1);
  await ws.addBallot(changed);
  await expect(ws.notice).toHaveText(/Код повреждён или обрезан|Это не бюллетень KAM Studio/);
  await ws.addBallot(CODE.slice(0, 40));
  await expect(ws.notice).toHaveText(/Код повреждён или обрезан|Это не бюллетень KAM Studio/);
  await expect(ws.ballotCount).toHaveText("Получено бюллетеней: 7");

  await ws.waitSaved();
  await page.reload();
  await expect(ws.ballotCount).toHaveText("Получено бюллетеней: 7");

  // Removed, then returned as a link opened on the facilitator's laptop.
  await page.getByRole("button", { name: "Удалить бюллетень: Участник 7" }).click();
  await expect(ws.ballotCount).toHaveText("Получено бюллетеней: 6");
  // Opening the link loads the page anew: the removal must be on disk first.
  await ws.waitSaved();
  await page.goto(`./?s=competition#ballot=${CODE}`);
  await expect(ws.notice).toHaveText(`Бюллетень добавлен в сессию «${TITLE}»: Участник 7`);
  await expect(ws.ballotCount).toHaveText("Получено бюллетеней: 7");
  await expect(page).not.toHaveURL(/#ballot=/);
});

test("a new session has ten starter criteria worth 100 points, warns below ten and shows its QR code", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=competition");
  const ws = new WorkshopPage(page);
  await ws.newSession();
  await expect(ws.session).toHaveValue("2");
  await expect(ws.criterionRows()).toHaveCount(10);
  await expect(ws.importanceTotal).toHaveText("100");
  await expect(ws.fewCriteria).toHaveCount(0);
  await expect(ws.qr).toBeVisible();
  await expect(ws.linkInfo).toContainText("версия QR:");

  await page.getByRole("button", { name: "Удалить критерий Цена" }).click();
  await expect(ws.criterionRows()).toHaveCount(9);
  await expect(ws.importanceTotal).toHaveText("90");
  await expect(ws.fewCriteria).toContainText("Критериев: 9");

  // Importance typed the Russian way; a word is refused with the field named.
  await page.getByLabel("Важность, баллы — Сроки поставки").fill("12,5");
  await page.getByLabel("Важность, баллы — Сроки поставки").press("Tab");
  await expect(ws.importanceTotal).toHaveText("92,5");
  await page.getByLabel("Важность, баллы — Сроки поставки").fill("много");
  await page.getByLabel("Важность, баллы — Сроки поставки").press("Tab");
  await expect(ws.notice).toContainText("не число");
  await expect(ws.importanceTotal).toHaveText("92,5");

  // A competitor left out, the client chosen, the link kept private: all saved.
  const online = page.getByRole("checkbox", { name: "СтройМаркет Онлайн" });
  await online.uncheck();
  await page.getByLabel("Ключевой клиент (чьими глазами смотрим)").selectOption({ label: "СК «Монолит-Строй»" });
  await ws.waitSaved();
  await page.reload();
  await expect(ws.session).toHaveValue("2");
  await expect(online).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Теплоникс" })).toBeChecked();
  await expect(page.getByLabel("Ключевой клиент (чьими глазами смотрим)")).toHaveValue("4");
  await expect(ws.criterionRows()).toHaveCount(9);
});

test("the round's results download as CSV with the hand-computed price cell", async ({ page }) => {
  const app = new App(page);
  await app.open("?s=competition");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Скачать результаты (CSV)" }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^ГК-Северный-квартал-глазами-клиента-Раунд-2-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await file.path(), "utf8");
  const lines = text.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toBe(
    "Раунд;Критерий;Важность, баллы;Компания;Оценок;Среднее;Медиана;Стандартное отклонение;Межквартильный размах;Спорно",
  );
  // Round 2, price, us: 5, 6, 5, 5, 4, 5 → mean 30 / 6 = 5, median 5; deviations
  // 0, 1, 0, 0, −1, 0 → STDEV.S = √(2 / 5) = 0,6325; sorted 4 5 5 5 5 6 → Q1 = Q3 = 5, IQR 0.
  expect(lines[1]).toBe("2;Цена;20;СтройРесурс;6;5;5;0,6325;0;");
  // 10 criteria × 5 companies, then 5 weighted scores, then the final CRLF.
  expect(lines.length).toBe(1 + 50 + 5 + 1);
  expect(lines[51]).toMatch(/^2;Взвешенная оценка;;СтройРесурс;;7,3567;/);
});

test("pass the laptop: a ballot filled in a tab of this browser arrives at once and the form starts empty", async ({ page, context }) => {
  const app = new App(page);
  await app.open("?s=competition");
  const ws = new WorkshopPage(page);
  await expect(ws.ballotCount).toHaveText("Получено бюллетеней: 6");
  const opening = context.waitForEvent("page");
  await page.getByRole("button", { name: "Оценивать на этом ноутбуке по очереди" }).click();
  const tab = await opening;
  await expect(tab.getByTestId("pass-banner")).toBeVisible();
  await tab.getByLabel("Ваше имя (можно оставить пустым — анонимно)").fill("Зоя");
  await tab.getByLabel("Цена — СтройРесурс (мы)").selectOption("8");
  await tab.getByRole("button", { name: "Готово" }).click();
  await tab.getByRole("button", { name: "Отправить как есть" }).click();
  // The facilitator's tab takes the ballot; the laptop's form is empty again.
  await expect(ws.ballotCount).toHaveText("Получено бюллетеней: 7");
  await expect(ws.notice).toContainText("Участник 7");
  await expect(ws.notice).not.toContainText("Зоя");
  await expect(tab.getByTestId("pass-banner")).toContainText("Передано бюллетеней: 1");
  await expect(tab.getByLabel("Цена — СтройРесурс (мы)")).toHaveValue("");
  await expect(tab.getByLabel("Ваше имя (можно оставить пустым — анонимно)")).toHaveValue("");
});
