import fs from "node:fs/promises";
import path from "node:path";
import type { ValidateFunction } from "ajv";
import { detectFormat, readRows, type Cell } from "../data/read-table.js";
import { UserError } from "../errors.js";
import { isRemote } from "../data/remote.js";
import type { TableSchema } from "./table-schema.js";
import { TableState, type ValidationResult } from "./table-state.js";
import { FastCsvUnsupported } from "../data/csv/scan.js";
import { validateDelimitedBytes } from "./csv-batch-checker.js";
import { validateParquet } from "./parquet-checker.js";

export type { Finding, ValidationResult } from "./table-state.js";

export interface ValidateOptions {
  format?: string;
  delimiter?: string;
  maxExamples?: number;
  /** A compiled JSON Schema every record is checked against (JSONL data). */
  recordSchema?: ValidateFunction;
  /** "auto" validates delimited text on its bytes and Parquet by columns; "csv-parse" forces the general (row) reader. */
  engine?: "auto" | "csv-parse";
  /**
   * Which engine checks the data: the builtin readers, DuckDB (one SQL pass, same findings and
   * profile), or `auto`: DuckDB for a file of at least AUTO_DUCKDB_BYTES when it can be loaded.
   */
  dataEngine?: DataEngine;
  /** Where the duckdb engine finds @duckdb/node-api (the host's MLSHIP_DUCKDB_PATH; unset: beside mlship). */
  duckdbPath?: string;
  /** Batches the calling thread reads before the byte engine's worker takes over (default: until it has started). For tests. */
  handoffAfter?: number;
}

const dataEngines = ["auto", "builtin", "duckdb"] as const;
export type DataEngine = (typeof dataEngines)[number];

/**
 * `auto` hands a file this large or larger to DuckDB. Below it the builtin engine is faster: the
 * duckdb engine computes the whole profile beside the checks (sql/duckdb-profile.ts: a read of the
 * first 20,000 rows to plan, then one scan with histograms, HyperLogLog registers and quantile
 * sketches). `npx tsx bench/vs-duckdb.ts 200000 1` on this 2-core machine (2026-12-08, after the
 * one-scan rework, other engineers' work beside it) took 3.42 s with it against the builtin's
 * 1.82 s (CSV, 20 MB) and 2.68 s against 1.62 s (Parquet, 8 MB); DuckDB running only the checks
 * and moments 0.91 s and 0.73 s. 256 MiB is not a measured crossing point: the builtin engine was
 * faster at every size measured, so `auto` stays on it until a larger run shows where DuckDB wins.
 */
const AUTO_DUCKDB_BYTES = 256 * 1024 * 1024;

/** The result of the duckdb engine, or undefined when the builtin engine is to check the files. */
async function withDuckdb(files: string[], schema: TableSchema | undefined, opts: ValidateOptions) {
  const engine = opts.dataEngine ?? "builtin";
  if (engine === "builtin") return undefined;
  const explicit = engine === "duckdb";
  const refuse = (why: string) => {
    if (explicit)
      throw new UserError(`engine 'duckdb' does not check ${why}: use engine 'auto' or 'builtin'`, { input: "engine" });
    return undefined;
  };
  if (opts.recordSchema) return refuse("JSONL records against a JSON Schema");
  if (files.length !== 1) return refuse("several files at once");
  const file = files[0];
  const format = detectFormat(file, opts.format);
  if (isRemote(file) || !(format === "csv" || format === "tsv" || format === "parquet"))
    return refuse("this file (local CSV, TSV and Parquet files only)");
  if (format !== "parquet" && opts.delimiter !== undefined && Buffer.byteLength(opts.delimiter) !== 1)
    return refuse("a delimiter of more than one byte");
  if (!explicit && (await fs.stat(file)).size < AUTO_DUCKDB_BYTES) return undefined;
  const { loadDuckdb, requireDuckdb } = await import("../sql/duckdb.js");
  const duck = explicit ? await requireDuckdb(opts.duckdbPath) : await loadDuckdb(opts.duckdbPath);
  if (!duck) return undefined;
  const { validateWithDuckdb, DuckdbUnsupported } = await import("../sql/duckdb-validate.js");
  try {
    return await validateWithDuckdb(duck, file, shownPath(file), format, opts.delimiter, schema, opts.maxExamples ?? 5);
  } catch (e) {
    if (e instanceof DuckdbUnsupported) return refuse(e.message);
    // auto: the builtin engine reads the file again and reports the exact error.
    if (!explicit && e instanceof UserError) return undefined;
    throw e;
  }
}

