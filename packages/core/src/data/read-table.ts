import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { Transform, pipeline } from "node:stream";
import { UserError } from "../errors.js";
import { parse } from "csv-parse";
import { isRemote, remoteStream } from "./remote.js";
import { openParquet, parquetBatches } from "./parquet.js";

export type Cell = string | number | boolean | null;
export interface Row {
  /** 1-based line where the record starts in its file. */
  line: number;
  file: string;
  values: Record<string, Cell>;
}

export type TableFormat = "csv" | "tsv" | "jsonl" | "parquet";

export function detectFormat(file: string, format: string = "auto"): TableFormat {
  if (format !== "auto") {
    if (format === "csv" || format === "tsv" || format === "jsonl" || format === "parquet") return format;
    throw new UserError(`unsupported format '${format}' (csv, tsv, jsonl, parquet)`, { input: "format" });
  }
  // A URL's query (a signed URL's) is not part of its name.
  const ext = path.extname(isRemote(file) ? file.replace(/[?#].*$/s, "") : file).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".tsv" || ext === ".tab") return "tsv";
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".parquet" || ext === ".pq") return "parquet";
  throw new UserError(
    `cannot tell the format of '${file}' from its extension (.csv, .tsv, .jsonl, .ndjson, .parquet)`,
    { file },
  );
}

/**
 * Streams rows of a CSV/TSV file (RFC 4180 via csv-parse) or a JSONL file, never holding the whole
 * file; at a remote location, from the body of one GET (remote.ts), Parquet by range requests.
 */
export async function* readRows(file: string, opts: { format?: string; delimiter?: string } = {}): AsyncGenerator<Row> {
  const format = detectFormat(file, opts.format);
  if (!isRemote(file))
    try {
      await fs.access(file);
    } catch {
      throw new UserError("data file not found", { file });
    }
  if (format === "jsonl") yield* readJsonl(file);
  else if (format === "parquet") yield* readParquet(file);
  else yield* readDelimited(file, opts.delimiter ?? (format === "tsv" ? "\t" : ","));
}

/**
 * Decodes UTF-8 strictly (invalid bytes are an error naming the line, not silent U+FFFD)
 * and hands text on to the CSV parser.
 */
function strictUtf8(file: string): Transform {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, cb) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        // Find the line of the first bad byte in this chunk.
        let ok = 0;
        const probe = new TextDecoder("utf-8", { fatal: true });
        for (let i = 1; i <= chunk.length; i++) {
          try {
            probe.decode(chunk.subarray(0, i), { stream: true });
            ok = i;
          } catch {
            break;
          }
        }
        const before = chunk.subarray(0, ok).toString("utf8");
        cb(
          new UserError("invalid UTF-8 (save the file as UTF-8)", {
            file,
            line: line + (before.match(/\n/g)?.length ?? 0),
          }),
        );
        return;
      }
      line += text.match(/\n/g)?.length ?? 0;
      cb(null, text);
    },
    flush(cb) {
      try {
        const rest = decoder.decode();
        cb(null, rest);
      } catch {
        cb(new UserError("invalid UTF-8 at the end of the file", { file, line }));
      }
    },
  });
}

/** A file's bytes, or a remote object's (one GET, its length checked as it is read: remote.ts). */
async function bytes(file: string): Promise<NodeJS.ReadableStream> {
  return isRemote(file) ? remoteStream(file, file) : createReadStream(file);
}

async function* readDelimited(file: string, delimiter: string): AsyncGenerator<Row> {
  // pipeline (not .pipe) so an error in any stage reaches the loop below.
  const parser = pipeline(
    await bytes(file),
    strictUtf8(file),
    parse({
      bom: true,
      delimiter,
      info: true,
      skip_empty_lines: true,
      columns: (header: string[]) => {
        const seen = new Set<string>();
        for (const h of header) {
          if (seen.has(h)) throw new UserError(`duplicate column name '${h}' in the header`, { file, line: 1 });
          seen.add(h);
        }
        return header;
      },
    }),
    () => {},
  );
  let lastLine = 1;
  try {
    for await (const rec of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { line: lastLine + 1, file, values: rec.record };
      lastLine = rec.info.lines;
    }
  } catch (e) {
    const err = e as { code?: string; lines?: number; message: string; record?: string[] };
    if (e instanceof UserError) throw e;
    if (err.code === "CSV_QUOTE_NOT_CLOSED")
      throw new UserError("unterminated quoted field (a '\"' opens here and is never closed)", {
        file,
        line: lastLine + 1,
      });
    if (err.code === "CSV_RECORD_INCONSISTENT_COLUMNS" || err.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH") {
      const m = /columns length is (\d+), got (\d+)/.exec(err.message);
      throw new UserError(
        m ? `ragged row: ${m[2]} field(s) where the header has ${m[1]}` : `ragged row: ${err.message}`,
        { file, line: err.lines },
      );
    }
    if (err.code?.startsWith("CSV_")) throw new UserError(`CSV: ${err.message}`, { file, line: err.lines });
    throw e;
  }
}

