#!/usr/bin/env node
// `node scripts/wasm-features.mjs <file.wasm> <feature>`: removes <feature> from the
// file's `target_features` section in place (called by scripts/wasm-ld.sh).
import { readFileSync, writeFileSync } from "node:fs";
import { withoutFeature } from "./wasm-sections.mjs";

const [file, feature] = process.argv.slice(2);
writeFileSync(file, withoutFeature(readFileSync(file), feature));
