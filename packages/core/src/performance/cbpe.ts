import { seededRandom, quantileSorted } from "../stats/sampling.js";
import { argsortNonNegative } from "../stats/argsort.js";

/**
 * Confidence-based performance estimation (CBPE, NannyML's "how it works: performance
 * estimation"): with calibrated probabilities p̂ and predicted labels ŷ, each row contributes its
 * expected confusion cells (TP = p̂ where ŷ = 1, FP = 1 − p̂ where ŷ = 1, FN = p̂ where ŷ = 0,
 * TN = 1 − p̂ where ŷ = 0), and the metrics follow from their sums; ROC AUC from the expected TPR
 * and FPR at every threshold. The scores' calibration is checked on the registered evaluation's
 * predictions as NannyML does (isotonic regression cross-fitted on three stratified folds; when
 * it lowers the expected calibration error, the scores are recalibrated with isotonic regression
 * fitted on all of them). The interval is the spread of each metric over labels drawn from the
 * calibrated probabilities (each row's label a Bernoulli draw: the realised count of positives is
 * Poisson-binomial), so it covers what labels will show, not only the mean.
 */

export const CBPE_METRICS = ["accuracy", "precision", "recall", "f1", "roc_auc"] as const;
type CbpeMetric = (typeof CBPE_METRICS)[number];

/** A monotone step function fitted by isotonic regression: knots (x ascending) and fitted values. */
export interface Isotonic {
  x: Float64Array;
  y: Float64Array;
}

/**
 * Isotonic regression by the pool-adjacent-violators algorithm (Ayer, Brunk, Ewing, Reid &
 * Silverman 1955; Barlow, Bartholomew, Bremner & Brunk 1972): equal x are first pooled to their
 * mean (as scikit-learn's IsotonicRegression), then adjacent blocks that decrease are merged into
 * their weighted mean until the fit is non-decreasing.
 * @internal
 */
export function fitIsotonic(x: ArrayLike<number>, y: ArrayLike<number>): Isotonic {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const ux: number[] = [];
  const sum: number[] = [];
  const weight: number[] = [];
  for (const i of order) {
    const last = ux.length - 1;
    if (last >= 0 && ux[last] === x[i]) {
      sum[last] += y[i];
      weight[last]++;
    } else {
      ux.push(x[i]);
      sum.push(y[i]);
      weight.push(1);
    }
  }
  // Blocks on a stack: [start index, sum, weight]; merge while the previous mean exceeds the new one.
  const start: number[] = [];
  const bs: number[] = [];
  const bw: number[] = [];
  for (let i = 0; i < ux.length; i++) {
    start.push(i);
    bs.push(sum[i]);
    bw.push(weight[i]);
    while (bs.length > 1 && bs[bs.length - 2] / bw[bw.length - 2] > bs[bs.length - 1] / bw[bw.length - 1]) {
      const s = bs.pop()!;
      const w = bw.pop()!;
      start.pop();
      bs[bs.length - 1] += s;
      bw[bw.length - 1] += w;
    }
  }
  const fitted = new Float64Array(ux.length);
  for (let b = 0; b < start.length; b++) {
    const end = b + 1 < start.length ? start[b + 1] : ux.length;
    for (let i = start[b]; i < end; i++) fitted[i] = bs[b] / bw[b];
  }
  return { x: Float64Array.from(ux), y: fitted };
}

/** The fitted function at s: linear between knots, clipped to the end values outside them (scikit-learn's out_of_bounds="clip"). */
export function applyIsotonic(f: Isotonic, s: number): number {
  const { x, y } = f;
  if (x.length === 0) return s;
  if (s <= x[0]) return y[0];
  if (s >= x[x.length - 1]) return y[y.length - 1];
  let lo = 0;
  let hi = x.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid] <= s) lo = mid;
    else hi = mid;
  }
  return y[lo] + ((y[hi] - y[lo]) * (s - x[lo])) / (x[hi] - x[lo]);
}

