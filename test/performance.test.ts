import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openRegistry } from "../packages/core/src/registry/open.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { checkPerformanceSpec, checkPerformanceStep } from "../packages/core/src/steps/check-performance.js";
import type { PerformanceReport } from "../packages/core/src/performance/report.js";
import { performanceCheckSchema } from "../packages/core/src/registry/types.js";
import { dashboardData } from "../packages/core/src/dashboard/data.js";
import { dashboardPages } from "../packages/core/src/report/html/dashboard.js";
import { loadProject } from "../packages/core/src/project.js";
import {
  delongUnpaired,
  newcombeDifference,
  t975,
  welchDifference,
  moments,
} from "../packages/core/src/stats/differences.js";
import {
  applyIsotonic,
  CBPE_METRICS,
  checkCalibration,
  estimatePerformance,
  fitIsotonic,
} from "../packages/core/src/performance/cbpe.js";
import { seededRandom } from "../packages/core/src/stats/sampling.js";
import { caught } from "./helpers/catch.js";
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import { runInProcess } from "./helpers/actions.js";
import { tsNode } from "./helpers/proc.js";
import { FakeGitHub } from "./helpers/fake-github.js";
import { quietHost, recordingHost } from "./helpers/silent.js";
import { tempDir } from "./helpers/tmp.js";

const FIX = path.resolve("test/fixtures/performance");
const ref = JSON.parse(readFileSync(path.join(FIX, "performance_reference.json"), "utf8"));

/**
 * A project whose registry says production serves churn@v1, registered with the evaluation's
 * predictions (registered.csv) and its metrics; `performance:` as given.
 */
async function project(
  opts: { performance?: string; registered?: string | null; evaluate?: string } = {},
): Promise<string> {
  const dir = tempDir("mlship-perf-");
  const model = path.join(dir, "model");
  mkdirSync(model);
  writeFileSync(path.join(model, "m.json"), "{}");
  writeFileSync(
    path.join(dir, "mlship.yml"),
    `model: churn\nregistry: file://${path.join(dir, "registry")}\nregistry-persistent: true\n` +
      `evaluate:\n${opts.evaluate ?? "  label: label\n  prediction: prediction\n  score: score\n  sensitive-features: [group]\n"}` +
      `deploy:\n  environments:\n    production: { target: local }\n` +
      (opts.performance ? `performance:\n${opts.performance}` : ""),
  );
  const reg = await openRegistry(`file://${path.join(dir, "registry")}`, dir);
  const v1 = await reg.push({
    name: "churn",
    dir: model,
    metadata: { metrics: { accuracy: ref.registered.accuracy, roc_auc: ref.registered.roc_auc } },
    attachments:
      opts.registered === null ? {} : { "predictions.csv": path.join(FIX, opts.registered ?? "registered.csv") },
  });
  await reg.appendEvent("churn", "production", {
    action: "deploy",
    from: null,
    to: "churn@v1",
    digest: v1.digest,
    outcome: "success",
    by: "ada",
  });
  return dir;
}

async function check(dir: string, raw: Record<string, string>, host = quietHost) {
  const s = parseInputs(checkPerformanceSpec, (k) => (k === "config" ? path.join(dir, "mlship.yml") : raw[k]));
  const r = await checkPerformanceStep(s, host);
  return { r, report: JSON.parse(readFileSync(r.outputs.report, "utf8")) as PerformanceReport };
}

const files = (labels: string) => ({
  environment: "production",
  predictions: path.join(FIX, "served.csv"),
  labels: path.join(FIX, labels),
  "label-column": "outcome",
});

