import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { explainMetric, permutationImportance } from "../packages/core/src/evaluate/explain.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { qualityLoadBiasTestSpec, qualityLoadBiasTestStep } from "../packages/core/src/steps/quality-load-bias-test.js";
import { loadConfig } from "../packages/core/src/config/read-config.js";
import { isUserError } from "../packages/core/src/errors.js";
import { FileRegistry } from "../packages/core/src/registry/backends/file.js";
import { explainHtml, explainMarkdown } from "../packages/core/src/report/explain.js";
import { caught } from "./helpers/catch.js";
import { quietHost } from "./helpers/silent.js";
import { tempDir } from "./helpers/tmp.js";

const fixtures = path.resolve("test/fixtures/explain");
// numpy's permutation importance of the same function on the same rows, 2000 shuffles (make_explain_reference.py).
const reference = JSON.parse(readFileSync(path.join(fixtures, "explain_reference.json"), "utf8")) as {
  baseline_r2: number;
  features: Record<string, { mean: number; sd: number }>;
  sklearn: { features: Record<string, { mean: number; min: number; max: number }> };
};

describe("evaluate.explain: permutation", () => {
  it("ranks features through the candidate's server as numpy's reference does; an ignored feature's interval holds 0", async () => {
    const dir = tempDir("mlship-explain-");
    for (const f of ["rows.csv", "serve.mjs"]) copyFileSync(path.join(fixtures, f), path.join(dir, f));
    const config = path.join(dir, "mlship.yml");
    writeFileSync(
      config,
      [
        "evaluate:",
        "  predictions: rows.csv",
        "  task: regression",
        '  gates: ["r2 >= 0.9"]',
        "  load: { serve-command: [node, serve.mjs], rate: 5, duration: 200ms, warmup: 100ms }",
        "  explain: { repeats: 5, batch-size: 64 }",
        "",
      ].join("\n"),
    );
    const q = await qualityLoadBiasTestStep(
      parseInputs(qualityLoadBiasTestSpec, (n) => ({ config, "model-path": dir })[n]),
      quietHost,
    );
    const report = JSON.parse(readFileSync(q.outputs.report, "utf8"));
    const e = report.explain;
    expect(e).toMatchObject({ method: "permutation", metric: "r2", rows: 300, repeats: 5, notMeasured: [] });
    expect(e.baseline).toBeCloseTo(reference.baseline_r2, 12);
    // The ranking agrees with the reference's: x1 (strong), x2 (weak), x3 (ignored).
    expect(e.features.map((f: { feature: string }) => f.feature)).toEqual(["x1", "x2", "x3"]);
    for (const f of e.features as { feature: string; mean: number; interval: [number, number]; drops: number[] }[]) {
      const ref = reference.features[f.feature];
      expect(f.drops).toHaveLength(5);
      // The mean of 5 shuffles lies within 4 standard errors of the reference's 2000-shuffle mean.
      expect(Math.abs(f.mean - ref.mean)).toBeLessThanOrEqual((4 * ref.sd) / Math.sqrt(5) + 1e-12);
      // scikit-learn's permutation_importance of the same (fitted) model: each lies within the other's interval.
      const sk = reference.sklearn.features[f.feature];
      expect(sk.mean).toBeGreaterThanOrEqual(f.interval[0] - 1e-12);
      expect(sk.mean).toBeLessThanOrEqual(f.interval[1] + 1e-12);
      expect(f.mean).toBeGreaterThanOrEqual(sk.min - 1e-12);
      expect(f.mean).toBeLessThanOrEqual(sk.max + 1e-12);
    }
    const x3 = e.features[2];
    expect(x3.interval[0]).toBeLessThanOrEqual(0);
    expect(x3.interval[1]).toBeGreaterThanOrEqual(0);
    // The strong and weak features' intervals lie clear of 0.
    expect(e.features[0].interval[0]).toBeGreaterThan(1);
    expect(e.features[1].interval[0]).toBeGreaterThan(0);
    const md = readFileSync(q.outputs.markdown, "utf8");
    expect(md).toContain("## Why the model decides");
    expect(md).toContain("| 1 | `x1` |");
    expect(md).toContain("| 3 | `x3` | 0 | 0 | [0, 0] |");
    const html = readFileSync(q.outputs.html, "utf8");
    expect(html).toContain('<h2 id="explain">Why the model decides</h2>');
    expect(html).toContain("<code>x3</code>");

    // Without the load test's server there is nothing to ask: the report says why.
    const off = await qualityLoadBiasTestStep(
      parseInputs(qualityLoadBiasTestSpec, (n) => ({ config, "model-path": dir, load: "false" })[n]),
      quietHost,
    );
    expect(JSON.parse(readFileSync(off.outputs.report, "utf8")).explain).toEqual({
      skipped: "needs the load test's server (load: false)",
    });
    expect(readFileSync(off.outputs.markdown, "utf8")).toContain(
      "## Why the model decides\n\nNot measured: needs the load test's server \\(load: false\\).",
    );
  }, 120_000);

  it("scores accuracy for a classifier: shuffling the deciding feature costs 2p(1-p), an ignored one nothing", async () => {
    // label = "a" when x1 > 0: with x1 shuffled the prediction is independent of the label, so the
    // expected accuracy is p² + (1-p)² and the drop 1 - p² - (1-p)² = 2p(1-p) (p = share of "a").
    const n = 400;
    const x1 = Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898) * 100);
    const x3 = Array.from({ length: n }, (_, i) => i);
    const label = x1.map((v) => (v > 0 ? "a" : "b"));
    const p = label.filter((l) => l === "a").length / n;
    const e = await permutationImportance({
      data: { x1, x3, label },
      rowIndices: x1.map((_, i) => i),
      features: ["x1", "x3"],
      kinds: { x1: "number", x3: "number" },
      labels: label,
      task: { kind: "binary", positiveLabel: "a" },
      metric: "accuracy",
      repeats: 20,
      seed: 1,
      predict: async (rows) => rows.map((r) => ({ prediction: (r.x1 as number) > 0 ? "a" : "b" })),
    });
    expect(e.baseline).toBe(1);
    expect(e.features.map((f) => f.feature)).toEqual(["x1", "x3"]);
    // 20 shuffles of 400 rows: the mean within 0.03 of 2p(1-p) (the drop's sd is about 0.025 per shuffle).
    expect(Math.abs(e.features[0].mean - 2 * p * (1 - p))).toBeLessThan(0.03);
    expect(e.features[1]).toMatchObject({ mean: 0, interval: [0, 0] });
  });

  it("stops at the time budget and names the features it did not reach", async () => {
    let calls = 0;
    const e = await permutationImportance({
      data: { x1: [1, 2, 3], x2: [3, 2, 1] },
      rowIndices: [0, 1, 2],
      features: ["x1", "x2"],
      kinds: { x1: "number", x2: "number" },
      labels: [1, 2, 3],
      task: { kind: "regression" },
      metric: "r2",
      repeats: 2,
      seed: 1,
      deadline: 0, // already past: only the rows as they are are scored
      predict: async (rows) => {
        calls++;
        return rows.map((r) => ({ prediction: r.x1 }));
      },
    });
    expect(calls).toBe(1);
    expect(e.features).toEqual([]);
    expect(e.notMeasured).toEqual(["x1", "x2"]);
  });

  it("reads `explain: permutation` as the default options and refuses a single shuffle", async () => {
    const dir = tempDir("mlship-explain-config-");
    const file = path.join(dir, "mlship.yml");
    writeFileSync(file, "evaluate:\n  explain: permutation\n");
    expect((await loadConfig(file)).config.evaluate.explain).toEqual({
      method: "permutation",
      repeats: 5,
      rows: 2000,
      "batch-size": 200,
      seed: 20261123,
      "time-budget": "5m",
    });
    writeFileSync(file, "evaluate:\n  explain: { repeats: 1 }\n");
    const err = await caught(() => loadConfig(file));
    expect(isUserError(err)).toBe(true);
    expect(String((err as Error).message)).toMatch(/explain/);
  });

  it("uses the first gate's metric when the task scores it from the answers, else accuracy or r2 with a note", () => {
    expect(explainMetric(["mae <= 3"], "regression")).toEqual({ metric: "mae" });
    expect(explainMetric([], "regression")).toEqual({ metric: "r2" });
    expect(explainMetric(["accuracy >= 0.8"], "binary")).toEqual({ metric: "accuracy" });
    expect(explainMetric(["roc_auc >= 0.8"], "binary")).toEqual({ metric: "roc_auc" });
    expect(explainMetric(["log_loss <= 0.5"], "multiclass")).toEqual({ metric: "log_loss" });
    expect(explainMetric(["roc_auc_ovr >= 0.9"], "multiclass")).toEqual({ metric: "roc_auc_ovr" });
    const f1 = explainMetric(["f1_macro >= 0.8"], "multiclass");
    expect(f1.metric).toBe("accuracy");
    expect(f1.note).toContain("f1_macro");
    expect(explainMetric(["roc_auc >= 0.8"], "multiclass").metric).toBe("accuracy");
  });
});

