import erfc from "@stdlib/math-base-special-erfc";
import { sortNonNegative } from "./argsort.js";

/**
 * Ranking metrics of a binary classifier's scores with standard errors that need one sort, not a
 * bootstrap of sorts: ROC AUC with DeLong's variance (DeLong, DeLong & Clarke-Pearson 1988; the
 * fast form of Sun & Xu 2014) and average precision with its infinitesimal-jackknife (influence
 * function) variance. Both are what the row bootstrap's variance converges to, in O(n log n).
 */

export const Z95 = 1.959963984540054;

/** Two-sided p-value of a standard normal statistic. */
export function normalTwoSided(z: number): number {
  return Number.isNaN(z) ? NaN : erfc(Math.abs(z) / Math.SQRT2);
}

/** Scores sorted once, shared by every ranking metric of one model. */
export interface RankedScores {
  y: Uint8Array;
  score: Float64Array;
  /** Row indices by ascending score, ties in row order. */
  order: Uint32Array;
  /** Scores and labels in that order: the passes below read them in sequence, not scattered over the rows. */
  sortedScore: Float64Array;
  sortedY: Uint8Array;
  positives: number;
  negatives: number;
  /** What delong() and averagePrecision() computed from it (the quality report and the paired comparison both ask). */
  memo?: { delong?: DeLong; ap?: AveragePrecision; logLoss?: Float64Array };
}

export function rankScores(y: Uint8Array, score: Float64Array): RankedScores {
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i];
  const { order, sorted } = sortNonNegative(score);
  const sortedY = new Uint8Array(order.length);
  for (let k = 0; k < order.length; k++) sortedY[k] = y[order[k]];
  return { y, score, order, sortedScore: sorted, sortedY, positives, negatives: y.length - positives };
}

export interface DeLong {
  auc: number;
  /**
   * Per row, DeLong's placement value: for a positive the share of negatives scored below it (ties
   * half), for a negative the share of positives scored above it. AUC is the mean of either kind.
   */
  placement: Float64Array;
  /** Var(AUC) = S10/m + S01/n, S the sample variances of the positives' and negatives' placements. */
  variance: number;
}

/** ROC AUC (equal to sklearn's roc_auc_score, ties counted half) and DeLong's variance of it. */
export function delong(r: RankedScores): DeLong {
  return ((r.memo ??= {}).delong ??= delongOf(r));
}

function delongOf(r: RankedScores): DeLong {
  const { y, order, sortedScore, sortedY, positives: m, negatives: n } = r;
  const placement = new Float64Array(y.length);
  if (m === 0 || n === 0) return { auc: NaN, placement, variance: NaN };
  let posBelow = 0;
  let negBelow = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    let gp = 0;
    const s = sortedScore[i];
    while (j < order.length && sortedScore[j] === s) gp += sortedY[j++];
    const gn = j - i - gp;
    const forPositive = (negBelow + gn / 2) / n;
    const forNegative = (m - posBelow - gp + gp / 2) / m;
    for (let k = i; k < j; k++) placement[order[k]] = sortedY[k] ? forPositive : forNegative;
    posBelow += gp;
    negBelow += gn;
    i = j;
  }
  let sumPos = 0;
  for (let i = 0; i < y.length; i++) if (y[i]) sumPos += placement[i];
  const auc = sumPos / m;
  let s10 = 0;
  let s01 = 0;
  for (let i = 0; i < y.length; i++) {
    const d = placement[i] - auc;
    if (y[i]) s10 += d * d;
    else s01 += d * d;
  }
  const variance = (m > 1 ? s10 / (m - 1) / m : 0) + (n > 1 ? s01 / (n - 1) / n : 0);
  return { auc, placement, variance };
}

/** The 95% interval AUC ± z·SE, kept within [0, 1] (as pROC's ci.auc with method "delong"). */
export function delongInterval(d: DeLong): [number, number] {
  if (Number.isNaN(d.auc)) return [NaN, NaN];
  const half = Z95 * Math.sqrt(d.variance);
  return [Math.max(0, d.auc - half), Math.min(1, d.auc + half)];
}

/**
 * DeLong's test of two correlated AUCs on the same rows: the variance of the difference takes the
 * covariance of the two models' placements, positive row with positive row, negative with negative.
 */
