import type { AsyncBuffer, FileMetaData, SchemaElement, SchemaTree } from "hyparquet";
import { UserError } from "../errors.js";
import { isRemote, remoteBuffer } from "./remote.js";

/**
 * Parquet, read by row group and by column (hyparquet decodes the pages), each value given as
 * the cell a CSV of the same table holds: the one place Parquet's types meet the schema's.
 *
 * | Parquet (physical · logical) | cell text | number |
 * | --- | --- | --- |
 * | INT32/INT64, INTEGER(any width, signed or not) | decimal digits (INT64 exactly, as a bigint) | the value |
 * | FLOAT, DOUBLE, FLOAT16 | shortest text that reads back as the value (FLOAT: as a float32) | the value |
 * | DECIMAL(p, s) on INT32, INT64, FIXED_LEN_BYTE_ARRAY or BYTE_ARRAY | exact, s digits after the point | nearest double |
 * | DATE | `YYYY-MM-DD` | — |
 * | TIMESTAMP(MILLIS/MICROS/NANOS, UTC-adjusted) | `YYYY-MM-DDTHH:MM:SS[.fraction]Z` | — |
 * | TIMESTAMP(…, not UTC-adjusted), INT96 | the same without `Z` (a wall-clock time; INT96 to the nanosecond) | — |
 * | TIME(MILLIS/MICROS/NANOS) | `HH:MM:SS[.fraction]` (`Z` when UTC-adjusted) | — |
 * | BOOLEAN | `true` / `false` | 1 / 0 (not a numeric column) |
 * | STRING, ENUM, JSON, BYTE_ARRAY | the UTF-8 text | — |
 * | UUID | `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` | — |
 * | LIST, MAP, STRUCT, VARIANT, GEOMETRY | the value as JSON text (one categorical value) | — |
 *
 * A fraction is written with the unit's digits less trailing zeros, and left out when zero.
 * INTERVAL and BSON are refused, naming the column. A null is a missing cell.
 */

/** A cell as read-table.ts's Cell (that module imports this one on demand). */
type Cell = string | number | boolean | null;

/** The file's Parquet types are read into one of these per column and row group. */
interface ParquetColumn {
  name: string;
  /** Whether the column holds numbers (INT, FLOAT, DOUBLE, DECIMAL): `numbers` are its values. */
  numeric: boolean;
  /** Whether it holds integers only (INT32, INT64: their text is integer text). */
  integral: boolean;
  /** Numeric and BOOLEAN columns: each row's number (NaN where null). */
  numbers: Float64Array | undefined;
  /** Whether row i is null. */
  isNull(i: number): boolean;
  /** Row i's text as a CSV of the table would hold it (null when null). */
  text(i: number): string | null;
  /** Row i as a typed cell: a number for numeric columns (text beyond 2^53), a boolean for BOOLEAN, else the text. */
  cell(i: number): Cell;
}

export interface ParquetBatch {
  /** The batch's first row, counted from 0 in the file. */
  start: number;
  rows: number;
  columns: ParquetColumn[];
}

/** How a top-level column's values are turned into cells. */
type Decoder =
  | { kind: "int" }
  | { kind: "float"; bits: 32 | 64 }
  | { kind: "decimal"; scale: number }
  | { kind: "date" }
  | { kind: "timestamp"; unit: Unit; utc: boolean }
  | { kind: "time"; unit: Unit; utc: boolean }
  | { kind: "boolean" }
  | { kind: "text" }
  | { kind: "json" };
type Unit = "MILLIS" | "MICROS" | "NANOS";

export interface ParquetFile {
  file: string;
  buffer: AsyncBuffer;
  /** The metadata as hyparquet read it, with the annotations this module decodes itself removed. */
  metadata: FileMetaData;
  /** Top-level columns in file order. */
  columns: string[];
  rows: number;
  decoders: Map<string, Decoder>;
}

