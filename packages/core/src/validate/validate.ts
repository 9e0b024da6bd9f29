import path from "node:path";
import { createHash } from "node:crypto";
import { readRows, type Cell } from "../data/read-table.js";
import { UserError } from "../errors.js";
import type { FieldSchema, TableSchema } from "./table-schema.js";
import { ColumnProfiler, type DatasetProfile } from "./profile.js";
import type { ValidateFunction } from "ajv";

export type Severity = "error" | "warning";

export interface Finding {
  check: string;
  column?: string;
  severity: Severity;
  message: string;
  count: number;
  examples: { file: string; line: number; value?: string }[];
}

export interface ValidationResult {
  rows: number;
  columns: string[];
  findings: Finding[];
  profile: DatasetProfile;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const INTEGER = /^[+-]?\d+$/;

/** True for a real calendar day (Date.parse accepts 2024-02-30 and rolls it over; we don't). */
function isCalendarDate(ymd: string): boolean {
  const [y, m, d] = ymd.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Converts a raw cell per the field type: returns a comparable value, or undefined when it does not parse. */
function typed(field: FieldSchema, raw: string): number | string | boolean | undefined {
  switch (field.type) {
    case "integer":
      return INTEGER.test(raw) ? Number(raw) : undefined;
    case "number": {
      const n = Number(raw);
      return raw.trim() !== "" && Number.isFinite(n) ? n : undefined;
    }
    case "boolean":
      if (/^(true|1|yes)$/i.test(raw)) return true;
      if (/^(false|0|no)$/i.test(raw)) return false;
      return undefined;
    case "date":
      return ISO_DATE.test(raw) && isCalendarDate(raw) ? raw : undefined;
    case "datetime":
      return ISO_DATETIME.test(raw) && isCalendarDate(raw.slice(0, 10)) && !Number.isNaN(Date.parse(raw)) ? raw : undefined;
    default:
      return raw;
  }
}

class Findings {
  private map = new Map<string, Finding>();
  constructor(private readonly maxExamples: number) {}
  add(check: string, column: string | undefined, severity: Severity, message: string, example?: { file: string; line: number; value?: string }): void {
    const key = `${check}\u0000${column ?? ""}`;
    let f = this.map.get(key);
    if (!f) {
      f = { check, column, severity, message, count: 0, examples: [] };
      this.map.set(key, f);
    }
    f.count++;
    if (example && f.examples.length < this.maxExamples) f.examples.push(example);
  }
  list(): Finding[] {
    return [...this.map.values()];
  }
}

function cellText(v: Cell | undefined): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === "string" ? v : String(v);
}

export interface ValidateOptions {
  format?: string;
  delimiter?: string;
  maxExamples?: number;
  /** A compiled JSON Schema every record is checked against (JSONL data). */
  recordSchema?: ValidateFunction;
}

/** Streams the files once, checking every row against the schema and building the profile. */
export async function validateTable(files: string[], schema: TableSchema | undefined, opts: ValidateOptions = {}): Promise<ValidationResult> {
  const findings = new Findings(opts.maxExamples ?? 5);
  const missing = new Set(schema?.missingValues ?? [""]);
  const fields = new Map((schema?.fields ?? []).map((f) => [f.name, f]));
  const patterns = new Map([...fields.values()].filter((f) => f.constraints.pattern).map((f) => [f.name, new RegExp(`^(?:${f.constraints.pattern})$`, "u")]));
  const uniques = new Map([...fields.values()].filter((f) => f.constraints.unique).map((f) => [f.name, new Map<string, number>()]));
  const pk = schema?.primaryKey === undefined ? [] : Array.isArray(schema.primaryKey) ? schema.primaryKey : [schema.primaryKey];
  const pkSeen = new Set<string>();
  const rowHashes = schema && !schema.allowDuplicateRows ? new Set<string>() : undefined;
  let columns: string[] | undefined;
  let profilers: ColumnProfiler[] = [];
  let rows = 0;

  for (const file of files) {
    const shown = path.relative(process.cwd(), file) || file;
    let fileColumns: string[] | undefined;
    for await (const row of readRows(file, { format: opts.format, delimiter: opts.delimiter })) {
      if (!fileColumns) {
        fileColumns = Object.keys(row.values);
        if (!columns) {
          columns = fileColumns;
          profilers = columns.map((c) => new ColumnProfiler(c));
          checkHeader(columns, schema, findings, shown, row.line - 1 || 1);
        } else if (fileColumns.join("\u0000") !== columns.join("\u0000")) {
          throw new UserError(`columns differ from the first file's (${columns.join(", ")})`, { file: shown, line: 1 });
        }
      }
      rows++;
      const cols = columns!;
      const where = { file: shown, line: row.line };
      for (let i = 0; i < cols.length; i++) {
        const col = cols[i];
        const raw = cellText(row.values[col]);
        const isNull = raw === null || missing.has(raw);
        const field = fields.get(col);
        profilers[i].add(isNull ? null : raw, isNull || (field && field.type !== "integer" && field.type !== "number") ? NaN : Number(raw));
        if (!field) continue;
        if (isNull) {
          if (field.constraints.required) findings.add("required", col, "error", "missing value in a required column", where);
          continue;
        }
        checkCell(field, raw!, findings, where, patterns.get(col), uniques.get(col));
      }
      if (opts.recordSchema && !opts.recordSchema(row.values)) {
        for (const err of opts.recordSchema.errors ?? []) {
          findings.add(`jsonSchema:${err.keyword}`, err.instancePath || "(record)", "error", err.message ?? "does not match the JSON Schema", where);
        }
      }
      if (pk.length) {
        const key = JSON.stringify(pk.map((c) => row.values[c] ?? null));
        if (pkSeen.has(key)) findings.add("primaryKey", pk.join(","), "error", "duplicate primary key", { ...where, value: key });
        else pkSeen.add(key);
      }
      if (rowHashes) {
        const h = createHash("sha1").update(JSON.stringify(cols.map((c) => row.values[c] ?? null))).digest("base64");
        if (rowHashes.has(h)) findings.add("duplicateRows", undefined, "error", "duplicate row", where);
        else rowHashes.add(h);
      }
    }
    if (!fileColumns) throw new UserError("the file has no rows (an empty file or a header only)", { file: shown, line: 1 });
  }

  const profile: DatasetProfile = { schema: "mlship/profile/v1", rows, columns: profilers.map((p) => p.result()) };
  if (schema) datasetChecks(schema, profile, findings);
  return { rows, columns: columns ?? [], findings: findings.list(), profile };
}

function checkHeader(columns: string[], schema: TableSchema | undefined, findings: Findings, file: string, line: number): void {
  if (!schema) return;
  for (const f of schema.fields) {
    if (!columns.includes(f.name)) findings.add("missingColumn", f.name, "error", "column declared in the schema is missing from the data", { file, line });
  }
  for (const c of columns) {
    if (!schema.fields.some((f) => f.name === c)) {
      findings.add("extraColumn", c, schema.allowExtraColumns ? "warning" : "error", "column not declared in the schema", { file, line });
    }
  }
}

function checkCell(
  field: FieldSchema,
  raw: string,
  findings: Findings,
  where: { file: string; line: number },
  pattern: RegExp | undefined,
  unique: Map<string, number> | undefined,
): void {
  const c = field.constraints;
  const ex = { ...where, value: raw.length > 60 ? raw.slice(0, 60) + "…" : raw };
  const value = typed(field, raw);
  if (value === undefined) {
    findings.add("type", field.name, "error", `not a valid ${field.type}`, ex);
    return;
  }
  if (c.minimum !== undefined && value < c.minimum) findings.add("minimum", field.name, "error", `below the minimum ${c.minimum}`, ex);
  if (c.maximum !== undefined && value > c.maximum) findings.add("maximum", field.name, "error", `above the maximum ${c.maximum}`, ex);
  if (c.enum && !c.enum.some((e) => String(e) === raw || e === value)) findings.add("enum", field.name, "error", `not one of ${c.enum.join(", ")}`, ex);
  if (pattern && !pattern.test(raw)) findings.add("pattern", field.name, "error", `does not match /${c.pattern}/`, ex);
  if (c.minLength !== undefined && [...raw].length < c.minLength) findings.add("minLength", field.name, "error", `shorter than ${c.minLength}`, ex);
  if (c.maxLength !== undefined && [...raw].length > c.maxLength) findings.add("maxLength", field.name, "error", `longer than ${c.maxLength}`, ex);
  if (unique) {
    const first = unique.get(raw);
    if (first !== undefined) findings.add("unique", field.name, "error", "value repeats (first seen on an earlier line)", ex);
    else unique.set(raw, where.line);
  }
}

function datasetChecks(schema: TableSchema, profile: DatasetProfile, findings: Findings): void {
  if (schema.rows?.min !== undefined && profile.rows < schema.rows.min) findings.add("rows", undefined, "error", `${profile.rows} rows, fewer than the minimum ${schema.rows.min}`);
  if (schema.rows?.max !== undefined && profile.rows > schema.rows.max) findings.add("rows", undefined, "error", `${profile.rows} rows, more than the maximum ${schema.rows.max}`);
  for (const col of profile.columns) {
    const field = schema.fields.find((f) => f.name === col.name);
    const limit = field?.maxNullFraction ?? schema.maxNullFraction;
    if (limit === undefined || col.count === 0) continue;
    const frac = col.nulls / col.count;
    if (frac > limit) findings.add("nullFraction", col.name, "error", `${(frac * 100).toFixed(2)}% missing, more than ${(limit * 100).toFixed(2)}%`);
  }
}
