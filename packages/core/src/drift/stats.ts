import chisquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";

/**
 * Two-sample drift statistics with Evidently's definitions. Numeric inputs are sorted
 * Float64Arrays without NaN; categorical inputs are count maps.
 */
export interface StatResult {
  statistic: number;
  /** p-value for tests, null for distances. */
  p_value: number | null;
}

export function chi2Sf(x: number, dof: number): number {
  if (!(x > 0)) return 1;
  return 1 - chisquareCdf(x, dof);
}

/** Two-sample Kolmogorov–Smirnov statistic D = sup |F_ref − F_cur| on sorted samples. */
export function ksStatistic(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  const m = b.length;
  let i = 0, j = 0, d = 0;
  while (i < n && j < m) {
    const x = a[i] <= b[j] ? a[i] : b[j];
    while (i < n && a[i] === x) i++;
    while (j < m && b[j] === x) j++;
    const diff = Math.abs(i / n - j / m);
    if (diff > d) d = diff;
  }
  return d;
}

/** Kolmogorov's limiting survival function Q(λ) = 2 Σ (−1)^{k−1} e^{−2k²λ²}. */
function kolmogorovSf(lambda: number): number {
  if (lambda < 0.2) return 1;
  let sum = 0;
  for (let k = 1; k < 101; k++) {
    const term = (k % 2 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-16) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/**
 * KS test. p-value from the asymptotic Kolmogorov distribution with Stephens' small-sample
 * correction; (matching scipy's exact method for small samples is tracked separately).
 */
export function ksTest(a: Float64Array, b: Float64Array): StatResult {
  const d = ksStatistic(a, b);
  const en = Math.sqrt((a.length * b.length) / (a.length + b.length));
  return { statistic: d, p_value: kolmogorovSf((en + 0.12 + 0.11 / en) * d) };
}

/** First Wasserstein distance between two empirical distributions (sorted samples). */
export function wasserstein1(a: Float64Array, b: Float64Array): number {
  // Integral of |F_a - F_b| over the merged support.
  const n = a.length, m = b.length;
  let i = 0, j = 0, fa = 0, fb = 0, area = 0;
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

function std(a: Float64Array): number {
  let mean = 0;
  for (const v of a) mean += v;
  mean /= a.length;
  let s = 0;
  for (const v of a) s += (v - mean) ** 2;
  return Math.sqrt(s / a.length); // numpy's np.std (ddof=0), as Evidently uses
}

/** Evidently's normed Wasserstein distance: W1 / max(std(reference), 0.001). */
export function wassersteinNormed(ref: Float64Array, cur: Float64Array): StatResult {
  return { statistic: wasserstein1(ref, cur) / Math.max(std(ref), 0.001), p_value: null };
}

/** Shares per category over the union of categories, zeros replaced by 0.0001 (Evidently's get_binned_data). */
export function categoricalShares(ref: Map<string, number>, cur: Map<string, number>): { keys: string[]; p: number[]; q: number[] } {
  const keys = [...new Set([...ref.keys(), ...cur.keys()])].sort();
  const nr = [...ref.values()].reduce((s, v) => s + v, 0);
  const nc = [...cur.values()].reduce((s, v) => s + v, 0);
  const share = (c: Map<string, number>, n: number, k: string) => {
    const v = (c.get(k) ?? 0) / n;
    return v === 0 ? 0.0001 : v;
  };
  return { keys, p: keys.map((k) => share(ref, nr, k)), q: keys.map((k) => share(cur, nc, k)) };
}

/** Numeric data binned on Sturges edges of the pooled sample (numpy.histogram_bin_edges 'sturges'). */
export function numericShares(ref: Float64Array, cur: Float64Array): { p: number[]; q: number[] } {
  const lo = Math.min(ref[0], cur[0]);
  const hi = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
  const bins = Math.max(1, Math.ceil(Math.log2(ref.length + cur.length) + 1));
  const width = hi > lo ? (hi - lo) / bins : 1;
  const hist = (a: Float64Array) => {
    const h = new Array<number>(bins).fill(0);
    for (const v of a) h[Math.min(bins - 1, Math.max(0, Math.floor((v - lo) / width)))]++;
    return h.map((c) => (c === 0 ? 0.0001 : c / a.length));
  };
  return { p: hist(ref), q: hist(cur) };
}

/** Jensen–Shannon distance with natural log (scipy.spatial.distance.jensenshannon). */
export function jensenShannon(p: number[], q: number[]): number {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] / sp, qi = q[i] / sq, mi = (pi + qi) / 2;
    if (pi > 0) js += 0.5 * pi * Math.log(pi / mi);
    if (qi > 0) js += 0.5 * qi * Math.log(qi / mi);
  }
  return Math.sqrt(Math.max(0, js));
}

/** Population stability index: Σ (q − p) ln(q / p). */
export function psi(p: number[], q: number[]): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (q[i] - p[i]) * Math.log(q[i] / p[i]);
  return s;
}

/** Kullback–Leibler divergence KL(p ‖ q) with natural log (scipy.stats.entropy(p, q)). */
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

/** Two-proportion z-test on the share of the first category (Evidently's z_stat_test for binary columns). */
export function zTest(ref: Map<string, number>, cur: Map<string, number>): StatResult {
  const keys = [...new Set([...ref.keys(), ...cur.keys()])].sort();
  const k = keys[0];
  const nr = [...ref.values()].reduce((s, v) => s + v, 0);
  const nc = [...cur.values()].reduce((s, v) => s + v, 0);
  const p1 = (ref.get(k) ?? 0) / nr;
  const p2 = (cur.get(k) ?? 0) / nc;
  const p = ((ref.get(k) ?? 0) + (cur.get(k) ?? 0)) / (nr + nc);
  const se = Math.sqrt(p * (1 - p) * (1 / nr + 1 / nc));
  if (se === 0) return { statistic: 0, p_value: 1 };
  const z = (p1 - p2) / se;
  return { statistic: z, p_value: chi2Sf(z * z, 1) }; // two-sided: P(|Z| > z) = P(χ²₁ > z²)
}