/** Expected calibration error over ten equal-width bins of the score: Σ (n_b / n)·|mean(y) − mean(p)|. */
function expectedCalibrationError(y: ArrayLike<number>, p: ArrayLike<number>, bins = 10): number {
  const n = new Float64Array(bins);
  const sy = new Float64Array(bins);
  const sp = new Float64Array(bins);
  for (let i = 0; i < y.length; i++) {
    const b = Math.min(bins - 1, Math.floor(p[i] * bins));
    n[b]++;
    sy[b] += y[i];
    sp[b] += p[i];
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) if (n[b]) ece += (n[b] / y.length) * Math.abs(sy[b] / n[b] - sp[b] / n[b]);
  return ece;
}

export interface Calibration {
  /** Rows of the registered evaluation the check used. */
  rows: number;
  /** ECE of the raw scores and of isotonic-recalibrated ones, each on held-out folds. */
  ece_raw: number;
  ece_recalibrated: number;
  /** True when recalibration lowered the held-out ECE: the estimate then uses recalibrated scores. */
  recalibrated: boolean;
}

/**
 * NannyML's check: three stratified folds of the reference; on each, isotonic regression fitted
 * on the other two predicts the fold; recalibrate when the mean ECE of those predictions is
 * below the raw scores' mean ECE. Returns the calibrator fitted on every reference row, or none.
 */
export function checkCalibration(
  y: Uint8Array,
  score: Float64Array,
  seed = 20261207,
): { calibration: Calibration; calibrator?: Isotonic } {
  const rand = seededRandom(seed);
  const folds = 3;
  const fold = new Uint8Array(y.length);
  for (const cls of [0, 1]) {
    const rows: number[] = [];
    for (let i = 0; i < y.length; i++) if (y[i] === cls) rows.push(i);
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    rows.forEach((r, k) => (fold[r] = k % folds));
  }
  let raw = 0;
  let cal = 0;
  for (let f = 0; f < folds; f++) {
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < y.length; i++) (fold[i] === f ? test : train).push(i);
    const iso = fitIsotonic(
      train.map((i) => score[i]),
      train.map((i) => y[i]),
    );
    const ty = test.map((i) => y[i]);
    raw += expectedCalibrationError(
      ty,
      test.map((i) => score[i]),
    );
    cal += expectedCalibrationError(
      ty,
      test.map((i) => applyIsotonic(iso, score[i])),
    );
  }
  const calibration: Calibration = {
    rows: y.length,
    ece_raw: raw / folds,
    ece_recalibrated: cal / folds,
    recalibrated: cal < raw,
  };
  return { calibration, calibrator: calibration.recalibrated ? fitIsotonic(score, y) : undefined };
}

/** Confusion-matrix metrics of (possibly fractional) cells, 0 where a denominator is 0 (scikit-learn's zero_division=0). */
function fromCells(tp: number, fp: number, fn: number, tn: number): Omit<Record<CbpeMetric, number>, "roc_auc"> {
  const div = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    accuracy: div(tp + tn, tp + fp + fn + tn),
    precision: div(tp, tp + fp),
    recall: div(tp, tp + fn),
    f1: div(2 * tp, 2 * tp + fp + fn),
  };
}

/**
 * ROC AUC of weighted rows in ascending score order: each row is positive with weight w and
 * negative with 1 − w (w = p̂ for the estimate, a drawn 0/1 label for a draw); ties count half.
 */
function weightedAuc(sortedScore: Float64Array, w: ArrayLike<number>): number {
  let pos = 0;
  let neg = 0;
  for (let k = 0; k < w.length; k++) {
    pos += w[k];
    neg += 1 - w[k];
  }
  if (pos === 0 || neg === 0) return NaN;
  let negBelow = 0;
  let area = 0;
  for (let i = 0; i < w.length; ) {
    let j = i;
    let gp = 0;
    let gn = 0;
    while (j < w.length && sortedScore[j] === sortedScore[i]) {
      gp += w[j];
      gn += 1 - w[j];
      j++;
    }
    area += gp * (negBelow + gn / 2);
    negBelow += gn;
    i = j;
  }
  return area / (pos * neg);
}

