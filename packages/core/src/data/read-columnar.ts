import { promises as fsp } from "node:fs";
import { UserError } from "../errors.js";
import { isRemote } from "./remote.js";
import { FastCsvUnsupported, scanDelimited } from "./csv/scan.js";
import { KIND_ESCAPED, KIND_MASK, type ScanChunk } from "./csv/scanner.js";
import { detectFormat, readRows, type Cell } from "./read-table.js";
import { openParquet, parquetBatches } from "./parquet.js";

/** A text column as codes into its distinct values (first-seen order). */
export interface CategoricalColumn {
  codes: Uint32Array;
  values: string[];
}

/** The first cell of a numeric column that is neither empty nor a number. */
interface InvalidNumber {
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
  /** Numeric columns handed to `spill`'s sinks rather than held (not in `numeric`). */
  spilled?: string[];
}

/** Where a column's numbers go, batch by batch, when the table is too long to hold (NaN: an empty cell). */
interface NumericSink {
  push(values: Float64Array, from: number, to: number): void;
}

export interface ColumnarRequest {
  numeric?: string[];
  categorical?: string[];
  /** Per categorical column, the most distinct values worth keeping (a label that turns out to be a regression target). */
  maxDistinct?: Record<string, number>;
  /**
   * Columns typed by what they hold ("all": every column): numeric when every cell that is not
   * empty is a finite number, else categorical (read again as text, in a second pass). Drift
   * tests columns this way.
   */
  auto?: string[] | "all";
  /**
   * A table whose numeric columns would hold more than `aboveValues` numbers (rows: the Parquet
   * file's count; for text, an estimate from the file's size and its first batch) hands them to
   * sinks, batch by batch, instead of holding them: check-drift past its memory budget.
   * Delimited text and Parquet only.
   */
  spill?: { aboveValues: number; sink: (column: string) => NumericSink };
}

/**
 * Reads the asked-for columns of a whole table into typed arrays: the one reader of delimited text
 * (the byte engine's scanner, data/csv/scanner.ts: records split on bytes, numbers parsed from
 * bytes) for steps that need whole columns — evaluation, drift. Columns not asked for are split
 * past and never decoded. Parquet is read by row group, the asked-for columns only
 * (parquetColumns). JSONL goes through readRows; so does delimited text the
 * scanner leaves to csv-parse (a ragged row, an unterminated quote, invalid UTF-8, a duplicate
 * header), which then reports the exact error. Columns asked for but not in the header are left
 * out of the result (the caller names the input that asked for them).
 */
export async function readColumnar(
  file: string,
  want: ColumnarRequest,
  opts: { format?: string; delimiter?: string } = {},
): Promise<ColumnarTable> {
  const format = detectFormat(file, opts.format);
  if (format === "parquet") {
    const table = await parquetColumns(file, want);
    if (table.rows === 0) throw new UserError("the file has no data rows", { file });
    return table;
  }
  // A remote object is streamed (its size is not asked for first: the columns grow as they fill).
  let size = 0;
  if (!isRemote(file))
    try {
      size = (await fsp.stat(file)).size;
    } catch {
      throw new UserError("data file not found", { file });
    }
  let table: ColumnarTable | undefined;
  const delimiter = opts.delimiter ?? (format === "tsv" ? "\t" : ",");
  if ((format === "csv" || format === "tsv") && Buffer.byteLength(delimiter) === 1) {
    try {
      table = await scanColumns(file, size, delimiter, want);
      // Columns typed by content that held text: read again as text, those alone (rare).
      const again = autoNames(want, table.columns).filter((n) => n in table!.invalid);
      if (again.length) {
        const text = await scanColumns(file, size, delimiter, { categorical: again, maxDistinct: want.maxDistinct });
        for (const n of again) {
          delete table.numeric[n];
          delete table.invalid[n];
          if (text.categorical[n]) table.categorical[n] = text.categorical[n];
          else table.overflowed.push(n);
        }
      }
    } catch (e) {
      if (!(e instanceof FastCsvUnsupported)) throw e;
      table = undefined;
    }
  }
  table ??= await fromRows(file, want, opts);
  if (table.rows === 0) throw new UserError("the file has no data rows", { file });
  return table;
}

