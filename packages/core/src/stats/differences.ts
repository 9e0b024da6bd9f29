import { wilson } from "./intervals.js";
import { normalTwoSided, Z95 } from "./ranking.js";
import { meanAndSe } from "../evaluate/metrics.js";

/**
 * Tests of a difference between two independent samples (production rows and the rows a model
 * was evaluated on at registration): no row is in both, so nothing is paired.
 */

/** A difference (a − b) with its 95% interval and a two-sided p-value of "no difference". */
export interface Difference {
  diff: number;
  interval: [number, number];
  p_value: number;
  method: "newcombe" | "delong-unpaired" | "welch" | "normal";
}

/** The p-value of a difference whose 95% interval is roughly symmetric: z = diff / (half-width / 1.96). */
function pFromInterval(diff: number, [lo, hi]: [number, number]): number {
  const se = (hi - lo) / (2 * Z95);
  if (!(se > 0)) return diff === 0 ? 1 : 0;
  return normalTwoSided(diff / se);
}

/**
 * Newcombe's hybrid score interval for p1 − p2 of independent proportions (Newcombe 1998,
 * "Interval estimation for the difference between independent proportions", method 10): each
 * proportion's Wilson interval (l, u), then δ − √((p1 − l1)² + (u2 − p2)²) to
 * δ + √((u1 − p1)² + (p2 − l2)²).
 */
export function newcombeDifference(k1: number, n1: number, k2: number, n2: number): Difference {
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const [l1, u1] = wilson(k1, n1);
  const [l2, u2] = wilson(k2, n2);
  const diff = p1 - p2;
  const interval: [number, number] = [
    diff - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2),
    diff + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2),
  ];
  return { diff, interval, p_value: pFromInterval(diff, interval), method: "newcombe" };
}

/**
 * Two independent ROC AUCs (DeLong's variance of each, from disjoint rows: no covariance term):
 * AUC1 − AUC2 ± 1.96 √(V1 + V2), as Hanley & McNeil's test of two AUCs from independent samples.
 */
export function delongUnpaired(auc1: number, var1: number, auc2: number, var2: number): Difference {
  const diff = auc1 - auc2;
  const se = Math.sqrt(var1 + var2);
  return {
    diff,
    interval: [diff - Z95 * se, diff + Z95 * se],
    p_value: se > 0 ? normalTwoSided(diff / se) : diff === 0 ? 1 : 0,
    method: "delong-unpaired",
  };
}

/**
 * The 0.975 quantile of Student's t with ν degrees of freedom, by the Cornish–Fisher expansion in
 * the normal quantile (Abramowitz & Stegun 26.7.5): 0.004 below the exact value at ν = 3, 3e-4 at
 * ν = 5, 1e-5 at ν = 10 (test/performance.test.ts checks it against scipy.stats.t.ppf); Welch's
 * degrees of freedom on production windows are in the hundreds. @internal
 */
export function t975(nu: number): number {
  if (!Number.isFinite(nu)) return Z95;
  const z = Z95;
  const z3 = z ** 3,
    z5 = z ** 5,
    z7 = z ** 7,
    z9 = z ** 9;
  const g1 = (z3 + z) / 4;
  const g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
  const g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
  const g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
  return z + g1 / nu + g2 / nu ** 2 + g3 / nu ** 3 + g4 / nu ** 4;
}

/** Sample mean, variance (n − 1) and size. */
export interface Moments {
  mean: number;
  variance: number;
  n: number;
}

export function moments(x: ArrayLike<number>): Moments {
  const { mean, se } = meanAndSe(Float64Array.from(x));
  return { mean, variance: se * se * x.length, n: x.length };
}

/**
 * Welch's interval for a difference of two means with unequal variances (scipy's
 * ttest_ind(equal_var=False) and its confidence_interval): the Welch–Satterthwaite degrees of
 * freedom. `scale` turns the interval of the means into that of a smooth function of them (the
 * delta method: RMSE's difference from the MSEs' with scale 1/(2·RMSE)); diff is then given.
 */
export function welchDifference(
  a: Moments,
  b: Moments,
  o: { diff?: number; scaleA?: number; scaleB?: number } = {},
): Difference {
  const sa = (o.scaleA ?? 1) ** 2 * (a.variance / a.n);
  const sb = (o.scaleB ?? 1) ** 2 * (b.variance / b.n);
  const diff = o.diff ?? a.mean - b.mean;
  const se = Math.sqrt(sa + sb);
  const df = (sa + sb) ** 2 / (sa ** 2 / (a.n - 1) + sb ** 2 / (b.n - 1));
  const t = t975(df);
  return {
    diff,
    interval: [diff - t * se, diff + t * se],
    p_value: se > 0 ? normalTwoSided(diff / se) : diff === 0 ? 1 : 0,
    method: "welch",
  };
}

/**
 * Two independent estimates known only by their 95% intervals (bootstrap or delta intervals of
 * F1, balanced accuracy, R²…): each interval's half-width / 1.96 taken as its standard error.
 */
export function normalDifference(a: number, ia: [number, number], b: number, ib: [number, number]): Difference {
  const se = Math.hypot((ia[1] - ia[0]) / (2 * Z95), (ib[1] - ib[0]) / (2 * Z95));
  const diff = a - b;
  const interval: [number, number] = [diff - Z95 * se, diff + Z95 * se];
  return { diff, interval, p_value: pFromInterval(diff, interval), method: "normal" };
}
