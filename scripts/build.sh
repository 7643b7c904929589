#!/usr/bin/env bash
# Builds the release site into dist/ (static files; works from any sub-folder).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
log "building the release site into dist/"
trunk build --release --offline