export function delongPaired(
  y: Uint8Array,
  a: DeLong,
  b: DeLong,
): { diff: number; se: number; interval: [number, number]; p_value: number } {
  let m = 0;
  for (let i = 0; i < y.length; i++) m += y[i];
  const n = y.length - m;
  const diff = a.auc - b.auc;
  if (m < 2 || n < 2) return { diff, se: NaN, interval: [NaN, NaN], p_value: NaN };
  // The placement difference per row, centred on the AUC difference: its variance by class is S_aa + S_bb − 2 S_ab.
  let s10 = 0;
  let s01 = 0;
  for (let i = 0; i < y.length; i++) {
    const d = a.placement[i] - b.placement[i] - diff;
    if (y[i]) s10 += d * d;
    else s01 += d * d;
  }
  const se = Math.sqrt(s10 / (m - 1) / m + s01 / (n - 1) / n);
  const z = se === 0 ? (diff === 0 ? 0 : Infinity * Math.sign(diff)) : diff / se;
  return { diff, se, interval: [diff - Z95 * se, diff + Z95 * se], p_value: normalTwoSided(z) };
}

export interface AveragePrecision {
  ap: number;
  /**
   * Per row, the derivative of AP with respect to the row's weight (rows resampled with weights):
   * its sum of squares is the infinitesimal-jackknife variance, the bootstrap variance's limit.
   */
  influence: Float64Array;
  variance: number;
}

/**
 * sklearn's average_precision_score, Σ over thresholds (R_k − R_{k−1}) P_k with tied scores one
 * threshold, and its influence per row. With weights w, AP(w) = Σ_g Π_g/P · TP_g/N_g over tie
 * groups g by descending score (Π_g the group's positive weight, TP_g and N_g the cumulative
 * positive and total weight through g, P all positive weight); differentiating at w = 1:
 *   ∂AP/∂w_j = (y_j (TP_g/N_g − AP + A_g) − C_g) / P,  g = j's group,
 *   A_g = Σ_{h ≥ g} Π_h/N_h,  C_g = Σ_{h ≥ g} Π_h TP_h / N_h²  (sums over groups scored at most as high).
 */
export function averagePrecisionInfluence(r: RankedScores): AveragePrecision {
  return ((r.memo ??= {}).ap ??= averagePrecisionOf(r));
}

function averagePrecisionOf(r: RankedScores): AveragePrecision {
  const { y, order, sortedScore, sortedY, positives: P } = r;
  const total = order.length;
  const influence = new Float64Array(y.length);
  if (P === 0) return { ap: NaN, influence, variance: NaN };
  // One pass from the lowest score up, tie group by tie group: what is scored at or above the
  // group is what is not below it. AP is known only at the end, so its −AP/P share of the
  // positives' influence is subtracted after.
  let ap = 0;
  let A = 0;
  let C = 0;
  let posBelow = 0;
  let below = 0;
  for (let i = 0; i < total; ) {
    const s = sortedScore[i];
    let j = i;
    let gp = 0;
    while (j < total && sortedScore[j] === s) gp += sortedY[j++];
    const tp = P - posBelow;
    const N = total - below;
    ap += (gp / P) * (tp / N);
    A += gp / N;
    C += (gp * tp) / (N * N);
    const forPositive = (tp / N + A - C) / P;
    const forNegative = -C / P;
    for (let k = i; k < j; k++) influence[order[k]] = sortedY[k] ? forPositive : forNegative;
    posBelow += gp;
    below += j - i;
    i = j;
  }
  let sq = 0;
  for (let i = 0; i < influence.length; i++) {
    if (y[i]) influence[i] -= ap / P;
    sq += influence[i] * influence[i];
  }
  return { ap, influence, variance: sq };
}

/**
 * A 95% interval for a proportion-like statistic from its standard error, on the logit scale (so
 * it stays inside (0, 1) and is asymmetric near the ends, as Boyd, Eng & Page 2013 recommend for
 * average precision), and the plain normal one when the statistic is 0 or 1.
 */
export function logitInterval(value: number, se: number): [number, number] {
  if (Number.isNaN(value) || Number.isNaN(se)) return [NaN, NaN];
  if (value <= 0 || value >= 1) return [Math.max(0, value - Z95 * se), Math.min(1, value + Z95 * se)];
  const eta = Math.log(value / (1 - value));
  const s = se / (value * (1 - value));
  const expit = (x: number) => 1 / (1 + Math.exp(-x));
  return [expit(eta - Z95 * s), expit(eta + Z95 * s)];
}
