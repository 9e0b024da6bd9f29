import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkGatesForTask, GATE_METRICS, parseGate } from "../packages/core/src/evaluate/gates.js";
import { configSchema } from "../packages/core/src/config/schema.js";
import { parseYamlWith } from "../packages/core/src/config/parse-yaml.js";
import { computeQuality, runGates } from "../packages/core/src/evaluate/evaluate.js";
import { multiclassMetrics } from "../packages/core/src/evaluate/multiclass.js";
import { pairedCompareMulticlass, pairedCompareRegression } from "../packages/core/src/evaluate/compare.js";
import { caught } from "./helpers/catch.js";
import { tempDir } from "./helpers/tmp.js";
import { multiclassMarkdown } from "../packages/core/src/report/quality-multiclass.js";
import { checkDriftSpec, checkDriftStep } from "../packages/core/src/steps/check-drift.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { quietHost } from "./helpers/silent.js";

// Reference values written by test/fixtures/multiclass/make_multiclass_reference.py (scikit-learn 1.2.1;
// the group metrics by Fairlearn's MetricFrame definitions, in numpy). Four string classes; 'zeta'
// occurs in the labels and is never predicted.
const dir = "test/fixtures/multiclass";
const ref = JSON.parse(readFileSync(`${dir}/reference.json`, "utf8"));
const file = `${dir}/predictions.csv`;
const base = {
  predictions: file,
  label: "label",
  prediction: "prediction",
  positiveLabel: 1,
  sensitiveFeatures: [] as string[],
  minGroupSize: 0,
};

/** Every multiclass gate name (README, "Gate metric names"): each is tested against scikit-learn below. */
const NAMES = GATE_METRICS.multiclass;

