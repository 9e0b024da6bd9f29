import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Ajv } from "ajv";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { Service } from "kubernetes-models/v1/Service";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { parseYamlWith } from "../packages/core/src/config/parse-yaml.js";
import { configSchema } from "../packages/core/src/config/schema.js";
import { execFileSync } from "node:child_process";
import type { EnvironmentConfig } from "../packages/core/src/config/schema.js";
import { environmentHistory, eventChange } from "../packages/core/src/deploy/environment-log.js";
import { kserveTarget, renderInferenceService } from "../packages/core/src/deploy/targets/kserve.js";
import { kubernetesTarget, renderKubernetes } from "../packages/core/src/deploy/targets/kubernetes.js";
import type { DeploymentState } from "../packages/core/src/deploy/state.js";
import type { TargetContext } from "../packages/core/src/deploy/targets/types.js";
import { defaultCoreSettings } from "../packages/core/src/settings.js";
import { FileRegistry } from "../packages/core/src/registry/backends/file.js";
import { recordingHost } from "./helpers/silent.js";
import { tempDir } from "./helpers/tmp.js";
import { caught } from "./helpers/catch.js";

const KUBECTL = path.resolve("test/fixtures/bin/kubectl");
const SECRET = "planted-s3cret-token-7f3a9c1e5b";
const hex = (c: string) => c.repeat(64);
const IMG = {
  v1: `ghcr.io/acme/churn@sha256:${hex("1")}`,
  v2: `ghcr.io/acme/churn@sha256:${hex("2")}`,
  wrong: `ghcr.io/acme/churn@sha256:${hex("3")}`,
  broken: `ghcr.io/acme/churn-broken@sha256:${hex("4")}`,
};
const image = (ref: string) => ({ reference: ref, digest: ref.slice(ref.indexOf("@") + 1) });
const info = (version: number) =>
  ({
    name: "churn",
    version,
    id: `churn@v${version}`,
    digest: `sha256:${hex(String((version + 4) % 10))}`,
    attachments: { "predictions.csv": `sha256:${hex("a")}` },
  }) as never;

const base: EnvironmentConfig = {
  target: "kubernetes",
  namespace: "ml-prod",
  port: 8080,
  replicas: 2,
  "health-timeout": "60s",
  "image-pull-secret": "ghcr-pull",
  resources: { cpu: "500m", memory: "1Gi", gpu: 1 },
} as EnvironmentConfig;

// Recorded predictions (what the smoke test replays), and a server answering them (or wrongly).
const CSV = ["x1,x2,label,score,prediction", "1,2,0,0.1,0", "3,4,1,0.9,1", "5,6,0,0.2,0", "7,8,1,0.7,1"].join("\n");
const contract = {
  features: ["x1", "x2"],
  excluded: ["label", "score", "prediction"],
  label: "label",
  prediction: "prediction",
  score: "score",
  types: {},
  responsePath: "predictions",
  scoreKey: "score",
  predictionKey: "prediction",
};
function modelServer(offset: number): Promise<http.Server> {
  const rows = CSV.split("\n")
    .slice(1)
    .map((l) => l.split(",").map(Number));
  const server = http.createServer((req, res) => {
    if (req.url === "/healthz") return res.end("ok");
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      const asked = (JSON.parse(body) as { rows: { x1: number; x2: number }[] }).rows;
      const predictions = asked.map((r) => {
        const row = rows.find((x) => x[0] === r.x1 && x[1] === r.x2)!;
        return { score: row[3] + offset, prediction: row[4] };
      });
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ predictions }));
    });
  });
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r(server)));
}

const servers: http.Server[] = [];
let upstreams: Record<string, string>;
beforeAll(async () => {
  const good = await modelServer(0);
  const wrong = await modelServer(0.3);
  servers.push(good, wrong);
  const at = (s: http.Server) => `127.0.0.1:${(s.address() as AddressInfo).port}`;
  upstreams = { [IMG.v1]: at(good), [IMG.v2]: at(good), [IMG.wrong]: at(wrong) };
});
afterAll(() => {
  for (const s of servers) s.close();
});

/** Every file under a folder, as text (what a secret or a file:// must not be in). */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");
}

