import { readFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ColumnProfile, DatasetProfile } from "../packages/core/src/data/profile.js";
import { dialects, dialectNames } from "../packages/core/src/sql/dialect.js";
import {
  aggregatesSql,
  columnsWithValues,
  type ProfileSqlOptions,
  profileFromSql,
  sqlColumns,
  topSql,
  valuesSql,
} from "../packages/core/src/sql/profile-sql.js";
import type { TableSchema } from "../packages/core/src/validate/table-schema.js";
import { validateTable } from "../packages/core/src/validate/validate.js";
import { goldenOptions } from "./fixtures/profile-sql/options.js";
import { tempDir } from "./helpers/tmp.js";

const dir = tempDir("mlship-profile-sql-");
const HOSTILE = `we"ird\`; DROP TABLE t; --'\\`;
let db: DuckDBInstance;
let con: DuckDBConnection;

beforeAll(async () => {
  db = await DuckDBInstance.create(":memory:");
  con = await db.connect();
  await con.run("SELECT setseed(0.25)");
  // Several types, missing cells (empty and the schema's "NA"), a number written two ways in an
  // undeclared column (its distinct values are texts), and a column named to break out of quotes.
  await con.run(`CREATE TABLE small AS SELECT
    i AS id,
    CASE WHEN i % 13 = 0 THEN NULL ELSE 18 + (i * 7) % 60 END AS age,
    CASE WHEN i % 17 = 0 THEN NULL ELSE round(exp(10 + random()), 3) END AS income,
    CASE WHEN i % 11 = 0 THEN 'NA' WHEN i % 19 = 0 THEN NULL ELSE ['oslo', 'lima', 'pune', 'são paulo'][1 + i % 4] END AS city,
    i % 3 = 0 AS active,
    DATE '2020-01-01' + ((i * 37) % 1500)::INTEGER AS joined,
    CASE WHEN i % 50 = 7 THEN 'bad code' ELSE chr(65 + i % 26) || 'X-' || (1000 + i % 97)::VARCHAR END AS code,
    CASE i % 4 WHEN 0 THEN '1.50' WHEN 1 THEN '1.5' WHEN 2 THEN '-2' ELSE 'x' || (i % 5)::VARCHAR END AS ${dialects.duckdb.ident(HOSTILE)}
    FROM (SELECT range::INTEGER AS i FROM range(1, 401))`);
  // Past the profile's caps: 30,000 distinct ids and texts (HyperLogLog), 30,000 numbers (a sampled quantile).
  await con.run(`CREATE TABLE large AS SELECT
    i * 3 + 7 AS id,
    sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS x,
    ['a', 'b', 'c', 'd', 'e'][1 + floor(random() * 5)::INTEGER] AS cat,
    'u' || i::VARCHAR AS txt
    FROM (SELECT range::INTEGER AS i FROM range(30000))`);
  for (const t of ["small", "large"]) {
    await con.run(`COPY ${t} TO '${path.join(dir, `${t}.csv`)}' (HEADER)`);
    await con.run(`COPY ${t} TO '${path.join(dir, `${t}.parquet`)}' (FORMAT parquet)`);
  }
});
afterAll(() => con?.closeSync());

const f = (name: string, type: TableSchema["fields"][number]["type"]): TableSchema["fields"][number] => ({
  name,
  type,
  constraints: {},
});
const schemas: Record<string, TableSchema> = {
  small: {
    fields: [
      f("id", "integer"),
      f("age", "integer"),
      f("income", "number"),
      f("city", "categorical"),
      f("active", "boolean"),
      f("joined", "date"),
      f("code", "string"),
    ],
    missingValues: ["", "NA"],
    allowExtraColumns: true,
    allowDuplicateRows: true,
  },
  large: {
    fields: [f("id", "integer"), f("x", "number"), f("cat", "categorical"), f("txt", "string")],
    missingValues: [""],
    allowExtraColumns: true,
    allowDuplicateRows: true,
  },
};

