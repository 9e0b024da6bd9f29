import { quantileSorted, seededRandom } from "./sampling.js";

/** 95% Wilson score interval for k successes out of n. */
export function wilson(k: number, n: number, z = 1.959963984540054): [number, number] {
  if (n === 0) return [NaN, NaN];
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Percentile bootstrap: resamples row indices `resamples` times and returns the 2.5% and 97.5% quantiles. @internal */
export function bootstrap(
  n: number,
  statistic: (idx: Uint32Array) => number,
  opts: { resamples?: number; seed?: number } = {},
): [number, number] {
  const B = opts.resamples ?? 400;
  const rand = seededRandom(opts.seed ?? 20261123);
  const stats: number[] = [];
  const idx = new Uint32Array(n);
  for (let b = 0; b < B; b++) {
    for (let i = 0; i < n; i++) idx[i] = Math.floor(rand() * n);
    const s = statistic(idx);
    if (Number.isFinite(s)) stats.push(s);
  }
  if (stats.length === 0) return [NaN, NaN];
  stats.sort((a, b) => a - b);
  return [quantileSorted(stats, 0.025), quantileSorted(stats, 0.975)];
}
