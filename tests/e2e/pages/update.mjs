// Page object of the offline layer: the service worker that controls the page and the
// «Доступна новая версия — обновить» bar.
import { expect } from "@playwright/test";

export class Offline {
  constructor(page) {
    this.page = page;
    this.banner = page
      .getByRole("status")
      .filter({ hasText: /Доступна новая версия|A new version is available/ });
    this.updateButton = this.banner.getByRole("button", { name: /Обновить|Update/ });
  }

  /** Waits until a service worker is active and controls the page (reloads once if it does not). */
  async waitUntilControlled() {
    await this.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const controlled = () => this.page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!(await controlled())) {
      // clients.claim() normally takes the first page over; a reload always does.
      await this.page.reload();
      await this.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    }
    await expect.poll(controlled).toBe(true);
  }

  /** The VERSION of the worker that controls the page, as the worker itself reports it. */
  async workerVersion() {
    return this.page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const worker = navigator.serviceWorker.controller;
          if (!worker) return reject(new Error("the page has no controlling service worker"));
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => resolve(event.data.version);
          worker.postMessage({ type: "VERSION" }, [channel.port2]);
        }),
    );
  }

  /** Names of the caches of this origin (the worker keeps one, `kam-studio-<version>`). */
  async cacheNames() {
    return this.page.evaluate(() => caches.keys());
  }

  /** Paths (relative to the app folder) of the requests in cache `name`. */
  async cachedPaths(name) {
    return this.page.evaluate(async (cacheName) => {
      const base = new URL("./", document.baseURI).href;
      const keys = await (await caches.open(cacheName)).keys();
      return keys.map((request) => "./" + request.url.slice(base.length)).sort();
    }, name);
  }

  /** Asks the browser to look for a new sw.js now (as it does on navigations). */
  async checkForUpdate() {
    await this.page.evaluate(() =>
      navigator.serviceWorker.getRegistration().then((registration) => registration.update()),
    );
  }

  /** Clicks «Обновить» and waits until the page has reloaded into the new build. */
  async applyUpdate() {
    const reloaded = this.page.waitForEvent("load");
    await this.updateButton.click();
    await reloaded;
  }
}
