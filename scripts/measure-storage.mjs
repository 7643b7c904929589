#!/usr/bin/env node
// Save and load of a generated 10 000-client workspace in headless Chromium.
// The app records user-timing measures around each IndexedDB save ("kam-save":
// serialise + one transaction) and the start-up load ("kam-load": read + parse +
// validate + show). This script imports a generated document through the «Данные»
// page, edits it to trigger saves, reloads to trigger loads, and prints medians.
//   node scripts/measure-storage.mjs [--clients 10000] [--runs 5] [--filled 1]
import { readFile } from "node:fs/promises";
import { median, option, startBench } from "./bench-browser.mjs";

const clients = Number(option("clients", 10000));
// Share of clients that carry five years of potential and a cost-to-serve (the rest
// have none yet, as in a real base where only candidates are estimated).
const filled = Number(option("filled", 1));
const runs = Number(option("runs", 5));
const bench = await startBench({ port: Number(option("port", 4198)) });
const { browser } = bench;
const url = `${bench.url}?s=data`;
const measures = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(n, "measure").map((m) => m.duration), name);

try {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole("button", { name: /Экспортировать в файл/ }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /Экспортировать в файл/ }).click(),
  ]);
  const doc = JSON.parse(await readFile(await download.path(), "utf8"));
  const base = doc.workspace.clients;
  const zeroCosts = Object.fromEntries(Object.keys(base[0].cost_to_serve).map((k) => [k, "0"]));
  doc.workspace.clients = Array.from({ length: clients }, (_, i) => {
    const client = {
      ...base[i % base.length],
      id: i + 1,
      name: `${base[i % base.length].name} №${i + 1}`,
      revenue: String((i * 7919) % 500000000),
    };
    if (i >= filled * clients) {
      client.potential = [];
      client.cost_to_serve = zeroCosts;
    }
    return client;
  });
  doc.workspace.name = `Нагрузка ${clients}`;
  const text = JSON.stringify(doc, null, 2);
  console.log(`document: ${clients} clients (${filled * 100} % with potential and costs), ${(text.length / 1e6).toFixed(1)} MB`);

  await page.getByLabel(/Импортировать из файла/).setInputFiles({ name: "load.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Заменить", exact: true }).click();
  await page.getByTestId("save-status").filter({ hasText: /Сохранено в/ }).waitFor({ timeout: 60_000 });

  // Saves: change the company name, wait for each save to finish.
  for (let i = 0; i < runs; i++) {
    await page.getByLabel("Наша компания", { exact: true }).fill(`Компания ${i}`);
    await page.getByRole("button", { name: "Сохранить настройки" }).click();
    await page.waitForFunction((n) => performance.getEntriesByName("kam-save", "measure").length >= n, i + 2, { timeout: 60_000 });
  }
  const all = await measures(page, "kam-save");
  const saves = all.slice(1);

  const loads = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName("kam-load", "measure").length > 0, null, { timeout: 60_000 });
    loads.push(...(await measures(page, "kam-load")));
  }
  const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(", ");
  console.log(`first save after the import (every client written): ${all[0].toFixed(0)} ms`);
  console.log(`save after a settings edit (header only): median ${median(saves).toFixed(0)} ms  (runs: ${fmt(saves)})`);
  console.log(`load (IndexedDB read + parse + validate + show): median ${median(loads).toFixed(0)} ms  (runs: ${fmt(loads)})`);
  for (const part of ["kam-load-read", "kam-load-import"]) {
    const xs = await measures(page, part);
    if (xs.length) console.log(`  of which ${part} (last run): ${xs[xs.length - 1].toFixed(0)} ms`);
  }
} finally {
  await bench.close();
}