export interface CbpeEstimate {
  rows: number;
  metrics: Record<CbpeMetric, { value: number; interval: [number, number] }>;
}

/**
 * CBPE's estimate for rows with served scores `score`, their calibrated probabilities `p` (the
 * scores themselves when calibrated) and predicted labels `pred`, with a 95% interval from
 * `draws` label sets drawn from p (seeded). ROC AUC ranks the served scores, as the realised
 * value will.
 */
export function estimatePerformance(
  score: Float64Array,
  p: Float64Array,
  pred: Uint8Array,
  o: { draws?: number; seed?: number } = {},
): CbpeEstimate {
  const n = p.length;
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  for (let i = 0; i < n; i++) {
    if (pred[i]) {
      tp += p[i];
      fp += 1 - p[i];
    } else {
      fn += p[i];
      tn += 1 - p[i];
    }
  }
  const order = argsortNonNegative(score);
  const sorted = Float64Array.from(order, (i) => score[i]);
  const sortedP = Float64Array.from(order, (i) => p[i]);
  const sortedPred = Uint8Array.from(order, (i) => pred[i]);
  const point = { ...fromCells(tp, fp, fn, tn), roc_auc: weightedAuc(sorted, sortedP) };
  const draws = o.draws ?? 400;
  const rand = seededRandom(o.seed ?? 20261207);
  const samples: Record<CbpeMetric, number[]> = { accuracy: [], precision: [], recall: [], f1: [], roc_auc: [] };
  const y = new Uint8Array(n);
  for (let d = 0; d < draws; d++) {
    let a = 0,
      b = 0,
      c = 0,
      e = 0;
    for (let k = 0; k < n; k++) {
      const label = rand() < sortedP[k] ? 1 : 0;
      y[k] = label;
      if (sortedPred[k]) label ? a++ : b++;
      else label ? c++ : e++;
    }
    const m = fromCells(a, b, c, e);
    for (const k of ["accuracy", "precision", "recall", "f1"] as const) samples[k].push(m[k]);
    const auc = weightedAuc(sorted, y);
    if (!Number.isNaN(auc)) samples.roc_auc.push(auc);
  }
  const metrics = {} as CbpeEstimate["metrics"];
  for (const k of CBPE_METRICS) {
    const s = samples[k].sort((x, z) => x - z);
    metrics[k] = { value: point[k], interval: [quantileSorted(s, 0.025), quantileSorted(s, 0.975)] };
  }
  return { rows: n, metrics };
}

/*
 * Multiclass CBPE, as NannyML documents it ("Confidence-based Performance Estimation", multiclass
 * classification, and its appendix on probability calibration): each class's probability is
 * checked and, where it helps, recalibrated one-vs-rest on the reference (the same three-fold ECE
 * test as binary, per class, so some classes may be recalibrated and others not), then each row's
 * probabilities are normalised to sum to 1. Expected accuracy is the mean calibrated probability
 * of the predicted class; precision, recall and F1 are estimated per class as binary CBPE does
 * (the predicted label "is k" against the probability of k) and macro-averaged.
 */
export const CBPE_MULTICLASS_METRICS = ["accuracy", "precision_macro", "recall_macro", "f1_macro"] as const;
type CbpeMulticlassMetric = (typeof CBPE_MULTICLASS_METRICS)[number];

/** One-vs-rest calibration per class on the reference: `y` holds class indices, `probs[k]` the scores of class k. */
export function checkCalibrationMulticlass(
  y: Int32Array,
  probs: Float64Array[],
  seed = 20261207,
): { calibrations: Calibration[]; calibrators: (Isotonic | undefined)[] } {
  const calibrations: Calibration[] = [];
  const calibrators: (Isotonic | undefined)[] = [];
  probs.forEach((p, k) => {
    const yk = Uint8Array.from(y, (c) => (c === k ? 1 : 0));
    const r = checkCalibration(yk, p, seed + k);
    calibrations.push(r.calibration);
    calibrators.push(r.calibrator);
  });
  return { calibrations, calibrators };
}

