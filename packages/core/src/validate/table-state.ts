import { createHash } from "node:crypto";
import { UniqueNumbers } from "./unique-numbers.js";
import type { ValidateFunction } from "ajv";
import type { Cell } from "../data/read-table.js";
import { UserError } from "../errors.js";
import type { FieldSchema, TableSchema } from "./table-schema.js";
import { ColumnProfiler, type DatasetProfile } from "../data/profile.js";

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
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
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
      return ISO_DATETIME.test(raw) && isCalendarDate(raw.slice(0, 10)) && !Number.isNaN(Date.parse(raw))
        ? raw
        : undefined;
    default:
      return raw;
  }
}

export function isNumericField(field: FieldSchema | undefined): boolean {
  return field?.type === "integer" || field?.type === "number";
}

/** One failed check of a cell value, independent of where the cell is. */
export interface CellIssue {
  check: string;
  message: string;
}

/** The checks of one present value against its field (all but `unique`, which depends on earlier rows). */
export function cellIssues(field: FieldSchema, raw: string, pattern: RegExp | undefined): CellIssue[] {
  const c = field.constraints;
  const value = typed(field, raw);
  if (value === undefined) return [{ check: "type", message: `not a valid ${field.type}` }];
  const issues: CellIssue[] = [];
  if (c.minimum !== undefined && value < c.minimum)
    issues.push({ check: "minimum", message: `below the minimum ${c.minimum}` });
  if (c.maximum !== undefined && value > c.maximum)
    issues.push({ check: "maximum", message: `above the maximum ${c.maximum}` });
  if (c.enum && !c.enum.some((e) => String(e) === raw || e === value))
    issues.push({ check: "enum", message: `not one of ${c.enum.join(", ")}` });
  if (pattern && !pattern.test(raw)) issues.push({ check: "pattern", message: `does not match /${c.pattern}/` });
  if (c.minLength !== undefined && [...raw].length < c.minLength)
    issues.push({ check: "minLength", message: `shorter than ${c.minLength}` });
  if (c.maxLength !== undefined && [...raw].length > c.maxLength)
    issues.push({ check: "maxLength", message: `longer than ${c.maxLength}` });
  return issues;
}

/** Where a finding first occurred: file (in reading order), line, column (its place in the header; after the cells for row checks). */
export type FindingPlace = [file: number, line: number, column: number];