describe("multiclass metrics against scikit-learn", async () => {
  const q = await computeQuality({ ...base, scoreColumns: "proba_*", sensitiveFeatures: ["group"] });

  it("classes in scikit-learn's order, and the confusion matrix", () => {
    expect(q.gateTask).toBe("multiclass");
    expect(q.multiclass?.classes).toEqual(ref.classes);
    expect(q.quality.task === "classification" && "kind" in q.quality && q.quality.confusion).toEqual(ref.confusion);
  });

  for (const name of NAMES)
    it(`${name} equals scikit-learn's, inside its 95% interval`, () => {
      const m = q.quality.metrics[name];
      expect(m.value, name).toBeCloseTo(ref[name], 12);
      expect(q.values[name]).toBe(m.value);
      expect(m.interval[0]).toBeLessThanOrEqual(m.value);
      expect(m.interval[1]).toBeGreaterThanOrEqual(m.value);
      expect(m.interval[1]).toBeGreaterThan(m.interval[0]);
    });

  it("per-class precision, recall, F1 and support (zero_division=0 for the class never predicted)", () => {
    for (const c of ref.classes) {
      const r = ref.per_class[c];
      expect(q.values[`precision[${c}]`], c).toBeCloseTo(r.precision, 12);
      expect(q.values[`recall[${c}]`], c).toBeCloseTo(r.recall, 12);
      expect(q.values[`f1[${c}]`], c).toBeCloseTo(r.f1, 12);
    }
    const quality = q.quality as { perClass: { class: string; support: number }[] };
    expect(quality.perClass.map((c) => [c.class, c.support])).toEqual(
      ref.classes.map((c: string) => [c, ref.per_class[c].support]),
    );
    expect(ref.per_class.zeta.precision).toBe(0);
    expect(q.warnings.join("\n")).toMatch(/'zeta' never predicted.*zero_division=0/);
  });

  it("group metrics per sensitive feature as Fairlearn's MetricFrame: by group, difference, ratio", () => {
    const f = q.groupBias![0];
    expect(f.feature).toBe("group");
    expect(f.groups.map((g) => g.group)).toEqual(Object.keys(ref.bias.by_group));
    for (const g of f.groups) {
      const r = ref.bias.by_group[g.group];
      expect(g.count).toBe(r.count);
      for (const [k, v] of Object.entries(r))
        if (k !== "count") expect(g.values[k], `${g.group} ${k}`).toBeCloseTo(v as number, 12);
    }
    for (const [k, v] of Object.entries(ref.bias.difference)) expect(f.difference[k], k).toBeCloseTo(v as number, 12);
    for (const [k, v] of Object.entries(ref.bias.ratio)) expect(f.ratio[k], k).toBeCloseTo(v as number, 12);
    expect(q.values.accuracy_group_difference).toBeCloseTo(ref.bias.difference.accuracy, 12);
    const worstRecall = Math.max(...ref.classes.map((c: string) => ref.bias.difference[`recall[${c}]`]));
    expect(q.values.recall_group_difference).toBeCloseTo(worstRecall, 12);
  });

  it("without probability columns the metrics that need them are absent, not zero", async () => {
    const plain = await computeQuality(base);
    expect(plain.quality.metrics.roc_auc_ovr).toBeUndefined();
    expect(plain.quality.metrics.log_loss).toBeUndefined();
    expect(plain.values.f1_macro).toBeCloseTo(ref.f1_macro, 12);
    const [g] = runGates(["roc_auc_ovr >= 0.5"], plain.values, undefined, "gates", undefined, {
      task: "multiclass",
      sensitiveFeatures: false,
    });
    expect(g.passed).toBe(false);
    expect(g.note).toMatch(/not computed/);
  });

  it("a per-class gate reads that class's value", () => {
    const [g] = runGates(["recall[virginica] >= 0.5"], q.values, undefined);
    expect(g.value).toBeCloseTo(ref.per_class.virginica.recall, 12);
    expect(g.passed).toBe(ref.per_class.virginica.recall >= 0.5);
  });

  it("a probability column missing for a class is a clear error", async () => {
    const e = await caught(() => computeQuality({ ...base, scoreColumns: "proba_*a" }));
    // proba_*a matches proba_setosa, proba_virginica and proba_zeta (classes setos, virginic, zet).
    expect(e.message).toMatch(/no probability column for class\(es\) 'setosa', 'versicolor', 'virginica', 'zeta'/);
    expect(e.message).toMatch(/found proba_setosa, proba_virginica, proba_zeta/);
    expect(e.exitCode).toBe(2);
  });
});

describe("multiclass metrics by hand", () => {
  // y = [a, a, b, c], pred = [a, b, b, b]: c never predicted, precision a 1, b 1/3, c 0 (zero_division=0).
  const m = multiclassMetrics({
    classes: ["a", "b", "c"],
    y: Uint32Array.from([0, 0, 1, 2]),
    pred: Uint32Array.from([0, 1, 1, 1]),
  });
  it("macro precision and recall, Cohen's kappa and MCC", () => {
    expect(m.metrics.precision_macro.value).toBeCloseTo((1 + 1 / 3 + 0) / 3, 14);
    expect(m.metrics.recall_macro.value).toBeCloseTo((0.5 + 1 + 0) / 3, 14);
    // kappa: p_o = 1/2, p_e = (2·1 + 1·3 + 1·0) / 16 = 5/16 → (1/2 − 5/16) / (1 − 5/16) = 3/11
    expect(m.metrics.cohen_kappa.value).toBeCloseTo(3 / 11, 14);
    // MCC: c=2, s=4, t=(2,1,1), p=(1,3,0): (2·4 − 5) / √((16 − 10)(16 − 6)) = 3/√60
    expect(m.metrics.mcc.value).toBeCloseTo(3 / Math.sqrt(60), 14);
  });
});

