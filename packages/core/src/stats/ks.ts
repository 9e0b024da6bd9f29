/**
 * The two-sample Kolmogorov–Smirnov test as scipy.stats.ks_2samp(method="auto") computes it:
 * exact p-values (Hodges' lattice-path methods) when both samples have at most 10,000 values,
 * otherwise kstwo.sf(D, round(m·n/(m+n))) with scipy's choice of algorithm per region
 * (Ruben–Gambino, Durbin matrix (Marsaglia–Tsang–Wang), Pomeranz, Pelz–Good, 2·Smirnov).
 * Hand-written: no JavaScript library computes these distributions; the algorithms follow the
 * papers scipy cites and scipy's published code, and the tests compare with scipy's results.
 */

const MAX_AUTO_N = 10_000;

/** numpy.round: round half to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** D = sup |F1 − F2| over two samples sorted ascending (ties handled as searchsorted(side='right') does). */
function ksStatisticSorted(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  const m = b.length;
  let i = 0,
    j = 0,
    d = 0;
  while (i < n && j < m) {
    const x = a[i] <= b[j] ? a[i] : b[j];
    while (i < n && a[i] === x) i++;
    while (j < m && b[j] === x) j++;
    const diff = Math.abs(i / n - j / m);
    if (diff > d) d = diff;
  }
  return d;
}

/** Pr(D_{n,n} ≥ h/n) with scipy's Horner-like alternating sum. */
function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
    k--;
  }
  return 2 * P;
}

/** 1 − (paths staying strictly inside |x/m − y/n| < h/lcm) / all paths (Viehmann's stable recursion). */
function outerProbInside(m0: number, n0: number, g: number, h: number): number {
  let m = m0,
    n = n0;
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(Math.max(lenA, 1)).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1];
}

/** scipy's _attempt_exact_2kssamp for the two-sided alternative; undefined when it cannot. */
function exactPValue(n1: number, n2: number, d: number): number | undefined {
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  if (h === 0) return 1;
  const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
  return Number.isFinite(p) && p >= 0 && p <= 1 ? p : undefined;
}

// ---- kstwo.sf: the two-sided one-sample KS distribution (scipy.stats._ksstats) --------------

const E128 = 2 ** 128;
const EM128 = 2 ** -128;
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT2PI = Math.sqrt(2 * Math.PI);
const STIRLING = [
  -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
  -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];

function polyval(c: number[], x: number): number {
  let r = 0;
  for (const k of c) r = r * x + k;
  return r;
}

function logNFactorialDivNPowN(n: number): number {
  const rn = 1 / n;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * polyval(STIRLING, rn / n);
}

const clip = (p: number) => Math.min(1, Math.max(0, p));

/** Durbin's matrix method, Marsaglia–Tsang–Wang variant: Pr(D_n ≤ d). */
function kolmognDMTW(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const H = Array.from({ length: m }, () => new Float64Array(m));
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r][i] = w[r - (i - 1)];
  for (let r = 0; r < m; r++) H[r][0] = v[r];
  for (let c = 0; c < m; c++) H[m - 1][c] = v[m - 1 - c];
  const matmul = (A: Float64Array[], B: Float64Array[]) => {
    const C = Array.from({ length: m }, () => new Float64Array(m));
    for (let i = 0; i < m; i++)
      for (let l = 0; l < m; l++) {
        const a = A[i][l];
        if (a === 0) continue;
        const Bl = B[l],
          Ci = C[i];
        for (let j = 0; j < m; j++) Ci[j] += a * Bl[j];
      }
    return C;
  };
  let Hp: Float64Array[] = Array.from({ length: m }, (_, i) => {
    const r = new Float64Array(m);
    r[i] = 1;
    return r;
  });
  let Hm = H;
  let nn = n,
    expnt = 0,
    Hexpnt = 0;
  while (nn > 0) {
    if (nn % 2) {
      Hp = matmul(Hp, Hm);
      expnt += Hexpnt;
    }
    Hm = matmul(Hm, Hm);
    Hexpnt *= 2;
    if (Math.abs(Hm[k - 1][k - 1]) > E128) {
      for (const row of Hm) for (let j = 0; j < m; j++) row[j] /= E128;
      Hexpnt += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = Hp[k - 1][k - 1];
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= E128;
      expnt -= 128;
    }
  }
  return clip(p * 2 ** expnt);
}