/** The columns `want` types by content, among those of the header. */
function autoNames(want: ColumnarRequest, columns: string[]): string[] {
  return want.auto === "all"
    ? columns.filter((c) => !want.numeric?.includes(c) && !want.categorical?.includes(c))
    : (want.auto ?? []).filter((c) => columns.includes(c));
}

/**
 * A growable typed column. Its first size comes from the file (its size over the first batch's
 * bytes per row), so a column is allocated once: growing by doubling and copying cost a fifth of
 * reading 1,000,000 rows × 10 columns.
 */
class Growing<T extends Float64Array | Uint32Array> {
  length = 0;
  constructor(public data: T) {}
  reserve(extra: number, expected = 0): void {
    if (this.length + extra <= this.data.length) return;
    const next = new (this.data.constructor as new (n: number) => T)(
      // Sized from the file, a column rarely grows; with no size known (a remote object), it doubles.
      Math.max(this.length + extra, expected, Math.ceil(this.data.length * (expected ? 1.25 : 2))),
    );
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

/**
 * The byte-engine path: one pass of the validate-data scanner (a worker splits records and parses
 * numbers from their bytes while this thread copies the asked-for cells into columns). Throws
 * FastCsvUnsupported when the scanner leaves the input to csv-parse.
 */
async function scanColumns(
  file: string,
  size: number,
  delimiter: string,
  want: ColumnarRequest,
): Promise<ColumnarTable> {
  let columns: string[] = [];
  const numeric: { name: string; col: number; out: Growing<Float64Array>; auto: boolean; sink?: NumericSink }[] = [];
  const categorical: {
    name: string;
    col: number;
    out: Growing<Uint32Array>;
    interner: Interner;
    cache: Map<number, number>[];
  }[] = [];
  const invalid: Record<string, InvalidNumber> = {};
  let rows = 0;
  let expected = 0;
  let spilling = false;
  // With every column typed by content, the header is not known yet: the scanner tries every column as numbers (text fails at its first byte).
  const numericNames = want.auto === "all" ? null : [...(want.numeric ?? []), ...(want.auto ?? [])];
  const sawHeader = await scanDelimited(file, delimiter, numericNames, (set: ScanChunk, b: Buffer) => {
    if (set.header) {
      columns = set.header;
      const auto = autoNames(want, columns);
      for (const name of [...(want.numeric ?? []), ...auto])
        if (columns.includes(name))
          numeric.push({
            name,
            col: columns.indexOf(name),
            out: new Growing(new Float64Array(0)),
            auto: auto.includes(name),
          });
      for (const name of want.categorical ?? [])
        if (columns.includes(name))
          categorical.push({
            name,
            col: columns.indexOf(name),
            out: new Growing(new Uint32Array(0)),
            interner: new Interner(want.maxDistinct?.[name]),
            cache: [],
          });
    }
    if (!expected && set.count > 0 && size > 0) {
      const bytes = set.ends[set.count * set.width - 1] - set.starts[0] + 1;
      expected = Math.ceil((size / bytes) * set.count * 1.02) + 16;
      spilling = !!want.spill && expected * numeric.length > want.spill.aboveValues;
      if (spilling) for (const c of numeric) c.sink = want.spill!.sink(c.name);
    }
    const { count, width, starts, ends, kinds, nums, lines } = set;
    const text = (k: number) => {
      const t = b.toString("utf8", starts[k], ends[k]);
      return (kinds[k] & KIND_MASK) === KIND_ESCAPED ? t.replace(/""/g, '"') : t;
    };
    for (const c of numeric) {
      if (c.auto && c.name in invalid) continue; // text: read again as such
      c.out.reserve(count, spilling ? 0 : expected);
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
          // Typed by content, "NaN" and infinities are text too (they are not finite numbers).
          if (!(c.name in invalid) && (c.auto ? !Number.isFinite(v) : v !== v && text(k) !== "NaN"))
            invalid[c.name] = { line: lines[r], text: text(k) };
        }
        out[o++] = v;
      }
      c.out.length = o;
      if (c.sink) {
        c.sink.push(out, 0, o);
        c.out.length = 0;
      }
    }
    for (const c of categorical) {
      c.out.reserve(count, expected);
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
  });
  if (!sawHeader) return { file, rows: 0, columns: [], numeric: {}, categorical: {}, invalid, overflowed: [] };
  const isNumeric = (c: (typeof numeric)[number]) => !(c.auto && c.name in invalid);
  return {
    file,
    rows,
    columns,
    numeric: Object.fromEntries(numeric.filter((c) => isNumeric(c) && !c.sink).map((c) => [c.name, c.out.done()])),
    spilled: numeric.filter((c) => isNumeric(c) && c.sink).map((c) => c.name),
    categorical: Object.fromEntries(
      categorical
        .filter((c) => !c.interner.overflowed)
        .map((c) => [c.name, { codes: c.out.done(), values: c.interner.values }]),
    ),
    invalid,
    overflowed: categorical.filter((c) => c.interner.overflowed).map((c) => c.name),
  };
}

/**
 * Parquet, a row group at a time and only the asked-for columns: numbers straight from numeric
 * columns, other cells as parquet.ts's text (the cells a CSV of the table holds), so the result is
 * the one the same table as CSV gives. A column typed by content that turns out to hold text is
 * read again as text (those columns alone), as for CSV.
 */
async function parquetColumns(file: string, want: ColumnarRequest): Promise<ColumnarTable> {
  const pq = await openParquet(file);
  const columns = pq.columns;
  const auto = autoNames(want, columns);
  const numericNames = [...new Set([...(want.numeric ?? []), ...auto])].filter((n) => columns.includes(n));
  const categoricalNames = (want.categorical ?? []).filter((n) => columns.includes(n));
  const spilling = !!want.spill && pq.rows * numericNames.length > want.spill.aboveValues;
  const read = async (numericWanted: string[], categoricalWanted: string[]) => {
    const numeric = numericWanted.map((name) => ({
      name,
      auto: auto.includes(name) && !(want.numeric ?? []).includes(name),
      // Spilling, a batch at a time (from index 0) before it goes to the sink.
      out: new Float64Array(spilling ? 0 : pq.rows),
      sink: spilling ? want.spill!.sink(name) : undefined,
    }));
    const categorical = categoricalWanted.map((name) => ({
      name,
      out: new Uint32Array(pq.rows),
      interner: new Interner(want.maxDistinct?.[name]),
    }));
    const invalid: Record<string, InvalidNumber> = {};
    const names = [...new Set([...numericWanted, ...categoricalWanted])];
    for await (const batch of parquetBatches(pq, names)) {
      const byName = new Map(batch.columns.map((c) => [c.name, c]));
      for (const c of numeric) {
        if (c.auto && c.name in invalid) continue; // text: read again as such
        const col = byName.get(c.name)!;
        if (c.sink && c.out.length < batch.rows) c.out = new Float64Array(batch.rows);
        const out = c.out;
        const base = c.sink ? 0 : batch.start;
        const numbers = col.numbers;
        if (numbers && (col.numeric || !c.auto)) {
          out.set(numbers, base);
          // Typed by content, NaN and infinities are text (not finite numbers), as in CSV.
          if (c.auto)
            for (let r = 0; r < batch.rows; r++)
              if (!Number.isFinite(numbers[r]) && !col.isNull(r)) {
                invalid[c.name] = { line: batch.start + r + 1, text: col.text(r)! };
                break;
              }
          c.sink?.push(out, 0, batch.rows);
          continue;
        }
        for (let r = 0; r < batch.rows; r++) {
          const t = col.text(r);
          const v = t === null || t.trim() === "" ? NaN : Number(t);
          if (
            t !== null &&
            !(c.name in invalid) &&
            (c.auto ? t.trim() !== "" && !Number.isFinite(v) : v !== v && t.trim() !== "" && t !== "NaN")
          )
            invalid[c.name] = { line: batch.start + r + 1, text: t };
          out[base + r] = v;
        }
        c.sink?.push(out, 0, batch.rows);
      }
      for (const c of categorical) {
        const col = byName.get(c.name)!;
        for (let r = 0; r < batch.rows; r++) c.out[batch.start + r] = c.interner.code(col.text(r) ?? "");
      }
    }
    return { numeric, categorical, invalid };
  };
  const first = await read(numericNames, categoricalNames);
  const again = first.numeric.filter((c) => c.auto && c.name in first.invalid).map((c) => c.name);
  const text = again.length ? await read([], again) : undefined;
  const categorical = [...first.categorical, ...(text?.categorical ?? [])];
  for (const n of again) delete first.invalid[n];
  return {
    file,
    rows: pq.rows,
    columns,
    numeric: Object.fromEntries(
      first.numeric.filter((c) => !again.includes(c.name) && !c.sink).map((c) => [c.name, c.out]),
    ),
    spilled: first.numeric.filter((c) => !again.includes(c.name) && c.sink).map((c) => c.name),
    categorical: Object.fromEntries(
      categorical
        .filter((c) => !c.interner.overflowed)
        .map((c) => [c.name, { codes: c.out, values: c.interner.values }]),
    ),
    invalid: first.invalid,
    overflowed: categorical.filter((c) => c.interner.overflowed).map((c) => c.name),
  };
}

/** Any format through readRows (csv-parse, JSONL, Parquet): the same result, slower. */
async function fromRows(
  file: string,
  want: ColumnarRequest,
  opts: { format?: string; delimiter?: string },
): Promise<ColumnarTable> {
  let columns: string[] = [];
  const numeric = new Map<string, number[]>();
  const categorical = new Map<string, { codes: number[]; interner: Interner }>();
  const invalid: Record<string, InvalidNumber> = {};
  let rows = 0;
  const auto = new Map<string, Cell[]>();
  for await (const row of readRows(file, opts)) {
    if (rows === 0) {
      columns = Object.keys(row.values);
      for (const n of autoNames(want, columns)) auto.set(n, []);
      for (const n of want.numeric ?? []) if (columns.includes(n)) numeric.set(n, []);
      for (const n of want.categorical ?? [])
        if (columns.includes(n)) categorical.set(n, { codes: [], interner: new Interner(want.maxDistinct?.[n]) });
    }
    for (const [n, out] of numeric) {
      const v = numberOf(row.values[n]);
      if (v !== v && !(n in invalid) && !isEmpty(row.values[n]) && row.values[n] !== "NaN")
        invalid[n] = { line: row.line, text: String(row.values[n]) };
      out.push(v);
    }
    for (const [n, c] of categorical)
      c.codes.push(c.interner.code(row.values[n] === null || row.values[n] === undefined ? "" : String(row.values[n])));
    for (const [n, cells] of auto) cells.push(row.values[n] ?? null);
    rows++;
  }
  // Typed by content: numbers when every cell that is not empty is a finite one.
  for (const [n, cells] of auto) {
    const values = cells.map(numberOf);
    if (cells.every((v, i) => isEmpty(v) || Number.isFinite(values[i]))) numeric.set(n, values);
    else categorical.set(n, { codes: cells.map(() => 0), interner: new Interner(want.maxDistinct?.[n]) });
    const c = categorical.get(n);
    if (c) cells.forEach((v, i) => (c.codes[i] = c.interner.code(v === null || v === undefined ? "" : String(v))));
  }
  return {
    file,
    rows,
    columns,
    numeric: Object.fromEntries([...numeric].map(([n, v]) => [n, Float64Array.from(v)])),
    categorical: Object.fromEntries(
      [...categorical]
        .filter(([, c]) => !c.interner.overflowed)
        .map(([n, c]) => [n, { codes: Uint32Array.from(c.codes), values: c.interner.values }]),
    ),
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
