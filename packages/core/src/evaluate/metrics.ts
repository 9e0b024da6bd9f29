import { bootstrap, wilson } from "../stats/intervals.js";

export interface MetricValue {
  value: number;
  /** 95% interval: Wilson for proportions, seeded bootstrap for the rest. */
  interval: [number, number];
  method: "wilson" | "bootstrap" | "none";
}

export interface BinaryInputs {
  y: Uint8Array; // true labels, 1 = positive
  pred: Uint8Array; // predicted labels
  score?: Float64Array; // P(positive)
}

export function counts(y: Uint8Array, pred: Uint8Array, idx?: Uint32Array) {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  const n = idx ? idx.length : y.length;
  for (let j = 0; j < n; j++) {
    const i = idx ? idx[j] : j;
    if (y[i]) pred[i] ? tp++ : fn++;
    else pred[i] ? fp++ : tn++;
  }
  return { tp, fp, tn, fn };
}

export const safeDiv = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function f1Of(c: { tp: number; fp: number; fn: number }): number {
  return safeDiv(2 * c.tp, 2 * c.tp + c.fp + c.fn);
}

/** F1 of each class averaged plainly (macro) or by support (weighted), as sklearn's f1_score. */
function f1Averages(c: { tp: number; fp: number; tn: number; fn: number }): { macro: number; weighted: number } {
  const fPos = f1Of(c);
  const fNeg = safeDiv(2 * c.tn, 2 * c.tn + c.fn + c.fp);
  const nPos = c.tp + c.fn, nNeg = c.tn + c.fp;
  return { macro: (fPos + fNeg) / 2, weighted: safeDiv(fPos * nPos + fNeg * nNeg, nPos + nNeg) };
}

function balancedAcc(c: { tp: number; fp: number; tn: number; fn: number }): number {
  return (safeDiv(c.tp, c.tp + c.fn) + safeDiv(c.tn, c.tn + c.fp)) / 2;
}

