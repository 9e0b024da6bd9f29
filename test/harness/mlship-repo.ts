import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * This checkout as one commit of mlship/mlship would hold it: its files (tracked and new, not
 * ignored) with the bundles built from these sources, as the integrator commits them. The
 * bundles are this test run's (test/global-setup.ts builds them with scripts/build.mjs --out, the
 * committed layout); with MLSHIP_TEST_FROM_SOURCE=1 there are none, and they are built here.
 * Returns a folder the caller removes.
 */
export function thisCheckoutSnapshot(): string {
  const snap = mkdtempSync(path.join(os.tmpdir(), "mlship-snapshot-"));
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter(Boolean);
  execFileSync("bash", ["-c", `tar -cf - -T - | tar -xf - -C "${snap}"`], { cwd: root, input: files.join("\n") });
  const bundles = inject("bundleDir");
  if (bundles) cpSync(bundles, snap, { recursive: true, filter: (f) => path.basename(f) !== "test-workers" });
  else execFileSync(process.execPath, ["scripts/build.mjs", "--out", snap], { cwd: root, stdio: "pipe" });
  return snap;
}
