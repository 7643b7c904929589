#!/usr/bin/env node
// Prints the end-to-end result as one closing line, "e2e: N passed, N failed", read
// from Playwright's JSON report (a missing report counts as a failure).
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? "target/e2e-results.json";
try {
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  const failed = stats.unexpected + stats.flaky;
  console.log(`e2e: ${stats.expected} passed, ${failed} failed, ${stats.skipped} skipped`);
  process.exit(failed > 0 ? 1 : 0);
} catch (err) {
  console.log(`e2e: 0 passed, 1 failed (no report at ${file}: ${err.message})`);
  process.exit(1);
}
