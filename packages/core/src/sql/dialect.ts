/**
 * The few things SQL dialects spell differently, for the profile's aggregate queries: quoting,
 * the string type, a cast that gives NULL instead of failing, a count of rows meeting a
 * condition, a full-match regex, many quantiles at once, a distinct count, and a sorted list.
 * Everything else the queries use (count, min, max, avg, stddev_samp, CASE, GROUP BY, row_number)
 * is standard and spelled alike.
 */
export interface Dialect {
  name: DialectName;
  /** A quoted identifier: any text, even one holding the quote, stays one name. */
  ident(name: string): string;
  /** A string literal holding exactly `text`. */
  string(text: string): string;
  /** The string type's name in a CAST. */
  text: string;
  /** The double-precision type's name in a CAST. */
  double: string;
  /** The 64-bit integer type's name in a CAST. */
  bigint: string;
  /** The number `expr` (a string) reads as, NULL when it reads as none (NaN is none). */
  tryNumber(expr: string): string;
  /** A typed value as a double. */
  toNumber(expr: string): string;
  /** How many rows meet `cond`. */
  countIf(cond: string): string;
  /** Whether the whole of `expr` matches the regex `re` (RE2 / POSIX ERE syntax common to all: no \d). */
  fullMatch(expr: string, re: string): string;
  /** The quantiles at the fractions `qs` of `expr`, as an array: each engine's sketch (a column with few numbers gets its exact ones from its values). */
  quantiles(expr: string, qs: number[]): string;
  /** The count of distinct non-null values of `expr`: exact in DuckDB, the warehouses' HyperLogLog. */
  distinct(expr: string): string;
  /** The non-null values of `expr`, ascending, as an array (a column of at most the profile's sample size). */
  sortedList(expr: string): string;
}

export const dialectNames = ["duckdb", "bigquery", "snowflake", "spark"] as const;
export type DialectName = (typeof dialectNames)[number];

/** Standard SQL's doubled quote: "a""b" and 'it''s'. */
const doubled = (q: string) => (text: string) => q + text.replaceAll(q, q + q) + q;

/**
 * Backslash escapes, as BigQuery reads quoted identifiers and string literals (and Snowflake
 * string literals): the backslash first, then the quote, and the line ends (a raw newline is an
 * error in BigQuery's single-quoted strings).
 */
const backslashed = (q: string) => (text: string) =>
  q + text.replaceAll("\\", "\\\\").replaceAll(q, `\\${q}`).replaceAll("\n", "\\n").replaceAll("\r", "\\r") + q;

/** Fractions written as SQL numbers (0.01, not 1e-2). */
const fractions = (qs: number[]) => qs.map((q) => String(Number(q.toFixed(6))));

const duckdb: Dialect = {
  name: "duckdb",
  ident: doubled('"'),
  string: doubled("'"),
  text: "VARCHAR",
  double: "DOUBLE",
  bigint: "BIGINT",
  // DuckDB compares NaN equal to itself, so NULLIF drops it.
  tryNumber: (e) => `NULLIF(TRY_CAST(${e} AS DOUBLE), 'NaN'::DOUBLE)`,
  toNumber: (e) => `NULLIF(CAST(${e} AS DOUBLE), 'NaN'::DOUBLE)`,
  countIf: (c) => `count(*) FILTER (WHERE ${c})`,
  fullMatch: (e, re) => `regexp_full_match(${e}, ${duckdb.string(re)})`,
  // A t-digest: quantile_cont's exact quantiles cost more than the rest of the profile together.
  quantiles: (e, qs) => `approx_quantile(${e}, [${fractions(qs).join(", ")}])`,
  distinct: (e) => `count(DISTINCT ${e})`,
  sortedList: (e) => `list(${e} ORDER BY ${e}) FILTER (WHERE ${e} IS NOT NULL)`,
};

