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

const CURVE_POINTS = 101;

/** Keeps at most `max` points of a curve: evenly by index, always the first and the last. */
export function downsample<T>(points: T[], max: number): T[] {
  return pick(points.length, max, (i) => points[i]);
}

/** The points `downsample` keeps of a curve of `length` points, made only for the kept indices. */
function pick<T>(length: number, max: number, at: (i: number) => T): T[] {
  if (length <= max) return Array.from({ length }, (_, i) => at(i));
  const out: T[] = [];
  for (let i = 0; i < max; i++) out.push(at(Math.round((i * (length - 1)) / (max - 1))));
  return out;
}

/**
 * Row indices by ascending score: the radix argsort the metrics use for probabilities (a
 * comparator sort of a million rows takes about a second), a comparator sort for other scores.
 */
function ascendingOrder(score: Float64Array): Uint32Array {
  return score.every((v) => v >= 0)
    ? argsortNonNegative(score)
    : Uint32Array.from(score.keys()).sort((a, b) => score[a] - score[b]);
}

/**
 * Cumulative true and false positives at each distinct threshold, highest score first, in typed
 * arrays: a million distinct scores are a million thresholds, of which the curves keep 101.
 */
function thresholdCounts(
  y: Uint8Array,
  score: Float64Array,
  order: Uint32Array | Ascending = ascendingOrder(score),
): { tps: Float64Array; fps: Float64Array; count: number } {
  const { sortedScore, sortedY } = "sortedScore" in order ? order : gather(y, score, order);
  const n = sortedY.length;
  const tps = new Float64Array(n),
    fps = new Float64Array(n);
  let tp = 0,
    fp = 0,
    count = 0;
  for (let k = n - 1; k >= 0; k--) {
    sortedY[k] ? tp++ : fp++;
    if (k === 0 || sortedScore[k - 1] !== sortedScore[k]) {
      tps[count] = tp;
      fps[count++] = fp;
    }
  }
  return { tps, fps, count };
}

type Counts = ReturnType<typeof thresholdCounts>;

/** Scores and labels in ascending score order (what rankScores keeps). */
export interface Ascending {
  sortedScore: Float64Array;
  sortedY: Uint8Array;
}

function gather(y: Uint8Array, score: Float64Array, order: Uint32Array): Ascending {
  const sortedScore = new Float64Array(order.length);
  const sortedY = new Uint8Array(order.length);
  for (let k = 0; k < order.length; k++) {
    sortedScore[k] = score[order[k]];
    sortedY[k] = y[order[k]];
  }
  return { sortedScore, sortedY };
}

function rocOf({ tps, fps, count }: Counts, max: number): Curves["roc"] {
  const P = count ? tps[count - 1] : 0,
    N = count ? fps[count - 1] : 0;
  // (0, 0), then one point per threshold.
  return pick(count + 1, max, (i) =>
    i === 0 ? { fpr: 0, tpr: 0 } : { fpr: N ? fps[i - 1] / N : 0, tpr: P ? tps[i - 1] / P : 0 },
  );
}

function prOf({ tps, fps, count }: Counts, max: number): Curves["pr"] {
  const P = count ? tps[count - 1] : 0;
  // Lowest threshold first, as sklearn (>= 1.1, which no longer cuts at full recall) lists them, then (0, 1).
  return pick(count + 1, max, (i) => {
    if (i === count) return { recall: 0, precision: 1 };
    const t = count - 1 - i;
    return { recall: P ? tps[t] / P : 0, precision: tps[t] + fps[t] ? tps[t] / (tps[t] + fps[t]) : 1 };
  });
}

export function rocCurve(y: Uint8Array, score: Float64Array, max = CURVE_POINTS, order?: Uint32Array): Curves["roc"] {
  return rocOf(thresholdCounts(y, score, order), max);
}

/** @internal */
export function prCurve(y: Uint8Array, score: Float64Array, max = CURVE_POINTS, order?: Uint32Array): Curves["pr"] {
  return prOf(thresholdCounts(y, score, order), max);
}

/**
 * sklearn.calibration.calibration_curve(y, score, n_bins, strategy="uniform").
 * @internal
 */
export function calibrationCurve(y: Uint8Array, score: Float64Array, bins = 10): Curves["calibration"] {
  const sumP = new Float64Array(bins),
    sumY = new Float64Array(bins),
    count = new Float64Array(bins);
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
  for (let b = 0; b < bins; b++)
    if (count[b]) out.push({ predicted: sumP[b] / count[b], observed: sumY[b] / count[b], count: count[b] });
  return out;
}

/** numpy.linspace(0, 1, bins + 1)[k]. */
function edge(k: number, bins: number): number {
  const step = 1 / bins;
  return k === bins ? 1 : k * step;
}

/** The three curves; `order` (row indices, or scores and labels, by ascending score) when the scores were sorted already. */
export function curves(
  y: Uint8Array,
  score: Float64Array,
  order: Uint32Array | Ascending = ascendingOrder(score),
): Curves {
  const counts = thresholdCounts(y, score, order);
  return { roc: rocOf(counts, CURVE_POINTS), pr: prOf(counts, CURVE_POINTS), calibration: calibrationCurve(y, score) };
}
