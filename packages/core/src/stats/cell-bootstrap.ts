import { quantileSorted, seededRandom } from "./sampling.js";
import { multinomial } from "./binomial.js";

/**
 * Bootstrap of statistics that depend on the rows only through cell counts (a confusion matrix,
 * per group or joint with a baseline's predictions): resampling n rows with replacement gives cell
 * counts that are multinomial(n, counts / n), so each resample is one multinomial draw over the
 * cells — O(cells), not O(rows) — with the distribution of the row bootstrap exactly. `statistics`
 * maps one resample's counts to several statistics at once; the result holds each one's draws.
 */
export function cellBootstrapDraws(
  counts: ArrayLike<number>,
  statistics: (cells: Float64Array) => number[],
  opts: { resamples?: number; seed?: number } = {},
): Float64Array[] {
  const B = opts.resamples ?? 2000;
  const rand = seededRandom(opts.seed ?? 20261123);
  let total = 0;
  for (let k = 0; k < counts.length; k++) total += counts[k];
  const cells = new Float64Array(counts.length);
  let draws: Float64Array[] | undefined;
  for (let b = 0; b < B; b++) {
    multinomial(total, counts, cells, rand);
    const s = statistics(cells);
    draws ??= s.map(() => new Float64Array(B));
    for (let k = 0; k < s.length; k++) draws[k][b] = s[k];
  }
  return draws ?? [];
}

/** The 2.5% and 97.5% quantiles of the finite draws (non-finite ones left out, as the row bootstrap did). */
export function percentileInterval(draws: ArrayLike<number>): [number, number] {
  const d = Float64Array.from(draws).filter(Number.isFinite).sort();
  return d.length ? [quantileSorted(d, 0.025), quantileSorted(d, 0.975)] : [NaN, NaN];
}

/** Percentile intervals of cellBootstrapDraws' statistics. */
export function cellBootstrap(
  counts: ArrayLike<number>,
  statistics: (cells: Float64Array) => number[],
  opts: { resamples?: number; seed?: number } = {},
): [number, number][] {
  return cellBootstrapDraws(counts, statistics, opts).map(percentileInterval);
}

/** The share of draws at or below 0 and at or above 0, doubled: a bootstrap p-value for "no difference". */
export function bootstrapPValue(draws: ArrayLike<number>): number {
  let le = 0;
  let ge = 0;
  let n = 0;
  for (let i = 0; i < draws.length; i++) {
    const d = draws[i];
    if (!Number.isFinite(d)) continue;
    n++;
    if (d <= 0) le++;
    if (d >= 0) ge++;
  }
  return n === 0 ? NaN : Math.min(1, (2 * Math.min(le, ge)) / n);
}
