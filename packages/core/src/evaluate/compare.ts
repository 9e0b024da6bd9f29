import gammaln from "@stdlib/math-base-special-gammaln";
import { bootstrapPValue, cellBootstrapDraws, percentileInterval } from "../stats/cell-bootstrap.js";
import {
  averagePrecisionInfluence,
  delong,
  delongPaired,
  normalTwoSided,
  rankScores,
  Z95,
  type RankedScores,
} from "../stats/ranking.js";
import { f1Of, logLossOfRanked, meanAndSe, safeDiv } from "./metrics.js";
import { confusionStatistics, multiclassLogLossPerRow } from "./multiclass.js";

/** Champion/challenger on the same rows: the difference, its 95% interval and a paired test. */
export interface PairedComparison {
  metric: string;
  candidate: number;
  baseline: number;
  diff: number;
  interval: [number, number];
  p_value: number;
  method: "mcnemar" | "paired-bootstrap" | "delong" | "delta";
}

/**
 * Exact two-sided McNemar test: discordant pairs b and c under Binomial(b + c, 1/2). Summed from
 * the largest term down (each term from the next by the pmf's ratio) and stopped once the terms no
 * longer change the sum: O(√n) terms, where summing all min(b, c) of them from scratch was O(n²)
 * for a million-row test set.
 * @internal
 */
export function mcnemarExact(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  let term = Math.exp(gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1) - n * Math.LN2);
  let cdf = 0;
  for (let i = k; i >= 0 && term > cdf * 1e-17; i--) {
    cdf += term;
    term *= i / (n - i + 1);
  }
  return Math.min(1, 2 * cdf);
}

/** The confusion-matrix metrics compared pairwise by the joint cell bootstrap. */
const CELL_METRICS: Record<string, (c: { tp: number; fp: number; tn: number; fn: number }, n: number) => number> = {
  accuracy: (c, n) => safeDiv(c.tp + c.tn, n),
  f1: (c) => f1Of(c),
  recall: (c) => safeDiv(c.tp, c.tp + c.fn),
  precision: (c) => safeDiv(c.tp, c.tp + c.fp),
};

export interface PairedInputs {
  y: Uint8Array;
  candidate: { pred: Uint8Array; score?: Float64Array; ranked?: RankedScores };
  baseline: { pred: Uint8Array; score?: Float64Array; ranked?: RankedScores };
}

/** Joint counts of (label, candidate's prediction, baseline's prediction): cell 4·y + 2·candidate + baseline. */
function jointCells(input: PairedInputs): number[] {
  const { y } = input;
  const a = input.candidate.pred;
  const b = input.baseline.pred;
  const cells = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < y.length; i++) cells[(y[i] << 2) | (a[i] << 1) | b[i]]++;
  return cells;
}

/** The confusion matrix of the candidate (which = 1) or the baseline (which = 0) from the joint cells. */
function confusionOf(j: ArrayLike<number>, which: 0 | 1): { tp: number; fp: number; tn: number; fn: number } {
  const cell = (y: number, p: number) =>
    which ? j[(y << 2) | (p << 1)] + j[(y << 2) | (p << 1) | 1] : j[(y << 2) | p] + j[(y << 2) | 2 | p];
  return { tp: cell(1, 1), fp: cell(0, 1), tn: cell(0, 0), fn: cell(1, 0) };
}

/**
 * Compares candidate and baseline predictions of the same rows. Confusion-matrix metrics: the
 * interval of the difference from a paired bootstrap (the same resampled rows for both models,
 * drawn as multinomial counts of the joint label × candidate × baseline cells), p-values from the
 * bootstrap too, except accuracy, which gets McNemar's exact test. ROC AUC: DeLong's paired test.
 * Average precision and log loss: the normal interval and test of the difference with the
 * standard error of the per-row influence differences (the paired bootstrap's limit).
 */
