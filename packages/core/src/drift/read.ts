/**
 * The data check-drift compares, read by the engine asked for: the builtin readers
 * (data/read-columnar.ts) or DuckDB (sql/duckdb-columns.ts). Both give the same columns, value
 * for value, so the report does not depend on the engine.
 */
import fs from "node:fs/promises";
import { type Column, driftColumns, type NumericColumn, sortedPresent } from "../data/column.js";
import { readColumnar, type ColumnarTable } from "../data/read-columnar.js";
import { detectFormat } from "../data/read-table.js";
import { isRemote } from "../data/remote.js";
import { UserError } from "../errors.js";
import type { Logger } from "../util/log.js";
import type { Table } from "./check.js";
import type { SpillFolder, SpilledColumn } from "./spilled.js";

export type DriftEngine = "auto" | "builtin" | "duckdb";

/**
 * `auto` reads a file this large or larger with DuckDB, when it can be loaded. Not a measured
 * crossing point: on this 2-core machine the duckdb engine was no faster than the builtin readers
 * at any size measured, whole processes of check-drift with KS on 10 float columns (min of 2–3
 * alternating runs, other work beside them): 100,000 rows (19 MB CSV, 8 MB Parquet) builtin
 * 3.15 / 3.08 s, duckdb 4.42 / 3.03 s; 300,000 rows 3.83 / 2.77 s against 4.10 / 3.98 s;
 * 1,000,000 rows (190 MB CSV, 80 MB Parquet) 7.38 / 7.09 s against 8.60 / 7.23 s, and four more
 * alternating rounds on the Parquet files gave medians of about 7.0 s (builtin) and 8.1 s
 * (duckdb). DuckDB scans faster, but its result reaches JS chunk by chunk (2,048 rows, a copy out
 * of each) and the statistics (a sort per column) are the same JS either way. 256 MiB, as for
 * validate-data, keeps `auto` on the builtin readers at every size measured so far.
 */
const AUTO_DUCKDB_BYTES = 256 * 1024 * 1024;

export interface DriftReadOptions {
  engine?: DriftEngine;
  /** Where the duckdb engine finds @duckdb/node-api (the host's MLSHIP_DUCKDB_PATH; unset: beside mlship). */
  duckdbPath?: string;
  log?: Pick<Logger, "debug">;
  /** Where the builtin readers spill numeric columns past `heldValues` numbers (drift/spilled.ts). */
  spill?: SpillFolder;
  /** Numbers one side may hold in memory before its numeric columns spill (default HELD_VALUES). */
  heldValues?: number;
}

/**
 * Numbers one side may hold in memory (84 MB, and as much again sorted): past it, its numeric
 * columns go to disk in sorted runs and the statistics merge them (drift/spilled.ts: the same
 * values, memory flat as rows grow). 1,000,000 rows × 10 numeric columns stay in memory: 430–440
 * MiB peak for both sides (bench/scale.ts 1e6, CSV and Parquet), about 15 bytes a number held
 * over a base of 130 MiB; at this budget a table just under it peaks near 460 MiB, under 512.
 */
const HELD_VALUES = 10_500_000;

/** The builtin readers: past `heldValues` numbers, numeric columns spilled into `spill`. */
async function readBuiltin(file: string, opts: DriftReadOptions): Promise<Table> {
  const { spill } = opts;
  if (!spill) return asTable(await readColumnar(file, { auto: "all" }));
  const sinks = new Map<string, SpilledColumn>();
  const t = await readColumnar(file, {
    auto: "all",
    spill: {
      aboveValues: opts.heldValues ?? HELD_VALUES,
      sink: (name) => {
        const c = spill.column();
        sinks.set(name, c);
        return c;
      },
    },
  });
  const table = asTable(t);
  for (const name of t.spilled ?? []) table.data[name] = sinks.get(name)!.finish();
  return t.spilled?.length ? { ...table, columns: t.columns.filter((c) => c in table.data) } : table;
}

