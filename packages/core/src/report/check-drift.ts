import { asColumn, valueCounts } from "../data/column.js";
import type { DriftReport, Table } from "../drift/check.js";
import { numericBins } from "../drift/distributions.js";
import { categoricalShares } from "../stats/drift-statistics.js";
import { escapeMarkdown, table } from "./escape.js";
import { fmt, fmtP } from "./format.js";
import { barChart, mermaidLabel } from "./mermaid.js";

/** Each tested distance as a bar, its threshold as a line over it. */
function thresholdChart(cols: DriftReport["columns"]): string {
  const n = (v: number | null) => (v === null || !Number.isFinite(v) ? "0" : Number(v.toPrecision(4)).toString());
  return [
    "```mermaid",
    "xychart-beta",
    `  title "drift score by column (bars) and threshold (line)"`,
    `  x-axis [${cols.map((c) => mermaidLabel(c.column)).join(", ")}]`,
    `  y-axis "distance"`,
    `  bar [${cols.map((c) => n(c.statistic)).join(", ")}]`,
    `  line [${cols.map((c) => n(c.threshold)).join(", ")}]`,
    "```",
  ].join("\n");
}

export interface Histogram {
  column: string;
  labels: string[];
  reference: number[];
  current: number[];
}

/** Reference vs current shares for the most drifted columns (numeric on Sturges bins). */
export function topHistograms(r: DriftReport, ref: Table, cur: Table, top = 3): Histogram[] {
  const out: Histogram[] = [];
  const score = (c: DriftReport["columns"][number]) =>
    c.p_value !== null ? -Math.log10(Math.max(c.p_value, 1e-300)) : (c.statistic ?? 0) / (c.threshold || 1);
  for (const c of r.columns
    .filter((c) => c.drifted)
    .sort((x, y) => score(y) - score(x))
    .slice(0, top)) {
    const a = asColumn(ref.data[c.column]);
    const b = asColumn(cur.data[c.column]);
    if (c.type === "numeric" && a.kind === "numeric" && b.kind === "numeric") {
      out.push({ column: c.column, ...numericBins(a, b) });
    } else {
      const { keys, p, q } = categoricalShares(valueCounts(a), valueCounts(b));
      out.push({ column: c.column, labels: keys.slice(0, 20), reference: p.slice(0, 20), current: q.slice(0, 20) });
    }
  }
  return out;
}

/** A check in which no column could be tested (all missing values, say) never passes. */
export function untested(r: DriftReport): boolean {
  return !r.columns.some((c) => c.stattest !== null);
}

export function driftMarkdown(r: DriftReport, model: string, env: string, histograms: Histogram[] = []): string {
  const out: string[] = [];
  const drifted = r.columns.filter((c) => c.drifted);
  const verdict = untested(r)
    ? "❌ Drift not checked: no column could be tested"
    : r.dataset_drift
      ? "⚠️ Data drift"
      : "✅ No dataset drift";
  out.push(`# ${verdict}: ${escapeMarkdown(model)} in ${escapeMarkdown(env)}`);
  out.push(
    `${drifted.length} of ${r.columns.filter((c) => c.stattest).length} columns drifted (share ${fmt(r.drift_share)}, threshold ${fmt(r.drift_share_threshold)}) · reference ${r.reference_rows} rows · current ${r.current_rows} rows`,
  );
  // Drifted first, then by how far past its threshold each column is.
  const score = (c: DriftReport["columns"][number]) =>
    c.statistic === null || c.threshold === null
      ? -Infinity
      : c.p_value !== null
        ? c.threshold - c.p_value
        : c.statistic - c.threshold;
  const sorted = [...r.columns].sort((a, b) => Number(b.drifted) - Number(a.drifted) || score(b) - score(a));
  out.push(
    table(
      ["", "column", "type", "test", "statistic", "p-value", "threshold", "note"],
      sorted.map((c) => [
        c.drifted ? "⚠️" : "✅",
        escapeMarkdown(c.column),
        c.type,
        c.stattest ?? "–",
        fmt(c.statistic),
        fmtP(c.p_value),
        fmt(c.threshold),
        escapeMarkdown(c.note ?? ""),
      ]),
    ),
  );
  const dist = sorted.filter((c) => c.stattest && c.p_value === null && c.statistic !== null);
  if (dist.length) out.push(thresholdChart(dist));
  for (const [what, c] of [
    ["Prediction drift", r.prediction_drift],
    ["Target drift", r.target_drift],
  ] as const) {
    if (c)
      out.push(
        `**${what}** (${escapeMarkdown(c.column)}): ${c.drifted ? "⚠️ drifted" : "✅ none"} — ${c.stattest ?? "not tested"} ${fmt(c.statistic)}${c.p_value !== null ? `, p=${fmtP(c.p_value)}` : ""}${c.note ? ` (${escapeMarkdown(c.note)})` : ""}`,
      );
  }
  for (const h of histograms) {
    out.push(`### ${escapeMarkdown(h.column)}: reference (first bars) vs current`);
    out.push(barChart(`${h.column} - share per bin`, h.labels, h.reference, "share", h.current));
  }
  if (r.id_columns?.length)
    out.push(`Identifiers, not tested and not in the share: ${r.id_columns.map(escapeMarkdown).join(", ")}`);
  if (r.missing_columns.length)
    out.push(`Missing in current data: ${r.missing_columns.map(escapeMarkdown).join(", ")}`);
  if (r.new_columns.length) out.push(`New in current data: ${r.new_columns.map(escapeMarkdown).join(", ")}`);
  return out.join("\n\n") + "\n";
}
