import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareRunsStep } from "../packages/core/src/steps/compare-runs.js";
import {
  comparisonMarkdown,
  notSignificantlyWorse,
  rankRuns,
  type ComparedRun,
} from "../packages/core/src/report/compare-runs.js";
import { fmt } from "../packages/core/src/report/format.js";
import { seededRandom } from "../packages/core/src/stats/sampling.js";
import { evaluationShape } from "../packages/core/src/train/run-files.js";
import { parse as parseYaml } from "yaml";
import { condition } from "./harness/expressions.js";
import { caught } from "./helpers/catch.js";
import { quietHost, recordingHost } from "./helpers/silent.js";

/** One run folder as quality-load-bias-test leaves it: params.json and evaluation.json, gated on accuracy >= 0.7. */
function writeRun(
  dir: string,
  name: string,
  params: object,
  ev: { model?: string; values: Record<string, number | null>; passed: boolean; createdAt?: string },
): void {
  const d = path.join(dir, ".mlship", "runs", name);
  mkdirSync(d, { recursive: true });
  writeFileSync(path.join(d, "params.json"), JSON.stringify(params));
  writeFileSync(
    path.join(d, "evaluation.json"),
    JSON.stringify({
      model: ev.model ?? "churn",
      candidate: name,
      values: ev.values,
      gates: [{ expression: "accuracy >= 0.7", metric: "accuracy", passed: ev.passed }],
      passed: ev.passed,
      createdAt: ev.createdAt ?? "2026-12-01T10:00:00Z",
    }),
  );
}

const gates = (acc: boolean, loss: boolean) => [
  { expression: "log_loss <= 0.6", metric: "log_loss", passed: loss },
  { expression: "accuracy >= 0.7", metric: "accuracy", passed: acc },
];
const leg = (run: string, lr: number, logLoss: number, accuracy: number, passed = true): ComparedRun => ({
  run,
  params: { lr, epochs: 2 },
  values: { log_loss: logLoss, accuracy, roc_auc: 0.8 },
  gates: gates(passed, true),
  passed,
});

