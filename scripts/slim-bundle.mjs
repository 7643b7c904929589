#!/usr/bin/env node
// Slims the release bundle after Trunk built it (a post_build hook, before gen-sw.mjs;
// Trunk sets TRUNK_STAGING_DIR, or pass --dir):
//
// 1. Short import names. wasm-bindgen names every import `__wbg_<what>_<16 hex
//    digits>`: 246 such names sit both in the wasm import section and in the glue's
//    import object, and their random hex digits do not compress (≈ 4 KB of gzip in each
//    file). Each becomes a short name (`a`, `b`, …, `a0`, …) in both files. The wasm is
//    re-encoded section by section (only the import section differs); each glue key is
//    replaced where it is defined, and must appear exactly once.
// 2. The glue minified with terser (Trunk's own minifier cannot parse wasm-bindgen's
//    `export { … as default }` and leaves it as is): 63 → 24 KB, −2.3 KB of gzip.
// 3. index.html's integrity hashes recomputed for the two files.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { minify } from "terser";
import { name, readU32, u32 } from "./wasm-sections.mjs";

const args = process.argv.slice(2);
const dir = resolve(args.includes("--dir") ? args[args.indexOf("--dir") + 1] : (process.env.TRUNK_STAGING_DIR ?? "dist"));
const names = readdirSync(dir);
const wasmFile = names.find((n) => n.endsWith("_bg.wasm"));
const jsFile = names.find((n) => /^kam-studio-.*\.js$/.test(n));
if (!wasmFile || !jsFile) throw new Error(`slim-bundle: no wasm or glue in ${dir}`);

// --- the import section ----------------------------------------------------------
const utf8 = new TextDecoder();

/** The end of an import's description (its kind byte at `at`). */
function skipDesc(b, at) {
  const kind = b[at++];
  const limits = (p) => {
    const flags = b[p++];
    [, p] = readU32(b, p);
    if (flags & 1) [, p] = readU32(b, p);
    return p;
  };
  switch (kind) {
    case 0: return readU32(b, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: reftype, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: valtype, mutability
    case 4: return readU32(b, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`slim-bundle: unknown import kind ${kind}`);
  }
}

const wasm = readFileSync(join(dir, wasmFile));
const glue = readFileSync(join(dir, jsFile), "utf8");
const short = (i) => {
  // a … z, then a0 … z9a …: JavaScript identifiers, never a reserved word of 1–2 letters
  // that matters as an object key.
  const letters = "abcdefghijklmnopqrstuvwxyz";
  let s = letters[i % 26];
  for (i = Math.floor(i / 26); i > 0; i = Math.floor(i / 36)) s += "0123456789abcdefghijklmnopqrstuvwxyz"[i % 36];
  return s;
};

const renamed = new Map();
const parts = [wasm.subarray(0, 8)];
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, body] = readU32(wasm, at + 1);
  const end = body + size;
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
  } else {
    let [count, p] = readU32(wasm, body);
    const out = [...u32(count)];
    while (count--) {
      let len;
      [len, p] = readU32(wasm, p);
      const module = utf8.decode(wasm.subarray(p, p + len));
      p += len;
      [len, p] = readU32(wasm, p);
      const field = utf8.decode(wasm.subarray(p, p + len));
      p += len;
      const descEnd = skipDesc(wasm, p);
      let next = field;
      if (/^__wbg_\w+_[0-9a-f]{16}$/.test(field) && glue.includes(`${field}:`)) {
        if (!renamed.has(field)) renamed.set(field, short(renamed.size));
        next = renamed.get(field);
      }
      out.push(...name(module), ...name(next), ...wasm.subarray(p, descEnd));
      p = descEnd;
    }
    if (p !== end) throw new Error("slim-bundle: the import section did not parse to its end");
    parts.push(Buffer.from([2, ...u32(out.length), ...out]));
  }
  at = end;
}

let js = glue;
for (const [long, brief] of renamed) {
  const uses = js.split(long).length - 1;
  if (uses !== 1) throw new Error(`slim-bundle: ${long} appears ${uses} times in the glue`);
  js = js.replace(`${long}:`, `${brief}:`);
}
const small = await minify(js, { module: true, compress: { passes: 2 }, mangle: true });
if (!small.code) throw new Error("slim-bundle: terser returned nothing");
writeFileSync(join(dir, wasmFile), Buffer.concat(parts));
writeFileSync(join(dir, jsFile), small.code);

// index.html pins both files with subresource integrity: recompute the two hashes.
const sri = (file) => "sha384-" + createHash("sha384").update(readFileSync(join(dir, file))).digest("base64");
const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");
for (const file of [wasmFile, jsFile]) {
  const pattern = new RegExp(`(href=["']?\\./${file.replace(/[.]/g, "\\.")}["']?[^>]*?integrity=["']?)sha384-[A-Za-z0-9+/=]+`, "g");
  const before = html;
  html = html.replace(pattern, `$1${sri(file)}`);
  if (html === before && /integrity/.test(html)) {
    // Attribute order may differ: match integrity before href too.
    const reverse = new RegExp(`(integrity=["']?)sha384-[A-Za-z0-9+/=]+(["']?[^>]*?href=["']?\\./${file.replace(/[.]/g, "\\.")})`, "g");
    html = html.replace(reverse, `$1${sri(file)}$2`);
  }
}
writeFileSync(htmlPath, html);
console.log(`slim-bundle: ${renamed.size} import names shortened, ${jsFile} minified (${glue.length} → ${small.code.length} bytes)`);