/** The columns readColumnar gave, as drift takes them. */
function asTable(t: ColumnarTable): Table {
  const data = driftColumns(t);
  return { columns: t.columns.filter((c) => c in data), data, rows: t.rows };
}

/**
 * Sorts the numeric columns now (sortedPresent keeps each column's sorted values for the
 * statistics): done while DuckDB scans the other file on its own threads, the sort costs the
 * check no time of its own.
 */
function sortNow(t: Table): Table {
  for (const c of Object.values(t.data))
    if (!Array.isArray(c) && (c as Column).kind === "numeric") sortedPresent(c as NumericColumn);
  return t;
}

/** The table DuckDB read, or undefined when the builtin readers are to read the file. */
async function withDuckdb(file: string, opts: DriftReadOptions): Promise<ColumnarTable | undefined> {
  const engine = opts.engine ?? "builtin";
  if (engine === "builtin") return undefined;
  const explicit = engine === "duckdb";
  const format = detectFormat(file);
  if (isRemote(file) || !(format === "csv" || format === "tsv" || format === "parquet")) {
    if (explicit)
      throw new UserError(
        "engine 'duckdb' reads local CSV, TSV and Parquet files only: use engine 'auto' or 'builtin'",
        {
          file,
          input: "engine",
        },
      );
    return undefined;
  }
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat) throw new UserError("data file not found", { file });
  if (!explicit && stat.size < AUTO_DUCKDB_BYTES) return undefined;
  const { loadDuckdb, requireDuckdb } = await import("../sql/duckdb.js");
  const duck = explicit ? await requireDuckdb(opts.duckdbPath) : await loadDuckdb(opts.duckdbPath);
  if (!duck) {
    opts.log?.debug(`engine auto: @duckdb/node-api could not be loaded; ${file} is read by the builtin reader`);
    return undefined;
  }
  const { readColumnsWithDuckdb, DuckdbColumnsUnsupported } = await import("../sql/duckdb-columns.js");
  let read: Awaited<ReturnType<typeof readColumnsWithDuckdb>>;
  try {
    read = await readColumnsWithDuckdb(duck, file, format);
  } catch (e) {
    if (!(e instanceof DuckdbColumnsUnsupported)) throw e;
    opts.log?.debug(`DuckDB did not read ${file} as the builtin reader does; the builtin reader reads it`);
    if (!explicit) return undefined;
    // The builtin reader names what is wrong with the file (the line, the column); when it reads
    // the file, DuckDB and it disagree on what it holds, and the engine is refused.
    await readColumnar(file, { auto: "all" });
    throw new UserError(
      "engine 'duckdb' does not read this file as the builtin reader does (a header DuckDB renames, or cells its CSV reader takes otherwise): use engine 'auto' or 'builtin'",
      { file, input: "engine" },
    );
  }
  const { table, rest } = read;
  if (table.rows === 0) throw new UserError("the file has no data rows", { file });
  if (rest.length) {
    // Columns DuckDB holds in types the builtin reader turns into other cells: read by it.
    opts.log?.debug(`${file}: ${rest.length} column(s) read by the builtin reader (${rest.join(", ")})`);
    const more = await readColumnar(file, { auto: rest });
    Object.assign(table.numeric, more.numeric);
    Object.assign(table.categorical, more.categorical);
  }
  return table;
}

/**
 * Every column of a data file, typed by content: numeric when every present cell is a finite
 * number, else text. The duckdb engine reads local CSV, TSV and Parquet files; `auto` uses it for
 * a file of AUTO_DUCKDB_BYTES or more when @duckdb/node-api can be loaded, else the builtin readers.
 */
export async function readDriftTable(file: string, opts: DriftReadOptions = {}): Promise<Table> {
  const table = await withDuckdb(file, opts);
  if (!table) return readBuiltin(file, opts);
  opts.log?.debug(`${file}: read by DuckDB`);
  return sortNow(asTable(table));
}
