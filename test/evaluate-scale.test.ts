import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import erfc from "@stdlib/math-base-special-erfc";
import { mcnemarExact, pairedCompare } from "../packages/core/src/evaluate/compare.js";
import { featureFairness } from "../packages/core/src/evaluate/fairness.js";
import { classificationMetrics, counts, f1Of, regressionMetrics } from "../packages/core/src/evaluate/metrics.js";
import { argsortNonNegative } from "../packages/core/src/stats/argsort.js";
import { binomial } from "../packages/core/src/stats/binomial.js";
import { cellBootstrap } from "../packages/core/src/stats/cell-bootstrap.js";
import { chi2Sf } from "../packages/core/src/stats/drift-statistics.js";
import { bootstrap } from "../packages/core/src/stats/intervals.js";
import { averagePrecisionInfluence, delong, delongPaired, rankScores } from "../packages/core/src/stats/ranking.js";
import { seededRandom } from "../packages/core/src/stats/sampling.js";

// Reference values from test/fixtures/reference/make_scale_reference.py (scikit-learn, numpy, scipy).
const ref = JSON.parse(readFileSync("test/fixtures/reference/scale_reference.json", "utf8"));
const rows = readFileSync("test/fixtures/reference/paired.csv", "utf8")
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((l) => l.split(","));
const y = Uint8Array.from(rows, (r) => Number(r[0]));
const cand = { pred: Uint8Array.from(rows, (r) => Number(r[1])), score: Float64Array.from(rows, (r) => Number(r[2])) };
const base = { pred: Uint8Array.from(rows, (r) => Number(r[3])), score: Float64Array.from(rows, (r) => Number(r[4])) };
const group = rows.map((r) => r[5]);

describe("point values equal scikit-learn's (3,000 rows, tied scores)", () => {
  it("every classification metric, candidate and baseline", () => {
    for (const [which, m] of [
      ["candidate", classificationMetrics({ y, ...cand })],
      ["baseline", classificationMetrics({ y, ...base })],
    ] as const) {
      for (const [k, v] of Object.entries(ref[which] as Record<string, number>))
        expect(m.metrics[k].value, `${which} ${k}`).toBeCloseTo(v, 12);
    }
  });

  it("the paired comparison's values are the two models' values", () => {
    const p = pairedCompare({ y, candidate: cand, baseline: base });
    for (const k of ["accuracy", "f1", "recall", "precision", "roc_auc", "pr_auc", "log_loss"]) {
      expect(p[k].candidate, k).toBeCloseTo(ref.candidate[k], 12);
      expect(p[k].baseline, k).toBeCloseTo(ref.baseline[k], 12);
    }
  });

  it("per-group rates", () => {
    const f = featureFairness("group", group, y, cand.pred, 0);
    for (const g of f.groups)
      for (const k of ["count", "selection_rate", "accuracy", "tpr", "fpr"] as const)
        expect(g[k], `${g.group} ${k}`).toBeCloseTo(ref.groups[g.group][k], 12);
  });
});

