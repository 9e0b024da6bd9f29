import { DistinctSketch } from "../data/distinct-sketch.js";
import { type DatasetProfile, INFER_SAMPLE } from "../data/profile.js";
import type { Dialect } from "./dialect.js";
import {
  DISTINCT_CAP,
  distinctSql,
  inferenceCounts,
  numberAggregates,
  type ProfileSqlOptions,
  profileFromSql,
  topSql,
  withPrepared,
} from "./profile-sql.js";

/**
 * validate-data's profile in DuckDB in one scan of the file, beside the checks (profile-sql.ts's
 * queries take a warehouse two or three passes: exact distinct counts, then a GROUP BY per column
 * for the top values). The file's first PREFIX_ROWS rows are read first, to plan the scan:
 *
 * - type inference: the builtin profile looks at a column's first 10,000 present values, and so
 *   does the prefix; a column with fewer of them among the prefix's rows (in a longer file) is
 *   inferred in the scan, from all its values;
 * - distinct values: a column with more than DISTINCT_CAP distinct values among the prefix's rows
 *   is past the builtin profile's cap, where its distinct count is a HyperLogLog estimate: the scan
 *   fills the same HyperLogLog (4,096 registers, the rank of the next 20 bits, over DuckDB's hash:
 *   the builtin's estimator and its standard error of about 1.6%), and its top values are counted
 *   over the prefix's rows (the builtin's: over the rows before its cap); a `unique` column's are
 *   counted exactly instead (its repeats are findings). Every other column's values are counted in
 *   the scan with `histogram` (a hash table per column, small for the columns it is given): the
 *   exact distinct count, top values and counts.
 */
const PREFIX_ROWS = 20_000;

/** How the scan takes a column's distinct values: counted (histogram), counted exactly (count DISTINCT), or sketched. */
type DistinctWay = "counts" | "exact" | "sketch";

export interface ScanPlan {
  distinct: DistinctWay[];
  /** Whether the scan infers the column's type: the prefix did not hold its first 10,000 present values. */
  infer: boolean[];
}

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/** The first PREFIX_ROWS rows of the source, in the file's order (DuckDB keeps the insertion order). */
const prefixOf = (o: ProfileSqlOptions): ProfileSqlOptions => ({
  ...o,
  source: `(SELECT * FROM ${o.source} LIMIT ${PREFIX_ROWS})`,
  extra: [],
});

/**
 * One row over the prefix: its rows, and per column its present values, their exact distinct
 * count, and type inference's counts over the column's first INFER_SAMPLE present values
 * (`c{i}_inferred` of them). The options need the rows' ordinal.
 */
export function prefixSql(d: Dialect, o: ProfileSqlOptions): string {
  if (!o.ordinal) throw new Error("prefixSql: the options name no ordinal");
  const ranks = o.columns.map((_, i) => `count(t${i}) OVER (ORDER BY rn ROWS UNBOUNDED PRECEDING) AS k${i}`);
  const out = ["count(*) AS n_rows"];
  o.columns.forEach((c, i) => {
    const first = `k${i} <= ${INFER_SAMPLE}`;
    out.push(
      `count(t${i}) AS c${i}_present`,
      `${distinctSql(d, c, i)} AS c${i}_distinct`,
      `${d.countIf(`t${i} IS NOT NULL AND ${first}`)} AS c${i}_inferred`,
      ...inferenceCounts(d, i, first),
    );
  });
  return (
    `${withPrepared(d, prefixOf(o))},\nw AS (SELECT *, ${ranks.join(", ")} FROM s)\n` +
    `SELECT\n  ${out.join(",\n  ")}\nFROM w\n`
  );
}

/** The scan's plan from the prefix's row; `unique[i]`: column i's repeats are findings (its distinct count must be exact). */
export function scanPlan(o: ProfileSqlOptions, prefix: Record<string, unknown>, unique: boolean[]): ScanPlan {
  const whole = num(prefix.n_rows) < PREFIX_ROWS;
  return {
    distinct: o.columns.map((_, i) =>
      num(prefix[`c${i}_distinct`]) <= DISTINCT_CAP ? "counts" : unique[i] ? "exact" : "sketch",
    ),
    infer: o.columns.map((_, i) => !whole && num(prefix[`c${i}_inferred`]) < INFER_SAMPLE),
  };
}

const { registers: REGISTERS, rankBits: RANK_BITS } = DistinctSketch.layout;
/** Bits per register in the scan's bitstring: ranks 1 … RANK_BITS + 1 fit. */
const SLOT = 32;
const INDEX_BITS = Math.log2(REGISTERS);

/**
 * The bit of a hash's HyperLogLog register and rank (DistinctSketch's rule over the top 32 bits of
 * DuckDB's 64-bit hash): register i's rank r is bit i * SLOT + r. The rank is the leading zeros of
 * the RANK_BITS bits after the index, plus 1; a guard bit below them makes it RANK_BITS + 1 when
 * they are all zero (floor(log2) of an integer below 2^21 is exact in a double).
 */
const registerBit = (h: string) =>
  `(${h} >> ${64 - INDEX_BITS})::INTEGER * ${SLOT} + ${RANK_BITS + 1} - ` +
  `floor(log2(((${h} >> ${32 - RANK_BITS}) & ${2 ** RANK_BITS - 1}) * 2 + 1))::INTEGER`;