interface World {
  dir: string;
  stateDir: string;
  kubeLog: string;
  registry: FileRegistry;
  host: ReturnType<typeof recordingHost>;
  ctx(version: number, ref: string, cfg: EnvironmentConfig, current?: string): TargetContext;
  stored(kind: string, name: string): Record<string, unknown> & { spec: Record<string, never> };
}

function world(): World {
  const dir = tempDir();
  const stateDir = path.join(dir, ".mlship");
  const kubeLog = path.join(dir, "kubectl.jsonl");
  writeFileSync(kubeLog, "");
  mkdirSync(path.join(stateDir, "models/churn"), { recursive: true });
  writeFileSync(path.join(stateDir, `models/churn/${hex("a")}.predictions.csv`), CSV);
  const registry = new FileRegistry(path.join(dir, "registry"));
  const host = recordingHost();
  return {
    dir,
    stateDir,
    kubeLog,
    registry,
    host,
    ctx: (version, ref, cfg, current) => ({
      registry,
      info: info(version),
      environment: "production",
      envConfig: cfg,
      serveCommand: undefined,
      projectDir: dir,
      stateDir,
      current: current ? ({ model: current, digest: "sha256:x", target: cfg.target } as DeploymentState) : undefined,
      smoke: { contract, rows: 4, tolerance: 1e-6 },
      image: image(ref),
      log: host.log,
      settings: { ...defaultCoreSettings, kubectl: KUBECTL },
    }),
    stored: (kind, name) => JSON.parse(readFileSync(`${kubeLog}.d/ml-prod/${kind}/${name}.json`, "utf8")),
  };
}

let w: World;
beforeEach(() => {
  w = world();
  // What the fake kubectl (a child) reads, and a registry token mlship must withhold from it.
  vi.stubEnv("FAKE_KUBECTL_LOG", w.kubeLog);
  vi.stubEnv("FAKE_KUBECTL_UPSTREAMS", JSON.stringify(upstreams));
  vi.stubEnv("MLSHIP_REGISTRY_TOKEN", SECRET);
  return () => {
    vi.unstubAllEnvs();
  };
});

function calls(): string[][] {
  return readFileSync(w.kubeLog, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as string[]);
}

describe("kubernetes manifests", () => {
  it("run the packaged image by digest, with probes, pull secret, GPU limit and an autoscaler, valid against the Kubernetes schemas", () => {
    const m = renderKubernetes({
      ...w.ctx(7, IMG.v1, { ...base, autoscale: { "min-replicas": 2, "max-replicas": 6, "cpu-utilization": 70 } }),
    });
    const list = JSON.parse(m.json) as { kind: string; items: Record<string, never>[] };
    expect(list.kind).toBe("List");
    const [dep, svc, hpa] = list.items;
    // Validated again from the applied text, independently of the objects that rendered it.
    new Deployment(dep).validate();
    new Service(svc).validate();
    new HorizontalPodAutoscaler(hpa).validate();
    const pod = (dep as unknown as { spec: { template: { spec: unknown } } }).spec.template.spec as {
      containers: Record<string, never>[];
      imagePullSecrets: unknown;
    };
    const c = pod.containers[0] as unknown as Record<string, unknown> & { env: { name: string; value: string }[] };
    expect(c.image).toBe(IMG.v1);
    expect(pod.imagePullSecrets).toEqual([{ name: "ghcr-pull" }]);
    expect(c.resources).toEqual({
      requests: { cpu: "500m", memory: "1Gi" },
      limits: { memory: "1Gi", "nvidia.com/gpu": "1" },
    });
    expect(c.readinessProbe).toMatchObject({ httpGet: { path: "/healthz", port: 8080 } });
    expect(c.livenessProbe).toMatchObject({ httpGet: { path: "/healthz", port: 8080 } });
    expect(c.startupProbe).toMatchObject({ httpGet: { path: "/healthz", port: 8080 }, failureThreshold: 12 });
    expect(Object.fromEntries(c.env.map((e) => [e.name, e.value]))).toEqual({
      MLSHIP_MODEL_ID: "churn@v7",
      MLSHIP_MODEL_DIGEST: `sha256:${hex("1")}`,
      MLSHIP_ENVIRONMENT: "production",
      PORT: "8080",
    });
    // The autoscaler owns the replica count: the Deployment does not set one.
    expect((dep as unknown as { spec: Record<string, unknown> }).spec.replicas).toBeUndefined();
    expect(hpa).toMatchObject({
      apiVersion: "autoscaling/v2",
      spec: {
        scaleTargetRef: { kind: "Deployment", name: "churn-production" },
        minReplicas: 2,
        maxReplicas: 6,
        metrics: [{ resource: { name: "cpu", target: { averageUtilization: 70 } } }],
      },
    });
    expect(m.json).not.toContain("file://");
    expect(m.json).not.toContain("MLSHIP_REGISTRY");
  });

  it("refuses a tag-only image and a version that was not packaged, saying to run mlship package", async () => {
    const noPackage = { ...w.ctx(7, IMG.v1, { ...base, image: "ghcr.io/acme/churn:1.4" }), image: undefined };
    const e = await caught(() => renderKubernetes(noPackage));
    expect(e.message).toContain("not pinned by digest");
    expect(e.message).toContain("mlship package churn@v7");
    const none = await caught(() => renderKubernetes({ ...noPackage, envConfig: base }));
    expect(none.message).toContain("churn@v7 has no packaged image");
    // An env image pinned by digest is taken when nothing was packaged.
    expect(renderKubernetes({ ...noPackage, envConfig: { ...base, image: IMG.v2 } }).json).toContain(IMG.v2);
  });
});

