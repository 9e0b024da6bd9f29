import { createReadStream } from "node:fs";
import { UserError } from "../errors.js";
import type { FieldSchema, TableSchema } from "../validate/table-schema.js";
import { cellIssues, isNumericField, TableState, type ValidationResult } from "../validate/table-state.js";
import { type Dialect, dialects } from "./dialect.js";
import type { Duckdb, DuckdbConnection } from "./duckdb.js";
import { prefixSql, prefixTopSql, profileFromScan, scanPlan, scanSql } from "./duckdb-profile.js";
import { columnsWithValues, type ProfileSqlOptions, sqlColumns, valuesSql, withPrepared } from "./profile-sql.js";

/** A dataset or schema the duckdb engine does not check (yet): `auto` validates it with the builtin engine. */
export class DuckdbUnsupported extends Error {}

interface Check {
  check: string;
  field: FieldSchema;
  /** SQL: the cell fails this check. */
  fails: string;
}

const d: Dialect = dialects.duckdb;

/** SQL: a present text of column i (t{i}, x{i} its number) is a valid value of the field's type (TableState's `typed`). */
function validType(field: FieldSchema, t: string, x: string, stored: string | undefined): string {
  switch (field.type) {
    case "integer":
      return `regexp_full_match(${t}, '[+-]?[0-9]+')`;
    case "number":
      return stored === "number"
        ? `${x} IS NOT NULL`
        : `regexp_full_match(${t}, '\\s*[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*') AND isfinite(${x})`;
    case "boolean":
      return `lower(${t}) IN ('true', '1', 'yes', 'false', '0', 'no')`;
    case "date":
      return `regexp_full_match(${t}, '[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])') AND TRY_CAST(${t} AS DATE) IS NOT NULL`;
    case "datetime":
      return (
        `regexp_full_match(${t}, '[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?')` +
        ` AND TRY_CAST(substr(${t}, 1, 10) AS DATE) IS NOT NULL AND TRY_CAST(${t} AS TIMESTAMPTZ) IS NOT NULL`
      );
    default:
      return "true";
  }
}

/** The checks of one column's cells, as SQL conditions (TableState's cell and cellIssues, less `unique`). */
function columnChecks(field: FieldSchema, i: number, stored: string | undefined): Check[] {
  const t = `t${i}`;
  const x = `x${i}`;
  const c = field.constraints;
  const valid = `coalesce(${validType(field, t, x, stored)}, false)`;
  const ok = `${t} IS NOT NULL AND ${valid}`;
  const checks: Check[] = [];
  const add = (check: string, fails: string) => checks.push({ check, field, fails });
  if (c.required) add("required", `${t} IS NULL`);
  add("type", `${t} IS NOT NULL AND NOT ${valid}`);
  for (const [check, op, bound] of [
    ["minimum", "<", c.minimum],
    ["maximum", ">", c.maximum],
  ] as const) {
    if (bound === undefined) continue;
    if (!isNumericField(field) || !Number.isFinite(Number(bound)))
      throw new DuckdbUnsupported(`${check} on a ${field.type} field`);
    add(check, `${ok} AND ${x} ${op} ${Number(bound)}`);
  }
  if (c.enum) {
    const texts = c.enum.map((e) => d.string(String(e)));
    const alike = [`${t} IN (${texts.join(", ")})`];
    const nums = c.enum.filter((e) => typeof e === "number");
    const bools = c.enum.filter((e) => typeof e === "boolean");
    if (isNumericField(field) && nums.length) alike.push(`${x} IN (${nums.map((n) => `${n}::DOUBLE`).join(", ")})`);
    if (field.type === "boolean" && bools.length)
      alike.push(`(lower(${t}) IN ('true', '1', 'yes')) IN (${bools.join(", ")})`);
    add("enum", `${ok} AND NOT coalesce(${alike.join(" OR ")}, false)`);
  }
  if (c.pattern) add("pattern", `${ok} AND NOT regexp_full_match(${t}, ${d.string(c.pattern)})`);
  if (c.minLength !== undefined) add("minLength", `${ok} AND length(${t}) < ${c.minLength}`);
  if (c.maxLength !== undefined) add("maxLength", `${ok} AND length(${t}) > ${c.maxLength}`);
  return checks;
}

