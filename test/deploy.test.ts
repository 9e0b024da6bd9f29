import { execFileSync, spawn } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync, appendFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { parse as parseYaml } from "yaml";
import type { EnvironmentConfig } from "../packages/core/src/config/schema.js";
import { stopEnvironment } from "../packages/core/src/deploy/deploy.js";
import { environmentHistory } from "../packages/core/src/deploy/environment-log.js";
import { readState } from "../packages/core/src/deploy/state.js";
import { renderKubernetes } from "../packages/core/src/deploy/targets/kubernetes.js";
import { FileRegistry } from "../packages/core/src/registry/backends/file.js";
import { deployStep, deploySpec } from "../packages/core/src/steps/deploy.js";
import { loadProject, projectRegistry } from "../packages/core/src/project.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { registerSpec, registerStep } from "../packages/core/src/steps/register.js";
import { rollback } from "../packages/core/src/steps/rollback.js";
import { trainSpec, trainStep } from "../packages/core/src/steps/train.js";
import { main } from "../packages/cli/src/main.js";
import { caught } from "./helpers/catch.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";
import { quietHost, recordingHost } from "./helpers/silent.js";
import { readCoreSettings } from "../packages/core/src/settings.js";
import { tsNode } from "./helpers/proc.js";

const dir = exampleCopy();
const config = path.join(dir, "mlship.yml");
const state = path.join(dir, ".mlship");
const registry = new FileRegistry(path.join(state, "registry"));
const settings = (values: Record<string, string>) => parseInputs(deploySpec, (n) => ({ config, ...values })[n]);

/** Trains and registers a model of the project at `cfg` (this file's example copy by default). */
async function trainAndRegister(extra: Record<string, string> = {}, cfg = config): Promise<string> {
  const t = await trainStep(
    parseInputs(trainSpec, (n) => ({ config: cfg, params: "{epochs: 2}" })[n]),
    quietHost,
  );
  const r = await registerStep(
    parseInputs(registerSpec, (n) => ({ config: cfg, "model-path": t.outputs["model-path"], ...extra })[n]),
    quietHost,
  );
  return r.outputs["model-id"];
}

async function served(env = "local"): Promise<{ model: string; url: string }> {
  const s = await readState(state, env);
  const res = await fetch(`${s!.url}/predict`, {
    method: "POST",
    body: JSON.stringify({ rows: [{ tenure_months: 3, monthly_charges: 90, support_calls: 4, contract: "month" }] }),
  });
  const body = (await res.json()) as { model: string };
  return { model: body.model, url: s!.url! };
}