/** Opens a Parquet file and reads its footer. */
export async function openParquet(file: string, buffer?: AsyncBuffer): Promise<ParquetFile> {
  const { asyncBufferFromFile, parquetMetadataAsync } = await import("hyparquet");
  let metadata: FileMetaData;
  try {
    if (!buffer && isRemote(file)) {
      buffer = await remoteBuffer(file, file);
    }
    buffer ??= await asyncBufferFromFile(file);
    metadata = await parquetMetadataAsync(buffer);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new UserError("data file not found", { file });
    throw new UserError(`Parquet: ${(e as Error).message}`, { file });
  }
  // The top-level fields: the root's children, each followed by its own descendants.
  const schema = metadata.schema.map((e) => ({ ...e }));
  const decoders = new Map<string, Decoder>();
  const columns: string[] = [];
  let at = 1;
  const skip = (i: number): number => {
    let next = i + 1;
    for (let c = 0; c < (schema[i].num_children ?? 0); c++) next = skip(next);
    return next;
  };
  while (at < schema.length) {
    const el = schema[at];
    columns.push(el.name);
    decoders.set(el.name, decoderOf(el, file));
    // Leaves this module decodes itself are handed over bare: hyparquet would make Dates
    // (a DATE at midnight UTC, timestamps cut to the millisecond), doubles of decimals and
    // objects of JSON text.
    const kind = decoders.get(el.name)!.kind;
    const bare = ["decimal", "date", "timestamp", "time"].includes(kind);
    if (!el.num_children && (bare || el.converted_type === "JSON" || el.logical_type?.type === "JSON")) {
      el.converted_type = undefined;
      el.logical_type = undefined;
    }
    at = skip(at);
  }
  return {
    file,
    buffer,
    metadata: { ...metadata, schema },
    columns,
    rows: Number(metadata.num_rows),
    decoders,
  };
}

function decoderOf(el: SchemaElement, file: string): Decoder {
  const lt = el.logical_type;
  const ct = el.converted_type;
  const refuse = (what: string) =>
    new UserError(`Parquet column '${el.name}': ${what} values are not supported (cast the column to text)`, {
      file,
    });
  if (el.num_children) return { kind: "json" };
  if (ct === "INTERVAL") throw refuse("INTERVAL");
  if (ct === "BSON" || lt?.type === "BSON") throw refuse("BSON");
  if (lt?.type === "DECIMAL") return { kind: "decimal", scale: lt.scale ?? 0 };
  if (ct === "DECIMAL") return { kind: "decimal", scale: el.scale ?? 0 };
  if (lt?.type === "DATE" || ct === "DATE") return { kind: "date" };
  if (lt?.type === "TIMESTAMP") return { kind: "timestamp", unit: lt.unit, utc: lt.isAdjustedToUTC };
  // The legacy annotations alone (no logical type) mean UTC-adjusted instants.
  if (ct === "TIMESTAMP_MILLIS") return { kind: "timestamp", unit: "MILLIS", utc: true };
  if (ct === "TIMESTAMP_MICROS") return { kind: "timestamp", unit: "MICROS", utc: true };
  if (lt?.type === "TIME") return { kind: "time", unit: lt.unit, utc: lt.isAdjustedToUTC };
  if (ct === "TIME_MILLIS") return { kind: "time", unit: "MILLIS", utc: true };
  if (ct === "TIME_MICROS") return { kind: "time", unit: "MICROS", utc: true };
  // INT96: Impala's and Spark's nanosecond timestamps, read (as Arrow and DuckDB read them) as wall-clock time.
  if (el.type === "INT96") return { kind: "timestamp", unit: "NANOS", utc: false };
  if (lt?.type === "GEOMETRY" || lt?.type === "GEOGRAPHY" || lt?.type === "VARIANT") return { kind: "json" };
  if (lt?.type === "FLOAT16") return { kind: "float", bits: 32 };
  if (el.type === "FLOAT") return { kind: "float", bits: 32 };
  if (el.type === "DOUBLE") return { kind: "float", bits: 64 };
  if (el.type === "INT32" || el.type === "INT64") return { kind: "int" };
  if (el.type === "BOOLEAN") return { kind: "boolean" };
  return { kind: "text" };
}

/** Values hyparquet passes through: INT96 as nanoseconds (a bigint), the rest as they are. */
const rawParsers = {
  timestampFromNanoseconds: (n: bigint) => n,
  timestampFromMicroseconds: (n: bigint) => n,
  timestampFromMilliseconds: (n: bigint) => n,
  dateFromDays: (d: number) => d,
};

/** Row groups longer than this are read in parts (hyparquet reads the pages a row range needs). */
const MAX_BATCH = 1 << 17;