describe("compare-runs", () => {
  it("ranks by the first gate's metric in the gate's direction, among the runs that passed every gate", () => {
    // log_loss <= …: lower is better. b has the lowest loss but failed a gate, so c is the best.
    const c = rankRuns("churn", [leg("a", 0.05, 0.5, 0.71), leg("b", 0.1, 0.3, 0.65, false), leg("c", 0.2, 0.4, 0.72)]);
    expect(c.metric).toBe("log_loss");
    expect(c.higherIsBetter).toBe(false);
    expect(c.columns).toEqual(["log_loss", "accuracy"]);
    expect(c.runs.map((r) => r.run)).toEqual(["c", "a", "b"]);
    expect(c.best?.run).toBe("c");
    // an explicit metric with no gate: its kind decides (accuracy: higher is better)
    expect(rankRuns("churn", [leg("a", 0.05, 0.5, 0.71), leg("c", 0.2, 0.4, 0.72)], "roc_auc").higherIsBetter).toBe(
      true,
    );
    expect(rankRuns("churn", [leg("a", 0.05, 0.5, 0.71), leg("c", 0.2, 0.4, 0.72)], "accuracy").best?.run).toBe("c");
  });

  it("the table: one row per run, the swept params, the best marked; none marked when no run passed", () => {
    const md = comparisonMarkdown(rankRuns("churn", [leg("a", 0.05, 0.5, 0.71), leg("c", 0.2, 0.4, 0.72)]));
    const lines = md.split("\n");
    expect(lines).toContain("| 🏆 best | `lr: 0.2` | 0.4 | 0.72 | ✅ passed | c |");
    expect(lines).toContain("|  | `lr: 0.05` | 0.5 | 0.71 | ✅ passed | a |");
    expect(md).toContain("Same in every run: `epochs: 2`");
    const none = comparisonMarkdown(rankRuns("churn", [leg("a", 0.05, 0.5, 0.71, false)]));
    expect(none).toContain("**No run passed every gate**");
    expect(none).not.toContain("🏆");
    expect(none).toContain("❌ 1 failed");
  });

  it("untrusted params and run names cannot break the table or inject markup", () => {
    const evil = { ...leg("<img src=x>|run", 0.1, 0.5, 0.7), params: { "x|y": "<b>`a|b`</b>\n| injected |" } };
    const md = comparisonMarkdown(rankRuns("churn", [evil, leg("ok", 0.2, 0.4, 0.72)]));
    expect(md).not.toMatch(/<img/);
    // params are one code span (where GitHub interprets no HTML): backticks and pipes cannot end it
    expect(md).toContain("| `x\\|y: \"<b>'a\\|b'</b>\\n\\| injected \\|\"` |");
    expect(md).not.toContain("\n| injected |");
    const row = md.split("\n").find((l) => l.includes("&lt;img"))!;
    // every cell boundary is a real one: 6 columns, no unescaped pipe inside a cell
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(6);
  });

  it("the step reads evaluated run folders: the newer evaluation of the same params counts, other models are left out", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-compare-"));
    writeFileSync(path.join(dir, "mlship.yml"), "model: churn\n");
    const runDir = (name: string, params: object, model: string, accuracy: number, createdAt: string) =>
      writeRun(dir, name, params, { model, values: { accuracy }, passed: accuracy >= 0.7, createdAt });
    runDir("r1", { lr: 0.1 }, "churn", 0.75, "2026-12-01T10:00:00Z");
    runDir("r2", { lr: 0.2 }, "churn", 0.74, "2026-12-01T10:01:00Z");
    runDir("r3", { lr: 0.1 }, "churn", 0.73, "2026-12-01T11:00:00Z"); // a re-run of lr 0.1: this one counts
    runDir("f1", { lr: 0.3 }, "fraud", 0.99, "2026-12-01T10:00:00Z");
    mkdirSync(path.join(dir, ".mlship", "runs", "unevaluated"));
    const host = recordingHost();
    const r = await compareRunsStep(
      { config: path.join(dir, "mlship.yml"), comment: false, "github-token": undefined } as never,
      host,
    );
    expect(r.outputs.count).toBe("2");
    expect(r.extra.comparison.runs.map((x) => x.run)).toEqual(["r2", "r3"]);
    expect(JSON.parse(r.outputs.best)).toEqual({ lr: 0.2 });
    expect(host.lines.join("\n")).toContain("f1: an evaluation of 'fraud', not of 'churn': left out");
    expect(readFileSync(r.outputs.markdown, "utf8")).toBe(r.extra.markdown);
    // a named run folder without an evaluation is an input error, not a silent gap
    const e = await caught(() =>
      compareRunsStep(
        { config: path.join(dir, "mlship.yml"), runs: [path.join(dir, ".mlship/runs/unevaluated")] } as never,
        quietHost,
      ),
    );
    expect(e.message).toMatch(/unevaluated has no evaluation\.json/);
  });

  /** A project with one evaluated run folder per leg: params, the accuracy (null: NaN) and whether it passed. */
  const project = (legs: [string, object, number | null, boolean][]) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-compare-"));
    writeFileSync(path.join(dir, "mlship.yml"), "model: churn\n");
    for (const [name, params, accuracy, passed] of legs)
      writeRun(dir, name, params, { values: { accuracy, log_loss: 0.5 }, passed });
    return path.join(dir, "mlship.yml");
  };
  const step = (config: string, more: object = {}) =>
    compareRunsStep({ config, comment: false, ...more } as never, quietHost);

  it("nested params that differ only below the top level are different runs", async () => {
    const config = project([
      ["a", { opt: { lr: 0.05, beta: 0.9 } }, 0.71, true],
      ["b", { opt: { lr: 0.1, beta: 0.9 } }, 0.74, true],
      ["c", { opt: { beta: 0.9, lr: 0.2 } }, 0.72, true],
    ]);
    const r = await step(config);
    expect(r.outputs.count).toBe("3");
    expect(JSON.parse(r.outputs.best)).toEqual({ opt: { lr: 0.1, beta: 0.9 } });
  });

  it("a NaN metric (null in evaluation.json) is missing: shown as –, ranked last, the others compared", async () => {
    const config = project([
      ["a", { lr: 0.05 }, 0.71, true],
      ["nan", { lr: 0.1 }, null, true],
      ["c", { lr: 0.2 }, 0.72, true],
    ]);
    const r = await step(config);
    expect(r.extra.comparison.runs.map((x) => x.run)).toEqual(["c", "a", "nan"]);
    expect(r.extra.markdown.split("\n")).toContain("|  | `lr: 0.1` | – | ✅ passed | nan |");
    // register reads the same report: a null metric is kept as missing, not a failed read
    const ev = { values: { accuracy: null, log_loss: 0.5 }, gates: [], passed: true };
    expect(evaluationShape.parse(ev).values).toEqual({ accuracy: null, log_loss: 0.5 });
  });

  it("a ranking metric no run has is an input error naming the metrics the runs have", async () => {
    const config = project([
      ["a", { lr: 0.05 }, 0.71, true],
      ["c", { lr: 0.2 }, 0.72, true],
    ]);
    const e = await caught(() => step(config, { metric: "acuracy" }));
    expect(e.message).toBe(
      "no run has a value for the ranking metric 'acuracy' (did you mean 'accuracy'?); the runs have: accuracy, log_loss",
    );
    expect(e.location?.input).toBe("metric");
  });

  it("the ranking direction comes from the gate parser: a malformed gate is an error, not a guess", () => {
    const bad = {
      ...leg("a", 0.05, 0.5, 0.71),
      gates: [{ expression: "accuracy => 0.7", metric: "accuracy", passed: true }],
    };
    expect(() => rankRuns("churn", [bad])).toThrow(/gate "accuracy => 0\.7": expected an operator/);
    // `<` in a baseline gate: lower is better, as the parser reads it
    const base = {
      ...leg("a", 0.05, 0.5, 0.71),
      gates: [{ expression: "log_loss < baseline.log_loss + 0.01", metric: "log_loss", passed: true }],
    };
    expect(rankRuns("churn", [base]).higherIsBetter).toBe(false);
  });

  it("the comment names the head commit, and warns when fewer legs evaluated than the sweep started", async () => {
    const config = project([
      ["a", { lr: 0.05 }, 0.71, true],
      ["c", { lr: 0.2 }, 0.72, true],
    ]);
    const sha = "0123456789abcdef0123456789abcdef01234567";
    const host = { ...recordingHost(), run: { onGitHubActions: true, commit: sha } };
    const r = await compareRunsStep({ config, comment: false, expected: 3 } as never, host);
    const md = r.extra.markdown.split("\n");
    expect(md[0]).toBe("## mlship sweep: churn — 2 runs at `0123456`");
    expect(md).toContain("> 2 of 3 legs evaluated: the others failed or were cancelled before their evaluation.");
    expect(host.lines.join("\n")).toContain("2 of 3 legs evaluated");
    const all = await compareRunsStep({ config, comment: false, expected: 2 } as never, quietHost);
    expect(all.extra.markdown).not.toContain("legs evaluated");
  });

  it("sweep.yml's compare job runs after failed legs, not after a cancelled or skipped sweep", () => {
    const wf = parseYaml(readFileSync(path.join(__dirname, "../examples/workflows/sweep.yml"), "utf8"));
    const pr = { action: "synchronize", pull_request: { labels: [{ name: "sweep" }] } };
    const runs = (train: string, status: { ok: boolean; cancelled?: boolean }) =>
      condition(wf.jobs.compare.if, { github: { event: pr }, needs: { train: { result: train } } }, status);
    expect(runs("failure", { ok: false })).toBe(true);
    expect(runs("success", { ok: true })).toBe(true);
    expect(runs("cancelled", { ok: false, cancelled: true })).toBe(false);
    expect(runs("skipped", { ok: true })).toBe(false);
  });
});

