import { isUtf8 } from "node:buffer";
import fs from "node:fs";
import { UserError } from "../errors.js";
import { kit, KIND_ESCAPED, KIND_MASK, type ReaderState, type ScanOutput } from "../validate/csv-scan-worker.js";
import { detectFormat, readRows, type Cell } from "./read-table.js";

/** A text column as codes into its distinct values (first-seen order). */
export interface CategoricalColumn {
  codes: Uint32Array;
  values: string[];
}

/** The first cell of a numeric column that is neither empty nor a number. */
export interface InvalidNumber {
  line: number;
  text: string;
}

/** Whole columns of a table, typed: numbers as Float64Array (empty or non-numeric cells NaN), text interned. */
export interface ColumnarTable {
  file: string;
  rows: number;
  /** Every column of the header, asked for or not. */
  columns: string[];
  numeric: Record<string, Float64Array>;
  categorical: Record<string, CategoricalColumn>;
  /** Per numeric column that had one: its first cell that is not a number. */
  invalid: Record<string, InvalidNumber>;
  /** Categorical columns left out because they have more distinct values than `maxDistinct` allows. */
  overflowed: string[];
}

export interface ColumnarRequest {
  numeric?: string[];
  categorical?: string[];
  /** Per categorical column, the most distinct values worth keeping (a label that turns out to be a regression target). */
  maxDistinct?: Record<string, number>;
}

/**
 * Reads the asked-for columns of a whole table into typed arrays: the one reader of delimited text
 * (the byte engine's scanner, validate/csv-scan-worker.ts: records split on bytes, numbers parsed from
 * bytes) for steps that need whole columns — evaluation, drift. Columns not asked for are split
 * past and never decoded. JSONL and Parquet go through readRows; so does delimited text the
 * scanner leaves to csv-parse (a ragged row, an unterminated quote, invalid UTF-8, a duplicate
 * header), which then reports the exact error. Columns asked for but not in the header are left
 * out of the result (the caller names the input that asked for them).
 */
export async function readColumnar(file: string, want: ColumnarRequest, opts: { format?: string; delimiter?: string } = {}): Promise<ColumnarTable> {
  const format = detectFormat(file, opts.format);
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch {
    throw new UserError("data file not found", { file });
  }
  let table: ColumnarTable | undefined;
  try {
    const delimiter = opts.delimiter ?? (format === "tsv" ? "\t" : ",");
    if ((format === "csv" || format === "tsv") && Buffer.byteLength(delimiter) === 1) table = scanDelimited(fd, file, Buffer.from(delimiter)[0], want);
  } finally {
    fs.closeSync(fd);
  }
  table ??= await fromRows(file, want, opts);
  if (table.rows === 0) throw new UserError("the file has no data rows", { file });
  return table;
}

