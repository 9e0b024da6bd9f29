import path from "node:path";
import { UserError } from "../errors.js";
import { loadProject } from "../project.js";
import { readColumns } from "../data/read-table.js";
import { datasetDrift, type DriftReport, type StatTest, type Table } from "../drift/check.js";
import { isProfile } from "../drift/profile-drift.js";
import { categoricalShares, numericShares } from "../stats/drift-statistics.js";
import { readProfileFile, type DatasetProfile } from "../data/profile.js";
import type { Cell } from "../data/read-table.js";
import { writeFileAtomic, writeJsonAtomic } from "../util/fs-atomic.js";
import { escapeMarkdown, table } from "../report/escape.js";
import { fmt, marker } from "../report/format.js";
import { barChart, mermaidLabel } from "../report/mermaid.js";
import { assertEnvironment } from "../model-id.js";
import { parseInputs } from "./inputs.js";
import { checkDriftSpec } from "./specs.js";
import type { StepHost } from "./host.js";
import type { StepResult } from "./result.js";

export type CheckDriftSettings = ReturnType<typeof parseInputs<typeof checkDriftSpec>>;

export interface DriftExtra {
  report: DriftReport;
  markdown: string;
  marker: string;
  model: string;
  environment: string;
}

/** A reference is a dataset, or a profile.json saved by validate-data. */
async function readReference(file: string): Promise<Table | DatasetProfile> {
  if (file.toLowerCase().endsWith(".json")) return readProfileFile(file);
  return readColumns(file);
}

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

interface Histogram {
  column: string;
  labels: string[];
  reference: number[];
  current: number[];
}

/** Reference vs current shares for the most drifted columns (numeric on Sturges bins). */
function topHistograms(r: DriftReport, ref: Table, cur: Table, top = 3): Histogram[] {
  const out: Histogram[] = [];
  const score = (c: DriftReport["columns"][number]) => (c.p_value !== null ? -Math.log10(Math.max(c.p_value, 1e-300)) : (c.statistic ?? 0) / (c.threshold || 1));
  for (const c of r.columns.filter((c) => c.drifted).sort((x, y) => score(y) - score(x)).slice(0, top)) {
    const a = ref.data[c.column].filter((v) => v !== null && v !== "");
    const b = cur.data[c.column].filter((v) => v !== null && v !== "");
    if (c.type === "numeric") {
      const sa = Float64Array.from(a, Number).sort(), sb = Float64Array.from(b, Number).sort();
      const { p, q } = numericShares(sa, sb);
      const lo = Math.min(sa[0], sb[0]), hi = Math.max(sa[sa.length - 1], sb[sb.length - 1]);
      const w = (hi - lo) / p.length;
      out.push({ column: c.column, labels: p.map((_, i) => (lo + (i + 0.5) * w).toPrecision(3)), reference: p, current: q });
    } else {
      const count = (xs: Cell[]) => xs.reduce((m, v) => m.set(String(v), (m.get(String(v)) ?? 0) + 1), new Map<string, number>());
      const { keys, p, q } = categoricalShares(count(a), count(b));
      out.push({ column: c.column, labels: keys.slice(0, 20), reference: p.slice(0, 20), current: q.slice(0, 20) });
    }
  }
  return out;
}