describe("check-performance: production quality from delayed labels", () => {
  it("joins on the id: coverage, and on the joined rows the metrics equal scikit-learn's", async () => {
    const dir = await project();
    const { r, report } = await check(dir, files("labels_healthy.csv"));
    expect(report.coverage).toEqual({
      served: 2500,
      labelled: 2040,
      joined: 2000,
      labels_without_prediction: 40,
      predictions_without_label: 500,
      labelled_share: 0.8,
    });
    for (const [k, v] of Object.entries(ref.healthy.metrics as Record<string, number>))
      expect(report.metrics[k].value, k).toBeCloseTo(v, 10);
    // The test of each difference against the registered evaluation, from independent references.
    expect(report.metrics.accuracy.registered).toBeCloseTo(ref.registered.accuracy, 12);
    expect(report.metrics.accuracy.test).toBe("newcombe");
    expect(report.metrics.accuracy.diff_interval![0]).toBeCloseTo(ref.healthy.accuracy_diff_interval[0], 12);
    expect(report.metrics.accuracy.diff_interval![1]).toBeCloseTo(ref.healthy.accuracy_diff_interval[1], 12);
    expect(report.metrics.roc_auc.test).toBe("delong-unpaired");
    expect(report.metrics.roc_auc.diff_interval![0]).toBeCloseTo(ref.healthy.roc_auc_diff_interval[0], 10);
    expect(report.metrics.roc_auc.diff_interval![1]).toBeCloseTo(ref.healthy.roc_auc_diff_interval[1], 10);
    // Per sensitive feature: each group's accuracy against the same group at registration.
    for (const g of report.groups) {
      const want = ref.healthy.groups[g.group];
      expect(g.rows).toBe(want.rows);
      expect(g.value).toBeCloseTo(want.accuracy, 12);
      expect(g.registered!.value).toBeCloseTo(want.registered, 12);
      expect(g.registered!.interval[0]).toBeCloseTo(want.interval[0], 12);
      expect(g.registered!.interval[1]).toBeCloseTo(want.interval[1], 12);
    }
    expect(report.groups.map((g) => g.group)).toEqual(["a", "b"]);
    // Healthy: the default gate (accuracy not significantly below registered) passes.
    expect(r.ok).toBe(true);
    expect(report.gates.map((g) => [g.expression, g.passed])).toEqual([["accuracy >= registered.accuracy", true]]);
    expect(r.document).toMatchObject({ accuracy: { value: ref.healthy.metrics.accuracy }, coverage: { joined: 2000 } });
    // Stored in the registry beside the drift checks, for the next job and the dashboard.
    const checks = await (await openRegistry(`file://${path.join(dir, "registry")}`, dir)).performanceChecks(
      "churn",
      "production",
    );
    expect(checks.map((c) => [c.seq, c.version, c.degraded, c.labelled, c.metrics.accuracy])).toEqual([
      [1, "churn@v1", false, 2000, report.metrics.accuracy.value],
    ]);
    expect(checks[0].estimated!.accuracy).toBe(report.cbpe!.estimated.accuracy.value);
  });

  it("a known degradation (labels turning 5% of the joined rows wrong: accuracy −0.05) fails the check", async () => {
    const dir = await project();
    const { r, report } = await check(dir, files("labels_degraded.csv"));
    expect(report.metrics.accuracy.value).toBeCloseTo(ref.healthy.metrics.accuracy - 0.05, 12);
    expect(report.metrics.accuracy.diff_interval![1]).toBeCloseTo(ref.degraded.accuracy_diff_interval[1], 12);
    expect(r.ok).toBe(false);
    expect(report.degraded).toBe(true);
    expect(r.outputs.degraded).toBe("true");
    expect(r.failure).toContain("churn@production (churn@v1) is degraded");
    expect(r.failure).toContain("accuracy >= registered.accuracy");
    // The same labels, healthy: the gate with a margin the users know passes.
    const ok = await check(dir, {
      ...files("labels_healthy.csv"),
      gates: "accuracy >= registered.accuracy - 0.02; roc_auc >= 0.8",
    });
    expect(ok.r.ok).toBe(true);
    expect(ok.report.gates.every((g) => g.passed)).toBe(true);
  });

  it("a version registered without its predictions: compared with its recorded metrics, taken as exact", async () => {
    const dir = await project({ registered: null });
    const healthy = await check(dir, files("labels_healthy.csv"));
    const acc = healthy.report.metrics.accuracy;
    expect(acc.registered).toBe(ref.registered.accuracy);
    expect(acc.test).toBe("wilson interval, registered value fixed");
    expect(acc.diff_interval![0]).toBeCloseTo(acc.interval[0] - ref.registered.accuracy, 12);
    expect(healthy.report.warnings.join("\n")).toContain(
      "churn@v1 was registered without its evaluation's predictions",
    );
    expect(healthy.report.cbpe!.calibration).toBeUndefined();
    expect(healthy.r.ok).toBe(true);
    const degraded = await check(dir, files("labels_degraded.csv"));
    expect(degraded.r.ok).toBe(false);
  });

  it("bad input names the file, the line and the id: a duplicate id, a missing id column, a gate typo", async () => {
    const dir = await project();
    const dup = path.join(dir, "dup.csv");
    writeFileSync(dup, "id,outcome\nr00001,1\nr00002,0\nr00001,0\n");
    const e = await caught(() => check(dir, { ...files("labels_healthy.csv"), labels: dup }));
    expect(e.message).toContain("duplicate id 'r00001' in the labels (first at dup.csv:2)");
    expect(e).toMatchObject({ exitCode: 2, location: { file: dup, line: 4, input: "labels" } });
    const noId = path.join(dir, "noid.csv");
    writeFileSync(noId, "key,outcome\na,1\n");
    expect((await caught(() => check(dir, { ...files("labels_healthy.csv"), labels: noId }))).message).toContain(
      "the labels have no id column 'id'",
    );
    const typo = await caught(() =>
      check(dir, { ...files("labels_healthy.csv"), gates: "accuracy >= baseline.accuracy" }),
    );
    expect(typo.message).toContain("registered.<metric>");
    expect(typo).toMatchObject({ exitCode: 2 });
  });

  it("predictions from a glob: several files read as one, an id in two of them is a duplicate", async () => {
    const dir = await project();
    const [header, ...rows] = readFileSync(path.join(FIX, "served.csv"), "utf8").trim().split("\n");
    mkdirSync(path.join(dir, "served"));
    writeFileSync(path.join(dir, "served", "a.csv"), [header, ...rows.slice(0, 1200)].join("\n") + "\n");
    writeFileSync(path.join(dir, "served", "b.csv"), [header, ...rows.slice(1200)].join("\n") + "\n");
    const glob = path.join(dir, "served", "*.csv");
    const { report } = await check(dir, { ...files("labels_healthy.csv"), predictions: glob });
    expect(report.coverage).toMatchObject({ served: 2500, joined: 2000 });
    expect(report.metrics.accuracy.value).toBeCloseTo(ref.healthy.metrics.accuracy, 12);
    writeFileSync(path.join(dir, "served", "c.csv"), [header, rows[5]].join("\n") + "\n");
    const dup = await caught(() => check(dir, { ...files("labels_healthy.csv"), predictions: glob }));
    expect(dup.message).toContain("duplicate id 'r00005' in the predictions (first at a.csv:7)");
    const none = await caught(() =>
      check(dir, { ...files("labels_healthy.csv"), predictions: path.join(dir, "none", "*.csv") }),
    );
    expect(none.message).toContain("no file matches");
  });

  it("predictions and labels from commands (no shell), a window on the time served", async () => {
    const copy = (name: string, to: string) =>
      `["python3", "-c", "import shutil, sys; shutil.copy(sys.argv[1], sys.argv[2])", "${path.join(FIX, name)}", "${to}"]`;
    const dir = await project({
      performance: `  predictions: served.csv\n  predictions-command: ${copy("served.csv", "served.csv")}\n  labels: labels.csv\n  labels-command: ${copy("labels_degraded.csv", "labels.csv")}\n  label-column: outcome\n  gates: ["accuracy >= registered.accuracy"]\n`,
    });
    const host = recordingHost();
    const { r, report } = await check(dir, { environment: "production" }, host);
    expect(host.lines).toContain(
      "group: fetch served predictions: python3 -c import shutil, sys; shutil.copy(sys.argv[1], sys.argv[2]) " +
        path.join(FIX, "served.csv") +
        " served.csv",
    );
    expect(report.coverage.joined).toBe(2000);
    expect(r.ok).toBe(false);
    // Served on Dec 1…7 2026 at noon: a window of a year keeps all, of 1 minute none (bad input, nothing served).
    expect((await caught(() => check(dir, { environment: "production", window: "1m" }))).message).toContain(
      "no predictions were served in the last 1m",
    );
  });

  it("regression: MAE, RMSE and R² on the joined rows as scikit-learn's, Welch's interval for MAE", async () => {
    const dir = await project({
      registered: "regression_registered.csv",
      evaluate: "  label: label\n  prediction: prediction\n  task: regression\n",
    });
    const { r, report } = await check(dir, {
      environment: "production",
      predictions: path.join(FIX, "regression_served.csv"),
      labels: path.join(FIX, "regression_labels.csv"),
    });
    expect(report.coverage.joined).toBe(300);
    expect(report.metrics.mae.value).toBeCloseTo(ref.regression.mae, 10);
    expect(report.metrics.rmse.value).toBeCloseTo(ref.regression.rmse, 10);
    expect(report.metrics.r2.value).toBeCloseTo(ref.regression.r2, 10);
    expect(report.metrics.mae.registered).toBeCloseTo(ref.regression.registered_mae, 10);
    expect(report.metrics.mae.test).toBe("welch");
    expect(report.metrics.mae.diff_interval![0]).toBeCloseTo(ref.regression.mae_diff_interval[0], 3);
    expect(report.metrics.mae.diff_interval![1]).toBeCloseTo(ref.regression.mae_diff_interval[1], 3);
    // Errors 1.4 against 1.0: RMSE is significantly worse, the default gate fails.
    expect(r.ok).toBe(false);
  });
});

