// KAM Studio service worker: the template of dist/sw.js.
//
// scripts/gen-sw.mjs (a Trunk post_build hook) fills in VERSION and PRECACHE and writes
// the result as sw.js next to index.html; this file is never served as it is. Every
// URL is relative, so it resolves against the worker's own folder (its scope): the
// site works from any sub-folder, e.g. /kam/.
//
// - install: caches every file of this build in `kam-studio-<VERSION>`; it does not
//   take over by itself — the page asks («Доступна новая версия — обновить»).
// - activate: deletes the caches of other builds and takes control of open pages.
// - fetch (same-origin GET only): pages — network first, the cached app when offline
//   or when the network is too slow; files of this build — from the cache; anything
//   else — the network, untouched.
/* eslint-env serviceworker */
"use strict";

const VERSION = "__VERSION__";
const PRECACHE = ["__PRECACHE__"];

const PREFIX = "kam-studio-";
const CACHE = PREFIX + VERSION;
// A page request that takes longer than this falls back to the cached app.
const NETWORK_TIMEOUT_MS = 4000;

const scope = new URL(self.registration.scope);
const appShell = new URL("./", scope).href;
const precached = new Set(PRECACHE.map((path) => new URL(path, scope).href));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // "reload": never fill the cache from a stale HTTP cache (index.html and the
      // files under public/ have no hash in their names).
      cache.addAll(PRECACHE.map((path) => new Request(new URL(path, scope), { cache: "reload" }))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE))
      .then((old) => Promise.all(old.map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  const type = event.data && event.data.type;
  if (type === "SKIP_WAITING") {
    self.skipWaiting();
  } else if (type === "VERSION") {
    const reply = { type: "VERSION", version: VERSION };
    if (event.ports && event.ports[0]) event.ports[0].postMessage(reply);
    else if (event.source) event.source.postMessage(reply);
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;

  if (request.mode === "navigate") {
    event.respondWith(page(request));
  } else if (precached.has(url.href)) {
    event.respondWith(fromCache(request));
  }
  // Anything else goes to the network as if there were no worker.
});

/** A page: the network first; the cached app (any `?s=…`) when that fails or stalls. */
async function page(request) {
  const cached = caches.open(CACHE).then((cache) => cache.match(appShell, { ignoreSearch: true }));
  const network = fetch(request);
  network.catch(() => {}); // a late failure after the fallback was served is no error
  let timer;
  const slow = new Promise((resolve) => {
    timer = setTimeout(() => resolve(cached), NETWORK_TIMEOUT_MS);
  });
  try {
    const response = await Promise.race([network, slow]);
    if (response) return response;
    // Timed out with nothing cached: keep waiting for the network.
    return await network;
  } catch (error) {
    const fallback = await cached;
    if (fallback) return fallback;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** A file of this build: from the cache, or the network if the cache lost it. */
async function fromCache(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  return hit || fetch(request);
}
