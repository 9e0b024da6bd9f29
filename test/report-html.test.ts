import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { calibrationCurve, prCurve, rocCurve } from "../packages/core/src/evaluate/curves.js";
import { barChart, distributionChart } from "../packages/core/src/report/html/charts.js";
import { driftHtml } from "../packages/core/src/report/html/drift.js";
import { computeQuality } from "../packages/core/src/evaluate/evaluate.js";
import { seededRandom } from "../packages/core/src/stats/sampling.js";
import { evaluationCharts, evaluationHtml } from "../packages/core/src/report/html/evaluation.js";
import type { EvaluationReport } from "../packages/core/src/report/quality-load-bias-test.js";
import { tempDir } from "./helpers/tmp.js";

/** sklearn's roc_curve (drop_intermediate=False), precision_recall_curve and calibration_curve, written out in numpy. */
const REFERENCE = `
import json, sys, numpy as np
d = json.load(sys.stdin); y = np.array(d["y"]); s = np.array(d["s"])
o = np.argsort(s, kind="mergesort")[::-1]; s2 = s[o]; y2 = y[o]
idx = np.r_[np.where(np.diff(s2))[0], y2.size - 1]
tps = np.cumsum(y2)[idx]; fps = 1 + idx - tps
fpr = np.r_[0, fps / fps[-1]]; tpr = np.r_[0, tps / tps[-1]]
prec = tps / (tps + fps); rec = tps / tps[-1]
prec = np.r_[prec[::-1], 1]; rec = np.r_[rec[::-1], 0]
bins = np.linspace(0.0, 1.0, 11); ids = np.searchsorted(bins[1:-1], s)
sp = np.bincount(ids, weights=s, minlength=10); st = np.bincount(ids, weights=y, minlength=10); n = np.bincount(ids, minlength=10)
nz = n != 0
print(json.dumps({"fpr": fpr.tolist(), "tpr": tpr.tolist(), "prec": prec.tolist(), "rec": rec.tolist(), "cal_pred": (sp[nz] / n[nz]).tolist(), "cal_true": (st[nz] / n[nz]).tolist()}))
`;