describe("tests of a difference of independent samples", () => {
  it("Newcombe's hybrid score interval: Newcombe 1998, Table II (method 10), and scipy's formula", () => {
    for (const c of ref.newcombe_table2) {
      const d = newcombeDifference(c.k1, c.n1, c.k2, c.n2);
      expect(d.interval[0]).toBeCloseTo(c.paper[0], 4);
      expect(d.interval[1]).toBeCloseTo(c.paper[1], 4);
      expect(d.interval[0]).toBeCloseTo(c.interval[0], 12);
      expect(d.interval[1]).toBeCloseTo(c.interval[1], 12);
    }
  });

  it("Welch's interval and Student's t quantile as scipy's", () => {
    for (const [df, q] of Object.entries(ref.t975 as Record<string, number>))
      expect(Math.abs(t975(Number(df)) - q), `df ${df}`).toBeLessThan(
        Number(df) >= 10 ? 1e-5 : Number(df) >= 5 ? 3e-4 : 4e-3,
      );
    const d = welchDifference(moments(ref.welch.a), moments(ref.welch.b));
    expect(d.interval[0]).toBeCloseTo(ref.welch.interval[0], 4);
    expect(d.interval[1]).toBeCloseTo(ref.welch.interval[1], 4);
  });

  it("unpaired DeLong: the variances add", () => {
    const d = delongUnpaired(0.8, 0.0004, 0.75, 0.0005);
    expect(d.diff).toBeCloseTo(0.05, 12);
    expect(d.interval[1] - d.diff).toBeCloseTo(1.959963984540054 * Math.sqrt(0.0009), 12);
  });

  it("isotonic regression (PAVA) as scikit-learn's IsotonicRegression(out_of_bounds='clip')", () => {
    const f = fitIsotonic(ref.isotonic.x, ref.isotonic.y);
    ref.isotonic.grid.forEach((g: number, i: number) =>
      expect(applyIsotonic(f, g), `at ${g}`).toBeCloseTo(ref.isotonic.fitted[i], 10),
    );
  });
});