describe("compare-runs: ties, intervals and baselines (#32)", () => {
  /** A regression leg gated on r2 >= 0.3, with r2's 95% interval and the baseline its gates used. */
  const reg = (run: string, alpha: number, r2: number, interval: [number, number], baseline?: string | null) => ({
    run,
    params: { alpha },
    values: { r2 },
    intervals: { r2: interval },
    gates: [{ expression: "r2 >= 0.3", metric: "r2", passed: true }],
    passed: true,
    ...(baseline !== undefined ? { baseline } : {}),
  });

  it("a best by 0.001 of r2 where the intervals are ±0.14 is a tie, said so with the test that decides", () => {
    const c = rankRuns("diabetes", [reg("a", 1, 0.45, [0.31, 0.59]), reg("b", 0.1, 0.451, [0.311, 0.591])]);
    expect(c.best?.run).toBe("b");
    expect(c.tied.map((r) => r.run)).toEqual(["a"]);
    // by hand: se = 0.28 / (2 · 1.959964) = 0.071430 each; half-width 1.959964 · √2 · 0.071430 = 0.19799 > 0.001
    expect(notSignificantlyWorse(c.best!, c.runs[1], "r2")).toBe(true);
    const md = comparisonMarkdown(c);
    expect(md).toContain("**Tied: `alpha: 0.1`, `alpha: 1`**");
    expect(md).toContain("interval of the difference from the two runs' intervals taken as independent");
    expect(md).not.toContain("**Best:");
    const lines = md.split("\n");
    expect(lines).toContain("| 🏆 tied best | `alpha: 0.1` | 0.451 [0.311, 0.591] | ✅ passed | b |");
    expect(lines).toContain("| 🤝 tied | `alpha: 1` | 0.45 [0.31, 0.59] | ✅ passed | a |");
    expect(lines).toContain("|  | params | r2 (95% interval) | gates | run |");
  });

  it("a difference beyond the interval of the difference is a best, not a tie", () => {
    // se = 0.04 / 3.919928 = 0.010204 each; half-width 1.959964 · √2 · 0.010204 = 0.028284 < 0.03
    const c = rankRuns("diabetes", [reg("a", 1, 0.5, [0.48, 0.52]), reg("b", 0.1, 0.53, [0.51, 0.55])]);
    expect(c.best?.run).toBe("b");
    expect(c.tied).toEqual([]);
    expect(comparisonMarkdown(c)).toContain(
      "**Best: `alpha: 0.1`** (r2, higher is better; among the runs that passed every gate; significantly better",
    );
    // just inside the half-width: tied
    expect(
      rankRuns("diabetes", [reg("a", 1, 0.5, [0.48, 0.52]), reg("b", 0.1, 0.528, [0.508, 0.548])]).tied,
    ).toHaveLength(1);
  });

  it("runs gated against different baselines are marked: one passed rmse <= baseline.rmse with no baseline, the others against v1", () => {
    const c = rankRuns("diabetes", [
      reg("a", 1, 0.45, [0.31, 0.59], null),
      reg("b", 0.1, 0.46, [0.32, 0.6], "diabetes@v1"),
      reg("c", 10, 0.44, [0.3, 0.58], "diabetes@v1"),
    ]);
    expect(c.baselines).toEqual(["diabetes@v1", null]);
    const md = comparisonMarkdown(c);
    expect(md).toContain("The runs were gated against different baselines (`diabetes@v1`, none)");
    expect(md.split("\n")).toContain("| 🤝 tied | `alpha: 1` | 0.45 [0.31, 0.59] | ✅ passed | none | a |");
    const same = comparisonMarkdown(rankRuns("diabetes", [reg("b", 0.1, 0.46, [0.32, 0.6], "diabetes@v1")]));
    expect(same).toContain("Baseline of every run: `diabetes@v1`");
    expect(same).not.toContain("different baselines");
  });

  it("the step reads each run's baseline and intervals from its evaluation.json", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-compare-"));
    writeFileSync(path.join(dir, "mlship.yml"), "model: churn\n");
    for (const [name, lr, acc, baseline] of [
      ["a", 0.1, 0.75, null],
      ["b", 0.2, 0.76, { id: "churn@v1", metrics: { accuracy: 0.7 } }],
    ] as const) {
      writeRun(dir, name, { lr }, { values: { accuracy: acc }, passed: true });
      const f = path.join(dir, ".mlship", "runs", name, "evaluation.json");
      const ev = JSON.parse(readFileSync(f, "utf8"));
      writeFileSync(
        f,
        JSON.stringify({
          ...ev,
          baseline,
          quality: { metrics: { accuracy: { value: acc, interval: [acc - 0.05, acc + 0.05] } } },
        }),
      );
    }
    const r = await compareRunsStep({ config: path.join(dir, "mlship.yml"), comment: false } as never, quietHost);
    expect(r.extra.comparison.baselines).toEqual(["churn@v1", null]);
    expect(r.extra.comparison.tied.map((x) => x.run)).toEqual(["a"]);
    expect(r.extra.markdown).toContain("0.76 [0.71, 0.81]");
  });
});

