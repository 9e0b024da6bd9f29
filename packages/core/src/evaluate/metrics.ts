import { wilson } from "../stats/intervals.js";
import { cellBootstrap } from "../stats/cell-bootstrap.js";
import {
  averagePrecisionInfluence,
  delong,
  delongInterval,
  logitInterval,
  rankScores,
  Z95,
  type RankedScores,
} from "../stats/ranking.js";

export interface MetricValue {
  value: number;
  /**
   * 95% interval. wilson: Wilson score interval (proportions); bootstrap: seeded percentile
   * bootstrap (of the confusion matrix's cells for classification: the row bootstrap's
   * distribution, drawn multinomially); delong: AUC ± 1.96 DeLong SE; delta: normal interval from
   * the influence-function standard error (logit scale for average precision).
   */
  interval: [number, number];
  method: "wilson" | "bootstrap" | "delong" | "delta" | "none";
}

export interface BinaryInputs {
  y: Uint8Array; // true labels, 1 = positive
  pred: Uint8Array; // predicted labels
  score?: Float64Array; // P(positive)
}

/** The confusion matrix's four cells. */
export function counts(y: Uint8Array, pred: Uint8Array) {
  // One table lookup per row (cell = 2·label + prediction), no branch to mispredict.
  const cells = [0, 0, 0, 0];
  for (let i = 0; i < y.length; i++) cells[(y[i] << 1) | pred[i]]++;
  return { tp: cells[3], fp: cells[1], tn: cells[0], fn: cells[2] };
}

export const safeDiv = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function f1Of(c: { tp: number; fp: number; fn: number }): number {
  return safeDiv(2 * c.tp, 2 * c.tp + c.fp + c.fn);
}

/** F1 of each class averaged plainly (macro) or by support (weighted), as sklearn's f1_score. */
function f1Averages(c: { tp: number; fp: number; tn: number; fn: number }): { macro: number; weighted: number } {
  const fPos = f1Of(c);
  const fNeg = safeDiv(2 * c.tn, 2 * c.tn + c.fn + c.fp);
  const nPos = c.tp + c.fn,
    nNeg = c.tn + c.fp;
  return { macro: (fPos + fNeg) / 2, weighted: safeDiv(fPos * nPos + fNeg * nNeg, nPos + nNeg) };
}

function balancedAcc(c: { tp: number; fp: number; tn: number; fn: number }): number {
  return (safeDiv(c.tp, c.tp + c.fn) + safeDiv(c.tn, c.tn + c.fp)) / 2;
}

/** Per-row log loss with probabilities clipped as sklearn does (to float64 eps). */
function logLossPerRow(y: Uint8Array, score: Float64Array): Float64Array {
  const eps = 2.220446049250313e-16;
  const out = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) {
    const p = Math.min(1 - eps, Math.max(eps, score[i]));
    out[i] = -(y[i] ? Math.log(p) : Math.log(1 - p));
  }
  return out;
}

/** Per-row log loss, kept with the model's sorted scores (the quality report and the paired comparison both ask). */
export function logLossOfRanked(r: RankedScores): Float64Array {
  return ((r.memo ??= {}).logLoss ??= logLossPerRow(r.y, r.score));
}

/** Mean and standard error of the mean (sample standard deviation / √n). */
export function meanAndSe(x: Float64Array): { mean: number; se: number } {
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += x[i];
  const mean = s / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (x[i] - mean) ** 2;
  return { mean, se: n > 1 ? Math.sqrt(ss / (n - 1) / n) : NaN };
}

/** ROC AUC, average precision and log loss with their intervals, from one sort of the scores. */
export function scoreMetrics(
  y: Uint8Array,
  score: Float64Array,
  ranked: RankedScores = rankScores(y, score),
): Record<"roc_auc" | "pr_auc" | "log_loss", MetricValue> {
  const d = delong(ranked);
  const ap = averagePrecisionInfluence(ranked);
  const ll = meanAndSe(logLossOfRanked(ranked));
  return {
    roc_auc: { value: d.auc, interval: delongInterval(d), method: "delong" },
    pr_auc: { value: ap.ap, interval: logitInterval(ap.ap, Math.sqrt(ap.variance)), method: "delta" },
    log_loss: { value: ll.mean, interval: [ll.mean - Z95 * ll.se, ll.mean + Z95 * ll.se], method: "delta" },
  };
}