describe("report curves against scikit-learn's definitions (numpy reference)", () => {
  const rnd = seededRandom(7);
  const n = 80;
  // Scores on a 0.05 grid so there are ties, and some exactly on the calibration bins' edges.
  const y = Uint8Array.from({ length: n }, () => (rnd() < 0.4 ? 1 : 0));
  const score = Float64Array.from(y, (v) => Math.min(1, Math.max(0, Math.round((0.3 * v + rnd() * 0.7) * 20) / 20)));
  const ref = JSON.parse(
    execFileSync("python3", ["-c", REFERENCE], { input: JSON.stringify({ y: [...y], s: [...score] }) }).toString(),
  );

  it("ROC: every threshold's (FPR, TPR) from (0, 0) to (1, 1)", () => {
    const roc = rocCurve(y, score);
    expect(roc.map((p) => p.fpr)).toEqual(ref.fpr.map((v: number) => expect.closeTo(v, 12)));
    expect(roc.map((p) => p.tpr)).toEqual(ref.tpr.map((v: number) => expect.closeTo(v, 12)));
  });
  it("precision–recall: lowest threshold first, ending at recall 0, precision 1", () => {
    const pr = prCurve(y, score);
    expect(pr.map((p) => p.precision)).toEqual(ref.prec.map((v: number) => expect.closeTo(v, 12)));
    expect(pr.map((p) => p.recall)).toEqual(ref.rec.map((v: number) => expect.closeTo(v, 12)));
  });
  it("calibration: mean score and positive rate per non-empty uniform bin, edges belonging to the lower bin", () => {
    const cal = calibrationCurve(y, score);
    expect(cal.map((p) => p.predicted)).toEqual(ref.cal_pred.map((v: number) => expect.closeTo(v, 12)));
    expect(cal.map((p) => p.observed)).toEqual(ref.cal_true.map((v: number) => expect.closeTo(v, 12)));
  });
  it("a long curve is cut to 101 points, keeping both ends, so the report grows with columns, not rows", () => {
    const big = 20_000;
    const yy = Uint8Array.from({ length: big }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const ss = Float64Array.from({ length: big }, (_, i) => ((i * 7919) % big) / big);
    const roc = rocCurve(yy, ss);
    expect(roc).toHaveLength(101);
    expect(roc[0]).toEqual({ fpr: 0, tpr: 0 });
    expect(roc[100]).toEqual({ fpr: 1, tpr: 1 });
  });
});

describe("charts and pages", () => {
  it("untrusted names reach the SVG as escaped text only, and a field-like name is not read as a path", async () => {
    const c = await barChart(
      "x",
      "t",
      [
        { label: '<img src=x onerror="alert(1)">', value: 0.5 },
        { label: "a.b[0]", value: 0.25 },
      ],
      { x: "group", y: "rate" },
    );
    expect(c.svg).not.toContain("<img");
    expect(c.svg).toContain("&lt;img src=x");
    // Both bars drawn, each labelled with its value.
    expect(c.svg.match(/aria-roledescription="bar"/g)).toHaveLength(2);
    expect(c.svg).toContain("group: a.b[0]; rate: 0.25");
  });

  it("drift.html: no way to load anything from outside the file, columns sorted by drift, one distribution per column", async () => {
    const col = (column: string, p: number, drifted: boolean) => ({
      column,
      type: "categorical" as const,
      stattest: "chisquare" as const,
      statistic: 3,
      p_value: p,
      threshold: 0.05,
      drifted,
    });
    const html = await driftHtml({
      model: "churn",
      environment: "production",
      columns: [col("calm", 0.8, false), col("<b>loud</b>", 0.001, true)],
      drift_share: 0.5,
      dataset_drift: true,
      drift_share_threshold: 0.5,
      reference_kind: "data",
      reference_rows: 10,
      current_rows: 10,
      missing_columns: [],
      new_columns: [],
      distributions: [
        { column: "<b>loud</b>", type: "categorical", labels: ["a", "b"], reference: [0.9, 0.1], current: [0.2, 0.8] },
        { column: "calm", type: "categorical", labels: ["a", "b"], reference: [0.5, 0.5], current: [0.5, 0.5] },
      ],
    });
    expect(html).toContain(`content="default-src 'none';`);
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//);
    expect(html).not.toContain("<b>loud</b>");
    expect(html.indexOf("&lt;b&gt;loud&lt;/b&gt;")).toBeLessThan(html.indexOf(">calm<"));
    expect(html.match(/data-chart="dist-\d+"/g)).toHaveLength(2);
    const d = await distributionChart("d", "t", ["a", "b"], [0.9, 0.1], [0.2, 0.8]);
    expect(d.points).toEqual([
      { label: "a", value: 0.9, series: "reference", lo: null, hi: null, ref: null },
      { label: "b", value: 0.1, series: "reference", lo: null, hi: null, ref: null },
      { label: "a", value: 0.2, series: "current", lo: null, hi: null, ref: null },
      { label: "b", value: 0.8, series: "current", lo: null, hi: null, ref: null },
    ]);
  });
});

describe("page size grows with columns, not rows", () => {
  /** Predictions of `n` rows: a score, its label and prediction, one sensitive feature. */
  function predictions(n: number): string {
    const rnd = seededRandom(n);
    const lines = ["label,prediction,score,group"];
    for (let i = 0; i < n; i++) {
      const y = rnd() < 0.35 ? 1 : 0;
      const s = Math.min(1, Math.max(0, 0.25 + 0.4 * y + (rnd() - 0.5) * 0.6));
      lines.push(`${y},${s >= 0.5 ? 1 : 0},${s.toFixed(6)},${"abcd"[i % 4]}`);
    }
    const file = path.join(tempDir(), `p${n}.csv`);
    writeFileSync(file, lines.join("\n") + "\n");
    return file;
  }
  async function pageBytes(n: number): Promise<number> {
    const q = await computeQuality({
      predictions: predictions(n),
      label: "label",
      prediction: "prediction",
      score: "score",
      positiveLabel: 1,
      sensitiveFeatures: ["group"],
      minGroupSize: 30,
    });
    const report = {
      schema: "mlship/evaluation/v1",
      model: "m",
      candidate: "run",
      baseline: null,
      quality: q.quality,
      bias: q.bias,
      values: q.values,
      gates: [],
      paired: null,
      load: { result: null, thresholds: [], skipped: "load: false" },
      series: {},
      curves: { candidate: q.curves! },
      passed: true,
      createdAt: "2026-01-01T00:00:00Z",
    } as unknown as EvaluationReport;
    return Buffer.byteLength(await evaluationHtml(report));
  }
  it("evaluation.html for 2,000 and 40,000 rows: the same size within 2%, far under 2 MB", async () => {
    const [small, large] = [await pageBytes(2_000), await pageBytes(40_000)];
    expect(large).toBeLessThan(2_000_000);
    expect(Math.abs(large - small) / small).toBeLessThan(0.02);
  }, 120_000);
});

describe("ROC and PR axes (#32: a '\u22120.0' tick was reported)", () => {
  /** Each axis' tick labels of a chart's SVG, as drawn: the texts after its ARIA axis label, up to its title. */
  function tickLabels(svg: string): string[][] {
    return svg
      .split('aria-roledescription="axis"')
      .slice(1)
      .map((axis) =>
        [...axis.slice(0, axis.indexOf("role-axis-title")).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]),
      );
  }
  /** A report of these predictions with the fields the charts read. */
  async function charts(csv: string, o: { score?: string; scoreColumns?: string }) {
    const file = path.join(tempDir(), "p.csv");
    writeFileSync(file, csv);
    const q = await computeQuality({
      predictions: file,
      label: "label",
      prediction: "prediction",
      ...o,
      positiveLabel: 1,
      sensitiveFeatures: [],
      minGroupSize: 0,
    });
    const report = {
      quality: q.quality,
      bias: [],
      gates: [],
      paired: null,
      load: { result: null, thresholds: [] },
      series: {},
      ...(q.curves ? { curves: { candidate: q.curves } } : {}),
      ...(q.ovrRoc ? { ovrRoc: q.ovrRoc } : {}),
    } as unknown as EvaluationReport;
    return evaluationCharts(report);
  }
  const TICKS_01 = ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0"];

  it("binary, scores near 0 and a precision that falls to 0: both axes 0.0 to 1.0, no negative zero", async () => {
    // Positives scored near 0, negatives above them: the ROC runs along fpr = 1 and precision reaches 0.
    const rnd = seededRandom(3);
    const rows = Array.from({ length: 200 }, (_, i) => {
      const y = i % 10 === 0 ? 1 : 0;
      const s = y ? rnd() * 1e-6 : 1e-6 + rnd() * 1e-3;
      return `${y},0,${s.toExponential(6)}`;
    });
    const out = await charts(`label,prediction,score\n${rows.join("\n")}\n`, { score: "score" });
    const pr = out.find((c) => c.id === "pr")!;
    expect(Math.min(...pr.points.map((p) => p.y as number))).toBe(0);
    for (const id of ["roc", "pr", "calibration"]) {
      const axes = tickLabels(out.find((c) => c.id === id)!.svg);
      expect(axes, id).toHaveLength(2);
      for (const labels of axes)
        expect(
          labels.filter((l) => l !== ""),
          id,
        ).toEqual(expect.arrayContaining(["0.0", "1.0"]));
      expect(
        axes.flat().filter((l) => /^[\u2212-]0(\.0*)?$/.test(l)),
        id,
      ).toEqual([]);
      expect(
        axes.flat().every((l) => Number(l.replace("\u2212", "-")) >= 0 && Number(l) <= 1),
        id,
      ).toBe(true);
    }
  });

  it("a candidate scoring exactly as its baseline: the paired chart's difference axis runs −1 to 1, not one '0.000000' tick", async () => {
    // Found reproducing #32 with scikit-learn's wine and diabetes: a deterministic model retrained
    // and gated against its v1 has every paired difference and interval 0.
    const paired = Object.fromEntries(
      ["accuracy", "f1", "roc_auc"].map((metric) => [metric, { metric, diff: 0, interval: [0, 0] }]),
    );
    const report = {
      quality: { task: "regression" },
      baseline: { id: "m@v1" },
      bias: [],
      gates: [],
      paired,
      load: { result: null, thresholds: [] },
      series: {},
    } as unknown as EvaluationReport;
    const chart = (await evaluationCharts(report)).find((c) => c.id === "paired")!;
    const y = tickLabels(chart.svg)[1];
    expect(y).not.toContain("0.000000");
    // d3's ticks of [−1, 1] (its documented 1-2-5 steps), with the minus sign d3-format writes.
    expect(y).toEqual(expect.arrayContaining(["\u22121.0", "0.0", "1.0"]));
    expect(chart.svg).toContain("linear scale with values from \u22121.0 to 1.0");
  });

  it("multiclass one-vs-rest ROC (the four-class fixture): ticks 0.0 to 1.0, no negative zero", async () => {
    const out = await charts(readFileSync("test/fixtures/multiclass/predictions.csv", "utf8"), {
      scoreColumns: "proba_*",
    });
    const axes = tickLabels(out.find((c) => c.id === "roc-ovr")!.svg);
    expect(axes).toHaveLength(2);
    expect(axes[0]).toEqual(TICKS_01);
    for (const labels of axes) expect(labels.filter((l) => /^[\u2212-]0(\.0*)?$/.test(l))).toEqual([]);
  });
});