describe("standard errors against numpy references", () => {
  it("DeLong's AUC variances, covariance and paired test equal a numpy implementation (midranks)", () => {
    const a = delong(rankScores(y, cand.score));
    const b = delong(rankScores(y, base.score));
    expect(a.variance / ref.delong.candidate_variance).toBeCloseTo(1, 10);
    expect(b.variance / ref.delong.baseline_variance).toBeCloseTo(1, 10);
    const p = delongPaired(y, a, b);
    expect(p.diff).toBeCloseTo(ref.delong.diff, 12);
    expect(p.se / ref.delong.diff_se).toBeCloseTo(1, 10);
    expect(p.p_value / ref.delong.p_value).toBeCloseTo(1, 8);
    const c = pairedCompare({ y, candidate: cand, baseline: base }).roc_auc;
    expect(c.method).toBe("delong");
    expect(c.interval[1] - c.diff).toBeCloseTo(1.959963984540054 * ref.delong.diff_se, 10);
  });

  it("average precision's influence per row equals finite differences of scikit-learn's weighted AP", () => {
    const a = averagePrecisionInfluence(rankScores(y, cand.score));
    const b = averagePrecisionInfluence(rankScores(y, base.score));
    ref.ap_influence.first_rows.forEach((v: number, i: number) => expect(a.influence[i], `row ${i}`).toBeCloseTo(v, 8));
    expect(a.variance / ref.ap_influence.candidate_variance).toBeCloseTo(1, 5);
    expect(b.variance / ref.ap_influence.baseline_variance).toBeCloseTo(1, 5);
    const p = pairedCompare({ y, candidate: cand, baseline: base }).pr_auc;
    expect((p.interval[1] - p.diff) / 1.959963984540054 / ref.ap_influence.diff_se).toBeCloseTo(1, 5);
  });

  it("the paired log-loss interval is the mean per-row difference ± 1.96 SE", () => {
    const p = pairedCompare({ y, candidate: cand, baseline: base }).log_loss;
    expect(p.diff).toBeCloseTo(ref.log_loss_paired.diff, 12);
    expect((p.interval[1] - p.diff) / 1.959963984540054).toBeCloseTo(ref.log_loss_paired.diff_se, 12);
  });

  it("McNemar's exact p for a million-row test set's counts equals scipy's binomtest", () => {
    for (const m of ref.mcnemar) expect(mcnemarExact(m.b, m.c) / m.p, `b=${m.b} c=${m.c}`).toBeCloseTo(1, 8);
  });
});

describe("sampling", () => {
  it("binomial draws follow scipy's pmf (chi-square goodness of fit, inversion and BTRS, p above and below 1/2)", () => {
    const rand = seededRandom(5);
    for (const c of ref.binomial as { n: number; p: number; from: number; pmf: number[] }[]) {
      const draws = 40_000;
      const seen = new Float64Array(c.pmf.length);
      for (let i = 0; i < draws; i++) {
        const k = binomial(c.n, c.p, rand) - c.from;
        expect(k >= 0 && k < c.pmf.length, `draw ${k + c.from} of Binomial(${c.n}, ${c.p}) is 6 SD out`).toBe(true);
        seen[k]++;
      }
      // Bins pooled until each expects at least 5 draws.
      let chi = 0,
        bins = 0,
        expected = 0,
        observed = 0;
      c.pmf.forEach((p, k) => {
        expected += p * draws;
        observed += seen[k];
        if (expected >= 5) {
          chi += (observed - expected) ** 2 / expected;
          bins++;
          expected = observed = 0;
        }
      });
      const pValue = chi2Sf(chi, bins - 1); // checked against scipy in drift-parity.test.ts
      expect(pValue, `Binomial(${c.n}, ${c.p}): chi-square ${chi.toFixed(1)} on ${bins - 1} df`).toBeGreaterThan(0.001);
    }
  });

  it("the radix argsort orders like a comparison sort, ties in row order, -0 as 0", () => {
    const rand = seededRandom(9);
    const v = Float64Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? 0.5 : i % 11 === 0 ? -0 : rand() ** 3));
    const expected = Array.from(v.keys()).sort((a, b) => v[a] - v[b] || a - b);
    expect(Array.from(argsortNonNegative(v))).toEqual(expected);
  });

  it("the cell bootstrap of F1 gives the row bootstrap's interval (the same distribution, drawn multinomially)", () => {
    const c = counts(y, cand.pred);
    const [cells] = cellBootstrap([c.tp, c.fp, c.tn, c.fn], (x) => [f1Of({ tp: x[0], fp: x[1], fn: x[3] })], {
      resamples: 4000,
    });
    const rowwise = bootstrap(
      y.length,
      (idx) => {
        let tp = 0,
          fp = 0,
          fn = 0;
        for (const i of idx) {
          if (y[i] && cand.pred[i]) tp++;
          else if (cand.pred[i]) fp++;
          else if (y[i]) fn++;
        }
        return f1Of({ tp, fp, fn });
      },
      { resamples: 4000, seed: 1 },
    );
    // Monte Carlo error of a 2.5% quantile from 4,000 draws: about 0.0015 here (SE of the F1 ≈ 0.011).
    expect(Math.abs(cells[0] - rowwise[0])).toBeLessThan(0.005);
    expect(Math.abs(cells[1] - rowwise[1])).toBeLessThan(0.005);
  });
});