export function pairedCompare(
  input: PairedInputs,
  opts: { resamples?: number; seed?: number } = {},
): Record<string, PairedComparison> {
  const n = input.y.length;
  const out: Record<string, PairedComparison> = {};
  const joint = jointCells(input);
  const names = Object.keys(CELL_METRICS);
  const draws = cellBootstrapDraws(
    joint,
    (j) => {
      const total = j.reduce((s, x) => s + x, 0);
      const a = confusionOf(j, 1);
      const b = confusionOf(j, 0);
      return names.map((k) => CELL_METRICS[k](a, total) - CELL_METRICS[k](b, total));
    },
    opts,
  );
  names.forEach((metric, i) => {
    const cv = CELL_METRICS[metric](confusionOf(joint, 1), n);
    const bv = CELL_METRICS[metric](confusionOf(joint, 0), n);
    // Discordant pairs: candidate right and baseline wrong (b), the other way round (c).
    const b = joint[0b001] + joint[0b110];
    const c = joint[0b010] + joint[0b101];
    const mcnemar = metric === "accuracy";
    out[metric] = {
      metric,
      candidate: cv,
      baseline: bv,
      diff: cv - bv,
      interval: percentileInterval(draws[i]),
      p_value: mcnemar ? mcnemarExact(b, c) : bootstrapPValue(draws[i]),
      method: mcnemar ? "mcnemar" : "paired-bootstrap",
    };
  });
  const cs = input.candidate.score;
  const bs = input.baseline.score;
  if (!cs || !bs) return out;
  const cr = input.candidate.ranked ?? rankScores(input.y, cs);
  const br = input.baseline.ranked ?? rankScores(input.y, bs);
  const da = delong(cr);
  const db = delong(br);
  const auc = delongPaired(input.y, da, db);
  out.roc_auc = {
    metric: "roc_auc",
    candidate: da.auc,
    baseline: db.auc,
    diff: auc.diff,
    interval: auc.interval,
    p_value: auc.p_value,
    method: "delong",
  };
  const apA = averagePrecisionInfluence(cr);
  const apB = averagePrecisionInfluence(br);
  out.pr_auc = pairedNormal("pr_auc", apA.ap, apB.ap, pairedInfluenceSe(apA.influence, apB.influence));
  const llA = logLossOfRanked(cr);
  const llB = logLossOfRanked(br);
  const diffs = new Float64Array(n);
  for (let i = 0; i < n; i++) diffs[i] = llA[i] - llB[i];
  const ll = meanAndSe(diffs);
  out.log_loss = pairedNormal("log_loss", meanAndSe(llA).mean, meanAndSe(llB).mean, ll.se);
  return out;
}

/** √Σ (influence_a − influence_b)²: the infinitesimal-jackknife SE of the difference of two statistics on the same rows. */
function pairedInfluenceSe(a: Float64Array, b: Float64Array): number {
  let sq = 0;
  for (let i = 0; i < a.length; i++) sq += (a[i] - b[i]) ** 2;
  return Math.sqrt(sq);
}

/** The normal interval and two-sided test of candidate − baseline, given the standard error of that difference. */
export function pairedNormal(metric: string, candidate: number, baseline: number, se: number): PairedComparison {
  const diff = candidate - baseline;
  const z = se === 0 ? (diff === 0 ? 0 : Infinity * Math.sign(diff)) : diff / se;
  return {
    metric,
    candidate,
    baseline,
    diff,
    interval: [diff - Z95 * se, diff + Z95 * se],
    p_value: normalTwoSided(z),
    method: "delta",
  };
}

/** Candidate and baseline predictions of the same multiclass rows (codes into the same classes). */
export interface PairedMulticlassInputs {
  k: number;
  y: Uint32Array;
  candidate: { pred: Uint32Array; proba?: Float64Array[] };
  baseline: { pred: Uint32Array; proba?: Float64Array[] };
}

/** The F1s compared by the paired bootstrap, with accuracy (whose p-value is McNemar's). */
const MULTICLASS_PAIRED = ["accuracy", "f1_macro", "f1_micro", "f1_weighted"] as const;

/**
 * Multiclass champion/challenger on the same rows: McNemar's exact test on correctness for
 * accuracy; the paired bootstrap (the same resampled rows for both models, drawn as multinomial
 * counts of the occupied label × candidate × baseline cells) for the intervals and for the F1s'
 * p-values; log loss as the normal interval of the mean per-row difference.
 */