describe("gate names against the task (exit 2, not a failed gate)", () => {
  const check = (g: string, task: Parameters<typeof checkGatesForTask>[1], sensitive = false, classes?: string[]) =>
    caught(() => checkGatesForTask([parseGate(g)], task, { sensitiveFeatures: sensitive, classes, input: "gates" }));
  it("a binary metric on a multiclass label, a classification metric on regression", async () => {
    expect((await check("f1 >= 0.5", "multiclass")).message).toMatch(
      /multiclass classification does not compute 'f1' \(did you mean 'f1_macro' or 'f1_micro' or 'f1_weighted'\?\)/,
    );
    expect((await check("f1 >= 0.5", "regression")).exitCode).toBe(2);
    expect((await check("roc_auc_ovr >= 0.5", "binary")).message).toMatch(/binary classification does not compute/);
  });
  it("a bias metric without sensitive features, or of another task", async () => {
    expect((await check("demographic_parity_ratio >= 0.8", "regression", true)).message).toMatch(
      /regression does not compute/,
    );
    expect((await check("mae_group_ratio >= 0.8", "regression")).message).toMatch(/needs sensitive features/);
    expect(() =>
      checkGatesForTask([parseGate("mae_group_ratio >= 0.8")], "regression", { sensitiveFeatures: true }),
    ).not.toThrow();
  });
  it("a class the predictions do not have", async () => {
    expect((await check("recall[rose] >= 0.5", "multiclass", false, ["a", "b"])).message).toMatch(
      /class 'rose' is not in the predictions \(classes: a, b\)/,
    );
    expect((await check("recall[a] >= 0.5", "binary")).message).toMatch(/per-class metrics/);
  });
});

describe("paired comparison with the baseline on the same rows", async () => {
  const cand = (await computeQuality({ ...base, scoreColumns: "proba_*" })).multiclass!;
  const bl = (await computeQuality({ ...base, predictions: `${dir}/baseline.csv`, scoreColumns: "proba_*" }))
    .multiclass!;
  const p = pairedCompareMulticlass({
    k: cand.classes.length,
    y: cand.y,
    candidate: cand,
    baseline: { pred: bl.pred, proba: bl.proba },
  });
  it("multiclass: McNemar's exact test on correctness for accuracy (scipy's binomtest)", () => {
    expect(bl.classes).toEqual(cand.classes);
    expect(p.accuracy.method).toBe("mcnemar");
    expect(p.accuracy.diff).toBeCloseTo(ref.paired.accuracy.diff, 12);
    expect(p.accuracy.p_value).toBeCloseTo(ref.paired.accuracy.p_value, 10);
  });
  it("multiclass: the F1 differences (scikit-learn's) with paired-bootstrap intervals around them", () => {
    for (const m of ["f1_macro", "f1_micro", "f1_weighted"]) {
      expect(p[m].diff, m).toBeCloseTo(ref.paired[m].diff, 12);
      expect(p[m].method).toBe("paired-bootstrap");
      expect(p[m].interval[0]).toBeLessThan(p[m].diff);
      expect(p[m].interval[1]).toBeGreaterThan(p[m].diff);
    }
  });
  it("multiclass: log loss as the mean per-row difference with its normal interval", () => {
    expect(p.log_loss.diff).toBeCloseTo(ref.paired.log_loss.diff, 12);
    expect(p.log_loss.interval[0]).toBeCloseTo(ref.paired.log_loss.interval[0], 10);
    expect(p.log_loss.interval[1]).toBeCloseTo(ref.paired.log_loss.interval[1], 10);
  });
  it("regression: MAE by the paired test on absolute errors (scipy's ttest_rel), RMSE by the delta method", async () => {
    const rows = readFileSync(`${dir}/regression.csv`, "utf8")
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(","));
    const col = (i: number) => Float64Array.from(rows, (r) => Number(r[i]));
    const r = pairedCompareRegression(col(0), col(1), col(2));
    const mae = ref.regression_paired.mae;
    expect(r.mae.diff).toBeCloseTo(mae.diff, 12);
    expect(r.mae.diff / ((r.mae.interval[1] - r.mae.interval[0]) / (2 * 1.959963984540054))).toBeCloseTo(mae.t, 10);
    expect(r.rmse.diff).toBeCloseTo(ref.regression_paired.rmse.diff, 12);
    expect(r.rmse.interval[0]).toBeLessThan(r.rmse.diff);
    expect(r.rmse.interval[1]).toBeGreaterThan(r.rmse.diff);
  });
});

