#!/usr/bin/env node
// Code splitting: cuts the sections loaded on demand (src/ui/lazy.rs) out of the app's
// wasm into modules of their own. A Trunk post_build hook, first in line (Trunk sets
// TRUNK_STAGING_DIR and TRUNK_PROFILE; or pass --dir and --profile).
//
// Trunk 0.21 runs cargo, wasm-bindgen and wasm-opt with no step in between, and the
// split has to happen between cargo and wasm-bindgen. So this script starts again from
// cargo's output (linked with `--emit-relocs`, see .cargo/config.toml) and replaces the
// wasm and the JS glue Trunk wrote, under the same names:
//
// 1. Every `wasm_bindgen::__rt::wbg_cast::breaks_if_inlined` shim is exported for the
//    time of the split, so that it stays in the main module: wasm-bindgen rewrites these
//    shims by reading their descriptors, which it only sees in the module it processes.
//    (`wasm_split_cli` 0.2.2 knows the older `__wbindgen_describe_cast` only.)
// 2. `wasm_split_cli` (crates.io `wasm_split_cli_support`, installed by setup.sh) writes
//    the main module, one module per split point plus the code they share, and the
//    loader `__wasm_split.js`.
// 3. The temporary exports are removed again. (The app is compiled without
//    `reference-types`, see .cargo/config.toml: wasm-bindgen then keeps i32 handles in
//    every signature a split module calls through the shared function table.)
// 4. wasm-bindgen (`--target web`) on the main module; the function table exported as
//    `__indirect_function_table`, which the loader hands to the split modules; the JS
//    snippets (`inline_js`) next to the glue.
// 5. wasm-opt on every module (release only): the flags Trunk used to pass (see
//    index.html), and `--low-memory-unused` for the main module only.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { exports, functionNames, withExports } from "./wasm-sections.mjs";

const args = process.argv.slice(2);
const arg = (flag, fallback) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
const root = resolve(new URL("..", import.meta.url).pathname);
const dir = resolve(arg("--dir", process.env.TRUNK_STAGING_DIR ?? "dist"));
const profile = arg("--profile", process.env.TRUNK_PROFILE ?? "release");
const target = process.env.CARGO_TARGET_DIR ? resolve(process.env.CARGO_TARGET_DIR) : join(root, "target");
const input = join(target, "wasm32-unknown-unknown", profile, "kam-studio.wasm");
const KEEP = "__kam_keep_";
// KAM_KEEP_NAMES=1 keeps the functions' names (for CPU profiles; a bigger bundle).
const names = process.env.KAM_KEEP_NAMES === "1";

const glue = readdirSync(dir).find((n) => /^kam-studio-[0-9a-f]+\.js$/.test(n));
if (!glue) throw new Error(`split-wasm: no kam-studio-<hash>.js in ${dir}`);
const outName = glue.slice(0, -3);
const run = (cmd, argv) => execFileSync(cmd, argv, { stdio: ["ignore", "ignore", "inherit"] });
const work = mkdtempSync(join(tmpdir(), "kam-split-"));
try {
  // 1. Keep the cast shims in the main module.
  const wasm = readFileSync(input);
  const list = exports(wasm);
  let kept = 0;
  for (const [index, name] of functionNames(wasm)) {
    if (/wbg_cast.*breaks_if_inlined/.test(name)) list.push({ field: `${KEEP}${kept++}`, kind: 0, index });
  }
  if (!kept) throw new Error("split-wasm: no cast shim found by name (is the name section gone?)");
  writeFileSync(join(work, "in.wasm"), withExports(wasm, list));

  // 2. Split.
  const parts = join(work, "parts");
  run("wasm_split_cli", [join(work, "in.wasm"), parts]);

  // 3. The temporary exports out of the main module.
  const main = readFileSync(join(parts, "main.wasm"));
  writeFileSync(join(work, "main.wasm"), withExports(main, exports(main).filter((e) => !e.field.startsWith(KEEP))));

  // 4. wasm-bindgen, and the table the split modules import.
  const bound = join(work, "bound");
  run("wasm-bindgen", ["--target", "web", "--no-typescript", ...(names ? ["--keep-debug"] : []), "--out-dir", bound, "--out-name", outName, join(work, "main.wasm")]);
  const bg = readFileSync(join(bound, `${outName}_bg.wasm`));
  const withTable = exports(bg);
  if (!withTable.some((e) => e.field === "__indirect_function_table")) {
    withTable.push({ field: "__indirect_function_table", kind: 1, index: 0 });
  }
  writeFileSync(join(dir, `${outName}_bg.wasm`), withExports(bg, withTable));
  copyFileSync(join(bound, `${outName}.js`), join(dir, glue));
  // The JS the Rust code declares (`inline_js`), which the glue imports.
  if (existsSync(join(bound, "snippets"))) cpSync(join(bound, "snippets"), join(dir, "snippets"), { recursive: true });

  // 5. The split modules and the loader next to the glue; wasm-opt.
  const modules = readdirSync(parts).filter((n) => n.endsWith(".wasm") && n !== "main.wasm");
  for (const m of modules) copyFileSync(join(parts, m), join(dir, m));
  const loader = readFileSync(join(parts, "__wasm_split.js"), "utf8");
  if (!loader.includes('from "./main.js"')) throw new Error("split-wasm: unexpected loader import");
  writeFileSync(join(dir, "__wasm_split.js"), loader.replace('from "./main.js"', `from "./${glue}"`));
  if (profile === "release") {
    const features = ["--enable-bulk-memory", "--enable-mutable-globals", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-multivalue"];
    const opt = (file, extra) => run("wasm-opt", ["-Oz", ...extra, ...(names ? ["-g"] : ["--strip-debug"]), "--strip-producers", "--strip-target-features", ...features, file, "-o", file]);
    // Rust's stack grows down from 1 MiB, so the low 1 KB of memory is never addressed;
    // the split modules share that memory but get no say in its layout.
    opt(join(dir, `${outName}_bg.wasm`), ["--low-memory-unused"]);
    for (const m of modules) opt(join(dir, m), []);
  }
  console.log(`split-wasm: ${modules.length} modules split off, ${kept} cast shims kept in ${basename(input)}'s main module`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