describe("deploy and rollback on the local target", () => {
  beforeAll(async () => {
    expect(await trainAndRegister()).toBe("churn@v1");
    expect(await trainAndRegister()).toBe("churn@v2");
  }, 240_000);
  afterAll(() => stopEnvironment(state, "local"));
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  afterAll(() => log.mockRestore());

  it("deploys, and a redeploy of the same ID changes nothing", async () => {
    const r = await deployStep(settings({ model: "churn@v1" }), quietHost);
    expect(r.outputs).toMatchObject({ "model-id": "churn@v1", outcome: "deployed", "auto-restored": "false" });
    expect((await served()).model).toBe("churn@v1");
    const again = await deployStep(settings({ model: "churn@v1" }), quietHost);
    expect(again.extra.result.unchanged).toBe(true);
    expect(again.outputs.url).toBe(r.outputs.url);
  });

  it("a commit of deploy/local.yml deploys that ID (no model input); writing an earlier ID rolls back", async () => {
    mkdirSync(path.join(dir, "deploy"), { recursive: true });
    writeFileSync(path.join(dir, "deploy/local.yml"), "# desired state of local\nmodel: churn@v2\n");
    await deployStep(settings({}), quietHost);
    expect((await served()).model).toBe("churn@v2");
    writeFileSync(
      path.join(dir, "deploy/local.yml"),
      "# desired state of local\nmodel: churn@v1\nreason: v2 looked odd\n",
    );
    await deployStep(settings({}), quietHost);
    expect((await served()).model).toBe("churn@v1");
    const h = await environmentHistory(registry, "churn", "local", { deploysOnly: true });
    expect(h.at(-1)).toMatchObject({
      action: "deploy",
      from: "churn@v2",
      to: "churn@v1",
      reason: "v2 looked odd",
      outcome: "success",
    });
  });

  it("rollback by command picks the previous good model and updates deploy/local.yml, keeping its comments", async () => {
    mkdirSync(path.join(dir, "deploy"), { recursive: true });
    writeFileSync(path.join(dir, "deploy/local.yml"), "# desired state of local\nmodel: churn@v1\n");
    await deployStep(settings({ model: "churn@v1" }), quietHost);
    await deployStep(settings({ model: "churn@v2" }), quietHost);
    const r = await rollback(config, "local", undefined, "bad latency", quietHost);
    expect(r.outputs["model-id"]).toBe("churn@v1");
    expect((await served()).model).toBe("churn@v1");
    const file = readFileSync(path.join(dir, "deploy/local.yml"), "utf8");
    expect(file).toContain("# desired state of local");
    expect(parseYaml(file)).toMatchObject({ model: "churn@v1", reason: "bad latency" });
  });

  it("a server that never gets healthy is rolled back by itself and reported as an environment failure, not quarantined", async () => {
    const broken = await registerStep(
      parseInputs(registerSpec, (n) => ({ config, "model-path": path.resolve("test/fixtures/broken-model") })[n]),
      quietHost,
    );
    expect(broken.outputs["model-id"]).toBe("churn@v3");
    await deployStep(settings({ model: "churn@v1" }), quietHost);
    const before = await served();
    const host = recordingHost();
    const r = await deployStep(settings({ model: "churn@v3" }), host);
    expect(r.ok).toBe(false);
    expect(r.outputs).toMatchObject({ outcome: "restored-previous", "auto-restored": "true" });
    expect(r.extra.result.failure).toContain("health check failed");
    expect(r.extra.result.recoveryMs).toBeGreaterThan(0);
    expect(r.extra.result.recoveryMs).toBeLessThan(5000);
    // The previous model never stopped serving, at the same address.
    expect(await served()).toEqual(before);
    // The server exited before it was healthy: mlship cannot tell a broken model from a broken
    // serve command there, so the model is not quarantined (the smoke test decides that).
    const info = await registry.show({ name: "churn", version: 3 });
    expect(info.state.quarantine).toBeUndefined();
    expect(r.extra.result).toMatchObject({ cause: "environment", quarantined: false });
    expect(
      host.lines.some((l) => l.startsWith("error: churn@v3 failed in local") && l.includes("not quarantined")),
    ).toBe(true);
    const h = (await environmentHistory(registry, "churn", "local", { deploysOnly: true })).at(-1);
    expect(h).toMatchObject({ action: "auto-rollback", to: "churn@v3", outcome: "failure", cause: "environment" });
    expect(h?.recoveryMs).toBe(r.extra.result.recoveryMs);
    // A quarantine by hand refuses it from now on.
    expect(await main(["models", "quarantine", "churn@v3", "--reason", "does not load", "--config", config])).toBe(0);
    const e = await caught(() => deployStep(settings({ model: "churn@v3" }), quietHost));
    expect(e.message).toContain("cannot deploy: churn@v3 is quarantined since");
    expect(e.message).toContain(
      ": does not load. Once its cause is fixed, release it with: mlship models release churn@v3",
    );
    expect(await main(["deploy", "--config", config, "--model", "churn@v3"])).toBe(2);
  }, 240_000);

  it.each([
    [{ model: "churn@v07" }, "leading zeros"],
    [{ model: "churn@v1;reboot" }, "invalid model reference"],
    [{ model: "churn@v99" }, "churn@v99 is not in the registry"],
    [{ model: "churn@v1", environment: "prod" }, "unknown environment 'prod'"],
    [{ model: "churn@v1", environment: "Prod!" }, "invalid environment name"],
    [{ model: "other@latest" }, "no version of 'other'"],
  ])("refuses %j with a clear error and changes nothing", async (values, message) => {
    const before = await readState(state, "local");
    const e = await caught(() => deployStep(settings(values), quietHost));
    expect(e.message).toContain(message);
    expect(await readState(state, "local")).toEqual(before);
  });

  it("refuses a model whose recorded gates failed unless allow-failed-gates", async () => {
    const id = await trainAndRegister({
      metadata: JSON.stringify({
        gatesPassed: false,
        gates: [{ expression: "accuracy >= 0.99", passed: false, value: 0.75 }],
      }),
    });
    const e = await caught(() => deployStep(settings({ model: id }), quietHost));
    expect(e.message).toContain(`${id} failed its gates (accuracy >= 0.99)`);
    const r = await deployStep(settings({ model: id, "allow-failed-gates": "true" }), quietHost);
    expect(r.outputs["model-id"]).toBe(id);
    await deployStep(settings({ model: "churn@v1" }), quietHost);
  }, 240_000);

  it("killed at any moment, the previous (or the new) model is serving and the state names it", async () => {
    await deployStep(settings({ model: "churn@v1" }), quietHost);
    const cli = path.resolve("packages/cli/src/index.ts");
    // Each kill lands at a moment the deploy itself announces (not a fixed time from spawn, which
    // start-up eats under load): settings resolved (nothing started), the new server started (not
    // yet healthy, not switched), a moment into its health check, and the switch announced.
    const moments: [RegExp, number][] = [
      [/^debug: deploy settings:/m, 0],
      [/^started churn@v\d+ on /m, 0],
      [/^started churn@v\d+ on /m, 300],
      [/^local now serves churn@v\d+/m, 0],
    ];
    for (const [signal, afterMs] of moments) {
      // Always a change: the model that does not serve now.
      const target = (await readState(state, "local"))?.model === "churn@v1" ? "churn@v2" : "churn@v1";
      const child = spawn(...tsNode(cli, ["deploy", "--verbose", "--config", config, "--model", target]), {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      const said = new Promise<boolean>((resolve) => {
        const hear = (chunk: Buffer) => {
          out += chunk.toString();
          if (signal.test(out)) resolve(true);
        };
        child.stdout!.on("data", hear);
        child.stderr!.on("data", hear);
        child.once("exit", () => resolve(signal.test(out)));
      });
      const exited = new Promise((r) =>
        child.exitCode !== null || child.signalCode !== null ? r(null) : child.once("exit", r),
      );
      expect(await said, `the deploy to ${target} said ${signal}:\n${out}`).toBe(true);
      if (afterMs) await new Promise((r) => setTimeout(r, afterMs));
      child.kill("SIGKILL");
      await exited;
      // The kill is what this tests: the deploy was still running when it landed.
      if (afterMs === 0) expect(child.signalCode, `killed on ${signal}`).toBe("SIGKILL");
      const s = await readState(state, "local");
      const answer = await served();
      expect(answer.model, `killed on ${signal} + ${afterMs} ms (${child.signalCode ?? child.exitCode})`).toBe(
        s!.model,
      );
    }
    // The next deploy reaps servers that killed deploys left unswitched.
    await deployStep(settings({ model: "churn@v2" }), quietHost);
    await deployStep(settings({ model: "churn@v1" }), quietHost);
    expect((await served()).model).toBe("churn@v1");
  }, 120_000);
});

describe("history and stats of a deploy story", () => {
  const dir = exampleCopy();
  const config = path.join(dir, "mlship.yml");
  const state = path.join(dir, ".mlship");
  const settings = (values: Record<string, string>) => parseInputs(deploySpec, (n) => ({ config, ...values })[n]);
  let restoredMs = Number.NaN;
  beforeAll(async () => {
    expect(await trainAndRegister({}, config)).toBe("churn@v1");
    expect(await trainAndRegister({}, config)).toBe("churn@v2");
    await registerStep(
      parseInputs(registerSpec, (n) => ({ config, "model-path": path.resolve("test/fixtures/broken-model") })[n]),
      quietHost,
    );
    // deploy v1, deploy v2, roll back to v1 by hand, deploy v3 (broken: rolled back by itself).
    await deployStep(settings({ model: "churn@v1" }), quietHost);
    await deployStep(settings({ model: "churn@v2" }), quietHost);
    await rollback(config, "local", undefined, "bad latency", quietHost);
    const broken = await deployStep(settings({ model: "churn@v3" }), quietHost);
    expect(broken.outputs.outcome).toBe("restored-previous");
    restoredMs = broken.extra.result.recoveryMs!;
  }, 300_000);
  afterAll(() => stopEnvironment(state, "local"));

  it("history and stats tell the story", async () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((m: unknown) => void lines.push(String(m)));
    onTestFinished(() => log.mockRestore());
    expect(await main(["history", "--env", "local", "--config", config])).toBe(0);
    expect(lines.join("\n")).toMatch(
      /auto-rollback +churn@v3 failed its checks and was rolled back: churn@v\d+ still serves/,
    );
    lines.length = 0;
    // --json: the one document goes to stdout itself (console.log goes to stderr meanwhile).
    const out = vi.spyOn(process.stdout, "write").mockImplementation((c) => {
      lines.push(String(c));
      return true;
    });
    expect(await main(["stats", "--env", "local", "--config", config, "--json"])).toBe(0);
    out.mockRestore();
    const stats = JSON.parse(lines.join(""));
    // Four attempts: two deploys, a rollback by hand, a failed deploy rolled back by itself.
    expect(stats).toMatchObject({
      environment: "local",
      deployments: 4,
      successfulDeployments: 3,
      failedDeployments: 1,
      rollbacks: 2,
      // DORA: of 3 changes (the rollback is none), v3 failed and v2 was rolled back by hand.
      changeFailureRate: 2 / 3,
      timeToRestoreMs: { count: 1, median: restoredMs },
    });
    expect(restoredMs).toBeGreaterThan(0);
    // Training time of the two trained models that served (the fixture's broken model never did).
    expect(stats.trainingSeconds.count).toBe(2);
    expect(stats.trainingSeconds.median).toBeGreaterThan(0);
  });
});

describe("kubernetes target", () => {
  const base: EnvironmentConfig = {
    target: "kubernetes",
    namespace: "ml-prod",
    image: `ghcr.io/acme/churn-serve@sha256:${"cd".repeat(32)}`,
    port: 8080,
    replicas: 2,
    "health-timeout": "90s",
  };
  const info = { name: "churn", version: 7, digest: `sha256:${"ab".repeat(32)}` } as never;

  it("renders a Deployment and Service that pass the Kubernetes schemas, with the ID and digest", () => {
    const m = renderKubernetes({
      info,
      environment: "production",
      envConfig: base,
      replicas: 3,
    });
    const docs = (JSON.parse(m.json) as { items: any[] }).items;
    expect(docs.map((d) => d.kind)).toEqual(["Deployment", "Service"]);
    const dep = docs[0];
    expect(dep.metadata).toMatchObject({ name: "churn-production", namespace: "ml-prod" });
    expect(dep.spec.replicas).toBe(3);
    expect(dep.spec.template.metadata.annotations["mlship.dev/model-id"]).toBe("churn@v7");
    const env = Object.fromEntries(
      dep.spec.template.spec.containers[0].env.map((e: { name: string; value: string }) => [e.name, e.value]),
    );
    expect(env).toMatchObject({
      MLSHIP_MODEL_ID: "churn@v7",
      MLSHIP_MODEL_DIGEST: info["digest" as never],
      PORT: "8080",
    });
    // The image carries the model: no registry address in the pod (#30).
    expect(env.MLSHIP_REGISTRY).toBeUndefined();
    expect(dep.spec.template.spec.containers[0].image).toBe(base.image);
    expect(dep.spec.selector.matchLabels).toEqual(docs[1].spec.selector);
  });

  it("refuses a manifest the schemas reject, and a missing image", async () => {
    expect(
      (
        await caught(() =>
          renderKubernetes({
            info,
            environment: "production",
            envConfig: { ...base, image: undefined },
          }),
        )
      ).message,
    ).toContain("churn@v7 has no packaged image");
    expect(() =>
      renderKubernetes({
        info,
        environment: "production",
        envConfig: { ...base, port: 1.5 as never },
      }),
    ).toThrow(/integer/);
  });

  it("applies with kubectl, waits for the rollout, and undoes a failed one", async () => {
    const k8sDir = exampleCopy();
    const kubeLog = path.join(tempDir(), "kubectl.jsonl");
    writeFileSync(kubeLog, "");
    appendFileSync(path.join(k8sDir, "mlship.yml"), "");
    const cfgText = readFileSync(path.join(k8sDir, "mlship.yml"), "utf8").replace(
      "    local: { target: local, health-timeout: 20s }",
      `    local: { target: local, health-timeout: 20s }\n    production: { target: kubernetes, namespace: ml-prod, image: "ghcr.io/acme/churn-serve@sha256:${"cd".repeat(32)}", context: prod-cluster }`,
    );
    writeFileSync(path.join(k8sDir, "mlship.yml"), cfgText);
    const cfg = path.join(k8sDir, "mlship.yml");
    const t = await trainStep(
      parseInputs(trainSpec, (n) => ({ config: cfg, params: "{epochs: 1}" })[n]),
      quietHost,
    );
    await registerStep(
      parseInputs(registerSpec, (n) => ({ config: cfg, "model-path": t.outputs["model-path"] })[n]),
      quietHost,
    );
    const t2 = await trainStep(
      parseInputs(trainSpec, (n) => ({ config: cfg, params: "{epochs: 1}" })[n]),
      quietHost,
    );
    await registerStep(
      parseInputs(registerSpec, (n) => ({ config: cfg, "model-path": t2.outputs["model-path"] })[n]),
      quietHost,
    );
    // The pods the port-forward reaches: the example's model served by the local target.
    const local = await deployStep(
      parseInputs(deploySpec, (n) => ({ config: cfg, environment: "local", model: "churn@v1" })[n]),
      quietHost,
    );
    onTestFinished(() => stopEnvironment(path.join(k8sDir, ".mlship"), "local"));
    const kube = {
      ...quietHost,
      settings: readCoreSettings({ MLSHIP_KUBECTL: path.resolve("test/fixtures/bin/kubectl") }),
    };
    // What the fake kubectl (a child) reads.
    vi.stubEnv("FAKE_KUBECTL_LOG", kubeLog);
    vi.stubEnv(
      "FAKE_KUBECTL_UPSTREAMS",
      JSON.stringify({
        [`ghcr.io/acme/churn-serve@sha256:${"cd".repeat(32)}`]: new URL(local.outputs.url as string).host,
      }),
    );
    try {
      const ok = await deployStep(
        parseInputs(deploySpec, (n) => ({ config: cfg, environment: "production", model: "churn@v1" })[n]),
        kube,
      );
      expect(ok.outputs).toMatchObject({
        "model-id": "churn@v1",
        url: "http://churn-production.ml-prod.svc.cluster.local",
      });
      // The smoke test replayed the recorded rows through the port-forward to the model's server.
      expect(ok.extra.result.smoke).toMatch(/recorded rows .* answered as recorded/);
      vi.stubEnv("FAKE_KUBECTL_FAIL_ROLLOUT", "1");
      const bad = await deployStep(
        parseInputs(deploySpec, (n) => ({ config: cfg, environment: "production", model: "churn@v2" })[n]),
        kube,
      );
      expect(bad.ok).toBe(false);
      expect(bad.extra.result.failure).toContain("exceeded its progress deadline");
      expect(bad.extra.result.cause).toBe("environment");
    } finally {
      vi.unstubAllEnvs();
    }
    const calls = readFileSync(kubeLog, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as string[]);
    const verbs = calls.map((c) => c.slice(4, 6).join(" "));
    expect(verbs).toEqual([
      "apply -f",
      "rollout status",
      "port-forward service/churn-production",
      "apply -f",
      "rollout status",
      "rollout undo",
      "rollout status",
    ]);
    expect(calls[0].slice(0, 4)).toEqual(["--context", "prod-cluster", "--namespace", "ml-prod"]);
    expect(calls[1]).toContain("deployment/churn-production");
    expect(calls[1]).toContain("--timeout=30s");
    expect((await readState(path.join(k8sDir, ".mlship"), "production"))?.model).toBe("churn@v1");
    // A rollout that never got ready is the cluster's to explain: reported, the model not quarantined.
    expect(
      (await new FileRegistry(path.join(k8sDir, ".mlship/registry")).show({ name: "churn", version: 2 })).state
        .quarantine,
    ).toBeUndefined();
  }, 240_000); // ~25 s alone; several deploys and a rollout wait, slower on a loaded machine
});

describe("desired state in git and the command target", () => {
  const proj = exampleCopy();
  const cfg = path.join(proj, "mlship.yml");
  const record = path.join(proj, "deployed.jsonl");
  beforeAll(async () => {
    writeFileSync(
      path.join(proj, "deploy.py"),
      [
        "import json, os, sys",
        "m = os.environ['MLSHIP_MODEL_ID']",
        "with open('deployed.jsonl', 'a') as f: f.write(json.dumps({k: os.environ.get(k) for k in ['MLSHIP_MODEL_ID', 'MLSHIP_MODEL_PATH', 'MLSHIP_ENVIRONMENT', 'MLSHIP_PREVIOUS_MODEL_ID', 'MLSHIP_IMAGE', 'MLSHIP_IMAGE_DIGEST']}) + '\\n')",
        "sys.exit(3 if m.endswith('@v3') else 0)",
      ].join("\n"),
    );
    const text = readFileSync(cfg, "utf8").replace(
      "    local: { target: local, health-timeout: 20s }",
      "    local: { target: local, health-timeout: 20s }\n    staging: { target: command, command: python3 deploy.py }",
    );
    writeFileSync(cfg, text);
    for (let i = 0; i < 3; i++) {
      const t = await trainStep(
        parseInputs(trainSpec, (n) => ({ config: cfg, params: "{epochs: 1}" })[n]),
        quietHost,
      );
      await registerStep(
        parseInputs(registerSpec, (n) => ({ config: cfg, "model-path": t.outputs["model-path"] })[n]),
        quietHost,
      );
    }
  }, 240_000);

  it("runs the user's script with the model's ID, path and environment; a failing script is rolled back", async () => {
    const s = (model: string) => parseInputs(deploySpec, (n) => ({ config: cfg, environment: "staging", model })[n]);
    // churn@v2 was packaged (#30): the script gets its image by digest; churn@v1 was not.
    const image = `ghcr.io/acme/churn@sha256:${"e".repeat(64)}`;
    await (await projectRegistry(await loadProject(cfg))).recordImage(
      { name: "churn", version: 2 },
      { reference: image, built: "recorded" },
    );
    expect((await deployStep(s("churn@v1"), quietHost)).outputs["model-id"]).toBe("churn@v1");
    expect((await deployStep(s("churn@v2"), quietHost)).outputs["model-id"]).toBe("churn@v2");
    const bad = await deployStep(s("churn@v3"), quietHost);
    expect(bad.ok).toBe(false);
    expect(bad.extra.result.failure).toContain("exited with code 3");
    const calls = readFileSync(record, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(calls.map((c) => c.MLSHIP_MODEL_ID)).toEqual(["churn@v1", "churn@v2", "churn@v3", "churn@v2"]);
    expect(calls[1]).toMatchObject({
      MLSHIP_ENVIRONMENT: "staging",
      MLSHIP_PREVIOUS_MODEL_ID: "churn@v1",
      MLSHIP_IMAGE: image,
      MLSHIP_IMAGE_DIGEST: `sha256:${"e".repeat(64)}`,
    });
    expect(calls[0]).toMatchObject({ MLSHIP_IMAGE: null, MLSHIP_IMAGE_DIGEST: null });
    // churn@v3 was not packaged; putting churn@v2 back gives the script churn@v2's own image, which
    // an image-deploying script needs to restore it.
    expect(calls[2]).toMatchObject({ MLSHIP_IMAGE: null });
    expect(calls[3]).toMatchObject({ MLSHIP_IMAGE: image, MLSHIP_IMAGE_DIGEST: `sha256:${"e".repeat(64)}` });
    expect(readFileSync(path.join(calls[1].MLSHIP_MODEL_PATH, "model.json"), "utf8")).toContain(
      "mlship-example-logreg/1",
    );
    expect((await readState(path.join(proj, ".mlship"), "staging"))?.model).toBe("churn@v2");
  }, 30_000);

  it("history merges the deploy file's git commits with what each deploy did", async () => {
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=Ada", "-c", "user.email=ada@example.com", ...args], { cwd: proj });
    git("init", "-q");
    mkdirSync(path.join(proj, "deploy"), { recursive: true });
    writeFileSync(path.join(proj, "deploy/staging.yml"), "model: churn@v1\n");
    git("add", "deploy/staging.yml");
    git("commit", "-qm", "ship churn@v1 to staging");
    writeFileSync(path.join(proj, "deploy/staging.yml"), "model: churn@v2\n");
    git("commit", "-qam", "ship churn@v2 to staging");
    const lines: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((m: unknown) => void lines.push(String(m)));
    try {
      expect(await main(["history", "--env", "staging", "--config", cfg])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const out = lines.join("\n");
    expect(out).toMatch(/● commit [0-9a-f]{8}  – -> churn@v1  by Ada  "ship churn@v1 to staging"/);
    expect(out).toMatch(/● commit [0-9a-f]{8}  churn@v1 -> churn@v2  by Ada/);
    expect(out).toMatch(/✗ auto-rollback +churn@v3 failed its checks and was rolled back: churn@v2 still serves/);
  });
});
