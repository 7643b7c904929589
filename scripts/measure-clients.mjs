#!/usr/bin/env node
// Input → updated screen in «Клиенты и портфель» with a generated base of N clients
// (default 1 000) under 4× CPU throttling, in two places: a cost-to-serve line typed in
// a client's card and committed, and a revenue typed in the client grid and committed
// with Enter. The time runs from the commit until the new figure is on screen and the
// next frame is painted (everything — apply, validation, analysis, rendering — is on
// the path). Median of N runs per place.
//   node scripts/measure-clients.mjs [--clients 1000] [--runs 9] [--throttle 4]
//                                    [--view card,grid] [--profile]
// --profile records a CPU profile of the runs and prints the functions with the most
// self time (build with names kept to see Rust names: see docs/performance.md).
import { readFile } from "node:fs/promises";
import { median, option, printProfile, startBench } from "./bench-browser.mjs";

const clients = Number(option("clients", 1000));
const runs = Number(option("runs", 9));
const throttle = Number(option("throttle", 4));
const views = option("view", "card,grid").split(",");
const bench = await startBench({ port: Number(option("port", 4197)) });

try {
  const context = await bench.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${bench.url}?s=data`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /Экспортировать в файл/ }).click(),
  ]);
  const doc = JSON.parse(await readFile(await download.path(), "utf8"));
  const base = doc.workspace.clients;
  doc.workspace.clients = Array.from({ length: clients }, (_, i) => ({
    ...base[i % base.length],
    id: i + 1,
    name: `${base[i % base.length].name} №${i + 1}`,
  }));
  await page.getByLabel(/Импортировать из файла/).setInputFiles({
    name: "load.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(doc)),
  });
  await page.getByRole("button", { name: "Заменить", exact: true }).click();
  await page.getByTestId("save-status").filter({ hasText: /Сохранено в/ }).waitFor({ timeout: 60_000 });
  await page.getByRole("navigation").getByRole("link", { name: "Клиенты и портфель" }).click();
  const cdp = await context.newCDPSession(page);
  const profile = process.argv.includes("--profile");
  if (profile) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  }
  const results = {};
  for (const view of views) {
    if (view === "card") {
      await page.getByRole("tab", { name: "Карточка клиента" }).click();
      await page.getByTestId("profitability").waitFor();
    } else {
      await page.getByRole("tab", { name: "База клиентов", exact: true }).click();
      await page.getByRole("table", { name: "Клиентская база" }).waitFor();
    }
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    if (profile) await cdp.send("Profiler.start");
    const times = [];
    for (let i = 0; i < runs; i++) {
      times.push(view === "card" ? await typeInCard(page, 1000 + i) : await typeInGrid(page, 1000 + i));
    }
    if (profile) printProfile((await cdp.send("Profiler.stop")).profile);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    results[view] = times;
  }
  for (const name of ["kam-apply", "kam-analyse", "kam-base-render"]) {
    // Both views' runs for apply and analyse (the same work for either); the grid's for its render.
    const xs = await page.evaluate((n) => performance.getEntriesByName(n, "measure").map((m) => m.duration), name);
    const last = xs.slice(-runs * views.length);
    if (last.length) console.log(`  of which ${name}: median ${median(last).toFixed(1)} ms`);
  }
  const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(", ");
  for (const [view, times] of Object.entries(results)) {
    const what = view === "card" ? "a cost line typed in the card" : "revenue typed in the grid";
    console.log(`input → updated screen, ${what}, ${clients} clients, ${throttle}× CPU throttling: median ${median(times).toFixed(0)} ms  (runs: ${fmt(times)})`);
  }
} finally {
  await bench.close();
}

/** A cost-to-serve line typed in the card and committed (change event) → the card's
 *  contribution shows the new figure and the next frame is painted. */
function typeInCard(page, value) {
  return page.evaluate(async (value) => {
    const input = document.querySelector('input[aria-label="Логистика, ₽"]');
    const figure = () => document.querySelector('[data-testid="profitability"]').textContent;
    const before = figure();
    input.value = String(value);
    const start = performance.now();
    input.dispatchEvent(new Event("change", { bubbles: true }));
    while (figure() === before) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => r()));
    return performance.now() - start;
  }, value);
}

/** The first row's revenue typed in the grid with the keyboard and committed with
 *  Enter → the cell shows the new amount and the next frame is painted. The time runs
 *  from the Enter keydown (a capturing listener) to the frame after the cell changed. */
async function typeInGrid(page, value) {
  const grid = page.getByRole("table", { name: "Клиентская база" });
  const headers = (await grid.locator("thead th").allInnerTexts()).map((h) => h.trim());
  const column = headers.indexOf("Выручка за 12 мес.");
  const row = grid.locator("tbody tr").first();
  const name = (await row.locator("th").first().innerText()).trim();
  await row.locator("th, td").nth(column).click();
  await grid.getByRole("textbox", { name: `Выручка за 12 мес.: ${name}`, exact: true }).waitFor();
  await page.keyboard.type(String(value));
  await page.evaluate((column) => {
    const cell = () => document.querySelector("table.clients.grid tbody tr").querySelectorAll("th, td")[column];
    const before = cell().textContent;
    window.__kamTiming = new Promise((done) => {
      let start = 0;
      document.addEventListener("keydown", (e) => { if (e.key === "Enter") start = performance.now(); }, { capture: true, once: true });
      const watch = new MutationObserver(() => {
        if (start && cell().textContent !== before) {
          watch.disconnect();
          requestAnimationFrame(() => done(performance.now() - start));
        }
      });
      watch.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, column);
  await page.keyboard.press("Enter");
  const ms = await page.evaluate(() => window.__kamTiming);
  await page.keyboard.press("Escape");
  return ms;
}
