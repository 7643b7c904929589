# Sourced by the other scripts: puts the project's pinned tools first on PATH.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# Trunk must use the local tools and never look for a newer version online.
export TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.2
# wasm-bindgen-cli must equal the wasm-bindgen crate locked in Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
export TRUNK_VERSION WASM_BINDGEN_VERSION WASM_SPLIT_VERSION

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