describe("explain's probability metrics: scikit-learn's permutation_importance of a LogisticRegression behind the server", () => {
  // proba/reference.json: scikit-learn's roc_auc_score and permutation_importance (2000 repeats) of
  // the fitted models whose coefficients serve-logit.mjs serves (make_explain_proba_reference.py).
  const proba = path.join(fixtures, "proba");
  const ref = JSON.parse(readFileSync(path.join(proba, "reference.json"), "utf8")) as Record<
    "binary" | "multiclass",
    Record<string, number> & { features: Record<string, { mean: number; min: number; max: number }> }
  >;
  it.each([
    { task: "binary" as const, metric: "roc_auc", columns: "  score: score" },
    { task: "multiclass" as const, metric: "roc_auc_ovr", columns: '  score-columns: "proba_*"' },
  ])(
    "$task: the drop of $metric from the server's probabilities",
    async ({ task, metric, columns }) => {
      const dir = tempDir(`mlship-explain-${task}-`);
      const config = path.join(dir, "mlship.yml");
      writeFileSync(
        config,
        [
          "evaluate:",
          `  predictions: ${JSON.stringify(path.join(proba, task, "rows.csv"))}`,
          "  label: label",
          columns,
          "  task: classification",
          `  gates: ["${metric} >= 0.6"]`,
          `  load: { serve-command: [node, ${JSON.stringify(path.join(proba, "serve-logit.mjs"))}], rate: 5, duration: 200ms, warmup: 100ms }`,
          "  explain: { repeats: 8, batch-size: 150 }",
          "",
        ].join("\n"),
      );
      const q = await qualityLoadBiasTestStep(
        parseInputs(qualityLoadBiasTestSpec, (n) => ({ config, "model-path": path.join(proba, task) })[n]),
        quietHost,
      );
      const e = JSON.parse(readFileSync(q.outputs.report, "utf8")).explain;
      expect(e).toMatchObject({ metric, repeats: 8, notMeasured: [] });
      expect(e.metricNote).toBeUndefined();
      // The metric on the rows as they are: scikit-learn's, from the server's probabilities.
      expect(e.baseline).toBeCloseTo(ref[task][metric], 9);
      // The same ranking as scikit-learn's means: x1, x2, x3.
      expect(e.features.map((f: { feature: string }) => f.feature)).toEqual(["x1", "x2", "x3"]);
      for (const f of e.features as { feature: string; mean: number; interval: [number, number] }[]) {
        const sk = ref[task].features[f.feature];
        // Each importance lies within the other's interval (min–max over the repeats).
        expect(sk.mean).toBeGreaterThanOrEqual(f.interval[0] - 1e-12);
        expect(sk.mean).toBeLessThanOrEqual(f.interval[1] + 1e-12);
        expect(f.mean).toBeGreaterThanOrEqual(sk.min - 1e-12);
        expect(f.mean).toBeLessThanOrEqual(sk.max + 1e-12);
      }
      expect(e.features[0].interval[0]).toBeGreaterThan(0.1);
    },
    120_000,
  );

  it("a server that answers no probabilities is scored on its predictions, and the note says why", async () => {
    const label = [1, 0, 1, 0, 1, 0];
    const e = await permutationImportance({
      data: { x1: [3, -1, 2, -2, 1, -3], label },
      rowIndices: label.map((_, i) => i),
      features: ["x1"],
      kinds: { x1: "number" },
      labels: label,
      task: { kind: "binary", positiveLabel: 1 },
      metric: "roc_auc",
      repeats: 2,
      seed: 1,
      predict: async (rows) => rows.map((r) => ({ prediction: (r.x1 as number) > 0 ? 1 : 0 })),
    });
    expect(e.metric).toBe("accuracy");
    expect(e.baseline).toBe(1);
    expect(e.metricNote).toBe(
      "roc_auc needs the server's probabilities and answer 1 has no probability in [0, 1] under the score key: importance is the drop of accuracy",
    );
  });
});

