#!/usr/bin/env node
// Prints the gzip -9 size of the release bundle (wasm + js + css in dist/) and fails
// when it exceeds --budget-kb. 1 KB = 1000 bytes.
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { extname, join } from "node:path";

const args = process.argv.slice(2);
const dir = args.includes("--dir") ? args[args.indexOf("--dir") + 1] : "dist";
const budget = args.includes("--budget-kb") ? Number(args[args.indexOf("--budget-kb") + 1]) : Infinity;

const totals = { ".wasm": [0, 0], ".js": [0, 0], ".css": [0, 0] };
for (const name of readdirSync(dir)) {
  const ext = extname(name);
  if (!(ext in totals) || name === "sw.js") continue;
  const raw = readFileSync(join(dir, name));
  totals[ext][0] += raw.length;
  totals[ext][1] += gzipSync(raw, { level: 9 }).length;
}
const kb = (n) => (n / 1000).toFixed(1);
let sum = 0;
for (const [ext, [raw, gz]] of Object.entries(totals)) {
  console.log(`${ext.slice(1).padEnd(5)} raw ${kb(raw).padStart(7)} KB   gzip ${kb(gz).padStart(6)} KB`);
  sum += gz;
}
console.log(`total gzip ${kb(sum)} KB (budget ${budget} KB)`);
if (sum > budget * 1000) {
  console.error(`the bundle is over budget by ${kb(sum - budget * 1000)} KB`);
  process.exit(1);
}
