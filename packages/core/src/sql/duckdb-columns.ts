/**
 * Whole columns of a local CSV, TSV or Parquet file read by DuckDB (multi-threaded scans; of a
 * Parquet file only the columns read here), into the typed columns the builtin reader gives
 * (data/read-columnar.ts, every column typed by content): numbers copied from DuckDB's result
 * vectors straight into one Float64Array per column (no value per cell crosses into JS), text
 * interned into codes. The result is the builtin reader's, value for value: check-drift's engine
 * `duckdb`.
 */
import type { ColumnarTable } from "../data/read-columnar.js";
import { dialects } from "./dialect.js";
import type { Duckdb } from "./duckdb.js";

/** A file DuckDB did not read as the builtin reader would (its error, or a header it renamed): `auto` reads it with the builtin reader. */
export class DuckdbColumnsUnsupported extends Error {}

// What this module uses of @duckdb/node-api beyond duckdb.ts's connection: a result read chunk by chunk.
interface Validity {
  /** 64 rows a word, a set bit a valid row; null when every row is valid (the API's own field). */
  data?: BigUint64Array | null;
  itemValid(i: number): boolean;
}
type Items =
  | Float64Array
  | Float32Array
  | Int8Array
  | Int16Array
  | Int32Array
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array;
interface Vector {
  getItem(i: number): unknown;
  /** A fixed-width vector's values, a view of DuckDB's memory (the API's own field). */
  items?: Items;
  validity?: Validity;
}
interface Chunk {
  rowCount: number;
  getColumnVector(i: number): Vector;
}
interface Materialized {
  rowCount: number;
  chunkCount: number;
  getChunk(i: number): Chunk;
  columnNames(): string[];
  columnType(i: number): { toString(): string };
}
interface Connection {
  run(sql: string): Promise<Materialized>;
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
  closeSync(): void;
}

const d = dialects.duckdb;

/** DuckDB's types that hold numbers: read as doubles (integers beyond 2^53 round as Number() rounds their text). */
const NUMERIC = new Set([
  "DOUBLE",
  "FLOAT",
  "TINYINT",
  "SMALLINT",
  "INTEGER",
  "BIGINT",
  "HUGEINT",
  "UTINYINT",
  "USMALLINT",
  "UINTEGER",
  "UBIGINT",
  "UHUGEINT",
]);

/** DuckDB's types that hold numbers, and its text; undefined for the others (the builtin reader's). */
const kindOf = (type: string): "numeric" | "text" | undefined =>
  NUMERIC.has(type) ? "numeric" : type === "VARCHAR" ? "text" : undefined;

/** The scan running now: the next one starts when it ends. */
let scans: Promise<unknown> = Promise.resolve();

/** One process's DuckDB (opened once: a check reads its reference and current data side by side). */
const instances = new WeakMap<Duckdb, Promise<{ connect(): Promise<unknown> }>>();

function source(file: string, format: "csv" | "tsv" | "parquet", delimiter: string | undefined, text: boolean) {
  if (format === "parquet") return `read_parquet(${d.string(file)})`;
  // The dialect is the builtin reader's, not sniffed: a header, '"' quotes doubled inside. Types are
  // numbers or text only (a date, a boolean stays its text, as the builtin reader keeps it).
  const delim = delimiter ?? (format === "tsv" ? "\t" : ",");
  return (
    `read_csv(${d.string(file)}, header = true, delim = ${d.string(delim)}, quote = '"', escape = '"', ` +
    `strict_mode = true, null_padding = false, ${text ? "all_varchar = true" : "auto_type_candidates = ['BIGINT', 'DOUBLE', 'VARCHAR']"})`
  );
}

/**
 * A column of text typed as the builtin reader types it by content: numbers when every present
 * cell reads as a finite number (Number() of its text). Empty cells are missing; in delimited text
 * a blank cell ("  ") is text (the scanner's rule), in Parquet it is missing (parquetColumns').
 */
function typeText(cells: (string | null)[], blankIsMissing: boolean): Float64Array | undefined {
  const out = new Float64Array(cells.length);
  for (let r = 0; r < cells.length; r++) {
    const t = cells[r];
    if (t === null || t === "") {
      out[r] = Number.NaN;
      continue;
    }
    if (t.trim() === "") {
      if (!blankIsMissing) return undefined;
      out[r] = Number.NaN;
      continue;
    }
    const v = Number(t);
    if (!Number.isFinite(v)) return undefined;
    out[r] = v;
  }
  return out;
}