/** The profile computed by the generated DuckDB SQL over the file. */
async function sqlProfile(table: string, format: "csv" | "parquet"): Promise<DatasetProfile> {
  const file = path.join(dir, `${table}.${format}`);
  const d = dialects.duckdb;
  const source =
    format === "csv"
      ? `read_csv(${d.string(file)}, header = true, all_varchar = true)`
      : `read_parquet(${d.string(file)})`;
  const described = (await con.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowObjectsJS();
  const o: ProfileSqlOptions = {
    source,
    columns: sqlColumns(
      schemas[table],
      described.map((r) => ({ name: String(r.column_name), type: String(r.column_type) })),
    ),
    missingValues: schemas[table].missingValues,
  };
  const agg = (await con.runAndReadAll(aggregatesSql(d, o))).getRowObjectsJS()[0];
  const top = (await con.runAndReadAll(topSql(d, o, agg))).getRowObjectsJS();
  const which = columnsWithValues(o, agg);
  const values = which.length ? (await con.runAndReadAll(valuesSql(d, o, which))).getRowObjectsJS()[0] : undefined;
  return profileFromSql(o, agg, top, values);
}

async function builtinProfile(table: string, format: "csv" | "parquet"): Promise<DatasetProfile> {
  return (await validateTable([path.join(dir, `${table}.${format}`)], schemas[table])).profile;
}

/** Two floating-point results of the same sum, added in different orders. */
function close(a: number | undefined, b: number | undefined, rel = 1e-12): void {
  expect(a).toBeTypeOf("number");
  expect(Math.abs(a! - b!)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b!)));
}

/** The column's exact parts: equal; what the built-in profile sketches: within its stated error. */
async function compareColumn(sql: ColumnProfile, ours: ColumnProfile, exactQuantile: (q: number) => Promise<number>) {
  expect(sql.name).toBe(ours.name);
  expect({ count: sql.count, nulls: sql.nulls, numeric: sql.numeric, capped: sql.distinctCapped }).toEqual({
    count: ours.count,
    nulls: ours.nulls,
    numeric: ours.numeric,
    capped: ours.distinctCapped,
  });
  expect(sql.inferredType).toBe(ours.inferredType);
  if (ours.distinctCapped) {
    // SQL counts exactly; the profile's HyperLogLog has a standard error of about 1.6%: 4 sigma.
    expect(Math.abs(ours.distinct - sql.distinct) / sql.distinct).toBeLessThan(0.065);
  } else {
    expect(sql.distinct).toBe(ours.distinct);
    expect(sql.top).toEqual(ours.top);
    expect(sql.counts).toEqual(ours.counts);
  }
  if (ours.numeric === 0) {
    expect(sql.min).toBeUndefined();
    return;
  }
  expect([sql.min, sql.max]).toEqual([ours.min, ours.max]);
  close(sql.mean, ours.mean);
  close(sql.std, ours.std, 1e-10);
  if (ours.values) {
    // Every number is kept: the same numbers (the profile's in arrival order), the same quantiles.
    expect(sql.values).toEqual([...ours.values].sort((a, b) => a - b));
    sql.quantiles!.forEach((q, i) => close(q, ours.quantiles![i]));
  } else {
    // A reservoir sample of 20,000: by the DKW inequality, each quantile's rank is within
    // sqrt(ln(2 / 0.001) / 40,000) ≈ 1.4% of its place at 99.9% (all 101 at once). DuckDB's
    // t-digest (approx_quantile) is held to the same bound.
    expect(sql.values).toBeUndefined();
    for (let i = 0; i <= 100; i++) {
      const eps = 0.014;
      const lo = await exactQuantile(Math.max(0, i / 100 - eps));
      const hi = await exactQuantile(Math.min(1, i / 100 + eps));
      for (const q of [ours.quantiles![i], sql.quantiles![i]]) {
        expect(q).toBeGreaterThanOrEqual(lo);
        expect(q).toBeLessThanOrEqual(hi);
      }
    }
  }
}

