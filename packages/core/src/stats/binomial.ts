import gammaln from "@stdlib/math-base-special-gammaln";

/**
 * Binomial and multinomial draws from the project's seeded uniform stream (mulberry32, see
 * stats/sampling.ts), so cell bootstraps are reproducible run to run. Hand-written rather than
 * @stdlib/random-base-binomial: that package brings its own generator and a few dozen modules into
 * every action bundle, and the cell bootstraps need nothing but these two functions. The
 * distribution is checked against scipy's pmf in test/sampling.test.ts.
 */

/** Binomial(n, p) by inversion (Kachitvichyanukul & Schmeiser's BINV): used while n·p is small. */
function inversion(n: number, p: number, rand: () => number): number {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  let r = q ** n;
  let u = rand();
  let x = 0;
  while (u > r) {
    u -= r;
    x++;
    if (x > n) return n; // rounding left a sliver of mass past n
    r *= a / x - s;
  }
  return x;
}

/** Binomial(n, p) by Hörmann's transformed rejection with squeeze (BTRS, 1993): n·p ≥ 10, p ≤ 0.5. */
function btrs(n: number, p: number, rand: () => number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const lpq = Math.log(p / q);
  const m = Math.floor((n + 1) * p);
  const h = gammaln(m + 1) + gammaln(n - m + 1);
  for (;;) {
    const u = rand() - 0.5;
    let v = rand();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    if (v <= h - gammaln(k + 1) - gammaln(n - k + 1) + (k - m) * lpq) return k;
  }
}

/** One Binomial(n, p) draw. @internal */
export function binomial(n: number, p: number, rand: () => number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(n, 1 - p, rand);
  return n * p < 10 ? inversion(n, p, rand) : btrs(n, p, rand);
}

/**
 * One multinomial draw of `total` items over cells with the given counts as weights, written into
 * `out`: the distribution of the cell counts of `total` rows resampled with replacement from rows
 * that fall into the cells `counts` times (each cell, in turn, a binomial of what is left).
 */
export function multinomial(
  total: number,
  counts: ArrayLike<number>,
  out: Int32Array | Float64Array,
  rand: () => number,
): void {
  let left = total;
  let weight = 0;
  for (let k = 0; k < counts.length; k++) weight += counts[k];
  for (let k = 0; k < counts.length; k++) {
    if (left === 0 || weight <= 0) {
      out[k] = 0;
      continue;
    }
    const x = counts[k] >= weight ? left : binomial(left, counts[k] / weight, rand);
    out[k] = x;
    left -= x;
    weight -= counts[k];
  }
}
