import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parse as parseYaml } from "yaml";
import { stopEnvironment } from "../packages/core/src/deploy/deploy.js";
import { readState } from "../packages/core/src/deploy/state.js";
import { main } from "../packages/cli/src/main.js";
import { pythonModelServer } from "./helpers/python-server.js";
import { tempDir } from "./helpers/tmp.js";

/**
 * A user's project from scratch (issue 22): `mlship init` on a generated dataset, then the whole
 * lifecycle through the CLI. The only files written by hand are the training and serving scripts.
 */
const dir = tempDir("mlship-onboard-");
const config = path.join(dir, "mlship.yml");
const state = path.join(dir, ".mlship");

/** Seeded data: a logistic churn on two numbers and a plan; current.csv is shifted (drift). */
function generate(): void {
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const rows = (n: number, start: number, shift: number) =>
    Array.from({ length: n }, (_, i) => {
      const tenure = 1 + Math.floor(rand() * 60);
      const charges = Math.round((40 + rand() * 60 + shift * 30) * 100) / 100;
      const plan = ["month", "year", "two_year"][Math.floor(rand() * (shift ? 1.3 : 3))];
      const z = -0.12 * (tenure - 30) + 0.1 * (charges - 70) + (plan === "month" ? 1.5 : -1.5);
      const churned = rand() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
      return `C${String(start + i).padStart(5, "0")},${tenure},${charges},${plan},${churned}`;
    });
  mkdirSync(path.join(dir, "data"), { recursive: true });
  const header = "customer_id,tenure,charges,plan,churned";
  writeFileSync(path.join(dir, "data/train.csv"), [header, ...rows(600, 1, 0)].join("\n") + "\n");
  writeFileSync(path.join(dir, "data/test.csv"), [header, ...rows(400, 601, 0)].join("\n") + "\n");
  writeFileSync(path.join(dir, "data/current.csv"), [header, ...rows(300, 1001, 1)].join("\n") + "\n");
}

// The user's two scripts (numpy and the standard library only).
const TRAIN_PY = `
import csv, json, os, zlib
import numpy as np
def read(p):
    with open(p) as f: return list(csv.DictReader(f))
def x(rows):
    return np.array([[float(r["tenure"]), float(r["charges"]), r["plan"] == "month"] for r in rows], dtype=float)
tr, te = read(os.environ["MLSHIP_DATA_TRAIN"]), read(os.environ["MLSHIP_DATA_TEST"])
xt, yt = x(tr), np.array([int(r["churned"]) for r in tr], dtype=float)
mean, std = xt.mean(0), xt.std(0)
rng = np.random.default_rng(zlib.crc32(os.environ["MLSHIP_RUN_ID"].encode()))
w, b = rng.normal(0, 0.01, 3), 0.0
z = (xt - mean) / std
for step in range(300):
    p = 1 / (1 + np.exp(-(z @ w + b)))
    w -= 0.5 * z.T @ (p - yt) / len(yt); b -= 0.5 * float((p - yt).mean())
out = os.environ["MLSHIP_OUTPUT_DIR"]
json.dump({"mean": mean.tolist(), "std": std.tolist(), "w": w.tolist(), "b": b}, open(os.path.join(out, "model.json"), "w"))
pte = 1 / (1 + np.exp(-(((x(te) - mean) / std) @ w + b)))
with open(os.environ["MLSHIP_PREDICTIONS_FILE"], "w", newline="") as f:
    wr = csv.DictWriter(f, fieldnames=list(te[0].keys()) + ["score", "prediction"])
    wr.writeheader()
    for r, p in zip(te, pte): wr.writerow({**r, "score": f"{p:.8f}", "prediction": int(p >= 0.5)})
json.dump({"accuracy": float(((pte >= 0.5) == np.array([int(r["churned"]) for r in te])).mean())}, open(os.environ["MLSHIP_METRICS_FILE"], "w"))
`;
// SERVE_MODE=inverted answers 1 - score under another key: the wrong model the smoke test must refuse.
const SERVE_PY = pythonModelServer(`
def score(r):
    if not isinstance(r["tenure"], (int, float)) or not isinstance(r["charges"], (int, float)): raise TypeError("numbers must be JSON numbers")
    v = [r["tenure"], r["charges"], 1.0 if r["plan"] == "month" else 0.0]
    return 1 / (1 + math.exp(-(sum(wi * (vi - m) / s for wi, vi, m, s in zip(M["w"], v, M["mean"], M["std"])) + M["b"])))
def predict(rows):
    ps = [score(r) for r in rows]
    if os.environ.get("SERVE_MODE") == "inverted": return [{"probability": 1 - p} for p in ps]
    return [{"score": p, "prediction": int(p >= 0.5)} for p in ps]
`);

