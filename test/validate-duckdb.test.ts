import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { UserError } from "../packages/core/src/errors.js";
import { dialects } from "../packages/core/src/sql/dialect.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { validateDataSpec, validateDataStep } from "../packages/core/src/steps/validate-data.js";
import { readCoreSettings } from "../packages/core/src/settings.js";
import type { TableSchema } from "../packages/core/src/validate/table-schema.js";
import { type ValidationResult, validateTable } from "../packages/core/src/validate/validate.js";
import { caught } from "./helpers/catch.js";
import { quietHost } from "./helpers/silent.js";
import { tempDir } from "./helpers/tmp.js";

const dir = tempDir("mlship-validate-duckdb-");
const HOSTILE = `x"); DROP TABLE t; --`;

// Bad cells of every kind, at known rows: a repeated id, out-of-range and non-integer ages,
// negative and non-numeric incomes, a city outside the enum, codes off their pattern and too
// long, missing required codes, a boolean and dates that are not, the schema's "NA" as missing,
// an extra column, a declared column missing, too many rows, too many missing cities.
beforeAll(async () => {
  const con = await (await DuckDBInstance.create(":memory:")).connect();
  await con.run(`CREATE TABLE t AS SELECT
    CASE WHEN i = 50 THEN 3 ELSE i END AS id,
    CASE WHEN i % 97 = 0 THEN NULL WHEN i % 101 = 0 THEN '150' WHEN i % 103 = 0 THEN 'old' WHEN i % 89 = 0 THEN '4.5' ELSE (18 + i % 60)::VARCHAR END AS age,
    CASE WHEN i % 53 = 0 THEN '-1' WHEN i % 59 = 0 THEN 'n/a' ELSE (1000 + i * 0.37)::VARCHAR END AS income,
    CASE WHEN i % 41 = 0 THEN 'rome' WHEN i % 43 = 0 THEN 'NA' ELSE ['oslo', 'lima'][1 + i % 2] END AS city,
    CASE WHEN i % 47 = 0 THEN 'bad code' WHEN i % 61 = 0 THEN NULL ELSE chr((65 + i % 26)::INTEGER) || 'X-' || (1000 + i % 97)::VARCHAR END AS code,
    CASE WHEN i % 67 = 0 THEN 'maybe' ELSE (i % 2 = 0)::VARCHAR END AS active,
    CASE WHEN i % 71 = 0 THEN '2021-02-30' WHEN i % 73 = 0 THEN '2021/01/01' ELSE (DATE '2020-01-01' + (i % 900)::INTEGER)::VARCHAR END AS joined,
    CASE WHEN i % 7 = 0 THEN 'a' ELSE 'b' || (i % 3)::VARCHAR END AS ${dialects.duckdb.ident(HOSTILE)}
    FROM (SELECT range::INTEGER AS i FROM range(1, 3001))`);
  await con.run(`COPY t TO '${path.join(dir, "bad.csv")}' (HEADER)`);
  await con.run(`COPY t TO '${path.join(dir, "bad.parquet")}' (FORMAT parquet)`);
  con.closeSync();
});
afterEach(() => vi.unstubAllEnvs());

const schema: TableSchema = {
  fields: [
    { name: "id", type: "integer", constraints: { required: true, unique: true, minimum: 1 } },
    { name: "age", type: "integer", constraints: { required: true, minimum: 0, maximum: 120 } },
    { name: "income", type: "number", constraints: { minimum: 0 } },
    { name: "city", type: "categorical", constraints: { enum: ["oslo", "lima"] } },
    { name: "code", type: "string", constraints: { required: true, pattern: "[A-Z]X-[0-9]{4}", maxLength: 7 } },
    { name: "active", type: "boolean", constraints: {} },
    { name: "joined", type: "date", constraints: {} },
    { name: "gone", type: "string", constraints: {} },
  ],
  missingValues: ["", "NA"],
  maxNullFraction: 0.02,
  rows: { max: 2000 },
  allowExtraColumns: true,
  allowDuplicateRows: true,
};

