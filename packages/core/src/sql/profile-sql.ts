import {
  type ColumnProfile,
  type DatasetProfile,
  QUANTILES,
  quantilesOf,
  type Tally,
  topEntries,
} from "../data/profile.js";
import type { TableSchema } from "../validate/table-schema.js";
import type { Dialect } from "./dialect.js";

/**
 * The built-in profile (data/profile.ts) as SQL, for an engine that holds the data: DuckDB on a
 * file, or a warehouse. Three queries over one source:
 *
 * - `aggregates`: one row, per column: rows, missing, numbers, min, max, mean, std, distinct
 *   values, 101 quantiles and the counts type inference needs;
 * - `top`: per column its most frequent values (up to COUNTS_CAP + 1 of them, ranked in JS as the
 *   profile ranks them), given the aggregates' row (a column past DISTINCT_CAP values gets its 20);
 * - `values`: the sorted numbers of the columns with at most the profile's sample size of them.
 *
 * What is exact in the built-in profile is exact here (counts, missing, min, max, mean and std up
 * to floating-point rounding, distinct values up to 10,000, top and counts). What it sketches,
 * SQL computes exactly (DuckDB) or sketches as the warehouse does (BigQuery's, Snowflake's and
 * Spark's HyperLogLog and quantile sketches): distinct past 10,000 (the profile's error: about 1.6%),
 * quantiles past 20,000 numbers (the profile's: a reservoir sample's, a rank within about 1.4%
 * of n at 99.9%), and type inference (the profile's looks at the first 10,000 present values,
 * SQL at all of them). Column names reach the SQL only as quoted identifiers; the output's
 * columns are named by position (c0_min, …), never by the data's names.
 */
export interface SqlColumn {
  name: string;
  /** Whether the profile keeps this column's numbers (false for a field declared neither integer nor number). */
  numbers: boolean;
  /** Distinct values keyed by their number (a numeric field: 1.50 and 1.5 are one value), else by their text. */
  numericKeys: boolean;
  /** How the source holds the column: as text (a CSV read as text; the default), numbers, or other typed values. */
  stored?: "text" | "number" | "other";
}

export interface ProfileSqlOptions {
  /** A relation in the dialect: a quoted table name (tableName) or a table function, e.g. DuckDB's read_parquet(…). */
  source: string;
  columns: SqlColumn[];
  /** Text that stands for a missing value (the schema's missingValues; default [""]). */
  missingValues?: string[];
  /** An expression numbering the source's rows, kept as `rn` (the checks' examples name rows). */
  ordinal?: string;
  /** More aggregates over the prepared columns, in the same pass (the checks' counts). */
  extra?: string[];
}

export const DISTINCT_CAP = 10_000;
const COUNTS_CAP = 1_000;
const SAMPLE = 20_000;
const TOP = 20;
const FRACTIONS = Array.from({ length: QUANTILES }, (_, i) => i / (QUANTILES - 1));

const NUMBER_TYPES =
  /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|INT[248]?|INT64|FLOAT|FLOAT64|DOUBLE|REAL|(BIG)?(DECIMAL|NUMERIC|NUMBER)(\(.*\))?)$/i;
const TEXT_TYPES = /^(VARCHAR|STRING|TEXT|CHAR)(\(.*\))?$/i;

/**
 * The columns as the profile takes them, from the source's columns and SQL types (DuckDB's
 * DESCRIBE, a warehouse's INFORMATION_SCHEMA) and the schema's fields: a field that is neither
 * integer nor number keeps no numbers; a numeric field's values are keyed by number.
 */
export function sqlColumns(schema: TableSchema | undefined, described: { name: string; type: string }[]): SqlColumn[] {
  const fields = new Map((schema?.fields ?? []).map((f) => [f.name, f]));
  return described.map(({ name, type }) => {
    const field = fields.get(name);
    const numeric = field?.type === "integer" || field?.type === "number";
    return {
      name,
      numbers: field === undefined || numeric,
      numericKeys: numeric,
      stored: TEXT_TYPES.test(type) ? "text" : NUMBER_TYPES.test(type) ? "number" : "other",
    };
  });
}

/** A table's name, each part quoted: ["project", "dataset", "table"] → `project`.`dataset`.`table`. */
export function tableName(d: Dialect, parts: string[]): string {
  return parts.map((p) => d.ident(p)).join(".");
}

/**
 * The prepared columns, in two steps (a dialect may not read an alias in the SELECT defining it):
 * r holds t{i}, the text (NULL when missing), and y{i}, a typed number as stored; s adds x{i},
 * the number the text reads as (or the stored number).
 */