/** One column's rows of one row group, read by readFlat. */
interface FlatRows {
  /** Per row (a null row holds 0, NaN or null). */
  data: ArrayLike<unknown>;
  /** 1 where the row is null; undefined when none is. */
  nulls: Uint8Array | undefined;
}

/** A top-level column with no children that does not repeat: no lists to assemble. */
function isFlat(pq: ParquetFile, name: string): boolean {
  const el = pq.metadata.schema.find((e, i) => i > 0 && e.name === name);
  return el !== undefined && !el.num_children && el.repetition_type !== "REPEATED";
}

/**
 * The rows of `columns` (all when undefined), a row group (or part of one) at a time: memory holds
 * one row group of the asked-for columns, whatever the file's size. Flat columns are read by
 * readFlat (their column chunk's bytes alone, one range of the file); nested ones by hyparquet's
 * parquetRead.
 */
export async function* parquetBatches(pq: ParquetFile, columns?: string[]): AsyncGenerator<ParquetBatch> {
  const { parquetRead, parquetSchema } = await import("hyparquet");
  const names = columns ?? pq.columns;
  const tree = parquetSchema(pq.metadata);
  for (const n of names) if (!pq.decoders.has(n)) throw new Error(`parquetBatches: no column '${n}' in ${pq.file}`);
  const flatNames = names.filter((n) => isFlat(pq, n));
  const nestedNames = names.filter((n) => !flatNames.includes(n));
  let groupStart = 0;
  for (const group of pq.metadata.row_groups) {
    const groupRows = Number(group.num_rows);
    const flat = new Map<string, FlatRows>();
    for (const n of flatNames) flat.set(n, await readFlat(pq, tree, group, n, groupRows));
    for (let start = groupStart; start < groupStart + groupRows; start += MAX_BATCH) {
      const end = Math.min(start + MAX_BATCH, groupStart + groupRows);
      const chunks = new Map<string, { start: number; data: ArrayLike<unknown> }[]>(nestedNames.map((n) => [n, []]));
      if (nestedNames.length)
        try {
          await parquetRead({
            file: pq.buffer,
            metadata: pq.metadata,
            columns: nestedNames,
            rowStart: start,
            rowEnd: end,
            utf8: false,
            parsers: rawParsers,
            onChunk: (c) => chunks.get(c.columnName)?.push({ start: c.rowStart, data: c.columnData }),
          });
        } catch (e) {
          if (e instanceof UserError) throw e;
          throw new UserError(`Parquet: ${(e as Error).message}`, { file: pq.file });
        }
      yield {
        start,
        rows: end - start,
        columns: names.map((n) => {
          const f = flat.get(n);
          if (!f) return column(n, pq.decoders.get(n)!, slice(chunks.get(n)!, start, end));
          const from = start - groupStart;
          const to = end - groupStart;
          const whole = from === 0 && to === f.data.length;
          const data = whole
            ? f.data
            : ArrayBuffer.isView(f.data)
              ? (f.data as unknown as Float64Array).subarray(from, to)
              : (f.data as unknown[]).slice(from, to);
          return column(n, pq.decoders.get(n)!, data, f.nulls?.subarray(from, to));
        }),
      };
    }
    groupStart += groupRows;
  }
}

/**
 * A flat column's rows in one row group: its column chunk read as one range of the file, each page
 * decoded by hyparquet's page decoders (hyparquet-pages.js), the values placed at their rows by the
 * definition levels (0: null, 1: present). Typed arrays stay typed (a null row of a float column
 * holds NaN). The chunk's offsets and sizes come from the file's footer and are checked against the
 * file's length before anything is read.
 */