/** Streams the files once, checking every row against the schema and building the profile. */
export async function validateTable(
  files: string[],
  schema: TableSchema | undefined,
  opts: ValidateOptions = {},
): Promise<ValidationResult> {
  // Every file is there before any is read: a missing one is bad input naming it, on every path
  // (the byte engine opens files itself and would fail with a bare ENOENT).
  for (const file of files) {
    if (isRemote(file)) continue; // a missing object is named when it is opened
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat) throw new UserError("data file not found", { file });
    if (!stat.isFile()) throw new UserError("not a data file (a folder or a device)", { file });
  }
  const sql = await withDuckdb(files, schema, opts);
  if (sql) return sql;
  // Delimited text is validated on its bytes; anything the byte engine does not accept is
  // validated again from the start through csv-parse, which reports the exact error.
  const delimited = files.every((f) => ["csv", "tsv"].includes(detectFormat(f, opts.format)));
  if (
    opts.engine !== "csv-parse" &&
    !opts.recordSchema &&
    delimited &&
    (opts.delimiter === undefined || Buffer.byteLength(opts.delimiter) === 1)
  ) {
    try {
      const state = new TableState(schema, opts.maxExamples ?? 5);
      for (const file of files) {
        state.startFile(shownPath(file));
        const delimiter = opts.delimiter ?? (detectFormat(file, opts.format) === "tsv" ? "\t" : ",");
        noRows(state, await validateDelimitedBytes(file, delimiter, state, opts.handoffAfter));
      }
      return state.result();
    } catch (e) {
      if (!(e instanceof FastCsvUnsupported)) throw e;
    }
  }
  // Parquet: column by column from the decoded row groups (a JSON Schema for records needs rows).
  if (
    opts.engine !== "csv-parse" &&
    !opts.recordSchema &&
    files.every((f) => detectFormat(f, opts.format) === "parquet")
  ) {
    const state = new TableState(schema, opts.maxExamples ?? 5);
    for (const file of files) {
      state.startFile(shownPath(file));
      noRows(state, await validateParquet(file, state));
    }
    return state.result();
  }
  const state = new TableState(schema, opts.maxExamples ?? 5, opts.recordSchema);
  for (const file of files) {
    state.startFile(shownPath(file));
    let seenHeader = false;
    for await (const row of readRows(file, { format: opts.format, delimiter: opts.delimiter })) {
      const columns = Object.keys(row.values);
      if (!seenHeader) {
        seenHeader = true;
        state.header(columns, 1);
      }
      const values: Cell[] = state.columns!.map((c) => row.values[c] ?? null);
      state.rows++;
      for (let i = 0; i < values.length; i++) state.cell(i, cellText(values[i]), row.line);
      state.row(values, row.line, row.values);
    }
    noRows(state, seenHeader);
  }
  return state.result();
}

function shownPath(file: string): string {
  if (isRemote(file)) return file;
  return path.relative(process.cwd(), file) || file;
}

function noRows(state: TableState, seenHeader: boolean): void {
  if (!seenHeader || state.rows === 0)
    throw new UserError("the file has no rows (an empty file or a header only)", { file: state.file, line: 1 });
}

function cellText(v: Cell | undefined): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === "string" ? v : String(v);
}