function prepared(d: Dialect, o: ProfileSqlOptions): string {
  const missing = o.missingValues ?? [""];
  const raw = o.columns.flatMap((c, i) => {
    const col = d.ident(c.name);
    const asText = c.stored === undefined || c.stored === "text" ? col : `CAST(${col} AS ${d.text})`;
    const text =
      c.stored === "number" || missing.length === 0
        ? asText
        : `CASE WHEN ${asText} IN (${missing.map((m) => d.string(m)).join(", ")}) THEN NULL ELSE ${asText} END`;
    return c.stored === "number" ? [`${text} AS t${i}`, `${d.toNumber(col)} AS y${i}`] : [`${text} AS t${i}`];
  });
  const typed = o.columns.flatMap((c, i) => [
    `t${i}`,
    `${c.stored === "number" ? `y${i}` : d.tryNumber(`t${i}`)} AS x${i}`,
  ]);
  if (o.ordinal) {
    raw.unshift(`${o.ordinal} AS rn`);
    typed.unshift("rn");
  }
  return (
    `r AS (\n  SELECT\n    ${raw.join(",\n    ")}\n  FROM ${o.source}\n),\n` +
    `s AS (\n  SELECT\n    ${typed.join(",\n    ")}\n  FROM r\n)`
  );
}

/** The WITH clause of the prepared columns (r and s), for a query of the caller's over s. */
export function withPrepared(d: Dialect, o: ProfileSqlOptions): string {
  return `WITH ${prepared(d, o)}`;
}

/** The kept number of column i. */
const kept = (d: Dialect, c: SqlColumn, i: number) => (c.numbers ? `x${i}` : `CAST(NULL AS ${d.double})`);

/** Regexes of the profile's type inference (ColumnProfiler.infer), in the syntax common to the dialects. */
const INFER = {
  integer: "[+-]?[0-9]+",
  date: "[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9:.]+(Z|[+-][0-9]{2}:?[0-9]{2})?)?",
};

/** The exact count of column i's distinct present values (keyed by number for a numeric field). */
export function distinctSql(d: Dialect, c: SqlColumn, i: number): string {
  const x = kept(d, c, i);
  return c.numericKeys
    ? `${d.distinct(x)} + ${d.distinct(`CASE WHEN ${x} IS NULL THEN t${i} END`)}`
    : d.distinct(`t${i}`);
}

/** Column i's numbers: how many, min, max, mean, std and the quantile sketch. */
export function numberAggregates(d: Dialect, i: number): string[] {
  const x = `x${i}`;
  return [
    `count(${x}) AS c${i}_numeric`,
    `min(${x}) AS c${i}_min`,
    `max(${x}) AS c${i}_max`,
    `avg(${x}) AS c${i}_mean`,
    `stddev_samp(${x}) AS c${i}_std`,
    `${d.quantiles(x, FRACTIONS)} AS c${i}_quantiles`,
  ];
}

/**
 * The counts type inference needs of column i (present values that read as booleans, integers,
 * numbers, dates), over the rows meeting `where` when given.
 */
export function inferenceCounts(d: Dialect, i: number, where?: string): string[] {
  const t = `t${i}`;
  const cond = (c: string) => d.countIf(where ? `${where} AND ${c}` : c);
  return [
    `${cond(`lower(${t}) IN ('true', 'false')`)} AS c${i}_booleans`,
    `${cond(d.fullMatch(t, INFER.integer))} AS c${i}_integers`,
    `${cond(`x${i} IS NOT NULL`)} AS c${i}_numbers`,
    `${cond(d.fullMatch(t, INFER.date))} AS c${i}_dates`,
  ];
}

/** One row of every column's aggregates (a warehouse's first query; the duckdb engine scans with duckdb-profile.ts). */
export function aggregatesSql(d: Dialect, o: ProfileSqlOptions): string {
  const out = ["count(*) AS n_rows"];
  o.columns.forEach((c, i) => {
    out.push(`count(t${i}) AS c${i}_present`);
    if (c.numbers) out.push(...numberAggregates(d, i));
    out.push(`${distinctSql(d, c, i)} AS c${i}_distinct`, ...inferenceCounts(d, i));
  });
  out.push(...(o.extra ?? []));
  return `WITH ${prepared(d, o)}\nSELECT\n  ${out.join(",\n  ")}\nFROM s\n`;
}

/**
 * A number's text as JavaScript's String() writes it, for ranking ties by text as the profile
 * does: integers without a fraction (a double's cast writes 3.0), others as the engine writes them.
 */
function numberText(d: Dialect, e: string): string {
  return `CASE WHEN ${e} = floor(${e}) AND abs(${e}) < 1e15 THEN CAST(CAST(${e} AS ${d.bigint}) AS ${d.text}) ELSE CAST(${e} AS ${d.text}) END`;
}

/**
 * Each column's most frequent present values: column index, key (its number for numeric keys,
 * else its text), count, at most COUNTS_CAP + 1 per column (enough to tell whether all were kept);
 * `only`: of these columns alone.
 */