async function readFlat(
  pq: ParquetFile,
  tree: SchemaTree,
  group: FileMetaData["row_groups"][number],
  name: string,
  groupRows: number,
): Promise<FlatRows> {
  const pages = await import("./hyparquet-pages.js");
  const chunk = group.columns.find(
    (c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === name,
  );
  const meta = chunk?.meta_data;
  const bad = (what: string) => new UserError(`Parquet column '${name}': ${what}`, { file: pq.file });
  if (!meta) throw bad("no column chunk in a row group");
  let begin = Number(meta.data_page_offset);
  const dict = meta.dictionary_page_offset === undefined ? 0 : Number(meta.dictionary_page_offset);
  if (dict > 0 && dict < begin) begin = dict;
  const end = begin + Number(meta.total_compressed_size);
  if (!(begin >= 0 && end <= pq.buffer.byteLength && end >= begin))
    throw bad(`its column chunk (bytes ${begin}–${end}) lies outside the file (${pq.buffer.byteLength} bytes)`);
  let bytes: ArrayBuffer;
  try {
    bytes = await pq.buffer.slice(begin, end);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw bad((e as Error).message);
  }
  const schemaPath = pages.getTreePath(tree, [name]);
  const decoder = {
    pathInSchema: [name],
    type: meta.type,
    element: schemaPath[schemaPath.length - 1].element,
    schemaPath,
    codec: meta.codec,
    parsers: { ...pages.DEFAULT_PARSERS, ...rawParsers },
    utf8: false,
  };
  const maxDef = pages.getMaxDefinitionLevel(schemaPath);
  const parts: { values: ArrayLike<unknown>; defs: number[] | undefined; rows: number }[] = [];
  try {
    const reader = { view: new DataView(bytes), offset: 0 };
    let dictionary: ArrayLike<unknown> | undefined;
    let rows = 0;
    while (rows < groupRows && reader.offset < bytes.byteLength - 1) {
      const header = pages.parquetHeader(reader);
      const size = header.compressed_page_size;
      if (!(size >= 0 && reader.offset + size <= bytes.byteLength))
        throw new Error("a page runs past its column chunk");
      const raw = new Uint8Array(bytes, reader.offset, size);
      reader.offset += size;
      if (header.type === "DICTIONARY_PAGE" && header.dictionary_page_header) {
        const page = pages.decompressPage(raw, Number(header.uncompressed_page_size), meta.codec, undefined);
        const view = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
        const plain = pages.readPlain(
          view,
          meta.type,
          header.dictionary_page_header.num_values,
          decoder.element.type_length,
        );
        dictionary = pages.convert(plain, decoder);
      } else if (header.type === "DATA_PAGE" && header.data_page_header) {
        const daph = header.data_page_header;
        const page = pages.decompressPage(raw, Number(header.uncompressed_page_size), meta.codec, undefined);
        const { definitionLevels, dataPage } = pages.readDataPage(page, daph, decoder);
        const values = pages.convertWithDictionary(dataPage, dictionary as never, daph.encoding, decoder);
        parts.push({ values, defs: definitionLevels?.length ? definitionLevels : undefined, rows: daph.num_values });
        rows += daph.num_values;
      } else if (header.type === "DATA_PAGE_V2" && header.data_page_header_v2) {
        const daph2 = header.data_page_header_v2;
        const { definitionLevels, dataPage } = pages.readDataPageV2(raw, header, decoder);
        const values = pages.convertWithDictionary(dataPage, dictionary as never, daph2.encoding, decoder);
        const defs = daph2.num_nulls && definitionLevels?.length ? definitionLevels : undefined;
        parts.push({ values, defs, rows: daph2.num_rows });
        rows += daph2.num_rows;
      } // an index page: skipped
    }
    if (rows !== groupRows) throw new Error(`the column chunk holds ${rows} rows where the row group has ${groupRows}`);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw bad((e as Error).message);
  }
  return assemble(parts, groupRows, maxDef);
}

/** Pages' values placed at their rows: one typed array when every page's values are of one typed kind, else an array with nulls. */
function assemble(
  parts: { values: ArrayLike<unknown>; defs: number[] | undefined; rows: number }[],
  total: number,
  maxDef: number,
): FlatRows {
  if (parts.length === 1 && !parts[0].defs) return { data: parts[0].values, nulls: undefined };
  const first = parts[0]?.values;
  const Typed =
    first && ArrayBuffer.isView(first) && parts.every((p) => p.values.constructor === first.constructor)
      ? (first.constructor as new (
          n: number,
        ) => Float64Array)
      : undefined;
  const out: { [i: number]: unknown; length: number } = Typed ? new Typed(total) : new Array<unknown>(total);
  const nan = first instanceof Float64Array || first instanceof Float32Array;
  let nulls: Uint8Array | undefined;
  let at = 0;
  for (const p of parts) {
    const { values, defs } = p;
    if (!defs) {
      if (Typed) (out as Float64Array).set(values as Float64Array, at);
      else for (let i = 0; i < p.rows; i++) out[at + i] = values[i];
    } else {
      nulls ??= new Uint8Array(total);
      for (let i = 0, j = 0; i < p.rows; i++)
        if (defs[i] === maxDef) out[at + i] = values[j++];
        else {
          nulls[at + i] = 1;
          if (!Typed) out[at + i] = null;
          else if (nan) out[at + i] = NaN; // other typed arrays hold 0 there already
        }
    }
    at += p.rows;
  }
  return { data: out as ArrayLike<unknown>, nulls };
}

/** The values of rows [start, end) from a column's chunks (which may begin before `start` or run past `end`). */
function slice(chunks: { start: number; data: ArrayLike<unknown> }[], start: number, end: number): ArrayLike<unknown> {
  if (chunks.length === 1 && chunks[0].start === start && chunks[0].data.length === end - start) return chunks[0].data;
  const out = new Array<unknown>(end - start);
  for (const c of chunks)
    for (let i = Math.max(start, c.start); i < Math.min(end, c.start + c.data.length); i++)
      out[i - start] = c.data[i - c.start];
  return out;
}

const utf8 = new TextDecoder("utf-8");

function column(name: string, d: Decoder, data: ArrayLike<unknown>, nulls?: Uint8Array): ParquetColumn {
  const n = data.length;
  const isNull = nulls ? (i: number) => nulls[i] === 1 : (i: number) => data[i] === null || data[i] === undefined;
  const base = { name, isNull };
  switch (d.kind) {
    case "int": {
      const numbers = new Float64Array(n);
      for (let i = 0; i < n; i++) numbers[i] = isNull(i) ? NaN : Number(data[i] as number | bigint);
      const text = (i: number) => (isNull(i) ? null : String(data[i]));
      return {
        ...base,
        numeric: true,
        integral: true,
        numbers,
        text,
        cell: (i) => (isNull(i) ? null : Number.isSafeInteger(numbers[i]) ? numbers[i] : text(i)),
      };
    }
    case "float": {
      const numbers = data instanceof Float64Array ? data : new Float64Array(n);
      // A FLOAT's number is that of its text (0.1, not 0.10000000149011612), as a CSV of it reads.
      if (d.bits === 32)
        for (let i = 0; i < n; i++) numbers[i] = isNull(i) ? NaN : Number(float32Text(data[i] as number));
      else if (numbers !== data) for (let i = 0; i < n; i++) numbers[i] = isNull(i) ? NaN : (data[i] as number);
      const text = (i: number) => (isNull(i) ? null : String(numbers[i]));
      return { ...base, numeric: true, integral: false, numbers, text, cell: (i) => (isNull(i) ? null : numbers[i]) };
    }
    case "decimal": {
      const texts = new Array<string | null>(n);
      const numbers = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const v = data[i];
        if (isNull(i)) {
          texts[i] = null;
          numbers[i] = NaN;
          continue;
        }
        const unscaled = v instanceof Uint8Array ? bigEndianSigned(v) : BigInt(v as number | bigint);
        texts[i] = decimalText(unscaled, d.scale);
        // An integer below 2^53 over an exact power of ten is one correctly rounded division.
        const small = unscaled >= -(2n ** 53n) && unscaled <= 2n ** 53n && d.scale <= 22;
        numbers[i] = small ? Number(unscaled) / 10 ** d.scale : Number(texts[i]);
      }
      return {
        ...base,
        numeric: true,
        integral: false,
        numbers,
        text: (i) => texts[i],
        cell: (i) => (texts[i] === null ? null : numbers[i]),
      };
    }
    case "boolean": {
      const numbers = new Float64Array(n);
      for (let i = 0; i < n; i++) numbers[i] = isNull(i) ? NaN : data[i] ? 1 : 0;
      return {
        ...base,
        numeric: false,
        integral: false,
        numbers,
        text: (i) => (isNull(i) ? null : data[i] ? "true" : "false"),
        cell: (i) => (isNull(i) ? null : Boolean(data[i])),
      };
    }
    default: {
      const texts = new Array<string | null>(n);
      // Dates and times repeat (a day, an hour): each distinct value is decoded once, up to a cap.
      const memo =
        d.kind === "date" || d.kind === "timestamp" || d.kind === "time" ? new Map<unknown, string>() : undefined;
      for (let i = 0; i < n; i++) {
        const v = data[i];
        if (isNull(i)) texts[i] = null;
        else if (typeof v === "string") texts[i] = v;
        else if (memo) {
          let t = memo.get(v);
          if (t === undefined) {
            t = cellText(d, v);
            if (memo.size < 65536) memo.set(v, t);
          }
          texts[i] = t;
        } else texts[i] = cellText(d, v);
      }
      return {
        ...base,
        numeric: false,
        integral: false,
        numbers: undefined,
        text: (i) => texts[i],
        cell: (i) => texts[i],
      };
    }
  }
}