/** Seeded standard normal draws (Box–Muller over mulberry32). */
function normals(rand: () => number, n: number, sd: number): Float64Array {
  return Float64Array.from(
    { length: n },
    () => sd * Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand()),
  );
}
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Realised metrics of labels y for predictions pred and scores s, computed plainly (AUC by all pairs). */
function realised(y: Uint8Array, pred: Uint8Array, s: Float64Array): Record<string, number> {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  y.forEach((v, i) => (pred[i] ? (v ? tp++ : fp++) : v ? fn++ : tn++));
  let pairs = 0,
    wins = 0;
  for (let i = 0; i < y.length; i++)
    if (y[i])
      for (let j = 0; j < y.length; j++)
        if (!y[j]) {
          pairs++;
          wins += s[i] > s[j] ? 1 : s[i] === s[j] ? 0.5 : 0;
        }
  return {
    accuracy: (tp + tn) / y.length,
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    f1: (2 * tp) / (2 * tp + fp + fn),
    roc_auc: wins / pairs,
  };
}

/** A window of n rows: true probabilities p, served scores (p distorted by `confidence` on the log-odds), labels drawn from p. */
function window(rand: () => number, n: number, confidence = 1) {
  const z = normals(rand, n, 2);
  const p = Float64Array.from(z, sigmoid);
  const score = Float64Array.from(z, (v) => sigmoid(confidence * v));
  const y = Uint8Array.from(p, (v) => (rand() < v ? 1 : 0));
  const pred = Uint8Array.from(score, (v) => (v >= 0.5 ? 1 : 0));
  return { p, score, y, pred };
}