describe("InferenceService manifests", () => {
  const crd = JSON.parse(readFileSync("test/fixtures/kserve/inferenceservice.schema.json", "utf8"));
  const { $comment: _, ...schema } = crd;
  const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(schema);
  const kcfg = { ...base, target: "kserve", canary: undefined } as EnvironmentConfig;

  it("pass the CRD's openAPIV3Schema (KServe v0.20.0), with and without a canary", () => {
    for (const pct of [undefined, 10, 0]) {
      const r = renderInferenceService(w.ctx(7, IMG.v1, kcfg), pct);
      const obj = JSON.parse(r.json);
      expect(validate(obj), JSON.stringify(validate.errors)).toBe(true);
      expect(obj.spec.predictor.canaryTrafficPercent).toBe(pct);
      expect(obj.spec.predictor.containers[0].image).toBe(IMG.v1);
      expect(r.json).not.toContain("file://");
    }
  });

  it("the schema check bites: a wrong field type or an unknown predictor field fails", () => {
    const obj = JSON.parse(renderInferenceService(w.ctx(7, IMG.v1, kcfg), 10).json);
    obj.spec.predictor.canaryTrafficPercent = "ten";
    expect(validate(obj)).toBe(false);
    const obj2 = JSON.parse(renderInferenceService(w.ctx(7, IMG.v1, kcfg), 10).json);
    obj2.spec.predictor.containers[0].ports[0].containerPort = "http";
    expect(validate(obj2)).toBe(false);
  });
});

describe("kubernetes target against the fake kubectl", () => {
  it("deploys, smoke-tests the new pods through a port-forward, and a failed rollout restores the previous image", async () => {
    vi.stubEnv("FAKE_KUBECTL_BAD_IMAGE", "churn-broken");
    const first = await kubernetesTarget.deploy(w.ctx(1, IMG.v1, base));
    expect(first.ok).toBe(true);
    expect(first.smoke).toContain("4 of 4 recorded rows");
    const bad = await kubernetesTarget.deploy(w.ctx(2, IMG.broken, base, "churn@v1"));
    expect(bad).toMatchObject({ ok: false, cause: "environment" });
    expect(!bad.ok && bad.failure).toContain("exceeded its progress deadline");
    const dep = w.stored("Deployment", "churn-production") as never as {
      spec: { template: { spec: { containers: { image: string }[] } } };
    };
    expect(dep.spec.template.spec.containers[0].image).toBe(IMG.v1);
    expect(calls().map((c) => c.slice(2, 4).join(" "))).toEqual([
      "apply -f",
      "rollout status",
      "port-forward service/churn-production",
      "apply -f",
      "rollout status",
      "rollout undo",
      "rollout status",
    ]);
    // No registry address, no file://, no credential in what was applied, stored or logged.
    const out = [allText(w.dir), w.host.lines.join("\n")].join("\n");
    expect(out).toContain(IMG.v1);
    expect(out).not.toContain("file://");
    expect(out).not.toContain(SECRET);
  }, 60_000);

  it("new pods answering other predictions are the model's failure, and are rolled back", async () => {
    expect((await kubernetesTarget.deploy(w.ctx(1, IMG.v1, base))).ok).toBe(true);
    const wrong = await kubernetesTarget.deploy(w.ctx(2, IMG.wrong, base, "churn@v1"));
    expect(wrong).toMatchObject({ ok: false, cause: "model" });
    expect(!wrong.ok && wrong.failure).toMatch(/score 0\.4 differs from the recorded 0\.1/);
    const dep = w.stored("Deployment", "churn-production") as never as {
      spec: { template: { spec: { containers: { image: string }[] } } };
    };
    expect(dep.spec.template.spec.containers[0].image).toBe(IMG.v1);
  }, 60_000);
});