/** A growable typed column. */
class Growing<T extends Float64Array | Uint32Array> {
  length = 0;
  constructor(public data: T) {}
  reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    const next = new (this.data.constructor as new (n: number) => T)(Math.max(this.length + extra, this.data.length * 2));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  done(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/** Distinct byte strings of one column → codes. Categories repeat, so most cells hit the one-entry cache or the map. */
class Interner {
  readonly values: string[] = [];
  private readonly byKey = new Map<string, number>();
  overflowed = false;
  constructor(private readonly maxDistinct = Infinity) {}
  code(text: string): number {
    let c = this.byKey.get(text);
    if (c === undefined) {
      if (this.values.length >= this.maxDistinct) {
        this.overflowed = true;
        return 0;
      }
      c = this.values.length;
      this.values.push(text);
      this.byKey.set(text, c);
    }
    return c;
  }
}

/** The byte-engine path: undefined when the scanner leaves the input to csv-parse. */
function scanDelimited(fd: number, file: string, delim: number, want: ColumnarRequest): ColumnarTable | undefined {
  const numericNames = want.numeric ?? [];
  const at: ReaderState = { offset: 0, line: 1, width: -1, numeric: [], fresh: true };
  const reader = kit.batchReader(fs, isUtf8, fd, delim, numericNames, at);
  const set: ScanOutput = kit.scanOutput(kit.BATCH_FIELDS, kit.BATCH_RECORDS);
  let columns: string[] = [];
  const numeric: { name: string; col: number; out: Growing<Float64Array> }[] = [];
  const categorical: { name: string; col: number; out: Growing<Uint32Array>; interner: Interner; cache: Map<number, number>[] }[] = [];
  const invalid: Record<string, InvalidNumber> = {};
  let rows = 0;
  for (;;) {
    const r = reader.next(set);
    if (r === "end") break;
    if (typeof r === "object") return undefined;
    if (set.header) {
      columns = set.header;
      for (const name of numericNames) if (columns.includes(name)) numeric.push({ name, col: columns.indexOf(name), out: new Growing(new Float64Array(1 << 16)) });
      for (const name of want.categorical ?? []) if (columns.includes(name)) categorical.push({ name, col: columns.indexOf(name), out: new Growing(new Uint32Array(1 << 16)), interner: new Interner(want.maxDistinct?.[name]), cache: [] });
    }
    const { count, width, starts, ends, kinds, nums, lines } = set;
    const b = Buffer.from(set.buf.buffer, set.buf.byteOffset, set.buf.byteLength);
    const text = (k: number) => {
      const t = b.toString("utf8", starts[k], ends[k]);
      return (kinds[k] & KIND_MASK) === KIND_ESCAPED ? t.replace(/""/g, '"') : t;
    };
    for (const c of numeric) {
      c.out.reserve(count);
      const out = c.out.data;
      let o = c.out.length;
      for (let r = 0, k = c.col; r < count; r++, k += width) {
        let v = nums[k];
        // NaN: not the scanner's common form (17 significant digits, quoted, exponent, empty, text): Number() decides.
        if (v !== v && starts[k] !== ends[k]) {
          // A number's text is ASCII: latin1 decoding is exact and cheapest (the UTF-8 text decides the rest).
          const quoted = (kinds[k] & KIND_MASK) !== 0;
          v = Number(quoted ? text(k) : b.toString("latin1", starts[k], ends[k]));
          if (v !== v && !quoted) v = Number(text(k)); // Unicode spaces around a number
          if (v === 0 && text(k).trim() === "") v = NaN; // Number("  ") is 0
          if (v !== v && !(c.name in invalid) && text(k) !== "NaN") invalid[c.name] = { line: lines[r], text: text(k) };
        }
        out[o++] = v;
      }
      c.out.length = o;
    }
    for (const c of categorical) {
      c.out.reserve(count);
      const out = c.out.data;
      let o = c.out.length;
      for (let r = 0, k = c.col; r < count; r++, k += width) {
        const s = starts[k];
        const e = ends[k];
        const len = e - s;
        // Short unescaped values (labels, predictions, most groups) are found by their bytes as a
        // number, without decoding: up to 6 bytes fit a double's exact integers.
        if (len <= 6 && (kinds[k] & KIND_MASK) !== KIND_ESCAPED) {
          let key = 0;
          for (let q = s; q < e; q++) key = key * 256 + b[q];
          const byLen = (c.cache[len] ??= new Map());
          let code = byLen.get(key);
          if (code === undefined) byLen.set(key, (code = c.interner.code(text(k))));
          out[o++] = code;
        } else out[o++] = c.interner.code(text(k));
      }
      c.out.length = o;
    }
    rows += count;
  }
  if (at.width < 0) return { file, rows: 0, columns: [], numeric: {}, categorical: {}, invalid, overflowed: [] };
  return {
    file,
    rows,
    columns,
    numeric: Object.fromEntries(numeric.map((c) => [c.name, c.out.done()])),
    categorical: Object.fromEntries(categorical.filter((c) => !c.interner.overflowed).map((c) => [c.name, { codes: c.out.done(), values: c.interner.values }])),
    invalid,
    overflowed: categorical.filter((c) => c.interner.overflowed).map((c) => c.name),
  };
}

/** Any format through readRows (csv-parse, JSONL, Parquet): the same result, slower. */
async function fromRows(file: string, want: ColumnarRequest, opts: { format?: string; delimiter?: string }): Promise<ColumnarTable> {
  let columns: string[] = [];
  const numeric = new Map<string, number[]>();
  const categorical = new Map<string, { codes: number[]; interner: Interner }>();
  const invalid: Record<string, InvalidNumber> = {};
  let rows = 0;
  for await (const row of readRows(file, opts)) {
    if (rows === 0) {
      columns = Object.keys(row.values);
      for (const n of want.numeric ?? []) if (columns.includes(n)) numeric.set(n, []);
      for (const n of want.categorical ?? []) if (columns.includes(n)) categorical.set(n, { codes: [], interner: new Interner(want.maxDistinct?.[n]) });
    }
    for (const [n, out] of numeric) {
      const v = numberOf(row.values[n]);
      if (v !== v && !(n in invalid) && !isEmpty(row.values[n]) && row.values[n] !== "NaN") invalid[n] = { line: row.line, text: String(row.values[n]) };
      out.push(v);
    }
    for (const [n, c] of categorical) c.codes.push(c.interner.code(row.values[n] === null || row.values[n] === undefined ? "" : String(row.values[n])));
    rows++;
  }
  return {
    file,
    rows,
    columns,
    numeric: Object.fromEntries([...numeric].map(([n, v]) => [n, Float64Array.from(v)])),
    categorical: Object.fromEntries([...categorical].filter(([, c]) => !c.interner.overflowed).map(([n, c]) => [n, { codes: Uint32Array.from(c.codes), values: c.interner.values }])),
    invalid,
    overflowed: [...categorical].filter(([, c]) => c.interner.overflowed).map(([n]) => n),
  };
}

const isEmpty = (v: Cell | undefined) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

function numberOf(v: Cell | undefined): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isEmpty(v)) return NaN;
  return Number(v);
}