describe("regression bias per sensitive feature as Fairlearn's MetricFrame", async () => {
  const q = await computeQuality({
    ...base,
    predictions: `${dir}/regression.csv`,
    label: "target",
    prediction: "predicted",
    task: "regression",
    sensitiveFeatures: ["sex", "age_band"],
  });
  it("count, MAE, RMSE, mean prediction and mean label per group; difference() and ratio()", () => {
    expect(q.groupBias!.map((f) => f.feature)).toEqual(["sex", "age_band"]);
    for (const f of q.groupBias!) {
      const r = ref.regression_bias[f.feature];
      expect(f.groups.map((g) => g.group)).toEqual(Object.keys(r.by_group));
      for (const g of f.groups) {
        expect(g.count).toBe(r.by_group[g.group].count);
        for (const k of ["mae", "rmse", "mean_prediction", "mean_label"])
          expect(g.values[k], `${f.feature} ${g.group} ${k}`).toBeCloseTo(r.by_group[g.group][k], 10);
      }
      for (const k of ["mae", "rmse"]) {
        expect(f.difference[k]).toBeCloseTo(r.difference[k], 10);
        expect(f.ratio[k]).toBeCloseTo(r.ratio[k], 10);
      }
    }
  });
  it("gate values: the worst feature (largest difference, smallest ratio)", () => {
    const rb = ref.regression_bias;
    expect(q.values.mae_group_difference).toBeCloseTo(Math.max(rb.sex.difference.mae, rb.age_band.difference.mae), 10);
    expect(q.values.mae_group_ratio).toBeCloseTo(Math.min(rb.sex.ratio.mae, rb.age_band.ratio.mae), 10);
  });
});

describe("the config check: gates against evaluate.task (#32)", () => {
  const parse = (text: string) => parseYamlWith(text, "mlship.yml", configSchema);
  it("a gate on a metric the task never computes is a config error at its line (exit 2)", async () => {
    const e = await caught(() => parse("evaluate:\n  task: regression\n  gates:\n    - r2 >= 0.3\n    - f1 >= 0.5\n"));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain("evaluate.gates.1");
    expect(e.message).toContain("regression does not compute 'f1'");
    expect(e.location).toMatchObject({ file: "mlship.yml", line: 5 });
  });
  it("a bias gate without sensitive features is a config error; with them it is accepted", async () => {
    const e = await caught(() => parse("evaluate:\n  gates: [demographic_parity_ratio >= 0.8]\n"));
    expect(e.message).toContain("'demographic_parity_ratio' needs sensitive features");
    expect(() =>
      parse(
        "evaluate:\n  sensitive-features: [sex]\n  gates: [demographic_parity_ratio >= 0.8, mae_group_ratio >= 0.5]\n",
      ),
    ).not.toThrow();
  });
});

describe("binary predictions with score-columns", () => {
  it("the positive class's probability column is the score", async () => {
    const dir2 = tempDir("mlship-binary-proba-");
    const lines = readFileSync("test/fixtures/reference/predictions.csv", "utf8").trim().split(/\r?\n/).slice(1);
    const csv = path.join(dir2, "p.csv");
    writeFileSync(
      csv,
      [
        "label,prediction,proba_0,proba_1",
        ...lines.map((l) => l.split(",")).map((r) => `${r[0]},${r[1]},${1 - Number(r[2])},${r[2]}`),
      ].join("\n"),
    );
    const q = await computeQuality({ ...base, predictions: csv, scoreColumns: "proba_*" });
    const ref0 = JSON.parse(readFileSync("test/fixtures/reference/reference.json", "utf8")).classification;
    expect(q.gateTask).toBe("binary");
    expect(q.values.roc_auc).toBeCloseTo(ref0.roc_auc, 12);
    expect(q.values.log_loss).toBeCloseTo(ref0.log_loss, 10);
  });
});

