// Page object of the KAM Studio shell: navigation, language switch, sections.
import { expect } from "@playwright/test";

export const SECTIONS = {
  ru: ["Клиенты и портфель", "Конкурентный анализ", "Спецпредложения", "План и бюджет", "Данные"],
  en: ["Clients & portfolio", "Competitive analysis", "Special offers", "Plan & budget", "Data"],
};

export class App {
  constructor(page) {
    this.page = page;
    this.nav = page.getByRole("navigation");
    this.main = page.getByRole("main");
  }

  /** Opens the app at its sub-folder root and waits until the shell is mounted. */
  async open(query = "") {
    await this.page.goto(`./${query}`);
    await expect(this.nav.getByRole("link").first()).toBeVisible();
  }

  async goTo(sectionName) {
    await this.nav.getByRole("link", { name: sectionName, exact: true }).click();
    await expect(this.heading).toHaveText(sectionName);
  }

  get heading() {
    return this.main.getByRole("heading", { level: 1 });
  }

  languageButton(name) {
    return this.page.getByRole("group", { name: /Язык интерфейса|Interface language/ }).getByRole("button", { name });
  }

  async switchLanguage(name) {
    await this.languageButton(name).click();
    await expect(this.languageButton(name)).toHaveAttribute("aria-pressed", "true");
  }
}