describe("compare-runs: ties by a paired test on the runs' predictions of the same rows (#32)", () => {
  /** Wilson's 95% interval of k of n (what evaluation.json records for accuracy). */
  const wilson = (k: number, n: number): [number, number] => {
    const z = 1.959963984540054;
    const p = k / n;
    const c = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    return [c - h, c + h];
  };
  /**
   * A project of runs on the same 100 test rows (50 positives first), each gated on accuracy and
   * right on the rows `right` says, with its predictions.csv unless `noPredictions`.
   */
  function sweep(legs: { name: string; lr: number; right: (i: number) => boolean; noPredictions?: boolean }[]) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-compare-"));
    writeFileSync(path.join(dir, "mlship.yml"), "model: churn\n");
    for (const leg of legs) {
      const rows = Array.from({ length: 100 }, (_, i) => {
        const y = i < 50 ? 1 : 0;
        return `${y},${leg.right(i) ? y : 1 - y}`;
      });
      const k = rows.filter((_, i) => leg.right(i)).length;
      writeRun(dir, leg.name, { lr: leg.lr }, { values: { accuracy: k / 100 }, passed: true });
      const d = path.join(dir, ".mlship", "runs", leg.name);
      const ev = JSON.parse(readFileSync(path.join(d, "evaluation.json"), "utf8"));
      ev.quality = { metrics: { accuracy: { value: k / 100, interval: wilson(k, 100) } } };
      writeFileSync(path.join(d, "evaluation.json"), JSON.stringify(ev));
      if (!leg.noPredictions) writeFileSync(path.join(d, "predictions.csv"), `label,prediction\n${rows.join("\n")}\n`);
    }
    return path.join(dir, "mlship.yml");
  }
  const run = (config: string) => compareRunsStep({ config, comment: false } as never, quietHost);

  it("0.70 vs 0.60, right on the same rows but 10: intervals overlap, McNemar (10 vs 0) says best — not tied", async () => {
    const legs = [
      { name: "b", lr: 0.2, right: (i: number) => i < 70 },
      { name: "a", lr: 0.1, right: (i: number) => i < 60 },
    ];
    // The intervals alone call it a tie (what compare-runs said before).
    const r = await run(sweep(legs));
    const c = r.extra.comparison;
    expect(notSignificantlyWorse(c.best!, c.runs[1], "accuracy")).toBe(true);
    expect(c.best?.run).toBe("b");
    expect(c.tied).toEqual([]);
    // McNemar's exact test: 10 discordant pairs all one way, p = 2 · 0.5^10 (scipy.stats.binomtest(0, 10)).
    expect(c.vsBest.a).toMatchObject({ method: "mcnemar", diff: expect.closeTo(0.1, 12) });
    expect(c.vsBest.a.p_value).toBeCloseTo(0.001953125, 12);
    expect(c.tieTest).toBe("paired test of the two runs' predictions of the same rows (5% level)");
    const md = r.extra.markdown;
    expect(md).toContain("**Best: `lr: 0.2`**");
    expect(md).toContain("significantly better than each other run that passed, by the paired test");
    // The difference's interval is the paired bootstrap's (seeded): inside (0, 0.2] here.
    const [lo, hi] = c.vsBest.a.interval;
    expect(lo).toBeGreaterThan(0);
    expect(hi).toBeLessThanOrEqual(0.2);
    expect(md.split("\n")).toContain(
      `|  | \`lr: 0.1\` | 0.6 [0.502, 0.6906] | +0.1 [${fmt(lo)}, ${fmt(hi)}], p = 0.002 (McNemar) | ✅ passed | a |`,
    );
  });

  it("0.60 vs 0.45, right on rows mostly apart: the intervals say best, McNemar (55 vs 40) says tied", async () => {
    const legs = [
      { name: "b", lr: 0.2, right: (i: number) => i < 60 },
      { name: "a", lr: 0.1, right: (i: number) => i >= 55 },
    ];
    const c = (await run(sweep(legs))).extra.comparison;
    expect(notSignificantlyWorse(c.best!, c.runs[1], "accuracy")).toBe(false);
    expect(c.best?.run).toBe("b");
    expect(c.tied.map((x) => x.run)).toEqual(["a"]);
    // scipy.stats.binomtest(40, 95, 0.5).pvalue
    expect(c.vsBest.a.p_value).toBeCloseTo(0.1505180638902294, 12);
  });

  it("a run without recorded predictions is compared by the intervals, and the comparison says so", async () => {
    const r = await run(
      sweep([
        { name: "b", lr: 0.2, right: (i: number) => i < 70 },
        { name: "a", lr: 0.1, right: (i: number) => i < 60, noPredictions: true },
      ]),
    );
    const c = r.extra.comparison;
    expect(c.vsBest).toEqual({});
    expect(c.tied.map((x) => x.run)).toEqual(["a"]);
    expect(c.tieTest).toContain("two runs' intervals taken as independent");
    // Three runs, one without predictions: each decided by what it has, and the table says which.
    const mixed = await run(
      sweep([
        { name: "b", lr: 0.2, right: (i: number) => i < 70 },
        { name: "a", lr: 0.1, right: (i: number) => i < 60 },
        { name: "c", lr: 0.3, right: (i: number) => i < 61, noPredictions: true },
      ]),
    );
    expect(mixed.extra.comparison.tied.map((x) => x.run)).toEqual(["c"]);
    expect(mixed.extra.comparison.tieTest).toMatch(
      /^paired test of the two runs' predictions of the same rows \(5% level\) where both runs' predictions were read, else the 95% interval/,
    );
    expect(mixed.extra.markdown.split("\n")).toContain(
      "| 🤝 tied | `lr: 0.3` | 0.61 [0.512, 0.6998] | no paired predictions: intervals | ✅ passed | c |",
    );
  });
  it("regression ranked by r2: the difference and its test are those of the per-row squared errors (numpy, scipy's ttest_rel)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-compare-"));
    writeFileSync(path.join(dir, "mlship.yml"), "model: diabetes\nevaluate:\n  task: regression\n");
    const rnd = seededRandom(11);
    const y = Array.from({ length: 60 }, () => 100 + 50 * rnd());
    const yhat = { b: y.map((v) => v + 20 * (rnd() - 0.5)), a: y.map((v) => v + 26 * (rnd() - 0.5)) };
    for (const [name, alpha] of [
      ["b", 0.1],
      ["a", 1],
    ] as const) {
      const d = path.join(dir, ".mlship", "runs", name);
      mkdirSync(d, { recursive: true });
      writeFileSync(path.join(d, "params.json"), JSON.stringify({ alpha }));
      writeFileSync(
        path.join(d, "predictions.csv"),
        `label,prediction\n${y.map((v, i) => `${v},${yhat[name][i]}`).join("\n")}\n`,
      );
      const ss = (p: number[]) => p.reduce((s, v, i) => s + (y[i] - v) ** 2, 0);
      const mean = y.reduce((s, v) => s + v, 0) / y.length;
      const r2 = 1 - ss(yhat[name]) / ss(y.map(() => mean));
      writeFileSync(
        path.join(d, "evaluation.json"),
        JSON.stringify({
          model: "diabetes",
          candidate: name,
          values: { r2 },
          gates: [{ expression: "r2 >= 0.1", metric: "r2", passed: true }],
          passed: true,
          createdAt: "2026-12-01T10:00:00Z",
        }),
      );
    }
    const ref = JSON.parse(
      execFileSync("python3", [
        "-c",
        `
import json, sys, numpy as np
from scipy import stats
d = json.loads(sys.argv[1]); y = np.array(d["y"]); a = np.array(d["b"]); b = np.array(d["a"])
r2 = lambda p: 1 - np.sum((y - p) ** 2) / np.sum((y - y.mean()) ** 2)
t = stats.ttest_rel((y - b) ** 2, (y - a) ** 2)
print(json.dumps({"diff": r2(a) - r2(b), "t": t.statistic}))`,
        JSON.stringify({ y, ...yhat }),
      ]).toString(),
    );
    const c = (await compareRunsStep({ config: path.join(dir, "mlship.yml"), comment: false } as never, quietHost))
      .extra.comparison;
    expect(c.best?.run).toBe("b");
    const p = c.vsBest.a;
    expect(p.method).toBe("delta");
    expect(p.diff).toBeCloseTo(ref.diff, 12);
    // The interval is diff ± 1.96 se; diff / se is the paired t statistic.
    const se = (p.interval[1] - p.diff) / 1.959963984540054;
    expect(p.diff / se).toBeCloseTo(ref.t, 9);
    expect(c.tied.map((r) => r.run)).toEqual(p.p_value >= 0.05 ? ["a"] : []);
  });
});

