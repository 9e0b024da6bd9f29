import { describe, expect, it } from "vitest";
import {
  applyCalibrationMulticlass,
  CBPE_MULTICLASS_METRICS,
  checkCalibrationMulticlass,
  estimatePerformanceMulticlass,
} from "../packages/core/src/performance/cbpe.js";
import { seededRandom } from "../packages/core/src/stats/sampling.js";

/**
 * Multiclass CBPE (NannyML, "Confidence-based Performance Estimation": multiclass accuracy is the
 * mean probability of the predicted classes; precision, recall and F1 per class as binary, then
 * macro-averaged; calibration one-vs-rest per class, then normalised to sum to 1).
 */

const C = 3;
/** A window of rows: true class probabilities softmax(z), labels drawn from them; served scores softmax(t·z). */
function window(rand: () => number, n: number, t = 1) {
  const y = new Int32Array(n);
  const pred = new Int32Array(n);
  const probs = Array.from({ length: C }, () => new Float64Array(n));
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  for (let i = 0; i < n; i++) {
    const x = gauss();
    const z = [0.2 + 1.4 * x + 0.6 * gauss(), -0.3 * x + 0.6 * gauss(), -0.4 - 1.1 * x + 0.6 * gauss()];
    const softmax = (s: number) => {
      const e = z.map((v) => Math.exp(s * v));
      const sum = e.reduce((a, b) => a + b, 0);
      return e.map((v) => v / sum);
    };
    const truth = softmax(1);
    let u = rand();
    y[i] = C - 1;
    for (let k = 0; k < C; k++) {
      u -= truth[k];
      if (u < 0) {
        y[i] = k;
        break;
      }
    }
    const served = softmax(t);
    served.forEach((v, k) => (probs[k][i] = v));
    pred[i] = served.indexOf(Math.max(...served));
  }
  return { y, pred, probs };
}

/** Realised accuracy and macro precision/recall/F1 from the labels (scikit-learn's definitions, zero_division=0). */
function realised(y: Int32Array, pred: Int32Array): Record<(typeof CBPE_MULTICLASS_METRICS)[number], number> {
  const cm = Array.from({ length: C }, () => new Array<number>(C).fill(0));
  for (let i = 0; i < y.length; i++) cm[y[i]][pred[i]]++;
  let p = 0;
  let r = 0;
  let f = 0;
  let correct = 0;
  for (let k = 0; k < C; k++) {
    const tp = cm[k][k];
    const predicted = cm.reduce((s, row) => s + row[k], 0);
    const actual = cm[k].reduce((s, v) => s + v, 0);
    correct += tp;
    p += predicted ? tp / predicted : 0;
    r += actual ? tp / actual : 0;
    f += predicted + actual ? (2 * tp) / (predicted + actual) : 0;
  }
  return { accuracy: correct / y.length, precision_macro: p / C, recall_macro: r / C, f1_macro: f / C };
}

describe("multiclass CBPE", () => {
  it("the estimate of two rows, by hand: accuracy the mean probability of the predicted classes, macro P/R/F1 from expected cells", () => {
    // row 1: p = (0.7, 0.2, 0.1), predicted 0; row 2: p = (0.1, 0.3, 0.6), predicted 2.
    const p = [Float64Array.of(0.7, 0.1), Float64Array.of(0.2, 0.3), Float64Array.of(0.1, 0.6)];
    const est = estimatePerformanceMulticlass(p, Int32Array.of(0, 2), { draws: 10 });
    expect(est.metrics.accuracy.value).toBeCloseTo((0.7 + 0.6) / 2, 12);
    // class 0: tp .7 fp .3 fn .1; class 1: tp 0 fp 0 fn .5 (never predicted: precision 0); class 2: tp .6 fp .4 fn .1
    expect(est.metrics.precision_macro.value).toBeCloseTo((0.7 + 0 + 0.6) / 3, 12);
    expect(est.metrics.recall_macro.value).toBeCloseTo((0.7 / 0.8 + 0 + 0.6 / 0.7) / 3, 12);
    expect(est.metrics.f1_macro.value).toBeCloseTo((1.4 / 1.8 + 0 + 1.2 / 1.7) / 3, 12);
  });

  it("on calibrated scores the interval holds the realised value in at least 90% of 200 windows", () => {
    const rand = seededRandom(31);
    const reference = window(rand, 3000);
    const { calibrations } = checkCalibrationMulticlass(reference.y, reference.probs);
    // Calibrated by construction: every class's held-out ECE is small; the estimate uses the scores as served.
    expect(calibrations.every((c) => c.ece_raw < 0.03)).toBe(true);
    const hits = Object.fromEntries(CBPE_MULTICLASS_METRICS.map((k) => [k, 0])) as Record<string, number>;
    for (let w = 0; w < 200; w++) {
      const win = window(rand, 400);
      const est = estimatePerformanceMulticlass(win.probs, win.pred, { draws: 300, seed: w + 1 });
      const real = realised(win.y, win.pred);
      for (const k of CBPE_MULTICLASS_METRICS) {
        const [lo, hi] = est.metrics[k].interval;
        if (real[k] >= lo && real[k] <= hi) hits[k]++;
      }
    }
    for (const k of CBPE_MULTICLASS_METRICS) expect(hits[k], k).toBeGreaterThanOrEqual(180);
  });

  it("on overconfident scores the check says so per class, and recalibrated (one-vs-rest, normalised) the interval holds again", () => {
    const rand = seededRandom(8);
    // Overconfident: softmax(2.5 · z) where the truth is softmax(z).
    const reference = window(rand, 4000, 2.5);
    const check = checkCalibrationMulticlass(reference.y, reference.probs);
    expect(check.calibrations.map((c) => c.recalibrated)).toEqual([true, true, true]);
    for (const c of check.calibrations) expect(c.ece_raw).toBeGreaterThan(2 * c.ece_recalibrated);
    let raw = 0;
    let recalibrated = 0;
    for (let w = 0; w < 100; w++) {
      const win = window(rand, 400, 2.5);
      const real = realised(win.y, win.pred).accuracy;
      const inside = (i: [number, number]) => real >= i[0] && real <= i[1];
      const asServed = estimatePerformanceMulticlass(win.probs, win.pred, { draws: 300, seed: w + 1 });
      const p = applyCalibrationMulticlass(check.calibrators, win.probs);
      const fixed = estimatePerformanceMulticlass(p, win.pred, { draws: 300, seed: w + 1 });
      if (inside(asServed.metrics.accuracy.interval)) raw++;
      if (inside(fixed.metrics.accuracy.interval)) recalibrated++;
    }
    expect(raw).toBeLessThan(60);
    expect(recalibrated).toBeGreaterThanOrEqual(88);
  });
});
