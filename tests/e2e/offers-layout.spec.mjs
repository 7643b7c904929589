// «Спецпредложения», how a keystroke is rendered: not a timing (docs/performance.md
// has those), the structure that keeps it cheap. Each row of the figures tables, each
// figure outside them, each field of the editor and the chart are relayout
// boundaries (style/main.css, offers/slots.rs `Slotted::columns`, `Slotted::figure`):
// Chromium lays out those boxes alone, not the document with every cell of its tables
// (11–13 ms a keystroke under 4× throttling before, 4–6 ms after). A rule that breaks
// one (a `.field` made a flex box again, a table laid out as a table again) sends the
// layout back to `#document`: read from Chromium's trace of the keystrokes.
import { test, expect } from "./fixtures.mjs";
import { App } from "./pages/app.mjs";
import { OffersPage } from "./pages/offers.mjs";

const NBSP = "\u00a0";
const rub = (s) => s.replaceAll(" ", NBSP) + NBSP + "₽";

test("a keystroke in a lever lays out the changed figures' rows and the field, not the page", async ({ page, browser }) => {
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
  const laidOut = trace.traceEvents
    .filter((e) => e.name === "Layout" && e.ph === "X")
    .flatMap((e) => e.args?.endData?.layoutRoots ?? []);
  const roots = laidOut.map((r) => r.nodeName);
  expect(roots).toContainEqual(expect.stringContaining("of-discount-0"));
  expect(roots.filter((name) => !/^(TR$|SPAN id='of-|INPUT id='of-|svg)/.test(name))).toEqual([]);
  // The revenue's row is one of the rows laid out on their own (the window is not
  // scrolled: the trace's boxes are where the page shows them).
  const row = await offers.figure("revenue", 0).locator("xpath=..").boundingBox();
  const tops = laidOut.filter((r) => r.nodeName === "TR").map((r) => r.quads[0][1]);
  expect(tops.some((top) => Math.abs(top - row.y) < 1)).toBe(true);
});

// The figures tables are laid out in rows of fixed columns, not as tables: the browser
// must still read them as tables, the columns must line up, and no row's label may be
// cut, in either language.
test("the figures tables, laid out in rows, are still tables with aligned columns and whole labels", async ({ page }) => {
  const { app, offers } = await openByYear(page, 1280);
  await expect(offers.byYear("revenue", 1)).toHaveText(rub("95 680 000"));
  // Chromium's own accessibility tree (not Playwright's reading of the markup).
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const role = async (selector) => {
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    return `${nodes[0].role.value}: ${nodes[0].name?.value ?? ""}`;
  };
  expect(await role(".of-years table")).toBe("table: По годам: Вариант 1. Скидка 8 %");
  expect(await role(".of-years thead th:nth-child(2)")).toBe("columnheader: 2027");
  expect(await role(".of-years tbody tr")).toBe("row: ");
  expect(await role(".of-years tbody th")).toBe("rowheader: Выручка");
  expect(await role('[data-testid="of-yr-revenue-1"]')).toBe(`cell: ${rub("95 680 000")}`);
  expect(await role('[data-testid="of-fig-revenue-b"]')).toBe(`cell: ${rub("98 800 000")}`);
  for (const language of ["Русский", "English"]) {
    if (language === "English") await app.switchLanguage("English");
    const check = await page.evaluate(() => {
      const right = (el) => Math.round(el.getBoundingClientRect().right);
      const misaligned = [];
      for (const table of document.querySelectorAll(".of-table")) {
        const heads = [...table.querySelectorAll("thead th")].map(right);
        for (const row of table.querySelectorAll("tbody tr:not(.of-sub)")) {
          const cells = [...row.children];
          // A row of one figure per column ends where the header's columns end.
          if (cells.length === heads.length && cells.map(right).join() !== heads.join()) misaligned.push(row.textContent);
        }
      }
      const cut = [...document.querySelectorAll(".of-table th:first-child")].filter((th) => th.scrollWidth > th.clientWidth).map((th) => th.textContent);
      const rows = document.querySelectorAll(".of-table tbody tr:not(.of-sub)").length;
      return { misaligned, cut, rows };
    });
    expect(check.rows).toBeGreaterThan(30);
    expect(check.misaligned).toEqual([]);
    expect(check.cut).toEqual([]);
  }
});