describe("explain: the production model's importance beside the candidate's", () => {
  it("the baseline is pulled, served by the same command and measured on the same rows, shuffles and metric", async () => {
    const proba = path.join(fixtures, "proba");
    const dir = tempDir("mlship-explain-production-");
    // Production runs a model of x2 alone: shuffling x1 or x3 cannot move its scores (drops exactly 0).
    const prod = path.join(dir, "prod-model");
    mkdirSync(prod);
    const binary = JSON.parse(readFileSync(path.join(proba, "binary/model.json"), "utf8"));
    writeFileSync(path.join(prod, "model.json"), JSON.stringify({ ...binary, coef: [[0, 2, 0]], intercept: [0] }));
    const registry = new FileRegistry(path.join(dir, ".mlship/registry"));
    const { id } = await registry.push({ name: "logit", dir: prod, metadata: {} });
    await registry.setEnvironment(id, "production");
    const config = path.join(dir, "mlship.yml");
    writeFileSync(
      config,
      [
        "model: logit",
        "evaluate:",
        `  predictions: ${JSON.stringify(path.join(proba, "binary/rows.csv"))}`,
        "  label: label",
        "  score: score",
        "  task: classification",
        '  gates: ["roc_auc >= 0.6"]',
        `  load: { serve-command: [node, ${JSON.stringify(path.join(proba, "serve-logit.mjs"))}], rate: 5, duration: 200ms, warmup: 100ms }`,
        "  explain: { repeats: 4, batch-size: 200 }",
        "",
      ].join("\n"),
    );
    const q = await qualityLoadBiasTestStep(
      parseInputs(qualityLoadBiasTestSpec, (n) => ({ config, "model-path": path.join(proba, "binary") })[n]),
      quietHost,
    );
    const e = JSON.parse(readFileSync(q.outputs.report, "utf8")).explain;
    const p = e.production;
    expect(p).toMatchObject({ model: "logit@v1", metric: "roc_auc", rows: e.rows, seed: e.seed, repeats: 4 });
    // Its AUC on the rows as they are: x2's ranking of the labels, counted pair by pair (Mann–Whitney).
    const rows = readFileSync(path.join(proba, "binary/rows.csv"), "utf8").trim().split("\n").slice(1);
    const pos = rows.filter((r) => r.split(",")[3] === "1").map((r) => Number(r.split(",")[1]));
    const neg = rows.filter((r) => r.split(",")[3] === "0").map((r) => Number(r.split(",")[1]));
    let wins = 0;
    for (const a of pos) for (const b of neg) wins += a > b ? 1 : a === b ? 0.5 : 0;
    expect(p.baseline).toBeCloseTo(wins / (pos.length * neg.length), 12);
    expect(p.features.map((f: { feature: string }) => f.feature)[0]).toBe("x2");
    for (const f of p.features.filter((f: { feature: string }) => f.feature !== "x2"))
      expect(f).toMatchObject({ mean: 0, interval: [0, 0] });
    expect(p.features[0].interval[0]).toBeGreaterThan(0.1);
    // The candidate's ranking is its own (x1 first): the two are not the same server.
    expect(e.features[0].feature).toBe("x1");
    const md = readFileSync(q.outputs.markdown, "utf8");
    expect(md).toContain("| rank | feature | mean drop | sd | min–max | baseline mean drop | baseline min–max |");
    // (escapeMarkdown puts a zero-width space after '@': no @-mention in a comment.)
    expect(md).toContain(
      "Beside it, the baseline logit@\u200bv1 through its own server, on the same rows and shuffles",
    );
    expect(md).toMatch(/\| 3 \| `x3` \| [^|]+ \| [^|]+ \| [^|]+ \| 0 \| \[0, 0\] \|/);
    const html = readFileSync(q.outputs.html, "utf8");
    expect(html).toContain("<th>baseline mean drop</th>");
  }, 120_000);
});

describe("explain: a baseline not measured", () => {
  it("the report says why, and the table has the candidate's columns only", () => {
    const e = {
      method: "permutation" as const,
      metric: "r2" as const,
      baseline: 0.9,
      rows: 10,
      repeats: 2,
      seed: 1,
      interval: "min-max over repeats" as const,
      features: [{ feature: "x1", mean: 0.5, sd: 0.1, interval: [0.4, 0.6] as [number, number], drops: [0.4, 0.6] }],
      notMeasured: [],
      seconds: 1,
      production: { model: "m@v1", skipped: "the server exited with code 1 *before* it was ready" },
    };
    const md = explainMarkdown(e).join("\n\n");
    expect(md).toContain(
      "The baseline m@\u200bv1 was not measured: the server exited with code 1 \\*before\\* it was ready.",
    );
    expect(md).toContain("| rank | feature | mean drop | sd | min–max |\n");
    const html = explainHtml(e).join("\n");
    expect(html).toContain("was not measured: <code>the server exited with code 1 *before* it was ready</code>");
    expect(html).not.toContain("baseline mean drop");
  });
});
