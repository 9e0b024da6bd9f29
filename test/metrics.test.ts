import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { columnDrift } from "../packages/core/src/drift/check.js";
import { featureFairness } from "../packages/core/src/evaluate/fairness.js";
import { evaluateGate, parseGate } from "../packages/core/src/evaluate/gates.js";
import { classificationMetrics, regressionMetrics } from "../packages/core/src/evaluate/metrics.js";
import { parseThreshold } from "../packages/core/src/load-test/thresholds.js";
import {
  chiSquareTest,
  jensenShannon,
  categoricalShares,
  ksTest,
  wassersteinNormed,
} from "../packages/core/src/stats/drift-statistics.js";
import { wilson } from "../packages/core/src/stats/intervals.js";
import { ksStatistic } from "../packages/core/src/stats/ks.js";
import { caught } from "./helpers/catch.js";

// Reference values from test/fixtures/reference/make_reference.py (numpy/scipy).
const ref = JSON.parse(readFileSync("test/fixtures/reference/reference.json", "utf8"));
const rows = readFileSync("test/fixtures/reference/predictions.csv", "utf8")
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((l) => l.split(","));
const y = Uint8Array.from(rows, (r) => Number(r[0]));
const pred = Uint8Array.from(rows, (r) => Number(r[1]));
const score = Float64Array.from(rows, (r) => Number(r[2]));
const group = rows.map((r) => r[3]);

describe("classification metrics against numpy/scipy", () => {
  const c = ref.classification;
  const m = classificationMetrics({ y, pred, score });

  it("confusion matrix and point values", () => {
    expect(m.confusion).toEqual(c.confusion);
    for (const k of ["accuracy", "precision", "recall", "f1", "balanced_accuracy", "roc_auc", "pr_auc", "log_loss"]) {
      expect(m.metrics[k].value, k).toBeCloseTo(c[k], 12);
    }
  });

  it("Wilson intervals for proportions", () => {
    expect(m.metrics.accuracy.method).toBe("wilson");
    expect(m.metrics.accuracy.interval[0]).toBeCloseTo(c.accuracy_wilson[0], 10);
    expect(m.metrics.accuracy.interval[1]).toBeCloseTo(c.accuracy_wilson[1], 10);
    expect(m.metrics.precision.interval[0]).toBeCloseTo(c.precision_wilson[0], 10);
    expect(m.metrics.precision.interval[1]).toBeCloseTo(c.precision_wilson[1], 10);
  });

  it("Wilson interval by hand: 8 of 10", () => {
    // p=0.8, z=1.96: centre (0.8 + 0.19208)/1.38415 = 0.71674, half 0.22058 (hand-computed)
    const [lo, hi] = wilson(8, 10);
    expect(lo).toBeCloseTo(0.4902, 4);
    expect(hi).toBeCloseTo(0.9433, 4);
  });

  it("intervals are seeded, bracket the value and are reproducible", () => {
    const again = classificationMetrics({ y, pred, score });
    for (const [k, method] of [
      ["f1", "bootstrap"],
      ["balanced_accuracy", "bootstrap"],
      ["roc_auc", "delong"],
      ["pr_auc", "delta"],
      ["log_loss", "delta"],
    ]) {
      const [lo, hi] = m.metrics[k].interval;
      expect(m.metrics[k].method).toBe(method);
      expect(lo).toBeLessThan(m.metrics[k].value);
      expect(hi).toBeGreaterThan(m.metrics[k].value);
      expect(again.metrics[k].interval).toEqual(m.metrics[k].interval);
    }
    // The AUC interval's width matches the normal approximation within reason (n=600: ~±0.027).
    const [lo, hi] = m.metrics.roc_auc.interval;
    expect(hi - lo).toBeGreaterThan(0.03);
    expect(hi - lo).toBeLessThan(0.09);
  });

  it("ROC AUC counts ties as half (hand-computed)", () => {
    // positives 0.8, 0.5; negatives 0.5, 0.2: pairs (0.8>0.5)=1, (0.8>0.2)=1, (0.5=0.5)=0.5, (0.5>0.2)=1 → 3.5/4
    const r = classificationMetrics({
      y: Uint8Array.from([1, 1, 0, 0]),
      pred: Uint8Array.from([1, 1, 1, 0]),
      score: Float64Array.from([0.8, 0.5, 0.5, 0.2]),
    });
    expect(r.metrics.roc_auc.value).toBe(0.875);
  });
});

