#!/usr/bin/env node
// Score + rank + classify of a generated base in wasm, in headless Chromium: issue #4's
// budget is 10 000 clients × 30 criteria in ≤ 16 ms. Then issue #5's: one workshop
// round's results for 50 raters × 30 criteria × 8 competitors in ≤ 2 ms; then issue
// #6's: 5 offer variants over a 10-year horizon in ≤ 1 ms. Builds the separate bench module
// src/bin/score_bench.rs (the app's release profile; never part of the app bundle), runs
// wasm-bindgen --target web and wasm-opt -Oz with the app's parameters, serves it with a
// tiny page and times `rank_and_classify` inside wasm (performance.now(), 0.1 ms
// resolution). The base is generated before the timed runs, as in benches/engine.rs.
//   node scripts/measure-score.mjs [--clients 10000] [--criteria 30] [--runs 15]
//        [--warmup 5] [--throttle 4] [--profile] [--port 4196]
// --throttle 0 skips the throttled pass (extra information; the budget is unthrottled).
// --profile builds with names kept (wasm-bindgen --keep-debug, wasm-opt -g) and prints
// the functions with the most self time over the unthrottled runs.
// The cargo target dir is $CARGO_TARGET_DIR or target/; the page goes to <it>/score-bench/.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, homedir, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { median, option, printProfile, root, startBench } from "./bench-browser.mjs";

const clients = Number(option("clients", 10000));
const criteria = Number(option("criteria", 30));
const runs = Number(option("runs", 15));
const warmup = Number(option("warmup", 5));
const throttle = Number(option("throttle", 4));
const budget = Number(option("budget-ms", 16));
const profile = process.argv.includes("--profile");

const target = resolve(root, process.env.CARGO_TARGET_DIR ?? "target");
const out = join(target, "score-bench");
const cargoBin = join(process.env.CARGO_HOME ?? join(homedir(), ".cargo"), "bin");
// The project's pinned tools first, as scripts/env.sh does.
const env = { ...process.env, PATH: `${join(root, "node_modules/.bin")}:${cargoBin}:${process.env.PATH}` };

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.error ?? `exit ${r.status}`})`);
}
const version = (cmd) => spawnSync(cmd, ["--version"], { env, encoding: "utf8" }).stdout?.trim() ?? "?";

// 1. Build: the app's release profile, then the app's post-processing.
console.error("==> cargo build --release --target wasm32-unknown-unknown --bin score_bench");
run("cargo", ["build", "--locked", "--release", "--target", "wasm32-unknown-unknown", "--bin", "score_bench"]);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const raw = join(target, "wasm32-unknown-unknown/release/score_bench.wasm");
run("wasm-bindgen", ["--target", "web", "--no-typescript", ...(profile ? ["--keep-debug"] : []), "--out-dir", out, raw]);
const wasm = join(out, "score_bench_bg.wasm");
const optArgs = ["-Oz", "--low-memory-unused", "--strip-producers", "--strip-target-features", ...(profile ? ["-g"] : [])];
run("wasm-opt", [...optArgs, "-o", wasm, wasm]);
writeFileSync(
  join(out, "index.html"),
  `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>score bench</title><link rel="icon" href="data:,"></head>
<body><script type="module">
import init, { OfferBench, ScoreBench, WorkshopBench } from "./score_bench.js";
await init();
window.ScoreBench = ScoreBench;
window.WorkshopBench = WorkshopBench;
window.OfferBench = OfferBench;
window.benchReady = true;
</script></body></html>
`,
);

// 2. Measure.
const [load1, load5] = loadavg();
const bench = await startBench({ dir: out, port: Number(option("port", 4196)) });
try {
  const page = await bench.browser.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  await page.goto(bench.url);
  await page.waitForFunction(() => window.benchReady === true);
  const cdp = await page.context().newCDPSession(page);
  const generation = await page.evaluate(
    ([n, k]) => {
      const start = performance.now();
      window.bench = new window.ScoreBench(n, k);
      return performance.now() - start;
    },
    [clients, criteria],
  );
  const pass = async (rate) => {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    const r = await page.evaluate(
      ([w, n]) => {
        const cold = window.bench.run(1)[0];
        window.bench.run(w);
        return { cold, times: Array.from(window.bench.run(n)), classes: Array.from(window.bench.classes()) };
      },
      [warmup, runs],
    );
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    return r;
  };

  if (profile) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    await cdp.send("Profiler.start");
  }
  const plain = await pass(1);
  if (profile) printProfile((await cdp.send("Profiler.stop")).profile, "CPU profile, self time over all unthrottled runs (cold + warm-up + timed)", 30);
  const slow = throttle > 1 ? await pass(throttle) : null;

  const size = `${clients.toLocaleString("en").replace(/,/g, " ")} clients × ${criteria} criteria`;
  const stats = ({ times }) =>
    `median ${median(times).toFixed(1)} ms (${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)}, ${times.length} runs)`;
  const opt = `wasm-opt ${optArgs.join(" ")}`;
  console.log(`score + rank + classify, ${size}, wasm in ${bench.browser.version()} headless (${opt}; ${version("wasm-bindgen")}):`);
  console.log(`  generation of the base (not timed below): ${generation.toFixed(0)} ms; classes found (key / development / standard): ${plain.classes.join(" / ")}`);
  const verdict = median(plain.times) <= budget ? "✔" : "✘";
  console.log(`  no throttling: ${stats(plain)}  budget ≤ ${budget} ms ${verdict}; first (cold) run ${plain.cold.toFixed(1)} ms`);
  console.log(`    runs: ${plain.times.map((x) => x.toFixed(1)).join(", ")}`);
  if (slow) console.log(`  ${throttle}× CPU throttling: ${stats(slow)}; first run after the switch ${slow.cold.toFixed(1)} ms`);
  // Issue #5: one workshop round's results, 50 raters × 30 criteria × 8 competitors.
  const ws = await page.evaluate(([w, n]) => {
    const b = new window.WorkshopBench(50, 30, 8);
    b.run(w, 10);
    return Array.from(b.run(n, 10));
  }, [warmup, runs]);
  const wsVerdict = median(ws) <= 2 ? "✔" : "✘";
  console.log(`workshop round results, 50 raters × 30 criteria × 8 competitors, same module: median ${median(ws).toFixed(2)} ms (${Math.min(...ws).toFixed(2)}–${Math.max(...ws).toFixed(2)}, ${ws.length} batches of 10)  budget ≤ 2 ms ${wsVerdict}`);
  // Issue #6: 5 offer variants over a 10-year horizon.
  const of = await page.evaluate(([w, n]) => {
    const b = new window.OfferBench();
    b.run(w, 10);
    return Array.from(b.run(n, 10));
  }, [warmup, runs]);
  const ofVerdict = median(of) <= 1 ? "✔" : "✘";
  console.log(`offer: base + 5 variants × 10-year horizon, same module: median ${median(of).toFixed(3)} ms (${Math.min(...of).toFixed(3)}–${Math.max(...of).toFixed(3)}, ${of.length} batches of 10)  budget ≤ 1 ms ${ofVerdict}`);
  console.log(`  load average when starting: ${load1.toFixed(2)} (1 min), ${load5.toFixed(2)} (5 min) on ${availableParallelism()} cores`);
} finally {
  await bench.close();
}
