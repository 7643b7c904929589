#!/usr/bin/env bash
# Builds the release site and prints its gzip size and the time to mount in headless
# Chromium (median of 5, with and without 4x CPU throttling). Figures go to
# docs/performance.md.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh"
cd "$ROOT"
node scripts/bundle-size.mjs
node scripts/measure-mount.mjs --runs 5
node scripts/measure-storage.mjs --clients 10000 --runs 5
node scripts/measure-clients.mjs --clients 1000 --runs 9
