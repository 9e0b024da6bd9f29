import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The node_modules folders of this checkout's install: the root's and each workspace's (relative paths). */
export function nodeModulesFolders(): string[] {
  const workspaces = ["packages", "actions"].flatMap((top) =>
    readdirSync(path.join(root, top)).map((d) => path.join(top, d, "node_modules")),
  );
  return ["node_modules", ...workspaces.filter((d) => existsSync(path.join(root, d)))];
}

/**
 * This checkout as one commit of mlship/mlship would hold it: its files (tracked and new, not
 * ignored) with the bundles built from these sources, as the integrator commits them. The
 * bundles are this test run's (test/global-setup.ts builds them with scripts/build.mjs --out, the
 * committed layout); with MLSHIP_TEST_FROM_SOURCE=1 there are none, and they are built here
 * (buildHere: always built in the snapshot itself).
 * Returns a folder the caller removes.
 */
export function thisCheckoutSnapshot(opts: { buildHere?: boolean } = {}): string {
  const snap = mkdtempSync(path.join(os.tmpdir(), "mlship-snapshot-"));
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: root, encoding: "utf8" })
    .split("\n")
    // The committed bundles may be stale (the integrator rebuilds them): the build's output replaces them whole.
    .filter((f) => f && !/^(dist|actions\/[^/]+\/dist|packages\/cli\/dist)\//.test(f));
  execFileSync("bash", ["-c", `tar -cf - -T - | tar -xf - -C "${snap}"`], { cwd: root, input: files.join("\n") });
  const bundles = opts.buildHere ? "" : inject("bundleDir");
  if (opts.buildHere) {
    // Built inside the snapshot with its own node_modules, byte for byte what a job's build there
    // gives (release.yml's freshness check compares them; the run's bundle names other paths).
    // Every node_modules npm ci leaves, the workspaces' own too (packages/cli's commander 14 is not
    // the root's commander 2, which another dependency hoists): a bundle built without them runs
    // another library than the committed one.
    const installed = nodeModulesFolders();
    for (const d of installed) execFileSync("cp", ["-al", path.join(root, d), path.join(snap, d)]);
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: snap, stdio: "pipe" });
    for (const d of installed) rmSync(path.join(snap, d), { recursive: true, force: true });
  } else if (bundles) cpSync(bundles, snap, { recursive: true, filter: (f) => path.basename(f) !== "test-workers" });
  else execFileSync(process.execPath, ["scripts/build.mjs", "--out", snap], { cwd: root, stdio: "pipe" });
  return snap;
}
