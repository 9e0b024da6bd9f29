import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopEnvironment } from "../packages/core/src/deploy/deploy.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { registerSpec, registerStep } from "../packages/core/src/steps/register.js";
import { trainSpec, trainStep } from "../packages/core/src/steps/train.js";
import { runInProcess } from "./helpers/actions.js";
import { fakeGitHubOnExample } from "./helpers/fake-github.js";
import { quietHost } from "./helpers/silent.js";

describe("deploy action: GitHub deployment records against the fake GitHub", () => {
  const { dir, gh, event } = fakeGitHubOnExample({ ref: "refs/heads/main" });
  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const t = await trainStep(
        parseInputs(trainSpec, (n) => ({ config: path.join(dir, "mlship.yml"), params: "{epochs: 1}" })[n]),
        quietHost,
      );
      await registerStep(
        parseInputs(
          registerSpec,
          (n) => ({ config: path.join(dir, "mlship.yml"), "model-path": t.outputs["model-path"] })[n],
        ),
        quietHost,
      );
    }
    await registerStep(
      parseInputs(
        registerSpec,
        (n) => ({ config: path.join(dir, "mlship.yml"), "model-path": path.resolve("test/fixtures/broken-model") })[n],
      ),
      quietHost,
    );
    process.chdir(dir);
  }, 60_000);
  afterAll(() => stopEnvironment(path.join(dir, ".mlship"), "local"));
  const env = () =>
    gh.runnerEnv("push", event, { GITHUB_SHA: "a".repeat(40), GITHUB_REF: "refs/heads/main", GITHUB_RUN_ID: "9" });
  const deploy = (model: string) =>
    runInProcess(
      () => import("../actions/deploy/src/main.js"),
      { config: "mlship.yml", environment: "local", model, "github-token": "ghs_fake" },
      env(),
    );

  it("a deploy creates a deployment with the model in its payload: in_progress, then success with the URL", async () => {
    const r = await deploy("churn@v1");
    expect(r.code).toBe(0);
    expect(gh.deployments).toHaveLength(1);
    const d = gh.deployments[0];
    expect(d).toMatchObject({ environment: "local", payload: { model: "churn@v1" } });
    expect(d.statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);
    expect(d.statuses[1].environment_url).toBe(r.outputs.url);
    const created = gh.requests.find((q) => q.method === "POST" && q.path.endsWith("/deployments"))!.body as Record<
      string,
      unknown
    >;
    expect(created).toMatchObject({ ref: "a".repeat(40), auto_merge: false, required_contexts: [] });
  });

  it("the next deploy marks the replaced one inactive", async () => {
    await deploy("churn@v2");
    expect(gh.deployments).toHaveLength(2);
    expect(gh.deployments[1].statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);
    expect(gh.deployments[0].statuses.map((s) => s.state)).toEqual(["in_progress", "success", "inactive"]);
  });

  it("every request and response fits GitHub's published description", () => {
    expect(gh.violations).toEqual([]);
    expect(gh.requests.length).toBeGreaterThan(0);
  });

  it("a failing model gets a failure status, the job fails, the previous deployment stays active", async () => {
    const r = await deploy("churn@v3");
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ outcome: "restored-previous", "auto-restored": "true" });
    expect(r.outputs["model-id"]).toBe("churn@v2");
    expect(gh.deployments[2].statuses.map((s) => s.state)).toEqual(["in_progress", "failure"]);
    expect(gh.deployments[1].statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);
    expect(r.summary).toContain("rolled back");
  }, 30_000);
});
