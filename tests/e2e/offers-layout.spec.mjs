// «Спецпредложения», how a keystroke is rendered: not a timing (docs/performance.md
// has those), the structure that keeps it cheap. Each figure that follows the
// keystrokes, each field of the editor and the chart are relayout boundaries
// (style/main.css, offers/slots.rs `Slotted::figure`): Chromium lays out those boxes
// alone, not the document with every cell of its tables (11–13 ms a keystroke under
// 4× throttling before, 4–6 ms after). A rule that breaks one (a `.field` made a flex
// box again, a figure outside its box) sends the layout back to `#document`: read from
// Chromium's trace of the keystrokes.
import { test, expect } from "./fixtures.mjs";
import { App } from "./pages/app.mjs";
import { OffersPage } from "./pages/offers.mjs";

const NBSP = "\u00a0";
const rub = (s) => s.replaceAll(" ", NBSP) + NBSP + "₽";

test("a keystroke in a lever lays out the changed figures' boxes and the field, not the page", async ({ page, browser }) => {
  // A window as tall as the page: the table is in view while the field is typed in
  // (out of view it is not written at all until it comes back: offers/watch.rs).
  await page.setViewportSize({ width: 1280, height: 5000 });
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  const discount = offers.field("discount", 0);
  // 15 % first: the figures' boxes widen to their widest (a box that grows is laid
  // out with its table, as it must); from there down to 9 % every figure keeps or
  // loses digits. Revenue = 520 × (1 − d) × 200 000.
  await discount.fill("15");
  await expect(offers.figure("revenue", 0)).toHaveText(rub("88 400 000"));
  await browser.startTracing(page, { categories: ["devtools.timeline"] });
  for (const [value, revenue] of [["14", "89 440 000"], ["12", "91 520 000"], ["9", "94 640 000"]]) {
    await discount.fill(value);
    await expect(offers.figure("revenue", 0)).toHaveText(rub(revenue));
    // The frame that shows it is rendered before the next keystroke.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const roots = trace.traceEvents
    .filter((e) => e.name === "Layout" && e.ph === "X")
    .flatMap((e) => (e.args?.endData?.layoutRoots ?? []).map((r) => r.nodeName));
  expect(roots).toContainEqual(expect.stringContaining("of-fig-revenue-0"));
  expect(roots).toContainEqual(expect.stringContaining("of-discount-0"));
  expect(roots.filter((name) => !/^(SPAN id='of-|INPUT id='of-|svg)/.test(name))).toEqual([]);
});