describe("compare-runs: the paired test of multiclass runs (#32)", () => {
  it("McNemar on the four-class fixture's candidate and baseline, as scikit-learn's reference has it", async () => {
    const ref = JSON.parse(readFileSync("test/fixtures/multiclass/reference.json", "utf8"));
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-compare-"));
    writeFileSync(path.join(dir, "mlship.yml"), 'model: iris\nevaluate:\n  score-columns: "proba_*"\n');
    for (const [name, file, accuracy] of [
      ["cand", "predictions.csv", ref.accuracy],
      ["base", "baseline.csv", ref.accuracy - ref.paired.accuracy.diff],
    ] as const) {
      const d = path.join(dir, ".mlship", "runs", name);
      mkdirSync(d, { recursive: true });
      writeFileSync(path.join(d, "params.json"), JSON.stringify({ run: name }));
      writeFileSync(path.join(d, "predictions.csv"), readFileSync(path.join("test/fixtures/multiclass", file)));
      writeFileSync(
        path.join(d, "evaluation.json"),
        JSON.stringify({
          model: "iris",
          candidate: name,
          values: { accuracy },
          gates: [{ expression: "accuracy >= 0.1", metric: "accuracy", passed: true }],
          passed: true,
          createdAt: "2026-12-01T10:00:00Z",
        }),
      );
    }
    const c = (await compareRunsStep({ config: path.join(dir, "mlship.yml"), comment: false } as never, quietHost))
      .extra.comparison;
    expect(c.best?.run).toBe("cand");
    expect(c.vsBest.base.method).toBe("mcnemar");
    expect(c.vsBest.base.diff).toBeCloseTo(ref.paired.accuracy.diff, 12);
    expect(c.vsBest.base.p_value).toBeCloseTo(ref.paired.accuracy.p_value, 12);
    expect(c.tied).toEqual([]);
  });
});
