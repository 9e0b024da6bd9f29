/**
 * The curves the HTML report draws, by scikit-learn's definitions (roc_curve with
 * drop_intermediate=False, precision_recall_curve, calibration_curve with uniform bins), kept
 * to a bounded number of points so a report grows with columns, not with rows.
 */
import { argsortNonNegative } from "../stats/argsort.js";

export interface Curves {
  /** False/true positive rate at each distinct score threshold, from (0, 0) to (1, 1). */
  roc: { fpr: number; tpr: number }[];
  /** Precision and recall at each distinct threshold, ending at recall 0, precision 1 as sklearn does. */
  pr: { recall: number; precision: number }[];
  /** Mean predicted probability and observed positive rate per non-empty uniform bin. */
  calibration: { predicted: number; observed: number; count: number }[];
}

export const CURVE_POINTS = 101;

/** Keeps at most `max` points of a curve: evenly by index, always the first and the last. */
export function downsample<T>(points: T[], max: number): T[] {
  if (points.length <= max) return points;
  const out: T[] = [];
  for (let i = 0; i < max; i++) out.push(points[Math.round((i * (points.length - 1)) / (max - 1))]);
  return out;
}

/**
 * Row indices by ascending score: the radix argsort the metrics use for probabilities (a
 * comparator sort of a million rows takes about a second), a comparator sort for other scores.
 */
function ascendingOrder(score: Float64Array): Uint32Array {
  return score.every((v) => v >= 0) ? argsortNonNegative(score) : Uint32Array.from(score.keys()).sort((a, b) => score[a] - score[b]);
}

/** Cumulative true and false positives at each distinct threshold, highest score first. */
function thresholdCounts(y: Uint8Array, score: Float64Array, order = ascendingOrder(score)): { tps: number[]; fps: number[] } {
  const tps: number[] = [], fps: number[] = [];
  let tp = 0, fp = 0;
  for (let k = order.length - 1; k >= 0; k--) {
    y[order[k]] ? tp++ : fp++;
    if (k === 0 || score[order[k - 1]] !== score[order[k]]) {
      tps.push(tp);
      fps.push(fp);
    }
  }
  return { tps, fps };
}

export function rocCurve(y: Uint8Array, score: Float64Array, max = CURVE_POINTS, order?: Uint32Array): Curves["roc"] {
  const { tps, fps } = thresholdCounts(y, score, order);
  const P = tps[tps.length - 1] ?? 0, N = fps[fps.length - 1] ?? 0;
  const pts = [{ fpr: 0, tpr: 0 }, ...tps.map((tp, i) => ({ fpr: N ? fps[i] / N : 0, tpr: P ? tp / P : 0 }))];
  return downsample(pts, max);
}

export function prCurve(y: Uint8Array, score: Float64Array, max = CURVE_POINTS, order?: Uint32Array): Curves["pr"] {
  const { tps, fps } = thresholdCounts(y, score, order);
  const P = tps[tps.length - 1] ?? 0;
  // Lowest threshold first, as sklearn (>= 1.1, which no longer cuts at full recall) lists them.
  const pts: Curves["pr"] = [];
  for (let i = tps.length - 1; i >= 0; i--) pts.push({ recall: P ? tps[i] / P : 0, precision: tps[i] + fps[i] ? tps[i] / (tps[i] + fps[i]) : 1 });
  pts.push({ recall: 0, precision: 1 });
  return downsample(pts, max);
}

/** sklearn.calibration.calibration_curve(y, score, n_bins, strategy="uniform"). */
export function calibrationCurve(y: Uint8Array, score: Float64Array, bins = 10): Curves["calibration"] {
  const sumP = new Float64Array(bins), sumY = new Float64Array(bins), count = new Float64Array(bins);
  for (let i = 0; i < score.length; i++) {
    // np.searchsorted(edges[1:-1], p) with side="left": a score on an inner edge belongs to the lower bin.
    let b = Math.ceil(score[i] * bins) - 1;
    if (b < 0) b = 0;
    // Floating edges: linspace(0, 1, bins + 1)[k] may differ from k / bins in the last bit.
    while (b > 0 && score[i] <= edge(b, bins)) b--;
    while (b < bins - 1 && score[i] > edge(b + 1, bins)) b++;
    sumP[b] += score[i];
    sumY[b] += y[i];
    count[b]++;
  }
  const out: Curves["calibration"] = [];
  for (let b = 0; b < bins; b++) if (count[b]) out.push({ predicted: sumP[b] / count[b], observed: sumY[b] / count[b], count: count[b] });
  return out;
}

/** numpy.linspace(0, 1, bins + 1)[k]. */
function edge(k: number, bins: number): number {
  const step = 1 / bins;
  return k === bins ? 1 : k * step;
}

/** The three curves; `order` (row indices by ascending score) when the scores were sorted already. */
export function curves(y: Uint8Array, score: Float64Array, order = ascendingOrder(score)): Curves {
  return { roc: rocCurve(y, score, CURVE_POINTS, order), pr: prCurve(y, score, CURVE_POINTS, order), calibration: calibrationCurve(y, score) };
}
