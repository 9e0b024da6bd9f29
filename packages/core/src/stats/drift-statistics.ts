import gammainc from "@stdlib/math-base-special-gammainc";
import { ks2samp } from "./ks.js";

/**
 * Two-sample drift statistics with Evidently's definitions. Numeric inputs are sorted
 * Float64Arrays without NaN; categorical inputs are count maps.
 */
export interface StatResult {
  statistic: number;
  /** p-value for tests, null for distances. */
  p_value: number | null;
}

/**
 * Upper tail of the chi-square distribution, as the regularised upper incomplete gamma function
 * Q(dof/2, x/2) (scipy.stats.chi2.sf). Not 1 − cdf: that cancels to 0 below about 1e-16, and a
 * z-test of |z| > 8.3 would report p = 0 instead of, say, 1.7e-34.
 * @internal (tests and scripts import it by path)
 */
export function chi2Sf(x: number, dof: number): number {
  if (!(x > 0)) return 1;
  if (x === Infinity) return 0;
  return gammainc(x / 2, dof / 2, true, true);
}

/** KS test exactly as scipy.stats.ks_2samp(method="auto") (see ks.ts). */
export function ksTest(a: Float64Array, b: Float64Array): StatResult {
  const r = ks2samp(a, b);
  return { statistic: r.statistic, p_value: r.p_value };
}

/** First Wasserstein distance between two empirical distributions (sorted samples). */
export function wasserstein1(a: Float64Array, b: Float64Array): number {
  // Integral of |F_a - F_b| over the merged support.
  const n = a.length,
    m = b.length;
  let i = 0,
    j = 0,
    fa = 0,
    fb = 0,
    area = 0;
  let prev = Math.min(a[0], b[0]);
  while (i < n || j < m) {
    const x = j >= m || (i < n && a[i] <= b[j]) ? a[i] : b[j];
    area += Math.abs(fa - fb) * (x - prev);
    while (i < n && a[i] === x) i++;
    while (j < m && b[j] === x) j++;
    fa = i / n;
    fb = j / m;
    prev = x;
  }
  return area;
}

/** Population standard deviation (numpy's np.std, ddof=0, as Evidently uses). */
export function populationStd(a: Float64Array): number {
  let mean = 0;
  for (const v of a) mean += v;
  mean /= a.length;
  let s = 0;
  for (const v of a) s += (v - mean) ** 2;
  return Math.sqrt(s / a.length); // numpy's np.std (ddof=0), as Evidently uses
}

/** Evidently's normed Wasserstein distance: W1 / max(std(reference), 0.001). @internal */
export function wassersteinNormed(ref: Float64Array, cur: Float64Array): StatResult {
  return { statistic: wasserstein1(ref, cur) / Math.max(populationStd(ref), 0.001), p_value: null };
}

/** Shares per category over the union of categories (raw: zeros stay zero; see binnedDistance). */
export function categoricalShares(
  ref: Map<string, number>,
  cur: Map<string, number>,
): { keys: string[]; p: number[]; q: number[] } {
  const keys = [...new Set([...ref.keys(), ...cur.keys()])].sort();
  const nr = [...ref.values()].reduce((s, v) => s + v, 0);
  const nc = [...cur.values()].reduce((s, v) => s + v, 0);
  return { keys, p: keys.map((k) => (ref.get(k) ?? 0) / nr), q: keys.map((k) => (cur.get(k) ?? 0) / nc) };
}

/**
 * Numeric data binned on Sturges edges of the pooled sample, as Evidently does with
 * numpy.histogram_bin_edges(bins="sturges") and numpy.histogram (same edge and index rules).
 * Raw shares: empty bins stay 0 (see binnedDistance). Both samples sorted ascending, without NaN.
 */
export function numericShares(ref: Float64Array, cur: Float64Array): { p: number[]; q: number[] } {
  const lo = Math.min(ref[0], cur[0]);
  const hi = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
  const bins = sturgesBins(lo, hi, ref.length + cur.length);
  // The samples are sorted and a bin's index never decreases along them: each bin's count is where
  // the next bin starts (a binary search per bin) less where it starts, not one lookup per value.
  const hist = (a: Float64Array) => {
    const h = new Array<number>(bins.count).fill(0);
    let start = 0;
    for (let b = 0; b < bins.count; b++) {
      let lo = start,
        hi = a.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (bins.index(a[mid]) <= b) lo = mid + 1;
        else hi = mid;
      }
      h[b] = lo - start;
      start = lo;
    }
    return h.map((c) => c / a.length);
  };
  return { p: hist(ref), q: hist(cur) };
}

/**
 * numpy.histogram_bin_edges(bins="sturges") of `total` values from `lo` to `hi`, and the bin of
 * a value by numpy.histogram's index rules. Also used on columns spilled to disk (drift/spilled.ts).
 */
export function sturgesBins(lo: number, hi: number, total: number): { count: number; index: (v: number) => number } {
  // numpy: sturges width = ptp / (log2(n) + 1), bins = ceil(ptp / width); one bin when ptp is 0.
  const bins = hi > lo ? Math.max(1, Math.ceil((hi - lo) / ((hi - lo) / (Math.log2(total) + 1)))) : 1;
  const first = hi > lo ? lo : lo - 0.5;
  const last = hi > lo ? hi : hi + 0.5;
  const step = (last - first) / bins;
  const edges = Float64Array.from({ length: bins + 1 }, (_, i) => (i === bins ? last : i * step + first));
  const norm = bins / (last - first);
  return {
    count: bins,
    index: (v) => {
      let i = Math.trunc((v - first) * norm);
      if (i === bins) i--;
      if (v < edges[i]) i--;
      else if (i !== bins - 1 && v >= edges[i + 1]) i++;
      return i;
    },
  };
}

