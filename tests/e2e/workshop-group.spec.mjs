// The whole workshop with several browsers, as in a room: the facilitator creates a
// session; six participants (each a separate browser context, like their phones) open
// the session link, rate, and return their ballots — three by link, three by code;
// the facilitator's results equal the figures worked out by hand; round 2 converges;
// the projector shows no participant's name.
import { test, expect } from "./fixtures.mjs";
import { baseURL } from "./playwright.config.mjs";
import { App } from "./pages/app.mjs";
import { WorkshopPage } from "./pages/workshop.mjs";
import { WorkshopResults } from "./pages/workshop-results.mjs";
import { BallotPage } from "./pages/ballot-page.mjs";

const NAMES = ["Анна", "Борис", "Вера", "Глеб", "Дарья", "Егор"];
// Every participant gives us one rating and every competitor another, on every
// criterion, so each company's weighted score is the mean of those ratings.
const ROUND1 = [[9, 5], [8, 6], [9, 5], [10, 5], [3, 7], [9, 4]];
const ROUND2 = [[8, 5], [8, 6], [8, 5], [9, 5], [7, 6], [8, 5]];

/** A participant's phone: opens `link`, rates us `us` and the others `rival`, sends. */
async function participant(browser, link, name, [us, rival]) {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const ballot = new BallotPage(page);
  await page.goto(link);
  await expect(ballot.heading).toBeVisible();
  await ballot.name.fill(name);
  const all = ballot.selects;
  const count = await all.count();
  expect(count).toBe(50); // 10 criteria × (us + 4 competitors)
  for (let i = 0; i < count; i++) await all.nth(i).selectOption(String(rival));
  const ours = page.getByRole("main").getByRole("combobox", { name: /\(мы\)$/ });
  await expect(ours).toHaveCount(10);
  for (let i = 0; i < 10; i++) await ours.nth(i).selectOption(String(us));
  await expect(ballot.progress).toContainText("50 из 50");
  await ballot.done.click();
  await expect(ballot.sentHeading).toBeVisible();
  const returned = { link: await ballot.link.inputValue(), code: await ballot.code.inputValue() };
  await context.close();
  return returned;
}

test("six phones rate two rounds; the results are the hand-computed ones and converge", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const app = new App(page);
  await app.open("?s=competition");
  const ws = new WorkshopPage(page);
  await ws.newSession();
  await expect(ws.session).toHaveValue("2");
  await page.getByLabel("Ключевой клиент (чьими глазами смотрим)").selectOption({ label: "ГК «Невская линия»" });
  const link1 = await page.getByLabel("Ссылка на сессию").inputValue();
  expect(link1).toContain("#join=");

  // Round 1: three return a link (opened on the facilitator's laptop), three a code.
  for (let p = 0; p < 6; p++) {
    const back = await participant(browser, link1, NAMES[p], ROUND1[p]);
    if (p < 3) {
      // Opening the link loads the page anew: what came before must be on disk.
      await ws.waitSaved();
      await page.goto(back.link);
    } else {
      await ws.addBallot(back.code);
    }
    // The new session is anonymous: the notice numbers the ballot, never names it.
    await expect(ws.notice).toContainText(`: Участник ${p + 1}`);
    await expect(ws.ballotCount).toHaveText(`Получено бюллетеней: ${p + 1}`);
  }

  // Round 1 by hand: us 9, 8, 9, 10, 3, 9 → 48 / 6 = 8 on every criterion, so the
  // weighted score is 8,00; every competitor 5, 6, 5, 5, 7, 4 → 32 / 6 = 5,33.
  // Relative strength 8 / 5,3333 = 1,50. Our cells: deviations 1, 0, 1, 2, −5, 1 →
  // 32 / 5 = 6,4 → STDEV.S 2,53 ≥ 2: disputed.
  const results = new WorkshopResults(page);
  await expect(results.scoreRow("СтройРесурс")).toContainText("8,00");
  await expect(results.scoreRow("Теплоникс")).toContainText("5,33");
  await expect(results.section).toContainText("1,50");
  await expect(results.cell("Цена", 0)).toContainText("8,0");
  await expect(results.cell("Цена", 0)).toContainText("спорно");
  // Bias: five put us above every competitor on all ten criteria (halo), Дарья
  // (3 against 7) below every one (horns). The session is anonymous: no names.
  await expect(results.bias.getByText("лучше всех во всём")).toHaveCount(5);
  await expect(results.bias.getByText("хуже всех во всём")).toHaveCount(1);
  for (const name of NAMES) await expect(results.bias).not.toContainText(name);

  // Round 2 after the discussion: a new link for the new round.
  await page.getByRole("button", { name: "Начать следующий раунд" }).click();
  await expect(page.getByRole("heading", { name: /Бюллетени · раунд 2/ })).toBeVisible();
  const link2 = await page.getByLabel("Ссылка на сессию").inputValue();
  expect(link2).not.toBe(link1);
  for (let p = 0; p < 6; p++) {
    const back = await participant(browser, link2, NAMES[p], ROUND2[p]);
    await ws.addBallot(back.code);
    await expect(ws.ballotCount).toHaveText(`Получено бюллетеней: ${p + 1}`);
  }
  // Mean spread (STDEV.S averaged over the 50 cells), by hand:
  // round 1 — our 10 cells 2,5298, the 40 others (5 6 5 5 7 4: squares of deviations
  // from 5,3333 add up to 5,3333, / 5 → 1,0328): (25,298 + 41,312) / 50 = 1,33;
  // round 2 — ours 8 8 8 9 7 8 → √(2 / 5) = 0,6325, others 5 6 5 5 6 5 → √(1,3333 / 5)
  // = 0,5164: (6,325 + 20,656) / 50 = 0,54. The group converged.
  await expect(results.convergence).toHaveText("Средний разброс: раунд 1 — 1,33; раунд 2 — 0,54 (сошлись)");
  await expect(results.scoreRow("СтройРесурс")).toContainText("8,00");

  // The projector: large type, no editing, no names.
  await results.projector.click();
  await expect(page.locator(".ws-setup")).toBeHidden();
  for (const name of NAMES) await expect(page.getByRole("main")).not.toContainText(name);
  await page.keyboard.press("Escape");
  await expect(page.locator(".ws-setup")).toBeVisible();

  // The portfolio matrix takes our strength for ГК «Невская линия» from the session.
  await app.open("?s=clients");
  await page.getByRole("tab", { name: "Портфельная матрица" }).click();
  await expect(page.getByTestId("strength-from-session")).toContainText("ГК «Невская линия»");
});