const bigquery: Dialect = {
  name: "bigquery",
  ident: backslashed("`"),
  string: backslashed("'"),
  text: "STRING",
  double: "FLOAT64",
  bigint: "INT64",
  tryNumber: (e) => `NULLIF(SAFE_CAST(${e} AS FLOAT64), CAST('NaN' AS FLOAT64))`,
  toNumber: (e) => `NULLIF(CAST(${e} AS FLOAT64), CAST('NaN' AS FLOAT64))`,
  countIf: (c) => `COUNTIF(${c})`,
  fullMatch: (e, re) => `REGEXP_CONTAINS(${e}, ${bigquery.string(`^(?:${re})$`)})`,
  // APPROX_QUANTILES(x, 100) is the 101 quantiles 0%, 1%, …, 100% (documented error: a rank within about 1/100 of n's).
  quantiles: (e, qs) =>
    qs.length === 101 && qs.every((q, i) => Math.abs(q - i / 100) < 1e-12)
      ? `APPROX_QUANTILES(${e}, 100)`
      : `[${qs.map((_, i) => `APPROX_QUANTILES(${e}, ${qs.length - 1})[OFFSET(${i})]`).join(", ")}]`,
  distinct: (e) => `APPROX_COUNT_DISTINCT(${e})`,
  sortedList: (e) => `ARRAY_AGG(${e} IGNORE NULLS ORDER BY ${e} LIMIT 20001)`,
};

const snowflake: Dialect = {
  name: "snowflake",
  ident: doubled('"'),
  // Snowflake's single-quoted strings read backslash escapes as well as a doubled quote.
  string: backslashed("'"),
  text: "VARCHAR",
  double: "DOUBLE",
  bigint: "BIGINT",
  tryNumber: (e) => `NULLIF(TRY_TO_DOUBLE(${e}), 'NaN'::DOUBLE)`,
  toNumber: (e) => `NULLIF(CAST(${e} AS DOUBLE), 'NaN'::DOUBLE)`,
  countIf: (c) => `COUNT_IF(${c})`,
  // REGEXP_LIKE matches the whole subject.
  fullMatch: (e, re) => `REGEXP_LIKE(${e}, ${snowflake.string(re)})`,
  quantiles: (e, qs) =>
    `ARRAY_CONSTRUCT(${fractions(qs)
      .map((q) => `APPROX_PERCENTILE(${e}, ${q})`)
      .join(", ")})`,
  distinct: (e) => `APPROX_COUNT_DISTINCT(${e})`,
  sortedList: (e) => `ARRAY_AGG(${e}) WITHIN GROUP (ORDER BY ${e})`,
};

/**
 * Spark SQL (3.2 and later; Databricks): backquoted identifiers with a doubled backquote inside,
 * single-quoted strings with backslash escapes (spark.sql.parser.escapedStringLiterals off, the
 * default), try_cast (a NULL under ANSI mode too), RLIKE (Java's regex, a search: anchored here),
 * percentile_approx (a Greenwald–Khanna summary: a rank within n / accuracy, accuracy 10,000) and
 * approx_count_distinct (HyperLogLog++, relative standard deviation asked 0.01).
 */
const spark: Dialect = {
  name: "spark",
  ident: doubled("`"),
  string: backslashed("'"),
  text: "STRING",
  double: "DOUBLE",
  bigint: "BIGINT",
  // Spark compares NaN equal to itself (its documented NaN semantics), so NULLIF drops it.
  tryNumber: (e) => `NULLIF(try_cast(${e} AS DOUBLE), CAST('NaN' AS DOUBLE))`,
  toNumber: (e) => `NULLIF(CAST(${e} AS DOUBLE), CAST('NaN' AS DOUBLE))`,
  countIf: (c) => `count_if(${c})`,
  fullMatch: (e, re) => `${e} RLIKE ${spark.string(`^(?:${re})$`)}`,
  quantiles: (e, qs) =>
    `percentile_approx(${e}, array(${fractions(qs)
      .map((q) => `${q}D`)
      .join(", ")}), 10000)`,
  distinct: (e) => `approx_count_distinct(${e}, 0.01)`,
  sortedList: (e) => `array_sort(collect_list(${e}))`,
};

export const dialects: Record<DialectName, Dialect> = { duckdb, bigquery, snowflake, spark };
