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

function pairedNormal(metric: string, candidate: number, baseline: number, se: number): PairedComparison {
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