/** Each class's scores through its calibrator (none: as served), then every row normalised to sum to 1. */
export function applyCalibrationMulticlass(
  calibrators: (Isotonic | undefined)[],
  probs: Float64Array[],
): Float64Array[] {
  const out = probs.map((p, k) => {
    const c = calibrators[k];
    return c ? Float64Array.from(p, (s) => applyIsotonic(c, s)) : Float64Array.from(p);
  });
  const n = probs[0]?.length ?? 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (const p of out) sum += p[i];
    for (const p of out) p[i] = sum > 0 ? p[i] / sum : 1 / out.length;
  }
  return out;
}

/** Accuracy and macro precision, recall and F1 from per-class expected cells (zero_division=0 per class). */
function macroFromCells(
  tp: Float64Array,
  fp: Float64Array,
  fn: Float64Array,
  n: number,
): Record<CbpeMulticlassMetric, number> {
  const c = tp.length;
  let correct = 0;
  let precision = 0;
  let recall = 0;
  let f1 = 0;
  for (let k = 0; k < c; k++) {
    const m = fromCells(tp[k], fp[k], fn[k], 0);
    correct += tp[k];
    precision += m.precision;
    recall += m.recall;
    f1 += m.f1;
  }
  return { accuracy: n ? correct / n : 0, precision_macro: precision / c, recall_macro: recall / c, f1_macro: f1 / c };
}

export interface CbpeMulticlassEstimate {
  rows: number;
  metrics: Record<CbpeMulticlassMetric, { value: number; interval: [number, number] }>;
}

/**
 * Multiclass CBPE's estimate for rows with calibrated, normalised class probabilities `p[k][i]`
 * and predicted class indices `pred`, with a 95% interval from `draws` label sets drawn from each
 * row's probabilities (seeded), as the binary estimate's.
 */
export function estimatePerformanceMulticlass(
  p: Float64Array[],
  pred: Int32Array,
  o: { draws?: number; seed?: number } = {},
): CbpeMulticlassEstimate {
  const c = p.length;
  const n = pred.length;
  const tp = new Float64Array(c);
  const fp = new Float64Array(c);
  const fn = new Float64Array(c);
  for (let i = 0; i < n; i++) {
    const k = pred[i];
    tp[k] += p[k][i];
    fp[k] += 1 - p[k][i];
    for (let j = 0; j < c; j++) if (j !== k) fn[j] += p[j][i];
  }
  const point = macroFromCells(tp, fp, fn, n);
  const draws = o.draws ?? 400;
  const rand = seededRandom(o.seed ?? 20261207);
  const samples: Record<CbpeMulticlassMetric, number[]> = {
    accuracy: [],
    precision_macro: [],
    recall_macro: [],
    f1_macro: [],
  };
  const dtp = new Float64Array(c);
  const dfp = new Float64Array(c);
  const dfn = new Float64Array(c);
  for (let d = 0; d < draws; d++) {
    dtp.fill(0);
    dfp.fill(0);
    dfn.fill(0);
    for (let i = 0; i < n; i++) {
      let u = rand();
      let label = c - 1;
      for (let j = 0; j < c; j++) {
        u -= p[j][i];
        if (u < 0) {
          label = j;
          break;
        }
      }
      if (label === pred[i]) dtp[label]++;
      else {
        dfp[pred[i]]++;
        dfn[label]++;
      }
    }
    const m = macroFromCells(dtp, dfp, dfn, n);
    for (const k of CBPE_MULTICLASS_METRICS) samples[k].push(m[k]);
  }
  const metrics = {} as CbpeMulticlassEstimate["metrics"];
  for (const k of CBPE_MULTICLASS_METRICS) {
    const s = samples[k].sort((x, z) => x - z);
    metrics[k] = { value: point[k], interval: [quantileSorted(s, 0.025), quantileSorted(s, 0.975)] };
  }
  return { rows: n, metrics };
}