// Each canary step runs the fake kubectl (a node process) several times; at load 20 on two cores
// one spawn takes a second or more, and "promotes after the bake" ran 62 s there (#33).
const CANARY_TIMEOUT_MS = 240_000;

describe("kserve target: canary", () => {
  const canary = (extra: Record<string, unknown> = {}) =>
    ({
      ...base,
      target: "kserve",
      canary: { traffic: 10, bake: "15m", "poll-interval": "4m", "rollback-if": { "not-ready": true }, ...extra },
    }) as EnvironmentConfig;
  /** A clock that never waits: each sleep moves time on (and may act, like a cluster changing meanwhile). */
  function fakeClock(onSleep: (n: number) => void = () => {}) {
    let now = 0;
    const sleeps: number[] = [];
    return {
      sleeps,
      clock: {
        now: () => now,
        sleep: async (ms: number) => {
          sleeps.push(ms);
          now += ms;
          onSleep(sleeps.length);
        },
      },
    };
  }
  const events = async () =>
    (await w.registry.events("churn", "production")).map((e) => [e.action, e.outcome, e.to, e.reason]);

  it(
    "promotes after the bake: 10% then 100%, each step in the registry's log",
    async () => {
      const cfg = canary();
      expect((await kserveTarget.deploy(w.ctx(1, IMG.v1, cfg))).ok).toBe(true);
      const t = fakeClock((n) => {
        if (n === 1) {
          // What KServe reports mid-bake: 90% on the revision that served, 10% on the new one.
          const s = JSON.parse(execKubectl(["get", "inferenceservice/churn-production", "-o", "json"])) as {
            status: { components: { predictor: { traffic: unknown[] } } };
          };
          expect(s.status.components.predictor.traffic).toEqual([
            { revisionName: "churn-production-predictor-00001", percent: 90, tag: "prev" },
            { revisionName: "churn-production-predictor-00002", percent: 10, latestRevision: true, tag: "latest" },
          ]);
        }
      });
      const r = await kserveTarget.deploy({ ...w.ctx(2, IMG.v2, cfg, "churn@v1"), clock: t.clock });
      expect(r.ok).toBe(true);
      expect(t.sleeps.reduce((a, b) => a + b, 0)).toBe(15 * 60_000);
      expect(t.sleeps).toEqual([240_000, 240_000, 240_000, 180_000]);
      expect(await events()).toEqual([
        ["canary", "success", "churn@v2", "10% of traffic to churn@v2 for 15m (checked every 4m)"],
        ["promote", "success", "churn@v2", "baked 15m (5 checks passed): 100% of traffic"],
      ]);
      // The history tells the steps in words; delivery measures (deploys only) leave them out.
      const history = await environmentHistory(w.registry, "churn", "production");
      expect(history.map(eventChange)).toEqual([
        "canary: churn@v2 gets part of the traffic beside churn@v1",
        "canary promoted: churn@v2 gets all traffic",
      ]);
      expect(await environmentHistory(w.registry, "churn", "production", { deploysOnly: true })).toEqual([]);
      const isvc = w.stored("InferenceService", "churn-production") as never as {
        spec: { predictor: { canaryTrafficPercent?: number; containers: { image: string }[] } };
      };
      expect(isvc.spec.predictor.canaryTrafficPercent).toBeUndefined();
      expect(isvc.spec.predictor.containers[0].image).toBe(IMG.v2);
      // The smoke test ran against the new revision's own pods.
      expect(calls().some((c) => c.includes("deployment/churn-production-predictor-00002-deployment"))).toBe(true);
      const out = [allText(w.dir), w.host.lines.join("\n")].join("\n");
      expect(out).not.toContain("file://");
      expect(out).not.toContain(SECRET);
    },
    CANARY_TIMEOUT_MS,
  );

  it(
    "rolls back when KServe reports the predictor not Ready during the bake",
    async () => {
      const cfg = canary();
      expect((await kserveTarget.deploy(w.ctx(1, IMG.v1, cfg))).ok).toBe(true);
      const t = fakeClock((n) => {
        if (n === 3)
          writeFileSync(
            `${w.kubeLog}.d/ml-prod/InferenceService/churn-production.status.json`,
            JSON.stringify({
              conditions: [
                { type: "PredictorReady", status: "False", reason: "RevisionFailed", message: "OOMKilled" },
                { type: "Ready", status: "False" },
              ],
            }),
          );
      });
      const r = await kserveTarget.deploy({ ...w.ctx(2, IMG.v2, cfg, "churn@v1"), clock: t.clock });
      expect(r).toMatchObject({ ok: false, cause: "environment" });
      expect(!r.ok && r.failure).toBe(
        "canary check 4 failed: KServe reports PredictorReady=False (RevisionFailed: OOMKilled)",
      );
      const log = await events();
      expect(log.map((e) => e.slice(0, 3))).toEqual([
        ["canary", "success", "churn@v2"],
        ["canary", "failure", "churn@v2"],
      ]);
      expect(log[1][3]).toContain("all traffic back to churn@v1");
      rmSync(`${w.kubeLog}.d/ml-prod/InferenceService/churn-production.status.json`);
      const s = JSON.parse(execKubectl(["get", "inferenceservice/churn-production", "-o", "json"])) as {
        spec: { predictor: { canaryTrafficPercent: number } };
        status: { components: { predictor: { traffic: { percent: number; revisionName: string }[] } } };
      };
      expect(s.spec.predictor.canaryTrafficPercent).toBe(0);
      expect(s.status.components.predictor.traffic[0]).toMatchObject({
        revisionName: "churn-production-predictor-00001",
        percent: 100,
      });
    },
    CANARY_TIMEOUT_MS,
  );

  it(
    "rolls back when the user's rollback-if command fails",
    async () => {
      const cfg = canary({
        "rollback-if": {
          "not-ready": false,
          "command-fails": ["node", "-e", "process.exit(process.env.MLSHIP_CANARY_TRAFFIC === '10' ? 3 : 0)"],
        },
      });
      expect((await kserveTarget.deploy(w.ctx(1, IMG.v1, cfg))).ok).toBe(true);
      const t = fakeClock();
      const r = await kserveTarget.deploy({ ...w.ctx(2, IMG.v2, cfg, "churn@v1"), clock: t.clock });
      expect(!r.ok && r.failure).toContain("canary check 1 failed: rollback-if command exited with code 3");
      expect(t.sleeps).toEqual([]);
      expect((await events()).map((e) => e.slice(0, 2))).toEqual([
        ["canary", "success"],
        ["canary", "failure"],
      ]);
    },
    CANARY_TIMEOUT_MS,
  );

  it("the config takes canary only with target: kserve", async () => {
    const e = await caught(() =>
      parseYamlWith(
        "model: m\ndata: {train: t.csv}\ntrain: {command: x}\ndeploy:\n  environments:\n    prod: {target: kubernetes, canary: {traffic: 10, bake: 15m}}\n",
        "mlship.yml",
        configSchema,
      ),
    );
    expect(e.message).toContain("canary needs target: kserve");
  });
});

function execKubectl(args: string[]): string {
  return execFileSync(KUBECTL, ["--namespace", "ml-prod", ...args], {
    encoding: "utf8",
  });
}