describe("the multiclass report sections", () => {
  const report = (classes: string[]) =>
    multiclassMetrics({
      classes,
      y: Uint32Array.from(classes.map((_, i) => i)),
      pred: Uint32Array.from(classes.map(() => 0)),
    });
  it("per-class table, the warning naming a class never predicted, the confusion matrix; class names escaped", () => {
    const md = multiclassMarkdown(report(["a|b", "<img>", "c"])).join("\n\n");
    expect(md).toContain("| a\\|b | 0.3333 ");
    expect(md).toContain("&lt;img&gt;");
    expect(md).not.toContain("<img>");
    expect(md).toMatch(/never predicted/);
    // The matrix: every row's true class predicted as the first class.
    expect(md).toContain("| actual \\ predicted | a\\|b | &lt;img&gt; | c |");
    expect(md).toContain("| c | 1 | 0 | 0 |");
  });
  it("past 20 classes the markdown leaves the matrix to the HTML report", () => {
    const md = multiclassMarkdown(report(Array.from({ length: 25 }, (_, i) => `k${i}`))).join("\n\n");
    expect(md).toContain("25 classes: the matrix is in evaluation.html");
  });
});

describe("check-drift: a classifier's prediction and target are categories, even as integers", () => {
  it("seven integer classes (numeric by Evidently's rule of more than 5 values) and 0/1/2: chi-square as scipy's", async () => {
    const dir = tempDir("mlship-class-drift-");
    // Class k appears counts[k] times; x is a feature that does not move.
    const rows = (target: number[], pred: number[]) => {
      const t = target.flatMap((c, k) => Array<number>(c).fill(k));
      const p = pred.flatMap((c, k) => Array<number>(c).fill(k));
      return ["x,digit,prediction", ...t.map((d, i) => `${i % 50},${d},${p[i]}`)].join("\n") + "\n";
    };
    writeFileSync(path.join(dir, "ref.csv"), rows([100, 90, 80, 70, 60, 50, 40], [200, 150, 140]));
    writeFileSync(path.join(dir, "cur.csv"), rows([70, 70, 70, 70, 70, 70, 70], [140, 150, 200]));
    const config = path.join(dir, "mlship.yml");
    const drift = async (task: string) => {
      writeFileSync(config, `evaluate:\n  label: digit\n  task: ${task}\n`);
      const inputs = { config, reference: path.join(dir, "ref.csv"), current: path.join(dir, "cur.csv") };
      return (
        await checkDriftStep(
          parseInputs(checkDriftSpec, (n) => inputs[n as keyof typeof inputs]),
          quietHost,
        )
      ).extra.report!;
    };
    const r = await drift("classification");
    const { target_drift: t, prediction_drift: p } = r;
    // scipy.stats.chisquare(cur, ref / ref.sum() * cur.sum()): Evidently's chi-square test.
    expect(t).toMatchObject({ column: "digit", type: "categorical", stattest: "chisquare", drifted: true });
    expect(t!.statistic).toBeCloseTo(46.861111111111114, 10);
    expect(t!.p_value! / 1.9943562456312182e-8).toBeCloseTo(1, 6);
    expect(p).toMatchObject({ column: "prediction", type: "categorical", stattest: "chisquare", drifted: true });
    expect(p!.statistic).toBeCloseTo(43.714285714285715, 10);
    expect(p!.p_value! / 3.217832746310405e-10).toBeCloseTo(1, 6);
    // A regression target with the same values stays numeric (KS).
    expect((await drift("regression")).target_drift).toMatchObject({ type: "numeric", stattest: "ks" });
  });
});