function cellText(d: Decoder, v: unknown): string {
  switch (d.kind) {
    case "date":
      return civilDate(Number(v));
    case "timestamp":
      return timestampText(BigInt(v as number | bigint), d.unit, d.utc);
    case "time":
      return timeText(BigInt(v as number | bigint), d.unit, d.utc);
    case "json":
      return typeof v === "string" ? v : v instanceof Uint8Array ? utf8.decode(v) : jsonText(v);
    default:
      return typeof v === "string" ? v : v instanceof Uint8Array ? utf8.decode(v) : String(v);
  }
}

/** A nested value as JSON: bigints as numbers when exact (else as text), dates as ISO text, bytes as UTF-8. */
function jsonText(v: unknown): string {
  return JSON.stringify(v, (_k, x) =>
    typeof x === "bigint"
      ? Number.isSafeInteger(Number(x))
        ? Number(x)
        : String(x)
      : x instanceof Uint8Array
        ? utf8.decode(x)
        : x,
  );
}

/** A two's-complement big-endian integer (DECIMAL on FIXED_LEN_BYTE_ARRAY or BYTE_ARRAY). */
function bigEndianSigned(bytes: Uint8Array): bigint {
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  if (bytes.length && bytes[0] & 0x80) v -= 1n << BigInt(bytes.length * 8);
  return v;
}