/** What a profile holds exactly (the sketches are compared in profile-sql.test.ts). */
const exactParts = (r: ValidationResult) =>
  r.profile.columns.map((c) => ({
    ...c,
    mean: c.mean === undefined ? undefined : Number(c.mean.toPrecision(12)),
    std: c.std === undefined ? undefined : Number(c.std.toPrecision(10)),
    values: c.values && [...c.values].sort((a, b) => a - b),
    quantiles: c.quantiles?.map((q) => Number(q.toPrecision(12))),
  }));

describe("engine duckdb: the same findings and profile as the builtin engine", () => {
  for (const name of ["bad.csv", "bad.parquet"])
    it(name, { timeout: 120_000 }, async () => {
      const file = path.join(dir, name);
      const builtin = await validateTable([file], schema, { dataEngine: "builtin" });
      const duckdb = await validateTable([file], schema, { dataEngine: "duckdb" });
      // The builtin engine's findings, as hand-checked against the generator above.
      const seen = Object.fromEntries(builtin.findings.map((f) => [`${f.check}:${f.column ?? ""}`, f.count]));
      expect(seen).toMatchObject({
        "unique:id": 1,
        "maximum:age": 29, // i % 101 = 0: 29 rows, none also a multiple of 97
        "enum:city": 73, // i % 41 = 0
        "required:code": 48, // i % 61 = 0 but not i % 47 = 0 (2867 is both): 49 - 1
        "rows:": 1,
        "nullFraction:city": 1,
      });
      expect(builtin.findings.find((f) => f.check === "unique")!.examples).toEqual([
        { file: expect.any(String), line: name.endsWith(".csv") ? 51 : 50, value: "3" },
      ]);
      expect(duckdb.findings).toEqual(builtin.findings);
      expect(duckdb.rows).toBe(3000);
      expect(duckdb.columns).toEqual(builtin.columns);
      expect(exactParts(duckdb)).toEqual(exactParts(builtin));
    });

  it("the step writes the same report and summary with either engine", { timeout: 120_000 }, async () => {
    const schemaFile = path.join(dir, "schema.json");
    writeFileSync(schemaFile, JSON.stringify(schema)); // YAML is a superset of JSON
    const run = async (engine: string) => {
      const r = await validateDataStep(
        parseInputs(validateDataSpec, (n) => ({ data: path.join(dir, "bad.csv"), schema: schemaFile, engine })[n]),
        quietHost,
      );
      return { ok: r.ok, failure: r.failure, summary: r.summary, report: readFileSync(r.outputs.report, "utf8") };
    };
    const builtin = await run("builtin");
    expect(builtin.ok).toBe(false);
    expect(await run("duckdb")).toEqual(builtin);
  });
});