/** The confusion-matrix metrics that have no closed-form interval, by name, from the four cells. */
const CONFUSION_STATISTICS: Record<string, (c: { tp: number; fp: number; tn: number; fn: number }) => number> = {
  f1: f1Of,
  f1_macro: (c) => f1Averages(c).macro,
  f1_weighted: (c) => f1Averages(c).weighted,
  balanced_accuracy: balancedAcc,
};

export interface ClassificationReport {
  task: "classification";
  rows: number;
  confusion: { tp: number; fp: number; tn: number; fn: number };
  metrics: Record<string, MetricValue>;
}

export function classificationMetrics(
  input: BinaryInputs,
  opts: { seed?: number; resamples?: number; ranked?: RankedScores } = {},
): ClassificationReport {
  const { y, pred, score } = input;
  const n = y.length;
  const c = counts(y, pred);
  const names = Object.keys(CONFUSION_STATISTICS);
  const intervals = cellBootstrap(
    [c.tp, c.fp, c.tn, c.fn],
    (x) => {
      const cc = { tp: x[0], fp: x[1], tn: x[2], fn: x[3] };
      return names.map((k) => CONFUSION_STATISTICS[k](cc));
    },
    opts,
  );
  const m: Record<string, MetricValue> = {
    accuracy: { value: safeDiv(c.tp + c.tn, n), interval: wilson(c.tp + c.tn, n), method: "wilson" },
    precision: { value: safeDiv(c.tp, c.tp + c.fp), interval: wilson(c.tp, c.tp + c.fp), method: "wilson" },
    recall: { value: safeDiv(c.tp, c.tp + c.fn), interval: wilson(c.tp, c.tp + c.fn), method: "wilson" },
  };
  names.forEach((k, i) => (m[k] = { value: CONFUSION_STATISTICS[k](c), interval: intervals[i], method: "bootstrap" }));
  if (score) Object.assign(m, scoreMetrics(y, score, opts.ranked));
  return { task: "classification", rows: n, confusion: c, metrics: m };
}

export interface RegressionReport {
  task: "regression";
  rows: number;
  metrics: Record<string, MetricValue>;
}

/**
 * Regression metrics with normal intervals from influence-function standard errors (the row
 * bootstrap's limit, in O(n) where the bootstrap was O(n · resamples)): MAE and MAPE are means of
 * per-row terms; RMSE takes the square root of the MSE interval's ends; R² = 1 − SSE/SST has
 * influence −(e_j² − (1 − R²)(y_j − ȳ)²)/SST per row (weights differentiated at 1).
 */
export function regressionMetrics(y: Float64Array, yhat: Float64Array): RegressionReport {
  const n = y.length;
  const sq = new Float64Array(n);
  const abs = new Float64Array(n);
  const pct = new Float64Array(n);
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    const e = y[i] - yhat[i];
    sq[i] = e * e;
    abs[i] = Math.abs(e);
    // sklearn's MAPE: |y - yhat| / max(|y|, eps)
    pct[i] = Math.abs(e) / Math.max(Math.abs(y[i]), 2.220446049250313e-16);
    sumY += y[i];
  }
  const mse = meanAndSe(sq);
  const mae = meanAndSe(abs);
  const mape = meanAndSe(pct);
  const meanY = sumY / n;
  let sst = 0;
  for (let i = 0; i < n; i++) sst += (y[i] - meanY) ** 2;
  const sse = mse.mean * n;
  const r2 = sst === 0 ? NaN : 1 - sse / sst;
  let r2Var = 0;
  for (let i = 0; i < n && sst > 0; i++) r2Var += ((sq[i] - (sse / sst) * (y[i] - meanY) ** 2) / sst) ** 2;
  const normal = (m: number, se: number): [number, number] => [m - Z95 * se, m + Z95 * se];
  const [mseLo, mseHi] = normal(mse.mean, mse.se);
  return {
    task: "regression",
    rows: n,
    metrics: {
      rmse: {
        value: Math.sqrt(mse.mean),
        interval: [Math.sqrt(Math.max(0, mseLo)), Math.sqrt(mseHi)],
        method: "delta",
      },
      mae: { value: mae.mean, interval: normal(mae.mean, mae.se), method: "delta" },
      mape: { value: mape.mean, interval: normal(mape.mean, mape.se), method: "delta" },
      r2: { value: r2, interval: normal(r2, Math.sqrt(r2Var)), method: "delta" },
    },
  };
}
