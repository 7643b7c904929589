// Offline and installable: after the first visit the service worker has every file of
// the build, so the app opens with no network, at any section; a new build is offered
// with «Доступна новая версия — обновить» and loads when the user accepts.
//
// Each test serves its own copy of dist/ (under /kam/, by scripts/serve.mjs on a free
// port), so it can change the "published" site without touching dist/ or the other tests.
import { test as base, expect } from "./fixtures.mjs";
import { App } from "./pages/app.mjs";
import { Offline } from "./pages/update.mjs";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** A private copy of dist/ (or of the folder E2E_DIST names, as the other specs
 *  serve), served under /kam/ until `stop()`. */
class Site {
  static async start() {
    const site = new Site();
    site.dir = mkdtempSync(join(tmpdir(), "kam-site-"));
    // Hidden entries are not served as part of the site (dist/.stage: a build under way).
    const dist = join(root, process.env.E2E_DIST ?? "dist");
    const visible = (path) => !relative(dist, path).split(sep).some((part) => part.startsWith("."));
    cpSync(dist, site.dir, { recursive: true, filter: visible });
    const port = await freePort();
    site.url = `http://127.0.0.1:${port}/kam/`;
    site.server = spawn(
      process.execPath,
      [join(root, "scripts/serve.mjs"), "--dir", site.dir, "--prefix", "/kam/", "--port", String(port)],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise((done, fail) => {
      site.server.once("exit", (code) => fail(new Error(`serve.mjs exited with ${code}`)));
      site.server.stdout.on("data", (chunk) => {
        if (String(chunk).includes("is served at")) done();
      });
    });
    return site;
  }

  /** The worker's VERSION as written into the served sw.js. */
  get version() {
    return /const VERSION = "([^"]+)";/.exec(this.read("sw.js"))[1];
  }

  /** Every served file as the worker should precache it: index.html as "./", no sw.js. */
  files() {
    const walk = (dir) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((e) => !e.name.startsWith("."))
        .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    return walk(this.dir)
      .map((path) => relative(this.dir, path).split(sep).join("/"))
      .filter((rel) => rel !== "sw.js")
      .map((rel) => (rel === "index.html" ? "./" : `./${rel}`))
      .sort();
  }

  read(rel) {
    return readFileSync(join(this.dir, rel), "utf8");
  }

  write(rel, text) {
    writeFileSync(join(this.dir, rel), text);
  }

  async stop() {
    if (this.server.exitCode === null) {
      const exited = new Promise((done) => this.server.once("exit", done));
      this.server.kill();
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const test = base.extend({
  site: async ({}, use) => {
    const site = await Site.start();
    await use(site);
    await site.stop();
  },
  // The guard fixture checks requests against baseURL: this site's origin.
  baseURL: async ({ site }, use) => use(site.url),
});

test("offline reload works after first visit", async ({ page, context, site }) => {
  const app = new App(page);
  const offline = new Offline(page);
  await app.open();
  await offline.waitUntilControlled();

  // The worker holds exactly this build: every file of dist/ (sw.js aside).
  const cache = `kam-studio-${site.version}`;
  expect(await offline.cacheNames()).toEqual([cache]);
  expect(await offline.cachedPaths(cache)).toEqual(site.files());

  // Pages come from the network while there is one: a page changed on the server shows.
  const marker = '<meta name="kam-served" content="network">';
  site.write("index.html", site.read("index.html").replace("<title>", `${marker}<title>`));
  await page.reload();
  await expect(app.heading).toHaveText("Клиенты и портфель");
  await expect(page.locator('meta[name="kam-served"]')).toHaveCount(1);

  // No network: the same addresses open from the cache.
  await context.setOffline(true);
  await page.reload();
  await expect(app.heading).toHaveText("Клиенты и портфель");
  await expect(page.locator('meta[name="kam-served"]')).toHaveCount(0);
  await app.open("?s=data");
  await expect(app.heading).toHaveText("Данные");
  await expect(page.getByTestId("summary-clients")).toHaveText("35");
  await context.setOffline(false);
});

test("a new build shows the update prompt and «Обновить» loads it", async ({ page, site }) => {
  const app = new App(page);
  const offline = new Offline(page);
  await app.open();
  await offline.waitUntilControlled();
  const first = site.version;
  expect(await offline.workerVersion()).toBe(first);
  await expect(offline.banner).toHaveCount(0);

  // Publish a new build: a changed sw.js, as every rebuild of the app produces.
  const next = `${first}-next`;
  site.write("sw.js", site.read("sw.js").replace(`const VERSION = "${first}";`, `const VERSION = "${next}";`));
  expect(site.version).toBe(next);
  await offline.checkForUpdate();

  await expect(offline.banner).toBeVisible();
  await expect(offline.banner).toContainText("Доступна новая версия");
  // The old build keeps running until the user chooses, and the offer survives a reload.
  expect(await offline.workerVersion()).toBe(first);
  await page.reload();
  await expect(app.heading).toHaveText("Клиенты и портфель");
  expect(await offline.workerVersion()).toBe(first);
  await expect(offline.banner).toBeVisible();

  await offline.applyUpdate();
  await expect(app.heading).toHaveText("Клиенты и портфель");
  expect(await offline.workerVersion()).toBe(next);
  await expect.poll(() => offline.cacheNames()).toEqual([`kam-studio-${next}`]);
  await expect(offline.banner).toHaveCount(0);
});

test("Chromium finds the app installable, its folder as start and scope", async ({
  playwright,
  launchOptions,
  site,
}) => {
  // Installability is not judged in incognito contexts: use a throw-away profile.
  const profile = mkdtempSync(join(tmpdir(), "kam-profile-"));
  const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, locale: "ru-RU" });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
    page.on("pageerror", (err) => errors.push(err.message));
    page.on("request", (req) => {
      if (!req.url().startsWith(new URL(site.url).origin)) errors.push(`request outside the origin: ${req.url()}`);
    });
    const app = new App(page);
    await page.goto(site.url);
    await expect(app.nav.getByRole("link").first()).toBeVisible();
    await new Offline(page).waitUntilControlled();
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    expect(manifest.url).toBe(`${site.url}public/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const parsed = JSON.parse(manifest.data);
    expect(new URL(parsed.start_url, manifest.url).href).toBe(site.url);
    expect(new URL(parsed.scope, manifest.url).href).toBe(site.url);
    expect((await cdp.send("Page.getAppId")).appId).toBe(site.url);
    expect((await cdp.send("Page.getInstallabilityErrors")).installabilityErrors).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