describe("engine choice", () => {
  it("duckdb that cannot be loaded is a user error saying how to install it", async () => {
    // The host's MLSHIP_DUCKDB_PATH, read into its settings and passed in: a folder without DuckDB.
    const duckdbPath = readCoreSettings({
      MLSHIP_DUCKDB_PATH: mkdtempSync(path.join(os.tmpdir(), "mlship-no-duckdb-")),
    }).duckdbPath;
    const e = await caught(() =>
      validateTable([path.join(dir, "bad.csv")], schema, { dataEngine: "duckdb", duckdbPath }),
    );
    expect(e).toBeInstanceOf(UserError);
    expect((e as Error).message).toMatch(/@duckdb\/node-api could not be loaded; install it .*MLSHIP_DUCKDB_PATH/);
    // auto then checks with the builtin engine.
    const auto = await validateTable([path.join(dir, "bad.csv")], schema, { dataEngine: "auto" });
    expect(auto.findings.length).toBeGreaterThan(0);
  });

  it("duckdb refuses, by name, what it does not check; auto leaves it to the builtin engine", async () => {
    const file = path.join(dir, "bad.csv");
    const pk = { ...schema, primaryKey: "id" };
    const e = await caught(() => validateTable([file], pk, { dataEngine: "duckdb" }));
    expect(e).toBeInstanceOf(UserError);
    expect((e as Error).message).toBe("engine 'duckdb' does not check primaryKey: use engine 'auto' or 'builtin'");
    const auto = await validateTable([file], pk, { dataEngine: "auto" });
    expect(auto.findings.find((f) => f.check === "primaryKey")?.count).toBe(1);
  });

  it("a CSV row spanning lines: duckdb refuses (its findings are named by line), the builtin engine names the line", async () => {
    const file = path.join(dir, "multiline.csv");
    writeFileSync(file, 'id,note\n1,"two\nlines"\nx,ok\n');
    const s: TableSchema = { ...schema, fields: [{ name: "id", type: "integer", constraints: {} }], rows: undefined };
    const e = await caught(() => validateTable([file], s, { dataEngine: "duckdb" }));
    expect((e as Error).message).toContain("a CSV row spanning lines");
    const builtin = await validateTable([file], s, { dataEngine: "builtin" });
    expect(builtin.findings.find((f) => f.check === "type")?.examples[0].line).toBe(4);
  });
});

describe("engine duckdb past the profile's caps: one scan, sketched where the builtin profile sketches", () => {
  // 30,000 rows: a unique id (counted exactly: its repeats are findings), 30,000 distinct texts
  // and numbers (past the 10,000 distinct values where both profiles estimate), a category of 5.
  const big = path.join(dir, "big.csv");
  beforeAll(async () => {
    const con = await (await DuckDBInstance.create(":memory:")).connect();
    await con.run(`COPY (SELECT i * 3 + 7 AS id, 'u' || (i * 7919 % 1000003)::VARCHAR AS txt, i * 0.5 AS x,
      ['a', 'b', 'c', 'd', 'e'][1 + i % 5] AS cat FROM (SELECT range::INTEGER AS i FROM range(30000))) TO '${big}' (HEADER)`);
    con.closeSync();
  });
  const s: TableSchema = {
    fields: [
      { name: "id", type: "integer", constraints: { unique: true } },
      { name: "txt", type: "string", constraints: {} },
      { name: "x", type: "number", constraints: {} },
      { name: "cat", type: "categorical", constraints: {} },
    ],
    missingValues: [""],
    allowExtraColumns: false,
    allowDuplicateRows: true,
  };

  it("exact parts equal, distinct counts within the HyperLogLog's error", { timeout: 120_000 }, async () => {
    const builtin = await validateTable([big], s, { dataEngine: "builtin" });
    const duckdb = await validateTable([big], s, { dataEngine: "duckdb" });
    expect(duckdb.findings).toEqual(builtin.findings);
    const exact = (c: ValidationResult["profile"]["columns"][number]) => ({
      name: c.name,
      count: c.count,
      nulls: c.nulls,
      numeric: c.numeric,
      min: c.min,
      max: c.max,
      distinctCapped: c.distinctCapped,
      inferredType: c.inferredType,
    });
    expect(duckdb.profile.columns.map(exact)).toEqual(builtin.profile.columns.map(exact));
    const [id, txt, x, cat] = duckdb.profile.columns;
    expect(id.distinct).toBe(30000); // a unique column: counted exactly
    // Both engines' HyperLogLog has 4,096 registers: standard error 1.04 / sqrt(4096) ≈ 1.6%; 4 sigma.
    for (const c of [txt, x]) expect(Math.abs(c.distinct - 30000) / 30000).toBeLessThan(0.065);
    expect(cat.counts).toEqual({ a: 6000, b: 6000, c: 6000, d: 6000, e: 6000 });
    expect(cat.top).toEqual(builtin.profile.columns[3].top);
  });
});
