#!/usr/bin/env node
// Measures the time from navigation start until the app is mounted (its section
// navigation is in the DOM) in headless Debian Chromium: median of N cold loads
// (fresh browser context each), without and with 4x CPU throttling.
//   node scripts/measure-mount.mjs [--runs 5] [--dir dist]
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const runs = Number(opt("runs", 5));
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dir = resolve(root, opt("dir", "dist"));
const port = Number(opt("port", 4199));
const url = `http://127.0.0.1:${port}/kam/`;

const server = spawn("node", [resolve(root, "scripts/serve.mjs"), "--dir", dir, "--prefix", "/kam/", "--port", String(port)], {
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise((ok) => server.stdout.once("data", ok));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
});

// Records the moment the shell's navigation first appears.
const probe = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector("nav.sections a")) {
      window.__mountedAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function once(throttle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.addInitScript(probe);
  await page.goto(url);
  await page.waitForFunction(() => window.__mountedAt !== undefined, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__mountedAt);
  await context.close();
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

try {
  for (const throttle of [1, 4]) {
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await once(throttle));
    const label = throttle === 1 ? "no throttling" : `${throttle}x CPU throttling`;
    console.log(`mount time, ${label}: median ${median(times).toFixed(0)} ms  (runs: ${times.map((t) => t.toFixed(0)).join(", ")})`);
  }
} finally {
  await browser.close();
  server.kill();
}
