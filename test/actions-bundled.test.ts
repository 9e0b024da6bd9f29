import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stopEnvironment } from "../packages/core/src/deploy/deploy.js";
import { stepSpecs } from "../packages/core/src/steps/list.js";
import { runBundledAction } from "./helpers/actions.js";
import { exampleCopy } from "./helpers/tmp.js";

/** Each action's committed bundle, run as a separate process with INPUT_* env, on the example, in pipeline order. */
describe("bundled actions (dist/index.js) on the churn example", () => {
  const dir = exampleCopy();
  afterAll(() => stopEnvironment(path.join(dir, ".mlship"), "local"));
  const outputs: Record<string, Record<string, string>> = {};

  it("every step (steps/list.ts) has an action with its bundle, and every action is a step", () => {
    const names = stepSpecs.map((s) => s.name);
    expect(names.length).toBeGreaterThanOrEqual(7);
    for (const step of names) expect(existsSync(path.resolve("actions", step, "dist", "index.js")), step).toBe(true);
    expect(readdirSync("actions").sort()).toEqual([...names].sort());
  });

  it("validate-data", async () => {
    const r = await runBundledAction(
      "validate-data",
      { config: "mlship.yml", data: "data/train.csv\ndata/test.csv", "fail-on": "error" },
      dir,
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ valid: "true", rows: "5500" });
    expect(r.outputs.digest).toMatch(/^sha256:/);
    expect(r.summary).toContain("Data validation");
  });

  it("train", async () => {
    const r = await runBundledAction("train", { config: "mlship.yml", params: '{"epochs": 5}', gpu: "optional" }, dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("::group::train: python3 train.py");
    expect(JSON.parse(r.outputs.metrics).epochs).toBe(5);
    expect(existsSync(path.join(r.outputs["model-path"], "model.json"))).toBe(true);
    expect(r.summary).toContain("xychart-beta");
    outputs.train = r.outputs;
  });

  it("quality-load-bias-test", async () => {
    const r = await runBundledAction(
      "quality-load-bias-test",
      { config: "mlship.yml", "run-dir": outputs.train["run-dir"], comment: "true", load: "true" },
      dir,
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.passed).toBe("true");
    expect(r.summary).toContain("## Gates");
    expect(r.summary).toContain("## Load");
    expect(r.summary).toMatch(/\| \d+(\.\d+)? ms \|/);
  });

  it("register", async () => {
    const r = await runBundledAction(
      "register",
      { config: "mlship.yml", "model-path": outputs.train["model-path"] },
      dir,
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ "model-id": "churn@v1", version: "1" });
    outputs.register = r.outputs;
  });

  it("deploy (no token: the GitHub deployment is skipped with a notice)", async () => {
    const r = await runBundledAction(
      "deploy",
      { config: "mlship.yml", environment: "local", model: outputs.register["model-id"], "github-token": "" },
      dir,
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs["model-id"]).toBe("churn@v1");
    expect(r.outputs.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(r.stdout).toContain("::notice::the GitHub deployment record skipped: no GitHub token");
  });

  it("check-drift finds the drift the example's current data carries", async () => {
    const r = await runBundledAction(
      "check-drift",
      { config: "mlship.yml", environment: "production", issue: "true" },
      dir,
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.drifted).toBe("true");
    expect(Number(r.outputs["drift-share"])).toBeGreaterThanOrEqual(0.5);
    expect(r.summary).toContain("monthly\\_charges");
    expect(r.stdout).toContain("::notice::the drift issue skipped");
  });

  it("a user error fails with one annotation at the file and line", async () => {
    const r = await runBundledAction("validate-data", { config: "mlship.yml", schema: "mlship.yml" }, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error title=mlship validate-data,file=mlship\.yml,line=2,col=1::/);
    expect(r.stdout).not.toContain("    at "); // no stack trace for a user error
  });
});
