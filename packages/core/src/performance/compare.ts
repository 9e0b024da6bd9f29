import type { QualityResult } from "../evaluate/evaluate.js";
import type { GateComparison } from "../evaluate/gates.js";
import type { MetricValue } from "../evaluate/metrics.js";
import { counts, logLossOfRanked } from "../evaluate/metrics.js";
import { delong } from "../stats/ranking.js";
import {
  delongUnpaired,
  moments,
  newcombeDifference,
  normalDifference,
  welchDifference,
  type Difference,
} from "../stats/differences.js";

/**
 * Production against the registered evaluation: two independent sets of rows (the served rows
 * that labels reached, the test set the version was evaluated on), so each metric's difference
 * has an unpaired test — Newcombe's hybrid score interval for proportions (accuracy, precision,
 * recall), unpaired DeLong for ROC AUC, Welch for means of per-row errors (MAE, MAPE, log loss;
 * RMSE through the delta method), and for metrics known only by their intervals (F1, balanced
 * accuracy, average precision, R², the multiclass averages) a normal difference of those.
 */
export function compareWithRegistered(prod: QualityResult, reg: QualityResult): Record<string, GateComparison> {
  const out: Record<string, GateComparison> = {};
  const put = (metric: string, d: Difference) => {
    const baseline = reg.values[metric];
    if (baseline === undefined || Number.isNaN(baseline) || Number.isNaN(d.diff)) return;
    out[metric] = { baseline, ...d, unpaired: true };
  };
  const pm = prod.quality.metrics as Record<string, MetricValue>;
  const rm = reg.quality.metrics as Record<string, MetricValue>;
  // Every shared metric with an interval first; the exact tests below replace what they cover.
  for (const k of Object.keys(pm))
    if (rm[k] && pm[k].interval.every(Number.isFinite) && rm[k].interval.every(Number.isFinite))
      put(k, normalDifference(pm[k].value, pm[k].interval, rm[k].value, rm[k].interval));
  if (prod.binary && reg.binary) {
    const a = counts(prod.binary.y, prod.binary.pred);
    const b = counts(reg.binary.y, reg.binary.pred);
    const n = (c: typeof a) => c.tp + c.fp + c.tn + c.fn;
    put("accuracy", newcombeDifference(a.tp + a.tn, n(a), b.tp + b.tn, n(b)));
    if (a.tp + a.fp > 0 && b.tp + b.fp > 0) put("precision", newcombeDifference(a.tp, a.tp + a.fp, b.tp, b.tp + b.fp));
    if (a.tp + a.fn > 0 && b.tp + b.fn > 0) put("recall", newcombeDifference(a.tp, a.tp + a.fn, b.tp, b.tp + b.fn));
    const ra = prod.binary.ranked;
    const rb = reg.binary.ranked;
    if (ra && rb) {
      const da = delong(ra);
      const db = delong(rb);
      if (!Number.isNaN(da.auc) && !Number.isNaN(db.auc))
        put("roc_auc", delongUnpaired(da.auc, da.variance, db.auc, db.variance));
      put("log_loss", welchDifference(moments(logLossOfRanked(ra)), moments(logLossOfRanked(rb))));
    }
  }
  if (prod.multiclass && reg.multiclass) {
    const hits = (m: NonNullable<QualityResult["multiclass"]>) =>
      m.y.reduce((s, v, i) => s + (v === m.pred[i] ? 1 : 0), 0);
    put(
      "accuracy",
      newcombeDifference(
        hits(prod.multiclass),
        prod.multiclass.y.length,
        hits(reg.multiclass),
        reg.multiclass.y.length,
      ),
    );
  }
  if (prod.regression && reg.regression) {
    const errors = (r: NonNullable<QualityResult["regression"]>) => {
      const n = r.y.length;
      const abs = new Float64Array(n);
      const sq = new Float64Array(n);
      const pct = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const e = r.y[i] - r.yhat[i];
        abs[i] = Math.abs(e);
        sq[i] = e * e;
        pct[i] = Math.abs(e) / Math.max(Math.abs(r.y[i]), 2.220446049250313e-16);
      }
      return { abs: moments(abs), sq: moments(sq), pct: moments(pct) };
    };
    const a = errors(prod.regression);
    const b = errors(reg.regression);
    put("mae", welchDifference(a.abs, b.abs));
    put("mape", welchDifference(a.pct, b.pct));
    const ra = Math.sqrt(a.sq.mean);
    const rb = Math.sqrt(b.sq.mean);
    if (ra > 0 && rb > 0)
      put("rmse", welchDifference(a.sq, b.sq, { diff: ra - rb, scaleA: 1 / (2 * ra), scaleB: 1 / (2 * rb) }));
  }
  return out;
}

/** Per row, what a group's headline metric averages: 1 for a right class (accuracy), else the absolute error (MAE). */
export function perRowOutcome(q: QualityResult): { metric: "accuracy" | "mae"; values: Float64Array } | undefined {
  if (q.binary)
    return { metric: "accuracy", values: Float64Array.from(q.binary.y, (v, i) => (v === q.binary!.pred[i] ? 1 : 0)) };
  if (q.multiclass)
    return {
      metric: "accuracy",
      values: Float64Array.from(q.multiclass.y, (v, i) => (v === q.multiclass!.pred[i] ? 1 : 0)),
    };
  if (q.regression)
    return { metric: "mae", values: Float64Array.from(q.regression.y, (v, i) => Math.abs(v - q.regression!.yhat[i])) };
  return undefined;
}

export interface GroupComparison {
  feature: string;
  group: string;
  metric: "accuracy" | "mae";
  rows: number;
  value: number;
  /** The group's value and rows in the registered evaluation; absent when it had no such group (or no such column). */
  registered?: { rows: number; value: number; diff: number; interval: [number, number]; method: Difference["method"] };
}

/** Group label per row: a categorical column's codes and values. */
export interface GroupColumn {
  codes: Uint32Array;
  values: string[];
}

function byGroup(outcome: Float64Array, col: GroupColumn): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < outcome.length; i++) {
    const g = col.values[col.codes[i]];
    let list = out.get(g);
    if (!list) out.set(g, (list = []));
    list.push(outcome[i]);
  }
  return out;
}

/**
 * The headline metric per group of a sensitive feature, in production and in the registered
 * evaluation (when it has that column), with the unpaired test of each group's difference.
 */
export function compareGroups(
  feature: string,
  metric: "accuracy" | "mae",
  prod: { outcome: Float64Array; column: GroupColumn },
  reg: { outcome: Float64Array; column: GroupColumn } | undefined,
): GroupComparison[] {
  const p = byGroup(prod.outcome, prod.column);
  const r = reg ? byGroup(reg.outcome, reg.column) : new Map<string, number[]>();
  const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
  return [...p.keys()].sort().map((group) => {
    const a = p.get(group)!;
    const b = r.get(group);
    const row: GroupComparison = { feature, group, metric, rows: a.length, value: mean(a) };
    if (b && b.length > 1 && a.length > 1) {
      const d =
        metric === "accuracy"
          ? newcombeDifference(
              a.reduce((s, v) => s + v, 0),
              a.length,
              b.reduce((s, v) => s + v, 0),
              b.length,
            )
          : welchDifference(moments(a), moments(b));
      row.registered = { rows: b.length, value: mean(b), diff: d.diff, interval: d.interval, method: d.method };
    }
    return row;
  });
}
