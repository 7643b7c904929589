#!/usr/bin/env node
// A tiny static file server for dist/, mounted under a sub-folder (default /kam/) to
// prove the site needs no root path. Loopback only; no dependencies.
//   node scripts/serve.mjs --dir dist --prefix /kam/ --port 8080
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const root = resolve(args.dir ?? "dist");
const prefix = (args.prefix ?? "/kam/").replace(/\/?$/, "/");
const port = Number(args.port ?? 8080);
const host = args.host ?? "127.0.0.1";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url, `http://${host}`);
  let path = decodeURIComponent(url.pathname);
  if (path === prefix.slice(0, -1) || path === "/") {
    res.writeHead(302, { Location: prefix + url.search });
    return res.end();
  }
  if (!path.startsWith(prefix)) {
    res.writeHead(404, { "Content-Type": "text/plain" });
    return res.end("not found");
  }
  let file = normalize(join(root, path.slice(prefix.length)));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403);
    return res.end();
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    const body = await readFile(file);
    res.writeHead(200, {
      "Content-Type": types[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
    });
    res.end(body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain" });
    res.end("not found");
  }
});

server.listen(port, host, () => {
  console.log(`KAM Studio is served at http://${host}:${port}${prefix}  (Ctrl+C stops)`);
});