/**
 * Evidently's binning for PSI, KL and Jensen–Shannon on a numeric column (get_binned_data in
 * evidently/legacy/calculations/stattests/utils.py): Sturges bins when the reference has more
 * than 20 distinct values, else one bin per value.
 */
export function numericBinnedShares(
  ref: Float64Array,
  cur: Float64Array,
  referenceDistinct: number,
): { p: number[]; q: number[] } {
  if (referenceDistinct > 20) return numericShares(ref, cur);
  const count = (a: Float64Array) =>
    a.reduce((m, v) => m.set(String(v), (m.get(String(v)) ?? 0) + 1), new Map<string, number>());
  return categoricalShares(count(ref), count(cur));
}

/**
 * Evidently's zero filling, applied to each side on its own (get_binned_data with
 * feel_zeroes=True): a zero share becomes 0.0001, unless that side's smallest non-zero share is
 * itself ≤ 0.0001, in which case zeros become that share / 10⁶ (so rare categories keep their order).
 * @internal (tests and scripts import it by path)
 */
export function fillZeroes(shares: number[]): number[] {
  let min = Infinity;
  for (const v of shares) if (v > 0 && v < min) min = v;
  const fill = min <= 0.0001 ? min / 1e6 : 0.0001;
  return shares.map((v) => (v === 0 ? fill : v));
}

export type BinnedTest = "psi" | "kl_div" | "jensenshannon";

/**
 * A binned distance on raw shares, with Evidently's zero handling per test: Jensen–Shannon
 * without filling (jensenshannon.py calls get_binned_data(..., feel_zeroes=False)), PSI and KL
 * with per-side filling (psi.py `_psi` and kl_div.py `_kl_div` use the default feel_zeroes=True).
 */
export function binnedDistance(test: BinnedTest, p: number[], q: number[]): number {
  if (test === "jensenshannon") return jensenShannon(p, q);
  const fp = fillZeroes(p),
    fq = fillZeroes(q);
  return test === "psi" ? psi(fp, fq) : klDiv(fp, fq);
}

/** Jensen–Shannon distance with natural log (scipy.spatial.distance.jensenshannon). @internal */
export function jensenShannon(p: number[], q: number[]): number {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] / sp,
      qi = q[i] / sq,
      mi = (pi + qi) / 2;
    if (pi > 0) js += 0.5 * pi * Math.log(pi / mi);
    if (qi > 0) js += 0.5 * qi * Math.log(qi / mi);
  }
  return Math.sqrt(Math.max(0, js));
}

/** Population stability index: Σ (q − p) ln(q / p). @internal */
export function psi(p: number[], q: number[]): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (q[i] - p[i]) * Math.log(q[i] / p[i]);
  return s;
}

/** Kullback–Leibler divergence KL(p ‖ q) with natural log (scipy.stats.entropy(p, q)). @internal */
export function klDiv(p: number[], q: number[]): number {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  let s = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) s += (p[i] / sp) * Math.log(p[i] / sp / (q[i] / sq));
  return s;
}

/** Pearson chi-square of current counts against expected counts scaled from the reference shares. */
export function chiSquareTest(ref: Map<string, number>, cur: Map<string, number>): StatResult {
  const keys = [...new Set([...ref.keys(), ...cur.keys()])];
  const nr = [...ref.values()].reduce((s, v) => s + v, 0);
  const nc = [...cur.values()].reduce((s, v) => s + v, 0);
  let stat = 0;
  for (const k of keys) {
    const expected = ((ref.get(k) ?? 0) / nr) * nc;
    const observed = cur.get(k) ?? 0;
    if (expected === 0) {
      if (observed > 0) return { statistic: Infinity, p_value: 0 }; // a category unseen in the reference
      continue;
    }
    stat += (observed - expected) ** 2 / expected;
  }
  return { statistic: stat, p_value: chi2Sf(stat, Math.max(1, keys.length - 1)) };
}

/**
 * Two-proportion z-test for a binary column, Evidently's z_stat_test: each value coded 0 when it
 * is the first of the sorted categories, else 1, and z = (p_ref − p_cur) / se on the share of 1s
 * (proportions_diff_z_stat_ind, reference first), so z is positive when the current data has
 * more of the first category. Two-sided p-value.
 */
export function zTest(ref: Map<string, number>, cur: Map<string, number>): StatResult {
  const keys = [...new Set([...ref.keys(), ...cur.keys()])].sort();
  const k = keys[0];
  const nr = [...ref.values()].reduce((s, v) => s + v, 0);
  const nc = [...cur.values()].reduce((s, v) => s + v, 0);
  const p1 = (nr - (ref.get(k) ?? 0)) / nr;
  const p2 = (nc - (cur.get(k) ?? 0)) / nc;
  const p = (p1 * nr + p2 * nc) / (nr + nc);
  const se = Math.sqrt(p * (1 - p) * (1 / nr + 1 / nc));
  if (se === 0) return { statistic: 0, p_value: 1 };
  const z = (p1 - p2) / se;
  return { statistic: z, p_value: chi2Sf(z * z, 1) }; // two-sided: P(|Z| > z) = P(χ²₁ > z²)
}
