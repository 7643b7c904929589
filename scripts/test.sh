#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test of KAM Studio:
# format, lints, the pure engine (native), the purity of its dependency tree, the
# release build and its size budget, and the end-to-end suite in headless Chromium.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"

log "cargo fmt --check"
cargo fmt --all -- --check

log "clippy: engine (native) and app (wasm32)"
cargo clippy --locked --no-default-features --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -- -D warnings

log "the engine builds without any web crate"
web="$(cargo tree --locked --no-default-features -e normal --prefix none \
    | grep -E '^(leptos|leptos_[a-z_]+|web-sys|wasm-bindgen|js-sys|gloo[a-z_-]*) ' || true)"
if [ -n "$web" ]; then
    echo "the engine pulls web crates:" >&2
    echo "$web" >&2
    exit 1
fi

log "engine tests (native, no web crate)"
cargo test --locked --no-default-features

"$ROOT/scripts/build.sh"

log "release bundle size"
# Issue #4's budget: the first load (main wasm, JS glue, CSS) at most 300 KB gzip; it
# is ≈ 298 KB (docs/performance.md, "Session 6"). The total of every file, ≈ 605 KB
# (of which 36 KB the Excel writer, fetched on the first XLSX export), is a
# regression ceiling only (605 → 608 KB in session 10: the offers' figures tables
# laid out in rows, +2.2 KB; docs/performance.md, "Session 10").
node "$ROOT/scripts/bundle-size.mjs" --budget-kb 300 --total-kb 608

log "end-to-end tests (Playwright + Debian Chromium, served under /kam/)"
rm -f target/e2e-results.json
set +e
npx playwright test --config tests/e2e/playwright.config.mjs
e2e=$?
set -e
node "$ROOT/scripts/e2e-summary.mjs" target/e2e-results.json
exit $e2e