function pomeranzJ1J2(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number, j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** Pomeranz's recursion: Pr(D_n ≤ x). */
function kolmognPomeranz(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs),
    twogpower = new Float64Array(npwrs),
    onem2gpower = new Float64Array(npwrs);
  gpower[0] = twogpower[0] = onem2gpower[0] = 1;
  let expnt = 0;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = (gpower[m - 1] * (g / n)) / m;
    twogpower[m] = (twogpower[m - 1] * ((2 * g) / n)) / m;
    onem2gpower[m] = (onem2gpower[m - 1] * ((1 - 2 * g) / n)) / m;
  }
  let V0 = new Float64Array(npwrs),
    V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0,
    V1s = 0;
  let [j1, j2] = pomeranzJ1J2(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      // conv = np.convolve(V0[k1 - V0s : k1 - V0s + ln2], pwrs[:ln2]); take [j1-k1, j1-k1+len)
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      const off = k1 - V0s;
      for (let c = 0; c < convLen; c++) {
        const idx = convStart + c;
        let s = 0;
        for (let a = Math.max(0, idx - (ln2 - 1)); a <= Math.min(idx, ln2 - 1); a++)
          s += (V0[off + a] ?? 0) * pwrs[idx - a];
        V1[c] = s;
      }
      let max = 0;
      for (let c = 0; c < npwrs; c++) if (V1[c] > max) max = V1[c];
      if (max > 0 && max < EM128) {
        for (let c = 0; c < npwrs; c++) V1[c] *= E128;
        expnt -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > E128) {
      ans *= EM128;
      expnt += 128;
    }
    ans *= m;
  }
  return clip(ans * 2 ** expnt);
}

/** Pelz–Good asymptotic expansion of Pr(D_n ≤ x) (or the SF when !cdf). */
function kolmognPelzGood(n: number, x: number, cdf: boolean): number {
  if (x <= 0) return cdf ? 0 : 1;
  if (x >= 1) return cdf ? 1 : 0;
  const z = Math.sqrt(n) * x;
  const z2 = z * z,
    z3 = z ** 3,
    z4 = z ** 4,
    z6 = z ** 6;
  const PI2 = Math.PI ** 2,
    PI4 = Math.PI ** 4,
    PI6 = Math.PI ** 6;
  const qlog = -PI2 / 8 / z2;
  if (qlog < -708) return cdf ? 0 : 1;
  let q = Math.exp(qlog);
  const k1a = -z2,
    k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4,
    k2b = ((2 * z4 - 5 * z2) * PI2) / 4,
    k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64,
    k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16,
    k3b = (PI2 * (135 * z4 - 96 * z6)) / 4,
    k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m,
      m4 = m2 * m2,
      m6 = m4 * m2;
    const qpower = q ** (8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i] * qpower + coeffs[i];
  }
  const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = (K[i] * q * SQRT2PI) / div[i];
  q = Math.exp(-PI2 / 2 / z2);
  let k2extra = 0,
    k3extra = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxk; k > 0; k--) {
    const ks2 = k * k;
    const qp = q ** ks2;
    k2extra += ks2 * qp;
    const kspi = Math.PI * k;
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ks2 * qp;
  }
  K[2] += (k2extra * PI2 * SQRT2PI) / (-36 * z3);
  K[3] += (k3extra * PI2 * SQRT2PI) / (216 * z6);
  for (let i = 0; i < 4; i++) K[i] /= n ** (i / 2);
  if (!cdf) {
    for (let i = 0; i < 4; i++) K[i] *= -1;
    K[0] += 1;
  }
  return K[0] + K[1] + K[2] + K[3];
}

// Loader's saddle-point binomial density (the method behind R's dbinom): accurate terms for Smirnov's sum.
const SFERR_HALVES = [
  0.0, 0.1534264097200273452913848, 0.0810614667953272582196702, 0.054814121051917653896139,
  0.0413406959554092940938221, 0.03316287351993628748511048, 0.02767792568499833914878929, 0.0237461636562974959713292,
  0.02079067210376509311152277, 0.01848845053267318523077934, 0.01664469118982119216319487,
  0.01513497322191737887351255, 0.01387612882307074799874573, 0.01281046524292022692424986,
  0.01189670994589177009505572, 0.01110455975820691732662991, 0.010411265261972096497478567,
  0.009799416126158803298389475, 0.009255462182712732917728637, 0.008768700134139385462952823,
  0.008330563433362871256469318, 0.0079341145643140205472481, 0.007573675487951840794972024,
  0.007244554301320383179543912, 0.006942840107209529865664152, 0.006665247032707682442354394,
  0.006408994188004207068439631, 0.006171712263039457647532867, 0.005951370112758847735624416,
  0.005746216513010115682023589, 0.00555473355196280137103869,
];

