import path from "node:path";
import { glob } from "tinyglobby";
import { UserError } from "../errors.js";
import { loadProject, projectPath } from "../project.js";
import { digestFiles } from "../util/digest.js";
import { writeJsonAtomic } from "../util/fs-atomic.js";
import { loadTableSchema } from "../validate/table-schema.js";
import { validateTable, type Finding } from "../validate/validate.js";
import { escapeMarkdown, table } from "../report/escape.js";
import { parseInputs } from "./inputs.js";
import { validateDataSpec } from "./specs.js";
import type { StepHost, StepResult } from "./result.js";

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
  const schema = schemaFile ? await loadTableSchema(schemaFile) : undefined;
  if (!schema) host.log.warning("no schema given: only reading the data and profiling it");

  const result = await host.log.group(`validate ${files.length} file(s)`, () => validateTable(files, schema, { format: s.format, maxExamples: s["max-errors-shown"] }));
  if (s.reference) {
    host.log.notice("reference comparison (schema change, skew) is not part of this version yet; the reference was not read");
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
  return {
    ok: failing.length === 0,
    failure: failing.length ? `${failing.length} check(s) failed: ${failing.map((f) => `${f.check}${f.column ? `(${f.column})` : ""}`).join(", ")}` : undefined,
    outputs: { valid: String(failing.length === 0), rows: String(result.rows), digest: digest.digest, report: reportPath, profile: profilePath },
    summary: lines.join("\n\n") + "\n",
    extra: { findings: result.findings, files },
  };
}
