import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { explainMetric, permutationImportance } from "../packages/core/src/evaluate/explain.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { qualityLoadBiasTestSpec, qualityLoadBiasTestStep } from "../packages/core/src/steps/quality-load-bias-test.js";
import { loadConfig } from "../packages/core/src/config/read-config.js";
import { isUserError } from "../packages/core/src/errors.js";
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
      metric: "accuracy",
      repeats: 20,
      seed: 1,
      predict: async (rows) => rows.map((r) => ((r.x1 as number) > 0 ? "a" : "b")),
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
      metric: "r2",
      repeats: 2,
      seed: 1,
      deadline: 0, // already past: only the rows as they are are scored
      predict: async (rows) => {
        calls++;
        return rows.map((r) => r.x1);
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

  it("uses the first gate's metric when the answers can score it, else accuracy or r2 with a note", () => {
    expect(explainMetric(["mae <= 3"], true)).toEqual({ metric: "mae" });
    expect(explainMetric([], true)).toEqual({ metric: "r2" });
    expect(explainMetric(["accuracy >= 0.8"], false)).toEqual({ metric: "accuracy" });
    const auc = explainMetric(["roc_auc >= 0.8"], false);
    expect(auc.metric).toBe("accuracy");
    expect(auc.note).toContain("roc_auc");
  });
});