describe("fairness with Fairlearn's definitions", () => {
  const c = ref.classification;
  const f = featureFairness("group", group, y, pred, 0);
  it("per-group rates and the four summary numbers match numpy", () => {
    for (const g of f.groups) {
      const want = c.groups[g.group];
      expect(g.count).toBe(want.count);
      for (const k of ["selection_rate", "accuracy", "tpr", "fpr"] as const)
        expect(g[k], `${g.group}.${k}`).toBeCloseTo(want[k], 12);
    }
    expect(f.demographic_parity_difference).toBeCloseTo(c.demographic_parity_difference, 12);
    expect(f.demographic_parity_ratio).toBeCloseTo(c.demographic_parity_ratio, 12);
    expect(f.equalized_odds_difference).toBeCloseTo(c.equalized_odds_difference, 12);
    expect(f.equalized_odds_ratio).toBeCloseTo(c.equalized_odds_ratio, 12);
  });

  it("hand-computed: selection rates 2/4 and 1/4 give ratio 0.5, difference 0.25", () => {
    const g = ["a", "a", "a", "a", "b", "b", "b", "b"];
    const yy = Uint8Array.from([1, 1, 0, 0, 1, 1, 0, 0]);
    const pp = Uint8Array.from([1, 0, 1, 0, 1, 0, 0, 0]);
    const r = featureFairness("g", g, yy, pp, 0);
    expect(r.demographic_parity_ratio).toBe(0.5);
    expect(r.demographic_parity_difference).toBe(0.25);
    // TPR a=1/2, b=1/2; FPR a=1/2, b=0 → EO difference 0.5, EO ratio min(1, 0) = 0
    expect(r.equalized_odds_difference).toBe(0.5);
    expect(r.equalized_odds_ratio).toBe(0);
  });

  it("flags small groups and leaves them out of the ratios", () => {
    const r = featureFairness("group", group, y, pred, 100);
    const small = r.groups.filter((g) => g.count < 100).map((g) => g.group);
    expect(small.length).toBeGreaterThan(0);
    expect(r.smallGroups).toEqual(small);
    const used = r.groups.filter((g) => !g.small).map((g) => g.selection_rate);
    expect(r.demographic_parity_ratio).toBeCloseTo(Math.min(...used) / Math.max(...used), 12);
  });
});

describe("regression metrics against numpy", () => {
  it("rmse, mae, mape, r2", () => {
    const r = ref.regression;
    const m = regressionMetrics(Float64Array.from(r.y), Float64Array.from(r.yhat));
    for (const k of ["rmse", "mae", "mape", "r2"]) expect(m.metrics[k].value, k).toBeCloseTo(r[k], 10);
  });
});

describe("drift statistics against scipy", () => {
  const d = ref.drift;
  const sorted = (a: number[]) => Float64Array.from(a).sort();
  it("KS statistic equals scipy's ks_2samp", () => {
    expect(ksStatistic(sorted(d.ref), sorted(d.cur))).toBeCloseTo(d.ks_statistic, 12);
    expect(ksTest(sorted(d.ref), sorted(d.cur)).statistic).toBeCloseTo(d.ks_statistic, 12);
  });
  it("normed Wasserstein equals scipy's wasserstein_distance / np.std", () => {
    expect(wassersteinNormed(sorted(d.ref_big), sorted(d.cur_big)).statistic).toBeCloseTo(d.wasserstein_normed, 10);
  });
  it("chi-square with expected counts scaled from the reference equals scipy's chisquare", () => {
    const count = (a: string[]) => a.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
    const r = chiSquareTest(count(d.ref_cat), count(d.cur_cat));
    expect(r.statistic).toBeCloseTo(d.chisquare_statistic, 10);
    expect(r.p_value! / d.chisquare_pvalue).toBeCloseTo(1, 6);
    const { p, q } = categoricalShares(count(d.ref_cat), count(d.cur_cat));
    expect(jensenShannon(p, q)).toBeCloseTo(d.jensenshannon, 12);
  });
  it("chooses tests as Evidently does and reports edge cases without crashing", () => {
    expect(columnDrift("x", d.ref, d.cur).stattest).toBe("ks");
    expect(columnDrift("x", d.ref_big, d.cur_big).stattest).toBe("wasserstein");
    expect(columnDrift("c", d.ref_cat, d.cur_cat).stattest).toBe("chisquare");
    expect(columnDrift("b", ["u", "v", "u"], ["u", "u", "v"]).stattest).toBe("z");
    expect(columnDrift("n", [null, "", null], [1, 2]).note).toContain("all values missing");
    const unseen = columnDrift("c", ["a", "b", "c", "a"], ["a", "d", "d", "b"]);
    expect(unseen.note).toContain("unseen");
    expect(unseen.drifted).toBe(true);
  });
});

