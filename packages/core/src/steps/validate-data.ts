import path from "node:path";
import { UserError } from "../errors.js";
import { expandFiles } from "../data/expand-files.js";
import { loadProject, projectPath, type Project } from "../project.js";
import { validateTable, type DataEngine, type Finding } from "../validate/validate.js";
import type { DatasetProfile } from "../data/profile.js";
import { digestFiles } from "../util/digest.js";
import { writeFileAtomic, writeJsonAtomic } from "../util/fs-atomic.js";
import { profileJson } from "../data/profile-json.js";
import { loadRecordSchema, loadTableSchema } from "../validate/table-schema.js";
import { referenceProfile, schemaDiff, skew } from "../validate/reference.js";
import { validationMarkdown } from "../report/validate-data.js";
import { commonInputs, type Settings, type StepSpec } from "./inputs.js";
import type { StepHost } from "./host.js";
import type { Logger } from "../util/log.js";
import type { StepResult } from "./result.js";
import type { Step } from "./step.js";
import { type NamedQuery, profileQuery, querySource } from "../sql/query-source.js";
import { validateQuery } from "../sql/query-validate.js";
import { createHash } from "node:crypto";

export const validateDataSpec = {
  name: "validate-data",
  title: "mlship validate-data",
  description:
    "Check a dataset against its schema and constraints before it costs a GPU hour; writes a report and a profile.",
  inputs: {
    ...commonInputs,
    data: {
      description:
        "Data file(s) or glob(s), comma or newline separated, or sql:<name>, a query of data.sql that profiles the data where it lives (default: data.train from mlship.yml)",
      kind: "list",
    },
    schema: {
      description:
        "Table schema file, or a JSON Schema (.json) for JSONL records (default: data.schema from mlship.yml)",
    },
    reference: {
      description: "An earlier dataset, a saved profile.json or sql:<name>, for schema-change and skew checks",
    },
    format: {
      description: "auto (by extension), csv, tsv, jsonl or parquet",
      default: "auto",
      choices: ["auto", "csv", "tsv", "jsonl", "parquet"],
    },
    delimiter: { description: "Field delimiter for delimited text (default: ',' for .csv, tab for .tsv)" },
    engine: {
      description:
        "auto, builtin or duckdb: the engine that checks the data (default: data.engine from mlship.yml, else auto: DuckDB for a file of 256 MiB or more when @duckdb/node-api can be loaded)",
      choices: ["auto", "builtin", "duckdb"],
    },
    "fail-on-schema-change": {
      description: "Fail when columns were added, removed, renamed or retyped against the reference",
      kind: "boolean",
      default: "false",
    },
    "fail-on-skew": {
      description: "Fail when a column's distribution drifted from the reference",
      kind: "boolean",
      default: "false",
    },
    "fail-on": {
      description: "Fail on 'error' findings only, or on 'warning' too",
      default: "error",
      choices: ["error", "warning"],
    },
    "max-errors-shown": { description: "Examples shown per check and column", kind: "number", default: "5" },
  },
  outputs: {
    valid: { description: "true when no failing finding" },
    rows: { description: "Rows read" },
    digest: { description: "sha256 over the data files, in a stable order" },
    report: { description: "Path of the JSON report" },
    profile: { description: "Path of the saved column profile" },
  },
} as const satisfies StepSpec;

export type ValidateDataSettings = Settings<typeof validateDataSpec>;

export interface ValidateExtra {
  findings: Finding[];
  files: string[];
}

/**
 * The name a dataset's report and profile are saved under, so validating one dataset never
 * overwrites another's: the data role in mlship.yml (train, test, reference) when the files are
 * exactly that role's, else the first file's name (plus how many more), made safe for a path.
 */
