#!/usr/bin/env node
// What Chromium's rendering of one keystroke costs on this machine before any app:
// an empty page with one text field and one line of text, under the same CPU
// throttling as measure-offers.mjs and trace-offers.mjs. For each of N changes (a new
// value in the field; a new text in the line) the main thread's style, layout,
// pre-paint, paint and layerize of the frame that shows it are added up from a trace
// (nested events once). The floor under which no page's "work + rendering" can go.
//   node scripts/render-floor.mjs [--runs 30] [--throttle 4] [--port 4195]
import { median, option, startBench } from "./bench-browser.mjs";

const runs = Number(option("runs", 30));
const throttle = Number(option("throttle", 4));
const RENDER = new Set(["UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit"]);
const bench = await startBench({ port: Number(option("port", 4195)) });
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

try {
  const page = await bench.browser.newPage();
  await page.setContent(`<html lang="ru"><body><input id="i" value="1"><p><span id="s">123</span></p></body></html>`);
  await page.locator("#i").focus();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  const changes = {
    "a value typed in the field": `document.querySelector("#i").value = String(10 + k % 80)`,
    "a new text in the line": `document.getElementById("s").firstChild.nodeValue = String(100 + k % 800)`,
  };
  for (const [name, code] of Object.entries(changes)) {
    await bench.browser.startTracing(page, { categories: ["devtools.timeline", "blink.user_timing"] });
    for (let k = 0; k < runs; k++) {
      await page.evaluate(`{ const k = ${k}; performance.mark("change-${k}"); ${code}; }`);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 40))));
    }
    const trace = JSON.parse((await bench.browser.stopTracing()).toString());
    const events = trace.traceEvents.filter((e) => e.ph === "X").sort((a, b) => a.ts - b.ts);
    const sums = [];
    for (const mark of trace.traceEvents.filter((e) => /^change-\d+$/.test(e.name))) {
      const paint = events.find((e) => e.name === "Paint" && e.ts >= mark.ts);
      if (!paint) continue;
      let sum = 0;
      let coveredUntil = -Infinity;
      for (const e of events) {
        if (e.ts < mark.ts || e.ts > paint.ts + paint.dur || !RENDER.has(e.name) || e.ts < coveredUntil) continue;
        coveredUntil = e.ts + e.dur;
        sum += e.dur / 1000;
      }
      sums.push(sum);
    }
    console.log(`empty page, ${throttle}× throttling, ${name}: rendering median ${median(sums).toFixed(1)} ms, p95 ${p95(sums).toFixed(1)} ms (${sums.length} changes)`);
  }
} finally {
  await bench.close();
}
