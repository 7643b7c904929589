// Shared by trace-offers.mjs and ab-offers.mjs: one keystroke typed into the offers
// page and marked for a trace, and each keystroke's work and rendering read back from
// that trace (the renderer's main thread).

/** The rendering steps of a frame, as the trace names them. */
export const RENDER = new Set(["UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit", "UpdateLayer", "HitTest", "IntersectionObserverController::computeIntersections", "ScrollUpdate"]);

/** The 95th percentile of a list of numbers. */
export const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

/**
 * Types `value` into the field `field` (an `input` event, as a keystroke gives),
 * marking `key-i` before it and `shown-i` once the element with test id `watched`
 * shows a new text; then waits two frames (so the one that paints it is in the trace)
 * and a pause.
 */
export async function typeMarked(page, { value, i, watched, field }) {
  await page.evaluate(async ([value, i, watched, field]) => {
    const input = document.querySelector(`#${field}`);
    const figure = () => document.querySelector(`[data-testid="${watched}"]`).textContent;
    const before = figure();
    input.value = value;
    performance.mark(`key-${i}`);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    // After each microtask (the app's effects), then after each task.
    for (let k = 0; k < 100 && figure() === before; k++) await null;
    while (figure() === before) await new Promise((r) => setTimeout(r, 0));
    performance.mark(`shown-${i}`);
    for (let f = 0; f < 2; f++) await new Promise((r) => requestAnimationFrame(() => r()));
    await new Promise((r) => setTimeout(r, 50));
  }, [value, i, watched, field]);
}

/**
 * Each of the `runs` keystrokes of a trace (see `typeMarked`), from the event until
 * the end of the first Paint after the figure changed: `work` (event → the figure in
 * the DOM), `render` and `byName` (the outermost rendering events only: a layer's
 * Paint runs inside the document's), `total`, and the main thread's events then
 * (`events`). A keystroke whose frame is not in the trace is left out (`null`).
 */
export function keystrokes(trace, runs) {
  const events = trace.traceEvents;
  const marks = new Map(events.filter((e) => e.cat.includes("user_timing") && /^(key|shown)-\d+$/.test(e.name)).map((e) => [e.name, e]));
  const key0 = marks.get("key-0");
  const main = events.filter((e) => e.pid === key0.pid && e.tid === key0.tid && e.ph === "X").sort((a, b) => a.ts - b.ts);
  const rows = [];
  for (let i = 0; i < runs; i++) {
    const start = marks.get(`key-${i}`).ts;
    // (The app's work runs in microtasks nested in the page's own script: counted as
    // the time from the event until the figure is in the DOM.)
    const shown = marks.get(`shown-${i}`).ts;
    const paint = main.find((e) => e.name === "Paint" && e.ts >= shown);
    if (!paint) {
      rows.push(null);
      continue;
    }
    const end = paint.ts + paint.dur;
    const inWindow = main.filter((e) => e.ts >= start && e.ts < end);
    const byName = {};
    let render = 0;
    let coveredUntil = -Infinity;
    for (const e of inWindow) {
      if (!RENDER.has(e.name) || e.ts < coveredUntil) continue;
      coveredUntil = e.ts + e.dur;
      render += e.dur / 1000;
      byName[e.name] = (byName[e.name] ?? 0) + e.dur / 1000;
    }
    const work = (shown - start) / 1000;
    rows.push({ total: (end - start) / 1000, work, render, byName, events: inWindow, workEvents: main.filter((e) => e.ts >= start && e.ts < shown) });
  }
  return rows;
}
