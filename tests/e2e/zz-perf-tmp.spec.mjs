import { test, expect } from "@playwright/test";
test("timing", async ({ page }) => {
  test.setTimeout(120000);
  await page.goto("./");
  await page.getByRole("tab", { name: "База клиентов", exact: true }).click();
  const lines = ["Клиент;Сегмент;Выручка"];
  for (let i = 1; i <= 965; i++) lines.push(`ООО «Клиент ${i}»;Опт;${i * 1000}`);
  await page.getByLabel("CSV-файл с клиентами").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n"), "utf8") });
  await page.getByRole("button", { name: "Импортировать", exact: true }).click();
  await expect(page.getByTestId("client-count")).toHaveText("1000 клиентов");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const metrics = async () => Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  const diff = (a, b) => ["ScriptDuration", "RecalcStyleDuration", "LayoutDuration", "TaskDuration"].map((k) => k + "=" + Math.round((b[k] - a[k]) * 1000)).join(" ");
  for (const q of ["", "Сеть «ДомМастер»"]) {
    await page.getByRole("searchbox").fill(q);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    for (let k = 0; k < 3; k++) {
      const cell = page.getByRole("textbox", { name: "Выручка за 12 мес.: Сеть «ДомМастер»", exact: true });
      await cell.click();
      await page.keyboard.press("Control+A");
      await page.keyboard.type(String(1000 + k));
      await page.waitForTimeout(1500);
      const a = await metrics();
      const t = await page.evaluate(() => new Promise((resolve) => {
        const start = performance.now();
        document.activeElement.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab", bubbles: true }));
        document.activeElement.blur();
        const obs = new MutationObserver(() => { obs.disconnect(); requestAnimationFrame(() => setTimeout(() => resolve(Math.round(performance.now() - start)), 0)); });
        obs.observe(document.getElementById("b-rows").parentElement.parentElement.parentElement, { childList: true, subtree: true });
      }));
      const b = await metrics();
      console.log(q || "all", "edit:", t, "ms;", diff(a, b));
    }
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  }
});