describe("the profile in SQL (DuckDB) equals the built-in profile", () => {
  for (const table of ["small", "large"])
    for (const format of ["csv", "parquet"] as const)
      it(`${table} table, ${format}`, { timeout: 120_000 }, async () => {
        const [sql, ours] = await Promise.all([sqlProfile(table, format), builtinProfile(table, format)]);
        expect(sql.rows).toBe(ours.rows);
        expect(sql.columns.map((c) => c.name)).toEqual(ours.columns.map((c) => c.name));
        if (table === "small") expect(sql.columns.at(-1)!.name).toBe(HOSTILE);
        for (let i = 0; i < ours.columns.length; i++) {
          const name = ours.columns[i].name;
          const exactQuantile = async (q: number) =>
            Number(
              (
                await con.runAndReadAll(`SELECT quantile_cont(${dialects.duckdb.ident(name)}, ${q}) AS q FROM ${table}`)
              ).getRowObjectsJS()[0].q,
            );
          await compareColumn(sql.columns[i], ours.columns[i], exactQuantile);
        }
      });
});

describe("generated SQL", () => {
  for (const name of dialectNames)
    it(`matches its golden file (${name})`, () => {
      const d = dialects[name];
      const o = goldenOptions(d);
      const text = [aggregatesSql(d, o), topSql(d, o), valuesSql(d, o, [0, 1])].join(";\n\n");
      expect(text).toBe(readFileSync(path.join("test/fixtures/profile-sql", `${name}.sql`), "utf8"));
    });

  it("quotes identifiers and strings per dialect, so no name or missing value breaks out", () => {
    const name = `a"b\`c'd\\e\nf`;
    // DuckDB and Snowflake: a doubled quote; BigQuery: backslash escapes in quoted identifiers.
    expect(dialects.duckdb.ident(name)).toBe(`"a""b\`c'd\\e\nf"`);
    expect(dialects.snowflake.ident(name)).toBe(`"a""b\`c'd\\e\nf"`);
    expect(dialects.bigquery.ident(name)).toBe("`a\"b\\`c'd\\\\e\\nf`");
    // Spark: a doubled backquote in backquoted identifiers (its lexer's BACKQUOTED_IDENTIFIER).
    expect(dialects.spark.ident(name)).toBe(`\`a"b\`\`c'd\\e\nf\``);
    // Strings: DuckDB reads backslashes literally; BigQuery and Snowflake read them as escapes.
    expect(dialects.duckdb.string(name)).toBe(`'a"b\`c''d\\e\nf'`);
    expect(dialects.bigquery.string(name)).toBe(`'a"b\`c\\'d\\\\e\\nf'`);
    expect(dialects.snowflake.string(name)).toBe(`'a"b\`c\\'d\\\\e\\nf'`);
    // Spark reads backslash escapes in string literals (spark.sql.parser.escapedStringLiterals off).
    expect(dialects.spark.string(name)).toBe(`'a"b\`c\\'d\\\\e\\nf'`);
  });

  it("runs in DuckDB on a column and a missing value made to break out, reading them as data", async () => {
    const d = dialects.duckdb;
    const evil = `x"); DROP TABLE small; SELECT ('`;
    const missing = `'); DROP TABLE small; --`;
    await con.run(
      `CREATE TABLE evil AS SELECT * FROM (VALUES ('1', 'a'), (${d.string(missing)}, 'b'), ('3', 'c')) v(${d.ident(evil)}, other)`,
    );
    const o: ProfileSqlOptions = {
      source: d.ident("evil"),
      columns: [{ name: evil, numbers: true, numericKeys: true }],
      missingValues: [missing],
    };
    const agg = (await con.runAndReadAll(aggregatesSql(d, o))).getRowObjectsJS()[0];
    const top = (await con.runAndReadAll(topSql(d, o))).getRowObjectsJS();
    const p = profileFromSql(o, agg, top).columns[0];
    expect(p).toMatchObject({ name: evil, count: 3, nulls: 1, numeric: 2, min: 1, max: 3, mean: 2, distinct: 2 });
    expect(Number((await con.runAndReadAll("SELECT count(*) AS n FROM small")).getRowObjectsJS()[0].n)).toBe(400);
  });
});
