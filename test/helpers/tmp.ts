import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

/** A temp folder removed after the file's tests. */
export function tempDir(prefix = "mlship-test-"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A private copy of the churn example (code, config and generated data, no .mlship state). */
export function exampleCopy(): string {
  const dir = tempDir("mlship-churn-");
  const src = path.resolve("examples/churn");
  cpSync(src, dir, { recursive: true, filter: (p) => !p.includes(`${path.sep}.mlship`) && !p.includes("__pycache__") });
  return dir;
}