/** log(n!) − log(sqrt(2πn)(n/e)^n), n ≥ 0 (Loader 2000). */
function stirlerr(n: number): number {
  const S0 = 1 / 12,
    S1 = 1 / 360,
    S2 = 1 / 1260,
    S3 = 1 / 1680,
    S4 = 1 / 1188;
  if (n <= 15) {
    const nn = n + n;
    if (nn === Math.floor(nn)) return SFERR_HALVES[nn];
    return lgammaPlus1(n) - (n + 0.5) * Math.log(n) + n - Math.log(SQRT2PI);
  }
  const nn = n * n;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

/** lgamma(n+1) for small non-integer n (only used below 15). */
function lgammaPlus1(n: number): number {
  // Lanczos approximation (g=7, n=9), accurate to ~1e-15 in this range.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const x = n + 1 - 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** x·log(x/np) + np − x, computed without cancellation (Loader's bd0). */
function bd0(x: number, np: number): number {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let s = (x - np) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
  }
  return x * Math.log(x / np) + np - x;
}

/** C(n, x) p^x q^(n−x), accurate to a few ulps. */
function dbinomRaw(x: number, n: number, p: number, q: number): number {
  if (p === 0) return x === 0 ? 1 : 0;
  if (q === 0) return x === n ? 1 : 0;
  if (x === 0) return Math.exp(n * (p < 0.1 ? Math.log1p(-p) : Math.log(q)));
  if (x === n) return Math.exp(n * (q < 0.1 ? Math.log1p(-q) : Math.log(p)));
  const lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = Math.log(2 * Math.PI) + Math.log(x) + Math.log1p(-x / n);
  return Math.exp(lc - 0.5 * lf);
}

/** Smirnov's one-sided Pr(D+_n ≥ d) = d Σ_{v=0}^{⌊n(1−d)⌋} C(n,v)(d+v/n)^{v−1}(1−d−v/n)^{n−v}. @internal */
export function smirnovSf(n: number, d: number): number {
  if (!(d > 0)) return 1;
  if (d >= 1) return 0;
  const last = Math.floor(n * (1 - d));
  let sum = 0;
  let c = 0; // Kahan compensation
  for (let v = 0; v <= last; v++) {
    const p = d + v / n;
    const q = 1 - p;
    if (q <= 0) break;
    const term = dbinomRaw(v, n, p, q) / p;
    const y = term - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return clip(d * sum);
}

/** scipy.stats.kstwo.sf(x, n): Pr(D_n > x) for the two-sided one-sample statistic. @internal */
export function kstwoSf(n: number, x: number): number {
  if (!(n > 0) || !Number.isInteger(n)) return NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob: number;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
    return clip(1 - prob);
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));
  const nxsquared = t * x;
  if (n <= 140) {
    if (nxsquared <= 0.754693) return clip(1 - kolmognDMTW(n, x));
    if (nxsquared <= 4) return clip(1 - kolmognPomeranz(n, x));
    return clip(2 * smirnovSf(n, x));
  }
  if (nxsquared >= 370) return 0;
  if (nxsquared >= 2.2) return clip(2 * smirnovSf(n, x));
  let cdf: number;
  if (nxsquared >= 18) cdf = 1;
  else if (n <= 100_000 && n * x ** 1.5 <= 1.4) cdf = kolmognDMTW(n, x);
  else cdf = kolmognPelzGood(n, x, true);
  return clip(1 - cdf);
}

export interface KsResult {
  statistic: number;
  p_value: number;
  method: "exact" | "asymp";
}

/**
 * The sample sorted ascending: itself when it already is (the drift tests pass sorted columns), else
 * a sorted copy. NaN is refused, as scipy's ks_2samp(nan_policy="raise") would: it has no place
 * in an order, and the drift tests drop missing values before they get here.
 */
function sortedSample(a: Float64Array, name: string): Float64Array {
  let sorted = true;
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(a[i])) throw new RangeError(`ks2samp: sample ${name} contains NaN (at index ${i})`);
    if (i > 0 && a[i] < a[i - 1]) sorted = false;
  }
  return sorted ? a : Float64Array.from(a).sort();
}

/** D = sup |F1 − F2| between two samples, in any order (NaN refused). @internal */
export function ksStatistic(a: Float64Array, b: Float64Array): number {
  return ksStatisticSorted(sortedSample(a, "a"), sortedSample(b, "b"));
}

/** scipy.stats.ks_2samp(a, b, alternative="two-sided", method="auto"), samples in any order; NaN refused. */
export function ks2samp(a0: Float64Array, b0: Float64Array): KsResult {
  const n1 = a0.length,
    n2 = b0.length;
  if (n1 === 0 || n2 === 0) throw new Error("ks2samp needs two non-empty samples");
  let d = ksStatisticSorted(sortedSample(a0, "a"), sortedSample(b0, "b"));
  if (Math.max(n1, n2) <= MAX_AUTO_N) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const p = exactPValue(n1, n2, d);
    if (p !== undefined) {
      d = roundHalfEven(d * lcm) / lcm;
      return { statistic: d, p_value: clip(p), method: "exact" };
    }
  }
  return { statistic: d, p_value: ksAsymptoticPValue(n1, n2, d), method: "asymp" };
}

/** ks_2samp's p-value past its exact sizes: kstwo.sf(D, round(n1·n2/(n1+n2))). */
export function ksAsymptoticPValue(n1: number, n2: number, d: number): number {
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = (m * n) / (m + n);
  return clip(kstwoSf(roundHalfEven(en), d));
}
