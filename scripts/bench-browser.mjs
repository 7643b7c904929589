// Shared by the browser benchmarks: serve dist/ under /kam/ on a loopback port and
// launch Debian's headless Chromium with the flags this machine needs.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Starts the static server and the browser; `close()` stops both. */
export async function startBench({ dir = process.env.BENCH_DIST ?? "dist", port }) {
  const server = spawn("node", [resolve(root, "scripts/serve.mjs"), "--dir", resolve(root, dir), "--prefix", "/kam/", "--port", String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((ok) => server.stdout.once("data", ok));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
  });
  return {
    browser,
    url: `http://127.0.0.1:${port}/kam/`,
    async close() {
      await browser.close();
      server.kill();
    },
  };
}

/** The median of a list of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Reads `--name value` from the command line. */
export function option(name, fallback) {
  const args = process.argv.slice(2);
  return args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback;
}

/** Prints the `top` functions with the most self time in a CDP CPU profile, under `title`. */
export function printProfile({ nodes, samples, timeDeltas }, title = "CPU profile, self time", top = 40) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const self = new Map();
  samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const name = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}`;
    self.set(name, (self.get(name) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${title}, ${total.toFixed(0)} ms:`);
  // The same grouped: wasm, JS (the glue, the page's scripts), the browser's built-in
  // functions (DOM calls), and the profiler's own categories.
  const groups = new Map();
  for (const [name, ms] of self) {
    const [fn, file] = [name.slice(0, name.lastIndexOf(" ")), name.slice(name.lastIndexOf(" ") + 1)];
    const group = file.endsWith(".wasm") ? "wasm" : file ? "JS" : fn.startsWith("(") ? fn : "built-in (DOM, timers)";
    groups.set(group, (groups.get(group) ?? 0) + ms);
  }
  console.log(
    "  " + [...groups].sort((a, b) => b[1] - a[1]).map(([g, ms]) => `${g} ${ms.toFixed(0)} ms`).join(", "),
  );
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${ms.toFixed(1).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name.slice(0, 150)}`);
  }
}
