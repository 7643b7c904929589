#!/usr/bin/env node
// Writes sw.js, the service worker, into the site Trunk is building (a post_build hook:
// Trunk sets TRUNK_STAGING_DIR to the folder that becomes dist/; without it, or with
// --dir, the given folder is used). The worker precaches every file of this build:
//   - the precache list is every file of the folder, recursively (hidden ones aside),
//     as a URL relative to the worker ("./kam-studio-<hash>.js", "./public/icon.svg"),
//     index.html as "./", sorted; sw.js itself is not in it;
//   - the version is the first 12 hex digits of a sha256 over the worker template and,
//     for each listed file in order, its URL and the sha256 of its bytes: any change of
//     any file gives a new version, a new cache name and so a new worker.
// The worker's logic lives in scripts/sw-template.js (plain, lintable JavaScript).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const dirArg = args.includes("--dir") ? args[args.indexOf("--dir") + 1] : undefined;
const dir = resolve(dirArg ?? process.env.TRUNK_STAGING_DIR ?? "dist");
const template = join(dirname(fileURLToPath(import.meta.url)), "sw-template.js");
const OUT = "sw.js";

// Hidden entries are not part of the site (Trunk's own staging folder dist/.stage is one).
function files(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".")) return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return files(path);
    return entry.isFile() ? [path] : [];
  });
}

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

const entries = files(dir)
  .map((path) => {
    const rel = relative(dir, path).split(sep).join("/");
    return { rel, path };
  })
  .filter(({ rel }) => rel !== OUT)
  .map(({ rel, path }) => ({
    url: rel === "index.html" ? "./" : "./" + rel.split("/").map(encodeURIComponent).join("/"),
    path,
  }))
  .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));

if (!entries.some((e) => e.url === "./")) {
  console.error(`gen-sw: no index.html in ${dir}`);
  process.exit(1);
}

const source = readFileSync(template, "utf8");
const hash = createHash("sha256").update(source);
for (const { url, path } of entries) hash.update(`${url}\n${sha256(readFileSync(path))}\n`);
const version = hash.digest("hex").slice(0, 12);
const precache = entries.map((e) => e.url);

function fill(text, placeholder, value) {
  const parts = text.split(placeholder);
  if (parts.length !== 2) {
    console.error(`gen-sw: ${placeholder} must occur exactly once in ${template}`);
    process.exit(1);
  }
  return parts.join(value);
}
let sw = fill(source, '"__VERSION__"', JSON.stringify(version));
sw = fill(sw, '["__PRECACHE__"]', JSON.stringify(precache, null, 2));
writeFileSync(join(dir, OUT), sw);
console.log(`gen-sw: ${OUT} version ${version}, ${precache.length} files precached`);
