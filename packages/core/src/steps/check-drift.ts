import path from "node:path";
import { UserError } from "../errors.js";
import { loadProject } from "../project.js";
import { readColumns } from "../data/read-table.js";
import { datasetDrift, type DriftReport, type StatTest } from "../drift/check.js";
import { writeFileAtomic, writeJsonAtomic } from "../util/fs-atomic.js";
import { escapeMarkdown, table } from "../report/escape.js";
import { fmt, marker } from "../report/format.js";
import { barChart } from "../report/mermaid.js";
import { assertEnvironment } from "../model-id.js";
import { parseInputs } from "./inputs.js";
import { checkDriftSpec } from "./specs.js";
import type { StepHost, StepResult } from "./result.js";

export type CheckDriftSettings = ReturnType<typeof parseInputs<typeof checkDriftSpec>>;

export interface DriftExtra {
  report: DriftReport;
  markdown: string;
  marker: string;
  model: string;
  environment: string;
}

export function driftMarkdown(r: DriftReport, model: string, env: string, mark?: string): string {
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
  if (dist.length) out.push(barChart("distance by column (threshold 0.1)", dist.map((c) => c.column), dist.map((c) => c.statistic ?? 0), "distance"));
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
  const [ref, cur] = await host.log.group("read reference and current data", () => Promise.all([readColumns(reference), readColumns(current)]));
  const report = datasetDrift(ref, cur, {
    columns: s.columns ?? d.columns,
    stattest: (s.stattest ?? d.stattest) as StatTest | "auto",
    threshold: s.threshold ?? d.threshold,
    driftShare: s["drift-share"] ?? d["drift-share"],
  });
  const outDir = path.join(project.stateDir, "drift");
  const reportPath = path.join(outDir, `${env}.json`);
  const mdPath = path.join(outDir, `${env}.md`);
  const mark = marker("drift", `${model}@${env}`);
  const markdown = driftMarkdown(report, model, env, mark);
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