describe("CBPE: quality estimated from the served scores before labels arrive", () => {
  it("on calibrated scores the interval holds the realised value in at least 90% of 200 windows", () => {
    const rand = seededRandom(29);
    const reference = window(rand, 2000);
    const { calibration } = checkCalibration(reference.y, reference.score);
    expect(calibration.recalibrated).toBe(false);
    const hits: Record<string, number> = { accuracy: 0, precision: 0, recall: 0, f1: 0, roc_auc: 0 };
    for (let w = 0; w < 200; w++) {
      const win = window(rand, 400);
      const est = estimatePerformance(win.score, win.score, win.pred, { draws: 300, seed: w + 1 });
      const real = realised(win.y, win.pred, win.score);
      for (const k of CBPE_METRICS) {
        const [lo, hi] = est.metrics[k].interval;
        if (real[k] >= lo && real[k] <= hi) hits[k]++;
      }
    }
    for (const k of CBPE_METRICS) expect(hits[k], k).toBeGreaterThanOrEqual(180);
  });

  it("on miscalibrated scores the check says so and recalibrates (isotonic): the interval holds again", () => {
    const rand = seededRandom(7);
    // Overconfident scores: 1.8 × the true log-odds.
    const reference = window(rand, 3000, 1.8);
    const check = checkCalibration(reference.y, reference.score);
    expect(check.calibration.recalibrated).toBe(true);
    expect(check.calibration.ece_raw).toBeGreaterThan(2 * check.calibration.ece_recalibrated);
    let raw = 0;
    let recalibrated = 0;
    for (let w = 0; w < 100; w++) {
      const win = window(rand, 400, 1.8);
      const real = realised(win.y, win.pred, win.score).accuracy;
      const asServed = estimatePerformance(win.score, win.score, win.pred, { draws: 300, seed: w + 1 });
      const p = Float64Array.from(win.score, (v) => applyIsotonic(check.calibrator!, v));
      const fixed = estimatePerformance(win.score, p, win.pred, { draws: 300, seed: w + 1 });
      const inside = (i: [number, number]) => real >= i[0] && real <= i[1];
      if (inside(asServed.metrics.accuracy.interval)) raw++;
      if (inside(fixed.metrics.accuracy.interval)) recalibrated++;
    }
    // Overconfident scores promise more accuracy than the labels give; recalibrated, the promise holds.
    expect(raw).toBeLessThan(60);
    expect(recalibrated).toBeGreaterThanOrEqual(88);
  });

  it("the step reports the estimate and, where labels arrived, the realised value beside it", async () => {
    const dir = await project();
    const { report } = await check(dir, files("labels_healthy.csv"));
    const cb = report.cbpe!;
    expect(cb.rows).toBe(2500);
    expect(cb.calibration).toMatchObject({ rows: 2000, recalibrated: false });
    for (const k of CBPE_METRICS) {
      expect(cb.labelled![k].realised).toBeCloseTo(ref.healthy.metrics[k], 10);
      const [lo, hi] = cb.labelled![k].interval;
      expect(cb.labelled![k].realised, k).toBeGreaterThanOrEqual(lo);
      expect(cb.labelled![k].realised, k).toBeLessThanOrEqual(hi);
    }
  });
});

