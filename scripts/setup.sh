#!/usr/bin/env bash
# Installs what is missing, from registries only (crates.io, npm, Debian), at pinned
# versions. Idempotent: a second run only checks versions (a few seconds).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

if ! command -v cargo >/dev/null; then
    echo "cargo not found: this project needs the machine's Rust toolchain (rustup)." >&2
    exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
    # Trunk 0.22 needs a newer rustc than this machine has; 0.21.14 builds with --locked.
    log "installing trunk $TRUNK_VERSION from crates.io (takes ~6 minutes once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

pinned="$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)"
if [ "$pinned" != "$WASM_BINDGEN_VERSION" ]; then
    echo "Trunk.toml pins wasm_bindgen $pinned but Cargo.lock has $WASM_BINDGEN_VERSION: make them equal." >&2
    exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
    # Without --locked: the crate's own lockfile pins a version the registry lacks.
    log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (takes ~3 minutes once)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Code splitting after cargo, before wasm-bindgen (scripts/split-wasm.mjs).
if ! wasm_split_cli --help >/dev/null 2>&1; then
    log "installing wasm_split_cli (wasm_split_cli_support $WASM_SPLIT_VERSION) from crates.io (takes ~2 minutes once)"
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    log "installing Debian's chromium and chromium-driver"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

want_pw="$(node -p "require('./package.json').devDependencies['@playwright/test']")"
have_pw="$(node -p "try { require('./node_modules/@playwright/test/package.json').version } catch { '' }" 2>/dev/null || true)"
if [ "$have_pw" != "$want_pw" ] || ! wasm-opt --version 2>/dev/null | grep -q "version 132" \
    || [ ! -f node_modules/terser/package.json ]; then
    log "installing npm packages (binaryen's wasm-opt, terser, Playwright) from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
fi

# Fetch every crate now, so the builds below need no network and Trunk can run --offline.
cargo fetch --locked --quiet
