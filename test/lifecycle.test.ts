import { execFile, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { tempDir } from "./helpers/tmp.js";
import { tsNode } from "./helpers/proc.js";
import { S3_CREDENTIALS } from "./services/s3-server.js";
import { startTokenRealm, type TokenRealm } from "./services/token-realm.js";

/**
 * The whole lifecycle as GitHub runs it: every step is a CLI process in a fresh clone of the
 * user's repository (git clone of a bare remote, as actions/checkout does for each job), and
 * nothing survives from one step to the next but the git remote and the registry — and, from
 * train to the steps that use its run folder, that folder as an artifact (train.yml uploads it,
 * the evaluate and register jobs download it). The production environment is a `command` target
 * whose deploy script writes what serves into a folder outside every clone (the stand-in for a
 * remote environment). Run against the three registry kinds at once.
 */
const run = promisify(execFile);
const root = tempDir("mlship-lifecycle-");
const cli = path.resolve("packages/cli/src/index.ts");

const DEPLOY_PY = `
import json, os, sys
model = os.path.join(os.environ["MLSHIP_MODEL_PATH"], "model.json")
try:
    json.load(open(model))
except Exception as e:
    print(f"model does not load: {e}", file=sys.stderr)
    sys.exit(3)
d = os.environ["LIFECYCLE_ENVIRONMENT"]
tmp = os.path.join(d, "serving.json.tmp")
json.dump({"model": os.environ["MLSHIP_MODEL_ID"], "digest": os.environ["MLSHIP_MODEL_DIGEST"]}, open(tmp, "w"))
os.replace(tmp, os.path.join(d, "serving.json"))
`;

function config(registry: string, epochs: number): string {
  return `model: churn
data:
  train: data/train.csv
  test: data/test.csv
  schema: data/schema.yml
train:
  command: python3 train.py
  params: { lr: 0.1, epochs: ${epochs}, batch_size: 64, l2: 0.001 }
  gpu: optional
evaluate:
  label: churned
  prediction: prediction
  score: score
  sensitive-features: [region, age_band]
  min-group-size: 30
  gates:
    - accuracy >= 0.72
    - roc_auc >= baseline.roc_auc - 0.05
registry: ${registry}
deploy:
  environments:
    production: { target: command, command: python3 deploy.py }
drift:
  reference: churn@production
  current: data/current.csv
  columns: [tenure_months, monthly_charges, support_calls, contract, region, age_band]
  drift-share: 0.5
`;
}

interface Backend {
  kind: string;
  registry: () => string;
  env: () => Record<string, string>;
}

let realm: TokenRealm;
beforeAll(async () => {
  realm = await startTokenRealm(inject("ociHost"));
});
afterAll(() => realm?.stop());

const scope = randomBytes(3).toString("hex");
const backends: Backend[] = [
  {
    kind: "oci",
    registry: () => `oci://${realm.host}/acme/churn-models-${scope}`,
    env: () => ({ MLSHIP_REGISTRY_TOKEN: realm.writeToken, MLSHIP_REGISTRY_USERNAME: "github-actions" }),
  },
  {
    kind: "s3",
    registry: () => `s3://models/lifecycle-${scope}`,
    env: () => ({
      AWS_ACCESS_KEY_ID: S3_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3_CREDENTIALS.secretAccessKey,
      MLSHIP_S3_ENDPOINT: inject("s3Endpoint"),
    }),
  },
  {
    kind: "file",
    registry: () => `file://${path.join(root, "file-registry")}`,
    env: () => ({}),
  },
];

/** The user's repository: the churn example's code and data, our mlship.yml and deploy script, pushed to a bare remote. */
function userRepository(b: Backend): string {
  const work = path.join(root, `${b.kind}-seed`);
  const example = path.resolve("examples/churn");
  mkdirSync(work, { recursive: true });
  for (const f of ["train.py", "serve.py", "model_lib.py", "data"])
    cpSync(path.join(example, f), path.join(work, f), { recursive: true });
  writeFileSync(path.join(work, "mlship.yml"), config(b.registry(), 6));
  writeFileSync(path.join(work, "deploy.py"), DEPLOY_PY);
  writeFileSync(path.join(work, ".gitignore"), ".mlship/\n__pycache__/\n");
  const remote = path.join(root, `${b.kind}-remote.git`);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: work, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("-c", "user.name=Ada", "-c", "user.email=ada@example.com", "commit", "-qm", "churn model");
  execFileSync("git", ["clone", "-q", "--bare", work, remote]);
  return remote;
}

describe.concurrent.each(backends)("lifecycle on a $kind registry, each step in a fresh clone", (b) => {
  it("validate, train, test, register, deploy, gate, fail and restore, roll back, drift, history", async () => {
    const remote = userRepository(b);
    const environment = path.join(root, `${b.kind}-production`);
    const artifacts = path.join(root, `${b.kind}-artifacts`);
    mkdirSync(environment, { recursive: true });
    mkdirSync(artifacts, { recursive: true });
    let clones = 0;
    /** A fresh clone of the remote: a new job on a new machine. */
    const fresh = () => {
      const dir = path.join(root, `${b.kind}-job-${++clones}`);
      execFileSync("git", ["clone", "-q", remote, dir]);
      return dir;
    };
    const env = {
      ...process.env,
      ...b.env(),
      LIFECYCLE_ENVIRONMENT: environment,
      GIT_AUTHOR_NAME: "Ada",
      GIT_AUTHOR_EMAIL: "ada@example.com",
      GIT_COMMITTER_NAME: "Ada",
      GIT_COMMITTER_EMAIL: "ada@example.com",
    };
    /** One CLI process in `dir`; resolves with its exit code and output (never throws on a non-zero exit). */
    const mlship = async (dir: string, ...args: string[]) => {
      const [node, argv] = tsNode(cli, args);
      try {
        const r = await run(node, argv, { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 });
        return { code: 0, stdout: r.stdout, stderr: r.stderr };
      } catch (e) {
        const x = e as { code?: number; stdout?: string; stderr?: string };
        return { code: x.code ?? -1, stdout: x.stdout ?? "", stderr: x.stderr ?? "" };
      }
    };
    const ok = async (dir: string, ...args: string[]) => {
      const r = await mlship(dir, ...args);
      expect(r.code, `mlship ${args.join(" ")} (${b.kind})\n${r.stderr.slice(-3000)}`).toBe(0);
      return r;
    };
    const json = async (dir: string, ...args: string[]) => JSON.parse((await ok(dir, ...args, "--json")).stdout);
    /** The artifact a job uploads (its run folder), and a later job's download of it into its own clone. */
    const upload = (dir: string, runDir: string, name: string) =>
      cpSync(runDir, path.join(artifacts, name), { recursive: true });
    const download = (dir: string, name: string) => {
      const to = path.join(dir, "downloaded", name);
      cpSync(path.join(artifacts, name), to, { recursive: true });
      return to;
    };
    const serving = () => JSON.parse(readFileSync(path.join(environment, "serving.json"), "utf8")).model as string;

    /** train → quality-load-bias-test → register, each in its own clone, the run folder carried as an artifact. */
    const trainTestRegister = async (label: string) => {
      const t = fresh();
      const trained = await json(t, "train");
      upload(t, trained.outputs["run-dir"], `${label}-trained`);
      const q = fresh();
      const runDir = download(q, `${label}-trained`);
      const tested = await json(q, "quality-load-bias-test", "--run-dir", runDir);
      expect(tested.outputs.passed).toBe("true");
      upload(q, runDir, `${label}-tested`);
      const r = fresh();
      const registered = await json(r, "register", "--run-dir", download(r, `${label}-tested`));
      return { runDir: path.join(artifacts, `${label}-tested`), id: registered.outputs["model-id"] as string };
    };

    // validate
    expect((await json(fresh(), "validate-data")).outputs.valid).toBe("true");

    // v1: trained, tested (no baseline yet: the registry answered that nothing runs in production), registered, deployed
    const v1 = await trainTestRegister("v1");
    expect(v1.id).toBe("churn@v1");
    const ev1 = JSON.parse(readFileSync(path.join(v1.runDir, "evaluation.json"), "utf8"));
    expect(ev1.baseline).toBeNull();
    const shown1 = await json(fresh(), "models", "show", "churn@v1");
    expect(Object.keys(shown1.attachments).sort()).toEqual(["predictions.csv", "profile.json"]);
    await ok(fresh(), "deploy", "--env", "production", "--model", "churn@v1");
    expect(serving()).toBe("churn@v1");

    // v2: gated against what production runs per the registry, on v1's recorded predictions
    const v2 = await trainTestRegister("v2");
    expect(v2.id).toBe("churn@v2");
    const ev2 = JSON.parse(readFileSync(path.join(v2.runDir, "evaluation.json"), "utf8"));
    expect(ev2.baseline.id).toBe("churn@v1");
    expect(ev2.baseline.metrics.roc_auc).toBeCloseTo(shown1.metrics.roc_auc, 12);
    expect(ev2.paired).not.toBeNull(); // the same rows: compared pairwise with v1's recorded predictions
    expect(ev2.gates.find((g: { expression: string }) => g.expression.includes("baseline")).passed).toBe(true);
    await ok(fresh(), "deploy", "--env", "production", "--model", "churn@v2");
    expect(serving()).toBe("churn@v2");

    // v3 is broken: its deploy fails, and the previous model, known to this fresh machine only
    // through the registry's environment record, is pulled and deployed again.
    const broken = path.join(root, `${b.kind}-broken-model`);
    mkdirSync(broken, { recursive: true });
    writeFileSync(path.join(broken, "model.json"), "{ not json");
    const r3 = fresh();
    expect((await json(r3, "register", "--model-path", broken)).outputs["model-id"]).toBe("churn@v3");
    const failed = await mlship(fresh(), "deploy", "--env", "production", "--model", "churn@v3", "--json");
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout).outputs).toMatchObject({ outcome: "restored-previous", "model-id": "churn@v2" });
    expect(serving()).toBe("churn@v2");
    expect((await json(fresh(), "models", "show", "churn@production")).id).toBe("churn@v2");

    // A manual rollback with no target named: the last good model before v2, from the registry's
    // log; --quarantine quarantines v2, which it leaves.
    await ok(fresh(), "rollback", "--env", "production", "--reason", "v2 misbehaves with real traffic", "--quarantine");
    expect(serving()).toBe("churn@v1");

    // Drift against the training data profile registered with the model production runs (v1).
    const drift = await json(fresh(), "check-drift", "--env", "production");
    const d = fresh();
    const report = JSON.parse(readFileSync(drift.outputs.report, "utf8"));
    expect(report.reference).toContain("churn@v1");
    expect(drift.outputs.drifted).toBe("true"); // current.csv is generated shifted
    // The registered profile is validate-data's profile of the training data: the same verdicts.
    const validated = await json(d, "validate-data");
    const byData = await json(d, "check-drift", "--env", "production", "--reference", validated.outputs.profile);
    expect(byData.outputs["drift-share"]).toBe(drift.outputs["drift-share"]);

    // history and stats: the same from any two fresh clones, and the story told right.
    const [h1, h2] = [
      await ok(fresh(), "history", "--env", "production", "--json"),
      await ok(fresh(), "history", "--env", "production", "--json"),
    ];
    expect(h1.stdout).toBe(h2.stdout);
    const story = JSON.parse(h1.stdout).deployments as {
      action: string;
      to: string;
      outcome: string;
      from: string | null;
    }[];
    expect(story.map((e) => `${e.action} ${e.from ?? "-"}->${e.to} ${e.outcome}`)).toEqual([
      "deploy -->churn@v1 success",
      "deploy churn@v1->churn@v2 success",
      "auto-rollback churn@v2->churn@v3 failure",
      "rollback churn@v2->churn@v1 success",
      "quarantine -->churn@v2 success",
    ]);
    expect(story.at(-1)).toMatchObject({ reason: "v2 misbehaves with real traffic", environment: "production" });
    const [s1, s2] = [
      await ok(fresh(), "stats", "--env", "production", "--json"),
      await ok(fresh(), "stats", "--env", "production", "--json"),
    ];
    expect(s1.stdout).toBe(s2.stdout);
    expect(JSON.parse(s1.stdout)).toMatchObject({ deployments: 4, failedDeployments: 1, rollbacks: 2 });
  }, 900_000);
});
