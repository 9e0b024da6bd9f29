import { beforeAll, describe, expect, it } from "vitest";
import type { RunRecord } from "./runner.js";
import { expectRequests, world } from "./world.js";

/**
 * The world's registry is the real one (docker-registry behind the ghcr.io stand-in), and it, not
 * only the workflow side, holds each job to its token's `packages` permission: a user's job that
 * registers a model with `packages: read` is refused by the registry, and mlship says which
 * permission to add. (A caller granting train.yml `packages: read` never gets that far: GitHub
 * refuses to start the run, wiring.test.ts.)
 */
describe("the registry behind the job's token (harness)", () => {
  const w = world();
  const registerWith = (packages: string) =>
    [
      "name: register",
      "on: workflow_dispatch",
      "jobs:",
      "  register:",
      "    runs-on: ubuntu-latest",
      "    permissions:",
      "      contents: read",
      `      packages: ${packages}`,
      "    outputs:",
      "      model-id: ${{ steps.register.outputs.model-id }}",
      "    steps:",
      "      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0",
      "      - id: register",
      "        uses: mlship/mlship/actions/register@v1",
      "        with:",
      "          model-path: model",
      "",
    ].join("\n");
  const dispatch = (file: string) =>
    w.run(file, { name: "workflow_dispatch", ref: "refs/heads/main", sha: w.remote.head(), inputs: {} });
  const log = (r: RunRecord) => r.jobs.map((j) => `── ${j.name}: ${j.result}\n${j.log}`).join("\n");
  beforeAll(() => {
    w.remote.commit(
      {
        "mlship.yml": "model: churn\n", // no registry: GitHub's container registry with the job's token
        "model/weights.txt": "weights 1\n",
        ".github/workflows/register-read.yml": registerWith("read"),
        ".github/workflows/register-write.yml": registerWith("write"),
      },
      "a model trained elsewhere",
    );
  });

  it("a job with packages: read cannot register: the registry refuses the push, and mlship names the permission", async () => {
    const run = await dispatch("register-read.yml");
    const job = run.job("register");
    expect(job.result, log(run)).toBe("failure");
    expect(job.permissions.packages).toBe("read");
    const errors = job.annotations.filter((a) => a.level === "error").map((a) => a.message);
    // The registry's own answer (403 DENIED), and what to change.
    expect(errors.join("\n")).toContain("HTTP 403 DENIED");
    expect(errors.join("\n")).toContain("`permissions: packages: write`");
    expect(errors.join("\n")).toContain(w.registryUri.replace(/^oci:\/\//, ""));
    expect(w.registryCounts.denied).toBeGreaterThan(0);
    expect(await w.registryTags()).toEqual([]);
    // Registering makes no GitHub API request without git-tag (no comment, no deployment).
    expectRequests(run, { register: 0 });
  }, 60_000);

  it("the same job with packages: write registers churn@v1 with its own token, no registry secret", async () => {
    const run = await dispatch("register-write.yml");
    expect(run.result, log(run)).toBe("success");
    const job = run.job("register");
    expect(job.secrets).not.toContain("MLSHIP_REGISTRY_TOKEN");
    expect(job.outputs["model-id"]).toBe("churn@v1");
    expect(await w.registryTags()).toContain("churn.v1");
    expectRequests(run, { register: 0 });
  }, 60_000);

  it("a job's token stops working in the registry when its job ends", async () => {
    const token = "ghs_job_ended_0123456789";
    w.gh.tokens.set(token, { contents: "read", packages: "write", metadata: "read" });
    const repo = new URL(w.registryUri.replace(/^oci:/, "http:")).pathname.slice(1);
    const ask = () =>
      fetch(`http://${w.registryHost}/token?scope=repository:${repo}:pull,push`, {
        headers: { authorization: `Basic ${Buffer.from(`ada:${token}`).toString("base64")}` },
      });
    const res = await ask();
    expect(res.status).toBe(200);
    const { token: bearer } = (await res.json()) as { token: string };
    const probe = () =>
      fetch(`http://${w.registryHost}/v2/${repo}/tags/list`, { headers: { authorization: `Bearer ${bearer}` } });
    expect((await probe()).status).not.toBe(401);
    w.gh.tokens.delete(token); // the runner's job ends
    expect((await probe()).status).toBe(401);
    expect((await ask()).status).toBe(401);
  });
});
