#!/usr/bin/env sh
# The linker for wasm32 (.cargo/config.toml): rust-lld, then `reference-types` taken out
# of the output's target features. The app is compiled without that feature (see
# .cargo/config.toml), but the precompiled standard library declares it, and wasm-bindgen
# reads the declaration: it would expect externref glue the code does not contain.
set -eu
lld="$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | sed -n 's/^host: //p')/bin/rust-lld"
"$lld" "$@"
out=""
prev=""
for arg in "$@"; do
    [ "$prev" = "-o" ] && out="$arg"
    prev="$arg"
done
case "$out" in
    *.wasm) node "$(dirname "$0")/wasm-features.mjs" "$out" reference-types ;;
esac
