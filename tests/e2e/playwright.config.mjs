// End-to-end suite: Debian's headless Chromium, driven by Playwright, against the
// release build in dist/ served under a sub-folder (/kam/) on loopback.
import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const port = Number(process.env.E2E_PORT ?? 4173);
export const baseURL = `http://127.0.0.1:${port}/kam/`;

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.mjs",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json", { outputFile: resolve(root, "target/e2e-results.json") }]],
  outputDir: resolve(root, "target/e2e-output"),
  use: {
    baseURL,
    browserName: "chromium",
    locale: "ru-RU",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // E2E_DIST lets a second build (another folder) be tested alongside dist/.
    command: `node scripts/serve.mjs --dir ${process.env.E2E_DIST ?? "dist"} --prefix /kam/ --port ${port}`,
    cwd: root,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 20_000,
  },
});
