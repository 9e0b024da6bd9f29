import path from "node:path";
import { glob } from "tinyglobby";
import { UserError } from "../errors.js";
import { loadProject, projectPath } from "../project.js";
import { digestFiles } from "../util/digest.js";
import { writeJsonAtomic } from "../util/fs-atomic.js";
import { loadRecordSchema, loadTableSchema, type TableSchema } from "../validate/table-schema.js";
import type { ColumnProfile } from "../data/profile.js";
import { referenceProfile, schemaDiff, skew } from "../validate/reference.js";
import { validateTable, type Finding } from "../validate/validate.js";
import { escapeMarkdown, table } from "../report/escape.js";
import { barChart } from "../report/mermaid.js";
import { parseInputs } from "./inputs.js";
import { validateDataSpec } from "./specs.js";
import type { StepHost } from "./host.js";
import type { StepResult } from "./result.js";

export type ValidateDataSettings = ReturnType<typeof parseInputs<typeof validateDataSpec>>;

/** Expands globs (node's fs.glob) and keeps plain paths; several files validate as one dataset. */
export async function expandFiles(patterns: string[], baseDir: string, input: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of patterns) {
    if (/[*?[{]/.test(p)) {
      const hits = (await glob(p, { cwd: baseDir, absolute: true, onlyFiles: true })).map((f) => path.resolve(f));
      if (hits.length === 0) throw new UserError(`no file matches '${p}'`, { input });
      out.push(...hits.sort());
    } else out.push(path.resolve(baseDir, p));
  }
  return [...new Set(out)];
}

/** Per column: pass or fail, what was checked, and what the profile saw (in a fold when the table is long). */
function columnOverview(columns: ColumnProfile[], findings: Finding[], schema: TableSchema | undefined): string {
  const num = (v: number | undefined) => (v === undefined ? "" : String(Number(v.toPrecision(6))));
  const rows = columns.map((c) => {
    const own = findings.filter((f) => f.column === c.name);
    const status = own.some((f) => f.severity === "error") ? "❌" : own.length ? "⚠️" : "✅";
    const field = schema?.fields.find((f) => f.name === c.name);
    const checks = field ? [field.type, ...Object.keys(field.constraints)].join(" · ") : "not in the schema";
    const missing = c.count ? `${((100 * c.nulls) / c.count).toFixed(1)}%` : "–";
    const range = c.min !== undefined ? `${num(c.min)} … ${num(c.max)}` : "–";
    return [status, escapeMarkdown(c.name), escapeMarkdown(checks), missing, `${c.distinctCapped ? "≈" : ""}${c.distinct}`, range];
  });
  const t = table(["", "column", "checked", "missing", "distinct", "range"], rows);
  return columns.length > 12 ? `<details><summary>${columns.length} columns</summary>\n\n${t}\n\n</details>` : t;
}

/** The share of missing values of the columns that have any (the 30 with most), as a bar chart. */
function missingChart(columns: ColumnProfile[]): string | undefined {
  const gaps = columns.filter((c) => c.nulls > 0 && c.count > 0).sort((a, b) => b.nulls / b.count - a.nulls / a.count).slice(0, 30);
  if (gaps.length === 0) return undefined;
  return barChart("missing values per column (%)", gaps.map((c) => c.name), gaps.map((c) => (100 * c.nulls) / c.count), "%");
}

export interface ValidateExtra {
  findings: Finding[];
  files: string[];
}

export async function validateDataStep(s: ValidateDataSettings, host: StepHost): Promise<StepResult<ValidateExtra>> {
  const project = await loadProject(s.config, { optional: true });
  const dataPatterns = s.data ?? (project.config.data.train ? [project.config.data.train] : undefined);
  if (!dataPatterns?.length) throw new UserError("no data to validate: pass 'data' or set data.train in mlship.yml", { input: "data" });
  const files = await expandFiles(dataPatterns, s.data ? process.cwd() : project.dir, "data");
  const schemaFile = s.schema ? path.resolve(s.schema) : project.config.data.schema ? projectPath(project, project.config.data.schema) : undefined;
  const recordSchema = schemaFile ? await loadRecordSchema(schemaFile) : undefined;
  const schema = schemaFile && !recordSchema ? await loadTableSchema(schemaFile) : undefined;
  if (!schema && !recordSchema) host.log.warning("no schema given: only reading the data and profiling it");

  const result = await host.log.group(`validate ${files.length} file(s)`, () =>
    validateTable(files, schema, { format: s.format, delimiter: s.delimiter, maxExamples: s["max-errors-shown"], recordSchema }),
  );
  if (s.reference) {
    const ref = await host.log.group("compare with the reference", async () => referenceProfile(await expandFiles([s.reference!], process.cwd(), "reference"), s.format));
    const diff = schemaDiff(ref, result.profile);
    const sev = s["fail-on-schema-change"] ? "error" : "warning";
    const f = (check: string, column: string, message: string) => result.findings.push({ check, column, severity: sev, message, count: 1, examples: [] });
    for (const c of diff.added) f("schemaChange", c, "column added since the reference");
    for (const c of diff.removed) f("schemaChange", c, "column removed since the reference");
    for (const r of diff.renamed) f("schemaChange", `${r.from} → ${r.to}`, "looks renamed (same type, similar values)");
    for (const r of diff.retyped) f("schemaChange", r.column, `type changed from ${r.from} to ${r.to}`);
    for (const d of skew(ref, result.profile).filter((x) => x.drifted)) {
      result.findings.push({ check: "skew", column: d.column, severity: s["fail-on-skew"] ? "error" : "warning", message: `${d.stattest} ${d.statistic?.toFixed(4)} ≥ ${d.threshold} against the reference`, count: 1, examples: [] });
    }
  }
  const digest = await digestFiles(files);
  const outDir = path.join(project.stateDir, "validation");
  const reportPath = path.join(outDir, "report.json");
  const profilePath = path.join(outDir, "profile.json");
  const failing = result.findings.filter((f) => f.severity === "error" || s["fail-on"] === "warning");
  await writeJsonAtomic(reportPath, { schema: "mlship/validation/v1", files: digest.files, digest: digest.digest, rows: result.rows, columns: result.columns, valid: failing.length === 0, findings: result.findings });
  await writeJsonAtomic(profilePath, result.profile);

  for (const f of result.findings.slice(0, 10)) {
    const ex = f.examples[0];
    const msg = `${f.check}${f.column ? ` (${f.column})` : ""}: ${f.message} — ${f.count} time(s)`;
    const where = ex ? { file: ex.file, line: ex.line, title: "mlship validate-data" } : undefined;
    f.severity === "error" ? host.log.error(msg, where) : host.log.warning(msg, where);
  }
  if (result.findings.length > 10) host.log.warning(`${result.findings.length - 10} more finding(s) in ${reportPath}`);

  const lines = [`## ${failing.length === 0 ? "✅" : "❌"} Data validation`, `${result.rows} rows · ${result.columns.length} columns · ${files.length} file(s) · digest \`${digest.digest.slice(0, 19)}…\``];
  if (result.findings.length) {
    lines.push(
      table(
        ["", "check", "column", "count", "first examples"],
        result.findings.map((f) => [
          f.severity === "error" ? "❌" : "⚠️",
          escapeMarkdown(f.check),
          escapeMarkdown(f.column ?? "–"),
          String(f.count),
          f.examples.map((e) => `${escapeMarkdown(path.basename(e.file))}:${e.line}${e.value !== undefined ? ` \`${escapeMarkdown(e.value).replace(/`/g, "'")}\`` : ""}`).join(", ") || "–",
        ]),
      ),
    );
  } else lines.push("Every check passed.");
  lines.push(columnOverview(result.profile.columns, result.findings, schema));
  const gaps = missingChart(result.profile.columns);
  if (gaps) lines.push(gaps);
  return {
    ok: failing.length === 0,
    failure: failing.length ? `${failing.length} check(s) failed: ${failing.map((f) => `${f.check}${f.column ? `(${f.column})` : ""}`).join(", ")}` : undefined,
    outputs: { valid: String(failing.length === 0), rows: String(result.rows), digest: digest.digest, report: reportPath, profile: profilePath },
    summary: lines.join("\n\n") + "\n",
    extra: { findings: result.findings, files },
  };
}