// A figure that gains digits widens every figure column of its table (`--fw` only
// grows): nothing spills out of its cell.
test("a figure that gains digits widens its table's columns: no figure spills out of its cell", async ({ page }) => {
  // On a phone the tables are wider than the window: each column is only as wide as
  // its figures (on a wide window the columns share the spare width, and a figure
  // one column too narrow for would still fit).
  const { offers } = await openByYear(page, 360);
  // 20 000 000 units a year at 520 ₽: the base's revenue at 5 % off 9 880 000 000 ₽
  // (15 characters; the widest figure was 13, «100 464 000 ₽»); in year 5, after four
  // years of 5 % growth, 9 880 000 000 × 1,21550625 = 12 009 201 750 ₽ (16
  // characters). (The variants keep their own volume commitments.)
  await offers.base("volume").fill("20000000");
  await offers.base("volume").press("Tab");
  await offers.figure("revenue", "b").scrollIntoViewIfNeeded();
  await expect(offers.figure("revenue", "b")).toHaveText(rub("9 880 000 000"));
  await offers.byYear("revenue", "b-5").scrollIntoViewIfNeeded();
  await expect(offers.byYear("revenue", "b-1")).toHaveText(rub("9 880 000 000"));
  await expect(offers.byYear("revenue", "b-5")).toHaveText(rub("12 009 201 750"));
  // (A figure is the text of its cell: its extent is that of the text, a range.)
  const spilled = await page.evaluate(() =>
    [...document.querySelectorAll(".of-table td[id]")].filter((cell) => {
      const text = document.createRange();
      text.selectNodeContents(cell);
      const inner = cell.getBoundingClientRect();
      const style = getComputedStyle(cell);
      const box = text.getBoundingClientRect();
      return box.right > inner.right - parseFloat(style.paddingRight) + 0.5 || box.left < inner.left + parseFloat(style.paddingLeft) - 0.5;
    }).map((cell) => `${cell.id} ${cell.textContent}`),
  );
  expect(await page.locator(".of-table td[id]").count()).toBeGreaterThan(40);
  expect(spilled).toEqual([]);
  const widths = await page.evaluate(() => [...document.querySelectorAll(".of-table")].map((t) => getComputedStyle(t).getPropertyValue("--fw").trim()));
  // The first-year table's columns, then the per-year table's, at least as wide as
  // those figures.
  expect(Number(widths[0])).toBeGreaterThanOrEqual(15);
  expect(Number(widths[1])).toBeGreaterThanOrEqual(16);
});

test("the chart waits out of the window while a lever is typed, and shows the new bars when scrolled back", async ({ page }) => {
  // With the figures per year open, the chart is far above variant 1's form.
  const { offers } = await openByYear(page, 1280);
  const chart = page.locator("#of-chart");
  const bar = page.locator("#of-bar-us-0");
  // Variant 1 at 8 %: contribution 6 621 742 ₽, the highest bar variant 2's
  // 9 995 438 ₽: y = 10 + (9 995 438 − 6 621 742) × 200 / 9 995 438 ≈ 77,5 → 78.
  await expect(bar).toHaveAttribute("points", "56,78 96,78 96,210 56,210");
  // The user goes to the field (the window scrolls to it), then types: the browser
  // tells what left the window with the frame after (two frames, to be sure). Typed,
  // not left: the figures follow the keystrokes as a draft.
  await offers.field("discount", 0).focus();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await offers.field("discount", 0).fill("10");
  await expect(page.getByTestId("of-live-contribution")).toHaveText(rub("4 569 096"));
  const away = await chart.evaluate((el) => el.getBoundingClientRect().bottom < -200);
  expect(away).toBe(true);
  await expect(bar).toHaveAttribute("points", "56,78 96,78 96,210 56,210");
  // At 10 %: contribution 4 569 095,89 ₽, y = 10 + 5 426 342,11 × 200 / 9 995 438
  // ≈ 118,6 → 119; the client's benefit (494 − 468) × 200 000 = 5 200 000 ₽,
  // y = 10 + 4 795 438 × 200 / 9 995 438 ≈ 105,95 → 106, 46 px to the right.
  await chart.scrollIntoViewIfNeeded();
  await expect(bar).toHaveAttribute("points", "56,119 96,119 96,210 56,210");
  await expect(page.locator("#of-bar-client-0")).toHaveAttribute("points", "102,106 142,106 142,210 102,210");
});

test("a keystroke writes the figures in the window with it, and those just outside it after its frame", async ({ page }) => {
  // Variant 1's figures per year open and its discount field focused: the table ends
  // at the top of the window, its last rows just above it.
  const { offers } = await openByYear(page, 1280);
  await offers.field("discount", 0).focus();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const delta = offers.byYear("delta", 1);
  // Year 1's contribution against the base at 8 %: 6 621 742,47 − 9 700 712,33 =
  // −3 078 969,86 ₽ (as in the bar).
  await expect(delta).toHaveText(rub("-3 078 970"));
  const above = await delta.evaluate((cell) => cell.closest("tr").getBoundingClientRect().bottom);
  expect(above).toBeLessThan(0);
  expect(above).toBeGreaterThan(-200);
  // One keystroke, 10 %, as the browser delivers it; what the page shows right after
  // the event, then after the next frame and the task after it.
  const [liveNow, deltaNow, deltaAfter] = await page.evaluate(async () => {
    const field = document.getElementById("of-discount-0");
    const text = (id) => document.querySelector(`[data-testid="${id}"]`).textContent;
    field.value = "10";
    field.dispatchEvent(new Event("input", { bubbles: true }));
    const now = [text("of-live-contribution"), text("of-yr-delta-1")];
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    await new Promise((done) => setTimeout(done, 0));
    return [...now, text("of-yr-delta-1")];
  });
  // At 10 %: contribution 4 569 095,89 ₽ in the bar, in the window, at once; the
  // row above the window, 4 569 095,89 − 9 700 712,33 = −5 131 616,44 ₽, once the
  // frame that shows the keystroke is done.
  expect(liveNow).toBe(rub("4 569 096"));
  expect(deltaNow).toBe(rub("-3 078 970"));
  expect(deltaAfter).toBe(rub("-5 131 616"));
  await delta.scrollIntoViewIfNeeded();
  await expect(delta).toHaveText(rub("-5 131 616"));
});

/** The demo offer in a window `width` px wide, with variant 1's figures per year open. */
async function openByYear(page, width) {
  await page.setViewportSize({ width, height: 720 });
  const app = new App(page);
  await app.open("?s=offers");
  const offers = new OffersPage(page);
  await offers.byYearButton("Вариант 1. Скидка 8 %").click();
  return { app, offers };
}