/** Text cells → codes into their distinct values in first-seen order ("" for a missing cell), as the builtin reader interns them. */
function intern(cells: (string | null)[]): { codes: Uint32Array; values: string[] } {
  const codes = new Uint32Array(cells.length);
  const values: string[] = [];
  const index = new Map<string, number>();
  for (let r = 0; r < cells.length; r++) {
    const t = cells[r] ?? "";
    let c = index.get(t);
    if (c === undefined) {
      c = values.length;
      values.push(t);
      index.set(t, c);
    }
    codes[r] = c;
  }
  return { codes, values };
}

/**
 * Copies one numeric vector into `out` at `at`, NULL as NaN: a fixed-width vector's values in
 * one copy (integers and floats widen exactly; 64-bit integers round as Number() rounds them).
 * Returns false when a valid value is not finite (NaN or an infinity: text to the builtin reader).
 */
function copyNumbers(v: Vector, rows: number, out: Float64Array, at: number): boolean {
  const items = v.items;
  if (items && items.length === rows) {
    if (items instanceof BigInt64Array || items instanceof BigUint64Array)
      for (let r = 0; r < rows; r++) out[at + r] = Number(items[r]);
    else out.set(items, at);
  } else for (let r = 0; r < rows; r++) out[at + r] = Number(v.getItem(r) ?? Number.NaN);
  const validity = v.validity;
  const data = validity?.data;
  let finite = true;
  if (data) {
    // The validity words as 32-bit halves (little-endian: the low half holds rows 0–31 of the word).
    const words = new Uint32Array(data.buffer, data.byteOffset, data.length * 2);
    for (let r = 0; r < rows; r++) {
      if (!((words[r >>> 5] >>> (r & 31)) & 1)) out[at + r] = Number.NaN;
      else if (out[at + r] - out[at + r] !== 0) finite = false;
    }
  } else if (data === undefined && validity) {
    // Not the shape of the API this module knows: ask each row.
    for (let r = 0; r < rows; r++) {
      if (!validity.itemValid(r)) out[at + r] = Number.NaN;
      else if (!Number.isFinite(out[at + r])) finite = false;
    }
  } else for (let r = 0; r < rows; r++) if (out[at + r] - out[at + r] !== 0) finite = false;
  return finite;
}

interface Read {
  rows: number;
  columns: string[];
  numbers: (Float64Array | undefined)[];
  texts: ((string | null)[] | undefined)[];
  finite: boolean[];
}

/**
 * One query's result, materialized (DuckDB runs the whole scan on its threads: faster than
 * streaming it chunk by chunk), its numeric columns copied into one Float64Array each and its
 * text columns into cells; columns of other types are left out.
 */
async function readResult(con: Connection, sql: string): Promise<Read> {
  // One scan at a time, on all of DuckDB's threads: while the next file is scanned, this thread
  // copies (and the caller sorts) the last one's columns, instead of both waiting on two half-speed scans.
  const scan = scans.then(() => con.run(sql));
  scans = scan.catch(() => undefined);
  const result = await scan;
  const rows = result.rowCount;
  const columns = result.columnNames();
  const kinds = columns.map((_, i) => kindOf(result.columnType(i).toString()));
  const numbers = kinds.map((k) => (k === "numeric" ? new Float64Array(rows) : undefined));
  const texts = kinds.map((k) => (k === "text" ? new Array<string | null>(rows) : undefined));
  const finite = columns.map(() => true);
  let at = 0;
  for (let k = 0; k < result.chunkCount; k++) {
    const chunk = result.getChunk(k);
    const n = chunk.rowCount;
    for (let i = 0; i < columns.length; i++) {
      const out = numbers[i];
      const cells = texts[i];
      if (out) {
        if (!copyNumbers(chunk.getColumnVector(i), n, out, at)) finite[i] = false;
      } else if (cells) {
        const v = chunk.getColumnVector(i);
        for (let r = 0; r < n; r++) cells[at + r] = v.getItem(r) as string | null;
      }
    }
    at += n;
  }
  return { rows, columns, numbers, texts, finite };
}

function emptyTable(file: string, columns: string[]): ColumnarTable {
  return { file, rows: 0, columns, numeric: {}, categorical: {}, invalid: {}, overflowed: [] };
}

