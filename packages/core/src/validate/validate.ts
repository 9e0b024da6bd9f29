import path from "node:path";
import { createHash } from "node:crypto";
import { detectFormat, readRows, type Cell } from "../data/read-table.js";
import { FastCsvUnsupported, scanCsv } from "../data/fast-csv.js";
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
  /** "auto" scans delimited text with the byte scanner; "csv-parse" forces the general reader. */
  engine?: "auto" | "csv-parse";
}

/** Streams the files once, checking every row against the schema and building the profile. */
export async function validateTable(files: string[], schema: TableSchema | undefined, opts: ValidateOptions = {}): Promise<ValidationResult> {
  // Delimited text goes through the byte scanner; anything it does not accept is validated again
  // from the start through csv-parse, which reports the exact error.
  const delimited = files.every((f) => ["csv", "tsv"].includes(detectFormat(f, opts.format)));
  if (opts.engine !== "csv-parse" && delimited && (opts.delimiter === undefined || Buffer.byteLength(opts.delimiter) === 1)) {
    try {
      return await validateRows(files, schema, opts, true);
    } catch (e) {
      if (!(e instanceof FastCsvUnsupported)) throw e;
    }
  }
  return validateRows(files, schema, opts, false);
}

/** Rows of one file as arrays in header order, from the byte scanner or the general readers. */
async function* rowsOf(file: string, opts: ValidateOptions, fast: boolean): AsyncGenerator<{ header: string[]; lines: number[]; rows: Cell[][]; records?: Record<string, Cell>[] }> {
  if (fast) {
    const delimiter = opts.delimiter ?? (detectFormat(file, opts.format) === "tsv" ? "\t" : ",");
    for await (const b of scanCsv(file, delimiter, undefined)) {
      if (b.header) {
        const seen = new Set<string>();
        for (const h of b.header) {
          if (seen.has(h)) throw new FastCsvUnsupported("duplicate header");
          seen.add(h);
        }
        yield { header: b.header, lines: b.lines, rows: b.rows };
      }
    }
    return;
  }
  let header: string[] | undefined;
  for await (const row of readRows(file, { format: opts.format, delimiter: opts.delimiter })) {
    header ??= Object.keys(row.values);
    yield { header, lines: [row.line], rows: [header.map((c) => row.values[c] ?? null)], records: [row.values] };
  }
}

async function validateRows(files: string[], schema: TableSchema | undefined, opts: ValidateOptions, fast: boolean): Promise<ValidationResult> {
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
  let colFields: (FieldSchema | undefined)[] = [];
  let pkIdx: number[] = [];
  let rows = 0;

  for (const file of files) {
    const shown = path.relative(process.cwd(), file) || file;
    let seenHeader = false;
    for await (const batch of rowsOf(file, opts, fast)) {
      if (!seenHeader) {
        seenHeader = true;
        if (!columns) {
          columns = batch.header;
          profilers = columns.map((c) => new ColumnProfiler(c));
          colFields = columns.map((c) => fields.get(c));
          pkIdx = pk.map((c) => columns!.indexOf(c));
          checkHeader(columns, schema, findings, shown, 1);
        } else if (batch.header.join("\u0000") !== columns.join("\u0000")) {
          throw new UserError(`columns differ from the first file's (${columns.join(", ")})`, { file: shown, line: 1 });
        }
      }
      const cols = columns!;
      for (let r = 0; r < batch.rows.length; r++) {
        const values = batch.rows[r];
        rows++;
        const where = { file: shown, line: batch.lines[r] };
        for (let i = 0; i < cols.length; i++) {
          const raw = cellText(values[i]);
          const isNull = raw === null || missing.has(raw);
          const field = colFields[i];
          profilers[i].add(isNull ? null : raw, isNull || (field && field.type !== "integer" && field.type !== "number") ? NaN : Number(raw));
          if (!field) continue;
          if (isNull) {
            if (field.constraints.required) findings.add("required", field.name, "error", "missing value in a required column", where);
            continue;
          }
          checkCell(field, raw!, findings, where, patterns.get(field.name), uniques.get(field.name));
        }
        if (opts.recordSchema) {
          const record = batch.records?.[r] ?? Object.fromEntries(cols.map((c, i) => [c, values[i]]));
          if (!opts.recordSchema(record)) {
            for (const err of opts.recordSchema.errors ?? []) findings.add(`jsonSchema:${err.keyword}`, err.instancePath || "(record)", "error", err.message ?? "does not match the JSON Schema", where);
          }
        }
        if (pkIdx.length) {
          const key = JSON.stringify(pkIdx.map((i) => values[i] ?? null));
          if (pkSeen.has(key)) findings.add("primaryKey", pk.join(","), "error", "duplicate primary key", { ...where, value: key });
          else pkSeen.add(key);
        }
        if (rowHashes) {
          const h = createHash("sha1").update(JSON.stringify(values)).digest("base64");
          if (rowHashes.has(h)) findings.add("duplicateRows", undefined, "error", "duplicate row", where);
          else rowHashes.add(h);
        }
      }
    }
    if (!seenHeader || rows === 0) throw new UserError("the file has no rows (an empty file or a header only)", { file: shown, line: 1 });
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