const out: string[] = [];
const err: string[] = [];
vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
vi.spyOn(console, "warn").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
const cli = async (...args: string[]) => {
  out.length = 0;
  err.length = 0;
  return main([...args, "--config", config]);
};
/** What the last command printed, shown when its exit code is not the expected one. */
const log = () => [...err, ...out.slice(-15)].join("\n");
afterAll(() => stopEnvironment(state, "local"));

describe("a project from scratch: init, then the whole lifecycle through the CLI", () => {
  it("init writes mlship.yml, a Table Schema inferred from the data, the workflow callers and .gitignore; never overwrites without --force", async () => {
    generate();
    expect(await main(["init", "--dir", dir, "--data", "data/train.csv", "--label", "churned", "--name", "demo"])).toBe(
      0,
    );
    const cfg = parseYaml(readFileSync(config, "utf8"));
    expect(cfg).toMatchObject({
      model: "demo",
      data: { train: "data/train.csv", test: "data/test.csv", schema: "data/schema.yml" },
      evaluate: { label: "churned", task: "classification", score: "score", features: ["tenure", "charges", "plan"] },
    });
    const schema = parseYaml(readFileSync(path.join(dir, "data/schema.yml"), "utf8"));
    expect(schema.primaryKey).toBe("customer_id");
    const field = (n: string) => schema.fields.find((f: { name: string }) => f.name === n);
    expect(field("tenure")).toMatchObject({
      type: "integer",
      constraints: { required: true, minimum: 1, maximum: 60 },
    });
    expect(field("plan")).toEqual({
      name: "plan",
      type: "categorical",
      constraints: { required: true, enum: ["month", "two_year", "year"] },
    });
    expect(field("churned").constraints.enum).toEqual([0, 1]);
    expect(readFileSync(path.join(dir, ".gitignore"), "utf8")).toContain(".mlship/");
    expect(readFileSync(path.join(dir, ".github/workflows/ml.yml"), "utf8")).toContain(
      "mlship/mlship/.github/workflows/train.yml@v1",
    );
    expect(await main(["init", "--dir", dir, "--data", "data/train.csv"])).toBe(2);
    expect(err.join("\n")).toContain("already exist: nothing written (pass --force to overwrite)");
    // The only hand edits: the two scripts.
    writeFileSync(path.join(dir, "train.py"), TRAIN_PY);
    writeFileSync(path.join(dir, "serve.py"), SERVE_PY);
  }, 120_000);

  it("run --env local: validate, train, test, register demo@v1, deploy it; the curl it prints is built from the project's features", async () => {
    expect(await cli("run", "--env", "local"), log()).toBe(0);
    expect((await readState(state, "local"))?.model).toBe("demo@v1");
    const curl = out.find((l) => l.includes("curl"))!;
    const body = JSON.parse(/-d '(.*)'$/.exec(curl)![1]);
    expect(Object.keys(body.rows[0])).toEqual(["tenure", "charges", "plan"]);
    expect(typeof body.rows[0].tenure).toBe("number");
  }, 300_000);

  it("the inverted-score server ({probability: 1 - score}) is refused: v1 keeps serving, v2 is quarantined with a message that says how to release it", async () => {
    expect(await cli("train"), log()).toBe(0);
    expect(await cli("register"), log()).toBe(0);
    expect(out.join("\n")).toMatch(/registering the model of training run \d{8}T\d{6}Z-/);
    vi.stubEnv("SERVE_MODE", "inverted");
    try {
      expect(await cli("deploy", "--env", "local", "--model", "demo@v2", "--allow-failed-gates"), log()).toBe(1);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(err.join("\n")).toContain("smoke test failed");
    expect(err.join("\n")).toContain("neither 'score' nor 'prediction'");
    expect((await readState(state, "local"))?.model).toBe("demo@v1");
    // The quarantine message: the word, why, when, by whom, and the release command.
    expect(await cli("deploy", "--env", "local", "--model", "demo@v2"), log()).toBe(2);
    const msg = err.join("\n");
    expect(msg).toMatch(/demo@v2 is quarantined since \d{4}-\d\d-\d\dT[\d:.]+Z by \S+: local: smoke test failed/);
    expect(msg).toContain("mlship models release demo@v2 --reason");
    // Registering the same content again says so instead of answering with the quarantined ID.
    const runDir = JSON.parse(readFileSync(path.join(state, "runs/last.json"), "utf8")).runDir as string;
    expect(await cli("register", "--run-dir", runDir), log()).toBe(1);
    expect(err.join("\n")).toContain("identical content is already registered and demo@v2 is quarantined");
  }, 300_000);

  it("rollback is respected by the next plain deploy (which used to take @latest again)", async () => {
    expect(await cli("run", "--environment", "local"), log()).toBe(0);
    expect((await readState(state, "local"))?.model).toBe("demo@v3");
    expect(await cli("rollback", "--env", "local", "--reason", "v3 looks odd"), log()).toBe(0);
    expect((await readState(state, "local"))?.model).toBe("demo@v1");
    expect(await cli("deploy", "--env", "local"), log()).toBe(0);
    expect((await readState(state, "local"))?.model).toBe("demo@v1");
    // init writes local and production (#28): a deploy names its environment.
    expect(await cli("deploy"), log()).toBe(2);
    expect(err.join("\n")).toContain("which environment? 2 are configured (local, production): pass --env <name>");
    expect((await readState(state, "local"))?.model).toBe("demo@v1");
  }, 300_000);

  it("a profile and the data it was made from give equal drift verdicts (KS for 600 rows); id and label are kept out of the share", async () => {
    expect(await cli("validate-data", "--data", path.join(dir, "data/train.csv"))).toBe(0);
    const profile = path.join(state, "validation/train.profile.json");
    // current.csv breaks the inferred ranges (it drifted): the check fails, and still saves its profile.
    expect(await cli("validate-data", "--data", path.join(dir, "data/current.csv"))).toBe(1);
    // Per dataset: validating current.csv did not overwrite the training profile.
    expect(JSON.parse(readFileSync(profile, "utf8")).rows).toBe(600);
    expect(JSON.parse(readFileSync(path.join(state, "validation/current.profile.json"), "utf8")).rows).toBe(300);
    const drift = async (reference: string) => {
      expect(
        await cli(
          "check-drift",
          "--env",
          "local",
          "--reference",
          reference,
          "--current",
          path.join(dir, "data/current.csv"),
        ),
      ).toBe(0);
      return JSON.parse(readFileSync(path.join(state, "drift/local.json"), "utf8"));
    };
    const fromProfile = await drift(profile);
    const fromData = await drift(path.join(dir, "data/train.csv"));
    expect(fromProfile.reference_kind).toBe("profile");
    expect(fromProfile.drift_share).toBe(fromData.drift_share);
    expect(fromProfile.dataset_drift).toBe(fromData.dataset_drift);
    const brief = (r: { columns: { column: string; stattest: string; drifted: boolean; p_value: number }[] }) =>
      r.columns.map((c) => [c.column, c.stattest, c.drifted, c.p_value]);
    expect(brief(fromProfile)).toEqual(brief(fromData));
    expect(fromData.columns.map((c: { column: string }) => c.column)).toEqual(["tenure", "charges", "plan"]);
    expect(fromData.columns.find((c: { column: string }) => c.column === "charges").stattest).toBe("ks");
    expect(fromData.id_columns).toEqual(["customer_id"]);
    expect(fromData.target_drift.column).toBe("churned");
  }, 300_000);

  it("a gate on an unknown metric is refused when the config is read (exit 2, the list, a did-you-mean)", async () => {
    const bad = path.join(dir, "bad.yml");
    writeFileSync(bad, readFileSync(config, "utf8").replace("    - accuracy >= 0.7", "    - mse <= 3000"));
    expect(await main(["quality-load-bias-test", "--config", bad])).toBe(2);
    expect(err.join("\n")).toContain("unknown metric 'mse' (did you mean 'rmse'?)");
    expect(err.join("\n")).toContain("known: classification accuracy");
  });

  it("--env (and --environment) is accepted by every command that acts on an environment", async () => {
    for (const args of [
      ["history", "--env", "local"],
      ["stats", "--env", "local"],
      ["history", "--environment", "local"],
      ["stats", "--environment", "local"],
      ["status"],
    ])
      expect(await cli(...args), args.join(" ")).toBe(0);
    // Honest figures: v1 ok, v2 failed (automatic rollback), v3 ok then rolled back by hand → 2 of 3 changes failed.
    // --json documents go to stdout directly (the CLI's output contract).
    const written: string[] = [];
    const write = vi
      .spyOn(process.stdout, "write")
      .mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    try {
      expect(await cli("stats", "--env", "local", "--json"), log()).toBe(0);
    } finally {
      write.mockRestore();
    }
    // The document is DeliveryStats itself (printStats: emit(stats)), one shape.
    const doc = JSON.parse(written.join(""));
    expect(doc.environment).toBe("local");
    expect(doc.changeFailureRate).toBeCloseTo(2 / 3, 12);
    expect(await cli("stop", "--env", "local"), log()).toBe(0);
    expect(out.join("\n")).toContain("stopped local");
    // deploy, run, rollback and check-drift took --env above.
  }, 120_000);
});