export function topSql(d: Dialect, o: ProfileSqlOptions, agg?: Record<string, unknown>, only?: number[]): string {
  const parts = o.columns.flatMap((c, i) => {
    if (only && !only.includes(i)) return [];
    // Past DISTINCT_CAP values the profile's top is itself approximate (the counts before its
    // cap): ties are not ranked by text, and the engine keeps the best few without a full sort.
    const capped = agg !== undefined && num(agg[`c${i}_distinct`]) > DISTINCT_CAP;
    const order = capped ? "n DESC" : `n DESC, coalesce(txt, ${numberText(d, "num")})`;
    const x = kept(d, c, i);
    const key = c.numericKeys ? x : `CAST(NULL AS ${d.double})`;
    const txt = c.numericKeys ? `CASE WHEN ${x} IS NULL THEN t${i} END` : `t${i}`;
    return (
      `SELECT ${i} AS col, num, txt, n FROM (\n` +
      `  SELECT num, txt, n, row_number() OVER (ORDER BY ${order}) AS r FROM (\n` +
      `    SELECT ${key} AS num, ${txt} AS txt, count(*) AS n FROM s WHERE t${i} IS NOT NULL GROUP BY 1, 2\n` +
      `  ) g\n) k WHERE r <= ${capped ? TOP : COUNTS_CAP + 1}`
    );
  });
  return `WITH ${prepared(d, o)}\n${parts.join("\nUNION ALL\n")}\n`;
}

/** The sorted numbers of the given columns (those with at most SAMPLE numbers): the profile's `values`. */
export function valuesSql(d: Dialect, o: ProfileSqlOptions, which: number[]): string {
  const lists = which.map((i) => `${d.sortedList(kept(d, o.columns[i], i))} AS v${i}`);
  return `WITH ${prepared(d, o)}\nSELECT\n  ${lists.join(",\n  ")}\nFROM s\n`;
}

/** Which columns' values to fetch, from the aggregates' row. */
export function columnsWithValues(o: ProfileSqlOptions, agg: Record<string, unknown>): number[] {
  return o.columns
    .map((_, i) => i)
    .filter((i) => o.columns[i].numbers && num(agg[`c${i}_numeric`]) > 0 && num(agg[`c${i}_numeric`]) <= SAMPLE);
}

/** An engine's number (a JS number, a bigint, a decimal or text) as a JS number; NaN for NULL. */
function num(v: unknown): number {
  if (v === null || v === undefined) return NaN;
  return typeof v === "number" ? v : Number(v);
}

/** An engine's array (a JS array, or a JSON text as Snowflake returns one) of numbers. */
function numbers(v: unknown): number[] | undefined {
  if (v === null || v === undefined) return undefined;
  const arr = typeof v === "string" ? (JSON.parse(v) as unknown[]) : (v as unknown[]);
  return arr.map(num);
}

/**
 * The profile from the queries' results: `agg` the aggregates' row, `top` the top query's rows,
 * `values` the values query's row (or undefined when no column has few enough numbers).
 */
export function profileFromSql(
  o: ProfileSqlOptions,
  agg: Record<string, unknown>,
  top: Record<string, unknown>[],
  values?: Record<string, unknown>,
): DatasetProfile {
  const rows = num(agg.n_rows);
  const tallies = o.columns.map((): Tally & { texts: string[] } => ({ keys: [], counts: [], texts: [] }));
  for (const r of top) {
    const t = tallies[num(r.col)];
    const n = num(r.num);
    t.keys.push(n === n ? n : String(r.txt));
    t.texts.push(n === n ? String(n) : String(r.txt));
    t.counts.push(num(r.n));
  }
  const columns = o.columns.map((c, i): ColumnProfile => {
    const a = (k: string) => agg[`c${i}_${k}`];
    const present = num(a("present"));
    const numeric = c.numbers ? num(a("numeric")) : 0;
    const distinct = num(a("distinct"));
    const tally = tallies[i];
    const p: ColumnProfile = {
      name: c.name,
      count: rows,
      nulls: rows - present,
      numeric,
      distinct,
      distinctCapped: distinct > DISTINCT_CAP,
      top: topEntries(tally, TOP, tally.texts),
    };
    if (numeric > 0) {
      const v = values ? numbers(values[`v${i}`]) : undefined;
      Object.assign(p, {
        min: num(a("min")),
        max: num(a("max")),
        mean: num(a("mean")),
        std: numeric > 1 ? num(a("std")) : 0,
        quantiles: numbers(a("quantiles")),
      });
      if (v) {
        // Every number: its quantiles exactly, as the profile computes them from its sample.
        p.values = v;
        p.quantiles = quantilesOf(v);
      }
    }
    if (tally.keys.length <= COUNTS_CAP && distinct <= COUNTS_CAP) {
      const counts: Record<string, number> = Object.create(null);
      tally.texts.forEach((k, j) => (counts[k] = tally.counts[j]));
      p.counts = counts;
    }
    if (present > 0) {
      // The values type inference looked at: every present one, or (`inferred`) the first so many.
      const looked = a("inferred") === undefined ? present : num(a("inferred"));
      const all = (k: string) => num(a(k)) === looked;
      p.inferredType = all("booleans")
        ? "boolean"
        : all("integers")
          ? "integer"
          : all("numbers")
            ? "number"
            : all("dates")
              ? "date"
              : "string";
    }
    return p;
  });
  return { schema: "mlship/profile/v1", rows, columns };
}
