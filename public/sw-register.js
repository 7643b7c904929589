// KAM Studio: registers the service worker (./sw.js, written at build time by
// scripts/gen-sw.mjs) so that the app opens with no network after the first visit, and
// tells the app when a new build is ready.
//
// Events on `window`, the only link between this file and the app:
//   "kam:update-ready"  (from here)  a new build is installed and waiting;
//   "kam:update-check"  (from the app, when its banner mounts)  re-send
//                       "kam:update-ready" if a build is waiting — the app may start
//                       after the update was found;
//   "kam:apply-update"  (from the app)  switch to the waiting build; the page reloads
//                       once the new worker controls it.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;

  var sw = navigator.serviceWorker;
  // A page that had no worker (the first visit) is not reloaded when the first worker
  // takes it over; an updated one is, so that it runs the build its worker serves.
  var hadController = !!sw.controller;
  var applying = false;
  var reloaded = false;
  var registration = null;

  function announce() {
    if (registration && registration.waiting && sw.controller) {
      window.dispatchEvent(new CustomEvent("kam:update-ready"));
    }
  }

  function watch(worker) {
    worker.addEventListener("statechange", function () {
      if (worker.state === "installed") announce();
    });
  }

  window.addEventListener("kam:update-check", announce);

  window.addEventListener("kam:apply-update", function () {
    if (registration && registration.waiting) {
      applying = true;
      registration.waiting.postMessage({ type: "SKIP_WAITING" });
    }
  });

  sw.addEventListener("controllerchange", function () {
    if (reloaded || !(hadController || applying)) {
      hadController = true;
      return;
    }
    reloaded = true;
    window.location.reload();
  });

  // The browser looks for a new sw.js on every page load; a tab left open all day (a
  // workshop on the projector) also looks when it is shown again, at most twice an hour.
  var lastCheck = Date.now();
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState !== "visible" || !registration) return;
    if (Date.now() - lastCheck < 30 * 60 * 1000) return;
    lastCheck = Date.now();
    registration.update().catch(function () {
      // Offline: the next check will tell.
    });
  });

  sw.register("./sw.js", { scope: "./" }).then(
    function (reg) {
      // A browser that blocks service workers (a policy, an automation setting)
      // resolves with nothing: the app then works online only.
      if (!reg) return;
      registration = reg;
      if (reg.installing) watch(reg.installing);
      reg.addEventListener("updatefound", function () {
        if (reg.installing) watch(reg.installing);
      });
      announce();
    },
    function () {
      // No worker (e.g. sw.js missing in a development build): the app still works online.
    },
  );
})();