export function driftMarkdown(r: DriftReport, model: string, env: string, mark?: string, histograms: Histogram[] = []): string {
  const out: string[] = [];
  if (mark) out.push(mark);
  const drifted = r.columns.filter((c) => c.drifted);
  out.push(`# ${r.dataset_drift ? "⚠️ Data drift" : "✅ No dataset drift"}: ${escapeMarkdown(model)} in ${escapeMarkdown(env)}`);
  out.push(`${drifted.length} of ${r.columns.filter((c) => c.stattest).length} columns drifted (share ${fmt(r.drift_share)}, threshold ${fmt(r.drift_share_threshold)}) · reference ${r.reference_rows} rows · current ${r.current_rows} rows`);
  // Drifted first, then by how far past its threshold each column is.
  const score = (c: DriftReport["columns"][number]) => (c.statistic === null || c.threshold === null ? -Infinity : c.p_value !== null ? c.threshold - c.p_value : c.statistic - c.threshold);
  const sorted = [...r.columns].sort((a, b) => Number(b.drifted) - Number(a.drifted) || score(b) - score(a));
  out.push(
    table(
      ["", "column", "type", "test", "statistic", "p-value", "threshold", "note"],
      sorted.map((c) => [c.drifted ? "⚠️" : "✅", escapeMarkdown(c.column), c.type, c.stattest ?? "–", fmt(c.statistic), fmt(c.p_value), fmt(c.threshold), escapeMarkdown(c.note ?? "")]),
    ),
  );
  const dist = sorted.filter((c) => c.stattest && c.p_value === null && c.statistic !== null);
  if (dist.length) out.push(thresholdChart(dist));
  for (const [what, c] of [["Prediction drift", r.prediction_drift], ["Target drift", r.target_drift]] as const) {
    if (c) out.push(`**${what}** (${escapeMarkdown(c.column)}): ${c.drifted ? "⚠️ drifted" : "✅ none"} — ${c.stattest ?? "not tested"} ${fmt(c.statistic)}${c.p_value !== null ? `, p=${fmt(c.p_value)}` : ""}${c.note ? ` (${escapeMarkdown(c.note)})` : ""}`);
  }
  for (const h of histograms) {
    out.push(`### ${escapeMarkdown(h.column)}: reference (first bars) vs current`);
    out.push(barChart(`${h.column} - share per bin`, h.labels, h.reference, "share", h.current));
  }
  if (r.missing_columns.length) out.push(`Missing in current data: ${r.missing_columns.map(escapeMarkdown).join(", ")}`);
  if (r.new_columns.length) out.push(`New in current data: ${r.new_columns.map(escapeMarkdown).join(", ")}`);
  return out.join("\n\n") + "\n";
}

export async function checkDriftStep(s: CheckDriftSettings, host: StepHost): Promise<StepResult<DriftExtra>> {
  const project = await loadProject(s.config, { optional: true });
  const d = project.config.drift;
  const fromCfg = (p: string | undefined) => (p ? path.resolve(project.dir, p) : undefined);
  const reference = s.reference ? path.resolve(s.reference) : fromCfg(d.reference ?? project.config.data.reference ?? project.config.data.train);
  const current = s.current ? path.resolve(s.current) : fromCfg(d.current);
  if (!reference) throw new UserError("no reference data: pass 'reference' or set drift.reference", { input: "reference" });
  if (!current) throw new UserError("no current data: pass 'current' or set drift.current", { input: "current" });
  const env = assertEnvironment(s.environment, "environment");
  const model = s.model ?? project.config.model ?? "model";
  const [ref, cur] = await host.log.group("read reference and current data", () => Promise.all([readReference(reference), readColumns(current)]));
  const report = datasetDrift(ref, cur, {
    columns: s.columns ?? d.columns,
    stattest: (s.stattest ?? d.stattest) as StatTest | "auto",
    threshold: s.threshold ?? d.threshold,
    driftShare: s["drift-share"] ?? d["drift-share"],
    perColumn: d["per-column"],
    predictionColumn: s["prediction-column"] ?? d["prediction-column"],
    targetColumn: s["target-column"] ?? d["target-column"],
  });
  const histograms = isProfile(ref) ? [] : topHistograms(report, ref, cur);
  const outDir = path.join(project.stateDir, "drift");
  const reportPath = path.join(outDir, `${env}.json`);
  const mdPath = path.join(outDir, `${env}.md`);
  const mark = marker("drift", `${model}@${env}`);
  const markdown = driftMarkdown(report, model, env, mark, histograms);
  await writeJsonAtomic(reportPath, { schema: "mlship/drift/v1", model, environment: env, reference, current, ...report });
  await writeFileAtomic(mdPath, markdown);
  for (const c of report.columns.filter((c) => c.drifted).slice(0, 10)) host.log.warning(`drift in '${c.column}': ${c.stattest} ${fmt(c.statistic)}${c.p_value !== null ? ` (p=${fmt(c.p_value)})` : ""}`);
  return {
    // Drift is a finding, not a failure of the step: the workflow decides what to do with `drifted`.
    ok: true,
    outputs: { drifted: String(report.dataset_drift), "drift-share": String(report.drift_share), report: reportPath, markdown: mdPath },
    summary: markdown,
    extra: { report, markdown, marker: mark, model, environment: env },
  };
}