/** unscaled × 10^-scale, exactly, with `scale` digits after the point. */
function decimalText(unscaled: bigint, scale: number): string {
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, "0");
  const body = scale > 0 ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return negative ? `-${body}` : body;
}

/** The shortest decimal text that reads back (as a float32) as the float32 value v. */
function float32Text(v: number): string {
  if (!Number.isFinite(v) || Number.isInteger(v)) return String(v);
  for (let p = 1; p < 9; p++) {
    const t = Number(v.toPrecision(p));
    if (Math.fround(t) === v) return String(t);
  }
  return String(v);
}

/** The proleptic Gregorian date of a day count from 1970-01-01 (Hinnant's civil_from_days). */
function civilDate(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const year = y < 0 ? `-${String(-y).padStart(4, "0")}` : String(y).padStart(4, "0");
  return `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const PER_SECOND: Record<Unit, bigint> = { MILLIS: 1000n, MICROS: 1_000_000n, NANOS: 1_000_000_000n };
const DIGITS: Record<Unit, number> = { MILLIS: 3, MICROS: 6, NANOS: 9 };

/** Seconds of the day and the fraction's text (the unit's digits less trailing zeros, "" when zero). */
function clock(secondsOfDay: number, fraction: bigint, unit: Unit): string {
  const h = Math.floor(secondsOfDay / 3600);
  const m = Math.floor((secondsOfDay % 3600) / 60);
  const s = secondsOfDay % 60;
  const f = fraction === 0n ? "" : `.${fraction.toString().padStart(DIGITS[unit], "0").replace(/0+$/, "")}`;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}${f}`;
}

/** A timestamp in `unit`s from the epoch as ISO 8601 text (`Z` when UTC-adjusted). */
function timestampText(value: bigint, unit: Unit, utc: boolean): string {
  const per = PER_SECOND[unit];
  let seconds = value / per;
  let fraction = value % per;
  if (fraction < 0n) {
    fraction += per;
    seconds -= 1n;
  }
  let days = seconds / 86400n;
  let rest = seconds % 86400n;
  if (rest < 0n) {
    rest += 86400n;
    days -= 1n;
  }
  return `${civilDate(Number(days))}T${clock(Number(rest), fraction, unit)}${utc ? "Z" : ""}`;
}

/** A time of day in `unit`s since midnight. */
function timeText(value: bigint, unit: Unit, utc: boolean): string {
  const per = PER_SECOND[unit];
  return `${clock(Number(value / per), value % per, unit)}${utc ? "Z" : ""}`;
}
