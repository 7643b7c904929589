#!/usr/bin/env node
// Measures the time from navigation start until the app is mounted (its section
// navigation is in the DOM) in headless Debian Chromium: median of N cold loads
// (fresh browser context each), without and with 4x CPU throttling.
//   node scripts/measure-mount.mjs [--runs 5] [--dir dist]
import { median, option, startBench } from "./bench-browser.mjs";

const runs = Number(option("runs", 5));
const bench = await startBench({ dir: option("dir", "dist"), port: Number(option("port", 4199)) });
const { browser, url } = bench;

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

try {
  for (const throttle of [1, 4]) {
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await once(throttle));
    const label = throttle === 1 ? "no throttling" : `${throttle}x CPU throttling`;
    console.log(`mount time, ${label}: median ${median(times).toFixed(0)} ms  (runs: ${times.map((t) => t.toFixed(0)).join(", ")})`);
  }
} finally {
  await bench.close();
}
