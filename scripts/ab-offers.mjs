#!/usr/bin/env node
// Two versions of the offers page compared in one sitting: the machine's speed drifts
// by a third within the hour (docs/performance.md), so only keystrokes measured side
// by side compare. On the demo offer, with a field focused (the first variant's
// discount, or --field ID), a discount is typed N times under 4× CPU throttling, as in
// trace-offers.mjs; every --block keystrokes the page switches between A (as built) and
// B (with the style sheet B_CSS, and B_JS run with `on` true/false). A_CSS is added to
// both. For each, the median / p95 of the work (event → the bar's figure in the DOM),
// of the rendering and of each rendering step, from a trace.
//   B_CSS=".fv { position: static }" node scripts/ab-offers.mjs [--runs 80] [--block 5]
//                                                             [--field of-b-discount] [--by-year]
import { median, option, startBench } from "./bench-browser.mjs";
import { keystrokes, p95, typeMarked } from "./keystrokes.mjs";
const runs = Number(option("runs", 80));
const block = Number(option("block", 5));
const field = option("field", "of-discount-0");
// --values 9,10,11 types these (default 6 … 15).
const values = option("values", "6,7,8,9,10,11,12,13,14,15").split(",");
const bench = await startBench({ port: Number(option("port", 4320)) });
try {
  const page = await bench.browser.newPage();
  await page.goto(`${bench.url}?s=offers`);
  await page.getByTestId("of-fig-revenue-0").waitFor();
  await page.evaluate(([css, js, acss]) => {
    const b = document.createElement("style");
    b.id = "ab";
    b.textContent = css;
    b.disabled = true;
    const a = document.createElement("style");
    a.textContent = acss;
    document.head.append(b, a);
    window.__abjs = js ? new Function("on", js) : () => {};
  }, [process.env.B_CSS ?? "", process.env.B_JS ?? "", process.env.A_CSS ?? ""]);
  // --by-year opens the first variant's figures per year (the window scrolls to them)
  // and types without the focus, looking at their first year's revenue.
  const byYear = process.argv.includes("--by-year");
  if (byYear) {
    await page.locator('[data-act="by-year"][data-v="0"]').click();
    await page.getByTestId("of-yr-revenue-1").waitFor();
  } else await page.locator(`#${field}`).focus();
  const watched = byYear ? "of-yr-revenue-1" : "of-live-contribution";
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // Warm (the first keystrokes run code not yet optimised): the values once over,
  // before the trace.
  for (const [w, value] of values.entries()) await typeMarked(page, { value, i: `warm${w}`, watched, field });
  await bench.browser.startTracing(page, { categories: ["devtools.timeline", "blink.user_timing"] });
  const cfg = [];
  // Each arm types the same values in the same order: a value that
  // changes more than the figures (a note appearing) weighs on both alike.
  // (Each value differs from the one before: every keystroke changes the figures.)
  const typed = { false: 0, true: 0 };
  for (let i = 0; i < runs; i++) {
    const b = Math.floor(i / block) % 2 === 1;
    cfg.push(b);
    const value = values[typed[b]++ % values.length];
    await page.evaluate(async ([field, b, byYear]) => {
      const s = document.getElementById("ab");
      if (s.disabled !== b) return;
      // Switched: the style and the layout settle before the next keystroke.
      s.disabled = !b;
      window.__abjs(b);
      if (!byYear) document.querySelector(`#${field}`).focus();
      for (let f = 0; f < 3; f++) await new Promise((r) => requestAnimationFrame(() => r()));
      await new Promise((r) => setTimeout(r, 100));
    }, [field, b, byYear]);
    await typeMarked(page, { value, i, watched, field });
  }
  const trace = JSON.parse((await bench.browser.stopTracing()).toString());
  const rows = { A: [], B: [] };
  keystrokes(trace, runs).forEach((k, i) => {
    if (k) rows[cfg[i] ? "B" : "A"].push({ work: k.work, render: k.render, total: k.work + k.render, ...k.byName });
  });
  for (const k of ["A", "B"]) {
    const r = rows[k];
    const f = (n) => `${n} ${median(r.map((x) => x[n] ?? 0)).toFixed(2)}/${p95(r.map((x) => x[n] ?? 0)).toFixed(1)}`;
    console.log(k, r.length, ["total", "work", "render", "UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize"].map(f).join("  "));
  }
} finally { await bench.close(); }