describe("the action against a fake GitHub: exit 1 on degradation, one issue per model and environment, retrain dispatches", () => {
  const gh = new FakeGitHub();
  const event = path.join(tempDir(), "event.json");
  // The alert webhook (MLSHIP_ALERT_WEBHOOK): a local server records what it is sent.
  const alerts: string[] = [];
  let hook: Server;
  let hookUrl = "";
  beforeAll(async () => {
    await gh.start();
    writeFileSync(event, JSON.stringify({ schedule: "23 5 * * *" }));
    hook = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        alerts.push(body);
        res.end("ok");
      });
    });
    await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r));
    hookUrl = `http://127.0.0.1:${(hook.address() as { port: number }).port}/hook`;
  });
  afterAll(() => {
    hook.close();
    return gh.stop();
  });
  afterEach(() => {
    process.exitCode = 0;
  });
  const env = () =>
    gh.runnerEnv("schedule", event, {
      GITHUB_REF: "refs/heads/main",
      GITHUB_RUN_ID: "78",
      MLSHIP_ALERT_WEBHOOK: hookUrl,
    });

  it("degraded: the step fails, the issue opens then is updated, training is dispatched; healthy: the issue closes", async () => {
    const dir = await project();
    const run = (labels: string) =>
      runInProcess(
        () => import("../actions/check-performance/src/main.js"),
        {
          config: path.join(dir, "mlship.yml"),
          ...files(labels),
          issue: "true",
          "close-issue": "true",
          retrain: "true",
          "retrain-workflow": "ml.yml",
          "github-token": "ghs_fake",
        },
        env(),
      );
    const first = await run("labels_degraded.csv");
    expect(first.code).toBe(1);
    expect(first.outputs).toMatchObject({ degraded: "true", "model-id": "churn@v1", labelled: "2000" });
    expect(first.summary).toMatch(/❌ Degraded: churn@\u200bv1 in production/);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]).toMatchObject({
      title: "Performance degraded: churn in production",
      state: "open",
      labels: [{ name: "mlship:performance" }],
    });
    expect(gh.issues[0].body).toContain("<!-- mlship:performance:churn@production -->");
    expect(gh.dispatches).toEqual([{ workflow: "ml.yml", ref: "refs/heads/main", inputs: {} }]);
    expect(alerts.map((a) => JSON.parse(a).text)).toEqual([
      expect.stringMatching(
        /^:warning: \*Performance degraded: churn in production\* \(churn@v1, 2000 labelled rows\)/,
      ),
    ]);
    const second = await run("labels_degraded.csv");
    expect(second.code).toBe(1);
    expect(gh.issues).toHaveLength(1);
    expect(gh.comments.filter((c) => c.issue_number === 1)).toHaveLength(1);
    const healthy = await run("labels_healthy.csv");
    expect(healthy.code).toBe(0);
    expect(gh.issues[0].state).toBe("closed");
    expect(gh.comments.at(-1)!.body).toContain("churn@v1 is healthy in the latest check (2000 labelled rows)");
    expect(gh.dispatches).toHaveLength(2);
    expect(alerts).toHaveLength(2); // the second degraded check; none for the healthy one
    expect(gh.violations).toEqual([]);
  });
});

