// Page object of the participant's ballot page (a session link, `#join=<code>`): the
// heading, one group of rating selects per criterion (each named «<criterion> —
// <company>»), the progress line, «Готово», the question about unset cells and the
// sent ballot's link, code and file.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "@playwright/test";

/** The invite code of the demo workspace's session, kept by `tests/ballot_fixture.rs`. */
export const DEMO_INVITE = readFileSync(
  fileURLToPath(new URL("../fixtures/demo-invite.txt", import.meta.url)),
  "utf8",
).trim();

export class BallotPage {
  constructor(page) {
    this.page = page;
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { level: 1 });
    this.progress = page.getByTestId("ballot-progress");
    this.name = page.getByLabel(/^Ваше имя|^Your name/);
    this.done = page.getByRole("button", { name: /^(Готово|Done)$/ });
    this.question = page.getByRole("alert").filter({ hasText: /Без оценки|without a rating/ });
    this.sendAsIs = page.getByRole("button", { name: /Отправить как есть|Send as is/ });
    this.sentHeading = page.getByRole("heading", { name: /Оценки готовы|ratings are ready/ });
    this.link = page.getByRole("textbox", { name: /Ссылка для ведущего|Link for the facilitator/ });
    this.code = page.getByRole("textbox", { name: /Короткий код|Short code/ });
    this.notice = page.getByRole("status");
    this.edit = page.getByRole("button", { name: /Изменить оценки|Change the ratings/ });
    this.selects = this.main.getByRole("combobox");
  }

  /** Opens the session link with `code` (the demo session's by default). */
  async open(code = DEMO_INVITE) {
    await this.page.goto(`./#join=${code}`);
    await expect(this.heading).toBeVisible();
  }

  /** The group of selects of a criterion. */
  criterion(name) {
    return this.main.getByRole("group", { name, exact: true });
  }

  /** The select of `subject` under `criterion` (ours is named «… (мы)»). */
  rating(criterion, subject) {
    return this.main.getByRole("combobox", { name: `${criterion} — ${subject}` });
  }

  /** Presses «Готово» and, when asked about unset cells, «Отправить как есть». */
  async sendAsItIs() {
    await this.done.click();
    await expect(this.question).toBeVisible();
    await this.sendAsIs.click();
    await expect(this.sentHeading).toBeFocused();
  }

  /** Clicks «Скачать файл» and returns the file's name and text. */
  async download() {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: /Скачать файл|Download a file/ }).click(),
    ]);
    const { readFile } = await import("node:fs/promises");
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
  }

  /** How far the page scrolls sideways (0 when it fits the screen). */
  overflow() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }
}
