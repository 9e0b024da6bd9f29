import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { git } from "./git.js";
import type { RunRecord } from "./runner.js";
import { expectRequests, world } from "./world.js";

const root = path.resolve(".");

/**
 * The runner image's npm, offline: `npm ci` restores the dependencies this checkout installed
 * (the machines running these tests cannot reach a package registry) as hard links, so that they
 * lie inside the workspace as npm ci leaves them (a symlink would put other paths into the
 * bundles' comments); anything else is npm.
 */
function offlineNpm(dir: string): string {
  const bin = path.join(dir, "bin");
  mkdirSync(bin, { recursive: true });
  const npm = execFileSync("bash", ["-c", "command -v npm"], { encoding: "utf8" }).trim();
  writeFileSync(
    path.join(bin, "npm"),
    `#!/bin/sh\nif [ "$1" = ci ]; then cp -al ${root}/node_modules node_modules && echo "restored node_modules"; exit 0; fi\nexec ${npm} "$@"\n`,
    { mode: 0o755 },
  );
  return bin;
}

const log = (r: RunRecord) => r.jobs.map((j) => `── ${j.name}: ${j.result}\n${j.log}`).join("\n");

/**
 * .github/workflows/release.yml run through the harness on a copy of this repository (its
 * working tree, bundles built fresh): a dispatch with a version, then a stale bundle refused.
 */
describe("release through the workflow file (harness)", () => {
  const tools = mkdtempSync(path.join(os.tmpdir(), "mlship-tools-"));
  const w = world({
    repository: "mlship/mlship",
    machineEnv: { PATH: `${offlineNpm(tools)}:${process.env.PATH}` },
  });
  afterAll(() => rmSync(tools, { recursive: true, force: true }));

  beforeAll(() => {
    // This repository as it stands, with its bundles built from these sources (as the
    // coordinator commits them), as one commit of mlship/mlship, and an earlier release v1.0.0.
    const snap = mkdtempSync(path.join(os.tmpdir(), "mlship-snapshot-"));
    const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: root, encoding: "utf8" })
      .split("\n")
      .filter(Boolean);
    execFileSync("bash", ["-c", `tar -cf - -T - | tar -xf - -C ${snap}`], { cwd: root, input: files.join("\n") });
    execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(snap, "node_modules")]);
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: snap, stdio: "pipe" });
    rmSync(path.join(snap, "node_modules"), { recursive: true, force: true });
    w.remote.commit({ "CHANGELOG.md": "first\n" }, "the first release's change");
    git(w.remote.bare, ["tag", "v1.0.0", "main"]);
    w.remote.commitDir(snap, "feat: the sources of this checkout");
    rmSync(snap, { recursive: true, force: true });
  }, 180_000);

  it("a dispatch with 1.1.0 tags a commit whose internal references all name v1.1.0, moves v1, and creates the release", async () => {
    const source = w.remote.head();
    const run = await w.run("release.yml", {
      name: "workflow_dispatch",
      ref: "refs/heads/main",
      sha: source,
      inputs: { version: "1.1.0" },
    });
    expect(run.result, log(run)).toBe("success");
    const tagged = git(w.remote.bare, ["rev-parse", "v1.1.0^{commit}"]);
    expect(git(w.remote.bare, ["rev-parse", "v1^{commit}"])).toBe(tagged);
    expect(git(w.remote.bare, ["rev-parse", `${tagged}^`])).toBe(source);
    expect(w.remote.head()).toBe(source); // main is untouched: only the tags name the release commit
    // Every internal reference in the tagged tree names v1.1.0; none is left at @v1.
    const internal = (rev: string) =>
      git(w.remote.bare, [
        "grep",
        "-h",
        "-o",
        "mlship/mlship/[A-Za-z0-9_./-]*@[A-Za-z0-9_.]*",
        rev,
        "--",
        ".github/workflows",
        "actions",
      ])
        .split("\n")
        .filter(Boolean);
    const before = internal(source);
    expect(before.length).toBeGreaterThanOrEqual(8);
    expect(internal(tagged)).toEqual(before.map((r) => r.replace(/@v1$/, "@v1.1.0")));
    expect(w.remote.show(tagged, ".github/workflows/dashboard.yml")).toMatch(
      /mlship-ref:\n(?: {8}.*\n)*? {8}default: v1\.1\.0\n/,
    );
    expect(w.gh.releases).toHaveLength(1);
    expect(w.gh.releases[0]).toMatchObject({ tag_name: "v1.1.0", name: "mlship v1.1.0" });
    expect(w.gh.releases[0].body).toContain("Changes since v1.0.0");
    expect(w.gh.releases[0].body).toContain("- feat: the sources of this checkout");
    expect(w.gh.releases[0].body).not.toContain("the first release's change");
    expect(run.job("release").permissions).toEqual({ contents: "write" });
    expect(w.gh.violations).toEqual([]);
    // one request: the release (tags go up with git push)
    expectRequests(run, { fresh: 0, release: 1 });
  }, 300_000);

  it("a stale bundle stops the release before any tag or release is made", async () => {
    const sha = w.remote.commit(
      {
        "actions/deploy/src/main.ts": `${w.remote.show("main", "actions/deploy/src/main.ts")}\nconsole.log("changed");\n`,
      },
      "change a source without rebuilding",
    );
    const run = await w.run("release.yml", {
      name: "workflow_dispatch",
      ref: "refs/heads/main",
      sha,
      inputs: { version: "1.2.0" },
    });
    expect(run.job("fresh").result).toBe("failure");
    expect(run.job("release").result).toBe("skipped");
    expect(git(w.remote.bare, ["tag", "--list", "v1.2.0"])).toBe("");
    expect(w.gh.releases).toHaveLength(1);
    expectRequests(run, { "*": 0 });
  }, 300_000);
});