describe("gate grammar", () => {
  it("parses numbers and baseline references", () => {
    expect(parseGate("accuracy >= 0.8")).toEqual({
      source: "accuracy >= 0.8",
      metric: "accuracy",
      op: ">=",
      rhs: { kind: "number", value: 0.8 },
    });
    expect(parseGate("roc_auc>=baseline.roc_auc - 0.01").rhs).toEqual({
      kind: "baseline",
      metric: "roc_auc",
      offset: -0.01,
    });
    expect(parseGate("log_loss < baseline.log_loss + 0.05").rhs).toEqual({
      kind: "baseline",
      metric: "log_loss",
      offset: 0.05,
    });
  });
  it("points at the character that is wrong", async () => {
    const e = await caught(() => parseGate("accuracy => 0.8"));
    expect(e.message).toContain("at character 10");
    expect(e.message).toContain("accuracy => 0.8\n             ^");
    expect((await caught(() => parseGate("accuracy >= baseline.acc -"))).message).toContain(
      "expected a number at character 27",
    );
    expect((await caught(() => parseGate("Accuracy >= 1"))).message).toContain("expected a metric name at character 1");
    expect((await caught(() => parseGate("accuracy >= 0.8 and"))).message).toContain("unexpected text at character 17");
  });
  it("evaluates against values and a baseline", () => {
    const v = { accuracy: 0.81, roc_auc: 0.9 };
    expect(evaluateGate(parseGate("accuracy >= 0.8"), v, undefined).passed).toBe(true);
    expect(evaluateGate(parseGate("accuracy >= 0.82"), v, undefined).passed).toBe(false);
    const g = evaluateGate(parseGate("roc_auc >= baseline.roc_auc - 0.01"), v, { roc_auc: 0.92 });
    expect(g.threshold).toBeCloseTo(0.91, 12);
    expect(g.passed).toBe(false);
    expect(evaluateGate(parseGate("roc_auc >= baseline.roc_auc"), v, undefined).note).toContain("no baseline");
    // A known metric the predictions cannot give (no score column: no roc_auc) fails with a note.
    expect(evaluateGate(parseGate("pr_auc >= 0.5"), v, undefined)).toMatchObject({
      passed: false,
      value: null,
      note: "metric 'pr_auc' was not computed",
    });
  });
  it("refuses an unknown metric with the list and a did-you-mean", async () => {
    const e = await caught(() => parseGate("mse <= 3000", "gates"));
    expect(e.message).toContain("unknown metric 'mse' (did you mean 'rmse'?)");
    expect(e.message).toContain("regression rmse, mae, mape, r2");
    expect((await caught(() => parseGate("accuracy >= baseline.acuracy"))).message).toContain(
      "unknown metric 'acuracy' (did you mean 'accuracy'?)",
    );
    expect((await caught(() => parseGate("f2 >= 0.5"))).message).toContain("unknown metric 'f2' (did you mean 'f1'?)");
  });
  it("load thresholds in k6's grammar", () => {
    expect(parseThreshold("p(99)<150")).toMatchObject({ stat: "p(99)", percentile: 99, op: "<", value: 150 });
    expect(parseThreshold("rate<0.01")).toMatchObject({ stat: "rate", op: "<", value: 0.01 });
    expect(() => parseThreshold("p99 < 150")).toThrow(/k6/);
  });
});
