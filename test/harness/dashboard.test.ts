import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { git } from "./git.js";
import { thisCheckoutSnapshot } from "./mlship-repo.js";
import type { RunRecord } from "./runner.js";
import { example, expectRequests, world } from "./world.js";

const log = (r: RunRecord) => r.jobs.map((j) => `── ${j.name}: ${j.result}\n${j.log}`).join("\n");

/**
 * examples/workflows/dashboard.yml, unchanged, in acme/churn, calling mlship/mlship's
 * dashboard.yml@v1 from mlship's own repository (this checkout, bundles built, tagged v1): the
 * build job checks out mlship's CLI at v1 and builds the site from the registry; the Pages
 * actions' stand-ins require what the real ones do (configure-pages reads the Pages site:
 * `pages: read`; deploy-pages: `pages: write`, `id-token: write`).
 */
describe("dashboard through the workflow files (harness)", () => {
  const w = world({ mlship: true });

  beforeAll(async () => {
    const snap = thisCheckoutSnapshot();
    w.mlship!.commitDir(snap, "mlship: the sources of this checkout, bundles built");
    rmSync(snap, { recursive: true, force: true });
    git(w.mlship!.bare, ["tag", "v1", "main"]);
    // One model registered earlier (train.yml on a merge), in the world's registry.
    const proj = mkdtempSync(path.join(os.tmpdir(), "mlship-seed-"));
    writeFileSync(path.join(proj, "mlship.yml"), "model: churn\n");
    mkdirSync(path.join(proj, "m1"));
    writeFileSync(path.join(proj, "m1", "weights.txt"), "weights 1\n");
    await w.register(proj, "m1");
    rmSync(proj, { recursive: true, force: true });
    w.remote.commit(
      { "mlship.yml": "model: churn\n", ".github/workflows/dashboard.yml": example("dashboard.yml") },
      "initial",
    );
  }, 300_000);

  it("builds the site with mlship's CLI at v1 and publishes it to Pages", async () => {
    const run = await w.run("dashboard.yml", {
      name: "workflow_dispatch",
      ref: "refs/heads/main",
      sha: w.remote.head(),
    });
    expect(run.result, log(run)).toBe("success");
    const build = run.job("dashboard / build");
    expect(build.permissions).toEqual({ contents: "read", packages: "read", pages: "read" });
    expect(build.log).toContain("checked out v1");
    expect(run.job("dashboard / publish").outputs.url).toBe("https://acme.github.io/churn/");
    expect(run.job("dashboard / publish").environment).toBe("github-pages");
    expectRequests(run, { "*": 0 });
  }, 300_000);

  it("a dashboard.yml pinned to a ref mlship/mlship does not have does not start", async () => {
    w.remote.commit(
      { ".github/workflows/dashboard.yml": example("dashboard.yml").replace("dashboard.yml@v1", "dashboard.yml@v9") },
      "pin a ref that does not exist",
    );
    const run = await w.run("dashboard.yml", {
      name: "workflow_dispatch",
      ref: "refs/heads/main",
      sha: w.remote.head(),
    });
    expect(run.result).toBe("startup_failure");
    expect(run.startupFailure).toMatch(/no ref v9 in mlship\/mlship/);
  }, 120_000);
});
