import { confusionStatistics } from "./multiclass.js";

/**
 * Any metric per group of a sensitive feature, as Fairlearn's MetricFrame gives it: `by_group`,
 * `difference()` (max − min over the groups) and `ratio()` (min / max; 1 when every group's value
 * is 0, as the binary parity ratios here). Groups under `minGroupSize` are listed and flagged but
 * left out of the difference and ratio, as for binary classification.
 */
export interface GroupMetricFrame {
  feature: string;
  /** The metrics per group, in display order. */
  metrics: string[];
  groups: { group: string; count: number; small: boolean; values: Record<string, number> }[];
  difference: Record<string, number>;
  ratio: Record<string, number>;
  smallGroups: string[];
}

/** Row indices per group code (codes index into `values`); empty groups are dropped. */
function rowsByGroup(codes: Uint32Array, values: string[]): { group: string; rows: Uint32Array }[] {
  const counts = new Uint32Array(values.length);
  for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
  const rows = values.map((_, c) => new Uint32Array(counts[c]));
  const at = new Uint32Array(values.length);
  for (let i = 0; i < codes.length; i++) rows[codes[i]][at[codes[i]]++] = i;
  return values
    .map((group, c) => ({ group, rows: rows[c] }))
    .filter((g) => g.rows.length > 0)
    .sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}

function metricFrame(
  feature: string,
  group: { codes: Uint32Array; values: string[] },
  metrics: string[],
  perGroup: (rows: Uint32Array) => Record<string, number>,
  minGroupSize: number,
): GroupMetricFrame {
  const groups = rowsByGroup(group.codes, group.values).map((g) => ({
    group: g.group,
    count: g.rows.length,
    small: g.rows.length < minGroupSize,
    values: perGroup(g.rows),
  }));
  const used = groups.filter((g) => !g.small);
  const difference: Record<string, number> = {};
  const ratio: Record<string, number> = {};
  for (const m of metrics) {
    const v = used.map((g) => g.values[m]).filter((x) => !Number.isNaN(x));
    const max = v.length ? Math.max(...v) : NaN;
    const min = v.length ? Math.min(...v) : NaN;
    difference[m] = max - min;
    ratio[m] = max === 0 ? 1 : min / max;
  }
  return {
    feature,
    metrics,
    groups,
    difference,
    ratio,
    smallGroups: groups.filter((g) => g.small).map((g) => g.group),
  };
}

/** Multiclass: accuracy, and per class its recall and selection rate, per group (zero_division=0). */
export function multiclassFrame(
  feature: string,
  group: { codes: Uint32Array; values: string[] },
  classes: string[],
  y: Uint32Array,
  pred: Uint32Array,
  minGroupSize: number,
): GroupMetricFrame {
  const k = classes.length;
  const metrics = ["accuracy", ...classes.map((c) => `recall[${c}]`), ...classes.map((c) => `selection_rate[${c}]`)];
  return metricFrame(
    feature,
    group,
    metrics,
    (rows) => {
      const cells = new Float64Array(k * k);
      for (const i of rows) cells[y[i] * k + pred[i]]++;
      const s = confusionStatistics(cells, k);
      const out: Record<string, number> = { accuracy: s.accuracy };
      classes.forEach((c, i) => {
        out[`recall[${c}]`] = s.recall[i];
        out[`selection_rate[${c}]`] = s.predicted[i] / s.n;
      });
      return out;
    },
    minGroupSize,
  );
}

/** Regression: MAE, RMSE, mean prediction and mean label per group. */
export function regressionFrame(
  feature: string,
  group: { codes: Uint32Array; values: string[] },
  y: Float64Array,
  yhat: Float64Array,
  minGroupSize: number,
): GroupMetricFrame {
  return metricFrame(
    feature,
    group,
    ["mae", "rmse", "mean_prediction", "mean_label"],
    (rows) => {
      let abs = 0;
      let sq = 0;
      let sp = 0;
      let sy = 0;
      for (const i of rows) {
        const e = y[i] - yhat[i];
        abs += Math.abs(e);
        sq += e * e;
        sp += yhat[i];
        sy += y[i];
      }
      const n = rows.length;
      return { mae: abs / n, rmse: Math.sqrt(sq / n), mean_prediction: sp / n, mean_label: sy / n };
    },
    minGroupSize,
  );
}

/**
 * The gate values of group metric frames: per metric named in `gated`, `<metric>_group_difference`
 * and `<metric>_group_ratio`; a per-class metric (`recall[c]`) counts under its base name, worst
 * class. With several features the worst feature decides (largest difference, smallest ratio).
 */
export function groupGateValues(frames: GroupMetricFrame[], gated: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of frames)
    for (const m of f.metrics) {
      const base = m.replace(/\[.*\]$/, "");
      if (!gated.includes(base)) continue;
      const d = `${base}_group_difference`;
      const r = `${base}_group_ratio`;
      if (!Number.isNaN(f.difference[m])) out[d] = Math.max(out[d] ?? -Infinity, f.difference[m]);
      if (!Number.isNaN(f.ratio[m])) out[r] = Math.min(out[r] ?? Infinity, f.ratio[m]);
    }
  return out;
}