describe("the CLI: the fixed interface, exit 0 healthy, 1 degraded, 2 bad input; --json in evaluation.json's shape", () => {
  const cli = path.resolve("packages/cli/src/index.ts");
  const mlship = (cwd: string, args: string[]) => {
    const [node, argv] = tsNode(cli, args);
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(node, argv, { cwd, timeout: 240_000 }, (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 70) : 0, stdout, stderr }),
      ),
    );
  };
  it("mlship check-performance --env --predictions --labels --label-column --json", async () => {
    const dir = await project();
    const args = (labels: string) => [
      "check-performance",
      "--env",
      "production",
      "--predictions",
      path.join(FIX, "served.csv"),
      "--labels",
      path.join(FIX, labels),
      "--id-column",
      "id",
      "--label-column",
      "outcome",
      "--json",
    ];
    const bad = await mlship(dir, args("labels_degraded.csv"));
    expect(bad.code, bad.stderr.slice(-500)).toBe(1);
    const doc = JSON.parse(bad.stdout);
    expect(doc).toMatchObject({ ok: false, degraded: true, coverage: { served: 2500, joined: 2000 } });
    expect(doc.accuracy.value).toBeCloseTo(ref.degraded.metrics.accuracy, 12);
    expect(doc.accuracy.interval).toHaveLength(2);
    const good = await mlship(dir, [
      ...args("labels_healthy.csv"),
      "--gates",
      "accuracy >= registered.accuracy - 0.02; roc_auc >= registered.roc_auc - 0.05",
    ]);
    expect(good.code, good.stderr.slice(-500)).toBe(0);
    expect(JSON.parse(good.stdout).gates).toHaveLength(2);
    const dup = path.join(dir, "dup.csv");
    writeFileSync(dup, "id,outcome\nr00001,1\nr00001,0\n");
    const input = await mlship(dir, [
      ...args("labels_healthy.csv").slice(0, 5),
      "--labels",
      dup,
      "--label-column",
      "outcome",
      "--json",
    ]);
    expect(input.code).toBe(2);
    expect(JSON.parse(input.stdout).error).toContain("duplicate id 'r00001'");
  });
});