/**
 * The result as the builtin reader's table; named in `rest`: the file's columns the result left
 * out (types this module does not read), and numeric columns holding a NaN or an infinity.
 */
function toTable(
  file: string,
  read: Read,
  columns: string[],
  parquet: boolean,
): { table: ColumnarTable; rest: string[] } {
  const table = { ...emptyTable(file, columns), rows: read.rows };
  const rest = columns.filter((c) => !read.columns.includes(c));
  read.columns.forEach((name, i) => {
    const numbers = read.numbers[i];
    const cells = read.texts[i];
    if (numbers) {
      if (read.finite[i]) table.numeric[name] = numbers;
      else rest.push(name);
    } else if (cells) {
      const typed = typeText(cells, parquet);
      if (typed) table.numeric[name] = typed;
      else table.categorical[name] = intern(cells);
    } else rest.push(name);
  });
  return { table, rest };
}

/**
 * Every column of a local CSV, TSV or Parquet file, typed by content as readColumnar(file,
 * { auto: "all" }) types them, read by DuckDB. Of a Parquet file, the columns DuckDB holds in types
 * this module does not turn into the builtin reader's cells (dates, timestamps, decimals,
 * booleans, nested values) and numeric columns holding NaN or an infinity (text to the builtin
 * reader) are named in `rest`: the caller reads them with the builtin reader. Of delimited text,
 * DuckDB reads such columns again as text. Throws DuckdbColumnsUnsupported when DuckDB cannot read
 * the file as the builtin reader would.
 */
export async function readColumnsWithDuckdb(
  duck: Duckdb,
  file: string,
  format: "csv" | "tsv" | "parquet",
  delimiter?: string,
): Promise<{ table: ColumnarTable; rest: string[] }> {
  let instance = instances.get(duck);
  if (!instance) instances.set(duck, (instance = duck.DuckDBInstance.create(":memory:")));
  const con = (await (await instance).connect()) as Connection;
  const failed = (e: unknown) =>
    new DuckdbColumnsUnsupported(`DuckDB could not read the file: ${(e as Error).message}`);
  try {
    if (format === "parquet") {
      const from = source(file, format, delimiter, false);
      // Projection: only the columns this module reads (the others are the builtin reader's).
      let described: Record<string, unknown>[];
      try {
        described = (await con.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`)).getRowObjectsJS();
      } catch (e) {
        throw failed(e);
      }
      const all = described.map((r) => String(r.column_name));
      const kept = described
        .filter((r) => kindOf(String(r.column_type)) !== undefined)
        .map((r) => String(r.column_name));
      if (kept.length === 0) return { table: emptyTable(file, all), rest: all };
      let read: Read;
      try {
        read = await readResult(con, `SELECT ${kept.map((c) => d.ident(c)).join(", ")} FROM ${from}`);
      } catch (e) {
        throw failed(e);
      }
      return toTable(file, read, all, true);
    }
    let read: Read;
    try {
      read = await readResult(con, `SELECT * FROM ${source(file, format, delimiter, false)}`);
    } catch {
      // A cell past the sniffer's sample that its type does not take: every column read as text, typed here.
      try {
        read = await readResult(con, `SELECT * FROM ${source(file, format, delimiter, true)}`);
      } catch (e) {
        throw failed(e);
      }
    }
    const columns = read.columns;
    // DuckDB renames a repeated or empty header name (a, a_1; column0): the builtin reader refuses the first and keeps the second.
    if (columns.some((c) => /^column\d+$/.test(c) || (/_\d+$/.test(c) && columns.includes(c.replace(/_\d+$/, "")))))
      throw new DuckdbColumnsUnsupported("a header name DuckDB may have renamed");
    const { table, rest } = toTable(file, read, columns, false);
    if (rest.length) {
      // NaN or an infinity: text to the builtin reader, so read again as the file's text.
      let text: Read;
      try {
        text = await readResult(
          con,
          `SELECT ${rest.map((c) => d.ident(c)).join(", ")} FROM ${source(file, format, delimiter, true)}`,
        );
      } catch (e) {
        throw failed(e);
      }
      rest.forEach((name, i) => (table.categorical[name] = intern(text.texts[i]!)));
    }
    return { table, rest: [] };
  } finally {
    con.closeSync();
  }
}
