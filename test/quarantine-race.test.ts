import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { loadProject, projectRegistry } from "../packages/core/src/project.js";
import { openRegistry } from "../packages/core/src/registry/open.js";
import { readCoreSettings } from "../packages/core/src/settings.js";
import type { Registry } from "../packages/core/src/registry/types.js";
import { deployTo } from "../packages/core/src/steps/deploy.js";
import { silentLogger } from "../packages/core/src/util/log.js";
import { caught } from "./helpers/catch.js";
import { tempDir } from "./helpers/tmp.js";
import { waitFor } from "./helpers/proc.js";
import { S3_CREDENTIALS } from "./services/s3-server.js";

// The AWS SDK's credential chain reads these (here, and in the processes this file starts).
vi.stubEnv("AWS_ACCESS_KEY_ID", S3_CREDENTIALS.accessKeyId);
vi.stubEnv("AWS_SECRET_ACCESS_KEY", S3_CREDENTIALS.secretAccessKey);
afterAll(() => {
  vi.unstubAllEnvs();
});
/** The host's settings: the tests' S3 server. */
const settings = readCoreSettings({ MLSHIP_S3_ENDPOINT: inject("s3Endpoint") });

/**
 * A quarantine racing a deploy of the same model: the deploy's script (a `command` target, the
 * environment a folder outside the project) holds until the test opens a gate, so the quarantine
 * lands, deterministically, while the deploy is checking its model. The deploy must undo itself
 * and leave the previous model serving; a later deploy of the model is refused.
 */
const root = tempDir("mlship-race-");

const DEPLOY_PY = `
import json, os, time
d = os.environ["RACE_ENVIRONMENT"]
if os.environ["MLSHIP_MODEL_ID"] == os.environ.get("RACE_HELD_MODEL"):
    open(os.path.join(d, "started"), "w").close()
    while not os.path.exists(os.path.join(d, "gate")):
        time.sleep(0.05)
json.dump({"model": os.environ["MLSHIP_MODEL_ID"]}, open(os.path.join(d, "serving.tmp"), "w"))
os.replace(os.path.join(d, "serving.tmp"), os.path.join(d, "serving.json"))
`;

describe.each([
  { kind: "file", uri: () => `file://${path.join(root, "file-registry")}` },
  { kind: "s3", uri: () => `s3://models/race-${randomBytes(3).toString("hex")}` },
  { kind: "oci", uri: () => `oci://${inject("ociHost")}/race/m-${randomBytes(3).toString("hex")}` },
])("$kind registry: a quarantine racing a deploy", ({ kind, uri }) => {
  it("the deploy in progress undoes itself, the previous model serves, and the next deploy is refused", async () => {
    const dir = path.join(root, kind);
    const environment = path.join(dir, "production-host");
    mkdirSync(environment, { recursive: true });
    writeFileSync(
      path.join(dir, "mlship.yml"),
      `model: race\nregistry: ${uri()}\ndeploy:\n  environments:\n    production: { target: command, command: python3 deploy.py }\n`,
    );
    writeFileSync(path.join(dir, "deploy.py"), DEPLOY_PY);
    const models = [1, 2].map((i) => {
      const m = path.join(dir, `m${i}`);
      mkdirSync(m, { recursive: true });
      writeFileSync(path.join(m, "model.json"), `{"v":${i}}`);
      return m;
    });
    // What the deploy script (a child) reads.
    vi.stubEnv("RACE_ENVIRONMENT", environment);
    vi.stubEnv("RACE_HELD_MODEL", "race@v2");
    const project = await loadProject(path.join(dir, "mlship.yml"));
    const registry = await projectRegistry(project, undefined, { settings: settings.registry });
    for (const m of models) await registry.push({ name: "race", dir: m, metadata: {} });
    const opts = { allowFailedGates: false, log: silentLogger, by: "deployer", settings };
    await deployTo(project, registry, await registry.show({ name: "race", version: 1 }), "production", opts);
    const serving = () => JSON.parse(readFileSync(path.join(environment, "serving.json"), "utf8")).model;
    expect(serving()).toBe("race@v1");

    const deploying = deployTo(
      project,
      registry,
      await registry.show({ name: "race", version: 2 }),
      "production",
      opts,
    );
    expect(await waitFor(() => existsSync(path.join(environment, "started")), 60_000)).toBe(true);
    // Another writer (its own registry client) quarantines v2 while its deploy is checking it.
    const other: Registry = await openRegistry(registry.uri, undefined, { settings: settings.registry });
    await other.quarantine({ name: "race", version: 2 }, "bad answers in staging", { by: "oncall" });
    writeFileSync(path.join(environment, "gate"), "");
    const r = await deploying;

    expect(r).toMatchObject({ rolledBack: true, model: "race@v1" });
    expect(r.failure).toContain("race@v2 was quarantined while it was being deployed");
    expect(serving()).toBe("race@v1");
    expect(await registry.environment("race", "production")).toEqual({ name: "race", version: 1 });
    const log = await registry.events("race", "production");
    expect(log.map((e) => `${e.action} ${e.to} ${e.outcome} ${e.by}`)).toEqual([
      "deploy race@v1 success deployer",
      "auto-rollback race@v2 failure deployer",
    ]);
    const e = await caught(async () =>
      deployTo(project, registry, await registry.show({ name: "race", version: 2 }), "production", opts),
    );
    expect(e.message).toContain("cannot deploy: race@v2 is quarantined");
    expect(serving()).toBe("race@v1");
  }, 120_000);
});
