// Page object of the «Профиль» tab (the key-client profile editor) and of the ranking
// it drives. Every field is found by its accessible name, «<поле>: <критерий>».
import { expect } from "@playwright/test";

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export class ProfilePage {
  constructor(page) {
    this.page = page;
    this.list = page.getByRole("list", { name: "Критерии профиля" });
    this.headings = this.list.getByRole("heading", { level: 3 });
    this.refused = page.getByRole("alert");
    this.deletedNote = page.getByRole("status").filter({ hasText: "Критерий удалён" });
    this.saveStatus = page.getByTestId("save-status");
  }

  /** The card of a criterion (its heading is «N. name», maybe with the «не измерим» flag). */
  card(name) {
    const heading = new RegExp(`^\\d+\\. ${escape(name)}( не измерим.*)?$`);
    return this.list.getByRole("listitem").filter({ has: this.page.getByRole("heading", { name: heading }) });
  }

  /** A text or number field of a criterion, e.g. field("Вес", "Объём ввода жилья"). */
  field(label, criterion) {
    return this.page.getByRole("textbox", { name: `${label}: ${criterion}`, exact: true });
  }

  weight(criterion) {
    return this.field("Вес", criterion);
  }

  /** The weight's share of the total, e.g. «16 %». */
  share(criterion) {
    return this.card(criterion).getByTestId("share");
  }

  select(label, criterion) {
    return this.page.getByRole("combobox", { name: `${label}: ${criterion}`, exact: true });
  }

  button(label, criterion) {
    return this.page.getByRole("button", { name: `${label}: ${criterion}`, exact: true });
  }

  /**
   * Types into a field and commits it with Enter, as a user would, then lets the
   * change be applied: the app applies it in a task of its own (profile/edit.rs), and
   * a person cannot type again within it; a test that does retypes under the
   * rewritten list (its next field's text selected a moment too early).
   */
  async type(label, criterion, value) {
    const field = this.field(label, criterion);
    await field.fill(value);
    await field.press("Enter");
    await this.page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  }

  async setWeight(criterion, value) {
    await this.type("Вес", criterion, value);
  }

  /** The criteria in profile order, by name. */
  async names() {
    const headings = await this.headings.allInnerTexts();
    return headings.map((h) => h.replace(/^\d+\.\s*/, "").replace(/\s*не измерим.*$/, "").trim());
  }

  async waitSaved() {
    await expect(this.saveStatus).toHaveText(/^Сохранено в \d\d:\d\d$/);
  }
}

/** The ranking table of the «Рейтинг» tab. */
export class RankingTable {
  constructor(page) {
    this.page = page;
    this.rows = page.getByTestId("ranking").locator("tbody tr");
  }

  /** Client names of the first `n` rows, best first. */
  async top(n) {
    await expect(this.rows).toHaveCount(35);
    const names = await this.rows.getByRole("rowheader").allInnerTexts();
    return names.slice(0, n).map((s) => s.trim());
  }

  /** The first `n` rows as «name score» (score as shown, ru-RU). */
  async topScores(n) {
    await expect(this.rows).toHaveCount(35);
    const out = [];
    for (let i = 0; i < n; i++) {
      const cells = await this.rows.nth(i).locator("th, td").allInnerTexts();
      out.push(`${cells[1].trim()} ${cells[3].trim()}`);
    }
    return out;
  }
}
