// Shared test fixture: every page is watched for console errors, uncaught exceptions
// and requests that leave the app's origin; a test fails if any occurred.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL).origin;
      const problems = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
      });
      page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
      page.on("request", (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
          problems.push(`request outside the origin: ${url}`);
        }
      });
      await use(problems);
      expect(problems, "console errors, page errors or foreign requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