export function pairedCompareMulticlass(
  input: PairedMulticlassInputs,
  opts: { resamples?: number; seed?: number } = {},
): Record<string, PairedComparison> {
  const { k, y } = input;
  const a = input.candidate.pred;
  const b = input.baseline.pred;
  const index = new Map<number, number>();
  const triples: number[] = [];
  const counts: number[] = [];
  let right = 0; // candidate right, baseline wrong
  let wrong = 0; // the other way round
  for (let i = 0; i < y.length; i++) {
    const key = (y[i] * k + a[i]) * k + b[i];
    let at = index.get(key);
    if (at === undefined) {
      index.set(key, (at = counts.length));
      triples.push(key);
      counts.push(0);
    }
    counts[at]++;
    if (a[i] === y[i] && b[i] !== y[i]) right++;
    else if (a[i] !== y[i] && b[i] === y[i]) wrong++;
  }
  const stats = (cells: ArrayLike<number>) => {
    const ca = new Float64Array(k * k);
    const cb = new Float64Array(k * k);
    for (let j = 0; j < triples.length; j++) {
      const t = triples[j];
      const yb = Math.floor(t / (k * k));
      const pa = Math.floor(t / k) % k;
      const pb = t % k;
      ca[yb * k + pa] += cells[j];
      cb[yb * k + pb] += cells[j];
    }
    return { a: confusionStatistics(ca, k), b: confusionStatistics(cb, k) };
  };
  const draws = cellBootstrapDraws(
    counts,
    (cells) => {
      const s = stats(cells);
      return MULTICLASS_PAIRED.map((m) => s.a[m] - s.b[m]);
    },
    opts,
  );
  const point = stats(counts);
  const out: Record<string, PairedComparison> = {};
  MULTICLASS_PAIRED.forEach((metric, i) => {
    const mcnemar = metric === "accuracy";
    out[metric] = {
      metric,
      candidate: point.a[metric],
      baseline: point.b[metric],
      diff: point.a[metric] - point.b[metric],
      interval: percentileInterval(draws[i]),
      p_value: mcnemar ? mcnemarExact(right, wrong) : bootstrapPValue(draws[i]),
      method: mcnemar ? "mcnemar" : "paired-bootstrap",
    };
  });
  const pa = input.candidate.proba;
  const pb = input.baseline.proba;
  if (pa && pb) out.log_loss = pairedMeans("log_loss", multiclassLogLossPerRow(y, pa), multiclassLogLossPerRow(y, pb));
  return out;
}

/** The normal interval and test of the mean per-row difference of two losses on the same rows (the paired t-test's large-sample form). */
function pairedMeans(metric: string, a: Float64Array, b: Float64Array): PairedComparison {
  const diffs = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) diffs[i] = a[i] - b[i];
  return pairedNormal(metric, meanAndSe(a).mean, meanAndSe(b).mean, meanAndSe(diffs).se);
}

/**
 * Regression champion/challenger on the same rows: MAE by the mean per-row difference of absolute
 * errors, RMSE by the delta method on the per-row difference of squared errors (the influence of
 * √MSE is (e² − MSE) / (2·RMSE·n)), each with its normal interval and two-sided p-value.
 */
export function pairedCompareRegression(
  y: Float64Array,
  candidate: Float64Array,
  baseline: Float64Array,
): Record<string, PairedComparison> {
  const n = y.length;
  const absA = new Float64Array(n);
  const absB = new Float64Array(n);
  const sqA = new Float64Array(n);
  const sqB = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ea = y[i] - candidate[i];
    const eb = y[i] - baseline[i];
    absA[i] = Math.abs(ea);
    absB[i] = Math.abs(eb);
    sqA[i] = ea * ea;
    sqB[i] = eb * eb;
  }
  const mseA = meanAndSe(sqA).mean;
  const mseB = meanAndSe(sqB).mean;
  const rmseA = Math.sqrt(mseA);
  const rmseB = Math.sqrt(mseB);
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const ia = rmseA > 0 ? (sqA[i] - mseA) / (2 * rmseA * n) : 0;
    const ib = rmseB > 0 ? (sqB[i] - mseB) / (2 * rmseB * n) : 0;
    ss += (ia - ib) ** 2;
  }
  return {
    mae: pairedMeans("mae", absA, absB),
    rmse: pairedNormal("rmse", rmseA, rmseB, Math.sqrt((ss * n) / Math.max(1, n - 1))),
  };
}
