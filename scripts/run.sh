#!/usr/bin/env bash
# Sets up what is missing, builds the release site and serves it with its demo data.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh"
PORT="${PORT:-8080}"
exec node "$ROOT/scripts/serve.mjs" --dir "$ROOT/dist" --prefix /kam/ --port "$PORT"