/** Lines of a text file (a last line without its newline counts); undefined once `signal` aborts. */
async function lineCount(file: string, signal: AbortSignal): Promise<number | undefined> {
  let lines = 0;
  let last = 10;
  const stream = createReadStream(file, { signal }) as AsyncIterable<Buffer>;
  try {
    for await (const chunk of stream) {
      for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines++;
      if (chunk.length) last = chunk[chunk.length - 1];
    }
  } catch (e) {
    if (signal.aborted) return undefined;
    throw e;
  }
  return last === 10 ? lines : lines + 1;
}
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const list = (v: unknown) => (Array.isArray(v) ? v : []) as unknown[];

/**
 * validate-data's checks and profile in DuckDB, in one scan of a local CSV, TSV or Parquet file
 * after a read of its first rows that plans it (duckdb-profile.ts), plus one query per `unique`
 * column that has repeats, and one for the numbers of a column with at most 20,000: the same findings,
 * counts, examples (first occurrences, named by line) and profile as the builtin engine, because
 * the findings are added through the same TableState and their messages come from the same
 * cellIssues. Throws DuckdbUnsupported for what it does not check: a JSON Schema for records,
 * primaryKey, duplicate rows, several files, ranges on non-numeric fields, a CSV whose rows span
 * lines (examples are named by line), a schema without "" among its missing values.
 */