async function datasetName(project: Project, files: string[]): Promise<string> {
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((f) => b.includes(f));
  for (const [role, pattern] of Object.entries(project.config.data)) {
    if (role === "schema" || role === "engine" || typeof pattern !== "string") continue;
    const roleFiles = await expandFiles([pattern], project.dir, "data").catch(() => [] as string[]);
    if (
      roleFiles.length &&
      same(
        roleFiles.map((f) => path.resolve(f)),
        files.map((f) => path.resolve(f)),
      )
    )
      return role;
  }
  const base =
    path
      .basename(files[0])
      .replace(/\.(csv|tsv|jsonl|parquet)(\.gz)?$/i, "")
      .replace(/[^A-Za-z0-9._-]+/g, "_")
      .replace(/^\.+/, "") || "data";
  return files.length > 1 ? `${base}+${files.length - 1}` : base;
}

/** The name a query's report and profile are saved under: its data role when mlship.yml names it there, else sql-<name>. */
function queryName(project: Project, text: string, query: NamedQuery): string {
  for (const [role, value] of Object.entries(project.config.data))
    if (role !== "schema" && role !== "engine" && value === text) return role;
  return `sql-${query.name.replace(/^\.+/, "")}`;
}

/**
 * What stands for a query's digest: the sha256 of the profile its answers made (the same answers
 * give the same digest; a warehouse whose sketches vary between runs varies it too).
 */
function queryDigest(profile: DatasetProfile): { digest: string; files: { path: string; sha256: string }[] } {
  const hash = createHash("sha256");
  for (const part of profileJson(profile)) hash.update(part);
  return { digest: `sha256:${hash.digest("hex")}`, files: [] };
}

/**
 * The profile validate-data saves for the project's training data (data.train, checked against
 * data.schema), and the sha256 of each file read: register attaches it to the model, so drift
 * can later compare with the data a serving model was trained on without that data in git.
 */
export async function trainingDataProfile(
  project: Project,
  log: Logger,
): Promise<{ profile: DatasetProfile; files: { path: string; sha256: string }[] } | undefined> {
  const pattern = project.config.data.train;
  if (!pattern) return undefined;
  const schemaFile = project.config.data.schema ? projectPath(project, project.config.data.schema) : undefined;
  const recordSchema = schemaFile ? await loadRecordSchema(schemaFile) : undefined;
  const schema = schemaFile && !recordSchema ? await loadTableSchema(schemaFile) : undefined;
  const query = querySource(project.config, pattern, "data.train");
  if (query) return { profile: (await profileQuery(query, { cwd: project.dir, schema, log })).profile, files: [] };
  const files = await expandFiles([pattern], project.dir, "data.train");
  const result = await validateTable(files, schema, { recordSchema });
  const digest = await digestFiles(files);
  return { profile: result.profile, files: digest.files };
}

