import { bootstrap } from "../stats/intervals.js";
import { averagePrecision, counts, f1Of, logLoss, rocAuc, safeDiv } from "./metrics.js";

/** Champion/challenger on the same rows: the difference, its 95% interval and a paired test. */
export interface PairedComparison {
  metric: string;
  candidate: number;
  baseline: number;
  diff: number;
  interval: [number, number];
  p_value: number;
  method: "mcnemar" | "paired-bootstrap";
}

/** log C(n, k) by summing logs (n is a test-set size: small enough to be exact in double). */
function logChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
  return s;
}

/** Exact two-sided McNemar test: discordant pairs b and c under Binomial(b + c, 1/2). */
export function mcnemarExact(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  let cdf = 0;
  for (let i = 0; i <= k; i++) cdf += Math.exp(logChoose(n, i) - n * Math.LN2);
  return Math.min(1, 2 * cdf);
}

type Stat = (y: Uint8Array, pred: Uint8Array, score: Float64Array | undefined, idx: Uint32Array) => number;

const STATS: Record<string, { fn: Stat; needsScore: boolean }> = {
  accuracy: { fn: (y, p, _s, idx) => { const c = counts(y, p, idx); return safeDiv(c.tp + c.tn, idx.length); }, needsScore: false },
  f1: { fn: (y, p, _s, idx) => f1Of(counts(y, p, idx)), needsScore: false },
  recall: { fn: (y, p, _s, idx) => { const c = counts(y, p, idx); return safeDiv(c.tp, c.tp + c.fn); }, needsScore: false },
  precision: { fn: (y, p, _s, idx) => { const c = counts(y, p, idx); return safeDiv(c.tp, c.tp + c.fp); }, needsScore: false },
  roc_auc: { fn: (y, _p, s, idx) => rocAuc(y, s!, idx), needsScore: true },
  pr_auc: { fn: (y, _p, s, idx) => averagePrecision(y, s!, idx), needsScore: true },
  log_loss: { fn: (y, _p, s, idx) => logLoss(y, s!, idx), needsScore: true },
};

export interface PairedInputs {
  y: Uint8Array;
  candidate: { pred: Uint8Array; score?: Float64Array };
  baseline: { pred: Uint8Array; score?: Float64Array };
}

/**
 * Compares candidate and baseline predictions of the same rows. Accuracy gets McNemar's exact
 * test; every metric gets a paired bootstrap (the same resampled rows for both models) for the
 * interval of the difference, and a bootstrap p-value for the others.
 */
export function pairedCompare(input: PairedInputs, opts: { resamples?: number; seed?: number } = {}): Record<string, PairedComparison> {
  const n = input.y.length;
  const all = Uint32Array.from({ length: n }, (_, i) => i);
  const out: Record<string, PairedComparison> = {};
  for (const [metric, { fn, needsScore }] of Object.entries(STATS)) {
    if (needsScore && (!input.candidate.score || !input.baseline.score)) continue;
    const cand = (idx: Uint32Array) => fn(input.y, input.candidate.pred, input.candidate.score, idx);
    const base = (idx: Uint32Array) => fn(input.y, input.baseline.pred, input.baseline.score, idx);
    const diffs: number[] = [];
    const interval = bootstrap(n, (idx) => {
      const d = cand(idx) - base(idx);
      diffs.push(d);
      return d;
    }, opts);
    let p: number;
    let method: PairedComparison["method"] = "paired-bootstrap";
    if (metric === "accuracy") {
      let b = 0, c = 0;
      for (let i = 0; i < n; i++) {
        const candRight = input.candidate.pred[i] === input.y[i];
        const baseRight = input.baseline.pred[i] === input.y[i];
        if (candRight && !baseRight) b++;
        else if (!candRight && baseRight) c++;
      }
      p = mcnemarExact(b, c);
      method = "mcnemar";
    } else {
      const le = diffs.filter((d) => d <= 0).length / diffs.length;
      const ge = diffs.filter((d) => d >= 0).length / diffs.length;
      p = Math.min(1, 2 * Math.min(le, ge));
    }
    const cv = cand(all), bv = base(all);
    out[metric] = { metric, candidate: cv, baseline: bv, diff: cv - bv, interval, p_value: p, method };
  }
  return out;
}

