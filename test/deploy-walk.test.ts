import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { deploymentStatus, stopEnvironment } from "../packages/core/src/deploy/deploy.js";
import { readDesired } from "../packages/core/src/deploy/desired-state.js";
import { readState, type DeploymentState } from "../packages/core/src/deploy/state.js";
import { stopOwnServer } from "../packages/core/src/deploy/targets/local.js";
import { loadProject } from "../packages/core/src/project.js";
import { FileRegistry } from "../packages/core/src/registry/backends/file.js";
import { deployStep, deploySpec } from "../packages/core/src/steps/deploy.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { registerSpec, registerStep } from "../packages/core/src/steps/register.js";
import { rollback } from "../packages/core/src/steps/rollback.js";
import { trainSpec, trainStep } from "../packages/core/src/steps/train.js";
import { main } from "../packages/cli/src/main.js";
import { caught } from "./helpers/catch.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";
import { quietHost } from "./helpers/silent.js";

/*
 * Issue #31 item 11: what an environment runs lives in the registry alone. `.mlship/deployments/`
 * is this machine's process bookkeeping: deleting it loses nothing of what runs or ran.
 */

const dir = exampleCopy();
const config = path.join(dir, "mlship.yml");
const state = path.join(dir, ".mlship");

async function trainAndRegister(): Promise<string> {
  const t = await trainStep(
    parseInputs(trainSpec, (n) => ({ config, params: "{epochs: 1}" })[n]),
    quietHost,
  );
  const r = await registerStep(
    parseInputs(
      registerSpec,
      (n) => ({ config, "model-path": t.outputs["model-path"], "force-new-version": "true" })[n],
    ),
    quietHost,
  );
  return r.outputs["model-id"];
}

/** The model the server at `url` says it is (its /predict answer names it). */
async function answers(url: string): Promise<string> {
  const res = await fetch(`${url}/predict`, {
    method: "POST",
    body: JSON.stringify({ rows: [{ tenure_months: 3, monthly_charges: 90, support_calls: 4, contract: "month" }] }),
  });
  return ((await res.json()) as { model: string }).model;
}

const deploy = (model: string) =>
  deployStep(
    parseInputs(deploySpec, (n) => ({ config, model })[n]),
    quietHost,
  );

describe("a deleted .mlship/deployments loses nothing: status and rollback answer from the registry", () => {
  let orphan: DeploymentState | undefined;
  beforeAll(async () => {
    expect(await trainAndRegister()).toBe("churn@v1");
    expect(await trainAndRegister()).toBe("churn@v2");
  }, 240_000);
  afterAll(async () => {
    await stopOwnServer(orphan ?? undefined);
    await stopEnvironment(state, "local");
  });

  it("deploy v1 then v2, delete the process records: status names v2 from the registry, rollback goes back to v1", async () => {
    expect((await deploy("churn@v1")).outputs["model-id"]).toBe("churn@v1");
    expect((await deploy("churn@v2")).outputs["model-id"]).toBe("churn@v2");
    orphan = await readState(state, "local");
    expect(orphan?.pid).toBeGreaterThan(0);
    const v2Url = orphan!.url!;
    expect(await answers(v2Url)).toBe("churn@v2");

    rmSync(path.join(state, "deployments"), { recursive: true, force: true });

    // status: the registry's record (model, URL, target, digest), nothing of this machine's process.
    const project = await loadProject(config);
    const registry = new FileRegistry(path.join(state, "registry"));
    const v2 = await registry.show({ name: "churn", version: 2 });
    const status = await deploymentStatus(project, registry);
    expect(Object.keys(status)).toEqual(["local"]);
    expect(status.local).toMatchObject({
      environment: "local",
      model: "churn@v2",
      digest: v2.digest,
      target: "local",
      url: v2Url,
      pid: null,
      token: null,
    });
    const lines: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((m: unknown) => void lines.push(String(m)));
    try {
      expect(await main(["status", "--config", config])).toBe(0);
    } finally {
      log.mockRestore();
    }
    expect(lines.join("\n")).toContain(`local: churn@v2 at ${v2Url}`);

    // rollback: what runs (v2) and what ran before (v1) from the registry's record and events.
    const r = await rollback(config, "local", undefined, "the walk test", quietHost);
    expect(r.outputs).toMatchObject({
      "model-id": "churn@v1",
      "previous-model-id": "churn@v2",
      outcome: "rolled-back",
    });
    const now = await readState(state, "local");
    expect(now?.model).toBe("churn@v1");
    expect(await answers(now!.url!)).toBe("churn@v1");
    expect((await registry.environmentRecord("churn", "local"))?.version).toBe(1);
    const events = await registry.events("churn", "local");
    expect(events.at(-1)).toMatchObject({ action: "rollback", from: "churn@v2", to: "churn@v1", outcome: "success" });

    // The local target re-adopts its server: a plain deploy of what runs changes nothing.
    const again = await deploy("churn@v1");
    expect(again.outputs.outcome).toBe("unchanged");
    expect((await readState(state, "local"))?.pid).toBe(now!.pid);
  }, 300_000);
});

describe("the desired state's local record is read back checked, its model parsed once there", () => {
  const root = tempDir();
  const project = { dir: root, stateDir: path.join(root, ".mlship"), config: { deploy: { "deploy-dir": "deploy" } } };
  const record = (model: unknown) => {
    mkdirSync(path.join(project.stateDir, "deployments"), { recursive: true });
    writeFileSync(
      path.join(project.stateDir, "deployments", "local.desired.json"),
      JSON.stringify({
        schema: "mlship/desired/v1",
        environment: "local",
        model,
        at: "2026-12-07T00:00:00Z",
        by: "me",
      }),
    );
  };

  it("a well-formed record gives its ID", async () => {
    record("churn@v3");
    expect(await readDesired(project, "local")).toEqual({
      model: "churn@v3",
      id: { name: "churn", version: 3 },
      reason: undefined,
      source: "local",
    });
  });

  it.each([
    ["churn@v03", /leading zeros/],
    ["churn@latest", /a concrete model ID name@vN is required/],
    [7, /model/],
  ])("a record naming %j is refused naming the file", async (model, message) => {
    record(model);
    const e = await caught(() => readDesired(project, "local"));
    expect(e.name).toBe("UserError");
    expect(e.message).toMatch(message);
    expect(`${e.location?.file ?? ""} ${e.message}`).toMatch(/deployments[/\\]local\.desired\.json/);
  });
});
