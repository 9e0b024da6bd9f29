import { describe, expect, it } from "vitest";
import type { Event, RunRecord } from "./runner.js";
import { example, world } from "./world.js";

const log = (r: RunRecord) => r.jobs.map((j) => `── ${j.name}: ${j.result}\n${j.log}`).join("\n");
const notices = (r: RunRecord) => r.jobs.flatMap((j) => j.annotations.filter((a) => a.level === "notice"));

/** A caller of publish.yml with a registered model's ID and digest (train.yml's outputs), attestation only. */
const publishCaller = (extra = "") => `name: publish
on: [workflow_dispatch, schedule]
jobs:
  publish:
    uses: mlship/mlship/.github/workflows/publish.yml@v1
    permissions:
      contents: write
      packages: write
      id-token: write
      attestations: write
      actions: read
    with:
      model-id: churn@v3
      digest: sha256:${"ab".repeat(32)}
      git-tag: false
${extra}`;

/**
 * GitHub's plans and a repository's visibility: below GitHub Enterprise Cloud, artifact
 * attestations need a public repository ("Using artifact attestations to establish provenance
 * for builds"), and a Pages site is public even from a private repository (GitHub Free: no Pages
 * there at all). The stand-ins refuse as GitHub does; mlship's workflows give a private
 * repository a notice and a skipped step, not a failed job.
 */
describe("a private repository below Enterprise Cloud (harness)", () => {
  const w = world({ visibility: "private", plan: "team" });
  const dispatch = (): Event => ({ name: "workflow_dispatch", ref: "refs/heads/main", sha: w.remote.head() });

  it("publish.yml: no attestation, a notice, a green job", async () => {
    w.remote.commit({ ".github/workflows/publish.yml": publishCaller() }, "publish caller");
    const run = await w.run("publish.yml", dispatch());
    expect(run.result, log(run)).toBe("success");
    const attest = run.job("publish / attest");
    expect(attest.steps.map((s) => s.uses?.replace(/@.*/, "") ?? "run")).toEqual(["run"]);
    expect(notices(run).map((n) => n.message)).toEqual([
      expect.stringMatching(/^no attestation for this private repository: below GitHub Enterprise Cloud/),
    ]);
  });

  it("publish.yml on a schedule (no repository in the payload): the attestation is tried, its refusal a notice", async () => {
    const run = await w.run("publish.yml", { name: "schedule", ref: "refs/heads/main", sha: w.remote.head() });
    expect(run.result, log(run)).toBe("success");
    const attest = run.job("publish / attest");
    expect(attest.steps.map((s) => s.outcome)).toEqual(["success", "failure", "success"]);
    expect(attest.log).toContain("Feature not available for this repository");
    expect(notices(run).map((n) => n.message)).toEqual([expect.stringMatching(/^no attestation \(this run's event/)]);
  });

  it("dashboard.yml: nothing published (a Pages site is public), a notice, a green run", async () => {
    w.remote.commit(
      { "mlship.yml": "model: churn\n", ".github/workflows/dashboard.yml": example("dashboard.yml") },
      "dashboard caller",
    );
    const run = await w.run("dashboard.yml", dispatch());
    expect(run.result, log(run)).toBe("success");
    expect(run.job("dashboard / build").steps.map((s) => s.outcome)).toEqual(["success"]);
    expect(run.job("dashboard / publish").result).toBe("skipped");
    expect(notices(run).map((n) => n.message)).toEqual([
      expect.stringMatching(/^not published: the repository is private and a Pages site is public/),
    ]);
  });
});

describe("a private repository on Enterprise Cloud (harness)", () => {
  const w = world({ visibility: "private", plan: "enterprise" });

  it("publish.yml with enterprise-cloud: true attests", async () => {
    w.remote.commit(
      { ".github/workflows/publish.yml": publishCaller("      enterprise-cloud: true\n") },
      "publish caller",
    );
    const run = await w.run("publish.yml", { name: "workflow_dispatch", ref: "refs/heads/main", sha: w.remote.head() });
    expect(run.result, log(run)).toBe("success");
    const attest = run.job("publish / attest");
    expect(attest.steps.map((s) => s.outcome)).toEqual(["success", "success"]);
    expect(attest.steps[1].uses).toMatch(/^actions\/attest-build-provenance@/);
    expect(notices(run)).toEqual([]);
  });
});