export async function validateDataStep(s: ValidateDataSettings, host: StepHost): Promise<StepResult<ValidateExtra>> {
  const project = await loadProject(s.config, { optional: true });
  const dataPatterns = s.data ?? (project.config.data.train ? [project.config.data.train] : undefined);
  if (!dataPatterns?.length)
    throw new UserError("no data to validate: pass 'data' or set data.train in mlship.yml", { input: "data" });
  const dataInput = s.data ? "data" : "data.train";
  const queries = dataPatterns.map((p) => querySource(project.config, p, dataInput));
  const query = queries[0];
  if (queries.some(Boolean) && dataPatterns.length > 1)
    throw new UserError("a query (sql:<name>) is validated alone: name one query, or files", { input: dataInput });
  const files = query ? [] : await expandFiles(dataPatterns, s.data ? process.cwd() : project.dir, "data");
  const schemaFile = s.schema
    ? path.resolve(s.schema)
    : project.config.data.schema
      ? projectPath(project, project.config.data.schema)
      : undefined;
  const recordSchema = schemaFile ? await loadRecordSchema(schemaFile) : undefined;
  const schema = schemaFile && !recordSchema ? await loadTableSchema(schemaFile) : undefined;
  if (!schema && !recordSchema) host.log.warning("no schema given: only reading the data and profiling it");

  if (query && recordSchema)
    throw new UserError(`sql:${query.name}: a JSON Schema checks each record, which stays in the warehouse`, {
      input: "schema",
    });
  const result = await host.log.group(query ? `validate sql:${query.name}` : `validate ${files.length} file(s)`, () =>
    query
      ? validateQuery(query, schema, { cwd: project.dir, log: host.log })
      : validateTable(files, schema, {
          format: s.format,
          delimiter: s.delimiter,
          maxExamples: s["max-errors-shown"],
          recordSchema,
          dataEngine: (s.engine as DataEngine | undefined) ?? project.config.data.engine ?? "auto",
          duckdbPath: host.settings.duckdbPath,
        }),
  );
  if (s.reference) {
    const refQuery = querySource(project.config, s.reference, "reference");
    const ref = await host.log.group("compare with the reference", async () =>
      refQuery
        ? (await profileQuery(refQuery, { cwd: project.dir, schema, log: host.log })).profile
        : referenceProfile(await expandFiles([s.reference!], process.cwd(), "reference"), s.format),
    );
    const diff = schemaDiff(ref, result.profile);
    const sev = s["fail-on-schema-change"] ? "error" : "warning";
    const f = (check: string, column: string, message: string) =>
      result.findings.push({ check, column, severity: sev, message, count: 1, examples: [] });
    for (const c of diff.added) f("schemaChange", c, "column added since the reference");
    for (const c of diff.removed) f("schemaChange", c, "column removed since the reference");
    for (const r of diff.renamed) f("schemaChange", `${r.from} → ${r.to}`, "looks renamed (same type, similar values)");
    for (const r of diff.retyped) f("schemaChange", r.column, `type changed from ${r.from} to ${r.to}`);
    for (const d of skew(ref, result.profile).filter((x) => x.drifted)) {
      result.findings.push({
        check: "skew",
        column: d.column,
        severity: s["fail-on-skew"] ? "error" : "warning",
        message: `${d.stattest} ${d.statistic?.toFixed(4)} ≥ ${d.threshold} against the reference`,
        count: 1,
        examples: [],
      });
    }
  }
  const digest = query ? queryDigest(result.profile) : await digestFiles(files);
  const outDir = path.join(project.stateDir, "validation");
  const name = query ? queryName(project, dataPatterns[0], query) : await datasetName(project, files);
  const reportPath = path.join(outDir, `${name}.report.json`);
  const profilePath = path.join(outDir, `${name}.profile.json`);
  const failing = result.findings.filter((f) => f.severity === "error" || s["fail-on"] === "warning");
  await writeJsonAtomic(reportPath, {
    schema: "mlship/validation/v1",
    ...(query && { source: `sql:${query.name}` }),
    files: digest.files,
    digest: digest.digest,
    rows: result.rows,
    columns: result.columns,
    valid: failing.length === 0,
    findings: result.findings,
  });
  await writeFileAtomic(profilePath, profileJson(result.profile));

  for (const f of result.findings.slice(0, 10)) {
    const ex = f.examples[0];
    const msg = `${f.check}${f.column ? ` (${f.column})` : ""}: ${f.message} — ${f.count} time(s)`;
    const where = ex ? { file: ex.file, line: ex.line, title: "mlship validate-data" } : undefined;
    f.severity === "error" ? host.log.error(msg, where) : host.log.warning(msg, where);
  }
  if (result.findings.length > 10) host.log.warning(`${result.findings.length - 10} more finding(s) in ${reportPath}`);

  const summary = validationMarkdown({
    passed: failing.length === 0,
    rows: result.rows,
    files: query ? [`sql:${query.name}`] : files,
    digest: digest.digest,
    findings: result.findings,
    profile: result.profile,
    schema,
  });
  return {
    ok: failing.length === 0,
    failure: failing.length
      ? `${failing.length} check(s) failed: ${failing.map((f) => `${f.check}${f.column ? `(${f.column})` : ""}`).join(", ")}`
      : undefined,
    outputs: {
      valid: String(failing.length === 0),
      rows: String(result.rows),
      digest: digest.digest,
      report: reportPath,
      profile: profilePath,
    },
    summary,
    extra: { findings: result.findings, files },
  };
}

/** The validate-data step: its spec and its run. */
export const validateData: Step<typeof validateDataSpec, ValidateExtra> = {
  spec: validateDataSpec,
  run: validateDataStep,
};