describe("check-performance: a multiclass model's served class probabilities (CBPE)", () => {
  const MC = path.resolve("test/fixtures/performance-multiclass");
  const mref = JSON.parse(readFileSync(path.join(MC, "reference.json"), "utf8"));

  /** Production serves pets@v1, registered with `registered` as its evaluation's predictions. */
  async function mcProject(registered: string | null): Promise<string> {
    const dir = tempDir("mlship-perf-mc-");
    mkdirSync(path.join(dir, "model"));
    writeFileSync(path.join(dir, "model", "m.json"), "{}");
    writeFileSync(
      path.join(dir, "mlship.yml"),
      `model: pets\nregistry: file://${path.join(dir, "registry")}\nregistry-persistent: true\n` +
        "evaluate:\n  label: label\n  prediction: prediction\n  score-columns: proba_*\n" +
        "deploy:\n  environments:\n    production: { target: local }\n",
    );
    const reg = await openRegistry(`file://${path.join(dir, "registry")}`, dir);
    const v1 = await reg.push({
      name: "pets",
      dir: path.join(dir, "model"),
      metadata: { metrics: { accuracy: 0.67 } },
      attachments: registered ? { "predictions.csv": path.join(MC, registered) } : {},
    });
    await reg.appendEvent("pets", "production", {
      action: "deploy",
      from: null,
      to: "pets@v1",
      digest: v1.digest,
      outcome: "success",
      by: "ada",
    });
    return dir;
  }
  const mcFiles = {
    environment: "production",
    predictions: path.join(MC, "served.csv"),
    labels: path.join(MC, "labels.csv"),
    "label-column": "outcome",
  };

  it("estimates accuracy and macro precision/recall/F1 beside the realised values, which equal scikit-learn's", async () => {
    const dir = await mcProject("registered.csv");
    const { r, report } = await check(dir, mcFiles);
    expect(report.task).toBe("multiclass");
    expect(report.coverage).toMatchObject(mref.coverage);
    const cb = report.cbpe!;
    expect(cb.rows).toBe(1200);
    expect(Object.keys(cb.estimated)).toEqual(["accuracy", "precision_macro", "recall_macro", "f1_macro"]);
    // The realised values on the joined rows, from scikit-learn; the report's metrics and CBPE's agree.
    for (const [k, v] of Object.entries(mref.realised as Record<string, number>)) {
      expect(report.metrics[k].value, k).toBeCloseTo(v, 12);
      expect(cb.labelled![k].realised, k).toBeCloseTo(v, 12);
    }
    // The calibration check ran per class on the registered evaluation (1500 rows, one-vs-rest).
    expect(Object.keys(cb.calibrations!)).toEqual(["bird", "cat", "dog"]);
    for (const c of Object.values(cb.calibrations!)) expect(c.rows).toBe(1500);
    // Calibrated probabilities: the estimate is close to what the labels show, inside its interval.
    for (const k of ["accuracy", "precision_macro", "recall_macro", "f1_macro"]) {
      const l = cb.labelled![k];
      expect(l.interval[0], k).toBeLessThanOrEqual(l.realised);
      expect(l.interval[1], k).toBeGreaterThanOrEqual(l.realised);
      expect(Math.abs(cb.estimated[k].value - l.realised), k).toBeLessThan(0.04);
    }
    expect(r.document).toMatchObject({ cbpe: { rows: 1200 } });
    expect(r.summary).toContain("## Estimated from the served scores (CBPE)");
    expect(r.summary).toContain("precision_macro");
    expect(r.summary).toContain("Calibration of each class's probability on the registered evaluation");
    // Stored beside the drift checks: the estimate too.
    const checks = await (await openRegistry(`file://${path.join(dir, "registry")}`, dir)).performanceChecks(
      "pets",
      "production",
    );
    expect(checks[0].estimated!.f1_macro).toBe(cb.estimated.f1_macro.value);
    // What the dashboard draws: each interval, and the registered value as the rule.
    expect(checks[0].estimatedIntervals!.f1_macro).toEqual(cb.estimated.f1_macro.interval);
    expect(checks[0].intervals!.accuracy).toEqual(report.metrics.accuracy.interval);
    expect(checks[0].registered!.accuracy).toBe(report.metrics.accuracy.registered);
    expect(checks[0].registered!.f1_macro).toBe(report.metrics.f1_macro.registered);
    // The dashboard reads them back: one production-quality chart per metric, realised and estimated.
    const data = await dashboardData(await loadProject(path.join(dir, "mlship.yml")));
    const prod = data.environments.find((e) => e.name === "production")!;
    expect(prod.performance.map((c) => c.estimatedIntervals?.accuracy)).toEqual([cb.estimated.accuracy.interval]);
    const modelPage = (await dashboardPages(data)).get("models/pets/index.html")!;
    expect(
      [...modelPage.matchAll(/data-chart="quality-pets-\d+-\d+"[^>]*><figcaption>([^<]*)</g)].map((m) => m[1]),
    ).toEqual([
      "accuracy in production",
      "precision_macro in production",
      "recall_macro in production",
      "f1_macro in production",
    ]);
  });

  it("a performance check recorded before intervals were stored still parses", () => {
    const old = {
      schema: "mlship/performance-check/v1",
      seq: 1,
      at: "2026-12-01T00:00:00Z",
      model: "pets",
      environment: "production",
      version: "pets@v1",
      degraded: false,
      served: 10,
      labelled: 5,
      metrics: { accuracy: 0.8 },
      estimated: { accuracy: 0.79 },
      by: "ada",
    };
    expect(performanceCheckSchema.parse(old)).toEqual(old);
    expect(() => performanceCheckSchema.parse({ ...old, intervals: { accuracy: [0.7] } })).toThrow();
  });

  it("overconfident registered probabilities: the check says so and recalibrates those classes", async () => {
    const dir = await mcProject("overconfident_registered.csv");
    const { report } = await check(dir, mcFiles);
    const cal = report.cbpe!.calibrations!;
    const recal = Object.entries(cal).filter(([, c]) => c.recalibrated);
    expect(recal.length).toBeGreaterThan(0);
    for (const [, c] of recal) expect(c.ece_recalibrated).toBeLessThan(c.ece_raw);
    expect(report.warnings.join("\n")).toMatch(/served probabilities of class\(es\) .* are not calibrated/);
  });

  it("no recorded evaluation: the served probabilities are used as they are, and the report says so", async () => {
    const dir = await mcProject(null);
    const { report } = await check(dir, mcFiles);
    const cb = report.cbpe!;
    expect(cb.calibrations).toBeUndefined();
    // Used as served: expected accuracy is the mean probability of the predicted class (NannyML).
    expect(cb.estimated.accuracy.value).toBeCloseTo(mref.expected_accuracy_served, 5);
    expect(cb.labelled!.accuracy.estimated).toBeCloseTo(mref.expected_accuracy_labelled, 5);
    expect(cb.labelled!.accuracy.realised).toBeCloseTo(mref.realised.accuracy, 12);
    expect(report.warnings.join("\n")).toContain("pets@v1 has no recorded test-set class probabilities");
  });
});