/**
 * Coverage against known truth. Binormal data: the latent score is μ·label + N(0, 1) (the
 * candidate's and the baseline's noise correlated 0.6), the score its logistic transform, the
 * prediction latent > c. True values follow from Φ (AUC = Φ(μ/√2), TPR = 1 − Φ(c − μ), ...) and,
 * for average precision and log loss, from numerical integration. Over 200 simulated test sets
 * each 95% interval should cover its truth about 190 times: with the binomial SE of a coverage
 * estimate, √(0.95·0.05/200) = 0.0154, three SEs either side is [0.904, 0.996].
 */
describe("coverage of the intervals over 200 simulated test sets (known truth)", () => {
  const Phi = (x: number) => 0.5 * erfc(-x / Math.SQRT2);
  /** 1 − Φ(x), accurate in the upper tail. */
  const Q = (x: number) => 0.5 * erfc(x / Math.SQRT2);
  const phi = (x: number) => Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
  const PREV = 0.3,
    C = 0.6,
    MU_A = 1.2,
    MU_B = 1.0,
    RHO = 0.6,
    N = 2000,
    SIMS = 200;
  /** ∫ f(t) dt on a fine grid (the integrands decay like the normal density). */
  const integrate = (f: (t: number) => number) => {
    let s = 0;
    const h = 0.001;
    for (let t = -9; t < 11; t += h) s += f(t + h / 2) * h;
    return s;
  };
  const truth = (mu: number) => {
    const tpr = 1 - Phi(C - mu),
      fpr = 1 - Phi(C);
    const tp = PREV * tpr,
      fp = (1 - PREV) * fpr,
      fn = PREV * (1 - tpr);
    const precision = (t: number) => (PREV * Q(t - mu)) / (PREV * Q(t - mu) + (1 - PREV) * Q(t));
    return {
      accuracy: tp + (1 - PREV) * (1 - fpr),
      f1: (2 * tp) / (2 * tp + fp + fn),
      balanced_accuracy: (tpr + 1 - fpr) / 2,
      recall: tpr,
      roc_auc: Phi(mu / Math.SQRT2),
      pr_auc: integrate((t) => precision(t) * phi(t - mu)),
      log_loss:
        PREV * integrate((t) => -Math.log(sigmoid(t - C)) * phi(t - mu)) +
        (1 - PREV) * integrate((t) => -Math.log(1 - sigmoid(t - C)) * phi(t)),
    };
  };
  const ta = truth(MU_A),
    tb = truth(MU_B);

  it("single-model intervals (Wilson, cell bootstrap, DeLong, delta) and paired differences (cell bootstrap, DeLong, delta)", () => {
    const rand = seededRandom(2026);
    const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    const covered: Record<string, number> = {};
    const hit = (k: string, [lo, hi]: [number, number], t: number) =>
      (covered[k] = (covered[k] ?? 0) + (lo <= t && t <= hi ? 1 : 0));
    for (let s = 0; s < SIMS; s++) {
      const yy = new Uint8Array(N);
      const a = { pred: new Uint8Array(N), score: new Float64Array(N) };
      const b = { pred: new Uint8Array(N), score: new Float64Array(N) };
      for (let i = 0; i < N; i++) {
        yy[i] = rand() < PREV ? 1 : 0;
        const e1 = normal();
        const e2 = RHO * e1 + Math.sqrt(1 - RHO * RHO) * normal();
        const xa = MU_A * yy[i] + e1,
          xb = MU_B * yy[i] + e2;
        a.pred[i] = xa > C ? 1 : 0;
        b.pred[i] = xb > C ? 1 : 0;
        a.score[i] = sigmoid(xa - C);
        b.score[i] = sigmoid(xb - C);
      }
      const m = classificationMetrics({ y: yy, ...a }, { resamples: 1000, seed: s });
      for (const k of ["accuracy", "recall", "f1", "balanced_accuracy", "roc_auc", "pr_auc", "log_loss"] as const)
        hit(k, m.metrics[k].interval, ta[k]);
      const p = pairedCompare({ y: yy, candidate: a, baseline: b }, { resamples: 1000, seed: s });
      for (const k of ["accuracy", "f1", "recall", "roc_auc", "pr_auc", "log_loss"] as const)
        hit(`Δ${k}`, p[k].interval, ta[k] - tb[k]);
    }
    for (const [k, c] of Object.entries(covered)) {
      expect(c / SIMS, `${k}: ${c} of ${SIMS}`).toBeGreaterThanOrEqual(0.904);
      expect(c / SIMS, `${k}: ${c} of ${SIMS}`).toBeLessThanOrEqual(0.996);
    }
    expect(Object.keys(covered)).toHaveLength(13);
  }, 120_000);

  it("regression intervals (delta method: MAE, MAPE, RMSE, R²)", () => {
    // y = 6 + N(0, 1), prediction = y + N(0, 0.5²) independent: RMSE 0.5, MAE 0.5·√(2/π), R² = 1 − 0.25, MAPE = MAE · E[1/y].
    const rand = seededRandom(31);
    const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    const mae = 0.5 * Math.sqrt(2 / Math.PI);
    const truths = { rmse: 0.5, mae, r2: 0.75, mape: mae * integrate((t) => (t > -5.9 ? phi(t) / (6 + t) : 0)) };
    const covered: Record<string, number> = {};
    for (let s = 0; s < SIMS; s++) {
      const yy = new Float64Array(N);
      const yhat = new Float64Array(N);
      for (let i = 0; i < N; i++) {
        yy[i] = 6 + normal();
        yhat[i] = yy[i] + 0.5 * normal();
      }
      const m = regressionMetrics(yy, yhat);
      for (const [k, t] of Object.entries(truths)) {
        const [lo, hi] = m.metrics[k].interval;
        expect(m.metrics[k].method).toBe("delta");
        covered[k] = (covered[k] ?? 0) + (lo <= t && t <= hi ? 1 : 0);
      }
    }
    for (const [k, c] of Object.entries(covered)) {
      expect(c / SIMS, `${k}: ${c} of ${SIMS}`).toBeGreaterThanOrEqual(0.904);
      expect(c / SIMS, `${k}: ${c} of ${SIMS}`).toBeLessThanOrEqual(0.996);
    }
  });

  it("the bias summary numbers' intervals (joint cell bootstrap over groups)", () => {
    // Two groups, the second's latent shifted by 0.5: selection rates and TPR/FPR differ by a known amount.
    const rand = seededRandom(77);
    const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    const rates = (shift: number) => ({ tpr: 1 - Phi(C - MU_A - shift), fpr: 1 - Phi(C - shift) });
    const [g0, g1] = [rates(0), rates(0.5)];
    const sel = (g: { tpr: number; fpr: number }) => PREV * g.tpr + (1 - PREV) * g.fpr;
    const truths = {
      demographic_parity_difference: sel(g1) - sel(g0),
      demographic_parity_ratio: sel(g0) / sel(g1),
      equalized_odds_difference: Math.max(g1.tpr - g0.tpr, g1.fpr - g0.fpr),
      equalized_odds_ratio: Math.min(g0.tpr / g1.tpr, g0.fpr / g1.fpr),
    };
    const covered: Record<string, number> = {};
    for (let s = 0; s < SIMS; s++) {
      const yy = new Uint8Array(N);
      const pred = new Uint8Array(N);
      const groups: string[] = [];
      for (let i = 0; i < N; i++) {
        const g = rand() < 0.35 ? 1 : 0;
        yy[i] = rand() < PREV ? 1 : 0;
        pred[i] = MU_A * yy[i] + normal() + 0.5 * g > C ? 1 : 0;
        groups.push(g ? "g1" : "g0");
      }
      const f = featureFairness("g", groups, yy, pred, 0, { resamples: 1000, seed: s });
      for (const [k, t] of Object.entries(truths)) {
        const [lo, hi] = f.intervals![k as keyof typeof truths];
        covered[k] = (covered[k] ?? 0) + (lo <= t && t <= hi ? 1 : 0);
      }
    }
    for (const [k, c] of Object.entries(covered)) {
      expect(c / SIMS, `${k}: ${c} of ${SIMS}`).toBeGreaterThanOrEqual(0.904);
      expect(c / SIMS, `${k}: ${c} of ${SIMS}`).toBeLessThanOrEqual(0.996);
    }
  }, 120_000);
});
