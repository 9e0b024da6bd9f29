import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { parse } from "csv-parse";
import { UserError } from "../errors.js";

export type Cell = string | number | boolean | null;
export interface Row {
  /** 1-based line where the record starts in its file. */
  line: number;
  file: string;
  values: Record<string, Cell>;
}

export type TableFormat = "csv" | "tsv" | "jsonl";

export function detectFormat(file: string, format: string = "auto"): TableFormat {
  if (format !== "auto") {
    if (format === "csv" || format === "tsv" || format === "jsonl") return format;
    throw new UserError(`unsupported format '${format}' (csv, tsv, jsonl)`, { input: "format" });
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".tsv" || ext === ".tab") return "tsv";
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  throw new UserError(`cannot tell the format of '${file}' from its extension (.csv, .tsv, .jsonl, .ndjson)`, { file });
}

/** Streams rows of a CSV/TSV file (RFC 4180 via csv-parse) or a JSONL file, never holding the whole file. */
export async function* readRows(file: string, opts: { format?: string; delimiter?: string } = {}): AsyncGenerator<Row> {
  const format = detectFormat(file, opts.format);
  try {
    await fs.access(file);
  } catch {
    throw new UserError("data file not found", { file });
  }
  if (format === "jsonl") yield* readJsonl(file);
  else yield* readDelimited(file, opts.delimiter ?? (format === "tsv" ? "\t" : ","));
}

async function* readDelimited(file: string, delimiter: string): AsyncGenerator<Row> {
  const parser = createReadStream(file).pipe(
    parse({ bom: true, delimiter, columns: true, relax_column_count: false, info: true, skip_empty_lines: true }),
  );
  let header: string[] | undefined;
  try {
    for await (const rec of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; columns: { name: string }[] } }>) {
      if (!header) {
        header = Object.keys(rec.record);
      }
      yield { line: rec.info.lines, file, values: rec.record };
    }
  } catch (e) {
    const err = e as { code?: string; lines?: number; message: string };
    if (err.code?.startsWith("CSV_")) throw new UserError(`CSV: ${err.message.replace(/^Invalid Record Length: /, "")}`, { file, line: err.lines });
    throw e;
  }
}

async function* readJsonl(file: string): AsyncGenerator<Row> {
  const rl = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
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
    if (!value || typeof value !== "object" || Array.isArray(value)) throw new UserError("JSONL: each line must be a JSON object", { file, line });
    yield { line, file, values: value as Record<string, Cell> };
  }
}

/** Reads a whole (small) table into columns: for predictions and test sets, not for bulk data. */
export async function readColumns(file: string, opts: { format?: string } = {}): Promise<{ columns: string[]; data: Record<string, Cell[]>; rows: number }> {
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

/** Parses a cell as a number; empty and non-numeric cells give NaN. */
export function toNumber(v: Cell): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === null || v === "") return NaN;
  const n = Number(v);
  return n;
}