/** Parquet, a row group at a time (never the whole file in memory), typed as parquet.ts maps Parquet's types. */
async function* readParquet(file: string): AsyncGenerator<Row> {
  const pq = await openParquet(file);
  for await (const batch of parquetBatches(pq)) {
    for (let i = 0; i < batch.rows; i++) {
      const values: Record<string, Cell> = {};
      for (const c of batch.columns) values[c.name] = c.cell(i);
      // "line" is the 1-based row number for Parquet.
      yield { line: batch.start + i + 1, file, values };
    }
  }
}

async function* readJsonl(file: string): AsyncGenerator<Row> {
  const input = await bytes(file);
  input.setEncoding("utf8");
  const rl = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new UserError(`JSONL: ${(e as Error).message}`, { file, line });
    }
    if (!value || typeof value !== "object" || Array.isArray(value))
      throw new UserError("JSONL: each line must be a JSON object", { file, line });
    yield { line, file, values: flattenRecord(value as Record<string, unknown>, file, line) };
  }
}

/** Nesting deeper than this is refused (a record is a table row, not a tree). */
const MAX_JSONL_DEPTH = 32;

/**
 * A JSONL record as table cells: nested objects become dotted columns (`meta.country`), so
 * they are profiled and checked for drift like any column; arrays become their JSON text (one
 * categorical value). Without this they were all the string "[object Object]".
 */
function flattenRecord(record: Record<string, unknown>, file: string, line: number): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  const walk = (obj: Record<string, unknown>, prefix: string, depth: number) => {
    if (depth > MAX_JSONL_DEPTH)
      throw new UserError(
        `JSONL: values nested more than ${MAX_JSONL_DEPTH} levels deep (at '${prefix.slice(0, 200)}…'); flatten the record`,
        { file, line },
      );
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (v !== null && typeof v === "object" && !Array.isArray(v)) walk(v as Record<string, unknown>, key, depth + 1);
      else if (Array.isArray(v)) out[key] = jsonText(v, file, line);
      else out[key] = v as Cell;
    }
  };
  walk(record, "", 1);
  return out;
}

function jsonText(v: unknown[], file: string, line: number): string {
  // JSON.stringify recurses: a deeply nested array would overflow the stack.
  let depth = 0;
  for (
    let cur: unknown = v;
    Array.isArray(cur) && depth <= MAX_JSONL_DEPTH;
    cur = cur.find((x) => x && typeof x === "object")
  )
    depth++;
  if (depth > MAX_JSONL_DEPTH)
    throw new UserError(`JSONL: an array nested more than ${MAX_JSONL_DEPTH} levels deep`, { file, line });
  try {
    return JSON.stringify(v);
  } catch {
    throw new UserError(`JSONL: an array nested too deeply to read`, { file, line });
  }
}

/** Reads a whole (small) table into columns: for predictions and test sets, not for bulk data. */
export async function readColumns(
  file: string,
  opts: { format?: string } = {},
): Promise<{ columns: string[]; data: Record<string, Cell[]>; rows: number }> {
  const data: Record<string, Cell[]> = {};
  let columns: string[] = [];
  let rows = 0;
  for await (const row of readRows(file, opts)) {
    if (rows === 0) {
      columns = Object.keys(row.values);
      for (const c of columns) data[c] = [];
    }
    for (const c of columns) data[c].push(row.values[c] ?? null);
    rows++;
  }
  if (rows === 0) throw new UserError("the file has no data rows", { file });
  return { columns, data, rows };
}