export async function validateWithDuckdb(
  duck: Duckdb,
  file: string,
  shown: string,
  format: "csv" | "tsv" | "parquet",
  delimiter: string | undefined,
  schema: TableSchema | undefined,
  maxExamples: number,
): Promise<ValidationResult> {
  if (schema?.primaryKey !== undefined) throw new DuckdbUnsupported("primaryKey");
  if (schema && !schema.allowDuplicateRows) throw new DuckdbUnsupported("allowDuplicateRows: false");
  const missing = schema?.missingValues ?? [""];
  if (!missing.includes("")) throw new DuckdbUnsupported('missingValues without ""');
  const con: DuckdbConnection = await (await duck.DuckDBInstance.create(":memory:")).connect();
  try {
    const csv = format !== "parquet";
    const source = csv
      ? `read_csv(${d.string(file)}, header = true, all_varchar = true, delim = ${d.string(delimiter ?? (format === "tsv" ? "\t" : ","))}, quote = '"', escape = '"')`
      : `read_parquet(${d.string(file)}, file_row_number = true)`;
    const run = async (sql: string) => {
      try {
        return (await con.runAndReadAll(sql)).getRowObjectsJS();
      } catch (e) {
        throw new UserError(`duckdb: ${(e as Error).message.split("\n")[0]}`, { file: shown });
      }
    };
    const described = (await run(`DESCRIBE SELECT * FROM ${source}`))
      .map((r) => ({ name: String(r.column_name), type: String(r.column_type) }))
      .filter((c) => csv || c.name !== "file_row_number");
    const columns = sqlColumns(schema, described);
    const state = new TableState(schema, maxExamples);
    state.startFile(shown);
    state.header(
      columns.map((c) => c.name),
      1,
    );
    const fields = columns.map((c) => state.fields.get(c.name));
    const checks = fields.flatMap((f, i) => (f ? columnChecks(f, i, columns[i].stored) : []));
    const column = new Map(checks.map((c) => [c, columns.findIndex((col) => col.name === c.field.name)]));
    const extra = checks.flatMap((c, k) => [
      `count(*) FILTER (WHERE ${c.fails}) AS k${k}_n`,
      `min(rn, ${maxExamples}) FILTER (WHERE ${c.fails}) AS k${k}_rn`,
      `min_by(t${column.get(c)}, rn, ${maxExamples}) FILTER (WHERE ${c.fails}) AS k${k}_v`,
    ]);
    const o: ProfileSqlOptions = {
      source,
      columns,
      missingValues: missing,
      ordinal: csv ? "row_number() OVER ()" : "file_row_number + 1",
      extra,
    };
    const prefix = (await run(prefixSql(d, o)))[0];
    if (num(prefix.n_rows) === 0)
      throw new UserError("the file has no rows (an empty file or a header only)", { file: shown, line: 1 });
    const plan = scanPlan(
      o,
      prefix,
      fields.map((f) => f?.constraints.unique === true),
    );
    const topQuery = prefixTopSql(d, o, plan);
    const prefixTop = topQuery ? await run(topQuery) : [];
    // Rows are named by line: a CSV's row r is on line r + 1 unless a quoted cell spans lines. The
    // lines are counted while DuckDB scans (its threads leave this one idle), in case there are findings.
    const stop = new AbortController();
    const counting = csv ? lineCount(file, stop.signal) : undefined;
    counting?.catch(() => {}); // awaited below when needed
    try {
      const agg = (await run(scanSql(d, o, plan)))[0];
      const rows = num(agg.n_rows);
      state.rows = rows;
      const which = columnsWithValues(o, agg);
      const values = which.length
        ? (await run(valuesSql(d, { ...o, ordinal: undefined, extra: [] }, which)))[0]
        : undefined;
      const profile = profileFromScan(o, plan, prefix, agg, prefixTop, values);
      const uniques = fields.flatMap((f, i) => {
        const p = profile.columns[i];
        const repeats = p.count - p.nulls - p.distinct;
        return f?.constraints.unique && repeats > 0 ? [{ f, i, repeats }] : [];
      });
      const failing = checks.some((_, k) => num(agg[`k${k}_n`]) > 0) || uniques.length > 0;
      if (csv && failing && (await counting) !== rows + 1) throw new DuckdbUnsupported("a CSV row spanning lines");
      const line = (rn: unknown) => num(rn) + (csv ? 1 : 0);
      checks.forEach((c, k) => {
        const n = num(agg[`k${k}_n`]);
        if (n === 0) return;
        const rns = list(agg[`k${k}_rn`]);
        const values = list(agg[`k${k}_v`]);
        rns.forEach((rn, j) => {
          if (c.check === "required") return state.missingRequired(c.field, line(rn));
          const raw = String(values[j]);
          const issue = cellIssues(c.field, raw, state.patterns.get(c.field.name)).find((x) => x.check === c.check);
          state.report(c.field, raw, [issue ?? { check: c.check, message: c.check }], line(rn));
        });
        state.findings.addCount(c.check, c.field.name, n - rns.length);
      });
      for (const { f, i, repeats } of uniques) {
        const key = columns[i].numericKeys ? `x${i}, CASE WHEN x${i} IS NULL THEN t${i} END` : `t${i}`;
        const [u] = await run(
          `${withPrepared(d, o)},\nk AS (SELECT rn, t${i} AS v, row_number() OVER (PARTITION BY ${key} ORDER BY rn) AS o FROM s WHERE t${i} IS NOT NULL)\n` +
            `SELECT min(rn, ${maxExamples}) AS rns, min_by(v, rn, ${maxExamples}) AS vs FROM k WHERE o > 1`,
        );
        const rns = list(u.rns);
        const values = list(u.vs);
        rns.forEach((rn, j) => state.repeated(f, String(values[j]), line(rn)));
        state.findings.addCount("unique", f.name, repeats - rns.length);
      }
      return state.result(profile);
    } finally {
      stop.abort();
    }
  } finally {
    con.closeSync();
  }
}