export class Findings {
  private map = new Map<string, Finding>();
  private first = new Map<Finding, FindingPlace>();
  constructor(private readonly maxExamples: number) {}
  add(
    check: string,
    column: string | undefined,
    severity: Severity,
    message: string,
    example?: { file: string; line: number; value?: string },
    place?: FindingPlace,
  ): void {
    const key = `${check}\u0000${column ?? ""}`;
    let f = this.map.get(key);
    if (!f) {
      f = { check, column, severity, message, count: 0, examples: [] };
      this.map.set(key, f);
      if (place) this.first.set(f, place);
    }
    f.count++;
    if (example && f.examples.length < this.maxExamples) f.examples.push(example);
  }
  /**
   * Occurrences found after reading (`late`, in reading order, with their places; `more` beyond
   * them), merged with those added one by one: the examples and the first place stay those of
   * reading order (`rank`: an example's position in it).
   */
  addLate(
    check: string,
    column: string,
    message: string,
    late: { example: { file: string; line: number; value?: string }; place: FindingPlace }[],
    more: number,
    rank: (e: { file: string; line: number }) => number,
  ): void {
    if (late.length === 0) return;
    const key = `${check}\u0000${column}`;
    let f = this.map.get(key);
    if (!f) {
      f = { check, column, severity: "error", message, count: 0, examples: [] };
      this.map.set(key, f);
    }
    const first = this.first.get(f);
    const at = late[0].place;
    if (!first || (at[0] - first[0] || at[1] - first[1] || at[2] - first[2]) < 0) this.first.set(f, at);
    f.examples = [...f.examples, ...late.map((l) => l.example)]
      .sort((x, y) => rank(x) - rank(y))
      .slice(0, this.maxExamples);
    f.count += late.length + more;
  }
  /** Occurrences beyond those added one by one (an engine that counts in SQL adds its examples, then the rest). */
  addCount(check: string, column: string | undefined, more: number): void {
    const f = this.map.get(`${check}\u0000${column ?? ""}`);
    if (f) f.count += more;
  }
  /**
   * In the order of their first occurrence in the data (then those without a place: dataset
   * checks), whatever order a reader checked the cells in: the byte engine checks a batch column
   * by column, csv-parse's reader row by row, and both list the same findings the same way.
   */
  list(): Finding[] {
    const at = (f: Finding) => this.first.get(f) ?? [Infinity, 0, 0];
    return [...this.map.values()].sort((a, b) => {
      const [x, y] = [at(a), at(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
  }
}

const REPEATS = "value repeats (first seen on an earlier line)";

function shownValue(raw: string): string {
  return raw.length > 60 ? raw.slice(0, 60) + "…" : raw;
}

/**
 * Everything one validation accumulates, and the one implementation of each rule: per cell
 * (missing values, required, type and constraints, unique, the profile), per row (primary key,
 * duplicate rows, a JSON Schema for records), per header and for the dataset. Both readers — the
 * byte engine for delimited text and the general one — feed it, so they cannot disagree.
 */
export class TableState {
  readonly findings: Findings;
  readonly missing: Set<string>;
  readonly fields: Map<string, FieldSchema>;
  readonly patterns: Map<string, RegExp>;
  readonly uniques: Map<string, Map<string, number>>;
  /** Numeric fields' `unique`: their numbers (text that is not a number stays in `uniques`); memory bounded, past it on disk. */
  readonly uniqueNumbers: Map<string, UniqueNumbers>;
  /** The files read, in order (findings found after reading name theirs). */
  private readonly files: string[] = [];
  readonly pk: string[];
  private readonly pkSeen = new Set<string>();
  private readonly rowHashes: Set<string> | undefined;
  columns: string[] | undefined;
  profilers: ColumnProfiler[] = [];
  colFields: (FieldSchema | undefined)[] = [];
  pkIdx: number[] = [];
  rows = 0;
  file = "";
  /** The file being read, counted from 0 (findings are ordered by file, line, column). */
  fileIndex = -1;
  private colIndex = new Map<string, number>();

  constructor(
    readonly schema: TableSchema | undefined,
    private readonly maxExamples: number,
    readonly recordSchema?: ValidateFunction,
  ) {
    this.findings = new Findings(maxExamples);
    this.missing = new Set(schema?.missingValues ?? [""]);
    this.fields = new Map((schema?.fields ?? []).map((f) => [f.name, f]));
    this.patterns = new Map(
      [...this.fields.values()]
        .filter((f) => f.constraints.pattern)
        .map((f) => [f.name, new RegExp(`^(?:${f.constraints.pattern})$`, "u")]),
    );
    this.uniques = new Map(
      [...this.fields.values()].filter((f) => f.constraints.unique).map((f) => [f.name, new Map<string, number>()]),
    );
    this.uniqueNumbers = new Map(
      [...this.fields.values()]
        .filter((f) => f.constraints.unique && isNumericField(f))
        .map((f) => [f.name, new UniqueNumbers()]),
    );
    this.pk =
      schema?.primaryKey === undefined
        ? []
        : Array.isArray(schema.primaryKey)
          ? schema.primaryKey
          : [schema.primaryKey];
    this.rowHashes = schema && !schema.allowDuplicateRows ? new Set<string>() : undefined;
  }

  /** The next file of the dataset begins. */
  startFile(file: string): void {
    this.file = file;
    this.fileIndex++;
    this.files.push(file);
    for (const u of this.uniqueNumbers.values()) u.fileIndex = this.fileIndex;
  }

  /** Whether rows must be seen whole (as text), beyond their cells. */
  get needsRows(): boolean {
    return this.pkIdx.length > 0 || this.rowHashes !== undefined || this.recordSchema !== undefined;
  }

  /** The header of a file: the first one fixes the columns, later ones must match. */
  header(columns: string[], line: number): void {
    if (!this.columns) {
      this.columns = columns;
      this.colFields = columns.map((c) => this.fields.get(c));
      this.profilers = columns.map((c, i) => new ColumnProfiler(c, isNumericField(this.colFields[i])));
      this.pkIdx = this.pk.map((c) => columns.indexOf(c));
      this.colIndex = new Map(columns.map((c, i) => [c, i]));
      this.checkHeader(columns, line);
    } else if (columns.join("\u0000") !== this.columns.join("\u0000")) {
      throw new UserError(`columns differ from the first file's (${this.columns.join(", ")})`, {
        file: this.file,
        line: 1,
      });
    }
  }

  private checkHeader(columns: string[], line: number): void {
    const schema = this.schema;
    if (!schema) return;
    const where = { file: this.file, line };
    const place: FindingPlace = [this.fileIndex, line, -1];
    // By name through sets: a file may have 10,000 columns.
    const present = new Set(columns);
    for (const f of schema.fields) {
      if (!present.has(f.name))
        this.findings.add(
          "missingColumn",
          f.name,
          "error",
          "column declared in the schema is missing from the data",
          where,
          place,
        );
    }
    for (const c of columns) {
      if (!this.fields.has(c))
        this.findings.add(
          "extraColumn",
          c,
          schema.allowExtraColumns ? "warning" : "error",
          "column not declared in the schema",
          where,
          place,
        );
    }
  }

  /** The numeric value the profile records for a present cell of column `i` (NaN for text fields). */
  numberFor(i: number, raw: string): number {
    const field = this.colFields[i];
    return field && !isNumericField(field) ? NaN : Number(raw);
  }

  /** One cell of column `i`: null when the reader had no value. */
  cell(i: number, raw: string | null, line: number): void {
    const isNull = raw === null || this.missing.has(raw);
    this.profilers[i].add(isNull ? null : raw, isNull ? NaN : this.numberFor(i, raw!));
    const field = this.colFields[i];
    if (!field) return;
    if (isNull) {
      if (field.constraints.required) this.missingRequired(field, line);
      return;
    }
    this.report(field, raw!, cellIssues(field, raw!, this.patterns.get(field.name)), line);
    this.checkUnique(field, raw!, line);
  }

  /** The place of a cell of `column` on `line` (a row check's place is after the row's cells). */
  private place(line: number, column?: string): FindingPlace {
    return [this.fileIndex, line, column === undefined ? Infinity : (this.colIndex.get(column) ?? Infinity)];
  }

  missingRequired(field: FieldSchema, line: number): void {
    this.findings.add(
      "required",
      field.name,
      "error",
      "missing value in a required column",
      { file: this.file, line },
      this.place(line, field.name),
    );
  }

  report(field: FieldSchema, raw: string, issues: CellIssue[], line: number): void {
    for (const issue of issues)
      this.findings.add(
        issue.check,
        field.name,
        "error",
        issue.message,
        { file: this.file, line, value: shownValue(raw) },
        this.place(line, field.name),
      );
  }

  checkUnique(field: FieldSchema, raw: string, line: number): void {
    const unique = this.uniques.get(field.name);
    if (!unique) return;
    const numbers = this.uniqueNumbers.get(field.name);
    if (numbers) {
      const v = Number(raw);
      if (v === v) return this.checkUniqueNumber(field, v, raw, line);
    }
    if (unique.has(raw)) this.repeated(field, raw, line);
    else unique.set(raw, line);
  }

  /** `unique` for a cell of a numeric field that reads as the number v: numbers repeat by value ("1" and "1.0" are one). */
  checkUniqueNumber(field: FieldSchema, v: number, raw: string, line: number): void {
    if (!this.uniqueNumbers.get(field.name)!.add(v, line)) this.repeated(field, raw, line);
  }

  /** A `unique` field's value that was seen before. */
  repeated(field: FieldSchema, raw: string, line: number): void {
    this.findings.add(
      "unique",
      field.name,
      "error",
      REPEATS,
      { file: this.file, line, value: shownValue(raw) },
      this.place(line, field.name),
    );
  }

  /** The row-level checks, after its cells. */
  row(values: Cell[], line: number, record?: Record<string, Cell>): void {
    const where = { file: this.file, line };
    const place = this.place(line);
    if (this.recordSchema) {
      const cols = this.columns!;
      const rec = record ?? Object.fromEntries(cols.map((c, i) => [c, values[i]]));
      if (!this.recordSchema(rec)) {
        for (const err of this.recordSchema.errors ?? [])
          this.findings.add(
            `jsonSchema:${err.keyword}`,
            err.instancePath || "(record)",
            "error",
            err.message ?? "does not match the JSON Schema",
            where,
            place,
          );
      }
    }
    if (this.pkIdx.length) {
      const key = JSON.stringify(this.pkIdx.map((i) => values[i] ?? null));
      if (this.pkSeen.has(key))
        this.findings.add(
          "primaryKey",
          this.pk.join(","),
          "error",
          "duplicate primary key",
          { ...where, value: key },
          place,
        );
      else this.pkSeen.add(key);
    }
    if (this.rowHashes) {
      const h = createHash("sha1").update(JSON.stringify(values)).digest("base64");
      if (this.rowHashes.has(h)) this.findings.add("duplicateRows", undefined, "error", "duplicate row", where, place);
      else this.rowHashes.add(h);
    }
  }

  /** The findings and the profile: the profilers', or one computed elsewhere (in SQL). */
  result(computed?: DatasetProfile): ValidationResult {
    const profile: DatasetProfile = computed ?? {
      schema: "mlship/profile/v1",
      rows: this.rows,
      columns: this.profilers.map((p) => p.result()),
    };
    this.lateRepeats();
    if (this.schema) this.datasetChecks(this.schema, profile);
    return { rows: this.rows, columns: this.columns ?? [], findings: this.findings.list(), profile };
  }

  /** `unique` repeats among the numbers that went to disk (UniqueNumbers), in reading order after those found at once. */
  private lateRepeats(): void {
    for (const [name, numbers] of this.uniqueNumbers) {
      // At least one, so that the finding exists for the count (and has its place).
      const { count, first } = numbers.lateRepeats(Math.max(1, this.maxExamples));
      const late = first.map((r) => ({
        example: { file: this.files[r.fileIndex], line: r.line, value: String(r.value) },
        place: [r.fileIndex, r.line, this.colIndex.get(name) ?? Infinity] as FindingPlace,
      }));
      const rank = (e: { file: string; line: number }) => this.files.indexOf(e.file) * 2 ** 40 + e.line;
      this.findings.addLate("unique", name, REPEATS, late, count - first.length, rank);
    }
  }

  private datasetChecks(schema: TableSchema, profile: DatasetProfile): void {
    const findings = this.findings;
    if (schema.rows?.min !== undefined && profile.rows < schema.rows.min)
      findings.add("rows", undefined, "error", `${profile.rows} rows, fewer than the minimum ${schema.rows.min}`);
    if (schema.rows?.max !== undefined && profile.rows > schema.rows.max)
      findings.add("rows", undefined, "error", `${profile.rows} rows, more than the maximum ${schema.rows.max}`);
    for (const col of profile.columns) {
      const field = this.fields.get(col.name);
      const limit = field?.maxNullFraction ?? schema.maxNullFraction;
      if (limit === undefined || col.count === 0) continue;
      const frac = col.nulls / col.count;
      if (frac > limit)
        findings.add(
          "nullFraction",
          col.name,
          "error",
          `${(frac * 100).toFixed(2)}% missing, more than ${(limit * 100).toFixed(2)}%`,
        );
    }
  }
}
