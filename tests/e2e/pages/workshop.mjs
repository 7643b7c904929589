// Page object of «Конкурентный анализ» (the facilitator's side): session setup, the
// invitation, and collecting ballots.

export class WorkshopPage {
  constructor(page) {
    this.page = page;
    this.session = page.getByLabel(/^Сессия$|^Session$/);
    this.notice = page.getByTestId("ws-notice");
    this.ballotCount = page.getByTestId("ws-ballot-count");
    this.ballotList = page.locator("ol.ws-ballot-list > li");
    this.paste = page.getByLabel(/Ссылка или код бюллетеня от участника|A participant's ballot link or code/);
    this.linkInfo = page.getByTestId("ws-link-info");
    this.qr = page.getByRole("img", { name: /QR-код ссылки на сессию|QR code of the session link/ });
    this.importanceTotal = page.getByTestId("ws-importance-total");
    this.fewCriteria = page.getByTestId("ws-few-criteria");
  }

  /** Pastes a link or code into the ballot box and adds it. */
  async addBallot(text) {
    await this.paste.fill(text);
    await this.page.getByRole("button", { name: /^Добавить бюллетень$|^Add ballot$/ }).click();
  }

  /** Waits until the autosave has written the last change (a change shown on screen
   *  has marked the workspace unsaved; «saved» means no change waits). */
  async waitSaved() {
    await this.page.getByTestId("save-status").filter({ hasText: /Сохранено в|Saved at/ }).waitFor();
  }

  async newSession() {
    await this.page.getByRole("button", { name: /^Новая сессия$|^New session$/ }).click();
  }

  criterionRows() {
    return this.page.locator("table.ws-criteria tbody tr");
  }
}