/**
 * The scan: one row of every column's aggregates, as profile-sql's aggregatesSql, with each
 * column's distinct values taken as the plan says (`c{i}_hnum`/`c{i}_htxt` histograms of numbers and
 * texts, `c{i}_distinct`, or `c{i}_hll` the HyperLogLog's bits as text) and type inference only
 * where the prefix did not settle it; plus the options' extra aggregates (the checks).
 */
export function scanSql(d: Dialect, o: ProfileSqlOptions, plan: ScanPlan): string {
  const out = ["count(*) AS n_rows"];
  const hashes: string[] = [];
  o.columns.forEach((c, i) => {
    out.push(`count(t${i}) AS c${i}_present`);
    if (c.numbers) out.push(...numberAggregates(d, i));
    const way = plan.distinct[i];
    if (way === "exact") out.push(`${distinctSql(d, c, i)} AS c${i}_distinct`);
    else if (way === "counts")
      out.push(
        ...(c.numericKeys
          ? [`histogram(x${i}) AS c${i}_hnum`, `histogram(CASE WHEN x${i} IS NULL THEN t${i} END) AS c${i}_htxt`]
          : [`histogram(t${i}) AS c${i}_htxt`]),
      );
    else {
      const byNumber = c.numericKeys ? ` WHEN x${i} IS NOT NULL THEN hash(x${i})` : "";
      hashes.push(`CASE WHEN t${i} IS NULL THEN NULL${byNumber} ELSE hash(t${i}) END AS h${i}`);
      out.push(
        `CAST(bitstring_agg(${registerBit(`h${i}`)}, 0, ${REGISTERS * SLOT - 1}) FILTER (WHERE h${i} IS NOT NULL) AS ${d.text}) AS c${i}_hll`,
      );
    }
    if (plan.infer[i]) out.push(...inferenceCounts(d, i));
  });
  out.push(...(o.extra ?? []));
  const hashed = hashes.length ? `,\nu AS (SELECT *, ${hashes.join(", ")} FROM s)` : "";
  return `${withPrepared(d, o)}${hashed}\nSELECT\n  ${out.join(",\n  ")}\nFROM ${hashes.length ? "u" : "s"}\n`;
}

/** The top values of the columns the scan does not count (profile-sql's topSql over the prefix), or undefined when there are none. */
export function prefixTopSql(d: Dialect, o: ProfileSqlOptions, plan: ScanPlan): string | undefined {
  const which = plan.distinct.flatMap((way, i) => (way === "counts" ? [] : [i]));
  return which.length ? topSql(d, { ...prefixOf(o), ordinal: undefined }, undefined, which) : undefined;
}

/** A histogram's entries, as @duckdb/node-api gives a MAP. */
function entries(v: unknown): { key: unknown; value: unknown }[] {
  return Array.isArray(v) ? (v as { key: unknown; value: unknown }[]) : [];
}

/** The HyperLogLog's estimate from the scan's bits. */
function estimate(bits: unknown): number {
  const text = typeof bits === "string" ? bits : "";
  const registers = new Uint8Array(REGISTERS);
  for (let at = text.indexOf("1"); at >= 0; at = text.indexOf("1", at + 1)) {
    const i = Math.floor(at / SLOT);
    registers[i] = Math.max(registers[i], at % SLOT);
  }
  return DistinctSketch.fromRegisters(registers).estimate();
}

/**
 * The profile from the scan's row, the prefix's row, the prefix's top values (rows of topSql) and
 * the values query's row (profile-sql's valuesSql, or undefined): the columns' distinct counts,
 * top values and counts from the histograms, the sketches and the prefix, type inference from the
 * prefix where it settled it.
 */
export function profileFromScan(
  o: ProfileSqlOptions,
  plan: ScanPlan,
  prefix: Record<string, unknown>,
  scan: Record<string, unknown>,
  prefixTop: Record<string, unknown>[],
  values?: Record<string, unknown>,
): DatasetProfile {
  const agg: Record<string, unknown> = { ...scan };
  const top = [...prefixTop];
  o.columns.forEach((_, i) => {
    const way = plan.distinct[i];
    if (way === "counts") {
      const numbers = entries(scan[`c${i}_hnum`]);
      const texts = entries(scan[`c${i}_htxt`]);
      for (const e of numbers) top.push({ col: i, num: e.key, txt: null, n: e.value });
      for (const e of texts) top.push({ col: i, num: null, txt: e.key, n: e.value });
      agg[`c${i}_distinct`] = numbers.length + texts.length;
    } else if (way === "sketch")
      // The prefix's exact count is a floor (the builtin's: the values it kept before its cap).
      agg[`c${i}_distinct`] = Math.max(num(prefix[`c${i}_distinct`]), estimate(scan[`c${i}_hll`]));
    if (!plan.infer[i])
      for (const k of ["inferred", "booleans", "integers", "numbers", "dates"])
        agg[`c${i}_${k}`] = prefix[`c${i}_${k}`];
  });
  return profileFromSql(o, agg, top, values);
}
