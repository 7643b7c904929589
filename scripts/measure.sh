#!/usr/bin/env bash
# Builds the release site and prints its gzip size and the time to mount in headless
# Chromium (median of 5, with and without 4x CPU throttling), storage, input → screen
# in the clients section and score + rank in wasm. Figures go to docs/performance.md.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh"
cd "$ROOT"
node scripts/bundle-size.mjs
node scripts/measure-mount.mjs --runs 5
node scripts/measure-storage.mjs --clients 10000 --runs 5
node scripts/measure-clients.mjs --clients 1000 --runs 9
# Score + rank of 10 000 clients × 30 criteria in wasm (issue #4: ≤ 16 ms); builds its
# own bench module (src/bin/score_bench.rs), not the app.
node scripts/measure-score.mjs --clients 10000 --criteria 30 --runs 15