/** ROC AUC as the Mann–Whitney U statistic with ties counted half (equals sklearn's roc_auc_score). */
export function rocAuc(y: Uint8Array, score: Float64Array, idx?: Uint32Array): number {
  const n = idx ? idx.length : y.length;
  const order = Array.from({ length: n }, (_, j) => (idx ? idx[j] : j)).sort((a, b) => score[a] - score[b]);
  let rankSumPos = 0;
  let pos = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && score[order[j + 1]] === score[order[i]]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (y[order[k]]) {
      rankSumPos += avgRank;
      pos++;
    }
    i = j + 1;
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) return NaN;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Average precision (sklearn's average_precision_score): sum over thresholds of (R_n - R_{n-1}) P_n. */
export function averagePrecision(y: Uint8Array, score: Float64Array, idx?: Uint32Array): number {
  const n = idx ? idx.length : y.length;
  const order = Array.from({ length: n }, (_, j) => (idx ? idx[j] : j)).sort((a, b) => score[b] - score[a]);
  let totalPos = 0;
  for (const i of order) totalPos += y[i];
  if (totalPos === 0) return NaN;
  let tp = 0, fp = 0, ap = 0, prevRecall = 0;
  for (let k = 0; k < n; ) {
    let j = k;
    while (j + 1 < n && score[order[j + 1]] === score[order[k]]) j++;
    for (let m = k; m <= j; m++) y[order[m]] ? tp++ : fp++;
    const recall = tp / totalPos;
    ap += (recall - prevRecall) * (tp / (tp + fp));
    prevRecall = recall;
    k = j + 1;
  }
  return ap;
}

/** Mean log loss with probabilities clipped as sklearn does (to float64 eps). */
export function logLoss(y: Uint8Array, score: Float64Array, idx?: Uint32Array): number {
  const eps = 2.220446049250313e-16;
  const n = idx ? idx.length : y.length;
  let s = 0;
  for (let j = 0; j < n; j++) {
    const i = idx ? idx[j] : j;
    const p = Math.min(1 - eps, Math.max(eps, score[i]));
    s -= y[i] ? Math.log(p) : Math.log(1 - p);
  }
  return s / n;
}

export interface ClassificationReport {
  task: "classification";
  rows: number;
  confusion: { tp: number; fp: number; tn: number; fn: number };
  metrics: Record<string, MetricValue>;
}

export function classificationMetrics(input: BinaryInputs, opts: { seed?: number; resamples?: number } = {}): ClassificationReport {
  const { y, pred, score } = input;
  const n = y.length;
  const c = counts(y, pred);
  const boot = (f: (idx: Uint32Array) => number) => bootstrap(n, f, opts);
  const m: Record<string, MetricValue> = {
    accuracy: { value: safeDiv(c.tp + c.tn, n), interval: wilson(c.tp + c.tn, n), method: "wilson" },
    precision: { value: safeDiv(c.tp, c.tp + c.fp), interval: wilson(c.tp, c.tp + c.fp), method: "wilson" },
    recall: { value: safeDiv(c.tp, c.tp + c.fn), interval: wilson(c.tp, c.tp + c.fn), method: "wilson" },
    f1: { value: f1Of(c), interval: boot((idx) => f1Of(counts(y, pred, idx))), method: "bootstrap" },
    f1_macro: { value: f1Averages(c).macro, interval: boot((idx) => f1Averages(counts(y, pred, idx)).macro), method: "bootstrap" },
    f1_weighted: { value: f1Averages(c).weighted, interval: boot((idx) => f1Averages(counts(y, pred, idx)).weighted), method: "bootstrap" },
    balanced_accuracy: { value: balancedAcc(c), interval: boot((idx) => balancedAcc(counts(y, pred, idx))), method: "bootstrap" },
  };
  if (score) {
    m.roc_auc = { value: rocAuc(y, score), interval: boot((idx) => rocAuc(y, score, idx)), method: "bootstrap" };
    m.pr_auc = { value: averagePrecision(y, score), interval: boot((idx) => averagePrecision(y, score, idx)), method: "bootstrap" };
    m.log_loss = { value: logLoss(y, score), interval: boot((idx) => logLoss(y, score, idx)), method: "bootstrap" };
  }
  return { task: "classification", rows: n, confusion: c, metrics: m };
}

export interface RegressionReport {
  task: "regression";
  rows: number;
  metrics: Record<string, MetricValue>;
}

export function regressionMetrics(y: Float64Array, yhat: Float64Array, opts: { seed?: number; resamples?: number } = {}): RegressionReport {
  const n = y.length;
  const stat = (f: (i: number) => number, idx?: Uint32Array) => {
    let s = 0;
    const k = idx ? idx.length : n;
    for (let j = 0; j < k; j++) s += f(idx ? idx[j] : j);
    return s / k;
  };
  const mse = (idx?: Uint32Array) => stat((i) => (y[i] - yhat[i]) ** 2, idx);
  const mae = (idx?: Uint32Array) => stat((i) => Math.abs(y[i] - yhat[i]), idx);
  // sklearn's MAPE: |y - yhat| / max(|y|, eps)
  const mape = (idx?: Uint32Array) => stat((i) => Math.abs(y[i] - yhat[i]) / Math.max(Math.abs(y[i]), 2.220446049250313e-16), idx);
  const r2 = (idx?: Uint32Array) => {
    const mean = stat((i) => y[i], idx);
    const ssTot = stat((i) => (y[i] - mean) ** 2, idx);
    return ssTot === 0 ? NaN : 1 - mse(idx) / ssTot;
  };
  const boot = (f: (idx: Uint32Array) => number) => bootstrap(n, f, opts);
  return {
    task: "regression",
    rows: n,
    metrics: {
      rmse: { value: Math.sqrt(mse()), interval: boot((idx) => Math.sqrt(mse(idx))), method: "bootstrap" },
      mae: { value: mae(), interval: boot(mae), method: "bootstrap" },
      mape: { value: mape(), interval: boot(mape), method: "bootstrap" },
      r2: { value: r2(), interval: boot(r2), method: "bootstrap" },
    },
  };
}
