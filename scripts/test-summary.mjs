// Prints the closing line CI reads, "N passed, N failed[, N skipped]", from vitest's JSON report.
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? ".vitest-results.json";
let r;
try {
  r = JSON.parse(readFileSync(file, "utf8"));
} catch (e) {
  console.log(`could not read ${file}: ${e.message}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const failedFiles = (r.testResults ?? []).filter(
  (f) => f.status === "failed" && (f.assertionResults ?? []).length === 0,
).length;
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
const failed = (r.numFailedTests ?? 0) + failedFiles;
console.log(`${r.numPassedTests ?? 0} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
