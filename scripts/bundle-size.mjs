#!/usr/bin/env node
// Prints the gzip -9 size of the release bundle in dist/, in two parts:
// - the first load: what index.html makes the browser fetch before the app shows
//   anything (the main wasm module, its JS glue and the snippets it imports, the CSS);
// - on demand: the modules split off for the sections and tabs loaded when opened
//   (split_*.wasm, the chunks they share, the loader __wasm_split.js).
// Fails when the first load exceeds --budget-kb or everything exceeds --total-kb.
// 1 KB = 1000 bytes.
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { extname, join } from "node:path";

const args = process.argv.slice(2);
const arg = (flag, fallback) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
const dir = arg("--dir", "dist");
const budget = Number(arg("--budget-kb", Infinity));
const totalBudget = Number(arg("--total-kb", Infinity));

const first = { ".wasm": [0, 0], ".js": [0, 0], ".css": [0, 0] };
const later = [0, 0, 0];
// The top folder, and snippets/ (JS declared in the Rust code, imported by the glue).
const files = readdirSync(dir, { recursive: true }).filter((n) => !n.includes("/") || n.startsWith("snippets/"));
for (const name of files) {
  const ext = extname(name);
  if (!(ext in first) || name === "sw.js") continue;
  const raw = readFileSync(join(dir, name));
  const gz = gzipSync(raw, { level: 9 }).length;
  if (/^(split_|chunk_).*\.wasm$|^__wasm_split\.js$/.test(name)) {
    later[0] += raw.length;
    later[1] += gz;
    later[2] += 1;
  } else {
    first[ext][0] += raw.length;
    first[ext][1] += gz;
  }
}
const kb = (n) => (n / 1000).toFixed(1);
let sum = 0;
for (const [ext, [raw, gz]] of Object.entries(first)) {
  console.log(`${ext.slice(1).padEnd(5)} raw ${kb(raw).padStart(7)} KB   gzip ${kb(gz).padStart(6)} KB`);
  sum += gz;
}
console.log(`first load gzip ${kb(sum)} KB (budget ${budget} KB)`);
console.log(`on demand: ${later[2]} files, raw ${kb(later[0])} KB, gzip ${kb(later[1])} KB`);
console.log(`everything gzip ${kb(sum + later[1])} KB (ceiling ${totalBudget} KB)`);
let failed = false;
if (sum > budget * 1000) {
  console.error(`the first load is over budget by ${kb(sum - budget * 1000)} KB`);
  failed = true;
}
if (sum + later[1] > totalBudget * 1000) {
  console.error(`the whole bundle is over its ceiling by ${kb(sum + later[1] - totalBudget * 1000)} KB`);
  failed = true;
}
if (failed) process.exit(1);
